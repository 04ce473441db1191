// Blue/green deployment rules (prefix BGD) for CloudFormation templates, sorted by id: the deployment design (an
// ECS deployment strategy or CodeDeploy), the two target groups, the production and test routes, the bake time,
// alarm-driven rollback and the lifecycle hook that tests green. Each file holds one rule; model.ts reads both
// designs, and appspec.ts reads the CodeDeploy AppSpec file that the rubric checks beside the template.
import deploymentStrategy from './deployment-strategy.js';
import blueGreenTargetGroups from './blue-green-target-groups.js';
import trafficRoutes from './traffic-routes.js';
import bakeTime from './bake-time.js';
import alarmRollback from './alarm-rollback.js';
import lifecycleHook from './lifecycle-hook.js';

export const deploymentRules = [
  deploymentStrategy, // BGD001
  blueGreenTargetGroups, // BGD002
  trafficRoutes, // BGD003
  bakeTime, // BGD004
  alarmRollback, // BGD005
  lifecycleHook, // BGD006
] as const;
