// Which labs a deploy takes: the parsed template of each lab the learner started, never an untouched starter.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxLabs } from '../../../action/sandbox/labs.js';
import { loadSubmission } from '../../../graders/engine/load.js';
import { LABS } from '../../../graders/index.js';
import { REPO, tmpDir } from '../../helpers/tmp.js';

const LAB03 = '03-ecs-service-alb';

/** A submission root holding a copy of the repository's labs/, the starters. */
function starters(): string {
  const root = tmpDir();
  fs.cpSync(path.join(REPO, 'labs'), path.join(root, 'labs'), { recursive: true });
  return root;
}

describe('sandboxLabs', () => {
  it("deploys a started lab's template and never an untouched starter", async () => {
    // The repository's own labs/ are the starters; edit lab 03 only.
    const root = starters();
    const file = path.join(root, 'labs', LAB03, 'template.yaml');
    fs.appendFileSync(file, '# my work\n');
    const loaded = await loadSubmission(root, LABS);
    expect(sandboxLabs(loaded).map((l) => l.id)).toEqual([LAB03]);
  });

  it('deploys nothing from the untouched starters', async () => {
    const loaded = await loadSubmission(starters(), LABS);
    expect(loaded.labs.some((l) => l.files.size > 0)).toBe(true);
    expect(sandboxLabs(loaded)).toEqual([]);
  });
});
