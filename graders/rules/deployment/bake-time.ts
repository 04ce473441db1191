// BGD004: after production traffic has moved to green, blue must stay up long enough for the rollback alarms to
// judge green under real load, because rolling back is instant only while blue still runs. ECS: an explicit
// DeploymentConfiguration.BakeTimeInMinutes of at least MIN_BAKE_MINUTES. CodeDeploy: the deployment group's
// BlueGreenDeploymentConfiguration keeps the blue task set at least MIN_BAKE_MINUTES
// (TerminateBlueInstancesOnDeploymentSuccess.TerminationWaitTimeInMinutes) and says what happens when green is
// ready (DeploymentReadyOption).
import { defineRule } from '../../engine/define.js';
import { get, literalNumber, literalString } from '../lib/cloudformation.js';
import {
  deploymentGroupsOf,
  deploymentMessages,
  designOf,
  existingPath,
  readServices,
  servicePath,
  shown,
} from './model.js';

/**
 * The shortest bake the lab accepts: the README's rollback alarms fire after three one-minute periods, and blue must
 * outlive that with some margin.
 */
export const MIN_BAKE_MINUTES = 5;

export default defineRule({
  meta: {
    id: 'BGD004',
    name: 'bake-time',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep blue running while green bakes',
    description: `Every load-balanced ECS service keeps the old revision for at least ${MIN_BAKE_MINUTES} minutes after production traffic has shifted: ECS with DeploymentConfiguration.BakeTimeInMinutes, CodeDeploy with the deployment group's TerminationWaitTimeInMinutes and a DeploymentReadyOption.`,
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
    evidence: [
      'ECS DeploymentConfiguration.BakeTimeInMinutes',
      'CodeDeploy BlueGreenDeploymentConfiguration',
    ],
    messages: {
      ...deploymentMessages,
      noBake:
        "Service '{{service}}' sets no 'BakeTimeInMinutes', so you rely on a default you have not chosen for how long blue stays up after production moves to green. Set 'BakeTimeInMinutes' to at least {{min}}, longer than your rollback alarms take to fire.",
      shortBake:
        "Service '{{service}}' bakes for {{value}} minutes; blue is gone before an alarm that needs several minutes of data can fire, so the rollback has nothing to return to. Set 'BakeTimeInMinutes' to at least {{min}}.",
      noGroup:
        "Service '{{service}}' is deployed by CodeDeploy, but no deployment group names it, so nothing says how long the blue task set is kept. Add the deployment group (task 1) with a 'BlueGreenDeploymentConfiguration'.",
      noTermination:
        "Deployment group '{{group}}' does not say how long to keep the blue task set after traffic has shifted ('TerminateBlueInstancesOnDeploymentSuccess' {{value}}). Set \"{ Action: TERMINATE, TerminationWaitTimeInMinutes: {{min}} }\" or longer.",
      shortTermination:
        "Deployment group '{{group}}' keeps the blue task set for {{value}} minutes after the shift; that is too short for an alarm to catch a bad release while blue can still take the traffic back. Set 'TerminationWaitTimeInMinutes' to at least {{min}}.",
      noReadyOption:
        "Deployment group '{{group}}' has no 'DeploymentReadyOption', so it is not stated whether traffic shifts as soon as green is ready or waits for your approval. Set \"DeploymentReadyOption: { ActionOnTimeout: CONTINUE_DEPLOYMENT }\" (or STOP_DEPLOYMENT with a 'WaitTimeInMinutes').",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(t, ctx);
    if (services.length === 0) return;
    const min = MIN_BAKE_MINUTES;
    let failures = 0;
    for (const svc of services) {
      if (designOf(t, svc) === 'ecs') {
        const v = get(svc.props, ['DeploymentConfiguration', 'BakeTimeInMinutes']);
        const n = literalNumber(t, v);
        if (v === undefined) {
          failures++;
          ctx.report('noBake', { service: svc.name, min }, existingPath(svc, ['DeploymentConfiguration']));
        } else if (n !== undefined && n < min) {
          failures++;
          ctx.report(
            'shortBake',
            { service: svc.name, value: n, min },
            servicePath(svc, 'DeploymentConfiguration', 'BakeTimeInMinutes'),
          );
        }
        continue;
      }
      const group = deploymentGroupsOf(t, svc)[0];
      if (!group) {
        failures++;
        ctx.report('noGroup', { service: svc.name }, svc.path);
        continue;
      }
      const at = [...group.path, 'Properties', 'BlueGreenDeploymentConfiguration'];
      const config = group.props['BlueGreenDeploymentConfiguration'];
      const term = get(config, ['TerminateBlueInstancesOnDeploymentSuccess']);
      const wait = get(term, ['TerminationWaitTimeInMinutes']);
      const n = literalNumber(t, wait);
      const action = literalString(t, get(term, ['Action']));
      let bad = false;
      if (term === undefined || wait === undefined || action === 'KEEP_ALIVE') {
        bad = true;
        ctx.report(
          'noTermination',
          { group: group.name, value: term === undefined ? 'missing' : shown(t, action), min },
          config === undefined ? [...group.path, 'Properties'] : at,
        );
      } else if (n !== undefined && n < min) {
        bad = true;
        ctx.report('shortTermination', { group: group.name, value: n, min }, [
          ...at,
          'TerminateBlueInstancesOnDeploymentSuccess',
          'TerminationWaitTimeInMinutes',
        ]);
      }
      if (get(config, ['DeploymentReadyOption', 'ActionOnTimeout']) === undefined) {
        bad = true;
        ctx.report(
          'noReadyOption',
          { group: group.name },
          config === undefined ? [...group.path, 'Properties'] : at,
        );
      }
      if (bad) failures++;
    }
    ctx.tally(services.length, failures);
  },
});
