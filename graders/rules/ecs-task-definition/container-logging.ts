// TDF007: every container sends its output somewhere durable: awslogs with a group, Region and stream prefix,
// or FireLens with a log-router container in the task. cfn-lint's E3046 requires only group and Region; the
// ECS API also requires the stream prefix on Fargate.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isRecord,
  readContainers,
  targetsFargate,
} from './util/task-definition.js';

/** Log drivers Fargate supports. */
const FARGATE_DRIVERS = ['awslogs', 'awsfirelens', 'splunk'];

export default defineRule({
  meta: {
    id: 'TDF007',
    name: 'container-logging',
    target: 'json',
    severity: 'error',
    title: 'Send every container’s logs to CloudWatch or FireLens',
    description:
      "Every container has a logConfiguration: awslogs with 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix', or awsfirelens with a log-router container, so its output outlives the task.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
    evidence: ['ECS.9', 'E3046', 'E3048', 'CT.ECS.PR.5', 'AwsSolutions-ECS7'],
    messages: {
      ...containerListMessages,
      missing:
        "Container '{{container}}' has no 'logConfiguration', so its output is lost when the task stops and you cannot debug it. Add a 'logConfiguration' with 'logDriver' 'awslogs' and the options 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix'.",
      configNotObject:
        'Container \'{{container}}\' has a \'logConfiguration\' that is {{what}}, not an object. Write \'{ "logDriver": "awslogs", "options": { … } }\'.',
      noDriver:
        "Container '{{container}}' has a 'logConfiguration' without a 'logDriver', so ECS does not know where to send its output. Add '\"logDriver\": \"awslogs\"' (or 'awsfirelens').",
      unsupportedDriver:
        "Container '{{container}}' uses log driver {{driver}}, which Fargate does not support; Fargate offers 'awslogs', 'awsfirelens' and 'splunk'. Use 'awslogs' to send output to CloudWatch Logs.",
      optionsNotObject:
        'Container \'{{container}}\' has \'options\' that are {{what}}; they must be an object of text values. Write \'"options": { "awslogs-group": "…", "awslogs-region": "…", "awslogs-stream-prefix": "…" }\'.',
      missingOptions:
        "Container '{{container}}' logs with 'awslogs' but is missing {{missing}}; ECS needs the group and Region to deliver logs, and on Fargate the stream prefix too, which also names each stream after its container and task. Add the missing option.",
      optionNotText:
        "Container '{{container}}' sets log option '{{option}}' to {{what}}, but every option value must be text in quotes ('\"{{option}}\": \"…\"'), and ECS rejects anything else.",
      noLogRouter:
        "Container '{{container}}' logs with 'awsfirelens', but no container in the task has a 'firelensConfiguration', so there is no log router to receive its output. Add a Fluent Bit log-router container with 'firelensConfiguration', or use 'awslogs'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const fargate = targetsFargate(list.td);
    const hasRouter = list.containers.some((c) => isRecord(c.def['firelensConfiguration']));
    const failed = new FailedContainers();
    for (const c of list.containers) {
      const lc = c.def['logConfiguration'];
      const at = [...c.path, 'logConfiguration'];
      const fail = (
        id: Parameters<typeof ctx.report>[0],
        data: Record<string, string | number>,
        path: DataPath = at,
      ) => {
        failed.add(c);
        ctx.report(id, { container: c.label, ...data }, path);
      };
      if (lc === undefined || lc === null) {
        fail('missing', {}, c.path);
        continue;
      }
      if (!isRecord(lc)) {
        fail('configNotObject', { what: describeValue(lc) });
        continue;
      }
      const driver = lc['logDriver'];
      if (typeof driver !== 'string' || driver.trim() === '') {
        fail('noDriver', {});
        continue;
      }
      if (fargate && !FARGATE_DRIVERS.includes(driver)) {
        fail('unsupportedDriver', { driver: `'${driver}'` }, [...at, 'logDriver']);
        continue;
      }
      const options = lc['options'];
      if (options !== undefined && options !== null && !isRecord(options)) {
        fail('optionsNotObject', { what: describeValue(options) }, [...at, 'options']);
        continue;
      }
      const opts = isRecord(options) ? options : {};
      for (const [option, value] of Object.entries(opts)) {
        if (typeof value !== 'string')
          fail('optionNotText', { option, what: describeValue(value) }, [...at, 'options', option]);
      }
      if (driver === 'awslogs') {
        const required = ['awslogs-group', 'awslogs-region', ...(fargate ? ['awslogs-stream-prefix'] : [])];
        const missing = required.filter((k) => {
          const v = opts[k];
          return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
        });
        if (missing.length > 0) {
          const quoted = missing.map((k) => `'${k}'`);
          const text =
            quoted.length === 1
              ? (quoted[0] as string)
              : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] as string}`;
          fail('missingOptions', { missing: text }, isRecord(options) ? [...at, 'options'] : at);
        }
      } else if (driver === 'awsfirelens' && !hasRouter) {
        fail('noLogRouter', {}, [...at, 'logDriver']);
      }
    }
    ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
  },
});
