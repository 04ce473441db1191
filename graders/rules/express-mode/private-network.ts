// EXP007: the service's tasks sit in private subnets, behind security groups that do not admit the internet.
// Express Mode: 'NetworkConfiguration' with 'Subnets' and 'SecurityGroups'; without it, an Express service uses the
// default VPC's subnets and security groups, and default subnets are public. Express Mode creates the Application
// Load Balancer and security groups with minimal ingress itself; the groups the template names are the tasks' own,
// and none of them may admit 0.0.0.0/0 or ::/0. App Runner: outbound traffic leaves through a VPC connector
// ('EgressConfiguration' with 'EgressType: VPC') whose subnets are private and whose security groups are named.
// Subnets are judged as lab 03's SVC004 judges them: subnets of this template by their routes, typed parameters by
// the tier their name or description declares; the grader never claims a count it did not read.
//
// Sources: ExpressGatewayServiceNetworkConfiguration,
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayServiceNetworkConfiguration.html;
// "Resources created by Amazon ECS Express Mode services",
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html;
// AWS::AppRunner::VpcConnector in the CloudFormation Template Reference.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  get,
  isRecord,
  literalString,
  parameter,
  parameterValueType,
  targetOf,
} from '../lib/cloudformation.js';
import { declaredTier, describeSubnet, oncePerParameter } from '../ecs-service/util/subnet-parameters.js';
import { ingressRulesOf, securityGroupOf, sourceOf, subnetRefs } from '../vpc/util/network.js';
import {
  APP_RUNNER_CONNECTOR,
  existingPath,
  expressMessages,
  pointsAt,
  propPath,
  readSubject,
} from './model.js';

type ProblemId =
  | 'noSubnets'
  | 'publicSubnet'
  | 'unverifiableSubnet'
  | 'noSecurityGroups'
  | 'openIngress'
  | 'unverifiableGroup';
type Problem = [ProblemId, Record<string, string>, DataPath];

/** What is wrong with a list of subnets and a list of security groups, named for messages as `owner`. */
function judgeNetwork(
  t: CfnTemplate,
  owner: string,
  subnets: unknown,
  subnetsAt: DataPath,
  groups: unknown,
  groupsAt: DataPath,
): Problem[] {
  const out: Problem[] = [];
  const refs = subnetRefs(t, subnets, subnetsAt);
  if (refs.length === 0) out.push(['noSubnets', { owner }, subnetsAt.slice(0, -1)]);
  for (const ref of oncePerParameter(refs)) {
    const tier = declaredTier(t, ref);
    if (tier === 'public') out.push(['publicSubnet', { owner, subnet: describeSubnet(t, ref) }, ref.path]);
    else if (tier === 'unknown')
      out.push(['unverifiableSubnet', { owner, subnet: describeSubnet(t, ref) }, ref.path]);
  }
  const list = Array.isArray(groups) ? groups : groups === undefined ? [] : [groups];
  if (list.length === 0) out.push(['noSecurityGroups', { owner }, groupsAt.slice(0, -1)]);
  list.forEach((g, i) => {
    const at: DataPath = Array.isArray(groups) ? [...groupsAt, i] : groupsAt;
    const sg = securityGroupOf(t, g);
    if (sg) {
      for (const rule of ingressRulesOf(t, sg)) {
        const src = sourceOf(t, rule.rule);
        if (src.kind === 'cidr' && src.open)
          out.push(['openIngress', { owner, group: sg, cidr: src.cidr ?? '' }, rule.path]);
      }
      return;
    }
    // A typed parameter: CloudFormation checks that it holds security group ids of the account.
    const id = targetOf(g);
    const p = id === undefined ? undefined : parameter(t, id);
    const type = parameterValueType(p?.type);
    if (p && type.awsType === 'AWS::EC2::SecurityGroup::Id') return;
    out.push(['unverifiableGroup', { owner, group: literalString(t, g) ?? id ?? 'a computed value' }, at]);
  });
  return out;
}

export default defineRule({
  meta: {
    id: 'EXP007',
    name: 'private-network',
    target: 'cloudformation',
    severity: 'error',
    title: 'Place the service in private subnets, behind security groups closed to the internet',
    description:
      "The Express service's 'NetworkConfiguration' (or the App Runner service's VPC connector) names private subnets and security groups of this stack (or typed parameters) that admit nothing from 0.0.0.0/0 or ::/0.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayServiceNetworkConfiguration.html',
    evidence: ['SEC05-BP01', 'CKV_AWS_260', 'AwsSolutions-EC23'],
    messages: {
      ...expressMessages,
      noNetwork:
        "Express service '{{service}}' has no 'NetworkConfiguration', so it runs in the default VPC, whose subnets are public, with its default security group. Add 'NetworkConfiguration' with the private subnets and the tasks' security group.",
      noEgress:
        "App Runner service '{{service}}' sends outbound traffic straight to the internet ('EgressType' is {{egress}}), outside your VPC, so it cannot reach private resources and its traffic bypasses your network controls. Set 'NetworkConfiguration.EgressConfiguration' to 'EgressType: VPC' with 'VpcConnectorArn: !GetAtt <connector>.VpcConnectorArn'.",
      unresolvedConnector:
        "App Runner service '{{service}}' names a VPC connector that is not an 'AWS::AppRunner::VpcConnector' of this template, so the grader cannot read its subnets. Define the connector here and use '!GetAtt <connector>.VpcConnectorArn'.",
      noSubnets: '{{owner}} lists no subnets. List the private subnets, one per Availability Zone.',
      publicSubnet:
        '{{owner}} uses {{subnet}}, which are public (by their route table, or by the name or description the template gives them). Tasks there are one security-group mistake away from the internet. Use the private subnets.',
      unverifiableSubnet:
        "{{owner}} uses {{subnet}}, and nothing in the template says whether it is private: the grader cannot see its routes. Reference private subnets of this template, or a parameter whose name or description says they are private, such as 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'.",
      noSecurityGroups:
        "{{owner}} names no security groups, so the template does not say what may reach the tasks. Add a security group of this stack, with no ingress from the internet, and list it in 'SecurityGroups'.",
      openIngress:
        "{{owner}} uses security group '{{group}}', which admits '{{cidr}}': anyone on the internet can reach the tasks directly, past the load balancer. Remove that rule, so the tasks are reached only through the load balancer Express Mode creates.",
      unverifiableGroup:
        "{{owner}} uses the security group '{{group}}', which the grader cannot read. Define the group in this template (with no ingress from the internet), or take it from a parameter of type 'AWS::EC2::SecurityGroup::Id'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    let problems: Problem[];
    if (s.design === 'express') {
      const net = svc.props['NetworkConfiguration'];
      if (!isRecord(net)) {
        ctx.report('noNetwork', { service: svc.name }, propPath(svc));
        return;
      }
      problems = judgeNetwork(
        t,
        `Express service '${svc.name}'`,
        net['Subnets'],
        propPath(svc, 'NetworkConfiguration', 'Subnets'),
        net['SecurityGroups'],
        propPath(svc, 'NetworkConfiguration', 'SecurityGroups'),
      );
    } else {
      const egress = get(svc.props, ['NetworkConfiguration', 'EgressConfiguration']);
      const type = isRecord(egress) ? literalString(t, egress['EgressType']) : undefined;
      if (!isRecord(egress) || type !== 'VPC') {
        ctx.report(
          'noEgress',
          { service: svc.name, egress: type ? `'${type}'` : "'DEFAULT'" },
          existingPath(svc, ['NetworkConfiguration', 'EgressConfiguration']),
        );
        return;
      }
      const connector = pointsAt(t, egress['VpcConnectorArn'], APP_RUNNER_CONNECTOR, ['VpcConnectorArn']);
      if (!connector) {
        ctx.report(
          'unresolvedConnector',
          { service: svc.name },
          propPath(svc, 'NetworkConfiguration', 'EgressConfiguration'),
        );
        return;
      }
      problems = judgeNetwork(
        t,
        `VPC connector '${connector.name}'`,
        connector.props['Subnets'],
        [...connector.path, 'Properties', 'Subnets'],
        connector.props['SecurityGroups'],
        [...connector.path, 'Properties', 'SecurityGroups'],
      );
    }
    for (const [id, data, at] of problems) ctx.report(id, data, at);
  },
});
