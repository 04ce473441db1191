// Lab 10 graded on its own, with the rubric module directly (without the starters' hashes, so the starter is graded as if it were work): the
// reference solution (ECS blue/green) and the second-style solution (CodeDeploy, JSON, with appspec.yaml) earn
// 30/30 with no cfn-lint errors, the starter at most 6, and the common-mistakes submission loses exactly the items
// its mistakes touch. The appspec is read beside the template only in the CodeDeploy design, and its mistakes are
// reported in the appspec file. The README's rubric table is the one `npm run docs` would write.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RUBRIC_END, RUBRIC_START, replaceBetween, rubricTable } from '../../../../graders/docs.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/10-blue-green.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const rules = RULES;
const grade = async (root: string, lint = HAS_CFN_LINT): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules, lint })).labs[0]!;
const DIR = `labs/${lab.id}`;
const SOLUTION = path.join(REPO, 'test/fixtures/solutions', DIR, 'template.yaml');
const ALTERNATIVE = path.join(REPO, 'test/fixtures/alternatives', DIR);
const NAIVE = path.join(REPO, 'test/fixtures/naive', DIR, 'template.yaml');
// Absent in the published learner template, where the tests that read it skip.
const CD_TEMPLATE = HAS_SOLUTIONS ? fs.readFileSync(path.join(ALTERNATIVE, 'template.json'), 'utf8') : '';
const CD_APPSPEC = HAS_SOLUTIONS ? fs.readFileSync(path.join(ALTERNATIVE, 'appspec.yaml'), 'utf8') : '';
const solutionText = HAS_SOLUTIONS ? fs.readFileSync(SOLUTION, 'utf8') : '';

const unfinished = (l: LabReport) =>
  l.items
    .filter((i) => i.status !== 'passed')
    .map(
      (i) => `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => f.message).join(' | ')}`,
    );
const lost = (l: LabReport) => l.items.filter((i) => i.status !== 'passed').map((i) => i.id);
const item = (l: LabReport, id: string) => l.items.find((i) => i.id === id)!;
/** The CodeDeploy solution with another appspec text (or none). */
const codeDeploy = (appspec: string | undefined) =>
  grade(
    makeTree({
      [`${DIR}/template.json`]: CD_TEMPLATE,
      ...(appspec === undefined ? {} : { [`${DIR}/appspec.yaml`]: appspec }),
    }),
    false,
  );

let solution: LabReport;
let alternative: LabReport;
let starter: LabReport;
let naive: LabReport;

beforeAll(async () => {
  [solution, alternative, starter, naive] = await Promise.all([
    grade(path.join(REPO, 'test/fixtures/solutions')),
    grade(path.join(REPO, 'test/fixtures/alternatives')),
    grade(REPO),
    grade(path.join(REPO, 'test/fixtures/naive')),
  ]);
}, 120_000);

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('has at least six items worth 30 points, each citing evidence', () => {
    expect(lab.items.length).toBeGreaterThanOrEqual(6);
    expect(lab.items.reduce((n, i) => n + i.points, 0)).toBe(30);
    for (const i of lab.items) expect(i.evidence.length, i.id).toBeGreaterThan(0);
  });

  it('the reference solution (ECS blue/green) scores 30/30 and says which design it recognised', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
    expect(item(solution, 'deployment-strategy').feedback).toMatch(
      /Recognised: ECS blue\/green deployment strategy/,
    );
    expect(item(solution, 'appspec').feedback).toMatch(/Not applicable/);
  });

  it('the second-style solution (CodeDeploy, JSON, long-form intrinsics, appspec.yaml) scores 30/30', () => {
    expect(unfinished(alternative)).toEqual([]);
    expect(alternative.score).toBe(30);
    expect(item(alternative, 'deployment-strategy').feedback).toMatch(/Recognised: CodeDeploy blue\/green/);
    expect(item(alternative, 'appspec').feedback).not.toMatch(/Not applicable/);
  });

  it('the starter scores at most 6 and every item is gradable', () => {
    expect(starter.score).toBeLessThanOrEqual(6);
    // "It earns 2 points as it stands" (README): only the appspec item, which does not apply to a rolling update.
    expect(lost(starter)).toEqual(lab.items.map((i) => i.id).filter((id) => id !== 'appspec'));
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes submission loses exactly the items its mistakes touch', () => {
    expect(naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned])).toEqual([
      ['target-groups', 'failed', 0],
      ['bake-time', 'failed', 0],
      ['alarm-rollback', 'failed', 0],
      ['test-hook', 'failed', 0],
    ]);
    expect(naive.score).toBe(12);
    expect(naive.score).toBeGreaterThan(starter.score);
    expect(naive.score).toBeLessThan(30);
  });

  it('accepts the reference template as JSON too', async () => {
    const { parseCloudFormation } = await import('../../../../graders/engine/parsers/cloudformation.js');
    const parsed = parseCloudFormation('template.yaml', solutionText);
    if (!parsed.ok) throw new Error('fixture');
    const json = JSON.stringify(parsed.doc.template, null, 2);
    expect(unfinished(await grade(makeTree({ [`${DIR}/template.json`]: json }), false))).toEqual([]);
  });

  it('ignores an appspec.yaml beside a service that ECS deploys', async () => {
    const l = await grade(
      makeTree({ [`${DIR}/template.yaml`]: solutionText, [`${DIR}/appspec.yaml`]: 'version: 1\n' }),
      false,
    );
    expect(unfinished(l)).toEqual([]);
  });

  it('reads the CodeDeploy appspec as appspec.yml or appspec.json too', async () => {
    const { parse } = await import('yaml');
    for (const [name, text] of [
      ['appspec.yml', CD_APPSPEC],
      ['appspec.json', JSON.stringify(parse(CD_APPSPEC))],
    ] as const) {
      const l = await grade(
        makeTree({ [`${DIR}/template.json`]: CD_TEMPLATE, [`${DIR}/${name}`]: text }),
        false,
      );
      expect(unfinished(l), name).toEqual([]);
    }
  });

  it('the README carries the rubric table `npm run docs` would write', () => {
    const readme = fs.readFileSync(path.join(REPO, 'labs', lab.id, 'README.md'), 'utf8');
    expect(readme).toBe(replaceBetween(readme, RUBRIC_START, RUBRIC_END, rubricTable(lab), 'README.md'));
  });
});

describe.skipIf(!HAS_SOLUTIONS)(
  `${lab.id} appspec.yaml in the CodeDeploy design`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('a missing appspec costs the appspec and test-hook items, and says what to create', async () => {
      const l = await codeDeploy(undefined);
      expect(lost(l)).toEqual(['test-hook', 'appspec']);
      expect(item(l, 'appspec').feedback).toMatch(/appspec\.yaml' is missing/);
    });

    it('a YAML syntax error is reported in the appspec, and costs only those two items', async () => {
      const l = await codeDeploy('version: 0.0\nResources: [\n');
      expect(lost(l)).toEqual(['test-hook', 'appspec']);
      expect(l.notices.some((n) => n.file.endsWith('appspec.yaml'))).toBe(true);
    });

    it.each([
      ['another version', CD_APPSPEC.replace('version: 0.0', 'version: 1.0'), /only '0\.0'/, 3],
      [
        'a container the task definition does not have',
        CD_APPSPEC.replace('ContainerName: web', 'ContainerName: app'),
        /container 'app'.*'web'/,
        11,
      ],
      [
        'a port the container does not map',
        CD_APPSPEC.replace('ContainerPort: 8080', 'ContainerPort: 80'),
        /port 80 of container 'web'.*'8080'/,
        12,
      ],
      [
        'no task definition',
        CD_APPSPEC.replace("        TaskDefinition: '<TASK_DEFINITION>'\n", ''),
        /no 'TaskDefinition'/,
        7,
      ],
      [
        'a Lambda target type',
        CD_APPSPEC.replace('Type: AWS::ECS::Service', 'Type: AWS::Lambda::Function'),
        /'Type: AWS::ECS::Service'/,
        6,
      ],
      [
        'an unknown hook event',
        CD_APPSPEC.replace(
          '  - AfterAllowTestTraffic:',
          '  - BeforeAllowTestTraffic: other\n  - AfterAllowTestTraffic:',
        ),
        /not a lifecycle event/,
        14,
      ],
    ])('%s fails the appspec item, located in appspec.yaml', async (_name, text, message, line) => {
      const l = await codeDeploy(text);
      expect(lost(l)).toEqual(['appspec']);
      const findings = item(l, 'appspec').findings;
      expect(findings.map((f) => [f.file, f.line])).toEqual([[`${DIR}/appspec.yaml`, line]]);
      expect(findings[0]!.message).toMatch(message);
    });

    it('an appspec without an AfterAllowTestTraffic hook costs the test-hook item only', async () => {
      const l = await codeDeploy(CD_APPSPEC.replace(/Hooks:\n.*\n/, ''));
      expect(lost(l)).toEqual(['test-hook']);
      expect(item(l, 'test-hook').findings[0]?.file).toBe(`${DIR}/appspec.yaml`);
    });
  },
);

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  `${lab.id} templates and cfn-lint`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it.each([
      ['reference solution', SOLUTION],
      ['second-style solution', path.join(ALTERNATIVE, 'template.json')],
      ['common-mistakes submission', NAIVE],
      ['starter', path.join(REPO, DIR, 'template.yaml')],
    ])('cfn-lint reports no errors on the %s', (_name, file) => {
      const run = spawnSync(
        PYTHON,
        ['-c', 'import sys, cfnlint.runner; sys.exit(cfnlint.runner.main())', '--format', 'parseable', file],
        { encoding: 'utf8' },
      );
      expect(run.error).toBeUndefined();
      const errors = run.stdout.split('\n').filter((l) => /:E\d{4}:/.test(l));
      expect(errors).toEqual([]);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
