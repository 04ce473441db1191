// EKS010: a NetworkPolicy in the Deployment's namespace selects its pods, so they accept only the traffic a policy
// allows. Kubernetes lets every pod reach every other pod until some policy selects it; a default-deny policy
// ('podSelector: {}') plus a policy that allows the application's own traffic is the pattern the EKS best practices
// guide recommends. A policy whose only ingress rule is '{}' allows everything and isolates nothing.
import { defineRule } from '../../engine/define.js';
import {
  at,
  describe,
  list,
  namespaceOf,
  objects,
  ofKind,
  rec,
  selects,
  setStart,
  workloads,
} from './model.js';

export default defineRule({
  meta: {
    id: 'EKS010',
    name: 'network-policy',
    target: 'kubernetes',
    severity: 'error',
    title: "Isolate the app's pods with a NetworkPolicy",
    description:
      "Every Deployment's pods are selected by a NetworkPolicy in their namespace (a default-deny 'podSelector: {}' counts) that restricts ingress, so only the traffic a policy allows reaches them.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html',
    evidence: ['EKS best practices: network security (default deny)', 'Kubernetes NetworkPolicy'],
    messages: {
      noDeployment:
        "The manifests define no Deployment whose pods a policy could isolate. Add the application's Deployment.",
      unselected:
        'No NetworkPolicy in namespace \'{{namespace}}\' selects the pods of {{object}}, so any pod in the cluster can connect to them. Add a default-deny policy ("podSelector: {}", "policyTypes: [Ingress]") and a policy that allows the traffic the application needs.',
      allowsAll:
        "{{policy}} selects the pods of {{object}} but its ingress rule '{}' allows traffic from everywhere, so it isolates nothing. Name the allowed sources in 'from' (a podSelector, namespaceSelector or ipBlock) and the port in 'ports'.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const deployments = workloads(all, ['Deployment']);
    if (deployments.length === 0) {
      ctx.report('noDeployment', {}, setStart(set));
      return;
    }
    const policies = ofKind(all, 'NetworkPolicy');
    let failed = 0;
    for (const w of deployments) {
      const mine = policies.filter(
        (p) =>
          namespaceOf(p) === namespaceOf(w.obj) && selects(rec(p.value['spec'])['podSelector'], w.podLabels),
      );
      if (mine.some((p) => restrictsIngress(rec(p.value['spec'])))) continue;
      failed++;
      const open = mine.filter((p) => coversIngress(rec(p.value['spec'])));
      if (open.length === 0)
        ctx.report(
          'unselected',
          { namespace: namespaceOf(w.obj), object: describe(w.obj) },
          at(w.obj.doc, ['spec', 'template', 'metadata', 'labels']),
        );
      else
        for (const p of mine)
          ctx.report(
            'allowsAll',
            { policy: describe(p), object: describe(w.obj) },
            at(p.doc, ['spec', 'ingress']),
          );
    }
    ctx.tally(deployments.length, failed);
  },
});

/** Whether a policy applies to ingress: named in 'policyTypes', or implied when 'policyTypes' is left out. */
function coversIngress(spec: Record<string, unknown>): boolean {
  const types = spec['policyTypes'];
  return !Array.isArray(types) || types.includes('Ingress');
}

/**
 * Whether a policy isolates its pods for ingress without letting everything back in: it covers Ingress (named in
 * 'policyTypes', or implied when 'policyTypes' is left out) and no ingress rule is empty (an empty rule matches
 * every source on every port).
 */
function restrictsIngress(spec: Record<string, unknown>): boolean {
  if (!coversIngress(spec)) return false;
  return !list(spec['ingress']).some((r) => {
    const rule = rec(r);
    return list(rule['from']).length === 0 && list(rule['ports']).length === 0;
  });
}
