// cfn-lint verdicts are never silent. An item graded by cfn-lint ids passes when cfn-lint reports none of them
// on the file; when cfn-lint could not read the file (E0000, E0001, or no result at all) it reports nothing
// else, and every such item used to pass: a broken template scored full marks. Now each of those items fails,
// saying why. And cfn-lint runs with a minimal environment, never the runner's tokens.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  NO_RESULT_RULE,
  cfnLintEnv,
  cfnLintUnreadable,
  runCfnLint,
  type CfnLintRequest,
  type CfnLintResult,
} from '../../../graders/engine/cfn-lint.js';
import { gradeSubmission, gradeSubmissions } from '../../../graders/engine/grade.js';
import type { Finding } from '../../../graders/engine/report.js';
import { HAS_CFN_LINT, PYTHON } from '../../helpers/cfn-lint.js';
import {
  BAD_SIZE_TEMPLATE,
  BROKEN_SAM_RESOURCES,
  TEST_RULES,
  otherLab,
  testLab,
  testLabFiles,
} from '../../helpers/test-labs.js';
import { makeTree, tmpDir } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const labs = [testLab, otherLab];
const TEMPLATE = 'labs/90-test-lab/template.yaml';
type Graded = Awaited<ReturnType<typeof gradeSubmission>>;
const item = (r: Graded, id: string) =>
  r.labs.find((l) => l.id === '90-test-lab')!.items.find((i) => i.id === id)!;

/** The E0000 real cfn-lint 1.51.0 gives a template with DEL in a comment (observed). */
const E0000_DEL: Finding = {
  file: TEMPLATE,
  line: 1,
  column: 1,
  severity: 'error',
  ruleId: 'E0000',
  message:
    'Template could not be parsed: unacceptable character #x007f: control characters are not allowed\n  in "<unicode string>", position 51',
};

/** A Fargate size cfn-lint refuses (E3047) plus an invalid SAM function: cfn-lint 1.51.0 reports only E0001. */
const SAM_BROKEN = BAD_SIZE_TEMPLATE.replace('Resources:\n', BROKEN_SAM_RESOURCES);

const fakeLint = (result: CfnLintResult) => vi.fn(async (_req: CfnLintRequest) => result);

describe(
  'an item graded by cfn-lint on a file cfn-lint could not read',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('fails (it passed before) when cfn-lint reports only E0000, quoting the error and its line', async () => {
      // A template our parser reads and cfn-lint does not: the E0000 that DEL gave, before our parser refused DEL,
      // stands for any disagreement between the two readers not yet known.
      const root = makeTree(testLabFiles({ [TEMPLATE]: BAD_SIZE_TEMPLATE }));
      const r = await gradeSubmission({
        root,
        labs,
        rules: TEST_RULES,
        cfnLint: fakeLint({ status: 'ok', version: '1.51.0', byTemplate: [[E0000_DEL]], linted: [true] }),
      });
      const size = item(r, 'fargate-size');
      expect(size.status).toBe('failed');
      expect(size.earned).toBe(0);
      expect(size.feedback).toContain(`cfn-lint could not read '${TEMPLATE}' (E0000 at line 1:`);
      expect(size.feedback).toContain('"Template could not be parsed: unacceptable character #x007f');
      expect(size.findings.map((f) => f.ruleId)).toEqual(['E0000']);
      // Items cfn-lint does not grade are untouched.
      expect(item(r, 'custom').status).toBe('passed');
      expect(item(r, 'from').status).toBe('passed');
    });

    it('fails when cfn-lint gave no result for the file, and a template it did read still passes', async () => {
      const lintRun = (linted: boolean[]) =>
        gradeSubmission({
          root: makeTree(testLabFiles()),
          labs,
          rules: TEST_RULES,
          cfnLint: fakeLint({ status: 'ok', version: '1.51.0', byTemplate: [[]], linted }),
        });
      const unread = item(await lintRun([false]), 'fargate-size');
      expect(unread.status).toBe('failed');
      expect(unread.feedback).toContain(`cfn-lint gave no result for '${TEMPLATE}'`);
      expect(unread.findings.map((f) => f.ruleId)).toEqual([NO_RESULT_RULE]);
      expect(item(await lintRun([true]), 'fargate-size').status).toBe('passed');
    });

    it('names the first E0000/E0001 finding, or none when cfn-lint finished and found neither', () => {
      const e3047: Finding = { ...E0000_DEL, ruleId: 'E3047', line: 6, message: 'size' };
      const e0001: Finding = { ...E0000_DEL, ruleId: 'E0001', message: 'Error transforming template' };
      expect(cfnLintUnreadable(TEMPLATE, [e3047], true)).toBeNull();
      expect(cfnLintUnreadable(TEMPLATE, [e3047, e0001], true)).toBe(e0001);
      expect(cfnLintUnreadable(TEMPLATE, [], false)).toMatchObject({
        file: TEMPLATE,
        ruleId: NO_RESULT_RULE,
      });
    });
  },
);

describe.skipIf(!HAS_CFN_LINT)('with the real cfn-lint', () => {
  it(
    'a template with DEL in a comment no longer scores full marks on cfn-lint items: it is refused with the line',
    async () => {
      // Before: our parser read it, cfn-lint reported only E0000, and 'fargate-size' (E3047) passed although
      // the size is invalid. Now the grader refuses the file, naming the character and where it is.
      const withDel = BAD_SIZE_TEMPLATE.replace('Resources:\n', '# size chosen \u007f by hand\nResources:\n');
      const r = await gradeSubmission({
        root: makeTree(testLabFiles({ [TEMPLATE]: withDel })),
        labs,
        rules: TEST_RULES,
      });
      const size = item(r, 'fargate-size');
      expect(size.status).not.toBe('passed');
      expect(size.earned).toBe(0);
      expect(size.feedback).toContain(`${TEMPLATE}:2`);
      expect(size.feedback).toContain('U+007F (DEL');
      const notice = r.labs[0]!.notices.find((n) => n.ruleId === 'parse/control-char');
      expect(notice).toMatchObject({ file: TEMPLATE, line: 2, column: 15 });
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'fails cfn-lint items on a template whose SAM transform fails (E0001), even when Metadata ignores E0001',
    async () => {
      const silenced = SAM_BROKEN.replace(
        'Resources:\n',
        'Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E0001]\nResources:\n',
      );
      // One cfn-lint process for the three. Control: the size error without the broken function is caught.
      const [control, sam, hidden] = await gradeSubmissions(
        [BAD_SIZE_TEMPLATE, SAM_BROKEN, silenced].map((text) => makeTree(testLabFiles({ [TEMPLATE]: text }))),
        { labs, rules: TEST_RULES },
      );
      expect(item(control!, 'fargate-size')).toMatchObject({ status: 'failed' });
      expect(item(control!, 'fargate-size').findings.map((f) => f.ruleId)).toEqual(['E3047']);
      for (const r of [sam!, hidden!]) {
        const size = item(r, 'fargate-size');
        // Before: cfn-lint reported E0001 alone (E3047 never ran), so this item passed.
        expect(size.status).toBe('failed');
        expect(size.feedback).toMatch(
          new RegExp(
            `^cfn-lint could not transform '${TEMPLATE}' \\(E0001 at line 1: "Error transforming template: Resource with id \\[Fn\\] is invalid`,
          ),
        );
        expect(size.findings.map((f) => f.ruleId)).toEqual(['E0001']);
      }
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'detects a template cfn-lint gave no result for (a shim drops the launcher mark of the second file)',
    async () => {
      // cfn-lint's JSON is the same for a clean template and one it never finished; only the mark differs.
      const dir = tmpDir();
      const shim = path.join(dir, 'python3');
      const real = PYTHON.includes('/') ? PYTHON : 'python3';
      fs.writeFileSync(
        shim,
        `#!/bin/sh\nexec 3>&1\n${real} "$@" 2>&1 1>&3 3>&- | grep -v '^LABGRADE-CFNLINT-LINTED-.* "t1/' 1>&2\n`,
        { mode: 0o755 },
      );
      const r = await runCfnLint(
        {
          templates: [BAD_SIZE_TEMPLATE, BAD_SIZE_TEMPLATE].map((text) => ({ path: TEMPLATE, text })),
          mandatory: ['E3047'],
          regions: ['us-east-1'],
        },
        { python: shim },
      );
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') return;
      expect(r.linted).toEqual([true, false]);
      expect(
        r.byTemplate.map((f, i) => cfnLintUnreadable(TEMPLATE, f, r.linted![i]!)?.ruleId ?? null),
      ).toEqual([null, NO_RESULT_RULE]);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'runs cfn-lint without the runner tokens in its environment (a shim python dumps what it got)',
    async () => {
      const dir = tmpDir();
      const dump = path.join(dir, 'env.txt');
      const shim = path.join(dir, 'python3');
      const real = PYTHON.includes('/') ? PYTHON : 'python3';
      fs.writeFileSync(shim, `#!/bin/sh\nenv > "${dump}"\nexec ${real} "$@"\n`, { mode: 0o755 });
      const secrets = {
        GITHUB_TOKEN: 'ghs_leak_github_token',
        ACTIONS_RUNTIME_TOKEN: 'leak_actions_runtime',
        AWS_SECRET_ACCESS_KEY: 'leak_aws_secret',
        AWS_SESSION_TOKEN: 'leak_aws_session',
        AWS_REGION: 'eu-west-3',
      };
      const saved = Object.fromEntries(Object.keys(secrets).map((k) => [k, process.env[k]]));
      Object.assign(process.env, secrets);
      try {
        const r = await runCfnLint(
          {
            templates: [{ path: 't.yaml', text: BAD_SIZE_TEMPLATE }],
            mandatory: ['E3047'],
            regions: ['us-east-1'],
          },
          { python: shim },
        );
        // cfn-lint still works with the minimal environment.
        expect(r.status === 'ok' && r.byTemplate[0]!.map((f) => f.ruleId)).toEqual(['E3047']);
        const seen = fs.readFileSync(dump, 'utf8');
        for (const [k, v] of Object.entries(secrets)) {
          expect(seen, `'${k}' reached cfn-lint's environment`).not.toContain(`${k}=`);
          expect(seen).not.toContain(v);
        }
        expect(seen).toMatch(/^PATH=/m);
        expect(seen).toMatch(/^PYTHONDONTWRITEBYTECODE=1$/m);
      } finally {
        for (const [k, v] of Object.entries(saved)) {
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
        }
      }
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );
});
if (!HAS_CFN_LINT)
  it.skip('the real cfn-lint cases need cfn-lint (`npm run tools`)', () => {}, CFN_LINT_TEST_TIMEOUT_MS);

describe('cfnLintEnv', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('keeps only what Python needs', () => {
    const env = cfnLintEnv({
      PATH: '/usr/bin',
      HOME: '/home/u',
      VIRTUAL_ENV: '/venv',
      LANG: 'C.UTF-8',
      GITHUB_TOKEN: 'x',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      AWS_ACCESS_KEY_ID: 'x',
      NPM_TOKEN: 'x',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      VIRTUAL_ENV: '/venv',
      LANG: 'C.UTF-8',
      PYTHONDONTWRITEBYTECODE: '1',
    });
  });
});
