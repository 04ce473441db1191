// The registry: every rule set and every lab rubric, in a fixed order so reports are deterministic.
// test/meta/registry.test.ts checks that every rule file is listed here, documented and tested.
import type { Registry } from './engine/select.js';
import { withStarters } from './engine/starters.js';
import type { Lab, Rule } from './engine/types.js';
import { autoScalingRules } from './rules/auto-scaling/index.js';
import { cdkRules } from './rules/cdk/index.js';
import { deploymentRules } from './rules/deployment/index.js';
import { dockerfileRules } from './rules/dockerfile/index.js';
import { dockerignoreRules } from './rules/dockerignore/index.js';
import { ecrRules } from './rules/ecr/index.js';
import { ecsServiceRules } from './rules/ecs-service/index.js';
import { eksRules } from './rules/eks/index.js';
import { taskDefinitionRules } from './rules/ecs-task-definition/index.js';
import { expressModeRules } from './rules/express-mode/index.js';
import { fargateCapacityRules } from './rules/fargate-capacity/index.js';
import { iamRules } from './rules/iam/index.js';
import { multiRegionRules } from './rules/multi-region/index.js';
import { observabilityRules } from './rules/observability/index.js';
import { serviceConnectRules } from './rules/service-connect/index.js';
import { vpcRules } from './rules/vpc/index.js';
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

export const RULES: readonly Rule[] = [
  ...dockerfileRules,
  ...dockerignoreRules,
  ...taskDefinitionRules,
  ...ecsServiceRules,
  ...fargateCapacityRules,
  ...ecrRules,
  ...vpcRules,
  ...serviceConnectRules,
  ...iamRules,
  ...autoScalingRules,
  ...deploymentRules,
  ...observabilityRules,
  ...eksRules,
  ...expressModeRules,
  ...multiRegionRules,
  ...cdkRules,
] as readonly Rule[];

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

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

export function findLab(id: string): Lab | undefined {
  return LABS.find((l) => l.id === id);
}

/** The course as one value, for the code that takes the registry as a parameter. */
export const REGISTRY: Registry = { labs: LABS, rules: RULES };
