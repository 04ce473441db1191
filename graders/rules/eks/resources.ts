// EKS003: every container requests CPU and memory and has a memory limit. The scheduler places pods by their
// requests, so a pod without them can land on a full node; the HorizontalPodAutoscaler's resource metrics are a
// percentage of the request, so without one it cannot scale; and a container without a memory limit can take the
// node's memory from its neighbours. A CPU limit is not required: CPU is compressible, and the EKS best practices
// guide explains when a limit throttles more than it protects.
import { defineRule } from '../../engine/define.js';
import { at, describe, rec, setStart, workloads } from './model.js';

const NEEDED = [
  ['requests', 'cpu'],
  ['requests', 'memory'],
  ['limits', 'memory'],
] as const;

export default defineRule({
  meta: {
    id: 'EKS003',
    name: 'resources',
    target: 'kubernetes',
    severity: 'error',
    title: 'Request CPU and memory, and limit memory',
    description:
      "Every container of every workload sets 'resources.requests.cpu', 'resources.requests.memory' and 'resources.limits.memory', so the scheduler places it on a node with room, the autoscaler can compute utilisation, and one container cannot exhaust a node's memory.",
    docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
    evidence: ['CKV_K8S_10', 'CKV_K8S_12', 'CKV_K8S_13', 'EKS best practices: pod security'],
    messages: {
      noWorkload:
        "The manifests define no workload (Deployment, StatefulSet, DaemonSet, Job or Pod), so there is no container to size. Add the application's Deployment.",
      missing:
        "Container '{{container}}' of {{object}} sets no {{missing}}. Without requests the scheduler can place the pod on a node that has no room for it and the HorizontalPodAutoscaler cannot compute utilisation; without a memory limit one container can take a node's memory from its neighbours. Add, for example, \"resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } }\".",
    },
  },
  check(set, ctx) {
    const all = workloads(set);
    if (all.length === 0) {
      ctx.report('noWorkload', {}, setStart(set));
      return;
    }
    let checked = 0;
    let failed = 0;
    for (const w of all)
      for (const c of w.containers) {
        checked++;
        const res = rec(c.value['resources']);
        const missing = NEEDED.filter(([group, name]) => {
          const v = rec(res[group])[name];
          return !(typeof v === 'string' || typeof v === 'number');
        }).map(([group, name]) => `'${group}.${name}'`);
        if (missing.length === 0) continue;
        failed++;
        ctx.report(
          'missing',
          {
            container: c.name,
            object: describe(w.obj),
            missing: missing.join(', ').replace(/, ([^,]*)$/, ' or $1'),
          },
          at(w.obj.doc, c.value['resources'] === undefined ? c.path : [...c.path, 'resources']),
        );
      }
    ctx.tally(checked, failed);
  },
});
