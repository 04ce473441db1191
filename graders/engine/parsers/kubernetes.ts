// Kubernetes manifests: a multi-document YAML stream; empty documents (a trailing `---`) are dropped. A lab reads
// a folder of them as one set (`manifestSet`), so a Service in one file can select the pods of a Deployment in
// another.
import type { KubernetesDoc } from '../types.js';
import type { ParseResult } from './findings.js';
import { parseYamlStream } from './yaml.js';

export function parseKubernetes(file: string, text: string): ParseResult<KubernetesDoc> {
  const r = parseYamlStream(file, text);
  if (!r.ok) return r;
  const documents = r.doc.filter((d) => d.value !== null && d.value !== undefined);
  return { ok: true, doc: { kind: 'kubernetes', file, text, documents, files: [file] } };
}

/** Several parsed manifest files as one set, in path order: what a rule sees of a manifest folder. */
export function manifestSet(dir: string, parts: readonly KubernetesDoc[]): KubernetesDoc {
  const sorted = [...parts].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return {
    kind: 'kubernetes',
    file: dir,
    text: '',
    documents: sorted.flatMap((p) => p.documents),
    files: sorted.flatMap((p) => p.files),
  };
}
