// SVC008: every ECS service deployed by ECS itself turns on the deployment circuit breaker with rollback, so a
// release whose tasks never become healthy stops and returns to the last working one instead of retrying
// for hours. Services deployed by CodeDeploy or an external controller have their own rollback.
import { defineRule } from '../../engine/define.js';
import { get, isRecord, literalBool } from '../lib/cloudformation.js';
import { deploymentController, readServices, serviceMessages } from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC008',
    name: 'deployment-circuit-breaker',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Turn on the deployment circuit breaker with rollback',
    description:
      "Every service that ECS deploys sets DeploymentConfiguration.DeploymentCircuitBreaker with 'Enable: true' and 'Rollback: true', so a failed deployment stops and rolls back automatically.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html',
    evidence: ['OPS06-BP04'],
    messages: {
      ...serviceMessages,
      missing:
        "Service '{{service}}' has no deployment circuit breaker, so a release whose tasks keep failing is retried for hours and the CloudFormation update hangs. Add 'DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }'.",
      disabled:
        "Service '{{service}}' has a deployment circuit breaker with 'Enable' {{value}}, so it never trips. Set 'Enable: true' and 'Rollback: true'.",
      noRollback:
        "Service '{{service}}' stops a failing deployment but does not roll back ('Rollback' is {{value}}), leaving the service on the broken release. Set 'Rollback: true' so ECS returns to the last deployment that worked.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    let checked = 0;
    for (const svc of services) {
      if (deploymentController(t, svc) !== 'ECS') continue;
      checked++;
      const path = [...svc.path, 'Properties', 'DeploymentConfiguration', 'DeploymentCircuitBreaker'];
      const cb = get(svc.props, ['DeploymentConfiguration', 'DeploymentCircuitBreaker']);
      if (!isRecord(cb)) {
        const at = isRecord(svc.props['DeploymentConfiguration'])
          ? path.slice(0, -1)
          : [...svc.path, 'Properties'];
        ctx.report('missing', { service: svc.name }, at);
        continue;
      }
      const enable = literalBool(t, cb['Enable']);
      const rollback = literalBool(t, cb['Rollback']);
      if (enable !== true)
        ctx.report('disabled', { service: svc.name, value: show(cb['Enable'], enable) }, [...path, 'Enable']);
      else if (rollback !== true)
        ctx.report('noRollback', { service: svc.name, value: show(cb['Rollback'], rollback) }, [
          ...path,
          'Rollback',
        ]);
    }
    if (services.length > 0 && checked === 0)
      ctx.notApplicable('every service is deployed by CodeDeploy or an external controller');
    else if (checked > 0) ctx.tally(checked);
  },
});

function show(raw: unknown, value: boolean | undefined): string {
  if (raw === undefined) return 'missing';
  return value === undefined ? 'decided at deploy time' : `'${value}'`;
}
