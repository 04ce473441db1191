// SCL005: every target-tracking policy of an ECS service states both cooldowns, with scale-out shorter than
// scale-in: add tasks quickly when load rises, remove them slowly so a dip between two peaks does not throw away
// capacity that is needed a minute later. Left out, both default to 300 seconds for ECS (Application Auto Scaling
// API, TargetTrackingScalingPolicyConfiguration), which is slow to react to a spike.
import { defineRule } from '../../engine/define.js';
import { literalNumber } from '../lib/cloudformation.js';
import { policies, policyPath, targetTrackingConfig } from './model.js';

/** An hour: a cooldown longer than that stops a policy reacting to anything within the hour. */
export const MAX_COOLDOWN_SECONDS = 3600;

export default defineRule({
  meta: {
    id: 'SCL005',
    name: 'scaling-cooldowns',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Scale out faster than you scale in',
    description: `Every target-tracking policy of an ECS service sets 'ScaleOutCooldown' and 'ScaleInCooldown' (both default to 300 seconds for ECS), each from 0 to ${MAX_COOLDOWN_SECONDS} seconds, with scale-out shorter than scale-in.`,
    docsUrl:
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html',
    evidence: ['Application Auto Scaling TargetTrackingScalingPolicyConfiguration', 'REL07-BP01'],
    messages: {
      noPolicies:
        'The template has no target-tracking scaling policy for an ECS service, so there are no cooldowns to tune yet. Add the CPU and request-count policies first.',
      missing:
        "Scaling policy '{{policy}}' does not set {{missing}}, so the ECS default of 300 seconds applies, not a choice you made. Set 'ScaleOutCooldown' short (such as 60) so tasks are added quickly, and 'ScaleInCooldown' longer (such as 300) so they are removed carefully.",
      unknown:
        "Scaling policy '{{policy}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number of seconds.",
      outNotShorter:
        "Scaling policy '{{policy}}' waits {{out}} seconds between scale-outs and {{in}} between scale-ins. Scaling out must be the faster of the two: a service that sheds tasks quickly and adds them slowly drops requests at every spike. Make 'ScaleOutCooldown' shorter than 'ScaleInCooldown' (for example 60 and 300).",
      outOfRange: `Scaling policy '{{policy}}' sets '{{property}}' to {{value}} seconds; a cooldown is from 0 to ${MAX_COOLDOWN_SECONDS} seconds, since a longer one stops the policy reacting for over an hour. Choose a value in that range.`,
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tracked = policies(t).filter((p) => p.service && targetTrackingConfig(p));
    if (tracked.length === 0) {
      ctx.report('noPolicies', {}, ['Resources']);
      return;
    }
    let failures = 0;
    for (const p of tracked) {
      const config = targetTrackingConfig(p)!;
      const at = (prop: string) => [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', prop)];
      const absent = (['ScaleOutCooldown', 'ScaleInCooldown'] as const).filter(
        (k) => config[k] === undefined,
      );
      if (absent.length > 0)
        ctx.report('missing', { policy: p.r.name, missing: absent.map((k) => `'${k}'`).join(' or ') }, [
          ...policyPath(p, 'TargetTrackingScalingPolicyConfiguration'),
        ]);
      const read = (property: 'ScaleOutCooldown' | 'ScaleInCooldown'): number | null => {
        const raw = config[property];
        if (raw === undefined) return null;
        const n = literalNumber(t, raw);
        if (n === undefined) ctx.report('unknown', { policy: p.r.name, property }, at(property));
        else if (n < 0 || n > MAX_COOLDOWN_SECONDS)
          ctx.report('outOfRange', { policy: p.r.name, property, value: n }, at(property));
        else return n;
        return null;
      };
      const out = read('ScaleOutCooldown');
      const inn = read('ScaleInCooldown');
      if (out === null || inn === null) {
        failures++;
        continue;
      }
      if (out >= inn) {
        failures++;
        ctx.report('outNotShorter', { policy: p.r.name, out, in: inn }, at('ScaleOutCooldown'));
      }
    }
    ctx.tally(tracked.length, failures);
  },
});
