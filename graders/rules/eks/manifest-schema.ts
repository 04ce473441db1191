// EKS001: every manifest is an object Kubernetes accepts. Each document names an apiVersion and kind, has a name,
// and, for the kinds this lab uses, matches the Kubernetes OpenAPI schema (kubernetes-models). A wrong field type
// or a missing required field makes `kubectl apply` refuse the whole file, so nothing else in it is created.
// Custom resources (Karpenter's NodePool, Gateway API routes) have no schema here and are not findings.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { at, describe, objects, rec, str } from './model.js';
import {
  ALSO_SERVED,
  loadSchemas,
  REMOVED_APIS,
  SERVED_VERSION,
  validateObject,
  type SchemaError,
} from './schemas.js';

/** At most this many schema findings per document: the first few say what is wrong; the rest repeat it. */
const MAX_PER_DOCUMENT = 8;

/** A JSON pointer ('/spec/ports/0/port') as a data path and as text for messages ('spec.ports[0].port'). */
export function pointerPath(pointer: string): { path: DataPath; text: string } {
  const path: (string | number)[] = pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const text = path.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s),
    '',
  );
  return { path, text };
}

const TYPE_WORD: Record<string, string> = {
  integer: 'a whole number',
  number: 'a number',
  string: 'a string',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

/** One sentence fragment for the errors ajv gave at one place ('must be a whole number'). */
function problemOf(errors: readonly SchemaError[]): string {
  const formats = errors.filter((e) => e.keyword === 'format').map((e) => String(e.params['format']));
  if (formats.includes('quantity'))
    return "must be a quantity such as '250m' or '0.5' (CPU) or '512Mi' (memory)";
  const types = [...new Set(errors.filter((e) => e.keyword === 'type').map((e) => String(e.params['type'])))];
  if (types.length > 0) return `must be ${types.map((t) => TYPE_WORD[t] ?? t).join(' or ')}`;
  const en = errors.find((e) => e.keyword === 'enum');
  if (en) {
    const allowed = Array.isArray(en.params['allowedValues']) ? en.params['allowedValues'] : [];
    return `must be one of ${allowed.map((a) => `'${String(a)}'`).join(', ')}`;
  }
  const first = errors.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? errors[0];
  return first?.message ?? 'is not valid';
}

export default defineRule({
  meta: {
    id: 'EKS001',
    name: 'manifest-schema',
    target: 'kubernetes',
    severity: 'error',
    title: 'Write manifests Kubernetes accepts',
    description:
      'Every manifest document names its apiVersion, kind and name, uses an API version the cluster still serves, and, for the kinds this lab uses, matches the Kubernetes schema (kubernetes-models), so kubectl apply creates every object.',
    docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/',
    evidence: ['Kubernetes OpenAPI schema', 'Kubernetes deprecated API migration guide'],
    messages: {
      notObject:
        "Document {{index}} of '{{file}}' is not a mapping, so it is not a Kubernetes object and 'kubectl apply' refuses the file. Write each object as 'apiVersion', 'kind', 'metadata' and 'spec' keys, separated from the next by '---'.",
      noTypeMeta:
        "Document {{index}} of '{{file}}' has no {{missing}}, so Kubernetes cannot tell what object it is and 'kubectl apply' refuses the file. Add, for example, 'apiVersion: apps/v1' and 'kind: Deployment'.",
      noName:
        "{{object}} has no 'metadata.name', so the API server refuses to create it. Give it a name such as 'labs-web'.",
      removedApi:
        "{{object}} uses 'apiVersion: {{apiVersion}}', which Kubernetes removed in {{removedIn}}; every Kubernetes version EKS supports refuses it. Use 'apiVersion: {{use}}' (check the fields that changed with it).",
      wrongVersion:
        "{{object}} uses 'apiVersion: {{apiVersion}}', which serves no {{kind}}. Use 'apiVersion: {{expected}}'.",
      invalid:
        "{{object}} does not match the Kubernetes schema: '{{path}}' {{problem}}. 'kubectl apply' refuses the whole file until it does.",
      missingField:
        "{{object}} does not match the Kubernetes schema: '{{path}}' needs the field '{{field}}'. 'kubectl apply' refuses the whole file until it has it.",
    },
  },
  prepare: loadSchemas,
  check(set, ctx) {
    let checked = 0;
    let failed = 0;
    const typed = new Set(objects(set).map((o) => o.doc));
    for (const doc of set.documents) {
      checked++;
      const v = doc.value;
      if (!typed.has(doc)) {
        failed++;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
          ctx.report('notObject', { index: doc.index + 1, file: doc.file }, at(doc, []));
        } else {
          const r = v as Record<string, unknown>;
          const missing = [
            str(r['apiVersion']) === undefined ? "'apiVersion'" : '',
            str(r['kind']) === undefined ? "'kind'" : '',
          ]
            .filter(Boolean)
            .join(' and ');
          ctx.report('noTypeMeta', { index: doc.index + 1, file: doc.file, missing }, at(doc, []));
        }
      }
    }
    for (const o of objects(set)) {
      const object = describe(o);
      const meta = rec(o.value['metadata']);
      let bad = false;
      // kubectl's List wrapper holds other objects; their own documents are what matter, and it has no name. A
      // kustomization.yaml is kustomize's configuration, read by 'kubectl apply -k', not an API object.
      if (o.kind === 'List' || o.kind.endsWith('List') || o.apiVersion.startsWith('kustomize.config.k8s.io/'))
        continue;
      if (!str(meta['name']) && !str(meta['generateName'])) {
        bad = true;
        ctx.report('noName', { object }, at(o.doc, ['metadata']));
      }
      const removed = REMOVED_APIS[`${o.apiVersion}/${o.kind}`];
      const served = SERVED_VERSION[o.kind];
      if (removed) {
        bad = true;
        ctx.report(
          'removedApi',
          { object, apiVersion: o.apiVersion, removedIn: removed.removedIn, use: removed.use },
          at(o.doc, ['apiVersion']),
        );
      } else if (
        served !== undefined &&
        served !== o.apiVersion &&
        !ALSO_SERVED.has(`${o.apiVersion}/${o.kind}`) &&
        sameGroup(served, o.apiVersion)
      ) {
        bad = true;
        ctx.report(
          'wrongVersion',
          { object, apiVersion: o.apiVersion, kind: o.kind, expected: served },
          at(o.doc, ['apiVersion']),
        );
      }
      const errors = validateObject(o.value);
      if (errors && errors.length > 0) {
        bad = true;
        const groups = new Map<string, SchemaError[]>();
        for (const e of errors) {
          const key =
            e.keyword === 'required'
              ? `${e.instancePath}\u0000${String(e.params['missingProperty'])}`
              : e.instancePath;
          groups.set(key, [...(groups.get(key) ?? []), e]);
        }
        for (const group of [...groups.values()].slice(0, MAX_PER_DOCUMENT)) {
          const first = group[0]!;
          const { path, text } = pointerPath(first.instancePath);
          if (first.keyword === 'required') {
            ctx.report(
              'missingField',
              { object, path: text || '(top level)', field: String(first.params['missingProperty']) },
              at(o.doc, path),
            );
          } else {
            ctx.report(
              'invalid',
              { object, path: text || '(top level)', problem: problemOf(group) },
              at(o.doc, path),
            );
          }
        }
      }
      if (bad) failed++;
    }
    ctx.tally(checked, failed);
  },
});

/** Whether two apiVersions belong to the same API group ('autoscaling/v1' and 'autoscaling/v2'; 'v1' is core). */
function sameGroup(a: string, b: string): boolean {
  const group = (v: string) => (v.includes('/') ? v.slice(0, v.indexOf('/')) : '');
  return group(a) === group(b);
}
