// Static grading must not pay for the AWS SDK. Each case runs a real entry point in a child process with a
// module-resolution hook that records every module Node loads, then looks for @aws-sdk (and its @smithy core).
// The sweep case is the control: it must load the SDK, or the hook would prove nothing.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const HOOK = path.join(REPO, 'test/action/sandbox/fixtures/trace-loads.mjs');
const SDK = /\/node_modules\/@(aws-sdk|smithy)\//;
/** Each child process may take this long (spawnSync's own bound below); a test waits for all of its children. */
const PROCESS_TIMEOUT_MS = 60_000;

function traced(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const dir = tmpDir('labgrade-trace-');
  const trace = path.join(dir, 'modules.txt');
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', HOOK, path.join(REPO, script), ...args],
    {
      cwd: REPO,
      env: { ...process.env, ...env, TRACE_FILE: trace },
      encoding: 'utf8',
      timeout: PROCESS_TIMEOUT_MS,
    },
  );
  const loaded = fs.existsSync(trace) ? fs.readFileSync(trace, 'utf8').split('\n').filter(Boolean) : [];
  return { ...r, loaded, sdk: loaded.filter((u) => SDK.test(u)) };
}

describe.skipIf(!HAS_SOLUTIONS)('AWS SDK loading', () => {
  it(
    '`labgrade grade` loads no AWS SDK module',
    () => {
      const r = traced('action/cli/index.ts', [
        'grade',
        '--root',
        'test/fixtures/solutions',
        '--no-lint',
        '--format',
        'json',
      ]);
      expect(r.status, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).schemaVersion).toBe(1);
      expect(r.loaded.some((u) => u.includes('/graders/engine/grade.ts'))).toBe(true);
      expect(r.sdk).toEqual([]);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    '`labgrade sandbox plan` runs the guard and the estimate, with no credentials, and loads no AWS SDK module',
    () => {
      const r = traced(
        'action/cli/index.ts',
        [
          'sandbox',
          'plan',
          '--root',
          'test/fixtures/solutions',
          '--format',
          'json',
          '--parameters',
          '{"CertificateArn": "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c"}',
        ],
        // Nothing to call and nothing to call it with: an endpoint that refuses, and no credentials at all.
        {
          AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          AWS_SESSION_TOKEN: '',
          AWS_PROFILE: '',
        },
      );
      expect(r.status, r.stderr).toBe(0);
      const plan = JSON.parse(r.stdout) as { schemaVersion: number; labs: { id: string; verdict: string }[] };
      expect(plan.schemaVersion).toBe(1);
      expect(plan.labs.find((l) => l.id === '03-ecs-service-alb')?.verdict).toBe('allowed');
      expect(r.loaded.some((u) => u.includes('/action/sandbox/guard/index.ts'))).toBe(true);
      expect(r.loaded.some((u) => u.includes('/action/sandbox/index.ts'))).toBe(false);
      expect(r.sdk).toEqual([]);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'the action with deploy off loads no AWS SDK module',
    () => {
      const dir = tmpDir('labgrade-action-');
      const out = path.join(dir, 'out');
      const summary = path.join(dir, 'summary');
      fs.writeFileSync(out, '');
      fs.writeFileSync(summary, '');
      const r = traced('action/index.ts', [], {
        INPUT_ROOT: 'test/fixtures/solutions',
        INPUT_LINT: 'false',
        INPUT_DEPLOY: 'false',
        'INPUT_REPORT-DIR': path.join(dir, 'report'),
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: summary,
      });
      expect(r.stdout).not.toContain('::error::');
      expect(fs.readFileSync(out, 'utf8')).toContain('score');
      expect(r.sdk).toEqual([]);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    'the post step with nothing saved loads no AWS SDK module and makes no call',
    () => {
      const r = traced('action/post.ts', [], {
        STATE_sandboxStacks: '',
        AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
      });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe('');
      expect(r.sdk).toEqual([]);
    },
    PROCESS_TIMEOUT_MS,
  );

  it(
    '`labgrade sandbox sweep` does load it (the control)',
    () => {
      const r = traced('action/cli/index.ts', ['sandbox', 'sweep', '--region', 'us-east-1', '--dry-run'], {
        AWS_ENDPOINT_URL: 'http://127.0.0.1:1',
        AWS_ACCESS_KEY_ID: 'x',
        AWS_SECRET_ACCESS_KEY: 'x',
      });
      expect(r.sdk.some((u) => u.includes('/@aws-sdk/client-cloudformation/'))).toBe(true);
    },
    PROCESS_TIMEOUT_MS,
  );
});

// The same promise for the committed bundles: ncc puts the SDK in separate chunk files, which must stay unloaded.
describe.skipIf(!HAS_SOLUTIONS)('AWS SDK loading in dist/', () => {
  const chunks = (dir: string) =>
    fs
      .readdirSync(path.join(REPO, dir))
      .filter((f) => /^\d+\.index\.js$/.test(f))
      .filter((f) => fs.readFileSync(path.join(REPO, dir, f), 'utf8').includes('CloudFormationClient'))
      .map((f) => `${dir}/${f}`);

  it(
    'the SDK lives only in lazily loaded chunks, which grading never loads',
    () => {
      const sdkChunks = [...chunks('dist'), ...chunks('dist/cli')];
      expect(
        sdkChunks.length,
        'the SDK should be split into chunks; see action/run/modes.ts',
      ).toBeGreaterThan(0);
      for (const entry of ['dist/index.js', 'dist/cli/index.js']) {
        expect(fs.readFileSync(path.join(REPO, entry), 'utf8')).not.toContain('CloudFormationClient');
      }
      const dir = tmpDir('labgrade-dist-');
      const out = path.join(dir, 'out');
      fs.writeFileSync(out, '');
      fs.writeFileSync(path.join(dir, 'summary'), '');
      const action = traced('dist/index.js', [], {
        INPUT_ROOT: 'test/fixtures/solutions',
        INPUT_LINT: 'false',
        'INPUT_REPORT-DIR': path.join(dir, 'report'),
        GITHUB_OUTPUT: out,
        GITHUB_STEP_SUMMARY: path.join(dir, 'summary'),
      });
      const cli = traced('dist/cli/index.js', ['grade', '--root', 'test/fixtures/solutions', '--no-lint']);
      for (const r of [action, cli]) {
        expect(r.status, r.stderr).toBe(0);
        expect(r.loaded.some((u) => u.includes('/dist/'))).toBe(true);
        expect(r.loaded.filter((u) => sdkChunks.some((c) => u.endsWith(`/${c}`)))).toEqual([]);
      }
    },
    2 * PROCESS_TIMEOUT_MS,
  );
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
