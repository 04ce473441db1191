import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { TOOL_VERSION } from '../../graders/engine/version.js';
import { REPO } from '../helpers/tmp.js';

it('the tool version matches package.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string };
  expect(TOOL_VERSION).toBe(pkg.version);
});
