// Golden reports: every fixture (reference solutions, common-mistakes submissions, the starters) and every
// corpus file graded as each lab that reads its kind, compared with reports recorded in
// test/fixtures/golden/*.golden (JSON, under an extension of its own so formatters leave it alone). A
// refactor of the engine must leave every score, status, feedback and finding as it was; only timing and
// fields added to schema v1 since the recording are left out of the comparison. After a deliberate change
// of grading, `npx vitest run test/labs/golden-reports.test.ts -u` re-records them, and the diff shows
// every report that moved.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdkSynthSource } from '../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../graders/engine/grade.js';
import { workspaceSource } from '../../graders/engine/load.js';
import type { Finding, Lab, Report } from '../../graders/engine/types.js';
import { LABS, RULES } from '../../graders/index.js';
import { HAS_CFN_LINT } from '../helpers/cfn-lint.js';
import { readLabFiles } from '../helpers/mutation-table.js';
import { HAS_SHARED, HAS_SOLUTIONS, REPO, SHARED, SOLUTIONS_SKIP_REASON, makeTree } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS, SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const GOLDEN = path.join(REPO, 'test/fixtures/golden');

/** The finding fields the golden files were recorded with; later additive fields are not compared. */
const FINDING_FIELDS = ['file', 'line', 'column', 'severity', 'ruleId', 'message'] as const;

function normalize(report: Report): string {
  const finding = (f: Finding) => Object.fromEntries(FINDING_FIELDS.map((k) => [k, f[k]]));
  const labs = report.labs.map((l) => ({
    ...l,
    notices: l.notices.map(finding),
    items: l.items.map((i) => ({ ...i, findings: i.findings.map(finding) })),
  }));
  return `${JSON.stringify({ ...report, labs, durationMs: undefined }, null, 1)}\n`;
}

describe.skipIf(!HAS_CFN_LINT || !HAS_SOLUTIONS)(
  'fixtures graded with cfn-lint match the recorded reports',
  () => {
    it.each([
      ['solutions', 'test/fixtures/solutions'],
      ['naive', 'test/fixtures/naive'],
      ['starters', '.'],
    ])(
      '%s',
      async (name, root) => {
        // As `labgrade grade` reads them: lab 15's CDK app is graded from the template it synthesizes.
        const report = await gradeSubmission({
          root: path.join(REPO, root),
          labs: LABS,
          rules: RULES,
          sources: [cdkSynthSource(), workspaceSource],
        });
        await expect(normalize(report)).toMatchFileSnapshot(path.join(GOLDEN, `${name}.golden`));
      },
      SLOW_PROCESS_TEST_TIMEOUT_MS,
    );
  },
);
if (!HAS_CFN_LINT)
  it.skip(
    'fixture golden reports need cfn-lint (installed by `npm run tools`)',
    () => {},
    CFN_LINT_TEST_TIMEOUT_MS,
  );

/** Corpus folders by the lab file they stand in for: `kind` of the lab file, or its id for JSON. */
const CORPUS_FOR: readonly { dir: string; fits: (f: Lab['files'][number]) => boolean }[] = [
  // Not a lab solved in the CDK only: its template is the one its app synthesizes, never a file put in its place.
  { dir: 'cfn', fits: (f) => f.kind === 'cloudformation' && f.cdk !== 'only' },
  { dir: 'dockerfiles', fits: (f) => f.kind === 'dockerfile' },
  { dir: 'taskdefs', fits: (f) => f.id === 'taskdef' },
];

describe.skipIf(!HAS_SHARED || !HAS_SOLUTIONS)(
  'corpus files graded as every lab that reads them match the recorded reports',
  () => {
    it.each(CORPUS_FOR.map((c) => [c.dir, c] as const))(
      '%s',
      async (dir, { fits }) => {
        const files = fs.readdirSync(path.join(SHARED, 'corpus', dir)).sort();
        const tree: Record<string, string> = {};
        const labs: Lab[] = [];
        for (const lab of LABS) {
          const spec = lab.files.find(fits);
          if (!spec) continue;
          const solution = path.join(REPO, 'test/fixtures/solutions/labs', lab.id);
          files.forEach((name, n) => {
            const id = `g${String(n).padStart(2, '0')}-${lab.id}`;
            const target = /\.json$/i.test(name)
              ? spec.paths.find((p) => p.endsWith('.json'))
              : spec.paths[0];
            tree[`labs/${id}/${target ?? spec.paths[0]}`] = fs.readFileSync(
              path.join(SHARED, 'corpus', dir, name),
              'utf8',
            );
            // The lab's other files come from its reference solution, so only the corpus file varies.
            for (const other of lab.files.filter((f) => f !== spec))
              for (const p of other.paths) {
                const src = path.join(solution, p);
                if (!fs.existsSync(src)) continue;
                // A folder of files (lab 12's k8s/, lab 14's parameters/) is copied whole.
                if (fs.statSync(src).isDirectory())
                  for (const [rel, text] of Object.entries(readLabFiles(src)))
                    tree[`labs/${id}/${p.replace(/\/+$/, '')}/${rel}`] = text;
                else tree[`labs/${id}/${p}`] = fs.readFileSync(src, 'utf8');
              }
            labs.push({ ...lab, id });
          });
        }
        // Rules only: cfn-lint over hundreds of copies would dominate the suite, and the fixtures cover it.
        const report = await gradeSubmission({ root: makeTree(tree), labs, rules: RULES, lint: false });
        await expect(normalize(report)).toMatchFileSnapshot(path.join(GOLDEN, `corpus-${dir}.golden`));
      },
      120_000,
    );
  },
);
if (!HAS_SHARED)
  it.skip(
    'corpus golden reports need ../shared/corpus (present in CI; absent in a learner clone)',
    () => {},
    CFN_LINT_TEST_TIMEOUT_MS,
  );

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
