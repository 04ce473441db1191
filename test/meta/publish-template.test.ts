// `npm run publish-template -- --out DIR` writes the learner-facing template: every tracked file but the reference,
// naive and alternative solutions and the golden reports graded from them (issue 14). These tests publish this
// repository into a temporary folder and use the copy as a learner would: it grades (0 points: only starters), and
// its tests that need the solutions skip, saying why, instead of failing.
import fs from 'node:fs';
import path from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROCESS_TEST_TIMEOUT_MS, SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../helpers/tmp.js';

const SCRIPT = path.join(REPO, '.github/scripts/publish-template.mjs');
const WITHHELD = ['solutions', 'naive', 'alternatives', 'golden'].map((d) => `test/fixtures/${d}/`);

/** Every file under `root`, as a POSIX path relative to it; links are listed, never followed. */
function filesUnder(root: string): string[] {
  return (fs.readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((rel) => !fs.lstatSync(path.join(root, rel)).isDirectory())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

/** The child's environment without this run's VITEST_* variables, so a nested vitest is a run of its own. */
function childEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
}

const publish = (out: string, cwd = REPO) =>
  execa('node', [SCRIPT, '--out', out], {
    cwd,
    reject: false,
    env: childEnv(),
    timeout: PROCESS_TEST_TIMEOUT_MS,
  });

/** Tracked files of this repository, by git itself (read-only). */
async function tracked(): Promise<string[]> {
  const r = await execa('git', ['ls-files', '-z'], { cwd: REPO });
  return r.stdout.split('\0').filter(Boolean);
}

// Publishing a template from a template proves nothing (the fixtures it withholds are already gone, and a fresh
// template need not be a git repository): these run in the course repository only.
describe.skipIf(!HAS_SOLUTIONS)('publish-template', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  let out: string;
  let files: string[];
  beforeAll(async () => {
    out = path.join(tmpDir('labgrade-publish-'), 'template');
    const r = await publish(out);
    expect(r.exitCode, r.stderr).toBe(0);
    files = filesUnder(out);
  }, PROCESS_TEST_TIMEOUT_MS);

  it('leaves out every file of the solutions, naive and alternative submissions, and the golden reports', async () => {
    expect(files.filter((f) => WITHHELD.some((w) => f.startsWith(w)))).toEqual([]);
    // The repository does hold them, so the check above is not vacuous.
    const all = await tracked();
    for (const w of WITHHELD) expect(all.filter((f) => f.startsWith(w)).length, w).toBeGreaterThan(0);
  });

  it('copies the labs (starters) byte for byte, the grader, the built CLI and the tests', async () => {
    const labs = (await tracked()).filter((f) => f.startsWith('labs/') && fs.existsSync(path.join(REPO, f)));
    expect(labs.length).toBeGreaterThan(14);
    for (const f of labs)
      expect(fs.readFileSync(path.join(out, f)).equals(fs.readFileSync(path.join(REPO, f))), f).toBe(true);
    for (const f of [
      'graders/index.ts',
      'dist/cli/index.js',
      'package.json',
      'package-lock.json',
      'action.yml',
    ])
      expect(files, f).toContain(f);
    expect(files.filter((f) => f.startsWith('test/') && f.endsWith('.test.ts')).length).toBeGreaterThan(100);
    // Ignored and untracked things stay behind.
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('.git/'))).toBe(false);
  });

  it('writes a notice saying what was removed and why', () => {
    const notice = fs.readFileSync(path.join(out, 'TEMPLATE-NOTICE.md'), 'utf8');
    for (const w of WITHHELD) expect(notice).toContain(`\`${w}\``);
    expect(notice).toMatch(/copy them for full marks/);
  });

  it('refuses an --out inside the repository, and a folder that is not empty, writing nothing', async () => {
    const inside = path.join(REPO, 'test', 'publish-here');
    const r = await publish(inside);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain('is inside the repository');
    expect(fs.existsSync(inside)).toBe(false);

    const again = await publish(out);
    expect(again.exitCode).toBe(1);
    expect(again.stderr).toContain('is not empty');

    const none = await execa('node', [SCRIPT], {
      reject: false,
      env: childEnv(),
      timeout: PROCESS_TEST_TIMEOUT_MS,
    });
    expect(none.exitCode).toBe(2);
    expect(none.stderr).toContain('--out DIR is required');
  });

  it('grades in the published copy: exit 0 and 0 points, since only starters are there', async () => {
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(out, 'node_modules'), 'dir');
    const r = await execa(
      'node',
      ['dist/cli/index.js', 'grade', '--root', '.', '--no-lint', '--format', 'json'],
      {
        cwd: out,
        reject: false,
        env: childEnv(),
        timeout: PROCESS_TEST_TIMEOUT_MS,
      },
    );
    expect(r.exitCode, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { score: number; maxScore: number; labs: unknown[] };
    expect(report.score).toBe(0);
    expect(report.maxScore).toBeGreaterThan(0);
    expect(report.labs.length).toBeGreaterThanOrEqual(14);
  });

  it('its tests that need the solutions skip with the reason instead of failing', async () => {
    if (!fs.existsSync(path.join(out, 'node_modules')))
      fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(out, 'node_modules'), 'dir');
    const report = path.join(tmpDir('labgrade-publish-vitest-'), 'report.json');
    // A rubric test (grades the solutions in beforeAll), a rule test (built from the solution's text at import),
    // and a mutation table (a shared helper registers its tests): the three ways tests reach the fixtures.
    const targets = [
      'test/graders/rubrics/06-vpc-networking/rubric.test.ts',
      'test/graders/rules/iam/wildcard-actions.test.ts',
      'test/graders/rubrics/08-iam-security/mutations.test.ts',
    ];
    const r = await execa(
      'node',
      ['node_modules/vitest/vitest.mjs', 'run', ...targets, '--reporter=json', `--outputFile=${report}`],
      { cwd: out, reject: false, env: childEnv(), timeout: SLOW_PROCESS_TEST_TIMEOUT_MS - 10_000 },
    );
    expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
    const json = JSON.parse(fs.readFileSync(report, 'utf8')) as {
      numFailedTests: number;
      numPassedTests: number;
      numPendingTests: number;
      testResults: { name: string; assertionResults: { title: string; status: string }[] }[];
    };
    expect(json.numFailedTests).toBe(0);
    expect(json.numPassedTests).toBe(0);
    expect(json.testResults.map((t) => path.relative(fs.realpathSync(out), t.name)).sort()).toEqual(
      [...targets].sort(),
    );
    for (const file of json.testResults) {
      expect(file.assertionResults.length, file.name).toBeGreaterThan(0);
      expect(file.assertionResults.every((a) => a.status === 'skipped' || a.status === 'pending')).toBe(true);
      expect(
        file.assertionResults.some((a) => a.title.includes(SOLUTIONS_SKIP_REASON)),
        `${file.name} says why it skips`,
      ).toBe(true);
    }
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);

describe('publish-template never follows a symbolic link', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('leaves out a tracked link and the files under a linked folder, and names them in the notice', async () => {
    // A throwaway repository of its own (this one is only read): the script publishes the repository it sits in.
    const repo = tmpDir('labgrade-publish-repo-');
    const secret = path.join(tmpDir('labgrade-publish-secret-'), 'secret.txt');
    fs.writeFileSync(secret, 'not for learners');
    fs.mkdirSync(path.join(repo, '.github/scripts'), { recursive: true });
    fs.copyFileSync(SCRIPT, path.join(repo, '.github/scripts/publish-template.mjs'));
    fs.mkdirSync(path.join(repo, 'labs/01'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'labs/01/Dockerfile'), 'FROM scratch\n');
    fs.mkdirSync(path.join(repo, 'test/fixtures/solutions/labs/01'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'test/fixtures/solutions/labs/01/Dockerfile'), 'FROM node:24\n');
    fs.symlinkSync(secret, path.join(repo, 'labs/01/link.txt'));
    fs.mkdirSync(path.join(repo, 'docs'));
    fs.writeFileSync(path.join(repo, 'docs/guide.md'), '# Guide\n');
    const git = (...args: string[]) => execa('git', ['-c', 'safe.directory=*', ...args], { cwd: repo });
    await git('init', '-q');
    await git('add', '-A');
    // Now make a tracked folder a link: its tracked file would be read through the link.
    fs.renameSync(path.join(repo, 'docs'), path.join(repo, 'docs-real'));
    fs.symlinkSync(path.join(repo, 'docs-real'), path.join(repo, 'docs'));

    const out = path.join(tmpDir('labgrade-publish-out-'), 'template');
    const r = await execa('node', [path.join(repo, '.github/scripts/publish-template.mjs'), '--out', out], {
      reject: false,
      env: childEnv(),
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(filesUnder(out)).toEqual([
      '.github/scripts/publish-template.mjs',
      'TEMPLATE-NOTICE.md',
      'labs/01/Dockerfile',
    ]);
    const notice = fs.readFileSync(path.join(out, 'TEMPLATE-NOTICE.md'), 'utf8');
    expect(notice).toContain('`labs/01/link.txt`');
    expect(notice).toContain('`docs/guide.md`');
    expect(notice).toContain('`test/fixtures/solutions/`: the reference solution of every lab (1 file)');
  });
});
