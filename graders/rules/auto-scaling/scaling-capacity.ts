// SCL002: the capacity an ECS scalable target allows. MinCapacity is the floor scale-in never goes below, so it
// is what keeps two tasks in two Availability Zones at three in the morning; MaxCapacity is the ceiling, the
// cost a bad deploy or a flood of requests can run up. A ceiling at or below the floor leaves nothing to scale.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { capacityOf, ecsTargets } from './model.js';

export const MIN_TASKS = 2;
/**
 * A ceiling above this many tasks for one lab service is a typo or no ceiling at all (ECS allows 5,000 tasks a
 * service): MaxCapacity is the cost limit, so it should be a number someone chose.
 */
export const MAX_SENSIBLE_TASKS = 100;

export default defineRule({
  meta: {
    id: 'SCL002',
    name: 'scaling-capacity',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep at least two tasks and a deliberate ceiling',
    description: `Every ECS scalable target sets 'MinCapacity' to at least ${MIN_TASKS}, so scale-in never leaves one task in one Availability Zone, and 'MaxCapacity' above 'MinCapacity' (room to scale) and at most ${MAX_SENSIBLE_TASKS} (a cost ceiling someone chose).`,
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html',
    evidence: ['Application Auto Scaling RegisterScalableTarget', 'REL10-BP01', 'REL07-BP03'],
    messages: {
      minTooLow: `Scalable target '{{target}}' has 'MinCapacity' {{min}}, so scale-in can leave {{tasks}}: one task failure or one Availability Zone outage then stops the service. Set 'MinCapacity: ${MIN_TASKS}' or more.`,
      maxNotAboveMin:
        "Scalable target '{{target}}' has 'MaxCapacity' {{max}} and 'MinCapacity' {{min}}, so there is no room to scale out and every scaling policy does nothing. Set 'MaxCapacity' above {{min}}, to the most tasks you are willing to pay for at peak.",
      maxTooHigh: `Scalable target '{{target}}' has 'MaxCapacity' {{max}}: a runaway policy or a flood of requests could run that many tasks, and bill for them. Set the ceiling to the peak you expect plus headroom, at most ${MAX_SENSIBLE_TASKS}.`,
      unknown:
        "Scalable target '{{target}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a Default.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const targets = ecsTargets(t);
    if (targets.length === 0) {
      ctx.notApplicable('no ECS scalable target');
      return;
    }
    let failures = 0;
    for (const target of targets) {
      const at = [...target.path, 'Properties'];
      const { min, max } = capacityOf(t, target);
      const before = failures;
      if (min === undefined) {
        failures++;
        ctx.report('unknown', { target: target.name, property: 'MinCapacity' }, [...at, 'MinCapacity']);
      } else if (min < MIN_TASKS) {
        failures++;
        ctx.report('minTooLow', { target: target.name, min, tasks: countNoun(min, 'task') }, [
          ...at,
          'MinCapacity',
        ]);
      }
      if (max === undefined) {
        failures++;
        ctx.report('unknown', { target: target.name, property: 'MaxCapacity' }, [...at, 'MaxCapacity']);
      } else if (min !== undefined && max <= min) {
        failures++;
        ctx.report('maxNotAboveMin', { target: target.name, min, max }, [...at, 'MaxCapacity']);
      } else if (max > MAX_SENSIBLE_TASKS) {
        failures++;
        ctx.report('maxTooHigh', { target: target.name, max }, [...at, 'MaxCapacity']);
      }
      if (failures > before) failures = before + 1;
    }
    ctx.tally(targets.length, failures);
  },
});
