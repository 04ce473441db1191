// SVC007: the security groups of every ECS service admit traffic only from other security groups, never from
// an address range; for a load-balanced service, only from the load balancer's security group. Ingress rules
// are read both inline ('SecurityGroupIngress') and as separate AWS::EC2::SecurityGroupIngress resources.
// Labs 03, 06 and 08 grade this rule.
import { defineRule } from '../../action/engine/define.js';
import { describeValue } from '../ecs-task-definition/util/task-definition.js';
import { isObject, literalString, targetOf } from '../lib/cloudformation.js';
import {
  describePorts,
  ingressRulesOf,
  loadBalancerGroups,
  portsOf,
  securityGroupOf,
  sourceOf,
} from '../vpc/util/network.js';
import { awsvpcConfiguration, isLoadBalanced, readServices, serviceMessages } from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC007',
    name: 'service-ingress-from-load-balancer',
    target: 'cloudformation',
    severity: 'error',
    title: "Admit traffic to the tasks only from the load balancer's security group",
    description:
      "Every ingress rule of an ECS service's security groups, inline or as an AWS::EC2::SecurityGroupIngress, names a source security group (SourceSecurityGroupId as a Ref or GetAtt), never a CIDR range; a load-balanced service admits only the load balancer's security group.",
    docsUrl:
      'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
    evidence: ['SEC05-BP02', 'AwsSolutions-EC23', 'CKV_AWS_260'],
    messages: {
      ...serviceMessages,
      defaultGroup:
        "Service '{{service}}' lists no 'SecurityGroups', so its tasks get the VPC's default security group, which this template does not control. Create a security group for the service and list it in 'AwsvpcConfiguration.SecurityGroups'.",
      unresolvedGroup:
        "Service '{{service}}' uses {{group}}, which the grader cannot follow to this template, so it cannot check what the group admits. Define the service's security group in this template and reference it with '!GetAtt <Group>.GroupId'.",
      cidrSource:
        "Security group '{{group}}' of service '{{service}}' admits {{ports}} from the address range {{cidr}}, so anything in that range can reach the tasks without passing the load balancer. Replace 'CidrIp' with 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
      prefixListSource:
        "Security group '{{group}}' of service '{{service}}' admits {{ports}} from a prefix list, which is a set of address ranges. Admit the load balancer's security group instead ('SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId').",
      notLoadBalancerSource:
        "Security group '{{group}}' of load-balanced service '{{service}}' admits {{ports}} from {{source}}, which is not the load balancer's security group. Only the load balancer should reach the tasks: use 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
      noIngressFromLoadBalancer:
        "No security group of service '{{service}}' admits traffic from the load balancer's security group, so the load balancer's requests and health checks cannot reach the tasks and ECS keeps replacing them. Add an ingress rule for the container port with 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const lbGroups = loadBalancerGroups(t);
    const suggestion = [...lbGroups][0] ?? 'LoadBalancerSecurityGroup';
    const failed = new Set<string>();
    let checked = 0;
    for (const svc of services) {
      const vpc = awsvpcConfiguration(svc);
      if (!vpc) continue; // no awsvpc networking, so no task-level security groups
      checked++;
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed.add(svc.name);
        ctx.report(...args);
      };
      const behindLb = isLoadBalanced(svc);
      const groups = vpc.config['SecurityGroups'];
      if (!Array.isArray(groups) || groups.length === 0) {
        fail(
          'defaultGroup',
          { service: svc.name },
          groups === undefined ? vpc.path : [...vpc.path, 'SecurityGroups'],
        );
        continue;
      }
      let admitsLb = false;
      groups.forEach((g, i) => {
        const group = securityGroupOf(t, g);
        if (group === undefined) {
          fail('unresolvedGroup', { service: svc.name, group: describeSource(g) }, [
            ...vpc.path,
            'SecurityGroups',
            i,
          ]);
          admitsLb = true; // unknown, so do not also claim nothing admits the load balancer
          return;
        }
        for (const { rule, path } of ingressRulesOf(t, group)) {
          const src = sourceOf(t, rule);
          const ports = describePorts(portsOf(t, rule));
          const data = { service: svc.name, group, ports, suggestion };
          if (src.kind === 'cidr') {
            fail(
              'cidrSource',
              { ...data, cidr: src.cidr === undefined ? 'decided at deploy time' : `'${src.cidr}'` },
              [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp'],
            );
          } else if (src.kind === 'prefix-list') {
            fail('prefixListSource', data, [...path, 'SourcePrefixListId']);
          } else if (src.kind === 'group' && behindLb) {
            const fromLb =
              src.group !== undefined
                ? lbGroups.has(src.group)
                : lbGroups.size === 0 && !isLiteral(t, src.value);
            if (fromLb) admitsLb = true;
            else {
              const at = [
                ...path,
                rule['SourceSecurityGroupId'] !== undefined
                  ? 'SourceSecurityGroupId'
                  : 'SourceSecurityGroupName',
              ];
              fail(
                'notLoadBalancerSource',
                {
                  ...data,
                  source:
                    src.group !== undefined ? `security group '${src.group}'` : describeSource(src.value),
                },
                at,
              );
            }
          }
        }
      });
      if (behindLb && !admitsLb)
        fail('noIngressFromLoadBalancer', { service: svc.name, suggestion }, [...vpc.path, 'SecurityGroups']);
    }
    if (services.length > 0 && checked === 0) ctx.notApplicable('no service uses awsvpc networking');
    else if (checked > 0) ctx.tally(checked, failed.size);
  },
});

/** A security group a value names without pointing at this template, as a noun phrase for messages. */
function describeSource(v: unknown): string {
  const target = targetOf(v);
  if (target !== undefined) return `the security group in parameter '${target}'`;
  if (isObject(v) && v['Fn::ImportValue'] !== undefined) return 'an imported security group';
  return typeof v === 'string' ? `security group '${v}'` : `a security group given as ${describeValue(v)}`;
}

function isLiteral(t: Parameters<typeof literalString>[0], v: unknown): boolean {
  return (
    typeof v === 'string' ||
    (isObject(v) && typeof v['Ref'] === 'string' && literalString(t, v) !== undefined)
  );
}
