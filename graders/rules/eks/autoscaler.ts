// EKS008: the Deployment is scaled by an autoscaling/v2 HorizontalPodAutoscaler: its scaleTargetRef names that
// Deployment in the same namespace, 'minReplicas' keeps two pods or more, 'maxReplicas' leaves room above it, and
// it scales on a resource metric (CPU or memory utilisation) of containers that request that resource, since
// utilisation is measured as a share of the request and is undefined without one.
import { defineRule } from '../../engine/define.js';
import type { RuleContext } from '../../engine/types.js';
import {
  at,
  describe,
  list,
  objects,
  ofKind,
  rec,
  setStart,
  str,
  workloads,
  type K8sObject,
  type Workload,
} from './model.js';
import { MIN_REPLICAS } from './replicas.js';
import { hpaMinReplicas, hpasFor } from './scaling.js';

export default defineRule({
  meta: {
    id: 'EKS008',
    name: 'autoscaler',
    target: 'kubernetes',
    severity: 'error',
    title: 'Scale the Deployment with an autoscaling/v2 HorizontalPodAutoscaler',
    description:
      "Every Deployment has an 'autoscaling/v2' HorizontalPodAutoscaler whose scaleTargetRef names it in the same namespace, with 'minReplicas' of 2 or more, 'maxReplicas' above it, and a Resource metric (cpu or memory) on a resource every container requests.",
    docsUrl: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
    evidence: [
      'EKS best practices: applications (Horizontal Pod Autoscaler)',
      'Kubernetes HorizontalPodAutoscaler v2',
    ],
    messages: {
      noDeployment: "The manifests define no Deployment to scale. Add the application's Deployment.",
      noHpa:
        "No HorizontalPodAutoscaler targets {{object}} in namespace '{{namespace}}'{{near}}, so it keeps a fixed number of pods however busy it is. Add an 'autoscaling/v2' HorizontalPodAutoscaler with \"scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: {{name}} }\".",
      oldApi:
        "{{hpa}} uses 'apiVersion: {{apiVersion}}'; use 'autoscaling/v2', the stable API that takes a 'metrics' list (autoscaling/v1 scales on CPU only).",
      lowMin:
        "{{hpa}} may scale {{object}} down to {{min}} pod(s), which leaves one point of failure. Set 'minReplicas: {{needed}}' or more.",
      noRoom:
        "{{hpa}} has 'maxReplicas: {{max}}', which is not above 'minReplicas' ({{min}}), so it can never add a pod. Raise 'maxReplicas'.",
      noResourceMetric:
        '{{hpa}} has no Resource metric, so it does not scale on the pods\' CPU or memory. Add "metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } } }]".',
      noRequests:
        "{{hpa}} scales on {{resource}} utilisation, but container '{{container}}' of {{object}} requests no {{resource}}; utilisation is a share of the request, so the autoscaler cannot compute it. Add 'resources.requests.{{resource}}'.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const deployments = workloads(all, ['Deployment']);
    if (deployments.length === 0) {
      ctx.report('noDeployment', {}, setStart(set));
      return;
    }
    const hpas = ofKind(all, 'HorizontalPodAutoscaler');
    let failed = 0;
    for (const w of deployments) {
      const mine = hpasFor(hpas, w.obj);
      const object = describe(w.obj);
      if (mine.length === 0) {
        failed++;
        const other = hpas[0];
        const near = other
          ? ` (${describe(other)} targets ${JSON.stringify(rec(other.value['spec'])['scaleTargetRef'] ?? null)} in '${other.namespace ?? 'default'}')`
          : '';
        ctx.report(
          'noHpa',
          { object, namespace: w.obj.namespace ?? 'default', name: w.obj.name, near },
          at(w.obj.doc, ['metadata', 'name']),
        );
        continue;
      }
      if (!mine.some((h) => hpaProblems(h, w, ctx, true) === 0)) {
        failed++;
        for (const h of mine) hpaProblems(h, w, ctx, false);
      }
    }
    ctx.tally(deployments.length, failed);
  },
});

type Ctx = RuleContext<string>;

/** Counts (and, unless `dryRun`, reports) what keeps this autoscaler from scaling this workload well. */
function hpaProblems(h: K8sObject, w: Workload, ctx: Ctx, dryRun: boolean): number {
  let n = 0;
  const report: Ctx['report'] = (...args) => {
    n++;
    if (!dryRun) ctx.report(...args);
  };
  const hpa = describe(h);
  const object = describe(w.obj);
  const spec = rec(h.value['spec']);
  if (h.apiVersion !== 'autoscaling/v2')
    report('oldApi', { hpa, apiVersion: h.apiVersion }, at(h.doc, ['apiVersion']));
  const min = hpaMinReplicas(h);
  if (min < MIN_REPLICAS)
    report(
      'lowMin',
      { hpa, object, min, needed: MIN_REPLICAS },
      at(h.doc, spec['minReplicas'] === undefined ? ['spec'] : ['spec', 'minReplicas']),
    );
  const max = spec['maxReplicas'];
  if (typeof max === 'number' && max <= min)
    report('noRoom', { hpa, max, min }, at(h.doc, ['spec', 'maxReplicas']));
  const resources = list(spec['metrics'])
    .map(rec)
    .flatMap((m) => {
      const type = str(m['type']);
      if (type === 'Resource') return [str(rec(m['resource'])['name'])];
      if (type === 'ContainerResource') return [str(rec(m['containerResource'])['name'])];
      return [];
    })
    .filter((r): r is string => r === 'cpu' || r === 'memory');
  if (resources.length === 0) {
    report(
      'noResourceMetric',
      { hpa },
      at(h.doc, spec['metrics'] === undefined ? ['spec'] : ['spec', 'metrics']),
    );
    return n;
  }
  for (const resource of new Set(resources))
    for (const c of w.containers.filter((x) => !x.init)) {
      const requested = rec(rec(c.value['resources'])['requests'])[resource];
      if (typeof requested === 'string' || typeof requested === 'number') continue;
      report('noRequests', { hpa, resource, container: c.name, object }, at(w.obj.doc, c.path));
    }
  return n;
}
