// Helper module (exports no rule): HorizontalPodAutoscalers and the workloads they scale, shared by the replicas
// rule (EKS002), which accepts a Deployment that leaves its replica count to an autoscaler, and the autoscaler rule
// (EKS008).
import { namespaceOf, rec, str, type K8sObject } from './model.js';

/** The autoscalers (any apiVersion) whose `scaleTargetRef` names this workload in its namespace. */
export function hpasFor(hpas: readonly K8sObject[], target: K8sObject): K8sObject[] {
  return hpas.filter((h) => {
    const ref = rec(rec(h.value['spec'])['scaleTargetRef']);
    return (
      namespaceOf(h) === namespaceOf(target) &&
      str(ref['kind']) === target.kind &&
      str(ref['name']) === target.name
    );
  });
}

/** An autoscaler's floor: `minReplicas`, which defaults to 1. */
export function hpaMinReplicas(h: K8sObject): number {
  const min = rec(h.value['spec'])['minReplicas'];
  return typeof min === 'number' ? min : 1;
}
