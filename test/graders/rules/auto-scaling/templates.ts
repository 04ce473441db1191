// Test helper (not a test file): lab 09's reference template and its second-style (JSON) solution, so each rule
// case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** Lab 09's reference template: one service behind an ALB, a scalable target, three policies and an alarm. */
export const LAB09 = read('test/fixtures/solutions/labs/09-auto-scaling/template.yaml');
/** The same lab in JSON, long-form intrinsics, separate resources and other valid choices. */
export const LAB09_JSON = read('test/fixtures/alternatives/labs/09-auto-scaling/template.json');

export { edit, without } from '../ecs-service/templates.js';
