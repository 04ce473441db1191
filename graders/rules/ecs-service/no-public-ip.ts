// SVC003: no ECS service gives its tasks public IP addresses. 'AssignPublicIp' must be DISABLED, which is
// also what ECS does when the property is left out (Security Hub ECS.2 fails only on ENABLED).
import { defineRule } from '../../engine/define.js';
import { literalString } from '../lib/cloudformation.js';
import { awsvpcConfiguration, readServices, serviceMessages } from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC003',
    name: 'no-public-ip',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give tasks no public IP address',
    description:
      "Every awsvpc service keeps 'AssignPublicIp' DISABLED, so its tasks cannot be reached from the internet directly; traffic comes through the load balancer and outbound calls through a NAT gateway or VPC endpoints.",
    docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2',
    evidence: ['ECS.2', 'CKV_AWS_333', 'CT.ECS.PR.9'],
    messages: {
      ...serviceMessages,
      enabled:
        "Service '{{service}}' sets 'AssignPublicIp: ENABLED', so every task gets a public IP address and anyone on the internet can try its ports, bypassing the load balancer. Set 'AssignPublicIp: DISABLED' and run the tasks in private subnets.",
      unknown:
        "Service '{{service}}' sets 'AssignPublicIp' to a value decided at deploy time, so the grader cannot confirm the tasks stay private. Write 'AssignPublicIp: DISABLED'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    let checked = 0;
    for (const svc of services) {
      const vpc = awsvpcConfiguration(svc);
      if (!vpc) continue; // no awsvpc networking: SVC004 and cfn-lint E3052 say so
      checked++;
      const raw = vpc.config['AssignPublicIp'];
      if (raw === undefined) continue;
      const value = literalString(t, raw)?.toUpperCase();
      if (value === 'DISABLED') continue;
      ctx.report(value === 'ENABLED' ? 'enabled' : 'unknown', { service: svc.name }, [
        ...vpc.path,
        'AssignPublicIp',
      ]);
    }
    if (services.length > 0 && checked === 0) ctx.notApplicable('no service uses awsvpc networking');
    else if (checked > 0) ctx.tally(checked);
  },
});
