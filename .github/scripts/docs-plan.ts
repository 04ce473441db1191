// Which files carry generated tables, and what they should contain. Shared by `npm run docs` and the drift test.
import fs from 'node:fs';
import path from 'node:path';
import type { Lab, Rule } from '../../action/engine/types.js';
import {
  LABS_END,
  LABS_START,
  RUBRIC_END,
  RUBRIC_START,
  RULES_END,
  RULES_START,
  labsTable,
  replaceBetween,
  rubricTable,
  rulesTable,
} from '../../graders/docs.js';

export function generatedFiles(
  root: string,
  labs: readonly Lab[],
  rules: readonly Rule[],
): { file: string; content: string }[] {
  const out: { file: string; content: string }[] = [];
  const read = (f: string) => fs.readFileSync(path.join(root, f), 'utf8');
  for (const lab of labs) {
    const file = `labs/${lab.id}/README.md`;
    out.push({ file, content: replaceBetween(read(file), RUBRIC_START, RUBRIC_END, rubricTable(lab), file) });
  }
  out.push({
    file: 'README.md',
    content: replaceBetween(read('README.md'), LABS_START, LABS_END, labsTable(labs), 'README.md'),
  });
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
