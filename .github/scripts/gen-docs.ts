// `npm run docs`: regenerates the rubric tables in each lab README, the lab list in README.md and the
// rule catalog in graders/README.md from the metadata, and the starter hashes (graders/starters.generated.ts)
// from the starter files in labs/.
import fs from 'node:fs';
import path from 'node:path';
import { countNoun } from '../../graders/engine/plural.js';
import { LABS, RULES } from '../../graders/index.js';
import { generatedFiles } from './docs-plan.js';

const root = path.resolve(import.meta.dirname, '..', '..');
let changed = 0;
for (const { file, content } of await generatedFiles(root, LABS, RULES)) {
  const abs = path.join(root, file);
  if (!fs.existsSync(abs) || fs.readFileSync(abs, 'utf8') !== content) {
    fs.writeFileSync(abs, content);
    changed++;
    console.log(`docs: updated ${file}`);
  }
}
console.log(changed ? `docs: ${countNoun(changed, 'file')} updated` : 'docs: up to date');
