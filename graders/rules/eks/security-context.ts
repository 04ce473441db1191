// EKS005: every container runs as a non-root user, with a read-only root filesystem, no privilege escalation,
// every Linux capability dropped and the runtime's default seccomp profile: the container settings the Pod Security
// Standards' 'restricted' profile asks for (and a namespace that enforces it refuses pods without). 'runAsNonRoot'
// and 'seccompProfile' may be set once on the pod ('spec.securityContext') for all its containers; the others
// exist only on the container, so each container sets them. A privileged container, or one that adds capabilities
// other than NET_BIND_SERVICE, undoes the rest.
import { defineRule } from '../../engine/define.js';
import { at, describe, list, rec, setStart, workloads } from './model.js';

export default defineRule({
  meta: {
    id: 'EKS005',
    name: 'security-context',
    target: 'kubernetes',
    severity: 'error',
    title: 'Run containers as non-root, read-only, without privilege escalation or capabilities',
    description:
      "Every container runs with 'runAsNonRoot: true' and a RuntimeDefault or Localhost 'seccompProfile' (its own or the pod's), 'readOnlyRootFilesystem: true', 'allowPrivilegeEscalation: false' and 'capabilities.drop: [ALL]', and is neither privileged nor adds capabilities beyond NET_BIND_SERVICE, as the Pod Security Standards' restricted profile requires.",
    docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html',
    evidence: [
      'CKV_K8S_20',
      'CKV_K8S_22',
      'CKV_K8S_23',
      'CKV_K8S_28',
      'CKV_K8S_37',
      'CKV_K8S_16',
      'CKV_K8S_31',
      'Pod Security Standards: restricted',
    ],
    messages: {
      noWorkload:
        "The manifests define no workload, so there is no container to harden. Add the application's Deployment.",
      missing:
        "Container '{{container}}' of {{object}} does not set {{missing}}. Each one removes a way for a compromised process to take over the node or persist: set them in the container's 'securityContext' ('runAsNonRoot' and 'seccompProfile' may instead be set in the pod's 'spec.securityContext'). A namespace that enforces the restricted profile refuses the pod until they are set.",
      privileged:
        "Container '{{container}}' of {{object}} runs privileged, with every capability and device of the node; a process that escapes it owns the node. Remove 'privileged: true'.",
      addsCapabilities:
        "Container '{{container}}' of {{object}} adds the capabilities {{added}}; the restricted profile allows only 'NET_BIND_SERVICE'. Remove them, and listen on a port above 1024 instead of binding a low one.",
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
    for (const w of all) {
      const podSc = rec(w.podSpec['securityContext']);
      for (const c of w.containers) {
        checked++;
        const sc = rec(c.value['securityContext']);
        const caps = rec(sc['capabilities']);
        const where = at(
          w.obj.doc,
          c.value['securityContext'] === undefined ? c.path : [...c.path, 'securityContext'],
        );
        const base = { container: c.name, object: describe(w.obj) };
        const nonRoot =
          sc['runAsNonRoot'] === true || (sc['runAsNonRoot'] === undefined && podSc['runAsNonRoot'] === true);
        const runsAsRoot =
          sc['runAsUser'] === 0 || (sc['runAsUser'] === undefined && podSc['runAsUser'] === 0);
        const missing = [
          nonRoot && !runsAsRoot ? '' : "'runAsNonRoot: true'",
          sc['readOnlyRootFilesystem'] === true ? '' : "'readOnlyRootFilesystem: true'",
          sc['allowPrivilegeEscalation'] === false ? '' : "'allowPrivilegeEscalation: false'",
          list(caps['drop']).includes('ALL') ? '' : "'capabilities: { drop: [ALL] }'",
          seccomp(sc, podSc) ? '' : "'seccompProfile: { type: RuntimeDefault }'",
        ].filter(Boolean);
        let bad = false;
        if (missing.length > 0) {
          bad = true;
          ctx.report(
            'missing',
            { ...base, missing: missing.join(', ').replace(/, ([^,]*)$/, ' or $1') },
            where,
          );
        }
        if (sc['privileged'] === true) {
          bad = true;
          ctx.report('privileged', base, at(w.obj.doc, [...c.path, 'securityContext', 'privileged']));
        }
        const added = list(caps['add'])
          .map(String)
          .filter((a) => a !== 'NET_BIND_SERVICE');
        if (added.length > 0) {
          bad = true;
          ctx.report(
            'addsCapabilities',
            { ...base, added: added.map((a) => `'${a}'`).join(', ') },
            at(w.obj.doc, [...c.path, 'securityContext', 'capabilities', 'add']),
          );
        }
        if (bad) failed++;
      }
    }
    ctx.tally(checked, failed);
  },
});

/** Whether the container runs under the runtime's default (or a node-local) seccomp profile, its own or the pod's. */
function seccomp(sc: Record<string, unknown>, podSc: Record<string, unknown>): boolean {
  const own = rec(sc['seccompProfile'])['type'];
  const type = own ?? rec(podSc['seccompProfile'])['type'];
  return type === 'RuntimeDefault' || type === 'Localhost';
}
