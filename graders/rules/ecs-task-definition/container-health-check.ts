// TDF009: every essential container has a health check ECS can run, with values inside the API's ranges.
// cfn-lint 1.51.0 has no bounds for these (rules.md §1.8), so out-of-range values surface only at registration.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isRecord,
  readContainers,
} from './util/task-definition.js';

/** API ranges and defaults, in seconds except retries (ECS API HealthCheck). */
const RANGES = [
  { key: 'interval', min: 5, max: 300, fallback: '30' },
  { key: 'timeout', min: 2, max: 60, fallback: '5' },
  { key: 'retries', min: 1, max: 10, fallback: '3' },
  { key: 'startPeriod', min: 0, max: 300, fallback: 'off' },
] as const;

export default defineRule({
  meta: {
    id: 'TDF009',
    name: 'container-health-check',
    target: 'json',
    severity: 'error',
    title: 'Give every essential container a health check',
    description:
      "Every essential container has a healthCheck whose command starts with 'CMD' or 'CMD-SHELL', with interval 5–300 s, timeout 2–60 s, retries 1–10 and startPeriod 0–300 s, so ECS replaces a task that is running but no longer working.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
    evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_DOCKER_2'],
    messages: {
      ...containerListMessages,
      missing:
        'Container \'{{container}}\' has no \'healthCheck\', so ECS only notices when the process exits, not when it hangs or stops answering. Add \'"healthCheck": { "command": ["CMD-SHELL", "curl -f http://localhost:8080/health || exit 1"] }\' with a command your image can run.',
      checkNotObject:
        'Container \'{{container}}\' has a \'healthCheck\' that is {{what}}, not an object. Write \'{ "command": ["CMD-SHELL", "…"], "interval": 30 }\'.',
      noCommand:
        "Container '{{container}}' has a 'healthCheck' without a 'command', so ECS has nothing to run and rejects it. Add '\"command\": [\"CMD-SHELL\", \"…\"]'.",
      commandNotList:
        "Container '{{container}}' gives the health check 'command' as {{what}}, but it must be a list of texts such as '[\"CMD-SHELL\", \"curl -f http://localhost:8080/health || exit 1\"]'.",
      badCommandStart:
        "Container '{{container}}' starts its health check command with {{first}}, but the first item must be 'CMD' (run the arguments directly) or 'CMD-SHELL' (run one line in the container's shell). Put one of them first.",
      emptyCommand:
        "Container '{{container}}' has a health check command with nothing after {{first}}, so there is nothing to run. Add the check itself, for example 'curl -f http://localhost:8080/health || exit 1'.",
      notInteger:
        "Container '{{container}}' sets health check '{{key}}' to {{what}}, but it must be a whole number without quotes; ECS rejects anything else. Use a value from '{{min}}' to '{{max}}' (default '{{fallback}}').",
      outOfRange:
        "Container '{{container}}' sets health check '{{key}}' to '{{value}}', outside the '{{min}}'–'{{max}}' ECS accepts, so registration fails. Use a value in that range (default '{{fallback}}').",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    // Sidecars that may stop without stopping the task do not need a check; essential ones do.
    const essential = list.containers.filter((c) => c.def['essential'] !== false);
    if (essential.length === 0 && list.malformed === 0) {
      ctx.notApplicable('no essential container to check');
      return;
    }
    const failed = new FailedContainers();
    for (const c of essential) {
      const hc = c.def['healthCheck'];
      const at = [...c.path, 'healthCheck'];
      const report = (
        id: Parameters<typeof ctx.report>[0],
        data: Record<string, string | number> = {},
        path: DataPath = at,
      ) => {
        failed.add(c);
        ctx.report(id, { container: c.label, ...data }, path);
      };
      if (hc === undefined || hc === null) {
        report('missing', {}, c.path);
        continue;
      }
      if (!isRecord(hc)) {
        report('checkNotObject', { what: describeValue(hc) });
        continue;
      }
      const command = hc['command'];
      const cmdAt = [...at, 'command'];
      if (command === undefined || command === null) report('noCommand');
      else if (!Array.isArray(command) || command.some((part) => typeof part !== 'string')) {
        report('commandNotList', { what: describeValue(command) }, cmdAt);
      } else {
        const first = command[0] as string | undefined;
        if (first !== 'CMD' && first !== 'CMD-SHELL')
          report('badCommandStart', { first: first === undefined ? 'nothing' : `'${first}'` }, cmdAt);
        else if (command.slice(1).every((part) => (part as string).trim() === ''))
          report('emptyCommand', { first: `'${first}'` }, cmdAt);
      }
      for (const r of RANGES) {
        const v = hc[r.key];
        if (v === undefined || v === null) continue;
        const data = { key: r.key, min: r.min, max: r.max, fallback: r.fallback };
        if (typeof v !== 'number' || !Number.isInteger(v))
          report('notInteger', { ...data, what: describeValue(v) }, [...at, r.key]);
        else if (v < r.min || v > r.max) report('outOfRange', { ...data, value: v }, [...at, r.key]);
      }
    }
    ctx.tally(essential.length + list.malformed, failed.size + list.malformed);
  },
});
