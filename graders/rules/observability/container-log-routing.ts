// OBS004: every container of every service's task definition sends its logs to a log group of THIS template,
// either with the awslogs driver ('awslogs-group' referring to the log group, a stream prefix, and an explicit
// delivery 'mode') or through FireLens (a log router container with 'FirelensConfiguration', application
// containers with 'LogDriver: awsfirelens' whose CloudWatch output names the log group). A log group the
// template configures (retention, KMS) protects nothing if the containers write somewhere else.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { isRecord, literalString, resource } from '../lib/cloudformation.js';
import { containersOf } from '../fargate-capacity/model.js';
import { LOG_GROUP, observabilityMessages, onlyReference, serviceTasks, textOf } from './model.js';

const MODES = ['blocking', 'non-blocking'];
/** Fluent Bit's CloudWatch output plugins: 'cloudwatch_logs' (the C plugin) and 'cloudwatch' (the Go one). */
const CLOUDWATCH_OUTPUTS = ['cloudwatch_logs', 'cloudwatch'];

type Problem = [
  (
    | 'noLogging'
    | 'otherDriver'
    | 'foreignGroup'
    | 'noPrefix'
    | 'noMode'
    | 'badMode'
    | 'noBuffer'
    | 'noRouter'
    | 'firelensOutput'
  ),
  Record<string, string>,
  DataPath,
];

function option(options: Record<string, unknown>, name: string): unknown {
  const key = Object.keys(options).find((k) => k.toLowerCase() === name);
  return key === undefined ? undefined : options[key];
}

/** Whether a value names a log group of this template ('!Ref LogGroup', or its literal LogGroupName). */
function isOwnLogGroup(t: CfnTemplate, v: unknown): boolean {
  const ref = onlyReference(v);
  if (ref && !ref.attr && resource(t, ref.ref)?.resource.Type === LOG_GROUP) return true;
  const text = textOf(v);
  return (
    text !== undefined &&
    Object.values(t.Resources ?? {}).some(
      (r) =>
        isRecord(r) &&
        r.Type === LOG_GROUP &&
        isRecord(r.Properties) &&
        textOf(r.Properties['LogGroupName']) === text,
    )
  );
}

function judgeAwslogs(
  t: CfnTemplate,
  container: string,
  options: Record<string, unknown>,
  at: DataPath,
): Problem[] {
  const out: Problem[] = [];
  const group = option(options, 'awslogs-group');
  if (!isOwnLogGroup(t, group))
    out.push([
      'foreignGroup',
      { container, value: group === undefined ? 'missing' : `'${textOf(group) ?? 'computed'}'` },
      at,
    ]);
  if (option(options, 'awslogs-stream-prefix') === undefined) out.push(['noPrefix', { container }, at]);
  const rawMode = option(options, 'mode');
  const mode = literalString(t, rawMode);
  if (rawMode === undefined) out.push(['noMode', { container }, at]);
  else if (mode !== undefined && !MODES.includes(mode)) out.push(['badMode', { container, value: mode }, at]);
  else if (mode === 'non-blocking' && option(options, 'max-buffer-size') === undefined)
    out.push(['noBuffer', { container }, at]);
  return out;
}

export default defineRule({
  meta: {
    id: 'OBS004',
    name: 'container-log-routing',
    target: 'cloudformation',
    severity: 'error',
    title: "Send every container's logs to this stack's log group",
    description:
      "Every container of a service's task definition logs with awslogs to a log group of this template ('awslogs-group: !Ref LogGroup', 'awslogs-stream-prefix', and 'mode' set to 'blocking' or 'non-blocking' with 'max-buffer-size'), or with 'awsfirelens' through a log router container whose CloudWatch output ('log_group_name') is such a log group.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
    evidence: ['ECS.9', 'AwsSolutions-ECS7', 'CT.ECS.PR.5', 'E3046'],
    messages: {
      ...observabilityMessages,
      noTaskDefinition:
        "Service '{{service}}' runs a task definition this template does not define, so the grader cannot see its containers' logging. Define the task definition in this template and set \"TaskDefinition: !Ref\" it.",
      noLogging:
        "Container '{{container}}' has no 'LogConfiguration', so its output is lost when the task stops. Add 'LogConfiguration' with 'LogDriver: awslogs' and 'awslogs-group: !Ref' this stack's log group.",
      otherDriver:
        "Container '{{container}}' logs with '{{value}}', which does not reach this stack's CloudWatch log group. Use 'LogDriver: awslogs' (or 'awsfirelens' with a log router).",
      foreignGroup:
        "Container '{{container}}' writes to log group {{value}}, not a log group of this template, so the retention and encryption you set do not apply to its logs. Set 'awslogs-group: !Ref' the template's log group.",
      noPrefix:
        "Container '{{container}}' has no 'awslogs-stream-prefix', which Fargate requires: the task fails to start. Set 'awslogs-stream-prefix' to the container's name, such as '{{container}}'.",
      noMode:
        "Container '{{container}}' leaves the log delivery 'mode' to the account default (non-blocking since June 2025, unless someone changed the account setting), so what happens when CloudWatch Logs is slow is not written down. Set 'mode' to 'non-blocking' with a 'max-buffer-size', or to 'blocking' if no line may ever be lost.",
      badMode:
        "Container '{{container}}' sets the log 'mode' to '{{value}}'; the driver accepts 'blocking' or 'non-blocking'. Choose one.",
      noBuffer:
        "Container '{{container}}' logs in non-blocking mode without 'max-buffer-size', so how many log lines a burst may hold before they are dropped is left to the default. Set 'max-buffer-size', such as '25m'.",
      noRouter:
        "Container '{{container}}' logs with 'awsfirelens', but the task definition has no log router container with 'FirelensConfiguration', so its logs go nowhere. Add a Fluent Bit container with \"FirelensConfiguration: { Type: fluentbit }\".",
      firelensOutput:
        "Container '{{container}}' sends its logs through FireLens, but not to a log group of this template ('Name' {{value}}). Set the options 'Name: cloudwatch_logs', 'region', 'log_stream_prefix' and 'log_group_name: !Ref' the template's log group.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tasks = serviceTasks(t);
    if (tasks.length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const { svc, td } of tasks) {
      if (!td) {
        checked++;
        failed++;
        ctx.report('noTaskDefinition', { service: svc.name }, [...svc.path, 'Properties', 'TaskDefinition']);
        continue;
      }
      const containers = containersOf(td);
      const hasRouter = containers.some((c) => isRecord(c.def['FirelensConfiguration']));
      for (const c of containers) {
        checked++;
        const at = [...c.path, 'LogConfiguration'];
        const config = c.def['LogConfiguration'];
        const problems: Problem[] = [];
        const driver = isRecord(config) ? literalString(t, config['LogDriver']) : undefined;
        const options = isRecord(config) && isRecord(config['Options']) ? config['Options'] : {};
        if (!isRecord(config)) problems.push(['noLogging', { container: c.label }, c.path]);
        else if (driver === 'awslogs')
          problems.push(...judgeAwslogs(t, c.label, options, [...at, 'Options']));
        else if (driver === 'awsfirelens') {
          if (!hasRouter) problems.push(['noRouter', { container: c.label }, at]);
          const output = literalString(t, option(options, 'name'));
          if (
            !CLOUDWATCH_OUTPUTS.includes(output ?? '') ||
            !isOwnLogGroup(t, option(options, 'log_group_name'))
          )
            problems.push([
              'firelensOutput',
              { container: c.label, value: output ? `'${output}'` : 'missing' },
              at,
            ]);
        } else
          problems.push(['otherDriver', { container: c.label, value: driver ?? 'a computed driver' }, at]);
        if (problems.length) failed++;
        for (const [id, data, path] of problems) ctx.report(id, data, path);
      }
    }
    ctx.tally(checked, failed);
  },
});
