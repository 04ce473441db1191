// Helper module (exports no rule): the Kubernetes schemas the manifest-schema rule (EKS001) validates against, from
// kubernetes-models (Kubernetes 1.36 OpenAPI schemas, compiled to ajv validators ahead of time). Only the kinds the
// lab asks for are imported, since each model pulls in its whole schema tree: a model costs about 30 ms to import
// from node_modules and the set below about 45 ms once bundled (measured with Node 20 and 24). Rules run
// synchronously, so the rule declares `prepare: loadSchemas` and the engine awaits it before grading manifests.
/** One ajv error (ajv 8's ErrorObject, the fields used here): `instancePath` is a JSON pointer into the document. */
export interface SchemaError {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** What validating a manifest against its schema found. */
export type SchemaErrors = readonly SchemaError[];

interface ModelClass {
  new (data: Record<string, unknown>): { validate(): void };
}

/**
 * The schema-checked kinds, by `apiVersion/kind`, each with its model's module. The modules are imported by
 * `loadSchemas`, which the engine awaits (through EKS001's `prepare`) only when a run grades Kubernetes manifests,
 * so a run that does not pays nothing for them.
 */
const MODEL_MODULES: ReadonlyMap<string, () => Promise<object>> = new Map<string, () => Promise<object>>([
  ['v1/Namespace', () => import('kubernetes-models/v1/Namespace')],
  ['v1/ServiceAccount', () => import('kubernetes-models/v1/ServiceAccount')],
  ['v1/ConfigMap', () => import('kubernetes-models/v1/ConfigMap')],
  ['v1/Service', () => import('kubernetes-models/v1/Service')],
  ['apps/v1/Deployment', () => import('kubernetes-models/apps/v1/Deployment')],
  [
    'autoscaling/v2/HorizontalPodAutoscaler',
    () => import('kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler'),
  ],
  ['policy/v1/PodDisruptionBudget', () => import('kubernetes-models/policy/v1/PodDisruptionBudget')],
  [
    'networking.k8s.io/v1/NetworkPolicy',
    () => import('kubernetes-models/networking.k8s.io/v1/NetworkPolicy'),
  ],
]);

/** The loaded models, by `apiVersion/kind`; empty until `loadSchemas` resolves. */
const MODELS = new Map<string, ModelClass>();
let loading: Promise<void> | undefined;

/** Imports every model once; later calls return the same promise. */
export function loadSchemas(): Promise<void> {
  loading ??= Promise.all(
    [...MODEL_MODULES].map(async ([key, load]) => {
      const kind = key.slice(key.lastIndexOf('/') + 1);
      MODELS.set(key, (await load())[kind as keyof object] as ModelClass);
    }),
  ).then(() => undefined);
  return loading;
}

/** The apiVersion each schema-checked kind is served at, for a message when a manifest names another. */
export const SERVED_VERSION: Readonly<Record<string, string>> = Object.fromEntries(
  [...MODEL_MODULES.keys()].map((k) => {
    const i = k.lastIndexOf('/');
    return [k.slice(i + 1), k.slice(0, i)];
  }),
);

/**
 * API versions Kubernetes has removed, for the kinds of this lab and their usual neighbours, with the release that
 * removed each and its replacement (Kubernetes deprecated API migration guide,
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
export const REMOVED_APIS: Readonly<Record<string, { removedIn: string; use: string }>> = {
  'extensions/v1beta1/Deployment': { removedIn: '1.16', use: 'apps/v1' },
  'apps/v1beta1/Deployment': { removedIn: '1.16', use: 'apps/v1' },
  'apps/v1beta2/Deployment': { removedIn: '1.16', use: 'apps/v1' },
  'extensions/v1beta1/DaemonSet': { removedIn: '1.16', use: 'apps/v1' },
  'apps/v1beta2/DaemonSet': { removedIn: '1.16', use: 'apps/v1' },
  'apps/v1beta1/StatefulSet': { removedIn: '1.16', use: 'apps/v1' },
  'apps/v1beta2/StatefulSet': { removedIn: '1.16', use: 'apps/v1' },
  'extensions/v1beta1/ReplicaSet': { removedIn: '1.16', use: 'apps/v1' },
  'extensions/v1beta1/NetworkPolicy': { removedIn: '1.16', use: 'networking.k8s.io/v1' },
  'extensions/v1beta1/Ingress': { removedIn: '1.22', use: 'networking.k8s.io/v1' },
  'networking.k8s.io/v1beta1/Ingress': { removedIn: '1.22', use: 'networking.k8s.io/v1' },
  'policy/v1beta1/PodDisruptionBudget': { removedIn: '1.25', use: 'policy/v1' },
  'batch/v1beta1/CronJob': { removedIn: '1.25', use: 'batch/v1' },
  'autoscaling/v2beta1/HorizontalPodAutoscaler': { removedIn: '1.25', use: 'autoscaling/v2' },
  'autoscaling/v2beta2/HorizontalPodAutoscaler': { removedIn: '1.26', use: 'autoscaling/v2' },
};

/**
 * Other API versions the cluster still serves for a schema-checked kind: valid, but not checked here (the
 * autoscaler rule asks for autoscaling/v2 on its own terms).
 */
export const ALSO_SERVED: ReadonlySet<string> = new Set(['autoscaling/v1/HorizontalPodAutoscaler']);

/** Whether the object's apiVersion and kind have a schema here. */
export function hasSchema(apiVersion: string, kind: string): boolean {
  return MODEL_MODULES.has(`${apiVersion}/${kind}`);
}

/**
 * Validates one object against its schema: the errors, none when it is valid, or undefined when its apiVersion
 * and kind have no schema here (custom resources such as Karpenter's NodePool, kinds this lab does not use).
 */
export function validateObject(value: Record<string, unknown>): SchemaErrors | undefined {
  const key = `${String(value['apiVersion'])}/${String(value['kind'])}`;
  if (!MODEL_MODULES.has(key)) return undefined;
  const model = MODELS.get(key);
  // The engine awaits EKS001's prepare before running it; reaching this is the grader's fault, never the learner's.
  if (!model)
    throw new Error('the Kubernetes schemas were not loaded: await loadSchemas() before validating');
  try {
    new model(value).validate();
    return [];
  } catch (e) {
    const errors = (e as { errors?: unknown }).errors;
    if (Array.isArray(errors)) return errors as SchemaError[];
    throw e;
  }
}
