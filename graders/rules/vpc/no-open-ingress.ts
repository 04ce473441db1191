// VPC004: no security group admits the whole internet (0.0.0.0/0 or ::/0), except a load balancer's group on
// HTTP (80) and HTTPS (443), the one door the application should have.
import { defineRule } from '../../engine/define.js';
import { describePorts, ingressRules, loadBalancerGroups, portsOf, sourceOf } from './util/network.js';

export const PUBLIC_PORTS = [80, 443];

export default defineRule({
  meta: {
    id: 'VPC004',
    name: 'no-open-ingress',
    target: 'cloudformation',
    severity: 'error',
    title: "Admit the internet only to the load balancer's HTTP and HTTPS ports",
    description:
      "No ingress rule (inline or AWS::EC2::SecurityGroupIngress) allows 0.0.0.0/0 or ::/0, except on a load balancer's security group for TCP 80 or 443, so the load balancer is the only thing the internet can reach.",
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    evidence: ['AwsSolutions-EC23', 'CKV_AWS_260', 'CKV_AWS_24', 'CKV_AWS_25'],
    messages: {
      openNotLoadBalancer:
        "Security group {{group}} admits {{ports}} from {{cidr}}, the whole internet, but it does not belong to a load balancer. Anything that gets an address in it is exposed. Admit only the load balancer's security group ('SourceSecurityGroupId'), or a narrow CIDR you own.",
      openLoadBalancerPort:
        "Load balancer security group '{{group}}' admits {{ports}} from {{cidr}}. The internet needs only HTTP (80) and HTTPS (443); open exactly those ports ('FromPort' and 'ToPort' both 80, or both 443) and nothing else.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const lbGroups = loadBalancerGroups(t);
    const rules = ingressRules(t);
    let open = 0;
    for (const { group, rule, path, standalone } of rules) {
      const src = sourceOf(t, rule);
      if (src.kind !== 'cidr' || !src.open) continue;
      open++;
      const range = portsOf(t, rule);
      const data = {
        group:
          group !== undefined ? `'${group}'` : standalone !== undefined ? `of '${standalone}'` : '(unknown)',
        ports: describePorts(range),
        cidr: `'${src.cidr}'`,
      };
      const at = [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp'];
      if (group === undefined || !lbGroups.has(group)) {
        ctx.report('openNotLoadBalancer', data, at);
        continue;
      }
      const single =
        range !== undefined && range.protocol === 'tcp' && 'from' in range && range.from === range.to;
      if (!single || !PUBLIC_PORTS.includes((range as { from: number }).from)) {
        ctx.report('openLoadBalancerPort', { ...data, group: group }, at);
      }
    }
    if (open > 0) ctx.tally(open);
  },
});
