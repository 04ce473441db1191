// The CDK synth as one more file source of the loader: for a lab file that allows it, a lab folder holding
// `cdk.json` is graded from the template its app synthesizes, with exactly the rules of a hand-written template.
// Synths start for every lab at once when the submission is loaded, as many at a time as the machine has cores
// (and memory for), each in its own process and folder, so one app's failure touches no other lab.
import { createHash } from '../builtins.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pLimit from 'p-limit';
import { labDir, type FileSource, type SourceResult } from '../load.js';
import type { Finding } from '../report.js';
import { contentHash, isCdkAppFile, isStarterFile } from '../starters.js';
import type { Lab, LabFile } from '../types.js';
import { TOOL_VERSION } from '../version.js';
import type { Workspace } from '../workspace.js';
import { CDK_JSON, hasCdkApp, readCdkApp } from './app.js';
import type { SynthInfo } from './assembly.js';
import { DEFAULT_SYNTH_TIMEOUT_MS, synthesize, type SynthRun } from './sandbox.js';

/** Memory one synth may take (about 400 MB measured, plus headroom); parallelism never exceeds what is free. */
const MB_PER_SYNTH = 700;
/** Lines of the app's error output shown in the feedback. */
const ERROR_LINES = 12;

/**
 * Synthesized templates kept by the content of everything a synth can read (the lab folder, the installed packages,
 * the context), so an app that has not changed is not run again: a learner who edits another lab, or a class whose
 * learners submitted the same app. Only successful synths are kept. Where entries live is the caller's choice (the
 * CLI keeps them under node_modules/.cache/labgrade/synth); the action keeps none.
 */
export interface SynthCache {
  /** Mixed into every key: whatever else makes an entry stale, such as the grader's own build. */
  readonly salt: string;
  get(key: string): CachedSynth | undefined;
  set(key: string, value: CachedSynth): void;
}

/** One synth as kept: the template's text and what maps it back to the app. */
export interface CachedSynth {
  text: string;
  info: SynthInfo;
}

export interface CdkSynthOptions {
  /** Synths kept between runs; none by default. */
  cache?: SynthCache;
  timeoutMs?: number;
  /** Synths at a time; default: the cores, within free memory. */
  jobs?: number;
  maxFileBytes?: number;
  log?: (message: string) => void;
}

/** Whether a lab file may come from a CDK app. */
export function synthesizable(spec: LabFile): boolean {
  return spec.kind === 'cloudformation' && spec.cdk !== undefined;
}

/** The files of a CDK app in the lab folder, relative to it: what the starter comparison looks at. */
export function appFiles(workspace: Workspace, dir: string): string[] {
  return workspace
    .walk(dir)
    .files.map((p) => p.slice(dir.length + 1))
    .filter(isCdkAppFile);
}

export function defaultJobs(): number {
  const byMemory = Math.floor(os.freemem() / (MB_PER_SYNTH * 1024 * 1024));
  return Math.max(1, Math.min(os.availableParallelism(), byMemory));
}

export function cdkSynthSource(options: CdkSynthOptions = {}): FileSource {
  const limit = pLimit(options.jobs ?? defaultJobs());
  // One synth per submission and lab as the caller declares it: the same lab id may come with its starters' hashes
  // or without them (graded as work), and only the first decides not to run an untouched starter.
  const pending = new WeakMap<Lab, Map<string, Promise<SourceResult>>>();

  const run = (workspace: Workspace, lab: Lab): Promise<SourceResult> => {
    let byRoot = pending.get(lab);
    if (!byRoot) pending.set(lab, (byRoot = new Map()));
    let p = byRoot.get(workspace.root);
    if (!p) {
      p = synthLab(workspace, lab, limit, options);
      byRoot.set(workspace.root, p);
    }
    return p;
  };

  return {
    name: 'cdk-synth',
    prepare(workspace, labs) {
      for (const lab of labs)
        if (lab.files.some(synthesizable) && hasCdkApp(workspace, labDir(lab.id))) void run(workspace, lab);
    },
    load({ workspace, lab, spec }) {
      if (!synthesizable(spec)) return { found: false, tried: [] };
      const dir = labDir(lab.id);
      if (!hasCdkApp(workspace, dir)) return { found: false, tried: [`${dir}/${CDK_JSON}`] };
      return run(workspace, lab);
    },
  };
}

async function synthLab(
  workspace: Workspace,
  lab: Lab,
  limit: ReturnType<typeof pLimit>,
  options: CdkSynthOptions,
): Promise<SourceResult> {
  const dir = labDir(lab.id);
  const app = readCdkApp(workspace, dir);
  if (!app.ok) return unreadable(app.finding);
  // An untouched starter app earns nothing whatever it synthesizes, so it is not run at all.
  if (isStarterApp(workspace, lab, dir)) return { found: true, starterApp: `${dir}/${app.entry}` };
  const labAbs = path.join(workspace.root, dir);
  const key =
    options.cache &&
    synthKey(options.cache, workspace, dir, { entry: app.entry, context: app.context }, options.maxFileBytes);
  const kept = key === undefined ? undefined : options.cache!.get(key);
  if (kept) {
    options.log?.(`The CDK app of ${lab.id} is unchanged since its last synth: its template is reused.`);
    return synthesized(app.notices, kept);
  }
  const run = await limit(() =>
    synthesize({
      labDir: labAbs,
      entry: app.entry,
      context: app.context,
      timeoutMs: options.timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS,
    }),
  );
  try {
    options.log?.(
      `${run.ok ? 'Synthesized' : 'Could not synthesize'} the CDK app of ${lab.id} (${(run.durationMs / 1000).toFixed(1)} s).`,
    );
    const fallback = `${dir}/${CDK_JSON}`;
    if (!run.ok) return unreadable(synthFailure(run, fallback, labAbs, dir, options.timeoutMs));
    // It checks the cloud assembly with zod, which a run that synthesizes nothing need not load.
    const { readAssembly } = await import('./assembly.js');
    const read = readAssembly(run.outdir, {
      labDir: fs.realpathSync(labAbs),
      labRel: dir,
      fallback,
      ...(options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes }),
    });
    if (!read.ok) return unreadable(read.finding);
    if (key !== undefined) options.cache!.set(key, { text: read.text, info: read.info });
    return synthesized(app.notices, read);
  } finally {
    fs.rmSync(run.tmp, { recursive: true, force: true });
  }
}

function synthesized(notices: readonly Finding[], { text, info }: CachedSynth): SourceResult {
  return {
    found: true,
    read: { ok: true, path: info.templatePath, text },
    synth: { ...info, annotations: [...notices, ...info.annotations] },
  };
}

/**
 * The key of one lab's synth: every file of the lab folder (what the sandbox lets the app read there, but for a
 * `cdk.out` or `node_modules` of its own), the installed packages as npm recorded them (each `node_modules/.package-lock.json`
 * above the folder, which the app may read too), the entry and context, the Node version and the grader's build.
 * Undefined, so the app runs, whenever one of these cannot be told for sure: a file the reader refuses, a link, too
 * many files, or no record of the installed packages.
 */
function synthKey(
  cache: SynthCache,
  workspace: Workspace,
  dir: string,
  app: { entry: string; context: Record<string, unknown> },
  maxFileBytes: number | undefined,
): string | undefined {
  const walked = workspace.walk(dir);
  if (walked.truncated || walked.links.length > 0) return undefined;
  const hash = createHash('sha256');
  hash.update(JSON.stringify([TOOL_VERSION, cache.salt, process.version, maxFileBytes ?? null, app]));
  for (const file of [...walked.files].sort()) {
    if (/(^|\/)(cdk\.out|node_modules)\//.test(file.slice(dir.length + 1))) continue;
    const r = workspace.read(file);
    if (!r.ok) return undefined;
    hash.update(`\0${file}\0${contentHash(r.text)}`);
  }
  let packages = 0;
  for (let d = path.resolve(workspace.root, dir); ; d = path.dirname(d)) {
    try {
      const lock = fs.readFileSync(path.join(d, 'node_modules', '.package-lock.json'), 'utf8');
      // By how far up, not where: the same app and packages in another learner's folder are the same synth.
      hash.update(`\0${packages++}\0${contentHash(lock)}`);
    } catch {
      // No packages installed here.
    }
    if (path.dirname(d) === d) break;
  }
  return packages > 0 ? hash.digest('hex') : undefined;
}

/** Whether every file of the lab's app is its starter's, unchanged (never, for a lab graded without starters). */
function isStarterApp(workspace: Workspace, lab: Lab, dir: string): boolean {
  return (
    lab.starters !== undefined &&
    appFiles(workspace, dir).every((f) => {
      const r = workspace.read(`${dir}/${f}`);
      return r.ok && isStarterFile(lab, f, r.text);
    })
  );
}

/** A lab file this source answers for, which cannot be graded: the finding says why. */
export function unreadable(finding: Finding): SourceResult {
  return { found: true, read: { ok: false, path: finding.file, finding } };
}

/** Why the synth failed, with the first lines of the app's own error, paths shown relative to the submission. */
function synthFailure(
  run: Extract<SynthRun, { ok: false }>,
  fallback: string,
  labAbs: string,
  dir: string,
  timeoutMs: number | undefined,
): Finding {
  const seconds = Math.round((timeoutMs ?? DEFAULT_SYNTH_TIMEOUT_MS) / 1000);
  const why = {
    timeout: `it did not finish within ${seconds} s and was stopped. Look for a loop or a wait that never ends (an unresolved promise, a timer, a server left listening).`,
    denied:
      'it tried something the grader does not allow during a synth: writing outside its output folder, starting a process or a worker, or reading outside the lab folder and node_modules. A CDK app only needs to build constructs; the CDK writes the template itself.',
    setup: 'it could not be started.',
    failed: 'it stopped with an error.',
  }[run.reason];
  const shown = errorLines(run.stderr, labAbs, dir, run.tmp);
  return {
    file: fallback,
    line: 1,
    column: 1,
    severity: 'error',
    ruleId: `cdk/synth-${run.reason}`,
    message:
      `The CDK app in '${dir}/' could not be synthesized, so its template cannot be graded: ${why}` +
      (shown ? ` The app's error output begins:\n${shown}` : '') +
      `\nRun 'npm run grade -- --lab ${dir.slice('labs/'.length)}' to see it again.`,
  };
}

/** The first meaningful lines of stderr: no Node internals or runner frames, paths relative to the submission. */
export function errorLines(stderr: string, labAbs: string, dir: string, tmp: string): string {
  const real = fs.existsSync(labAbs) ? fs.realpathSync(labAbs) : labAbs;
  return stderr
    .split('\n')
    .map((l) => l.replaceAll(real, dir).replaceAll(labAbs, dir).replaceAll(tmp, '<synth folder>'))
    .filter((l) => l.trim() !== '' && !/\(node:internal|^\s+at node:|labgrade-cdk-runner|^Node\.js v/.test(l))
    .slice(0, ERROR_LINES)
    .map((l) => l.slice(0, 300))
    .join('\n');
}

/**
 * For runs that must not run learner code (`labgrade batch` without `--synth`, `--no-synth`): a lab whose folder
 * holds a CDK app is not graded, with a finding that says why, rather than graded from a template it does not use.
 */
export function cdkNotRunSource(why: string): FileSource {
  return {
    name: 'cdk-not-run',
    journaled: true,
    load({ workspace, lab, spec }) {
      if (!synthesizable(spec)) return { found: false, tried: [] };
      const dir = labDir(lab.id);
      if (!hasCdkApp(workspace, dir)) return { found: false, tried: [`${dir}/${CDK_JSON}`] };
      // The untouched starter is not started, whether or not anything would run it.
      if (isStarterApp(workspace, lab, dir)) {
        const app = readCdkApp(workspace, dir);
        return { found: true, starterApp: `${dir}/${app.ok ? app.entry : CDK_JSON}` };
      }
      return unreadable({
        file: `${dir}/${CDK_JSON}`,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'cdk/not-synthesized',
        message: `'${dir}/' holds a CDK app, which ${why}, so this lab is not graded. Its template is the one the app synthesizes, never a hand-written one beside it.`,
      });
    },
  };
}
