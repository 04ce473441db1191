// CDK labs across the fork-safe pair, through the built bundle (dist/index.js) as the runner starts it. The untrusted
// evaluate job synthesizes the app and puts the template in its artifact; the trusted report job grades that
// template itself, as data, and runs nothing from the pull request: a PR whose app and package scripts would write a
// marker file leaves no marker.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatPoints } from '../../action/report/format.js';
import type { Report } from '../../graders/engine/types.js';
import { APP, STACK, cdkApp, cdkSubmission } from '../helpers/cdk-apps.js';
import { FakeGitHub } from '../helpers/github-server.js';
import { runAction } from '../helpers/run-action.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';
import { tmpDir } from '../helpers/tmp.js';

const HEAD = 'c0ffee0000000000000000000000000000000008';
const LAB = '08-iam-security';
const REPO_NAME = 'Codertocat/Hello-World';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await new FakeGitHub({ repo: REPO_NAME, logins: { 'bot-token': 'github-actions[bot]' } }).start();
  gh.pulls.set(2, {
    number: 2,
    state: 'open',
    head: { sha: HEAD, ref: 'cdk', repo: { full_name: 'learner/Hello-World' } },
    base: { ref: 'main', repo: { full_name: REPO_NAME } },
  });
  gh.pullFiles.set(2, [`labs/${LAB}/cdk.json`, `labs/${LAB}/bin/app.ts`, `labs/${LAB}/lib/stack.ts`]);
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

const pr = {
  action: 'opened',
  number: 2,
  pull_request: { number: 2, state: 'open', head: { sha: HEAD, repo: { full_name: 'learner/Hello-World' } } },
  repository: { full_name: REPO_NAME, name: 'Hello-World', owner: { login: 'Codertocat' } },
};
const workflowRun = {
  action: 'completed',
  workflow_run: { id: 77, event: 'pull_request', head_sha: HEAD, conclusion: 'success', pull_requests: [] },
  repository: { full_name: REPO_NAME, name: 'Hello-World', owner: { login: 'Codertocat' } },
};

/** The untrusted half: grades the learner's checkout, synthesizing the app, and writes the artifact. */
async function evaluate(): Promise<{ artifact: string; report: Report }> {
  const workspace = cdkSubmission({ ...cdkApp(LAB, APP), [`labs/${LAB}/lib/stack.ts`]: STACK });
  const artifact = path.join(tmpDir(), 'artifact');
  const r = await runAction({
    cwd: workspace,
    inputs: { mode: 'evaluate', 'github-token': '', 'report-dir': artifact, labs: LAB, lint: 'false' },
    eventName: 'pull_request',
    payload: pr,
    repository: REPO_NAME,
    apiUrl: gh.url,
  });
  expect(r.code, r.stdout + r.stderr).toBe(0);
  const report = JSON.parse(fs.readFileSync(path.join(artifact, 'report.json'), 'utf8')) as Report;
  return { artifact, report };
}

/** The trusted half, in a workspace that holds nothing of the PR. */
function report(artifact: string) {
  return runAction({
    cwd: tmpDir(),
    inputs: { mode: 'report', 'github-token': 'bot-token', 'report-dir': artifact, labs: LAB, lint: 'false' },
    eventName: 'workflow_run',
    payload: workflowRun,
    repository: REPO_NAME,
    apiUrl: gh.url,
  });
}

/**
 * The PR head as GitHub holds it: an app, package scripts and a cdk.json command that would each write the marker
 * if anything ran them.
 */
function publishHostileCommit(marker: string): void {
  const write = (who: string) => `node -e "require('fs').writeFileSync('${marker}', '${who}')"`;
  const scripts = Object.fromEntries(
    ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish', 'test', 'build'].map((s) => [
      s,
      write(s),
    ]),
  );
  gh.addCommit(HEAD, {
    'package.json': JSON.stringify({ name: 'learner', scripts }),
    [`labs/${LAB}/package.json`]: JSON.stringify({ name: 'lab', scripts }),
    [`labs/${LAB}/cdk.json`]: JSON.stringify({ app: `${write('cdk.json')} && npx tsx bin/app.ts` }),
    [`labs/${LAB}/bin/app.ts`]: `import fs from 'node:fs';\nfs.writeFileSync('${marker}', 'app');\n${APP}`,
    [`labs/${LAB}/lib/stack.ts`]: `import fs from 'node:fs';\nfs.writeFileSync('${marker}', 'stack');\n${STACK}`,
    [`labs/${LAB}/test/stack.test.ts`]: `import fs from 'node:fs';\nfs.writeFileSync('${marker}', 'test');\n`,
  });
}

describe('CDK labs in the fork-safe pair', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('grades the template the PR synthesized, as data, and runs nothing from the PR', async () => {
    const { artifact, report: untrusted } = await evaluate();
    const synthesized = path.join(artifact, 'synth', LAB, 'LabStack.template.json');
    expect(fs.existsSync(synthesized)).toBe(true);
    const lab = untrusted.labs.find((l) => l.id === LAB)!;
    expect(lab.synthesized).toMatchObject({ stack: 'LabStack', by: 'grader' });

    const marker = path.join(os.tmpdir(), `labgrade-trusted-marker-${process.pid}-${Date.now()}`);
    publishHostileCommit(marker);
    const r = await report(artifact);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
    const body = gh.commentsOn(2)[0]!.body;
    // The trusted score is its own grade of the same template, so it equals the PR's.
    expect(body).toContain(`**${formatPoints(lab.score)} / 30**`);
    expect(body).toContain(`labs/${LAB}/cdk.out/LabStack.template.json`);
    expect(lab.score).toBeGreaterThan(0);
    expect(body).toContain(
      "Graded from the template your CDK app synthesized in this pull request's own run (`labs/" +
        LAB +
        '/cdk.out/LabStack.template.json`, stack `LabStack`); the trusted grader graded that template itself, as data.',
    );
    expect(body).not.toContain('differs from the trusted regrade');
  });

  it('does not grade a CDK lab whose template the artifact lacks, and says why', async () => {
    const { artifact } = await evaluate();
    fs.rmSync(path.join(artifact, 'synth'), { recursive: true });
    const marker = path.join(os.tmpdir(), `labgrade-trusted-marker-${process.pid}-${Date.now()}-b`);
    publishHostileCommit(marker);
    const r = await report(artifact);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    expect(fs.existsSync(marker)).toBe(false);
    const body = gh.commentsOn(2)[0]!.body;
    expect(body).toContain('**0 / 30**');
    expect(body).toMatch(/uploaded no template for it/);
  });

  it('grades a forged template as the learner-written template it then is', async () => {
    const { artifact } = await evaluate();
    const file = path.join(artifact, 'synth', LAB, 'LabStack.template.json');
    // A template that is not CloudFormation: refused by the parser, so the lab is not graded.
    fs.writeFileSync(file, '{"Resources": "<script>alert(1)</script>"}');
    publishHostileCommit(path.join(os.tmpdir(), `labgrade-trusted-marker-${process.pid}-c`));
    const r = await report(artifact);
    expect(r.code, r.stdout + r.stderr).toBe(0);
    const body = gh.commentsOn(2)[0]!.body;
    expect(body).toContain('**0 / 30**');
    expect(body).not.toContain('<script>');
  });
});
