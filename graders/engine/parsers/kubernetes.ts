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

// Combining files needs no YAML parser, so it lives with the folder helpers; re-exported for the rules' tests.
export { manifestSet } from '../folders.js';
