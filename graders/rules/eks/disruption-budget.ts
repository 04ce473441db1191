// EKS009: the Deployment's pods are covered by a PodDisruptionBudget (policy/v1) in their namespace, whose selector
// matches their labels, and which lets a drain proceed one pod at a time: a budget that allows no disruption
// ('maxUnavailable: 0', or 'minAvailable' equal to the replica count or '100%') blocks node upgrades and Auto Mode's
// node replacement instead of pacing them.
import { defineRule } from '../../engine/define.js';
import { at, describe, namespaceOf, objects, ofKind, rec, selects, setStart, workloads } from './model.js';
import { hpaMinReplicas, hpasFor } from './scaling.js';

export default defineRule({
  meta: {
    id: 'EKS009',
    name: 'disruption-budget',
    target: 'kubernetes',
    severity: 'error',
    title: "Cover the app's pods with a PodDisruptionBudget",
    description:
      "Every Deployment's pods are selected by a 'policy/v1' PodDisruptionBudget in the same namespace that still allows one pod at a time to be evicted, so node drains and upgrades keep the application up without being blocked.",
    docsUrl: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
    evidence: ['EKS best practices: applications (Pod Disruption Budgets)', 'Kubernetes PodDisruptionBudget'],
    messages: {
      noDeployment:
        "The manifests define no Deployment whose pods a budget could protect. Add the application's Deployment.",
      noBudget:
        "No PodDisruptionBudget in namespace '{{namespace}}' selects the pods of {{object}} (labels {{labels}}), so a node drain may evict all of them at once. Add a 'policy/v1' PodDisruptionBudget with 'minAvailable: 1' (or 'maxUnavailable: 1') and 'selector.matchLabels' repeating those labels.",
      blocks:
        "{{budget}} allows no voluntary disruption of {{object}} ({{why}}), so node drains, upgrades and Auto Mode's node replacement wait forever. Allow one pod at a time: 'maxUnavailable: 1', or 'minAvailable' below the replica count.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const deployments = workloads(all, ['Deployment']);
    if (deployments.length === 0) {
      ctx.report('noDeployment', {}, setStart(set));
      return;
    }
    const budgets = ofKind(all, 'PodDisruptionBudget');
    const hpas = ofKind(all, 'HorizontalPodAutoscaler');
    let failed = 0;
    for (const w of deployments) {
      const mine = budgets.filter(
        (b) =>
          namespaceOf(b) === namespaceOf(w.obj) && selects(rec(b.value['spec'])['selector'], w.podLabels),
      );
      if (mine.length === 0) {
        failed++;
        ctx.report(
          'noBudget',
          { namespace: namespaceOf(w.obj), object: describe(w.obj), labels: JSON.stringify(w.podLabels) },
          at(w.obj.doc, ['spec', 'template', 'metadata', 'labels']),
        );
        continue;
      }
      // The fewest pods the Deployment runs: its replicas, or the floor of the autoscaler that owns it.
      const replicas = rec(w.obj.value['spec'])['replicas'];
      const floors = hpasFor(hpas, w.obj).map(hpaMinReplicas);
      const fewest = typeof replicas === 'number' ? replicas : floors.length ? Math.min(...floors) : 1;
      let blocked = false;
      for (const b of mine) {
        const spec = rec(b.value['spec']);
        const why = blocking(spec, fewest);
        if (why) {
          blocked = true;
          ctx.report('blocks', { budget: describe(b), object: describe(w.obj), why }, at(b.doc, ['spec']));
        }
      }
      if (blocked) failed++;
    }
    ctx.tally(deployments.length, failed);
  },
});

/** Why a budget allows no eviction of a workload running `pods` pods, or undefined when it allows one. */
function blocking(spec: Record<string, unknown>, pods: number): string | undefined {
  const max = spec['maxUnavailable'];
  const min = spec['minAvailable'];
  if (max === 0 || max === '0%' || max === '0') return "'maxUnavailable: 0'";
  if (min === '100%') return "'minAvailable: 100%'";
  if (typeof min === 'number' && min >= pods) return `'minAvailable: ${min}' with ${pods} pod(s)`;
  return undefined;
}
