// SCL007: once Application Auto Scaling owns a service's task count, the template's DesiredCount must not fight
// it. CloudFormation sends DesiredCount whenever a stack update changes the service, so an update sets the count back
// to the template's number, whatever the scaler had chosen; outside [MinCapacity, MaxCapacity] the scaler then pulls
// it back again. Leaving DesiredCount out (CloudFormation starts a new service at its default and keeps the
// current count on updates) or keeping it within the bounds is accepted.
import { defineRule } from '../../engine/define.js';
import { literalNumber } from '../lib/cloudformation.js';
import { capacityOf, replicaServices, targetsOf } from './model.js';

export default defineRule({
  meta: {
    id: 'SCL007',
    name: 'desired-count-scaling',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Leave the task count to the scaler',
    description:
      "A service with an ECS scalable target leaves out 'DesiredCount' (CloudFormation then keeps the current count on updates) or sets it within the target's 'MinCapacity' and 'MaxCapacity', so a stack update and the scaler do not pull the count in opposite directions.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount',
    evidence: ['AWS::ECS::Service DesiredCount', 'Application Auto Scaling RegisterScalableTarget'],
    messages: {
      outside:
        "Service '{{service}}' sets 'DesiredCount' {{count}}, outside the {{min}}–{{max}} tasks its scalable target '{{target}}' allows. Every stack update that changes the service (a new image, say) sets the count to {{count}} and the scaler then pulls it back into range: needless task churn, or a service that briefly runs below its floor. Leave 'DesiredCount' out, so CloudFormation keeps whatever count the scaler chose.",
      unknown:
        "Service '{{service}}' sets 'DesiredCount' to a value decided at deploy time, so the grader cannot compare it with the scalable target's bounds. Leave 'DesiredCount' out, or write a number within them.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    let checked = 0;
    let failures = 0;
    for (const svc of replicaServices(t)) {
      const target = targetsOf(t, svc)[0];
      if (!target) continue;
      checked++;
      const raw = svc.props['DesiredCount'];
      if (raw === undefined) continue;
      const at = [...svc.path, 'Properties', 'DesiredCount'];
      const count = literalNumber(t, raw);
      const { min, max } = capacityOf(t, target);
      if (count === undefined) {
        failures++;
        ctx.report('unknown', { service: svc.name }, at);
      } else if ((min !== undefined && count < min) || (max !== undefined && count > max)) {
        failures++;
        ctx.report(
          'outside',
          { service: svc.name, count, min: min ?? '?', max: max ?? '?', target: target.name },
          at,
        );
      }
    }
    if (checked === 0) ctx.notApplicable('no service has an ECS scalable target');
    else ctx.tally(checked, failures);
  },
});
