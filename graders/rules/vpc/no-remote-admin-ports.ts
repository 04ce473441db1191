// VPC005: no security group opens SSH (22) or RDP (3389) to the whole internet. Fargate tasks have no SSH
// server anyway; use ECS Exec (AWS Systems Manager) to get a shell in a running container.
import { defineRule } from '../../engine/define.js';
import { describePorts, ingressRules, portsOf, reaches, sourceOf } from './util/network.js';

const ADMIN_PORTS = [
  { port: 22, name: 'SSH' },
  { port: 3389, name: 'RDP' },
];

export default defineRule({
  meta: {
    id: 'VPC005',
    name: 'no-remote-admin-ports',
    target: 'cloudformation',
    severity: 'error',
    title: 'Never open SSH or RDP to the internet',
    description:
      'No ingress rule admits port 22 (SSH) or 3389 (RDP), alone or inside a wider range or all traffic, from 0.0.0.0/0 or ::/0; these are the ports attackers scan first.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
    evidence: ['CKV_AWS_24', 'CKV_AWS_25', 'AwsSolutions-EC23'],
    messages: {
      openAdminPort:
        "Security group {{group}} admits {{ports}} from {{cidr}}, which opens {{service}} (port {{port}}) to the whole internet, where it is scanned within minutes. Remove the rule; to get a shell in a running task, use ECS Exec ('EnableExecuteCommand: true' on the service) instead.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    for (const { group, rule, path, standalone } of ingressRules(t)) {
      const src = sourceOf(t, rule);
      if (src.kind !== 'cidr' || !src.open) continue;
      const range = portsOf(t, rule);
      const hit = ADMIN_PORTS.filter((p) => reaches(range, p.port));
      if (hit.length === 0) continue;
      ctx.report(
        'openAdminPort',
        {
          group: group !== undefined ? `'${group}'` : `of '${standalone ?? '(unknown)'}'`,
          ports: describePorts(range),
          cidr: `'${src.cidr}'`,
          service: hit.map((h) => h.name).join(' and '),
          port: hit.map((h) => h.port).join(' and '),
        },
        [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp'],
      );
    }
  },
});
