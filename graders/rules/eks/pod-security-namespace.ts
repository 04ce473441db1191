// EKS011: every namespaced object goes into a Namespace that the manifests define and label
// 'pod-security.kubernetes.io/enforce: restricted', so Pod Security Admission refuses any pod in it that breaks the
// restricted profile. Objects left without 'metadata.namespace' land in 'default', which no manifest here can
// label or isolate.
import { defineRule } from '../../engine/define.js';
import {
  CLUSTER_SCOPED,
  at,
  describe,
  namespaceOf,
  objects,
  ofKind,
  rec,
  setStart,
  type K8sObject,
} from './model.js';

export const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';

/**
 * Namespaces EKS creates for the cluster's own components: a manifest may add to them (the aws-auth ConfigMap,
 * which EKS013 judges, lives in kube-system), but they are not the application's to define or label.
 */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export default defineRule({
  meta: {
    id: 'EKS011',
    name: 'pod-security-namespace',
    target: 'kubernetes',
    severity: 'error',
    title: "Put the app in a namespace that enforces the 'restricted' Pod Security Standard",
    description:
      "Every namespaced object names its namespace, and that namespace is defined in the manifests with the label 'pod-security.kubernetes.io/enforce: restricted', so Pod Security Admission refuses pods that break the restricted profile.",
    docsUrl: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
    evidence: ['CKV_K8S_21', 'Pod Security Standards: restricted', 'EKS best practices: pod security'],
    messages: {
      noObjects: 'The manifests define no Kubernetes objects. Add the Namespace and the application objects.',
      defaultNamespace:
        "{{object}} has no 'metadata.namespace', so it lands in the 'default' namespace, where no Pod Security label of yours applies. Set 'metadata.namespace' to the application's namespace.",
      undefinedNamespace:
        "{{object}} goes into namespace '{{namespace}}', which no manifest defines, so nothing here labels it for Pod Security Admission (and 'kubectl apply' fails if it does not exist yet). Add a Namespace '{{namespace}}' with the label '{{label}}: restricted'.",
      notEnforced:
        "Namespace '{{namespace}}' does not set the label '{{label}}: restricted' ({{current}}), so Pod Security Admission lets privileged or root pods run in it. Add that label under 'metadata.labels'.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    if (all.length === 0) {
      ctx.report('noObjects', {}, setStart(set));
      return;
    }
    const namespaces = new Map(ofKind(all, 'Namespace').map((n) => [n.name, n]));
    const users = new Map<string, K8sObject[]>();
    for (const o of all) {
      if (CLUSTER_SCOPED.has(o.kind) || o.kind === 'List' || o.kind.endsWith('List')) continue;
      if (SYSTEM_NAMESPACES.has(namespaceOf(o))) continue;
      users.set(namespaceOf(o), [...(users.get(namespaceOf(o)) ?? []), o]);
    }
    let failed = 0;
    for (const [name, objs] of users) {
      if (objs.every((o) => o.namespace === undefined)) {
        failed++;
        for (const o of objs)
          ctx.report('defaultNamespace', { object: describe(o) }, at(o.doc, ['metadata']));
        continue;
      }
      const ns = namespaces.get(name);
      if (!ns) {
        failed++;
        const first = objs.find((o) => o.namespace !== undefined)!;
        ctx.report(
          'undefinedNamespace',
          { object: describe(first), namespace: name, label: ENFORCE_LABEL },
          at(first.doc, ['metadata', 'namespace']),
        );
        continue;
      }
      const labels = rec(rec(ns.value['metadata'])['labels']);
      const level = labels[ENFORCE_LABEL];
      if (level !== 'restricted') {
        failed++;
        ctx.report(
          'notEnforced',
          {
            namespace: name,
            label: ENFORCE_LABEL,
            current: level === undefined ? 'it has no enforce label' : `it enforces '${String(level)}'`,
          },
          at(ns.doc, level === undefined ? ['metadata'] : ['metadata', 'labels', ENFORCE_LABEL]),
        );
      }
    }
    ctx.tally(users.size, failed);
  },
});
