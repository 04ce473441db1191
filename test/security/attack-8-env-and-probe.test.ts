// Attack 8 (issue 9), its environment half: cfn-lint inherited the trusted job's whole environment, tokens
// included, so anything cfn-lint loads (its own code, a plugin, a spec patch) could read them. Now it runs with a
// minimal environment: PATH, HOME and the Python variables it needs, never a token.
//
// The other half (the HTTP probe accepted any `*.on.aws` host, such as a learner's own Lambda function URL) is
// attack-8-probe.test.ts: a real deploy to moto through the bundle.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { HAS_CFN_LINT, PYTHON } from '../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, tmpDir } from '../helpers/tmp.js';
import {
  HEAD,
  PROCESS_TIMEOUT,
  PR,
  artifact,
  filesOf,
  readReport,
  report,
  startGitHub,
  walk,
} from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT * 2, hookTimeout: PROCESS_TIMEOUT });

const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
const FILE = 'labs/03-ecs-service-alb/template.yaml';
const END = '----- end of one python start -----';

/** What the runner and the deploy step hold in the trusted job's environment. */
const SECRETS = {
  GITHUB_TOKEN: 'ghs_ATTACK8githubTOKEN0123456789abcdef',
  ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAi.ATTACK8-RUNTIME-TOKEN-5d2c',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'ATTACK8-OIDC-REQUEST-91ab',
  AWS_ACCESS_KEY_ID: 'AKIAATTACK8EXAMPLE00',
  AWS_SECRET_ACCESS_KEY: 'ATTACK8secretACCESSkey/0123456789abcdefXYZ',
  AWS_SESSION_TOKEN: 'ATTACK8sessionTOKEN-FwoGZXIvYXdzE',
};
const TOKEN_INPUT = 'ghs_ATTACK8inputTOKEN9876543210fedcba';

/** A python3 stand-in that appends the environment it was started with to a file, then runs the real one. */
function envDumpingPython(): { python: string; starts: () => string[] } {
  const dir = tmpDir();
  const log = path.join(dir, 'env.log');
  const real = PYTHON.includes('/') ? PYTHON : 'python3';
  const python = path.join(dir, 'python3');
  fs.writeFileSync(python, `#!/bin/sh\n{ env; echo '${END}'; } >> "${log}"\nexec ${real} "$@"\n`, {
    mode: 0o755,
  });
  const starts = () =>
    fs.existsSync(log)
      ? fs
          .readFileSync(log, 'utf8')
          .split(`${END}\n`)
          .filter((s) => s.trim())
      : [];
  return { python, starts };
}

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  'attack 8: cfn-lint and the runner’s tokens (through the trusted job)',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('cfn-lint runs and grades, and none of the tokens in the job’s environment reaches it', async () => {
      // Lab 03 with a mistake only cfn-lint finds (E3047), so a finding proves cfn-lint really ran in that environment.
      const files = filesOf(SOLUTIONS);
      files[FILE] = String(files[FILE]).replace("Memory: '512'", "Memory: '4096'");
      gh.addCommit(HEAD, files);
      gh.pullFiles.set(PR, [FILE]);
      const shim = envDumpingPython();

      const r = await report(
        gh,
        artifact(),
        { lint: 'true', 'github-token': TOKEN_INPUT },
        { ...SECRETS, LABGRADE_PYTHON: shim.python },
      );
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const trusted = readReport(r);
      expect(trusted.tool.cfnLint).toMatch(/^\d+\.\d+\.\d+/);
      const lab = trusted.labs.find((l) => l.id === '03-ecs-service-alb')!;
      const fargate = lab.items.find((i) => i.id === 'private-fargate-service')!;
      expect(fargate.findings.map((f) => f.ruleId)).toContain('E3047');

      // Python was started (through the shim) and saw only the minimal environment.
      const starts = shim.starts();
      expect(starts.length).toBeGreaterThan(0);
      for (const seen of starts) {
        for (const [name, value] of Object.entries(SECRETS)) {
          expect(seen, `'${name}' reached cfn-lint's environment`).not.toMatch(new RegExp(`^${name}=`, 'm'));
          expect(seen, `the value of '${name}' reached cfn-lint's environment`).not.toContain(value);
        }
        expect(seen, "the 'github-token' input reached cfn-lint's environment").not.toContain(TOKEN_INPUT);
        expect(seen).not.toMatch(/^INPUT_/m);
        expect(seen).toMatch(/^PATH=/m);
        expect(seen).toMatch(/^PYTHONDONTWRITEBYTECODE=1$/m);
      }
      // And no file the job wrote holds a token either.
      for (const root of [r.dir, r.outputs['trusted-root']!].filter(Boolean))
        for (const e of walk(root).filter((x) => x.kind === 'file')) {
          const text = fs.readFileSync(e.path, 'utf8');
          for (const value of [...Object.values(SECRETS), TOKEN_INPUT])
            expect(text, e.path).not.toContain(value);
        }
    });
  },
);
if (!HAS_CFN_LINT)
  it.skip(
    'attack 8 (environment) needs the real cfn-lint (`npm run tools`) to start through a shim',
    () => {},
    SLOW_PROCESS_TEST_TIMEOUT_MS,
  );

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
