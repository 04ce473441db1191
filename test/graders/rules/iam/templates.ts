// Test helper (not a test file): lab 08's reference template, its second-style (JSON) solution and its starter, so
// each rule case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** Lab 08's reference template: two roles, a secret under a KMS key, hardened container, ECS Exec, GuardDuty. */
export const LAB08 = read('test/fixtures/solutions/labs/08-iam-security/template.yaml');
/** The same lab in JSON: long-form intrinsics, separate policies (one as JSON text), Exec logging the DEFAULT way. */
export const LAB08_JSON = read('test/fixtures/alternatives/labs/08-iam-security/template.json');
/** The starter: one role for everything with "Action: '*'", a plain-text password, a root container. */
export const STARTER = read('labs/08-iam-security/template.yaml');

export { edit, without } from '../ecs-service/templates.js';

/** The task role's first statement in the reference solution, for cases that rewrite it. */
export const APP_STATEMENT =
  "              - Sid: ReadWriteUploads\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n";
