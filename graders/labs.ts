// The labs: every rubric, in the fixed order that keeps reports deterministic, with its starters' hashes. Apart
// from the rules (graders/index.ts) so that a run which grades nothing anew (every lab unchanged since the result
// cache kept it) does not load them: they are most of the grader's code.
import { withStarters } from './engine/starters.js';
import type { Lab } from './engine/types.js';
import lab01 from './rubrics/01-production-dockerfile.js';
import lab02 from './rubrics/02-ecs-task-definition.js';
import lab03 from './rubrics/03-ecs-service-alb.js';
import lab04 from './rubrics/04-fargate-cost-capacity.js';
import lab05 from './rubrics/05-ecr-registry.js';
import lab06 from './rubrics/06-vpc-networking.js';
import lab07 from './rubrics/07-service-connect.js';
import lab08 from './rubrics/08-iam-security.js';
import lab09 from './rubrics/09-auto-scaling.js';
import lab10 from './rubrics/10-blue-green.js';
import lab11 from './rubrics/11-observability.js';
import lab12 from './rubrics/12-eks-workload.js';
import lab13 from './rubrics/13-express-mode.js';
import lab14 from './rubrics/14-multi-region.js';
import lab15 from './rubrics/15-cdk-capstone.js';
import { STARTERS } from './starters.generated.js';

/** The labs as their rubrics declare them, without starters: what `npm run docs` hashes the starters for. */
export const RUBRICS: readonly Lab[] = [
  lab01,
  lab02,
  lab03,
  lab04,
  lab05,
  lab06,
  lab07,
  lab08,
  lab09,
  lab10,
  lab11,
  lab12,
  lab13,
  lab14,
  lab15,
];

/**
 * The labs graded: each rubric with the hashes of its starter files (graders/starters.generated.ts), so a lab
 * whose files are all untouched starters is reported as not started and earns nothing. A test that imports a
 * rubric module directly grades without them, as if every file present were the learner's work.
 */
export const LABS: readonly Lab[] = withStarters(RUBRICS, STARTERS);

export function findLab(id: string): Lab | undefined {
  return LABS.find((l) => l.id === id);
}
