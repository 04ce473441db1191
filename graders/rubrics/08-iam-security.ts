// Lab 08: the learner locks down the labs-web service on Fargate: a task role and an execution role that each hold
// only what they use, named actions on named resources, trust policies tied to this account, the database password
// in Secrets Manager under the stack's KMS key, no AWS keys anywhere in the lab folder, hardened containers, ECS
// Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring. Thirty points over nine items.
import { defineLab } from '../engine/define.js';
import type { LabFile } from '../engine/types.js';
import { notDeployed } from './lib/sandbox.js';
import {
  CFN_REFERENCE,
  ECS_GUIDE,
  awsDoc,
  cdkNag,
  cfnLint,
  checkov,
  controlTower,
  securityHub,
} from './lib/evidence.js';
import { TEMPLATE_FILE, needsTemplate } from './lib/template.js';

const IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const SAR = 'https://docs.aws.amazon.com/service-authorization/latest/reference';

/** Every text file of the lab folder, for the credential scan: a key can sit in any of them. */
const LAB_FILES: LabFile = { id: 'lab-files', paths: ['**'], kind: 'files', required: false };

export default defineLab({
  id: '08-iam-security',
  title: 'IAM and container security',
  part: '6 Security and compliance',
  summary:
    'Lock down the labs-web service: separate task and execution roles with named actions on named resources, trust policies tied to this account, the database password in Secrets Manager under your KMS key, no AWS keys in the lab folder, read-only non-root containers without capabilities, ECS Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring.',
  files: [TEMPLATE_FILE, LAB_FILES],
  sandbox: notDeployed(
    'The template creates an AWS::GuardDuty::Detector, which is account-wide (one per account and Region) and would outlive the stack’s purpose, so the sandbox never deploys this lab; the static checks grade all of it.',
  ),
  items: [
    {
      id: 'role-separation',
      title: 'Give the application its own task role, apart from the execution role',
      points: 4,
      file: 'template',
      rules: ['IAM001'],
      hint: "ECS uses the execution role ('ExecutionRoleArn') to pull the image, write awslogs output and read the task's secrets; your code gets the task role ('TaskRoleArn'). Create two 'AWS::IAM::Role' resources: the execution role with only those start-up permissions, and the task role with only the calls the app makes (the uploads bucket, and the ECS Exec channels).",
      praise: 'ECS and the application each use their own role, with only their own permissions.',
      evidence: [
        checkov('CKV_AWS_249', 'terraform'),
        cdkNag('AwsSolutions-IAM4'),
        awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
        awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
      ],
      docsUrl: `${ECS_GUIDE}/task-iam-roles.html`,
    },
    {
      id: 'least-privilege-actions',
      title: 'Allow named actions, never wildcards',
      points: 4,
      file: 'template',
      rules: ['IAM002'],
      hint: "List each action the role uses ('s3:GetObject', 's3:PutObject', 's3:ListBucket' for the app), in every policy the role gets: inline 'Policies', 'AWS::IAM::Policy' and 'AWS::IAM::ManagedPolicy' alike. Wildcards built with '!Sub' or '!Join' count too, and 'NotAction' grants everything not listed. AWS managed '…FullAccess' policies are wildcards as well.",
      praise: 'Every statement lists the actions it allows by name.',
      evidence: [
        securityHub('IAM.21'),
        cdkNag('AwsSolutions-IAM5'),
        checkov('CKV_AWS_63'),
        checkov('CKV_AWS_62'),
        awsDoc(`${IAM_GUIDE}/best-practices.html#grant-least-privilege`),
      ],
      docsUrl: `${IAM_GUIDE}/best-practices.html#grant-least-privilege`,
    },
    {
      id: 'scoped-resources',
      title: 'Scope every statement to the resources it needs',
      points: 4,
      file: 'template',
      rules: ['IAM003'],
      hint: "Point each statement at this stack's resources: \"!Sub '${UploadsBucket.Arn}/*'\" for objects, '!GetAtt UploadsBucket.Arn' for listing, '!GetAtt LogGroup.Arn' for logs. Keep 'Resource: \"*\"' for the few actions that support no resource-level permissions, such as 'ecr:GetAuthorizationToken' and the 'ssmmessages' channels; the Service Authorization Reference lists which those are. Never use 'NotResource' in an Allow.",
      praise: 'Each statement applies only to the resources it names.',
      evidence: [
        cdkNag('AwsSolutions-IAM5'),
        checkov('CKV_AWS_111'),
        checkov('CKV_AWS_108'),
        awsDoc(`${IAM_GUIDE}/reference_policies_elements_resource.html`),
        awsDoc(`${SAR}/reference_policies_actions-resources-contextkeys.html`),
      ],
      docsUrl: `${IAM_GUIDE}/reference_policies_elements_resource.html`,
    },
    {
      id: 'trust-policies',
      title: 'Trust ECS on behalf of this account only',
      points: 3,
      file: 'template',
      rules: ['IAM004'],
      hint: "Each role's 'AssumeRolePolicyDocument' allows 'Service: ecs-tasks.amazonaws.com' to call 'sts:AssumeRole', with a condition that names this account: \"StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId }\", or \"ArnLike: { 'aws:SourceArn': !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*' }\". Never trust '*', and never a whole account without a condition.",
      praise: 'Only ECS may assume the roles, and only for this account’s tasks.',
      evidence: [
        checkov('CKV_AWS_60'),
        checkov('CKV_AWS_61'),
        awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
        awsDoc(`${IAM_GUIDE}/confused-deputy.html`),
      ],
      docsUrl: `${IAM_GUIDE}/confused-deputy.html`,
    },
    {
      id: 'task-secrets',
      title: 'Keep the database password in Secrets Manager, readable only by this task',
      points: 3,
      file: 'template',
      rules: ['IAM005'],
      hint: "Create an 'AWS::SecretsManager::Secret' with 'KmsKeyId' set to an 'AWS::KMS::Key' of the stack, and pass it to the container under 'Secrets' (\"ValueFrom: !Ref DbSecret\") instead of 'Environment'. The execution role then needs 'secretsmanager:GetSecretValue' on that secret only and 'kms:Decrypt' on that key only.",
      praise: 'The password lives in Secrets Manager under your key, and only this task can read it.',
      evidence: [
        securityHub('ECS.8'),
        checkov('CKV_AWS_149'),
        cfnLint('W1011'),
        cdkNag('AwsSolutions-ECS2'),
        awsDoc(`${ECS_GUIDE}/secrets-envvar-secrets-manager.html`),
      ],
      docsUrl: `${ECS_GUIDE}/secrets-envvar-secrets-manager.html`,
    },
    {
      id: 'no-hard-coded-credentials',
      title: 'Keep AWS access keys out of every file of the lab',
      points: 4,
      file: 'lab-files',
      rules: ['IAM006'],
      check: needsTemplate(
        "Not graded yet: the lab's template is missing or could not be read, so there is no work in this folder to check for access keys. Fix the template first (see its finding).",
      ),
      hint: "The container gets short-lived credentials from its task role, so no file needs an access key: not the template's 'Environment', not a '.env', not an app's config file. If a key was ever committed, deactivate it in the IAM console first (Git history keeps it), then delete it from the files.",
      praise: 'No AWS access key appears anywhere in the lab folder.',
      evidence: [
        securityHub('ECS.8'),
        controlTower('CT.ECS.PR.12'),
        awsDoc(`${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`),
        awsDoc(`${IAM_GUIDE}/id_credentials_access-keys.html`),
      ],
      docsUrl: `${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`,
    },
    {
      id: 'container-hardening',
      title: 'Run containers read-only, unprivileged, as a non-root user, with no capabilities',
      points: 4,
      file: 'template',
      rules: ['IAM007'],
      hint: "In each container definition set 'ReadonlyRootFilesystem: true' (mount a volume at '/tmp' if the app writes there), 'User' to a non-root user or UID such as '1000', and 'LinuxParameters: { Capabilities: { Drop: [ALL] } }'; leave out 'Privileged'.",
      praise: 'The containers run read-only, as a non-root user, with no privileges or capabilities.',
      evidence: [
        securityHub('ECS.4'),
        securityHub('ECS.5'),
        securityHub('ECS.20'),
        controlTower('CT.ECS.PR.11'),
        controlTower('CT.ECS.PR.6'),
        controlTower('CT.ECS.PR.3'),
        checkov('CKV_AWS_336'),
      ],
      docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
    },
    {
      id: 'ecs-exec-audit',
      title: 'Turn on ECS Exec only with audited, encrypted sessions',
      points: 2,
      file: 'template',
      rules: ['IAM008'],
      hint: "A service with 'EnableExecuteCommand: true' needs its cluster's 'Configuration.ExecuteCommandConfiguration' with 'Logging: OVERRIDE', a 'LogConfiguration' naming a log group ('CloudWatchLogGroupName: !Ref ExecLogGroup') and 'KmsKeyId', and a task role allowing the four 'ssmmessages' channel actions. If nobody needs a shell in the tasks, turning ECS Exec off is just as good.",
      praise: 'ECS Exec sessions are logged and encrypted, or ECS Exec is off.',
      evidence: [
        checkov('CKV_AWS_223', 'terraform'),
        checkov('CKV_AWS_224', 'terraform'),
        awsDoc(`${ECS_GUIDE}/ecs-exec.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-cluster-executecommandconfiguration.html`),
      ],
      docsUrl: `${ECS_GUIDE}/ecs-exec.html`,
    },
    {
      id: 'guardduty-runtime-monitoring',
      title: 'Watch the Fargate tasks with GuardDuty Runtime Monitoring',
      points: 2,
      file: 'template',
      rules: ['IAM009'],
      hint: "Add an 'AWS::GuardDuty::Detector' with 'Enable: true' and a 'Features' entry 'RUNTIME_MONITORING' with 'Status: ENABLED' and the additional configuration 'ECS_FARGATE_AGENT_MANAGEMENT' enabled, so GuardDuty adds its security agent to each Fargate task.",
      praise: 'GuardDuty watches what runs inside the Fargate tasks.',
      evidence: [
        awsDoc('https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html'),
        awsDoc(
          'https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html',
        ),
        awsDoc(`${CFN_REFERENCE}/aws-resource-guardduty-detector.html`),
        awsDoc(`${ECS_GUIDE}/ecs-guard-configure-automatic.html`),
      ],
      docsUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
    },
  ],
});
