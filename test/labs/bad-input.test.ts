// Hostile or broken input in one lab gives a clear finding on that lab, and every other lab is still graded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../graders/engine/grade.js';
import type { Report } from '../../graders/engine/types.js';
import { LABS, RULES } from '../../graders/index.js';
import { TEST_RULES, otherLab, testLab, testLabFiles } from '../helpers/test-labs.js';
import { CFN_LINT_TEST_TIMEOUT_MS, HAS_CFN_LINT } from '../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, copyTree, makeTree, tmpDir } from '../helpers/tmp.js';

const L1 = '01-production-dockerfile';
const L2 = '02-ecs-task-definition';

function solutionsCopy(): string {
  return copyTree(path.join(REPO, 'test/fixtures/solutions'));
}

// Labs 01 and 02 read every kind of file these cases corrupt, and need no cfn-lint to reach 30.
const REAL = LABS.filter((l) => l.id === L1 || l.id === L2);

async function gradeReal(root: string): Promise<Report> {
  return gradeSubmission({ root, labs: REAL, rules: RULES, lint: false });
}

function expectOtherLabFull(r: Report, id: string) {
  const other = r.labs.find((l) => l.id === id)!;
  expect(other.score).toBe(30);
}

const BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe.skipIf(!HAS_SOLUTIONS)('bad input', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('a 50 MB file', async () => {
    const root = solutionsCopy();
    const f = path.join(root, 'labs', L2, 'task-definition.json');
    fs.truncateSync(f, 50 * 1024 * 1024);
    const r = await gradeReal(root);
    const l = r.labs.find((x) => x.id === L2)!;
    expect(l.notices.map((n) => n.ruleId)).toContain('workspace/too-large');
    expect(l.items.every((i) => i.status === 'not-gradable')).toBe(true);
    expectOtherLabFull(r, L1);
  });

  it('a binary file', async () => {
    const root = solutionsCopy();
    fs.writeFileSync(
      path.join(root, 'labs', L1, 'Dockerfile'),
      Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]),
    );
    const r = await gradeReal(root);
    expect(r.labs.find((x) => x.id === L1)!.notices.map((n) => n.ruleId)).toContain('workspace/binary');
    expectOtherLabFull(r, L2);
  });

  it('a symlink to /etc/passwd', async () => {
    const root = solutionsCopy();
    const f = path.join(root, 'labs', L2, 'task-definition.json');
    fs.rmSync(f);
    fs.symlinkSync('/etc/passwd', f);
    const r = await gradeReal(root);
    const l = r.labs.find((x) => x.id === L2)!;
    expect(l.notices).toEqual([
      expect.objectContaining({
        file: `labs/${L2}/task-definition.json`,
        ruleId: 'workspace/symlink-escape',
      }),
    ]);
    expect(JSON.stringify(r)).not.toContain('root:x:0:0');
    expectOtherLabFull(r, L1);
  });

  it('a UTF-16 file', async () => {
    const root = solutionsCopy();
    const f = path.join(root, 'labs', L1, 'Dockerfile');
    fs.writeFileSync(
      f,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(fs.readFileSync(f, 'utf8'), 'utf16le')]),
    );
    const r = await gradeReal(root);
    const l = r.labs.find((x) => x.id === L1)!;
    expect(l.notices[0]).toMatchObject({ ruleId: 'workspace/encoding' });
    expect(l.notices[0]!.message).toMatch(/UTF-16/);
    expectOtherLabFull(r, L2);
  });

  it('a YAML alias bomb in a template', async () => {
    const root = makeTree(testLabFiles({ 'labs/90-test-lab/template.yaml': BOMB }));
    const r = await gradeSubmission({ root, labs: [testLab, otherLab], rules: TEST_RULES, lint: false });
    expect(r.labs[0]!.notices.map((n) => n.ruleId)).toContain('parse/yaml-aliases');
    expect(r.labs[0]!.items.find((i) => i.id === 'custom')!.status).toBe('not-gradable');
    expect(r.labs[1]!.score).toBe(30);
  });

  it('CRLF line endings and a UTF-8 BOM grade the same as LF', async () => {
    const root = solutionsCopy();
    for (const rel of [`labs/${L1}/Dockerfile`, `labs/${L2}/task-definition.json`]) {
      const f = path.join(root, rel);
      fs.writeFileSync(f, '\uFEFF' + fs.readFileSync(f, 'utf8').replace(/\n/g, '\r\n'));
    }
    const r = await gradeReal(root);
    expect(r.labs.map((l) => l.score)).toEqual([30, 30]);
  });
});

// The same two cases on a real template lab (lab 03), beside lab 01.
// These grade lab 03 with the real cfn-lint, which takes far more than 5 s on a busy 2-core machine.
describe.skipIf(!HAS_SOLUTIONS)(
  'bad input in a real template lab',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const L3 = '03-ecs-service-alb';
    const labs = LABS.filter((l) => l.id === L1 || l.id === L3);

    it('a YAML alias bomb in labs/03-ecs-service-alb/template.yaml', async () => {
      const root = solutionsCopy();
      fs.writeFileSync(path.join(root, 'labs', L3, 'template.yaml'), BOMB);
      const r = await gradeSubmission({ root, labs, rules: RULES, lint: HAS_CFN_LINT });
      const l3 = r.labs.find((l) => l.id === L3)!;
      expect(l3.notices.map((n) => n.ruleId)).toContain('parse/yaml-aliases');
      expect(l3.items.every((i) => i.status === 'not-gradable')).toBe(true);
      expectOtherLabFull(r, L1);
    });

    it.skipIf(!HAS_CFN_LINT)(
      'a .cfnlintrc with append_rules beside the template: the rules never load',
      async () => {
        const root = solutionsCopy();
        const marker = path.join(tmpDir(), 'MARKER');
        const dir = path.join(root, 'labs', L3);
        fs.mkdirSync(path.join(dir, 'evil_rules'));
        fs.writeFileSync(path.join(dir, '.cfnlintrc'), 'append_rules:\n  - evil_rules\n');
        fs.writeFileSync(
          path.join(dir, 'evil_rules', 'EvilRule.py'),
          `open(${JSON.stringify(marker)}, 'w').write('loaded')\nfrom cfnlint.rules import CloudFormationLintRule\nclass EvilRule(CloudFormationLintRule):\n    id = 'E9999'\n    shortdesc = 'evil'\n    description = 'evil'\n    source_url = ''\n    tags = []\n    def match(self, cfn):\n        return []\n`,
        );
        const r = await gradeSubmission({ root, labs, rules: RULES, lint: true });
        expect(fs.existsSync(marker)).toBe(false);
        const l3 = r.labs.find((l) => l.id === L3)!;
        expect(l3.notices.map((n) => n.ruleId)).toContain('labgrade/ignored-config');
        expect(l3.score).toBe(30);
        expectOtherLabFull(r, L1);
      },
    );
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
