// Which files carry generated content, and what they should contain. Shared by `npm run docs` and the
// drift test, so a README never disagrees with the metadata or with what the grader prints.
import fs from 'node:fs';
import path from 'node:path';
import { gradeSubmission } from '../../graders/engine/grade.js';
import type { Lab, Rule } from '../../graders/engine/types.js';
import { renderComment } from '../../action/report/comment.js';
import {
  LABS_END,
  LABS_START,
  RUBRIC_END,
  RUBRIC_START,
  RULES_END,
  RULES_START,
  SANDBOX_END,
  SANDBOX_START,
  labsTable,
  replaceBetween,
  rubricTable,
  rulesTable,
  sandboxTable,
} from '../../graders/docs.js';

export const SAMPLE_START = '<!-- sample-comment:start -->';
export const SAMPLE_END = '<!-- sample-comment:end -->';
/** Labs the README's sample comment grades (from test/fixtures/naive), lint off so it is the same everywhere. */
const SAMPLE_LABS = ['01-production-dockerfile', '02-ecs-task-definition'];

async function sampleComment(root: string, labs: readonly Lab[], rules: readonly Rule[]): Promise<string> {
  const report = await gradeSubmission({
    root: path.join(root, 'test/fixtures/naive'),
    labs: labs.filter((l) => SAMPLE_LABS.includes(l.id)),
    rules,
    lint: false,
  });
  const body = renderComment(report, {
    links: { serverUrl: 'https://github.com', repo: 'your-org/aws-container-labs', sha: '0123abc' },
    changedLabs: ['02-ecs-task-definition'],
    course: labs,
    summaryUrl: 'https://github.com/your-org/aws-container-labs/actions/runs/1',
  });
  // Shown inside a blockquote so it reads as a comment on the README page.
  return body
    .trimEnd()
    .split('\n')
    .map((l) => (l ? `> ${l}` : '>'))
    .join('\n');
}

export async function generatedFiles(
  root: string,
  labs: readonly Lab[],
  rules: readonly Rule[],
): Promise<{ file: string; content: string }[]> {
  const out: { file: string; content: string }[] = [];
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  for (const lab of labs) {
    const file = `labs/${lab.id}/README.md`;
    out.push({ file, content: replaceBetween(read(file), RUBRIC_START, RUBRIC_END, rubricTable(lab), file) });
  }
  let readme = replaceBetween(read('README.md'), LABS_START, LABS_END, labsTable(labs), 'README.md');
  readme = replaceBetween(
    readme,
    SAMPLE_START,
    SAMPLE_END,
    await sampleComment(root, labs, rules),
    'README.md',
  );
  readme = replaceBetween(readme, SANDBOX_START, SANDBOX_END, sandboxTable(labs), 'README.md');
  out.push({ file: 'README.md', content: readme });
  out.push({
    file: 'graders/README.md',
    content: replaceBetween(
      read('graders/README.md'),
      RULES_START,
      RULES_END,
      rulesTable(rules),
      'graders/README.md',
    ),
  });
  return out;
}
