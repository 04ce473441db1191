// SVC009: every rolling-update (ECS-controller, REPLICA) service states its deployment bounds: at least 100%
// of the desired tasks stay healthy and up to at least 200% may run during a deployment.
//
// Why 100/200 and not 50: on Fargate there is no cluster capacity to free up, so stopping old tasks before new
// ones are healthy buys nothing. With two tasks in two Availability Zones, 50% would let a deployment run on one
// task in one zone; 100% keeps both while the new tasks start, and 200% lets ECS start a full new set at once,
// which also makes deployments faster. These equal the ECS defaults, and stating them keeps a later edit (or a
// tool's different default) from quietly lowering them.
import { defineRule } from '../../engine/define.js';
import { get, isRecord, literalNumber, literalString } from '../lib/cloudformation.js';
import { deploymentController, readServices, schedulingStrategy, serviceMessages } from './util/service.js';

export const MIN_HEALTHY_PERCENT = 100;
export const MIN_MAXIMUM_PERCENT = 200;

export default defineRule({
  meta: {
    id: 'SVC009',
    name: 'deployment-healthy-percent',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Keep full capacity during deployments',
    description: `Every rolling-update service sets DeploymentConfiguration.MinimumHealthyPercent to at least ${MIN_HEALTHY_PERCENT} and MaximumPercent to at least ${MIN_MAXIMUM_PERCENT}, so a deployment starts new tasks before it stops old ones and never drops below the desired count.`,
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
    evidence: ['OPS06-BP03', 'REL10-BP01'],
    messages: {
      ...serviceMessages,
      minMissing: `Service '{{service}}' does not state 'MinimumHealthyPercent'. Set it to ${MIN_HEALTHY_PERCENT} so ECS keeps every desired task running while a deployment replaces them; on Fargate, stopping tasks first saves nothing.`,
      minTooLow: `Service '{{service}}' sets 'MinimumHealthyPercent' to {{value}}, so a deployment may stop {{stopped}} before their replacements are healthy: with two tasks, one task in one Availability Zone carries all traffic. Set it to ${MIN_HEALTHY_PERCENT}.`,
      maxMissing: `Service '{{service}}' does not state 'MaximumPercent'. Set it to ${MIN_MAXIMUM_PERCENT} so ECS can start a full set of new tasks alongside the old ones during a deployment.`,
      maxTooLow: `Service '{{service}}' sets 'MaximumPercent' to {{value}}, which leaves little or no room to start new tasks beside the old ones, so the deployment is slow or, with 'MinimumHealthyPercent' at 100, cannot start at all. Set it to ${MIN_MAXIMUM_PERCENT}.`,
      unknown:
        "Service '{{service}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const failed = new Set<string>();
    let checked = 0;
    for (const svc of services) {
      if (deploymentController(t, svc) !== 'ECS' || schedulingStrategy(t, svc) !== 'REPLICA') continue;
      // Blue/green, linear and canary deployments size the new revision themselves (lab 10).
      const strategy = literalString(
        t,
        get(svc.props, ['DeploymentConfiguration', 'Strategy']),
      )?.toUpperCase();
      if (strategy !== undefined && strategy !== 'ROLLING') continue;
      checked++;
      const config = svc.props['DeploymentConfiguration'];
      const base = [...svc.path, 'Properties', 'DeploymentConfiguration'];
      const at = isRecord(config) ? base : [...svc.path, 'Properties'];
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed.add(svc.name);
        ctx.report(...args);
      };
      const rawMin = get(svc.props, ['DeploymentConfiguration', 'MinimumHealthyPercent']);
      const min = literalNumber(t, rawMin);
      if (rawMin === undefined) fail('minMissing', { service: svc.name }, at);
      else if (min === undefined)
        fail('unknown', { service: svc.name, property: 'MinimumHealthyPercent' }, [
          ...base,
          'MinimumHealthyPercent',
        ]);
      else if (min < MIN_HEALTHY_PERCENT) {
        fail(
          'minTooLow',
          { service: svc.name, value: min, stopped: min <= 0 ? 'every task' : `${100 - min}% of the tasks` },
          [...base, 'MinimumHealthyPercent'],
        );
      }
      const rawMax = get(svc.props, ['DeploymentConfiguration', 'MaximumPercent']);
      const max = literalNumber(t, rawMax);
      if (rawMax === undefined) fail('maxMissing', { service: svc.name }, at);
      else if (max === undefined)
        fail('unknown', { service: svc.name, property: 'MaximumPercent' }, [...base, 'MaximumPercent']);
      else if (max < MIN_MAXIMUM_PERCENT)
        fail('maxTooLow', { service: svc.name, value: max }, [...base, 'MaximumPercent']);
    }
    if (services.length > 0 && checked === 0) ctx.notApplicable('no service uses rolling updates');
    else if (checked > 0) ctx.tally(checked, failed.size);
  },
});
