// Generated content (lab rubrics, the lab list, the rule catalog, the sample comment) matches its sources.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generatedFiles } from '../../.github/scripts/docs-plan.js';
import { LABS, RULES } from '../../graders/index.js';
import { REPO } from '../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const files = await generatedFiles(REPO, LABS, RULES);

describe('generated documentation', { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  for (const { file, content } of files) {
    it(`${file} is current (run 'npm run docs' if not)`, () => {
      expect(fs.readFileSync(path.join(REPO, file), 'utf8')).toBe(content);
    });
  }
});
