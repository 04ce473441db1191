// SVC010: every load-balanced ECS service sets a health-check grace period, so a new task has time to start
// before failing health checks count against it. The period covers Elastic Load Balancing, VPC Lattice and
// container health checks alike (CreateService, healthCheckGracePeriodSeconds).
import { defineRule } from '../../engine/define.js';
import { literalNumber } from '../lib/cloudformation.js';
import { isLoadBalanced, readServices, serviceMessages } from './util/service.js';

/** ECS accepts up to 2,147,483,647 seconds; anything past an hour hides real failures for too long. */
const MAX_SENSIBLE_SECONDS = 3600;

export default defineRule({
  meta: {
    id: 'SVC010',
    name: 'health-check-grace-period',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Give new tasks a health-check grace period',
    description: `Every service behind a load balancer sets HealthCheckGracePeriodSeconds above 0 (and at most ${MAX_SENSIBLE_SECONDS}), so the ECS service scheduler ignores failing Elastic Load Balancing, VPC Lattice and container health checks while a new task starts instead of stopping it before it is ready.`,
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
    evidence: ['CONTAINER_BUILD_OPS_02', 'OPS06-BP03'],
    messages: {
      ...serviceMessages,
      missing:
        "Service '{{service}}' is behind a load balancer but sets no 'HealthCheckGracePeriodSeconds', so a task that needs a few seconds to start can fail its first health checks and be stopped before it ever serves. Set it to how long the app takes to become healthy, for example 'HealthCheckGracePeriodSeconds: 60'.",
      notPositive:
        "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}, which gives new tasks no time to start. Set it to how long the app takes to become healthy, for example 60.",
      tooLong: `Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}; for that long ECS ignores failing health checks, so a broken task keeps its place. Keep it at or below ${MAX_SENSIBLE_SECONDS} seconds, close to the app's real start-up time.`,
      unknown:
        "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to a value decided at deploy time, so the grader cannot check it. Write the number of seconds.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const balanced = services.filter(isLoadBalanced);
    if (services.length > 0 && balanced.length === 0) {
      ctx.notApplicable('no service is attached to a load balancer');
      return;
    }
    for (const svc of balanced) {
      const raw = svc.props['HealthCheckGracePeriodSeconds'];
      const at = [...svc.path, 'Properties', 'HealthCheckGracePeriodSeconds'];
      if (raw === undefined) {
        ctx.report('missing', { service: svc.name }, [...svc.path, 'Properties']);
        continue;
      }
      const value = literalNumber(t, raw);
      if (value === undefined) ctx.report('unknown', { service: svc.name }, at);
      else if (value <= 0) ctx.report('notPositive', { service: svc.name, value }, at);
      else if (value > MAX_SENSIBLE_SECONDS) ctx.report('tooLong', { service: svc.name, value }, at);
    }
    if (balanced.length > 0) ctx.tally(balanced.length);
  },
});
