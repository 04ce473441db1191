// EKS004: every container of a serving workload has a liveness and a readiness probe that call the application's
// health endpoint: an httpGet on path '/health' at one of the container's declared ports, by number or by name. The
// readiness probe keeps a pod out of the Service's endpoints until it can answer; the liveness probe restarts a
// container that hangs. A probe that runs 'true' or 'exit 0', or only opens a TCP connection, succeeds while the
// application is broken, so it tests nothing the lab asks for.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  SERVING_KINDS,
  appContainers,
  at,
  describe,
  list,
  portText,
  rec,
  resolvePort,
  setStart,
  str,
  workloads,
  type Container,
} from './model.js';

export const HEALTH_PATH = '/health';

const PROBES = ['livenessProbe', 'readinessProbe'] as const;

/** Exec commands that succeed whatever the application does. */
function trivialExec(command: unknown): boolean {
  const words = list(command).map((w) => String(w).trim());
  const joined = words.join(' ').replace(/\s+/g, ' ');
  return (
    words.length === 0 ||
    /^(\/bin\/|\/usr\/bin\/)?true$/.test(joined) ||
    /^(\/bin\/)?(ba)?sh -c (true|exit 0|:|echo( .*)?)$/.test(joined) ||
    /^exit 0$/.test(joined) ||
    /^(\/bin\/)?echo( .*)?$/.test(joined)
  );
}

/** Why a probe does not check the health endpoint, or undefined when it does. */
function probeProblem(
  c: Container,
  probe: Record<string, unknown>,
):
  { messageId: 'trivial' | 'notHttp' | 'wrongPath' | 'wrongPort'; data: Record<string, string> } | undefined {
  const http = probe['httpGet'];
  if (http === undefined) {
    const exec = rec(probe['exec']);
    if (probe['exec'] !== undefined && trivialExec(exec['command']))
      return {
        messageId: 'trivial',
        data: { command: list(exec['command']).map(String).join(' ') || '(empty)' },
      };
    const how =
      probe['exec'] !== undefined
        ? 'runs a command'
        : probe['tcpSocket'] !== undefined
          ? 'only opens a TCP connection'
          : probe['grpc'] !== undefined
            ? 'calls gRPC'
            : 'has no handler';
    return { messageId: 'notHttp', data: { how } };
  }
  const h = rec(http);
  const path = str(h['path']);
  if (path?.split('?')[0] !== HEALTH_PATH)
    return { messageId: 'wrongPath', data: { path: path ?? '(none)' } };
  if (resolvePort(c, h['port']) === undefined) {
    const declared = list(c.value['ports']).map((p) => {
      const r = rec(p);
      return str(r['name'])
        ? `${String(r['containerPort'])} ('${String(r['name'])}')`
        : String(r['containerPort']);
    });
    return {
      messageId: 'wrongPort',
      data: { port: portText(h['port']), ports: declared.length ? declared.join(', ') : 'none' },
    };
  }
  return undefined;
}

export default defineRule({
  meta: {
    id: 'EKS004',
    name: 'health-probes',
    target: 'kubernetes',
    severity: 'error',
    title: "Probe liveness and readiness on the app's /health endpoint",
    description:
      "Every container of a Deployment (or other serving workload) has a 'livenessProbe' and a 'readinessProbe' that make an HTTP GET on '/health' at one of the container's declared ports, by number or by name, so Kubernetes routes traffic only to pods that answer and restarts containers that hang.",
    docsUrl:
      'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
    evidence: ['CKV_K8S_8', 'CKV_K8S_9', 'EKS best practices: applications (probes)'],
    messages: {
      noWorkload:
        "The manifests define no Deployment, so there is no container to probe. Add the application's Deployment.",
      missing:
        "Container '{{container}}' of {{object}} has no '{{probe}}'. {{why}} Add \"{{probe}}: { httpGet: { path: /health, port: http } }\".",
      trivial:
        "The '{{probe}}' of container '{{container}}' ({{object}}) runs '{{command}}', which succeeds whether or not the application works, so it checks nothing. Call the health endpoint instead: \"httpGet: { path: /health, port: http }\".",
      notHttp:
        "The '{{probe}}' of container '{{container}}' ({{object}}) {{how}}, which does not show that the application can answer requests. Make it \"httpGet: { path: /health, port: http }\".",
      wrongPath:
        "The '{{probe}}' of container '{{container}}' ({{object}}) calls path '{{path}}', not the application's health endpoint '/health'. Set 'path: /health'.",
      wrongPort:
        "The '{{probe}}' of container '{{container}}' ({{object}}) calls port {{port}}, which is not one of the container's ports ({{ports}}), so the probe fails and Kubernetes restarts a healthy container. Use the container's port number or its name.",
    },
  },
  check(set, ctx) {
    const all = workloads(set, SERVING_KINDS);
    if (all.length === 0) {
      ctx.report('noWorkload', {}, setStart(set));
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const w of all)
      for (const c of appContainers(w)) {
        checked++;
        let bad = false;
        for (const probe of PROBES) {
          const p = c.value[probe];
          const base = { container: c.name, object: describe(w.obj), probe };
          if (p === undefined) {
            bad = true;
            ctx.report(
              'missing',
              {
                ...base,
                why:
                  probe === 'readinessProbe'
                    ? 'Without it the Service sends requests to a pod as soon as it starts, before the application can answer.'
                    : 'Without it a container that hangs keeps its place and keeps failing requests until someone restarts it.',
              },
              at(w.obj.doc, c.path),
            );
            continue;
          }
          const problem = probeProblem(c, rec(p));
          if (problem) {
            bad = true;
            const where: DataPath = [
              ...c.path,
              probe,
              ...(problem.messageId === 'wrongPath'
                ? ['httpGet', 'path']
                : problem.messageId === 'wrongPort'
                  ? ['httpGet', 'port']
                  : []),
            ];
            ctx.report(problem.messageId, { ...base, ...problem.data }, at(w.obj.doc, where));
          }
        }
        if (bad) failed++;
      }
    ctx.tally(checked, failed);
  },
});
