// Lab files that are folders: a `LabFile` path ending in `/` names a folder whose files are read as one document
// (a folder of Kubernetes manifests, a folder of parameter files). Kept apart from the parsers so the loader and
// the starter hashes can tell a folder's files without loading a YAML library.
import type { KubernetesDoc } from './types.js';

/** A lab file path naming a folder (`k8s/`) rather than a file. */
export function isFolderPath(p: string): boolean {
  return p.endsWith('/');
}

/** Whether a path names a manifest file: the extensions `kubectl apply -f <folder>` reads (JSON is YAML too). */
export function isManifestPath(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file);
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
