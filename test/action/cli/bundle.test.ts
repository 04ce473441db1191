// The built CLI (dist/cli/index.js, what `npm run grade` runs) on the Node versions it supports: this one and
// Node 24 (.node-version). `grade` loads only what grading needs: none of the chunks it loads carries the AWS SDK,
// octokit or execa (lazy-sdk.test.ts proves the same of the source; this is the bundle a learner runs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { cliSources } from '../../../action/cli/sources.js';
import { LABS, RULES } from '../../../graders/index.js';
import { HAS_CFN_LINT, countingPython } from '../../helpers/cfn-lint.js';
import {
  CFN_LINT_TEST_TIMEOUT_MS,
  PROCESS_TEST_TIMEOUT_MS,
  SLOW_PROCESS_TEST_TIMEOUT_MS,
} from '../../helpers/timeouts.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../../helpers/tmp.js';

/** LABGRADE_CLI_BUNDLE tests another build (`node .github/scripts/build.mjs /tmp/out`) than the committed dist/. */
const CLI = process.env['LABGRADE_CLI_BUNDLE']
  ? path.resolve(process.env['LABGRADE_CLI_BUNDLE'])
  : path.join(REPO, 'dist', 'cli', 'index.js');
const HOOK = path.join(REPO, 'test/action/sandbox/fixtures/trace-loads.mjs');
const BUILTINS_HOOK = path.join(REPO, 'test/action/cli/fixtures/builtins-at-exit.mjs');
const GRADE = ['grade', '--root', 'test/fixtures/solutions', '--no-lint', '--format', 'json'];

function grade(node: string, extra: string[] = [], env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  return spawnSync(node, [...extra, CLI, ...GRADE, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: PROCESS_TEST_TIMEOUT_MS,
  });
}

const NODE24 = (() => {
  const r = spawnSync('npx', ['-y', '-p', 'node@24', 'node', '-p', 'process.execPath'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const p = r.status === 0 ? r.stdout.trim() : '';
  return p && fs.existsSync(p) ? p : null;
})();

/** Grades with trace-loads.mjs, which writes each module's URL to TRACE_FILE; gives the bundle's chunks loaded. */
function tracedGrade(env: NodeJS.ProcessEnv = {}, args: string[] = []): string[] {
  const trace = path.join(tmpDir('labgrade-trace-'), 'modules.txt');
  const r = grade(process.execPath, ['--import', HOOK], { ...env, TRACE_FILE: trace }, args);
  expect(r.status, r.stderr).toBe(0);
  const files = fs
    .readFileSync(trace, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u))
    .filter((f) => f.startsWith(path.dirname(CLI)));
  expect(files).toContain(CLI);
  return [...new Set(files)];
}

/** Whether a chunk carries the YAML library (its error class is defined once, in the chunk that holds it). */
const holdsYaml = (f: string) => fs.readFileSync(f, 'utf8').includes('class YAMLParseError');
/** Whether a chunk carries the rules: one rule's message, which only its own file holds. */
const holdsRules = (f: string) => fs.readFileSync(f, 'utf8').includes('does not turn on Container Insights');
/** Whether a chunk carries the rubrics: one item's title, which only its lab's rubric holds. */
const holdsRubrics = (f: string) =>
  fs.readFileSync(f, 'utf8').includes('Turn on Container Insights for the cluster');

describe.skipIf(!HAS_SOLUTIONS)('the CLI bundle', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it(`grades the reference course under this Node (${process.version})`, () => {
    const r = grade(process.execPath);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ schemaVersion: 1, maxScore: expect.any(Number) });
  });

  it.skipIf(!NODE24)('grades the reference course under Node 24, the same report apart from timing', () => {
    const here = grade(process.execPath);
    const r24 = grade(NODE24!);
    expect(r24.status, r24.stderr).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });
    expect(strip(r24.stdout)).toEqual(strip(here.stdout));
  });

  it('loads no chunk with the AWS SDK, octokit or execa for `grade`', () => {
    const files = tracedGrade();
    for (const f of files) {
      const text = fs.readFileSync(f, 'utf8');
      expect(/@aws-sdk\/|@octokit\/|node_modules\/execa\//.test(text), `${path.basename(f)} is loaded`).toBe(
        false,
      );
    }
  });

  it('reads unchanged templates back from its parse cache: a second run gives the same report and never loads the YAML library', () => {
    const first = grade(process.execPath);
    const again = grade(process.execPath);
    expect(again.status, again.stderr).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });
    expect(strip(again.stdout)).toEqual(strip(first.stdout));
    // Another region: the result cache (keyed on it) has no lab for this run, so every lab is graded anew.
    const regraded = tracedGrade({}, ['--region', 'eu-west-1']);
    expect(regraded.some(holdsRules)).toBe(true);
    expect(regraded.filter(holdsYaml)).toEqual([]);
    // Without the cache the same run parses YAML, so the check above can fail.
    expect(tracedGrade({ LABGRADE_CACHE: 'off' }).some(holdsYaml)).toBe(true);
  });

  // Without synthesizing: a lab graded from its CDK app's template is graded anew every run (result-cache.ts).
  it('takes unchanged labs from its result cache: a second run gives the same report and loads neither the rules nor the rubrics', () => {
    const noSynth = ['--no-synth'];
    const first = grade(process.execPath, [], {}, noSynth);
    const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });
    const cached = tracedGrade({}, noSynth);
    expect(cached.filter(holdsRules)).toEqual([]);
    expect(cached.filter(holdsRubrics)).toEqual([]);
    const again = grade(process.execPath, [], {}, noSynth);
    expect(again.status, again.stderr).toBe(0);
    expect(strip(again.stdout)).toEqual(strip(first.stdout));
    // Without the cache the same run loads them, so the checks above can fail.
    const uncached = tracedGrade({ LABGRADE_CACHE: 'off' }, noSynth);
    expect(uncached.some(holdsRules)).toBe(true);
    expect(uncached.some(holdsRubrics)).toBe(true);
  });

  // Each of these costs a few ms of a run that needs none of them (graders/engine/builtins.ts, action/cli/output.ts).
  // spawnSync gives the CLI a pipe for stdout and stderr, as a script capturing the report does.
  it('takes unchanged labs without loading the built-ins it does not need, and prints the same report through a pipe', () => {
    const noSynth = ['--no-synth'];
    const first = grade(process.execPath, [], {}, noSynth);
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(tmpDir('labgrade-builtins-'), 'builtins.txt');
    const kept = grade(process.execPath, ['--import', BUILTINS_HOOK], { BUILTINS_FILE: file }, noSynth);
    expect(kept.status, kept.stderr).toBe(0);
    const strip = (s: string) => ({ ...JSON.parse(s), durationMs: 0 });
    expect(strip(kept.stdout)).toEqual(strip(first.stdout));
    const loaded = fs.readFileSync(file, 'utf8').split('\n');
    expect(loaded).toContain('fs'); // The list is read, so the checks below can fail.
    // What `node -e 0` loads the same way (Node 20 starts with node:stream) is no cost of the CLI's.
    const bareFile = path.join(tmpDir('labgrade-builtins-'), 'builtins.txt');
    const bare = spawnSync(process.execPath, ['--import', BUILTINS_HOOK, '-e', '0'], {
      encoding: 'utf8',
      env: { ...process.env, BUILTINS_FILE: bareFile },
      timeout: PROCESS_TEST_TIMEOUT_MS,
    });
    expect(bare.status, bare.stderr).toBe(0);
    const baseline = fs.readFileSync(bareFile, 'utf8').split('\n');
    const avoided = ['net', 'stream', 'tty', 'v8', 'perf_hooks', 'crypto', 'child_process'].filter(
      (id) => !baseline.includes(id),
    );
    expect(avoided).toEqual(expect.arrayContaining(['net', 'v8', 'crypto', 'child_process']));
    for (const id of avoided) expect(loaded, `node:${id} is loaded`).not.toContain(id);
    // Another region, which the result cache has no lab for: grading anew hashes the starters, so node:crypto is
    // loaded on first use, and the hook sees it. Its debug lines go through the stderr pipe, still without net.
    const anewFile = path.join(tmpDir('labgrade-builtins-'), 'builtins.txt');
    const anew = grade(process.execPath, ['--import', BUILTINS_HOOK], { BUILTINS_FILE: anewFile }, [
      ...noSynth,
      '--debug',
      '--region',
      'eu-west-1',
    ]);
    expect(anew.status, anew.stderr).toBe(0);
    expect(anew.stderr).toMatch(/^debug: /m);
    const anewLoaded = fs.readFileSync(anewFile, 'utf8').split('\n');
    expect(anewLoaded).toContain('crypto');
    expect(anewLoaded).not.toContain('net');
  });

  it.skipIf(!HAS_CFN_LINT)(
    'with cfn-lint, lints through the interpreter it started before loading the grader, and reports what the engine reports',
    async () => {
      const root = path.join(REPO, 'test/fixtures/naive');
      const py = countingPython();
      // No synth: the comparison is about linting (test/graders/engine/cdk/synth.test.ts runs the CDK apps).
      const r = spawnSync(
        process.execPath,
        [CLI, 'grade', '--root', root, '--format', 'json', '--no-synth'],
        {
          cwd: REPO,
          encoding: 'utf8',
          env: { ...process.env, LABGRADE_CACHE: 'off', LABGRADE_PYTHON: py.python },
          timeout: CFN_LINT_TEST_TIMEOUT_MS,
        },
      );
      expect(r.status, r.stderr).toBe(0);
      // One interpreter, started with no template on its command line: it got them on its standard input.
      expect(py.calls()).toHaveLength(1);
      expect(py.calls()[0]!.at(-1)).toBe('--labgrade-args-on-stdin');
      const engine = await gradeSubmission({
        root,
        labs: LABS,
        rules: RULES,
        sources: cliSources({ synth: false }),
      });
      const zero = (x: unknown) =>
        JSON.parse(JSON.stringify(x).replace(/"durationMs":[0-9.]+/g, '"durationMs":0'));
      expect(zero(JSON.parse(r.stdout))).toEqual(zero(engine));
      expect(engine.tool.cfnLint).toMatch(/^\d+\.\d+\.\d+$/);
    },
    SLOW_PROCESS_TEST_TIMEOUT_MS,
  );
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
