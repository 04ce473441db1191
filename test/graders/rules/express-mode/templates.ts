// Test helper (not a test file): lab 13's reference template (Express Mode) and its second-style solution (App
// Runner, JSON), so each rule case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** Lab 13's reference template: an Express service with three roles, scaling, private networking and a log group. */
export const LAB13 = read('test/fixtures/solutions/labs/13-express-mode/template.yaml');
/** The App Runner design in JSON: access and instance roles, an auto scaling configuration, a VPC connector, a key. */
export const LAB13_RUNNER = read('test/fixtures/alternatives/labs/13-express-mode/template.json');

type Json = Record<string, Record<string, Record<string, unknown>>>;

/** The App Runner solution as an object, changed by `change`, and serialized again. */
export function runner(change: (t: Json) => void): string {
  if (!HAS_SOLUTIONS) return ''; // the solution is absent and the tests built on it skip
  const t = JSON.parse(LAB13_RUNNER) as Json;
  change(t);
  return JSON.stringify(t, null, 2);
}

/** The properties of a resource of a parsed JSON template. */
export function props(t: Json, id: string): Record<string, unknown> {
  return (t['Resources']![id] as { Properties: Record<string, unknown> }).Properties;
}

export { edit, without } from '../ecs-service/templates.js';
