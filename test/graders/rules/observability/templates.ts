// Test helper (not a test file): lab 11's reference template and its second-style (JSON) solution, so each rule
// case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** Lab 11's reference template: awslogs to an encrypted log group, an ADOT sidecar, four alarms, a dashboard. */
export const LAB11 = read('test/fixtures/solutions/labs/11-observability/template.yaml');
/** The same lab in JSON: FireLens, an X-Ray daemon, separate policies, a metric-math alarm, a Join dashboard. */
export const LAB11_JSON = read('test/fixtures/alternatives/labs/11-observability/template.json');

/** The JSON solution as an object, to edit and serialize again. */
export const lab11Json = (): Record<string, Record<string, Record<string, unknown>>> =>
  JSON.parse(LAB11_JSON) as Record<string, Record<string, Record<string, unknown>>>;

export { edit, without } from '../ecs-service/templates.js';
