// `labgrade grade | list | explain`. The report goes to stdout (or --out), logs to stderr, so
// `--format json` pipes cleanly. Exit codes: 0 grading ran (whatever the score), 2 usage error, 3 internal error.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { applyCourse, courseLabs } from '../../graders/engine/course.js';
import { gradeKept, gradeSubmission } from '../../graders/engine/grade.js';
import type { Log } from '../../graders/engine/log.js';
import { countNoun } from '../../graders/engine/plural.js';
import { runCfnLint, type CfnLintRequest, type PrestartedCfnLint } from '../../graders/engine/cfn-lint.js';
import type { SynthCache } from '../../graders/engine/cdk/source.js';
import type { LintCache } from '../../graders/engine/lint-cache.js';
import type { ParseCache } from '../../graders/engine/parse-cache.js';
import { outlineOf, type CachedLab, type ResultCache } from '../../graders/engine/result-cache.js';
import type { Lab, LabOutline, Report } from '../../graders/engine/types.js';
import { selectLabs, UnknownLabError, type LabRequest, type Registry } from '../../graders/engine/select.js';
import { formatPoints } from '../report/format.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderPretty, useColor } from '../report/pretty.js';
import { TOOL_NAME, TOOL_VERSION } from '../../graders/engine/version.js';
import { errorMessage } from '../util/errors.js';
import { readCourse, submissionTime } from './options.js';
import { cliSources } from './sources.js';
import { UsageError } from './usage-error.js';

export const EXIT = { ok: 0, usage: 2, internal: 3 } as const;

export interface CliIO {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown };
  env: NodeJS.ProcessEnv;
  /** Parsed templates kept between runs (the installed CLI's, under node_modules/.cache); none in tests. */
  parseCache?: ParseCache | undefined;
  /** cfn-lint's findings kept between runs (the installed CLI's, under node_modules/.cache); none in tests. */
  lintCache?: LintCache | undefined;
  /** Graded labs kept between runs (the installed CLI's, under node_modules/.cache); none in tests. */
  resultCache?: ResultCache | undefined;
  /** Templates CDK apps synthesized, kept between runs (the installed CLI's, under node_modules/.cache). */
  synthCache?: SynthCache | undefined;
  /** cfn-lint's interpreter, started by the entry point before the grader loaded; `grade` lints with it. */
  prestartedCfnLint?: PrestartedCfnLint | undefined;
}

const USAGE = `Usage: labgrade <command> [options]

Commands:
  grade     Grade the labs under <root>/labs/ and print the report
  list      List the labs and their points
  explain   Describe a rule (e.g. DKR001) or a rubric item (e.g. 01-production-dockerfile/multi-stage-build)
  sandbox plan    Show, per lab, whether the sandbox would deploy its template and what a run would cost
                  (no AWS call, no credentials)
  sandbox sweep   Delete sandbox stacks (with labgrade's tags) whose TTL has passed
  batch     Grade a class: each <dir> is one learner's checkout; exports CSV, JSON, HTML, Gradescope, Classroom 50
  merge     Merge class reports (collect.yml's shards) into one, with the same exports

grade options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Grade only this lab; repeatable (default: all)
  --format pretty|json|markdown   Output format (default: pretty)
  --out FILE                  Write the report to FILE instead of stdout
  --no-lint                   Do not run cfn-lint (its items are skipped)
  --no-cache                  Parse and lint every template afresh (parsed templates and cfn-lint's
                              findings are kept by content in node_modules/.cache/labgrade, so an
                              unchanged template is not linted again; LABGRADE_CACHE=off also turns
                              this off)
  --no-synth                  Do not run CDK apps; grade hand-written templates only
  --region R                  cfn-lint region; repeatable (default: us-east-1)
  --config FILE               Course configuration: enabled labs, points, due dates, late policy,
                              feedback levels (default: <root>/.github/course.yml when it exists)
  --submitted-at TIME         When the work was submitted, for due dates: an ISO 8601 time with its
                              offset (default: now)
  --debug                     Log grader internals (stack traces) to stderr

batch options:
  batch <dir>... [--config FILE] [--format csv|json] [--out FILE] [--html FILE] [--gradescope DIR]
                 [--classroom50 DIR] [--no-lint] [--no-cache] [--synth] [--jobs N] [--names FILE]
                 [--references DIR]... [--submitted-at TIME|commit]
  --synth                     Run each submission's CDK apps to grade what they synthesize (default: off;
                              a class's files are graded as data, and no learner code runs)
  --no-cache                  Lint every template afresh (cfn-lint's findings are kept by content in
                              node_modules/.cache/labgrade, shared with 'grade')
  --names FILE                JSON object mapping each <dir> (as given) to the learner's name
  --references DIR            A folder holding reference solutions (labs/<id>/): submissions equal to one are
                              flagged; repeatable (default: test/fixtures/solutions when present)
  --submitted-at TIME|commit  One hand-in time for every submission, or each checkout's last commit time
                              (default: now)
  --jobs N                    Groups graded at once, each with its own cfn-lint (default: the number of CPUs)

merge options:
  merge <class.json>... [--format csv|json] [--out FILE] [--html FILE] [--gradescope DIR] [--classroom50 DIR]

sandbox plan options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Plan only this lab; repeatable (default: all)
  --format pretty|json        Output format (default: pretty)
  --parameters JSON           The 'deploy-parameters' an instructor would configure (default: {})

sandbox sweep options:
  --region R                  AWS region (default: $AWS_REGION)
  --prefix P                  Only stacks whose name starts with P- (default: labgrade)
  --dry-run                   List what would be deleted; delete nothing

Exit codes: 0 grading (or the plan) ran, whatever the score or verdicts; 2 usage error; 3 internal error.
`;

/**
 * Runs one command. `registry` is the course (tests pass their own); by default the course's labs, and its rules
 * only for a command that needs them: `grade` loads the rules when some lab is graded anew, not when the result
 * cache holds every lab, since the rules are most of the grader's code.
 */
export async function main(argv: string[], io: CliIO, registry?: Registry): Promise<number> {
  const course = async () => registry ?? (await import('../../graders/index.js')).REGISTRY;
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'grade':
        return await grade(rest, io, registry);
      case 'list':
        return list(rest, io, registry?.labs ?? (await import('../../graders/labs.js')).LABS);
      case 'explain':
        return explain(rest, io, await course());
      case 'sandbox':
        return await sandbox(rest, io, await course());
      // The class exports (CSV, Gradescope, the HTML report) load only for the commands that make them.
      case 'batch':
        return await (await import('./batch.js')).batch(rest, io, await course());
      case 'merge':
        return await (await import('./batch.js')).merge(rest, io);
      case '--version':
      case '-v':
        io.stdout.write(`${TOOL_NAME} ${TOOL_VERSION}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(USAGE);
        return EXIT.ok;
      case undefined:
        throw new UsageError('a command is required');
      default:
        throw new UsageError(`unknown command '${command}'`);
    }
  } catch (e) {
    if (
      e instanceof UsageError ||
      e instanceof UnknownLabError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr.write(`labgrade: ${errorMessage(e)}\n\n${USAGE}`);
      return EXIT.usage;
    }
    io.stderr.write(`labgrade: internal error: ${errorMessage(e)}\n`);
    if (io.env['LABGRADE_DEBUG']) io.stderr.write(`${(e as Error).stack ?? ''}\n`);
    return EXIT.internal;
  }
}

async function grade(args: string[], io: CliIO, registry: Registry | undefined): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      root: { type: 'string', default: '.' },
      lab: { type: 'string', multiple: true },
      format: { type: 'string', default: 'pretty' },
      out: { type: 'string' },
      lint: { type: 'boolean', default: true },
      'no-lint': { type: 'boolean', default: false },
      cache: { type: 'boolean', default: true },
      'no-cache': { type: 'boolean', default: false },
      synth: { type: 'boolean', default: true },
      'no-synth': { type: 'boolean', default: false },
      region: { type: 'string', multiple: true },
      config: { type: 'string' },
      'submitted-at': { type: 'string' },
      debug: { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = values.format;
  if (format !== 'pretty' && format !== 'json' && format !== 'markdown') {
    throw new UsageError(`--format must be 'pretty', 'json' or 'markdown', got '${format}'`);
  }
  const root = path.resolve(values.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    throw new UsageError(`--root '${values.root}' is not a directory`);
  const request: LabRequest = values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' };
  const cache = values.cache && !values['no-cache'];
  const resultCache = cache ? io.resultCache : undefined;
  // The outlines of this build's labs, kept by an earlier run: enough to take an unchanged course from the result
  // cache without loading the rubrics (gradeKept). Only the build's own course has them: a test's registry is used
  // as it is given.
  const outlines = registry ? undefined : resultCache?.outlines?.get();
  const loadLabs = async () => registry?.labs ?? (await import('../../graders/labs.js')).LABS;
  const known: readonly LabOutline[] = outlines ?? (await loadLabs());
  const course = await readCourse(values.config, root, known);
  // Chosen now, so an unknown --lab is a usage error before anything is read.
  const chosen = new Set(selectLabs({ labs: known }, request).map((l) => l.id));
  const submittedAt = submissionTime(values['submitted-at']);
  const debug = values.debug || Boolean(io.env['LABGRADE_DEBUG']);
  const log: Log = {
    info: (m) => io.stderr.write(`${m}\n`),
    debug: (m) => {
      if (debug) io.stderr.write(`debug: ${m}\n`);
    },
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
  };
  if (!fs.existsSync(path.join(root, 'labs')))
    log.warn(`no 'labs' folder under '${values.root}'; every lab is reported as not started`);
  const prestarted = io.prestartedCfnLint;
  const options = {
    lint: values.lint && !values['no-lint'],
    sources: cliSources({
      synth: values.synth && !values['no-synth'],
      cache: cache ? io.synthCache : undefined,
      log: log.info,
    }),
    ...(values.region ? { regions: values.region } : {}),
    ...(io.parseCache && cache ? { parseCache: io.parseCache } : {}),
    ...(io.lintCache && cache ? { lintCache: io.lintCache } : {}),
    // One lookup per lab, shared by the two tries below.
    ...(resultCache ? { resultCache, verdicts: new Map<string, CachedLab | null>() } : {}),
    ...(prestarted ? { cfnLint: (req: CfnLintRequest) => runCfnLint(req, { prestarted }) } : {}),
    log,
  };
  let graded =
    outlines && resultCache
      ? await gradeKept(
          root,
          courseLabs(
            outlines.filter((l) => chosen.has(l.id)),
            course,
          ),
          options,
          resultCache,
        )
      : undefined;
  if (!graded) {
    const all = await loadLabs();
    // Missing, or unlike the build's own (then its keys found nothing): kept for the next run.
    if (!registry && resultCache?.outlines && JSON.stringify(outlines) !== JSON.stringify(all.map(outlineOf)))
      resultCache.outlines.set(all);
    const rules = registry?.rules ?? (async () => (await import('../../graders/index.js')).RULES);
    graded = await gradeSubmission({
      root,
      labs: courseLabs(
        all.filter((l) => chosen.has(l.id)),
        course,
      ),
      rules,
      ...options,
    });
  }
  const report = applyCourse(graded, course, submittedAt);
  const text = render(report, format, io, values.out === undefined);
  if (values.out !== undefined) {
    fs.mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
    fs.writeFileSync(values.out, text);
    io.stderr.write(
      // Scores are exact fractions in the report (14.142857…); shown rounded, as every reporter shows them.
      `${TOOL_NAME}: ${formatPoints(report.score)}/${report.maxScore}; report written to ${values.out}\n`,
    );
  } else {
    io.stdout.write(text);
  }
  return EXIT.ok;
}

function render(
  report: Report,
  format: 'pretty' | 'json' | 'markdown',
  io: CliIO,
  toStdout: boolean,
): string {
  if (format === 'json') return renderJson(report);
  if (format === 'markdown') return renderMarkdown(report);
  return renderPretty(report, { color: toStdout && useColor(io.stdout, io.env) });
}

function list(args: string[], io: CliIO, labs: readonly Lab[]): number {
  if (args.length) throw new UsageError(`'list' takes no arguments`);
  const total = labs.reduce((s, l) => s + l.items.reduce((a, i) => a + i.points, 0), 0);
  for (const lab of labs) {
    const points = lab.items.reduce((a, i) => a + i.points, 0);
    io.stdout.write(
      `${lab.id.padEnd(28)} ${String(points).padStart(3)} pts  ${countNoun(lab.items.length, 'item')}  ${lab.title}\n`,
    );
  }
  io.stdout.write(`${countNoun(labs.length, 'lab')}, ${countNoun(total, 'point')}\n`);
  return EXIT.ok;
}

function explain(args: string[], io: CliIO, registry: Registry): number {
  const [id, extra] = args;
  if (!id || extra) throw new UsageError(`'explain' takes one rule id or lab-id/item-id`);
  const rule = registry.rules.find((r) => r.meta.id.toLowerCase() === id.toLowerCase() || r.meta.name === id);
  if (rule) {
    const m = rule.meta;
    io.stdout.write(
      [
        `${m.id} ${m.name} (${m.severity}, ${m.target} files)`,
        m.title,
        '',
        m.description,
        '',
        `Corresponds to: ${m.evidence.join(', ') || '—'}`,
        `Learn more: ${m.docsUrl}`,
        `Used by: ${usedBy(m.id, registry).join(', ') || 'no rubric item'}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  }
  const [labId, itemId] = id.split('/');
  const lab = registry.labs.find((l) => l.id === labId);
  const item = lab?.items.find((i) => i.id === itemId);
  if (lab && item) {
    io.stdout.write(
      [
        `${lab.id}/${item.id}: ${item.title} (${countNoun(item.points, 'point')})`,
        '',
        item.hint,
        '',
        `Rules: ${[...(item.rules ?? []), ...(item.cfnLint ?? []).map((c) => `cfn-lint ${c}`)].join(', ') || 'custom check'}`,
        `Evidence: ${item.evidence.map((e) => (e.id ? `${e.id} (${e.url})` : e.url)).join('; ')}`,
        `Learn more: ${item.docsUrl}`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  }
  if (lab && !itemId) {
    io.stdout.write(`${lab.id}: ${lab.title}\n${lab.summary}\n\n`);
    for (const i of lab.items) io.stdout.write(`  ${String(i.points).padStart(2)}  ${i.id}  ${i.title}\n`);
    return EXIT.ok;
  }
  throw new UsageError(`no rule or rubric item named '${id}'. Try 'labgrade list'.`);
}

// The sandbox module loads the AWS SDK, so it is imported only here: `labgrade grade` never pays for it.
// `sandbox plan` imports only the guard (action/sandbox/plan.ts), never the SDK.
async function sandbox(args: string[], io: CliIO, registry: Registry): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'plan') return await sandboxPlan(rest, io, registry);
  if (sub !== 'sweep')
    throw new UsageError(`'sandbox' takes the subcommand 'plan' or 'sweep', got '${sub ?? ''}'`);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      prefix: { type: 'string', default: 'labgrade' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const region = values.region ?? io.env['AWS_REGION'] ?? '';
  if (!region) throw new UsageError('--region is required when AWS_REGION is not set');
  const { sweep } = await import('../sandbox/index.js');
  const swept = await sweep({
    region,
    prefix: values.prefix,
    dryRun: values['dry-run'],
    log: {
      info: (m) => io.stderr.write(`${m}\n`),
      warn: (m) => io.stderr.write(`warning: ${m}\n`),
      debug: () => {},
    },
  });
  for (const s of swept) {
    io.stdout.write(
      `${s.action.padEnd(12)} ${s.stackName}  ${s.status}  expired ${s.expiresAt}${s.error ? `  ${s.error}` : ''}\n`,
    );
  }
  io.stdout.write(
    `${countNoun(swept.length, 'expired stack')} in ${region}${values['dry-run'] ? ' (dry run)' : ''}\n`,
  );
  return swept.some((s) => s.action === 'failed') ? EXIT.internal : EXIT.ok;
}

async function sandboxPlan(args: string[], io: CliIO, registry: Registry): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      root: { type: 'string', default: '.' },
      lab: { type: 'string', multiple: true },
      format: { type: 'string', default: 'pretty' },
      parameters: { type: 'string', default: '{}' },
    },
  });
  if (positionals.length) throw new UsageError(`unexpected argument '${positionals[0]}'`);
  const format = values.format;
  if (format !== 'pretty' && format !== 'json')
    throw new UsageError(`--format must be 'pretty' or 'json', got '${format}'`);
  const root = path.resolve(values.root);
  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory())
    throw new UsageError(`--root '${values.root}' is not a directory`);
  const labs = selectLabs(
    registry,
    values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' },
  );
  const { parseSandboxSettings } = await import('../sandbox/settings.js');
  let settings;
  try {
    // The action's defaults for every cap and the budget; no region, because nothing is called.
    const inputs: Record<string, string> = { 'deploy-parameters': values.parameters };
    settings = parseSandboxSettings((name) => inputs[name] ?? '', {});
  } catch (e) {
    throw new UsageError(errorMessage(e).replace("Input 'deploy-parameters'", '--parameters'));
  }
  const { loadSubmission } = await import('../../graders/engine/load.js');
  const { planSandbox, renderPlanJson, renderPlanPretty } = await import('../sandbox/plan.js');
  const plan = planSandbox(await loadSubmission(root, labs), settings);
  const reasons = Object.fromEntries(
    labs.flatMap((l) => (l.sandbox.deployable ? [] : [[l.id, l.sandbox.reason]])),
  );
  io.stdout.write(format === 'json' ? renderPlanJson(plan) : renderPlanPretty(plan, reasons));
  return EXIT.ok;
}

function usedBy(ruleId: string, registry: Registry): string[] {
  return registry.labs.flatMap((l) =>
    l.items.filter((i) => i.rules?.includes(ruleId)).map((i) => `${l.id}/${i.id}`),
  );
}
