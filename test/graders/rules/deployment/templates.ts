// Test helper (not a test file): lab 10's two full-score designs, so each rule case reads as "the solution,
// except …". ECS is the reference template (YAML, ECS blue/green strategy); CODEDEPLOY the second-style solution
// (JSON, CodeDeploy deployment group), edited through its parsed value.
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** The reference template: ECS deploys the service blue/green itself. */
export const ECS = read('test/fixtures/solutions/labs/10-blue-green/template.yaml');
/** The second-style solution: CodeDeploy deploys the service, in JSON with long-form intrinsics. */
export const CODEDEPLOY = read('test/fixtures/alternatives/labs/10-blue-green/template.json');
/** The starter: a rolling update with one target group. */
export const STARTER = read('labs/10-blue-green/template.yaml');

/** A parsed template, loosely typed: tests reach into it by known paths. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = Record<string, any>;

/** The CodeDeploy template after `change` edits its parsed value (resources under `t.Resources`). */
export function codeDeploy(change: (t: Json) => void): string {
  if (!HAS_SOLUTIONS) return ''; // the solution is absent and the tests built on it skip
  const t = JSON.parse(CODEDEPLOY) as Json;
  change(t);
  return JSON.stringify(t, null, 2);
}

/** The deployment group's properties, for `codeDeploy` edits. */
export const group = (t: Json): Json => t['Resources']['DeploymentGroup']['Properties'] as Json;

export { edit, without } from '../ecs-service/templates.js';
