// The registry: every rule set, and the lab rubrics (labs.ts), in a fixed order so reports are deterministic.
// test/meta/registry.test.ts checks that every rule file is listed here, documented and tested.
import type { Registry } from './engine/select.js';
import type { Rule } from './engine/types.js';
import { LABS } from './labs.js';
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

export { findLab, LABS, RUBRICS } from './labs.js';

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}

/** The course as one value, for the code that takes the registry as a parameter. */
export const REGISTRY: Registry = { labs: LABS, rules: RULES };
