// Real public CloudFormation templates (../shared/corpus/cfn), each graded as if a learner had submitted it
// for every template lab: the grader must produce a report, and never a grader error, whatever it meets.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../graders/engine/grade.js';
import type { Lab, Report } from '../../graders/engine/types.js';
import { LABS, RULES } from '../../graders/index.js';
import { HAS_SHARED, HAS_SOLUTIONS, REPO, SHARED, SOLUTIONS_SKIP_REASON, makeTree } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';
import { readLabFiles } from '../helpers/mutation-table.js';

const CORPUS = path.join(SHARED, 'corpus', 'cfn');
const templateLabs = LABS.filter((l) => l.files.some((f) => f.kind === 'cloudformation'));

describe.skipIf(!HAS_SHARED || !HAS_SOLUTIONS)(
  'corpus templates graded as every template lab',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const files = HAS_SHARED ? fs.readdirSync(CORPUS).sort() : [];
    let report: Report;
    const clones: { lab: Lab; source: string; clone: Lab }[] = [];

    beforeAll(async () => {
      // One grading run for every (lab, template) pair: each pair is a clone of the lab under its own id.
      const tree: Record<string, string> = {};
      templateLabs.forEach((lab, li) => {
        const spec = lab.files.find((f) => f.kind === 'cloudformation')!;
        const solution = path.join(REPO, 'test/fixtures/solutions/labs', lab.id);
        files.forEach((name, fi) => {
          const id = `c${li}x${fi}-${lab.id}`;
          const ext = /\.json$/i.test(name) ? 'template.json' : 'template.yaml';
          tree[`labs/${id}/${ext}`] = fs.readFileSync(path.join(CORPUS, name), 'utf8');
          // The lab's other files (lab 05's lifecycle policy) come from the reference solution.
          for (const other of lab.files.filter((f) => f !== spec)) {
            for (const p of other.paths) {
              const src = path.join(solution, p);
              if (!fs.existsSync(src)) continue;
              // A folder of files (lab 12's k8s/, lab 14's parameters/) is copied whole.
              if (fs.statSync(src).isDirectory())
                for (const [rel, text] of Object.entries(readLabFiles(src)))
                  tree[`labs/${id}/${p.replace(/\/+$/, '')}/${rel}`] = text;
              else tree[`labs/${id}/${p}`] = fs.readFileSync(src, 'utf8');
            }
          }
          clones.push({ lab, source: name, clone: { ...lab, id } });
        });
      });
      report = await gradeSubmission({
        root: makeTree(tree),
        labs: clones.map((c) => c.clone),
        rules: RULES,
        lint: false,
      });
    }, 120_000);

    it(`grades ${files.length} templates × ${templateLabs.length} labs without a grader error`, () => {
      expect(files.length).toBeGreaterThan(0);
      expect(report.labs).toHaveLength(clones.length);
      const errors = report.labs.flatMap((l, i) =>
        l.items
          .filter((it) => it.status === 'grader-error')
          .map((it) => `${clones[i]!.source} as ${clones[i]!.lab.id}: ${it.id}: ${it.feedback}`),
      );
      expect(errors).toEqual([]);
      for (const l of report.labs) {
        expect(l.score).toBeGreaterThanOrEqual(0);
        expect(l.score).toBeLessThanOrEqual(l.maxScore);
      }
    });

    // Only where the template is the lab's own work: lab 12 grades its manifests and may take the cluster from
    // cluster.yaml, which here is the reference solution's, so an unrelated template leaves it at full marks.
    it('no corpus template earns full marks on a lab by accident', () => {
      const templateIsTheWork = new Set(
        clones
          .filter((c) => c.lab.files.some((f) => f.kind === 'cloudformation' && f.required))
          .map((c) => c.clone.id),
      );
      const full = report.labs
        .filter((l) => templateIsTheWork.has(l.id) && l.score >= l.maxScore)
        .map((l) => l.id);
      expect(full).toEqual([]);
    });
  },
);

if (!HAS_SHARED)
  it.skip(
    'corpus tests need ../shared/corpus (present in CI; absent in a learner clone)',
    () => {},
    CFN_LINT_TEST_TIMEOUT_MS,
  );

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
