// TDF009: every essential application container has a health check ECS can run, with values inside the API's
// ranges, whose command calls the app's '/health' endpoint on the container's port. cfn-lint 1.51.0 has no bounds
// for these (rules.md §1.8), so out-of-range values surface only at registration. A check that runs 'true' or
// asks '/' passes while the app is hung, so it earns nothing: the labs' app answers only 'GET /health'
// (labs/01-production-dockerfile/server.js), and its image ships 'healthcheck.js', which calls that endpoint.
// A FireLens log router (a container with 'firelensConfiguration') is not the app: it needs no app health check,
// and one it has is checked for shape and ranges only.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  containerListMessages,
  describeValue,
  FailedContainers,
  isRecord,
  readContainers,
  type Container,
} from './util/task-definition.js';

/** API ranges and defaults, in seconds except retries (ECS API HealthCheck). */
const RANGES = [
  { key: 'interval', min: 5, max: 300, fallback: '30' },
  { key: 'timeout', min: 2, max: 60, fallback: '5' },
  { key: 'retries', min: 1, max: 10, fallback: '3' },
  { key: 'startPeriod', min: 0, max: 300, fallback: 'off' },
] as const;

/** The one path the labs' app answers health checks on (server.js: `req.url === '/health'`). */
const HEALTH_PATH = '/health';

/** Commands that succeed whatever the app does: the shell built-ins and the classic no-ops. */
const ALWAYS_PASSES = /^(?:exit\s+0|true|:|\/bin\/true|\/usr\/bin\/true|echo(?:\s.*)?)$/;

/**
 * Local HTTP addresses in a command: an optional scheme, a loopback host, an optional port (a number or a
 * `$PORT`-style variable the shell expands) and the path. The health check runs inside the container, so only
 * a loopback address reaches this container's app.
 */
const LOCAL_URL =
  /(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\$\{?\w+\}?|\d+))?(\/[^\s'"`)]*)?/g;

/** The lab image's probe script (labs/01-production-dockerfile/healthcheck.js): it calls '/health' on `PORT`. */
const PROBE_SCRIPT = /(?:^|[\s/'"])healthcheck\.js(?=$|[\s'"])/;

/** Ports the app may listen on: its `PORT` variable, else its container ports. Empty when unknown. */
function appPorts(c: Container): Set<string> {
  const env = c.def['environment'];
  if (Array.isArray(env)) {
    const port = env.find((e: unknown) => isRecord(e) && e['name'] === 'PORT');
    if (isRecord(port) && (typeof port['value'] === 'string' || typeof port['value'] === 'number'))
      return new Set([String(port['value']).trim()]);
  }
  const mappings = c.def['portMappings'];
  const ports = new Set<string>();
  if (Array.isArray(mappings))
    for (const m of mappings)
      if (isRecord(m) && typeof m['containerPort'] === 'number') ports.add(String(m['containerPort']));
  return ports;
}

/** The health URL a message suggests for this container. */
function suggestedUrl(c: Container): string {
  const [port] = appPorts(c);
  return `http://localhost:${port ?? '8080'}${HEALTH_PATH}`;
}

type Verdict =
  | { ok: true }
  | { ok: false; id: 'alwaysPasses' | 'wrongEndpoint' | 'wrongPort'; data: Record<string, string> };

/** Whether the command (after 'CMD'/'CMD-SHELL') calls the app's health endpoint on the app's port. */
function judgeCommand(c: Container, args: string[]): Verdict {
  const line = args.join(' ').trim();
  const simple = line.replace(/\s*(?:\|\||&&|;)\s*exit\s+[01]\s*$/, '').trim();
  // '… || exit 0' and '… || true' turn any failure into success.
  if (ALWAYS_PASSES.test(simple) || /\|\|\s*(?:exit\s+0|true|:)\s*$/.test(line))
    return { ok: false, id: 'alwaysPasses', data: { command: line } };
  const urls = [...line.matchAll(LOCAL_URL)];
  const health = urls.filter((m) => (m[2] ?? '/') === HEALTH_PATH);
  if (health.length === 0) {
    if (PROBE_SCRIPT.test(line)) return { ok: true };
    const asked = [...new Set(urls.map((m) => `'${m[2] ?? '/'}'`))];
    return {
      ok: false,
      id: 'wrongEndpoint',
      data: {
        command: line,
        asked: asked.length > 0 ? `asks ${asked.join(' and ')}` : 'calls no local HTTP address',
      },
    };
  }
  const ports = appPorts(c);
  if (ports.size === 0) return { ok: true };
  // A '$PORT'-style port is expanded by the shell from the container's own environment.
  const reaches = health.some((m) =>
    m[1] === undefined ? ports.has('80') : m[1].startsWith('$') || ports.has(m[1]),
  );
  if (reaches) return { ok: true };
  const first = health[0]!;
  return {
    ok: false,
    id: 'wrongPort',
    data: { port: first[1] ?? '80', ports: [...ports].join("' or '") },
  };
}

export default defineRule({
  meta: {
    id: 'TDF009',
    name: 'container-health-check',
    target: 'json',
    severity: 'error',
    title: "Give every essential container a health check that calls '/health'",
    description:
      "Every essential application container has a healthCheck whose command starts with 'CMD' or 'CMD-SHELL' and calls the app's '/health' endpoint on its port (with curl, wget or the image's 'healthcheck.js'), with interval 5–300 s, timeout 2–60 s, retries 1–10 and startPeriod 0–300 s, so ECS replaces a task that is running but no longer working. A FireLens log router needs no app health check.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
    evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_DOCKER_2'],
    messages: {
      ...containerListMessages,
      missing:
        'Container \'{{container}}\' has no \'healthCheck\', so ECS only notices when the process exits, not when it hangs or stops answering. Add \'"healthCheck": { "command": ["CMD-SHELL", "wget -q -O /dev/null {{url}} || exit 1"] }\' (Alpine images have BusyBox \'wget\' but no \'curl\'), or \'["CMD", "node", "healthcheck.js"]\' with the lab 01 image.',
      checkNotObject:
        'Container \'{{container}}\' has a \'healthCheck\' that is {{what}}, not an object. Write \'{ "command": ["CMD-SHELL", "…"], "interval": 30 }\'.',
      noCommand:
        "Container '{{container}}' has a 'healthCheck' without a 'command', so ECS has nothing to run and rejects it. Add '\"command\": [\"CMD-SHELL\", \"wget -q -O /dev/null {{url}} || exit 1\"]'.",
      commandNotList:
        "Container '{{container}}' gives the health check 'command' as {{what}}, but it must be a list of texts such as '[\"CMD-SHELL\", \"wget -q -O /dev/null {{url}} || exit 1\"]'.",
      badCommandStart:
        "Container '{{container}}' starts its health check command with {{first}}, but the first item must be 'CMD' (run the arguments directly) or 'CMD-SHELL' (run one line in the container's shell). Put one of them first.",
      emptyCommand:
        "Container '{{container}}' has a health check command with nothing after {{first}}, so there is nothing to run. Add the check itself, for example 'wget -q -O /dev/null {{url}} || exit 1'.",
      alwaysPasses:
        "Container '{{container}}' runs the health check '{{command}}', which succeeds whatever state the app is in, so ECS keeps a hung task running. Call the app instead: 'wget -q -O /dev/null {{url}} || exit 1', or 'node healthcheck.js' with the lab 01 image.",
      wrongEndpoint:
        "Container '{{container}}' has a health check that {{asked}}, but the app reports its health only on '/health' (every other path answers 404, or says nothing about the app's health), so the check does not test the app. Call '{{url}}'.",
      wrongPort:
        "Container '{{container}}' checks '/health' on port '{{port}}', but the app listens on '{{ports}}' (its 'PORT' or container port), so the check fails even while the app is healthy and ECS keeps replacing the task. Use '{{url}}'.",
      notInteger:
        "Container '{{container}}' sets health check '{{key}}' to {{what}}, but it must be a whole number without quotes; ECS rejects anything else. Use a value from '{{min}}' to '{{max}}' (default '{{fallback}}').",
      outOfRange:
        "Container '{{container}}' sets health check '{{key}}' to '{{value}}', outside the '{{min}}'–'{{max}}' ECS accepts, so registration fails. Use a value in that range (default '{{fallback}}').",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    // Sidecars that may stop without stopping the task do not need a check; essential ones do. A FireLens log
    // router is no app: its own health check, if it has one, is checked for shape and ranges only.
    const isLogRouter = (c: Container) => isRecord(c.def['firelensConfiguration']);
    const apps = list.containers.filter((c) => c.def['essential'] !== false && !isLogRouter(c));
    const routersWithCheck = list.containers.filter(
      (c) => isLogRouter(c) && c.def['healthCheck'] !== undefined && c.def['healthCheck'] !== null,
    );
    if (apps.length === 0 && routersWithCheck.length === 0 && list.malformed === 0) {
      ctx.notApplicable('no essential application container to check');
      return;
    }
    const failed = new FailedContainers();
    for (const c of [...apps, ...routersWithCheck]) {
      const app = !isLogRouter(c);
      const hc = c.def['healthCheck'];
      const at = [...c.path, 'healthCheck'];
      const url = suggestedUrl(c);
      const report = (
        id: Parameters<typeof ctx.report>[0],
        data: Record<string, string | number> = {},
        path: DataPath = at,
      ) => {
        failed.add(c);
        ctx.report(id, { container: c.label, url, ...data }, path);
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
        const args = (command as string[]).slice(1);
        if (first !== 'CMD' && first !== 'CMD-SHELL')
          report('badCommandStart', { first: first === undefined ? 'nothing' : `'${first}'` }, cmdAt);
        else if (args.every((part) => part.trim() === ''))
          report('emptyCommand', { first: `'${first}'` }, cmdAt);
        else if (app) {
          const verdict = judgeCommand(c, args);
          if (!verdict.ok) report(verdict.id, verdict.data, cmdAt);
        }
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
    ctx.tally(apps.length + routersWithCheck.length + list.malformed, failed.size + list.malformed);
  },
});
