// Fargate capacity and cost rules (prefix CAP) for CloudFormation templates, sorted by id. Each file holds one
// rule; the meta-test keeps this list complete. prices.ts (the price table), estimate.ts (the monthly cost
// estimate) and model.ts (template readers) are data and helper modules, not rules.
import serviceCapacityProviderStrategy from './service-capacity-provider-strategy.js';
import clusterCapacityProviders from './cluster-capacity-providers.js';
import gravitonRuntimePlatform from './graviton-runtime-platform.js';
import fargateTaskSize from './fargate-task-size.js';
import ephemeralStorage from './ephemeral-storage.js';
import spotSafeStopTimeout from './spot-safe-stop-timeout.js';

export const fargateCapacityRules = [
  serviceCapacityProviderStrategy, // CAP001
  clusterCapacityProviders, // CAP002
  gravitonRuntimePlatform, // CAP003
  fargateTaskSize, // CAP004
  ephemeralStorage, // CAP005
  spotSafeStopTimeout, // CAP006
] as const;
