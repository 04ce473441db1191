// Test helper (not a test file): lab 12's reference manifests as one multi-document stream, the second-style
// solution's single file, and its two cluster definitions, so each rule case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';
const SOLUTION_DIR = 'test/fixtures/solutions/labs/12-eks-workload';

/** The reference manifest files, by name. */
export const REF_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  (HAS_SOLUTIONS ? fs.readdirSync(path.join(REPO, SOLUTION_DIR, 'k8s')) : [])
    .sort()
    .map((f) => [f, read(`${SOLUTION_DIR}/k8s/${f}`)]),
);
/** The reference manifests as one stream: namespace and account, Deployment, Service, HPA, PDB, policies. */
export const REF = Object.values(REF_FILES)
  .map((t) => t.trimEnd())
  .join('\n---\n');
/** The second-style solution's one file: IRSA, ports by name, replicas left to the autoscaler. */
export const ALT = read('test/fixtures/alternatives/labs/12-eks-workload/k8s/labs-web.yaml');
/** The reference eksctl ClusterConfig (Auto Mode, Pod Identity). */
export const CLUSTER = read(`${SOLUTION_DIR}/cluster.yaml`);
/** The second-style CloudFormation cluster (managed node group, OIDC provider). */
export const TEMPLATE = read('test/fixtures/alternatives/labs/12-eks-workload/template.yaml');

/** Replaces each `from` (which must occur exactly once) by its `to`. */
export function edit(text: string, ...pairs: [from: string, to: string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    // Without the solutions the reference reads as '' (its tests skip): give '' rather than fail at import.
    if (at < 0 && !HAS_SOLUTIONS) return '';
    if (at < 0) throw new Error(`snippet not found:\n${from}`);
    if (out.indexOf(from, at + 1) >= 0) throw new Error(`snippet occurs more than once:\n${from}`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** Removes every document of the stream that contains `marker` (such as 'kind: PodDisruptionBudget'). */
export function withoutDoc(text: string, marker: string): string {
  const docs = text.split(/^---$/m);
  const kept = docs.filter((d) => !d.includes(marker));
  if (kept.length === docs.length && !HAS_SOLUTIONS) return '';
  if (kept.length === docs.length) throw new Error(`no document contains ${marker}`);
  return kept.join('---');
}

/** The 1-based line of the first occurrence of `snippet` in `text`, for expected finding lines. */
export function lineOf(text: string, snippet: string): number {
  const at = text.indexOf(snippet);
  if (at < 0 && !HAS_SOLUTIONS) return 0;
  if (at < 0) throw new Error(`snippet not found:\n${snippet}`);
  return text.slice(0, at).split('\n').length;
}
