// Helper module (exports no rule): the IAM action names the IAM rules judge, each table with its source.

/**
 * Actions that support no resource-level permissions, so `Resource: '*'` is the only way to grant them. Source:
 * the Service Authorization Reference, where these actions list no resource type:
 * - ecr:GetAuthorizationToken:
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html
 * - ssmmessages:* (the four channels ECS Exec opens):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmessagegatewayservice.html
 * - xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules, GetSamplingTargets (the X-Ray daemon's calls):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html
 * - cloudwatch:PutMetricData (scoped by the cloudwatch:namespace condition key instead):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html
 * - logs:DescribeLogGroups, which the ECS Exec guide grants on '*' for session logging:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html
 */
export const NO_RESOURCE_LEVEL = [
  'ecr:GetAuthorizationToken',
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'cloudwatch:PutMetricData',
  'logs:DescribeLogGroups',
] as const;

/** The channels ECS Exec opens from the task; the task role must allow all four. */
export const ECS_EXEC_ACTIONS = [
  'ssmmessages:CreateControlChannel',
  'ssmmessages:CreateDataChannel',
  'ssmmessages:OpenControlChannel',
  'ssmmessages:OpenDataChannel',
] as const;

/**
 * What ECS itself does with the task execution role: pull the image from Amazon ECR, send awslogs output to
 * CloudWatch Logs, and read the containers' secrets (decrypting them with a customer managed key). Source: "Amazon
 * ECS task execution IAM role", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
export const IMAGE_PULL_ACTIONS = [
  'ecr:GetAuthorizationToken',
  'ecr:BatchCheckLayerAvailability',
  'ecr:GetDownloadUrlForLayer',
  'ecr:BatchGetImage',
] as const;
export const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup'] as const;
export const SECRET_ACTIONS = [
  'secretsmanager:GetSecretValue',
  'ssm:GetParameters',
  'ssm:GetParameter',
  'kms:Decrypt',
] as const;
export const EXECUTION_ACTIONS: readonly string[] = [
  ...IMAGE_PULL_ACTIONS,
  ...LOG_ACTIONS,
  ...SECRET_ACTIONS,
];

/** The AWS managed policy for the execution role, which holds only the pull and log actions. */
export const EXECUTION_MANAGED_POLICY = 'AmazonECSTaskExecutionRolePolicy';

/** AWS managed policies that grant whole services or everything (AwsSolutions-IAM4 flags every managed policy). */
export function isFullAccessPolicy(name: string): boolean {
  return /^(AdministratorAccess|PowerUserAccess)$/i.test(name) || /FullAccess(-v\d+)?$/i.test(name);
}

/**
 * Read-only action families, by the verb an action name starts with ('s3:Get*', 'dynamodb:Describe*'): a wildcard
 * over these grants reads only. IAM's access levels name these verbs:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */
const READ_VERBS = /^(Get|List|Describe|BatchGet|Head|View|Lookup)[A-Za-z]*[*?]/;

export type WildcardKind = 'none' | 'all' | 'service' | 'read';

/** How far an action pattern reaches: no wildcard, every service, every write of one service, or reads only. */
export function wildcardKind(action: string): WildcardKind {
  if (!/[*?]/.test(action)) return 'none';
  const colon = action.indexOf(':');
  if (colon <= 0) return 'all';
  const service = action.slice(0, colon);
  const name = action.slice(colon + 1);
  if (/[*?]/.test(service)) return 'all';
  return READ_VERBS.test(name) ? 'read' : 'service';
}

export function sameAction(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

export function isOneOf(action: string, list: readonly string[]): boolean {
  return list.some((x) => sameAction(x, action));
}
