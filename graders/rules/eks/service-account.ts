// EKS012: every Deployment runs its pods under a ServiceAccount of its own, defined in the manifests in the same
// namespace. EKS Pod Identity associations and IRSA annotations both attach an IAM role to a service account, so a
// dedicated one gives the application its AWS permissions and nothing else in the namespace; pods left on 'default'
// share whatever is granted to it. Which identity the account gets is graded with the cluster definition.
import { defineRule } from '../../engine/define.js';
import { at, describe, namespaceOf, objects, ofKind, setStart, str, workloads } from './model.js';

export default defineRule({
  meta: {
    id: 'EKS012',
    name: 'service-account',
    target: 'kubernetes',
    severity: 'error',
    title: 'Run the app under its own ServiceAccount',
    description:
      "Every Deployment sets 'serviceAccountName' to a ServiceAccount other than 'default' that the manifests define in the same namespace, so an IAM role can be given to this application alone.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/identity-and-access-management.html',
    evidence: ['CKV_K8S_41', 'EKS best practices: IAM (dedicated service account per application)'],
    messages: {
      noDeployment:
        "The manifests define no Deployment to give an identity. Add the application's Deployment.",
      defaultAccount:
        "{{object}} {{how}}, so its pods run as the namespace's 'default' ServiceAccount and share any permissions granted to it. Create a ServiceAccount for the application and set 'serviceAccountName' in the pod template.",
      undefinedAccount:
        "{{object}} runs as ServiceAccount '{{account}}', which no manifest defines in namespace '{{namespace}}', so the pods are not created until someone makes it by hand. Add a ServiceAccount '{{account}}' in namespace '{{namespace}}'.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const deployments = workloads(all, ['Deployment']);
    if (deployments.length === 0) {
      ctx.report('noDeployment', {}, setStart(set));
      return;
    }
    const accounts = ofKind(all, 'ServiceAccount');
    let failed = 0;
    for (const w of deployments) {
      // 'serviceAccount' is the deprecated alias of 'serviceAccountName'; Kubernetes still honours it.
      const key = w.podSpec['serviceAccountName'] !== undefined ? 'serviceAccountName' : 'serviceAccount';
      const account = str(w.podSpec[key]);
      if (account === undefined || account === '' || account === 'default') {
        failed++;
        ctx.report(
          'defaultAccount',
          {
            object: describe(w.obj),
            how:
              account === 'default' ? "sets 'serviceAccountName: default'" : "sets no 'serviceAccountName'",
          },
          at(w.obj.doc, account === undefined ? w.podSpecPath : [...w.podSpecPath, key]),
        );
        continue;
      }
      if (!accounts.some((a) => a.name === account && namespaceOf(a) === namespaceOf(w.obj))) {
        failed++;
        ctx.report(
          'undefinedAccount',
          { object: describe(w.obj), account, namespace: namespaceOf(w.obj) },
          at(w.obj.doc, [...w.podSpecPath, key]),
        );
      }
    }
    ctx.tally(deployments.length, failed);
  },
});

/** The ServiceAccounts the Deployments run as, as '<namespace>/<name>', for the workload-identity check. */
export function usedServiceAccounts(
  set: Parameters<typeof objects>[0],
): { namespace: string; name: string }[] {
  const out = new Map<string, { namespace: string; name: string }>();
  for (const w of workloads(set, ['Deployment'])) {
    const name = str(w.podSpec['serviceAccountName']) ?? str(w.podSpec['serviceAccount']);
    if (!name || name === 'default') continue;
    out.set(`${namespaceOf(w.obj)}/${name}`, { namespace: namespaceOf(w.obj), name });
  }
  return [...out.values()];
}
