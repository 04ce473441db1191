// SVC007: the security groups of every ECS service admit traffic only from other security groups, never from
// an address range; for a load-balanced service, only from the load balancer's security group, and only on the
// container port(s) its 'LoadBalancers' entries name. Ingress rules are read both inline ('SecurityGroupIngress')
// and as separate AWS::EC2::SecurityGroupIngress resources.
// Labs 03, 06 and 08 grade this rule.
import { defineRule } from '../../engine/define.js';
import { describeValue } from '../ecs-task-definition/util/task-definition.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  isRecord,
  literalNumber,
  literalString,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';
import {
  describePorts,
  ingressRulesOf,
  loadBalancerGroups,
  portsOf,
  securityGroupOf,
  sourceOf,
  type PortRange,
} from '../vpc/util/network.js';
import {
  awsvpcConfiguration,
  isLoadBalanced,
  loadBalancerEntries,
  readServices,
  serviceMessages,
} from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC007',
    name: 'service-ingress-from-load-balancer',
    target: 'cloudformation',
    severity: 'error',
    title: "Admit traffic to the tasks only from the load balancer's security group",
    description:
      "Every ingress rule of an ECS service's security groups, inline or as an AWS::EC2::SecurityGroupIngress, names a source security group (SourceSecurityGroupId as a Ref or GetAtt), never a CIDR range; a load-balanced service admits only the load balancer's security group, and only on the container port its 'LoadBalancers' entries name.",
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
      loadBalancerPorts:
        "Security group '{{group}}' of service '{{service}}' admits {{ports}} from the load balancer's security group, but the load balancer sends requests and health checks only to container port {{expected}} (the 'ContainerPort' of the service's 'LoadBalancers'). A rule that misses the container port leaves the health checks failing, and every extra port exposes more of the tasks than the load balancer needs. Open only the container port: 'IpProtocol: tcp' with 'FromPort' and 'ToPort' both {{expected}}.",
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
        const containerPorts = behindLb ? containerPortsBehind(t, services, group) : undefined;
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
            if (fromLb) {
              admitsLb = true;
              const range = portsOf(t, rule);
              if (containerPorts !== undefined && opensOtherPorts(range, containerPorts)) {
                fail(
                  'loadBalancerPorts',
                  {
                    ...data,
                    ports: `'${describePorts(range)}'`,
                    expected: [...containerPorts].map((p) => `'${p}'`).join(' or '),
                  },
                  portsPath(t, rule, path),
                );
              }
            } else {
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

/**
 * The container ports that load balancers send traffic to through a security group: every 'ContainerPort'
 * of the load-balanced services that use the group (a group may be shared). Undefined when any of them is not
 * a literal (a parameter without a default, an import), so the grader cannot tell which ports are right.
 */
function containerPortsBehind(
  t: CfnTemplate,
  services: readonly NamedResource[],
  group: string,
): Set<number> | undefined {
  const ports = new Set<number>();
  for (const svc of services) {
    const groups = awsvpcConfiguration(svc)?.config['SecurityGroups'];
    if (!Array.isArray(groups) || !groups.some((g) => securityGroupOf(t, g) === group)) continue;
    for (const { entry } of loadBalancerEntries(svc)) {
      const port = literalNumber(t, entry['ContainerPort']);
      if (port === undefined) return undefined;
      ports.add(port);
    }
  }
  return ports.size > 0 ? ports : undefined;
}

/**
 * Whether a rule opens anything besides the given ports. TCP and UDP are judged by port (a Network Load
 * Balancer may forward UDP); any other protocol (ICMP…) is something else. Ranges the grader cannot read pass.
 */
function opensOtherPorts(range: PortRange, allowed: ReadonlySet<number>): boolean {
  if (range === undefined) return false;
  if (!('from' in range)) return true; // all protocols, all ports
  if (range.protocol !== 'tcp' && range.protocol !== 'udp') return true;
  if (range.from > range.to) return false; // not a range at all; cfn-lint's concern, not this rule's
  const inside = [...allowed].filter((p) => range.from <= p && p <= range.to).length;
  return range.to - range.from + 1 > inside;
}

/** Where to point at a rule's ports: 'FromPort' of a TCP or UDP rule, else 'IpProtocol' ('-1', 'icmp'…). */
function portsPath(t: CfnTemplate, rule: Record<string, unknown>, path: DataPath): DataPath {
  const proto = literalString(t, rule['IpProtocol'])?.toLowerCase();
  if (['tcp', '6', 'udp', '17'].includes(proto ?? '') && rule['FromPort'] !== undefined)
    return [...path, 'FromPort'];
  return rule['IpProtocol'] !== undefined ? [...path, 'IpProtocol'] : path;
}

/** A security group a value names without pointing at this template, as a noun phrase for messages. */
function describeSource(v: unknown): string {
  const target = targetOf(v);
  if (target !== undefined) return `the security group in parameter '${target}'`;
  if (isRecord(v) && v['Fn::ImportValue'] !== undefined) return 'an imported security group';
  return typeof v === 'string' ? `security group '${v}'` : `a security group given as ${describeValue(v)}`;
}

function isLiteral(t: CfnTemplate, v: unknown): boolean {
  return (
    typeof v === 'string' ||
    (isRecord(v) && typeof v['Ref'] === 'string' && literalString(t, v) !== undefined)
  );
}
