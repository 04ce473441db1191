// Helper module (exports no rule): the cross-document model the EKS rules share. A manifest set (KubernetesDoc)
// holds every document of every manifest file; this module reads them as Kubernetes objects, finds the workloads
// and their pod templates, and answers the questions that span documents and files: which pods a label selector
// selects, which container port a Service targets, which namespace an object lands in. Every answer keeps the
// document it came from, so a finding points at the file and line the learner must change.
import { isRecord } from '../../engine/parsers/record.js';
import type { DataPath, FilePosition, KubernetesDoc, YamlDoc } from '../../engine/types.js';

/** One Kubernetes object: a document with `apiVersion`, `kind` and `metadata.name`. */
export interface K8sObject {
  doc: YamlDoc;
  apiVersion: string;
  kind: string;
  /** `metadata.name`; '' when missing (schema validation reports that). */
  name: string;
  /** `metadata.namespace` as written; undefined when left out. */
  namespace: string | undefined;
  value: Record<string, unknown>;
}

/** The namespace an object without `metadata.namespace` is created in by `kubectl apply` with no `-n`. */
export const DEFAULT_NAMESPACE = 'default';

/** Where a finding on a document points: its own file, at a data path inside it. */
export function at(doc: YamlDoc, path: DataPath): FilePosition {
  return { file: doc.file, ...doc.locate(path) };
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function rec(v: unknown): Record<string, unknown> {
  return isRecord(v) ? v : {};
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Every document that is a Kubernetes object, in set order (file, then document). */
export function objects(set: KubernetesDoc): K8sObject[] {
  const out: K8sObject[] = [];
  for (const doc of set.documents) {
    const v = doc.value;
    if (!isRecord(v)) continue;
    const apiVersion = str(v['apiVersion']);
    const kind = str(v['kind']);
    if (apiVersion === undefined || kind === undefined) continue;
    const meta = rec(v['metadata']);
    out.push({
      doc,
      apiVersion,
      kind,
      name: str(meta['name']) ?? '',
      namespace: str(meta['namespace']),
      value: v,
    });
  }
  return out;
}

export function ofKind(set: KubernetesDoc | K8sObject[], ...kinds: string[]): K8sObject[] {
  return (Array.isArray(set) ? set : objects(set)).filter((o) => kinds.includes(o.kind));
}

/** The namespace an object is created in: its own, else 'default'. */
export function namespaceOf(o: K8sObject): string {
  return o.namespace ?? DEFAULT_NAMESPACE;
}

/** Kinds that are not namespaced, so their `metadata.namespace` is ignored and they need no Namespace. */
export const CLUSTER_SCOPED = new Set([
  'Namespace',
  'ClusterRole',
  'ClusterRoleBinding',
  'CustomResourceDefinition',
  'PersistentVolume',
  'StorageClass',
  'PriorityClass',
  'IngressClass',
  'RuntimeClass',
  'ValidatingWebhookConfiguration',
  'MutatingWebhookConfiguration',
  'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding',
  'APIService',
  'Node',
  'NodePool',
  'NodeClass',
  'EC2NodeClass',
  'GatewayClass',
  'ClusterIssuer',
]);

// ---------------------------------------------------------------------------------------------------------------
// Workloads and their pods.

/** Where each workload kind keeps its pod template's spec and labels. */
const POD_TEMPLATE: Record<string, DataPath> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
};

/** Workloads that run until stopped and serve traffic: the ones that need probes and several replicas. */
export const SERVING_KINDS = [
  'Deployment',
  'StatefulSet',
  'DaemonSet',
  'ReplicaSet',
  'ReplicationController',
];

export interface Container {
  value: Record<string, unknown>;
  name: string;
  /** Data path of the container inside its document. */
  path: DataPath;
  init: boolean;
}

export interface Workload {
  obj: K8sObject;
  /** Data path of the pod spec inside the document. */
  podSpecPath: DataPath;
  podSpec: Record<string, unknown>;
  /** The pod template's labels (a bare Pod's own labels). */
  podLabels: Record<string, string>;
  /** App containers, then init containers. */
  containers: Container[];
}

function get(v: unknown, path: DataPath): unknown {
  let cur = v;
  for (const k of path) {
    if (Array.isArray(cur) && typeof k === 'number') cur = cur[k];
    else if (isRecord(cur) && typeof k === 'string') cur = cur[k];
    else return undefined;
  }
  return cur;
}

function stringMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, x] of Object.entries(rec(v))) if (typeof x === 'string') out[k] = x;
  return out;
}

/** Every object that runs pods (workload controllers and bare Pods), with its pod spec and containers. */
export function workloads(set: KubernetesDoc | K8sObject[], kinds?: readonly string[]): Workload[] {
  const out: Workload[] = [];
  for (const obj of Array.isArray(set) ? set : objects(set)) {
    if (kinds && !kinds.includes(obj.kind)) continue;
    let template: DataPath;
    let specPath: DataPath;
    if (obj.kind === 'Pod') {
      template = [];
      specPath = ['spec'];
    } else {
      const t = POD_TEMPLATE[obj.kind];
      if (!t) continue;
      template = t;
      specPath = [...t, 'spec'];
    }
    const podSpec = rec(get(obj.value, specPath));
    const containers: Container[] = [];
    for (const key of ['containers', 'initContainers'] as const) {
      list(podSpec[key]).forEach((c, i) => {
        if (!isRecord(c)) return;
        containers.push({
          value: c,
          name: str(c['name']) ?? `#${i + 1}`,
          path: [...specPath, key, i],
          init: key === 'initContainers',
        });
      });
    }
    out.push({
      obj,
      podSpecPath: specPath,
      podSpec,
      podLabels: stringMap(get(obj.value, [...template, 'metadata', 'labels'])),
      containers,
    });
  }
  return out;
}

/** App containers only: init containers run to completion before the pod serves, so probes do not apply. */
export function appContainers(w: Workload): Container[] {
  return w.containers.filter((c) => !c.init);
}

/** "Deployment 'web'", for messages. */
export function describe(o: K8sObject): string {
  return `${o.kind} '${o.name || '(no name)'}'`;
}

// ---------------------------------------------------------------------------------------------------------------
// Label selectors.

/**
 * Whether a selector selects pods with these labels. `selector` is a LabelSelector (`matchLabels`,
 * `matchExpressions`), or for Services and ReplicationControllers a plain map. An empty LabelSelector selects every
 * pod (a NetworkPolicy's `podSelector: {}`); a missing or malformed one selects nothing. `plain` marks a Service's
 * map selector, for which an empty map selects nothing either (the Service then gets no endpoints).
 */
export function selects(selector: unknown, labels: Readonly<Record<string, string>>, plain = false): boolean {
  if (!isRecord(selector)) return false;
  if (plain) {
    const entries = Object.entries(selector);
    return entries.length > 0 && entries.every(([k, v]) => labels[k] === String(v));
  }
  const matchLabels = selector['matchLabels'];
  const exprs = selector['matchExpressions'];
  if (matchLabels !== undefined && !isRecord(matchLabels)) return false;
  if (exprs !== undefined && !Array.isArray(exprs)) return false;
  for (const [k, v] of Object.entries(rec(matchLabels))) if (labels[k] !== String(v)) return false;
  for (const e of list(exprs)) {
    if (!isRecord(e)) return false;
    const key = str(e['key']);
    const values = list(e['values']).map(String);
    if (key === undefined) return false;
    const has = Object.hasOwn(labels, key);
    switch (e['operator']) {
      case 'In':
        if (!has || !values.includes(labels[key]!)) return false;
        break;
      case 'NotIn':
        if (has && values.includes(labels[key]!)) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/** The serving workloads in `namespace` whose pods `selector` selects. */
export function selectedWorkloads(
  all: readonly Workload[],
  namespace: string,
  selector: unknown,
  plain = false,
): Workload[] {
  return all.filter((w) => namespaceOf(w.obj) === namespace && selects(selector, w.podLabels, plain));
}

// ---------------------------------------------------------------------------------------------------------------
// Ports.

/** A container port a Service or probe may name: by number, or by the port's `name`. */
export function containerPorts(c: Container): { number: number; name: string | undefined }[] {
  return list(c.value['ports'])
    .filter(isRecord)
    .flatMap((p) =>
      typeof p['containerPort'] === 'number' ? [{ number: p['containerPort'], name: str(p['name']) }] : [],
    );
}

/**
 * The container port `ref` names (a number, a numeric string or a port name), or undefined. A number need not be
 * declared in `ports` to reach the container, but a port the container does not declare is almost always a typo, so
 * only declared ports count.
 */
export function resolvePort(c: Container, ref: unknown): number | undefined {
  const ports = containerPorts(c);
  if (typeof ref === 'number') return ports.some((p) => p.number === ref) ? ref : undefined;
  if (typeof ref === 'string') {
    if (/^\d+$/.test(ref)) return resolvePort(c, Number(ref));
    return ports.find((p) => p.name === ref)?.number;
  }
  return undefined;
}

/** A human form of a port reference for messages: 8080 or 'http'. */
export function portText(ref: unknown): string {
  return typeof ref === 'number' ? String(ref) : typeof ref === 'string' ? `'${ref}'` : 'none';
}

/** Where a finding about the set as a whole points: its first document, else its first file. */
export function setStart(set: KubernetesDoc): FilePosition {
  const first = set.documents[0];
  return first ? at(first, []) : { file: set.files[0] ?? set.file, line: 1, column: 1 };
}
