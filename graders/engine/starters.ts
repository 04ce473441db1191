// Starter files: what a learner receives in labs/<id>/ before doing anything. A lab whose graded files are all
// missing or still their starters is "not started" and earns nothing, however many points the starter's own
// content would collect. The grader knows the starters as content hashes recorded at build time
// (graders/starters.generated.ts, written by `npm run docs`), never by reading the default branch: the trusted
// job grades a tree it fetched, and a learner's clone holds the edited files.
import { createHash } from './builtins.js';
import type { FileState } from './load.js';
import type { ItemReport, LabReport } from './report.js';
import type { Finding, Lab, LabFile } from './types.js';
import { isFolderPath, isManifestPath } from './folders.js';
import { Workspace } from './workspace.js';

/** A file of a CDK app, relative to the lab folder: its configuration and its code, not its README. */
export function isCdkAppFile(rel: string): boolean {
  return /^(?:cdk(?:\.context)?\.json|tsconfig\.json|package\.json)$/.test(rel) || /\.[cm]?[jt]s$/.test(rel);
}

/** sha256 (hex) of a file's text as the workspace reader returns it: UTF-8 without BOM, LF line endings. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Whether `text`, read for one of the lab's files, is that file's starter, unchanged. */
export function isStarterText(lab: Lab, spec: LabFile, text: string): boolean {
  if (!lab.starters) return false;
  const hash = contentHash(text);
  return spec.paths.some((p) => lab.starters?.[p] === hash);
}

/** Whether `text`, read from `rel` (a path relative to the lab folder), is the starter file at that path. */
export function isStarterFile(lab: Lab, rel: string, text: string): boolean {
  return lab.starters?.[rel] !== undefined && lab.starters[rel] === contentHash(text);
}

/**
 * The starter hashes of one lab, read from the repository's own labs/<id>/ through the workspace reader (so
 * they are normalised exactly as a learner's files will be): every candidate path of every graded file that
 * exists, by path relative to the lab folder, sorted. What `npm run docs` records.
 */
export function readStarters(root: string, lab: Lab): Record<string, string> {
  const workspace = new Workspace(root);
  const out: Record<string, string> = {};
  const dir = `labs/${lab.id}/`;
  // A manifest folder's starter is each manifest in it, by its own path.
  const inFolders = lab.files
    .filter((f) => f.kind === 'kubernetes')
    .flatMap((f) => f.paths.filter(isFolderPath))
    .flatMap((p) => workspace.walk(`${dir}${p}`).files.filter(isManifestPath))
    .map((p) => p.slice(dir.length));
  // A lab solved in CDK only starts from an app: each of its files, as the synth source compares them.
  const app = lab.files.some((f) => f.cdk === 'only')
    ? workspace
        .walk(dir.slice(0, -1))
        .files.map((p) => p.slice(dir.length))
        .filter(isCdkAppFile)
    : [];
  const paths = [...new Set([...lab.files.flatMap((f) => f.paths), ...inFolders, ...app])].sort();
  for (const p of paths) {
    const rel = `labs/${lab.id}/${p}`;
    if (workspace.stat(rel) !== 'file') continue;
    const read = workspace.read(rel);
    if (!read.ok) throw new Error(`starter file '${rel}' cannot be read: ${read.finding.message}`);
    out[p] = contentHash(read.text);
  }
  return out;
}

/** Adds the recorded starters to each lab; a lab the record does not name is returned as it is. */
export function withStarters(
  labs: readonly Lab[],
  starters: Readonly<Record<string, Readonly<Record<string, string>>>>,
): Lab[] {
  return labs.map((lab) => {
    const s = starters[lab.id];
    return s ? { ...lab, starters: s } : lab;
  });
}

/** The note a not-started lab carries in the report, in place of its items' feedback. */
export function notStartedNote(labId: string, starterFiles: readonly string[]): string {
  const readme = `labs/${labId}/README.md`;
  if (starterFiles.length === 0)
    return `Not started: no lab file is in 'labs/${labId}/' yet. Start with task 1 in '${readme}'.`;
  const quoted = starterFiles.map((f) => `'${f}'`);
  const files = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}` : quoted[0]!;
  const are = starterFiles.length === 1 ? 'is still the starter file' : 'are still the starter files';
  return `Not started: ${files} ${are}, so nothing is graded yet. Start with task 1 in '${readme}'.`;
}

/**
 * The report of a lab that is not started: every item at 0 and not graded, with no findings, because findings
 * on the starter's own gaps would only repeat the tasks. An item whose file is missing says which file to create,
 * as it would in a started lab; the others point to the note.
 */
export function notStartedLab(
  lab: Lab,
  files: ReadonlyMap<string, FileState>,
  notices: readonly Finding[],
): LabReport {
  const starterFiles = [...files.values()].flatMap((f) => (f.state !== 'missing' && f.path ? [f.path] : []));
  const note = notStartedNote(lab.id, starterFiles);
  const items = lab.items.map((item): ItemReport => {
    const st = files.get(item.file);
    const common = {
      id: item.id,
      title: item.title,
      points: item.points,
      docs: item.docsUrl,
      evidence: [...item.evidence],
      earned: 0,
    };
    if (!st || st.state === 'missing') {
      const where = (st?.tried ?? []).map((p) => `'${p}'`).join(' or ');
      const optional = st && !st.spec.required ? ' This file is optional, but this item needs it.' : '';
      return {
        ...common,
        status: 'not-gradable',
        feedback: `Not graded yet: create ${where || `the file '${item.file}'`}.${optional}`,
        findings: [],
      };
    }
    return {
      ...common,
      status: 'skipped',
      feedback: `Not graded yet: '${st.path}' is still the starter file. Start with task 1 in 'labs/${lab.id}/README.md'.`,
      findings: [],
    };
  });
  return {
    id: lab.id,
    title: lab.title,
    score: 0,
    maxScore: items.reduce((s, i) => s + i.points, 0),
    status: 'not-started',
    note,
    notices: [...notices],
    items,
  };
}
