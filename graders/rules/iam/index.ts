// IAM and container security rules (prefix IAM) for CloudFormation templates, sorted by id: task and execution
// roles kept apart, least-privilege actions and resources, trust policies, the task's secrets, hard-coded
// credentials in any file of the lab, container hardening, ECS Exec auditing and GuardDuty Runtime Monitoring.
// model.ts reads every policy document a template can carry; actions.ts holds the sourced action tables.
import taskRoleSeparation from './task-role-separation.js';
import wildcardActions from './wildcard-actions.js';
import scopedResources from './scoped-resources.js';
import trustPolicy from './trust-policy.js';
import taskSecrets from './task-secrets.js';
import noHardCodedCredentials from './no-hard-coded-credentials.js';
import containerHardening from './container-hardening.js';
import ecsExecAudit from './ecs-exec-audit.js';
import guarddutyRuntimeMonitoring from './guardduty-runtime-monitoring.js';

export const iamRules = [
  taskRoleSeparation, // IAM001
  wildcardActions, // IAM002
  scopedResources, // IAM003
  trustPolicy, // IAM004
  taskSecrets, // IAM005
  noHardCodedCredentials, // IAM006
  containerHardening, // IAM007
  ecsExecAudit, // IAM008
  guarddutyRuntimeMonitoring, // IAM009
] as const;
