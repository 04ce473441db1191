// Not-started labs and ignored candidate files. A lab whose graded files are all missing or still the starter
// earns nothing and says so; one edited file makes the whole lab graded as usual. A lab folder holding two
// candidates of one file (`template.yaml` and `template.json`) grades the first and warns on the other.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { CfnLintRequest, CfnLintResult } from '../../../graders/engine/cfn-lint.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import type { LabReport, Report } from '../../../graders/engine/report.js';
import { contentHash, notStartedNote, readStarters, withStarters } from '../../../graders/engine/starters.js';
import type { Lab } from '../../../graders/engine/types.js';
import { LABS, RUBRICS, RULES } from '../../../graders/index.js';
import { GOOD_TEMPLATE, TEST_RULES, otherLab, testLab, testLabFiles } from '../../helpers/test-labs.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, copyTree, makeTree, tmpDir } from '../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const labOf = (r: Report, id: string): LabReport => r.labs.find((l) => l.id === id)!;

/** The test labs with their test files recorded as starters, as `npm run docs` records the course's. */
const starterFiles = testLabFiles();
const starterRecord = (labId: string) =>
  Object.fromEntries(
    Object.entries(starterFiles)
      .filter(([p]) => p.startsWith(`labs/${labId}/`))
      .map(([p, text]) => [p.slice(`labs/${labId}/`.length), contentHash(String(text))]),
  );
const withTestStarters: Lab[] = withStarters([testLab, otherLab], {
  [testLab.id]: starterRecord(testLab.id),
  [otherLab.id]: starterRecord(otherLab.id),
});

/** A fake cfn-lint that records what it was asked to lint and finds nothing. */
const quietLint = () =>
  vi.fn(async (req: CfnLintRequest): Promise<CfnLintResult> => ({
    status: 'ok',
    version: '1.0.0',
    byTemplate: req.templates.map(() => []),
  }));

/**
 * The course's labs with starters read from labs/ now, not from graders/starters.generated.ts: these tests are
 * about behaviour, and test/meta/docs.test.ts is the one that fails when the generated record is stale.
 */
const COURSE: Lab[] = withStarters(
  RUBRICS,
  Object.fromEntries(RUBRICS.map((lab) => [lab.id, readStarters(REPO, lab)])),
);

/** The course's lab folders as a learner receives them, in a fresh root. */
const starterCourse = () => {
  const root = tmpDir();
  copyTree(path.join(REPO, 'labs'), path.join(root, 'labs'));
  return root;
};

describe.skipIf(!HAS_SOLUTIONS)('not-started labs', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('grades untouched starters 0, not-started, with a note, and never lints them', async () => {
    const lint = quietLint();
    const r = await gradeSubmission({
      root: makeTree(starterFiles),
      labs: withTestStarters,
      rules: TEST_RULES,
      cfnLint: lint,
    });
    expect(lint).not.toHaveBeenCalled();
    expect(r.score).toBe(0);
    const lab = labOf(r, testLab.id);
    expect(lab).toMatchObject({ status: 'not-started', score: 0, maxScore: 30 });
    expect(lab.note).toBe(
      "Not started: 'labs/90-test-lab/Dockerfile', 'labs/90-test-lab/config.json' and " +
        "'labs/90-test-lab/template.yaml' are still the starter files, so nothing is graded yet. " +
        "Start with task 1 in 'labs/90-test-lab/README.md'.",
    );
    // Every item at 0, none with findings on the starter's own gaps (the crashing rule never ran either).
    for (const item of lab.items) {
      expect(item).toMatchObject({ earned: 0, status: 'skipped', findings: [] });
      expect(item.feedback).toMatch(/is still the starter file/);
    }
    expect(labOf(r, otherLab.id).note).toMatch(/^Not started: 'labs\/91-other-lab\/Dockerfile' is still/);
  });

  it('treats a starter checked out with CRLF line endings as the starter', async () => {
    const crlf = Object.fromEntries(
      Object.entries(starterFiles).map(([p, text]) => [p, String(text).replace(/\n/g, '\r\n')]),
    );
    const r = await gradeSubmission({
      root: makeTree(crlf),
      labs: withTestStarters,
      rules: TEST_RULES,
      lint: false,
    });
    expect(r.labs.map((l) => l.status)).toEqual(['not-started', 'not-started']);
  });

  it('grades a lab normally once one of its starter files is edited, the untouched ones included', async () => {
    const files = testLabFiles({ 'labs/90-test-lab/Dockerfile': 'FROM node:22-alpine\nUSER node\n' });
    const root = makeTree(files);
    const lint = quietLint();
    const withStarters = await gradeSubmission({
      root,
      labs: withTestStarters,
      rules: TEST_RULES,
      cfnLint: lint,
    });
    // The same tree graded by labs that know no starters: every file present counts as work.
    const asWork = await gradeSubmission({
      root,
      labs: [testLab, otherLab],
      rules: TEST_RULES,
      cfnLint: lint,
    });
    const lab = labOf(withStarters, testLab.id);
    expect(lab.status).not.toBe('not-started');
    expect(lab.note).toBeUndefined();
    expect(lab).toEqual(labOf(asWork, testLab.id));
    // The untouched starter template of the started lab still went to cfn-lint.
    expect(lint.mock.calls[0]![0].templates.map((t) => t.path)).toEqual(['labs/90-test-lab/template.yaml']);
    expect(lab.score).toBeGreaterThan(0);
    // The other lab, untouched, is still not started.
    expect(labOf(withStarters, otherLab.id)).toMatchObject({ status: 'not-started', score: 0 });
  });

  it('counts a starter file moved to another candidate path as the starter', async () => {
    // The starter template renamed to template.yml: same text, so still no work.
    const files = { ...starterFiles };
    files['labs/90-test-lab/template.yml'] = files['labs/90-test-lab/template.yaml']!;
    delete files['labs/90-test-lab/template.yaml'];
    const r = await gradeSubmission({
      root: makeTree(files),
      labs: withTestStarters,
      rules: TEST_RULES,
      lint: false,
    });
    expect(labOf(r, testLab.id).status).toBe('not-started');
  });

  // With the shipped registry (LABS): fails, like test/meta/docs.test.ts, until `npm run docs` records a changed starter.
  it("grades the repository's own labs/ 0/(30 per lab), every lab not started", async () => {
    const lint = quietLint();
    const r = await gradeSubmission({ root: REPO, labs: LABS, rules: RULES, cfnLint: lint });
    expect(lint).not.toHaveBeenCalled();
    expect(r.maxScore).toBe(30 * LABS.length);
    expect(r.score).toBe(0);
    for (const lab of r.labs) {
      expect(lab.status, lab.id).toBe('not-started');
      expect(lab.note, lab.id).toMatch(/^Not started: .*still the starter file/);
      expect(lab.items.every((i) => i.earned === 0 && i.findings.length === 0)).toBe(true);
    }
  });

  it('grades the started labs of a mixed submission and leaves the untouched ones at 0', async () => {
    const root = starterCourse();
    // Lab 02 solved; lab 01 with only its Dockerfile edited (its .dockerignore is still the starter).
    fs.copyFileSync(
      path.join(REPO, 'test/fixtures/solutions/labs/02-ecs-task-definition/task-definition.json'),
      path.join(root, 'labs/02-ecs-task-definition/task-definition.json'),
    );
    fs.copyFileSync(
      path.join(REPO, 'test/fixtures/solutions/labs/01-production-dockerfile/Dockerfile'),
      path.join(root, 'labs/01-production-dockerfile/Dockerfile'),
    );
    const r = await gradeSubmission({ root, labs: COURSE, rules: RULES, lint: false });
    const asWork = await gradeSubmission({ root, labs: RUBRICS, rules: RULES, lint: false });
    for (const id of ['01-production-dockerfile', '02-ecs-task-definition']) {
      expect(labOf(r, id).status, id).not.toBe('not-started');
      expect(labOf(r, id), id).toEqual(labOf(asWork, id));
    }
    expect(labOf(r, '02-ecs-task-definition').score).toBe(30);
    for (const lab of r.labs.slice(2)) expect(lab, lab.id).toMatchObject({ status: 'not-started', score: 0 });
    expect(r.score).toBe(labOf(r, '01-production-dockerfile').score + 30);
  });

  it('says which file to create when a lab folder has no lab file at all', () => {
    expect(notStartedNote('02-ecs-task-definition', [])).toBe(
      "Not started: no lab file is in 'labs/02-ecs-task-definition/' yet. Start with task 1 in " +
        "'labs/02-ecs-task-definition/README.md'.",
    );
  });

  it('records a hash for every starter file the course ships', () => {
    // test/meta/docs.test.ts compares graders/starters.generated.ts with what `npm run docs` would write; this
    // pins what it writes: one hash per lab file present in labs/<id>/, by candidate path, and one per manifest of a
    // manifest folder (lab 12's k8s/), by its own path. A file set (lab 14's parameters/) never makes a lab started,
    // so it has none.
    for (const lab of RUBRICS) {
      const dir = path.join(REPO, 'labs', lab.id);
      const present = lab.files.flatMap((f) =>
        f.paths.flatMap((p) => {
          const abs = path.join(dir, p);
          if (!fs.existsSync(abs)) return [];
          if (fs.statSync(abs).isFile()) return [p];
          if (f.kind !== 'kubernetes') return [];
          return fs
            .readdirSync(abs, { recursive: true, encoding: 'utf8' })
            .filter((r) => /\.(ya?ml|json)$/.test(r))
            .map((r) => `${p}${r.split(path.sep).join('/')}`);
        }),
      );
      // A lab solved in the CDK only starts from an app: every file of it, all but the README the learner reads.
      if (lab.files.some((f) => f.cdk === 'only'))
        present.push(
          ...fs
            .readdirSync(dir, { recursive: true, encoding: 'utf8' })
            .map((r) => r.split(path.sep).join('/'))
            .filter((r) => r !== 'README.md' && fs.statSync(path.join(dir, r)).isFile()),
        );
      expect(Object.keys(readStarters(REPO, lab)).sort(), lab.id).toEqual([...new Set(present)].sort());
    }
  });
});

describe('a lab file present under two candidate paths', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  const json = JSON.stringify({ Resources: { Only: { Type: 'AWS::ECS::Cluster' } } }, null, 2);

  it('grades the first candidate and warns on the other, naming the graded one', async () => {
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/template.json': json }));
    const lint = quietLint();
    const r = await gradeSubmission({ root, labs: [testLab], rules: TEST_RULES, cfnLint: lint });
    const lab = labOf(r, testLab.id);
    // template.yaml (two resources) is graded: the custom item counts its resources; the JSON has one.
    expect(lab.items.find((i) => i.id === 'custom')!.earned).toBe(5);
    expect(lint.mock.calls[0]![0].templates.map((t) => t.path)).toEqual(['labs/90-test-lab/template.yaml']);
    const ignored = lab.notices.filter((n) => n.ruleId === 'labgrade/ignored-file');
    expect(ignored).toEqual([
      {
        file: 'labs/90-test-lab/template.json',
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'labgrade/ignored-file',
        message: expect.stringContaining(
          "'labs/90-test-lab/template.json' is not graded because 'template.yaml' is",
        ),
      },
    ]);
    expect(ignored[0]!.message).toContain("'template.yaml', 'template.yml', 'template.json'");
    expect(lab.items.every((i) => i.findings.every((f) => f.file !== 'labs/90-test-lab/template.json'))).toBe(
      true,
    );
  });

  it('warns on every ignored candidate, whichever candidate is graded', async () => {
    const files = testLabFiles({
      'labs/90-test-lab/template.yml': GOOD_TEMPLATE,
      'labs/90-test-lab/template.json': json,
    });
    delete files['labs/90-test-lab/template.yaml'];
    const r = await gradeSubmission({
      root: makeTree(files),
      labs: [testLab],
      rules: TEST_RULES,
      lint: false,
    });
    const ignored = labOf(r, testLab.id).notices.filter((n) => n.ruleId === 'labgrade/ignored-file');
    expect(ignored.map((n) => n.file)).toEqual(['labs/90-test-lab/template.json']);
    expect(ignored[0]!.message).toContain("because 'template.yml' is");

    const all = makeTree(
      testLabFiles({
        'labs/90-test-lab/template.yml': GOOD_TEMPLATE,
        'labs/90-test-lab/template.json': json,
      }),
    );
    const r2 = await gradeSubmission({ root: all, labs: [testLab], rules: TEST_RULES, lint: false });
    expect(
      labOf(r2, testLab.id)
        .notices.filter((n) => n.ruleId === 'labgrade/ignored-file')
        .map((n) => n.file),
    ).toEqual(['labs/90-test-lab/template.json', 'labs/90-test-lab/template.yml']);
  });

  it('grades a later candidate holding work over the untouched starter, and warns on the starter', async () => {
    // A learner who prefers JSON writes template.json and leaves the starter template.yaml as it came.
    const root = makeTree({ ...starterFiles, 'labs/90-test-lab/template.json': json });
    const lint = quietLint();
    const r = await gradeSubmission({ root, labs: withTestStarters, rules: TEST_RULES, cfnLint: lint });
    const lab = labOf(r, testLab.id);
    expect(lab.status).not.toBe('not-started');
    expect(lint.mock.calls[0]![0].templates.map((t) => t.path)).toEqual(['labs/90-test-lab/template.json']);
    expect(lab.items.find((i) => i.id === 'custom')!.earned).toBe(0); // the JSON has one resource, not two
    const ignored = lab.notices.filter((n) => n.ruleId === 'labgrade/ignored-file');
    expect(ignored.map((n) => n.file)).toEqual(['labs/90-test-lab/template.yaml']);
    expect(ignored[0]!.message).toContain("because 'template.json' is");
  });

  it('names the first candidate when every candidate present is an untouched starter', async () => {
    const root = makeTree({
      ...starterFiles,
      'labs/90-test-lab/template.json': starterFiles['labs/90-test-lab/template.yaml']!,
    });
    const r = await gradeSubmission({ root, labs: withTestStarters, rules: TEST_RULES, lint: false });
    const lab = labOf(r, testLab.id);
    expect(lab.status).toBe('not-started');
    expect(lab.note).toContain("'labs/90-test-lab/template.yaml'");
    expect(lab.notices.map((n) => [n.ruleId, n.file])).toEqual([
      ['labgrade/ignored-file', 'labs/90-test-lab/template.json'],
    ]);
  });

  it('gives no warning when only one candidate exists', async () => {
    const r = await gradeSubmission({
      root: makeTree(testLabFiles()),
      labs: [testLab],
      rules: TEST_RULES,
      lint: false,
    });
    expect(labOf(r, testLab.id).notices.filter((n) => n.ruleId === 'labgrade/ignored-file')).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
