// EKS002: every Deployment runs at least two pods. One replica is a single point of failure: a node drain, an
// eviction or a crash takes the application down until the pod is rescheduled. A Deployment that leaves `replicas`
// out to a HorizontalPodAutoscaler with `minReplicas` of two or more is as good, and is how the Kubernetes
// documentation recommends combining the two (a fixed `replicas` is reset on every apply).
import { defineRule } from '../../engine/define.js';
import { at, describe, objects, ofKind, rec, setStart, workloads } from './model.js';
import { hpaMinReplicas, hpasFor } from './scaling.js';

export const MIN_REPLICAS = 2;

export default defineRule({
  meta: {
    id: 'EKS002',
    name: 'replicas',
    target: 'kubernetes',
    severity: 'error',
    title: 'Run at least two replicas',
    description:
      "Every Deployment sets 'replicas' to 2 or more, or leaves it to a HorizontalPodAutoscaler whose 'minReplicas' is 2 or more, so one pod's failure or eviction does not take the application down.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/application.html',
    evidence: ['EKS best practices: reliability (applications)'],
    messages: {
      noDeployment:
        "The manifests define no Deployment, so nothing runs the application. Add an 'apps/v1' Deployment with 'replicas: {{min}}'.",
      tooFew:
        "{{object}} runs {{replicas}}: one node drain, eviction or crash takes the application down until a new pod starts. Set 'replicas: {{min}}' or more (or leave 'replicas' out and let a HorizontalPodAutoscaler with 'minReplicas: {{min}}' own it).",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const deployments = workloads(all, ['Deployment']);
    if (deployments.length === 0) {
      ctx.report('noDeployment', { min: MIN_REPLICAS }, setStart(set));
      return;
    }
    let failed = 0;
    for (const w of deployments) {
      const replicas = rec(w.obj.value['spec'])['replicas'];
      if (typeof replicas === 'number' && replicas >= MIN_REPLICAS) continue;
      if (replicas === undefined) {
        const min = hpasFor(ofKind(all, 'HorizontalPodAutoscaler'), w.obj).map(hpaMinReplicas);
        if (min.some((m) => m >= MIN_REPLICAS)) continue;
      }
      failed++;
      ctx.report(
        'tooFew',
        {
          object: describe(w.obj),
          replicas:
            replicas === undefined
              ? "one replica ('replicas' is not set, and the default is 1)"
              : `'replicas: ${String(replicas)}'`,
          min: MIN_REPLICAS,
        },
        at(w.obj.doc, replicas === undefined ? ['spec'] : ['spec', 'replicas']),
      );
    }
    ctx.tally(deployments.length, failed);
  },
});
