// ECS task-definition rules (prefix TDF), sorted by id. Each file holds one rule; the meta-test keeps this list
// complete. fargate-sizes.ts and util/ are data and helper modules, not rules.
import fargateCpuMemory from './fargate-cpu-memory.js';
import awsvpcNetworkMode from './awsvpc-network-mode.js';
import fargateCompatibility from './fargate-compatibility.js';
import runtimePlatform from './runtime-platform.js';
import essentialContainer from './essential-container.js';
import containerResourcesFit from './container-resources-fit.js';
import containerLogging from './container-logging.js';
import executionRole from './execution-role.js';
import containerHealthCheck from './container-health-check.js';
import secretsFromSecretStore from './secrets-from-secret-store.js';
import noSecretsInEnvironment from './no-secrets-in-environment.js';
import readOnlyRootFilesystem from './read-only-root-filesystem.js';
import nonPrivilegedContainer from './non-privileged-container.js';
import nonRootUser from './non-root-user.js';
import separateTaskRole from './separate-task-role.js';
import pinnedContainerImage from './pinned-container-image.js';

export const taskDefinitionRules = [
  fargateCpuMemory, // TDF001
  awsvpcNetworkMode, // TDF002
  fargateCompatibility, // TDF003
  runtimePlatform, // TDF004
  essentialContainer, // TDF005
  containerResourcesFit, // TDF006
  containerLogging, // TDF007
  executionRole, // TDF008
  containerHealthCheck, // TDF009
  secretsFromSecretStore, // TDF010
  noSecretsInEnvironment, // TDF011
  readOnlyRootFilesystem, // TDF012
  nonPrivilegedContainer, // TDF013
  nonRootUser, // TDF014
  separateTaskRole, // TDF015
  pinnedContainerImage, // TDF016
] as const;
