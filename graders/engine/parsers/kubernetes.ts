// Kubernetes manifests: a multi-document YAML stream; empty documents (a trailing `---`) are dropped.
import type { KubernetesDoc } from '../types.js';
import type { ParseResult } from './findings.js';
import { parseYamlStream } from './yaml.js';

export function parseKubernetes(file: string, text: string): ParseResult<KubernetesDoc> {
  const r = parseYamlStream(file, text);
  if (!r.ok) return r;
  const documents = r.doc.filter((d) => d.value !== null && d.value !== undefined);
  return { ok: true, doc: { kind: 'kubernetes', file, text, documents } };
}
