// EKS007: the application has a Service, and every Service reaches pods: its selector matches the pod template
// labels of a workload in the same namespace (in any manifest file), and each port's targetPort is a port those
// pods' containers declare, by number or by name. A selector with a typo or a targetPort that names the Service's
// own port gives a Service with no endpoints, or endpoints that refuse connections: kubectl accepts both silently.
import { defineRule } from '../../engine/define.js';
import {
  SERVING_KINDS,
  appContainers,
  at,
  describe,
  list,
  namespaceOf,
  objects,
  ofKind,
  portText,
  rec,
  resolvePort,
  selectedWorkloads,
  setStart,
  str,
  workloads,
} from './model.js';

export default defineRule({
  meta: {
    id: 'EKS007',
    name: 'service-selector',
    target: 'kubernetes',
    severity: 'error',
    title: "Select the app's pods and target their port from a Service",
    description:
      "There is a Service, and every Service's selector matches the pod labels of a Deployment in its namespace, and every port's targetPort is a port those containers declare (by number or name), so the Service has endpoints that accept its traffic.",
    docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/',
    evidence: ['Kubernetes Service selector and targetPort', 'EKS best practices: applications'],
    messages: {
      noService:
        "The manifests define no Service, so the pods get no stable name or address and nothing can reach them but their changing pod IPs. Add a Service whose 'selector' repeats the pod template's labels and whose 'targetPort' is the container's port.",
      noSelector:
        "{{object}} has no 'selector', so Kubernetes gives it no endpoints and traffic to it goes nowhere. Add 'selector' with the labels of the pods it serves ({{hint}}).",
      noMatch:
        "{{object}} selects {{selector}}, but no Deployment in namespace '{{namespace}}' has pods with those labels ({{hint}}), so the Service has no endpoints. Make the selector repeat the pod template's labels.",
      badTargetPort:
        "{{object}} sends port {{port}} to targetPort {{target}}, which the containers of {{workload}} do not declare ({{ports}}), so connections are refused. Set 'targetPort' to the container's port number or its name.",
    },
  },
  check(set, ctx) {
    const all = objects(set);
    const services = ofKind(all, 'Service').filter((s) => rec(s.value['spec'])['type'] !== 'ExternalName');
    if (services.length === 0) {
      ctx.report('noService', {}, setStart(set));
      return;
    }
    const serving = workloads(all, SERVING_KINDS);
    const podLabels = serving
      .map((w) => `${describe(w.obj)} in '${namespaceOf(w.obj)}' has ${JSON.stringify(w.podLabels)}`)
      .join('; ');
    const hint = podLabels || 'no Deployment defines pod labels';
    let failed = 0;
    for (const s of services) {
      const spec = rec(s.value['spec']);
      const selector = spec['selector'];
      if (!selector || Object.keys(rec(selector)).length === 0) {
        failed++;
        ctx.report('noSelector', { object: describe(s), hint }, at(s.doc, ['spec']));
        continue;
      }
      const selected = selectedWorkloads(serving, namespaceOf(s), selector, true);
      if (selected.length === 0) {
        failed++;
        ctx.report(
          'noMatch',
          { object: describe(s), selector: JSON.stringify(selector), namespace: namespaceOf(s), hint },
          at(s.doc, ['spec', 'selector']),
        );
        continue;
      }
      let bad = false;
      list(spec['ports']).forEach((p, i) => {
        const port = rec(p);
        const target = port['targetPort'] ?? port['port'];
        for (const w of selected) {
          if (appContainers(w).some((c) => resolvePort(c, target) !== undefined)) continue;
          bad = true;
          const ports = appContainers(w)
            .flatMap((c) =>
              list(c.value['ports']).map((cp) => {
                const r = rec(cp);
                return str(r['name'])
                  ? `${String(r['containerPort'])} ('${String(r['name'])}')`
                  : String(r['containerPort']);
              }),
            )
            .join(', ');
          ctx.report(
            'badTargetPort',
            {
              object: describe(s),
              port: portText(port['port']),
              target: portText(target),
              workload: describe(w.obj),
              ports: ports || 'none declared',
            },
            at(s.doc, ['spec', 'ports', i, port['targetPort'] === undefined ? 'port' : 'targetPort']),
          );
        }
      });
      if (bad) failed++;
    }
    ctx.tally(services.length, failed);
  },
});
