// The registry: every rule set and every lab rubric, in a fixed order so reports are deterministic.
// test/meta/registry.test.ts checks that every rule file is listed here, documented and tested.
import type { Lab, Rule } from '../action/engine/types.js';
import { dockerfileRules } from './dockerfile/index.js';
import { dockerignoreRules } from './dockerignore/index.js';
import { ecrRules } from './ecr/index.js';
import { ecsServiceRules } from './ecs-service/index.js';
import { taskDefinitionRules } from './ecs-task-definition/index.js';
import { fargateCapacityRules } from './fargate-capacity/index.js';
import { serviceConnectRules } from './service-connect/index.js';
import { vpcRules } from './vpc/index.js';
import lab01 from './01-production-dockerfile/rubric.js';
import lab02 from './02-ecs-task-definition/rubric.js';
import lab03 from './03-ecs-service-alb/rubric.js';
import lab04 from './04-fargate-cost-capacity/rubric.js';
import lab05 from './05-ecr-registry/rubric.js';
import lab06 from './06-vpc-networking/rubric.js';
import lab07 from './07-service-connect/rubric.js';

export const RULES: readonly Rule[] = [
  ...dockerfileRules,
  ...dockerignoreRules,
  ...taskDefinitionRules,
  ...ecsServiceRules,
  ...fargateCapacityRules,
  ...ecrRules,
  ...vpcRules,
  ...serviceConnectRules,
] as readonly Rule[];

export const LABS: readonly Lab[] = [lab01, lab02, lab03, lab04, lab05, lab06, lab07];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

export function findLab(id: string): Lab | undefined {
  return LABS.find((l) => l.id === id);
}
