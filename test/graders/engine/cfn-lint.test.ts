import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { prestartCfnLint, runCfnLint, toFindings } from '../../../graders/engine/cfn-lint.js';
import { HAS_CFN_LINT, PYTHON, countingPython } from '../../helpers/cfn-lint.js';
import {
  BAD_SIZE_TEMPLATE,
  GOOD_TEMPLATE,
  TEST_RULES,
  otherLab,
  testLab,
  testLabFiles,
} from '../../helpers/test-labs.js';
import { makeTree, tmpDir } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

describe('toFindings', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('maps cfn-lint JSON to learner paths and drops unknown files', () => {
    const raw = [
      {
        Filename: 't0/template.yaml',
        Level: 'Warning',
        Location: { Start: { LineNumber: 4, ColumnNumber: 3 } },
        Message: 'm',
        Rule: { Id: 'W3010' },
      },
      {
        Filename: 'elsewhere.yaml',
        Level: 'Error',
        Location: { Start: { LineNumber: 1, ColumnNumber: 1 } },
        Message: 'x',
        Rule: { Id: 'E0000' },
      },
      { Filename: null, Level: 'Error', Message: 'config', Rule: { Id: 'E0003' } },
    ];
    expect(toFindings(raw, new Map([['t0/template.yaml', 'labs/x/template.yaml']]))).toEqual([
      {
        file: 'labs/x/template.yaml',
        line: 4,
        column: 3,
        severity: 'warning',
        ruleId: 'W3010',
        message: 'm',
      },
    ]);
    expect(toFindings('not an array', new Map())).toEqual([]);
  });
});

/** A template with a lint error, a clean one and one cfn-lint cannot read. */
const THREE_TEMPLATES = {
  templates: [
    { path: 'labs/a/template.yaml', text: BAD_SIZE_TEMPLATE },
    { path: 'labs/b/template.yaml', text: GOOD_TEMPLATE },
    { path: 'labs/c/template.yaml', text: 'Resources: [' },
  ],
  mandatory: ['E3047'],
  regions: ['us-east-1'],
};

describe.skipIf(!HAS_CFN_LINT)('runCfnLint against the real cfn-lint', () => {
  it(
    'lints several templates in one process, reports its version, and tells E0000 from lint errors',
    async () => {
      const py = countingPython();
      const r = await runCfnLint(THREE_TEMPLATES, { python: py.python });
      expect(py.calls()).toHaveLength(1);
      // E0000 and E0001 are always mandatory, so template Metadata can never hide "could not read this file".
      expect(py.calls()[0]!.join(' ')).toContain(' -m E0000 E0001 E3047 -- ');
      expect(r.status).toBe('ok');
      if (r.status !== 'ok') return;
      expect(r.version).toMatch(/^\d+\.\d+\.\d+$/);
      // The launcher marks each template cfn-lint finished with, the broken one included (it yields E0000).
      expect(r.linted).toEqual([true, true, true]);
      const [a, b, c] = r.byTemplate;
      expect(a!.map((f) => f.ruleId)).toContain('E3047');
      expect(a!.every((f) => f.file === 'labs/a/template.yaml')).toBe(true);
      expect(b!.filter((f) => f.severity === 'error')).toEqual([]);
      expect(c![0]?.ruleId).toBe('E0000');
      expect(c![0]?.file).toBe('labs/c/template.yaml');
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'grades a suppressed E3047 anyway: -m overrides template Metadata',
    async () => {
      const silenced = BAD_SIZE_TEMPLATE.replace(
        'AWSTemplateFormatVersion',
        'Metadata:\n  cfn-lint:\n    config:\n      ignore_checks: [E3047]\nAWSTemplateFormatVersion',
      );
      const r = await runCfnLint({
        templates: [{ path: 't.yaml', text: silenced }],
        mandatory: ['E3047'],
        regions: ['us-east-1'],
      });
      expect(r.status === 'ok' && r.byTemplate[0]!.map((f) => f.ruleId)).toContain('E3047');
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'runs once per grading run, whatever the number of templates',
    async () => {
      const labs = Array.from({ length: 6 }, (_, i) => ({ ...testLab, id: `9${i}-lab` }));
      const files: Record<string, string> = {};
      for (const lab of labs) {
        files[`labs/${lab.id}/Dockerfile`] = 'FROM node:22\n';
        files[`labs/${lab.id}/config.json`] = '{}';
        // Distinct texts: the engine lints each distinct template text once.
        files[`labs/${lab.id}/template.yaml`] = `${BAD_SIZE_TEMPLATE}# ${lab.id}\n`;
      }
      const py = countingPython();
      const prev = process.env['LABGRADE_PYTHON'];
      process.env['LABGRADE_PYTHON'] = py.python;
      try {
        const r = await gradeSubmission({ root: makeTree(files), labs, rules: TEST_RULES });
        expect(py.calls()).toHaveLength(1);
        expect(py.calls()[0]!.filter((a) => a.endsWith('template.yaml'))).toHaveLength(6);
        for (const lab of r.labs)
          expect(lab.items.find((i) => i.id === 'fargate-size')!.status).toBe('failed');
      } finally {
        if (prev === undefined) delete process.env['LABGRADE_PYTHON'];
        else process.env['LABGRADE_PYTHON'] = prev;
      }
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'never loads append_rules from a .cfnlintrc beside the template (marker file proves it)',
    async () => {
      const marker = path.join(tmpDir(), 'MARKER');
      const rulesDir = 'labs/90-test-lab/evil_rules';
      const root = makeTree(
        testLabFiles({
          'labs/90-test-lab/.cfnlintrc': `append_rules:\n  - evil_rules\n`,
          'labs/90-test-lab/.cfnlintrc.yaml': `append_rules:\n  - evil_rules\n`,
          [`${rulesDir}/EvilRule.py`]: `open(${JSON.stringify(marker)}, 'w').write('loaded')\nfrom cfnlint.rules import CloudFormationLintRule\nclass EvilRule(CloudFormationLintRule):\n    id = 'E9999'\n    shortdesc = 'evil'\n    description = 'evil'\n    source_url = ''\n    tags = []\n    def match(self, cfn):\n        return []\n`,
        }),
      );
      // Control: a grader that runs cfn-lint inside the learner's folder does load the rule (and runs its code).
      const { execa } = await import('execa');
      const launch =
        "import sys\nfrom cfnlint.runner import main\nsys.argv=['cfn-lint','template.yaml']\nmain()";
      await execa(PYTHON, ['-c', launch], { cwd: path.join(root, 'labs/90-test-lab'), reject: false });
      expect(fs.existsSync(marker)).toBe(true);
      fs.rmSync(marker);

      const r = await gradeSubmission({ root, labs: [testLab, otherLab], rules: TEST_RULES });
      expect(fs.existsSync(marker)).toBe(false);
      const lab = r.labs[0]!;
      expect(lab.notices.filter((n) => n.ruleId === 'labgrade/ignored-config').map((n) => n.file)).toEqual([
        'labs/90-test-lab/.cfnlintrc',
        'labs/90-test-lab/.cfnlintrc.yaml',
      ]);
      expect(lab.items.find((i) => i.id === 'fargate-size')!.status).toBe('passed');
      expect(r.labs[1]!.score).toBe(30);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );

  it(
    'reports a timeout as unavailable, not a crash',
    async () => {
      const r = await runCfnLint({
        templates: [{ path: 't.yaml', text: GOOD_TEMPLATE }],
        mandatory: [],
        regions: ['us-east-1'],
        timeoutMs: 50,
      });
      expect(r.status).toBe('unavailable');
      if (r.status === 'unavailable') expect(r.reason).toMatch(/did not finish/);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );
});

describe('runCfnLint without cfn-lint', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('says it is unavailable, with an install hint', async () => {
    const r = await runCfnLint(
      { templates: [{ path: 't.yaml', text: GOOD_TEMPLATE }], mandatory: [], regions: ['us-east-1'] },
      { python: '/nonexistent/python3', executable: '/nonexistent/cfn-lint' },
    );
    expect(r).toMatchObject({ status: 'unavailable', version: null });
    if (r.status === 'unavailable') expect(r.reason).toMatch(/'npm run tools'.*'pipx install cfn-lint'/);
  });
});

describe.skipIf(!HAS_CFN_LINT)(
  'a cfn-lint started ahead of time (the CLI starts it before loading the grader)',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const request = THREE_TEMPLATES;

    it('lints with the process it started, and gives what a fresh run gives', async () => {
      const py = countingPython();
      const warm = prestartCfnLint({ python: py.python });
      // Started at once, before any template is known: the arguments arrive later, on its standard input.
      const deadline = Date.now() + 30_000;
      while (py.calls().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(py.calls()).toHaveLength(1);
      expect(py.calls()[0]!.at(-1)).toBe('--labgrade-args-on-stdin');
      const r = await runCfnLint(request, { python: py.python, prestarted: warm });
      expect(py.calls()).toHaveLength(1);
      const fresh = await runCfnLint(request, { python: PYTHON });
      expect(r).toEqual(fresh);
      expect(r.status === 'ok' && r.linted).toEqual([true, true, true]);
      expect(fs.existsSync(warm.dir)).toBe(false);
    });

    it('is used once: a second run, or a run after cancel, starts its own process', async () => {
      const py = countingPython();
      const warm = prestartCfnLint({ python: py.python });
      await runCfnLint(request, { python: py.python, prestarted: warm });
      const again = await runCfnLint(request, { python: py.python, prestarted: warm });
      expect(py.calls()).toHaveLength(2);
      expect(again.status).toBe('ok');

      const cancelled = prestartCfnLint({ python: py.python });
      cancelled.cancel();
      // Cancel kills it, maybe before the shim has counted it: wait until it has ended (its folder goes then).
      const deadline = Date.now() + 30_000;
      while (fs.existsSync(cancelled.dir) && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      expect(fs.existsSync(cancelled.dir)).toBe(false);
      const before = py.calls().length;
      const after = await runCfnLint(request, { python: py.python, prestarted: cancelled });
      expect(py.calls()).toHaveLength(before + 1);
      expect(after.status).toBe('ok');
    });

    it('when cancelled unused, exits without linting and removes its folder', async () => {
      const warm = prestartCfnLint({ python: PYTHON });
      const dir = warm.dir;
      expect(fs.existsSync(dir)).toBe(true);
      warm.cancel();
      const deadline = Date.now() + 60_000;
      while (fs.existsSync(dir) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(fs.existsSync(dir)).toBe(false);
    });
  },
);
