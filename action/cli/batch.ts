// `labgrade batch <dir>...` grades a class; `labgrade merge <class.json>...` joins collect.yml's shards. Both write
// the same exports from one ClassReport: JSON (the report itself), CSV, an HTML class report, and per submission a
// Gradescope results.json and a Classroom 50 result.json.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Log } from '../../graders/engine/log.js';
import type { Registry } from '../../graders/engine/select.js';
import { runBatch, type SubmittedAt } from '../batch/batch.js';
import type { ClassReport } from '../batch/class-report.js';
import { classCsv, classSummary, writeClassroom50, writeGradescope } from '../batch/exports.js';
import { MergeError, mergeClassReports, parseClassReport } from '../batch/merge.js';
import { errorMessage } from '../util/errors.js';
import type { CliIO } from './main.js';
import { readCourse, submissionTime } from './options.js';
import { cliSources } from './sources.js';
import { UsageError } from './usage-error.js';

const EXPORT_OPTIONS = {
  format: { type: 'string', default: 'json' },
  out: { type: 'string' },
  html: { type: 'string' },
  gradescope: { type: 'string' },
  classroom50: { type: 'string' },
} as const;

interface ExportValues {
  format: string;
  out?: string | undefined;
  html?: string | undefined;
  gradescope?: string | undefined;
  classroom50?: string | undefined;
}

/** Where the course repository keeps its reference solutions, relative to where the CLI runs. */
const DEFAULT_REFERENCES = 'test/fixtures/solutions';

/**
 * A path under the working directory, resolved at run time only: ncc copies into dist/ any folder a path expression
 * resolves to at build time, and the reference solutions must never ship with the grader.
 */
function inWorkingDirectory(rel: string): string {
  return path.resolve(process.cwd(), ...rel.split('/'));
}

export async function batch(args: string[], io: CliIO, registry: Registry): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      ...EXPORT_OPTIONS,
      config: { type: 'string' },
      lint: { type: 'boolean', default: true },
      'no-lint': { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      'no-cache': { type: 'boolean', default: false },
      synth: { type: 'boolean', default: false },
      jobs: { type: 'string' },
      names: { type: 'string' },
      references: { type: 'string', multiple: true },
      'submitted-at': { type: 'string' },
    },
  });
  if (positionals.length === 0) throw new UsageError("'batch' needs at least one submission folder");
  checkFormat(values.format);
  const jobs = values.jobs === undefined ? os.availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64)
    throw new UsageError(`--jobs must be a whole number from 1 to 64, got '${values.jobs}'`);
  const course = await readCourse(values.config, process.cwd(), registry.labs);
  const submittedAt: SubmittedAt =
    values['submitted-at'] === 'commit'
      ? { kind: 'commit' }
      : values['submitted-at'] === undefined
        ? { kind: 'now' }
        : { kind: 'time', at: submissionTime(values['submitted-at']) };
  const names = values.names === undefined ? undefined : readNames(values.names);
  const defaultRefs = inWorkingDirectory(DEFAULT_REFERENCES);
  const references = values.references ?? (fs.existsSync(defaultRefs) ? [defaultRefs] : []);
  for (const r of references)
    if (!fs.existsSync(r) || !fs.statSync(r).isDirectory())
      throw new UsageError(`--references '${r}' is not a directory`);

  const log: Log = {
    info: () => {},
    debug: () => {},
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
  };
  const progress = await progressBar(io);
  const report = await runBatch(positionals, {
    registry,
    course,
    lint: values.lint && !values['no-lint'],
    // Off unless asked: a batch grades a class's files as data, and runs no learner code.
    sources: cliSources({
      synth: values.synth,
      cache: values.cache && !values['no-cache'] ? io.synthCache : undefined,
      log: (m) => io.stderr.write(`${m}\n`),
    }),
    ...(io.lintCache && values.cache && !values['no-cache'] ? { lintCache: io.lintCache } : {}),
    jobs,
    submittedAt,
    ...(names ? { names } : {}),
    references,
    log,
    onGraded: (done, total) => progress.update(done, total),
  });
  progress.stop();
  await writeExports(report, values, io);
  io.stderr.write(`labgrade: ${classSummary(report)}\n`);
  return 0;
}

export async function merge(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: EXPORT_OPTIONS });
  if (positionals.length === 0) throw new UsageError("'merge' needs at least one class report");
  checkFormat(values.format);
  let report: ClassReport;
  try {
    const shards = positionals.map((p) => parseClassReport(p, readText(p)));
    report = mergeClassReports(shards, positionals);
  } catch (e) {
    if (e instanceof MergeError) throw new UsageError(e.message);
    throw e;
  }
  await writeExports(report, values, io);
  io.stderr.write(`labgrade: ${classSummary(report)}\n`);
  return 0;
}

function checkFormat(format: string): void {
  if (format !== 'csv' && format !== 'json')
    throw new UsageError(`--format must be 'csv' or 'json', got '${format}'`);
}

function readText(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`'${file}' cannot be read: ${errorMessage(e)}`);
  }
}

/** `--names`: a JSON object from each folder, as given on the command line, to the learner's name. */
function readNames(file: string): Map<string, string> {
  let json: unknown;
  try {
    json = JSON.parse(readText(file));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`--names '${file}' is not JSON: ${errorMessage(e)}`);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    throw new UsageError(`--names '${file}' must be a JSON object mapping each folder to a name`);
  const out = new Map<string, string>();
  for (const [dir, name] of Object.entries(json)) {
    if (typeof name !== 'string' || name.trim() === '')
      throw new UsageError(`--names '${file}': the name for '${dir}' must be a non-empty string`);
    out.set(dir, name.trim());
  }
  return out;
}

function write(file: string, text: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  fs.writeFileSync(file, text);
}

async function writeExports(report: ClassReport, values: ExportValues, io: CliIO): Promise<void> {
  const text = values.format === 'csv' ? classCsv(report) : `${JSON.stringify(report, null, 2)}\n`;
  if (values.out === undefined) io.stdout.write(text);
  else write(values.out, text);
  if (values.gradescope !== undefined) writeGradescope(report, values.gradescope);
  if (values.classroom50 !== undefined) writeClassroom50(report, values.classroom50);
  if (values.html !== undefined) {
    // The chart library (Vega) loads only when a page is asked for.
    const { renderClassHtml } = await import('../report/class-html.js');
    write(values.html, await renderClassHtml(report));
  }
}

/** A progress bar on a terminal (cli-progress, on stderr); nothing at all otherwise, so logs stay clean. */
async function progressBar(io: CliIO): Promise<{ update(done: number, total: number): void; stop(): void }> {
  const stream = io.stderr as { isTTY?: boolean; write(s: string): unknown };
  if (!stream.isTTY || io.env['CI']) return { update: () => {}, stop: () => {} };
  const { SingleBar, Presets } = (await import('cli-progress')).default;
  const bar = new SingleBar(
    { format: 'grading {bar} {value}/{total} submissions', stream: process.stderr, hideCursor: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(done, total) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else bar.update(done);
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
