// The loader: the one place a submission's lab files are found, read and parsed. Grading, the sandbox and the
// trusted regrade all work from what it returns, so no caller reads the disk a second time or with other
// rules. Where a file's text comes from is a source: the workspace today; a CDK synth or an artifact carrying
// a synthesized template later. Whatever the source, the text is parsed here, by the same parsers, so a
// template is graded the same way however it arrived.
import {
  cacheKey,
  isCachedYaml,
  restoreKubernetes,
  restoreTemplate,
  restoreYaml,
  snapshotTemplate,
  snapshotYaml,
  type ParseCache,
} from './parse-cache.js';
import type { ParseResult } from './parsers/findings.js';
import { fileSet } from './parsers/file-set.js';
import { parseText } from './parsers/text.js';
import { isRecord } from './parsers/record.js';
import type { Finding } from './report.js';
import { isFolderPath, isManifestPath, manifestSet } from './folders.js';
import { JournalingWorkspace, type JournalEntry } from './result-cache.js';
import { isStarterFile, isStarterText } from './starters.js';
import type { SynthInfo } from './cdk/assembly.js';
import type {
  CfnTemplateDoc,
  FileKind,
  FileSetDoc,
  KubernetesDoc,
  Lab,
  LabFile,
  ParsedDoc,
  TextDoc,
} from './types.js';
import { Workspace, type ReadResult } from './workspace.js';

/** Where a lab's files are, relative to the submission root. */
export function labDir(labId: string): string {
  return `labs/${labId}`;
}

/** What became of one lab file. */
export type FileState =
  /** No source had it; `tried` lists the submission-relative paths looked at. */
  | { state: 'missing'; spec: LabFile; tried: string[] }
  /** Found, but its bytes could not be read as text (a link out of the tree, too large, binary, UTF-16). */
  | { state: 'unreadable'; spec: LabFile; path: string; findings: Finding[] }
  /**
   * Read, but not valid for its kind (a YAML syntax error, a template without Resources). `starter`: the text is
   * the lab's starter file, unchanged (see `Lab.starters`).
   */
  | {
      state: 'invalid';
      spec: LabFile;
      path: string;
      findings: Finding[];
      starter: boolean;
      synth?: SynthInfo;
    }
  | { state: 'parsed'; spec: LabFile; path: string; doc: ParsedDoc; starter: boolean; synth?: SynthInfo };

export interface LoadedLab {
  lab: Lab;
  /** By lab file id, in the lab's file order. */
  files: ReadonlyMap<string, FileState>;
  /** Lab-level findings: unreadable files, ignored cfn-lint configuration, suppression attempts. */
  notices: Finding[];
  /**
   * Whether the learner has done any work: some lab file is present and differs from its starter (an unreadable
   * file counts as changed, since every starter reads). A lab whose files are all missing or untouched starters
   * is "not started" and earns nothing.
   */
  started: boolean;
  /** Every call loading made to the workspace reader, when the caller asked (`LoadOptions.journal`). */
  journal?: JournalEntry[];
}

export interface LoadedSubmission {
  root: string;
  labs: LoadedLab[];
}

/**
 * What a source found for one lab file: the text it read (or why it could not), or the paths it tried. A CDK synth
 * adds what maps the template back to the app (`synth`), or says the app is the untouched starter (`starterApp`,
 * the path to name), which is not run at all.
 */
export type SourceResult =
  | { found: true; read: ReadResult; synth?: SynthInfo }
  | { found: true; starterApp: string }
  | { found: false; tried: string[] };

export interface FileSourceRequest {
  workspace: Workspace;
  lab: Lab;
  spec: LabFile;
}

/**
 * One way to obtain a lab file's text. Sources are asked in order; the first that finds the file wins. A
 * source may be asynchronous (a CDK synth runs a process), and must never throw for anything a learner
 * can put in a submission: a failure is a `found: true` with an unreadable `ReadResult`.
 */
export interface FileSource {
  /** Short name, for logs: `workspace`, `cdk-synth`, `artifact`. */
  readonly name: string;
  /**
   * What it gives depends on nothing but what it reads through the request's workspace (the result cache replays
   * those reads to tell whether a lab is unchanged). A CDK synth is not: it runs the app with its dependencies.
   */
  readonly journaled?: boolean;
  /** Called once per submission before any load, so slow sources (a synth) can start every lab's work at once. */
  prepare?(workspace: Workspace, labs: readonly Lab[]): void;
  load(request: FileSourceRequest): SourceResult | Promise<SourceResult>;
}

/**
 * The lab folder in the submission: the first of the file's candidate paths that exists wins, except that an
 * untouched starter gives way to a later candidate the learner wrote. A learner who prefers JSON writes
 * `template.json` beside the starter `template.yaml`; that is work in another valid style, and it is graded.
 */
export const workspaceSource: FileSource = {
  name: 'workspace',
  journaled: true,
  load({ workspace, lab, spec }) {
    // A lab solved in CDK only never reads a hand-written template: the synth source supplies it, or nothing does.
    if (spec.cdk === 'only') return { found: false, tried: [`${labDir(lab.id)}/cdk.json`] };
    const tried = spec.paths.map((p) => `${labDir(lab.id)}/${p}`);
    const existing = tried.filter((p) => workspace.stat(p) !== 'missing');
    if (existing.length === 0) return { found: false, tried };
    for (const p of existing) {
      const read = workspace.read(p);
      if (!read.ok || !isStarterText(lab, spec, read.text)) return { found: true, read };
    }
    // Every candidate present is an untouched starter: the lab is not started, and the first is the one named.
    return { found: true, read: workspace.read(existing[0]!) };
  },
};

export interface LoadOptions {
  maxFileBytes?: number;
  /** Parsed templates by content hash (see parse-cache.ts); none by default. */
  parseCache?: ParseCache;
  /** Note each lab's calls to the workspace reader in its `journal`, for the result cache (result-cache.ts). */
  journal?: boolean;
}

export async function loadSubmission(
  root: string,
  labs: readonly Lab[],
  sources: readonly FileSource[] = [workspaceSource],
  options: LoadOptions = {},
): Promise<LoadedSubmission> {
  const workspace = new Workspace(
    root,
    options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes },
  );
  for (const source of sources) source.prepare?.(workspace, labs);
  const loaded: LoadedLab[] = [];
  for (const lab of labs) {
    if (!options.journal) {
      loaded.push(await loadLab(workspace, lab, sources, options.parseCache));
      continue;
    }
    const journaling = new JournalingWorkspace(workspace);
    const l = await loadLab(journaling, lab, sources, options.parseCache);
    loaded.push({ ...l, journal: journaling.journal });
  }
  return { root: workspace.root, labs: loaded };
}

async function loadLab(
  workspace: Workspace,
  lab: Lab,
  sources: readonly FileSource[],
  cache: ParseCache | undefined,
): Promise<LoadedLab> {
  const dir = labDir(lab.id);
  const files = new Map<string, FileState>();
  const notices: Finding[] = [];
  let started = false;
  for (const spec of lab.files) {
    const st = await loadFile(workspace, lab, spec, sources, cache);
    files.set(spec.id, st);
    if (st.state === 'unreadable' || ((st.state === 'parsed' || st.state === 'invalid') && !st.starter))
      started = true;
    if (st.state === 'unreadable' || st.state === 'invalid') notices.push(...st.findings);
    if ((st.state === 'parsed' || st.state === 'invalid') && st.synth) {
      notices.push(...st.synth.annotations);
      notices.push(...templatesBesideApp(workspace, lab, spec));
    } else if (st.state !== 'missing' && spec.kind !== 'files')
      notices.push(...shadowedCandidates(workspace, lab, spec, st.path));
    if (st.state === 'parsed' && st.doc.kind === 'kubernetes')
      notices.push(...skippedLinks(workspace, st.doc));
  }
  // cfn-lint never sees these (it runs on copies elsewhere), but the learner should know they are ignored.
  for (const name of workspace.list(dir)) {
    if (/^\.cfnlintrc(\.ya?ml)?$/.test(name)) {
      notices.push({
        file: `${dir}/${name}`,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'labgrade/ignored-config',
        message: `'${dir}/${name}' is ignored: the grader runs cfn-lint with its own configuration, so local settings cannot change the grade.`,
      });
    }
  }
  for (const st of files.values())
    if (st.state === 'parsed' && st.doc.kind === 'cloudformation')
      notices.push(...suppressionAttempts(st.doc));
  return { lab, files, notices, started };
}

async function loadFile(
  workspace: Workspace,
  lab: Lab,
  spec: LabFile,
  sources: readonly FileSource[],
  cache: ParseCache | undefined,
): Promise<FileState> {
  // A file set is the lab folder itself, whichever source supplies the graded files: it never makes a lab
  // "started" on its own, since the starter folder already holds files.
  if (spec.kind === 'files') {
    const dir = fileSetFolder(workspace, lab, spec);
    return { state: 'parsed', spec, path: dir, doc: readFileSet(workspace, dir), starter: true };
  }
  // A manifest folder is read from the submission itself: no other source produces Kubernetes manifests.
  if (spec.kind === 'kubernetes' && spec.paths.some(isFolderPath))
    return loadManifests(workspace, lab, spec, cache);
  const tried: string[] = [];
  for (const source of sources) {
    const r = await source.load({ workspace, lab, spec });
    if (!r.found) {
      tried.push(...r.tried.filter((p) => !tried.includes(p)));
      continue;
    }
    // The untouched starter app: not started, like an untouched starter template, and nothing to show.
    if ('starterApp' in r) return { state: 'invalid', spec, path: r.starterApp, findings: [], starter: true };
    if (!r.read.ok) return { state: 'unreadable', spec, path: r.read.path, findings: [r.read.finding] };
    const synth = r.synth ? { synth: r.synth } : {};
    const starter = !r.synth && isStarterText(lab, spec, r.read.text);
    const parsed = await parse(spec.kind, r.read.path, r.read.text, cache);
    if (!parsed.ok)
      return { state: 'invalid', spec, path: r.read.path, findings: parsed.findings, starter, ...synth };
    return { state: 'parsed', spec, path: r.read.path, doc: parsed.doc, starter, ...synth };
  }
  return { state: 'missing', spec, tried };
}

/** Each kind's parser, loaded when a file of that kind is first parsed (a Dockerfile never loads the YAML library). */
const PARSERS: { [K in FileKind]: () => Promise<(file: string, text: string) => ParseResult<ParsedDoc>> } = {
  dockerfile: async () => (await import('./parsers/dockerfile.js')).parseDockerfile,
  text: async () => parseText,
  json: async () => (await import('./parsers/json.js')).parseJson,
  yaml: async () => (await import('./parsers/yaml.js')).parseYamlDocument,
  cloudformation: async () => (await import('./parsers/cloudformation.js')).parseCloudFormation,
  kubernetes: async () => (await import('./parsers/kubernetes.js')).parseKubernetes,
  files: async () => (await import('./parsers/file-set.js')).parseFileSet,
};

/**
 * Parses one file, through the cache for templates and YAML files. The parsers are loaded on the first miss only: a
 * run whose files are all cached never loads the YAML library.
 */
async function parse(
  kind: FileKind,
  file: string,
  text: string,
  cache: ParseCache | undefined,
): Promise<ParseResult<ParsedDoc>> {
  const cached = cache && (kind === 'cloudformation' || kind === 'yaml' || kind === 'kubernetes');
  const key = cached ? cacheKey(cache, kind, file, text) : undefined;
  const hit = key === undefined ? undefined : cache?.get(key);
  if (hit) {
    if (kind === 'cloudformation' && !isCachedYaml(hit))
      return { ok: true, doc: restoreTemplate(file, text, hit) };
    if (kind === 'kubernetes' && isCachedYaml(hit))
      return { ok: true, doc: restoreKubernetes(file, text, hit) };
    if (kind === 'yaml' && isCachedYaml(hit) && hit.documents.length === 1)
      return { ok: true, doc: restoreYaml(file, text, hit)[0]! };
  }
  const parsed = (await PARSERS[kind]())(file, text);
  if (key !== undefined && parsed.ok) {
    const doc = parsed.doc;
    if (doc.kind === 'cloudformation') cache?.set(key, snapshotTemplate(doc));
    else if (doc.kind === 'kubernetes') cache?.set(key, snapshotYaml(doc.documents));
    else if (doc.kind === 'yaml') cache?.set(key, snapshotYaml([doc]));
  }
  return parsed;
}

/** The folder a file set reads: the lab folder for `**`, else the first candidate subfolder that exists. */
function fileSetFolder(workspace: Workspace, lab: Lab, spec: LabFile): string {
  const dir = labDir(lab.id);
  for (const p of spec.paths) {
    if (p === '**') return dir;
    const sub = `${dir}/${p.replace(/\/+$/, '')}`;
    if (workspace.stat(sub) === 'dir') return sub;
  }
  const first = spec.paths[0] ?? '**';
  return first === '**' ? dir : `${dir}/${first.replace(/\/+$/, '')}`;
}

/**
 * A lab file that is a folder of Kubernetes manifests (or, among its candidates, a single file): every manifest
 * under the first candidate that holds one, parsed into one set. The set is unreadable or invalid as a whole when
 * one of its files is, listing every such file's findings, as a template with one bad line is; it is the starter
 * when every manifest in it is an untouched starter file.
 */
async function loadManifests(
  workspace: Workspace,
  lab: Lab,
  spec: LabFile,
  cache: ParseCache | undefined,
): Promise<FileState> {
  const dir = labDir(lab.id);
  const tried: string[] = [];
  for (const candidate of spec.paths) {
    const rel = `${dir}/${candidate.replace(/\/+$/, '')}`;
    tried.push(isFolderPath(candidate) ? `${rel}/` : rel);
    const kind = workspace.stat(rel);
    if (kind === 'missing') continue;
    const paths = kind === 'dir' ? workspace.walk(rel).files.filter(isManifestPath) : [rel];
    if (paths.length === 0) continue;
    const unreadable: Finding[] = [];
    const invalid: Finding[] = [];
    const parts: KubernetesDoc[] = [];
    let starter = true;
    for (const p of paths) {
      const read = workspace.read(p);
      if (!read.ok) {
        unreadable.push(read.finding);
        continue;
      }
      starter &&= isStarterFile(lab, p.slice(dir.length + 1), read.text);
      const parsed = await parse('kubernetes', read.path, read.text, cache);
      if (parsed.ok && parsed.doc.kind === 'kubernetes') parts.push(parsed.doc);
      else if (parsed.ok) throw new Error(`the kubernetes parser returned a ${parsed.doc.kind} document`);
      else invalid.push(...parsed.findings);
    }
    if (unreadable.length > 0) return { state: 'unreadable', spec, path: rel, findings: unreadable };
    if (invalid.length > 0) return { state: 'invalid', spec, path: rel, findings: invalid, starter };
    return {
      state: 'parsed',
      spec,
      path: rel,
      doc: kind === 'dir' ? manifestSet(rel, parts) : parts[0]!,
      starter,
    };
  }
  return { state: 'missing', spec, tried };
}

/** Links inside a manifest folder: never followed, so the learner is told the manifest behind one is not graded. */
function skippedLinks(workspace: Workspace, doc: KubernetesDoc): Finding[] {
  if (doc.text !== '' || workspace.stat(doc.file) !== 'dir') return [];
  return workspace.walk(doc.file).links.map((p) => ({
    file: p,
    line: 1,
    column: 1,
    severity: 'warning' as const,
    ruleId: 'labgrade/ignored-link',
    message: `'${p}' is a symbolic link, which the grader does not follow, so nothing behind it is graded. Put the manifest itself in the folder.`,
  }));
}

/** Every text file of a lab folder, read through the workspace; what cannot be read is listed as skipped. */
function readFileSet(workspace: Workspace, dir: string): FileSetDoc {
  const walked = workspace.walk(dir);
  const texts: TextDoc[] = [];
  const skipped: FileSetDoc['skipped'] = walked.links.map((p) => ({
    path: p,
    reason: 'a symbolic link, which the grader does not follow',
  }));
  for (const p of walked.files) {
    const read = workspace.read(p);
    if (!read.ok) {
      skipped.push({ path: p, reason: read.finding.message });
      continue;
    }
    const parsed = parseText(read.path, read.text);
    if (parsed.ok) texts.push(parsed.doc);
  }
  skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return fileSet(dir, texts, skipped, walked.truncated);
}

/**
 * The other candidates of a lab file that also exist in the lab folder (`template.json` beside `template.yaml`):
 * only one is graded, so each other one gets a warning on its line 1 naming the file that is.
 */
function shadowedCandidates(workspace: Workspace, lab: Lab, spec: LabFile, graded: string): Finding[] {
  const dir = labDir(lab.id);
  const gradedName = graded.startsWith(`${dir}/`) ? graded.slice(dir.length + 1) : graded;
  return spec.paths
    .filter((p) => !isFolderPath(p))
    .map((p) => `${dir}/${p}`)
    .filter((p) => p !== graded && workspace.stat(p) !== 'missing')
    .map((p) =>
      ignoredFile(
        p,
        `'${p}' is not graded because '${gradedName}' is: the grader reads one file of ` +
          `${spec.paths.map((c) => `'${c}'`).join(', ')} in '${dir}/', the first that exists and is not the ` +
          `untouched starter. Delete the other, keeping the file that holds your work.`,
      ),
    );
}

/** A warning on a lab file the grader does not grade, at its first line. */
function ignoredFile(file: string, message: string): Finding {
  return { file, line: 1, column: 1, severity: 'warning', ruleId: 'labgrade/ignored-file', message };
}

/**
 * Hand-written templates in a lab graded from its CDK app: only the synthesized template is graded, so a
 * template the learner edited (not the untouched starter, which every lab folder holds) gets a warning saying so.
 */
function templatesBesideApp(workspace: Workspace, lab: Lab, spec: LabFile): Finding[] {
  const dir = labDir(lab.id);
  return spec.paths
    .filter((p) => !isFolderPath(p))
    .map((p) => `${dir}/${p}`)
    .filter((p) => {
      if (workspace.stat(p) !== 'file') return false;
      const r = workspace.read(p);
      return !r.ok || !isStarterText(lab, spec, r.text);
    })
    .map((p) =>
      ignoredFile(
        p,
        `'${p}' is not graded: '${dir}/' holds a CDK app ('cdk.json'), so the grader grades the template the app synthesizes. Delete '${p.slice(dir.length + 1)}' if the app is your solution, or delete 'cdk.json' to have the template graded.`,
      ),
    );
}

/** Template or resource Metadata that tries to switch cfn-lint checks off. */
function suppressionAttempts(doc: CfnTemplateDoc): Finding[] {
  const out: Finding[] = [];
  const check = (meta: unknown, path: (string | number)[]) => {
    if (!isRecord(meta)) return;
    const cfg = isRecord(meta['cfn-lint']) ? meta['cfn-lint']['config'] : undefined;
    if (isRecord(cfg) && cfg['ignore_checks'] !== undefined) {
      const at = doc.locate([...path, 'cfn-lint', 'config', 'ignore_checks']);
      out.push({
        file: doc.file,
        ...at,
        severity: 'warning',
        ruleId: 'labgrade/suppression',
        message:
          'This Metadata asks cfn-lint to ignore checks. The grader always runs the checks it grades, so this changes nothing; remove it and fix the findings instead.',
      });
    }
  };
  check(doc.template.Metadata, ['Metadata']);
  for (const [name, res] of Object.entries(doc.template.Resources))
    check(res.Metadata, ['Resources', name, 'Metadata']);
  return out;
}
