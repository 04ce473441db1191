// CAP006: every container of a Fargate task sets StopTimeout (at most 120 s on Fargate), so a task stopped by
// a Spot interruption or a deployment gets a known grace period between SIGTERM and SIGKILL, and the command
// does not hide the app behind a shell that never passes SIGTERM on. Fargate Spot's two-minute warning IS the
// SIGTERM, sent together with an EventBridge task state change event; there is no earlier signal to the task
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html).
import { defineRule } from '../../engine/define.js';
import { literal, literalNumber, resources } from '../lib/cloudformation.js';
import { allowsFargate, asText, containersOf } from './model.js';

/** Fargate's ceiling for StopTimeout; also the time between a Spot interruption's SIGTERM and the task's end. */
const MAX_STOP_TIMEOUT = 120;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

/** `["sh", "-c", "a && b"]`: a shell that must stay PID 1 because it runs more than one command. */
function shellScript(t: Parameters<typeof literal>[0], v: unknown): string | undefined {
  const r = literal(t, v);
  if (!r.known || !Array.isArray(r.value) || r.value.length < 3) return undefined;
  const [bin, flag, script] = r.value as unknown[];
  if (typeof bin !== 'string' || typeof script !== 'string' || flag !== '-c') return undefined;
  if (!SHELLS.has(bin.split('/').pop() ?? '')) return undefined;
  const s = script.trim();
  if (/^exec\s/.test(s)) return undefined;
  return /&&|\|\||;|\|/.test(s) ? s : undefined;
}

export default defineRule({
  meta: {
    id: 'CAP006',
    name: 'spot-safe-stop-timeout',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Set a Spot-safe StopTimeout on every container',
    description:
      'Every container of a Fargate task definition sets StopTimeout to at most 120 seconds. When Fargate Spot reclaims a task, its two-minute warning is the SIGTERM itself, sent to every container together with an EventBridge task state change event; ECS sends SIGKILL StopTimeout seconds later (30 s by default). A deliberate timeout, and an app that is PID 1 and handles SIGTERM, let in-flight requests finish.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
    evidence: ['ECS API ContainerDefinition.stopTimeout'],
    messages: {
      noTaskDefinition:
        "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no container to check. Add the task definition the service runs.",
      noContainers:
        "Task definition '{{task}}' has no container objects in 'ContainerDefinitions', so there is nothing to stop gracefully. Add the application container.",
      missing:
        "Container '{{container}}' in '{{task}}' has no 'StopTimeout', so ECS kills it 30 seconds after SIGTERM whatever it is doing. On Fargate Spot that SIGTERM is the two-minute interruption warning itself, so the default throws away most of the time the app has to finish. Set 'StopTimeout' deliberately, up to 120, for example 'StopTimeout: 90' for an app that drains connections.",
      notLiteral:
        "'StopTimeout' of container '{{container}}' in '{{task}}' is decided at deploy time, so the grader cannot check it is at most 120. Write the number of seconds.",
      outOfRange:
        "'StopTimeout' of container '{{container}}' in '{{task}}' is '{{value}}', but Fargate accepts a whole number of seconds up to 120 (a Spot interruption's SIGTERM comes two minutes before the task is stopped). Use a value from 1 to 120, such as 90.",
      shellWrapper:
        "Container '{{container}}' in '{{task}}' starts through a shell ('{{script}}'), which stays PID 1 and does not pass SIGTERM on, so the app is killed after 'StopTimeout' without a chance to finish. Start the app directly (exec form, as in Lab 01), or begin the script with 'exec'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tds = resources(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
    if (tds.length === 0) {
      ctx.report('noTaskDefinition', {}, ['Resources']);
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const td of tds) {
      const task = td.name;
      const containers = containersOf(td);
      if (containers.length === 0) {
        checked++;
        failed++;
        ctx.report('noContainers', { task }, [...td.path, 'Properties']);
        continue;
      }
      for (const c of containers) {
        checked++;
        let problems = 0;
        const report: typeof ctx.report = (...args) => {
          problems++;
          ctx.report(...args);
        };
        const container = c.label;
        const raw = c.def['StopTimeout'];
        if (raw === undefined) report('missing', { container, task }, c.path);
        else {
          const value = literalNumber(t, raw);
          const r = literal(t, raw);
          if (!r.known) report('notLiteral', { container, task }, [...c.path, 'StopTimeout']);
          else if (value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_STOP_TIMEOUT) {
            report('outOfRange', { container, task, value: asText(r.value) }, [...c.path, 'StopTimeout']);
          }
        }
        for (const field of ['EntryPoint', 'Command']) {
          const script = shellScript(t, c.def[field]);
          if (script) {
            report(
              'shellWrapper',
              { container, task, script: script.length > 60 ? `${script.slice(0, 57)}…` : script },
              [...c.path, field],
            );
            break;
          }
        }
        if (problems > 0) failed++;
      }
    }
    ctx.tally(checked, failed);
  },
});
