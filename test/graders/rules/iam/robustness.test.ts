// Every IAM rule survives any input a learner can write: it never throws, fills every message placeholder, and
// never counts more failures than checks. Template rules get arbitrary templates from fast-check and the shared
// corpus of public CloudFormation templates when it is present; the credential rule gets arbitrary files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSet } from '../../../../graders/engine/parsers/file-set.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { Rule } from '../../../../graders/engine/types.js';
import { iamRules } from '../../../../graders/rules/iam/index.js';
import credentials from '../../../../graders/rules/iam/no-hard-coded-credentials.js';
import { describeRobustness } from '../../../helpers/rule-robustness.js';

const TEMPLATE_RULES = iamRules.filter(
  (r) => r.meta.target === 'cloudformation',
) as unknown as readonly Rule<'cloudformation'>[];

const TYPES = [
  'AWS::IAM::Role',
  'AWS::IAM::Policy',
  'AWS::IAM::ManagedPolicy',
  'AWS::ECS::TaskDefinition',
  'AWS::ECS::Service',
  'AWS::ECS::Cluster',
  'AWS::SecretsManager::Secret',
  'AWS::KMS::Key',
  'AWS::GuardDuty::Detector',
];
const NAMES = ['Role', 'Policy', 'Td', 'Svc', 'Cluster', 'Secret', 'Key', 'Detector'];
const KEYS = [
  'AssumeRolePolicyDocument',
  'Policies',
  'PolicyName',
  'PolicyDocument',
  'ManagedPolicyArns',
  'Roles',
  'Statement',
  'Sid',
  'Effect',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Principal',
  'NotPrincipal',
  'Service',
  'AWS',
  'Condition',
  'StringEquals',
  'ArnLike',
  'aws:SourceAccount',
  'aws:SourceArn',
  'TaskRoleArn',
  'ExecutionRoleArn',
  'ContainerDefinitions',
  'Name',
  'User',
  'Privileged',
  'ReadonlyRootFilesystem',
  'LinuxParameters',
  'Capabilities',
  'Drop',
  'Environment',
  'Value',
  'Secrets',
  'ValueFrom',
  'LogConfiguration',
  'LogDriver',
  'KmsKeyId',
  'Cluster',
  'TaskDefinition',
  'EnableExecuteCommand',
  'Configuration',
  'ExecuteCommandConfiguration',
  'Logging',
  'CloudWatchLogGroupName',
  'Enable',
  'Features',
  'Status',
  'AdditionalConfiguration',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  'Fn::ImportValue',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 5000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ...NAMES,
    'Allow',
    'Deny',
    '*',
    's3:*',
    's3:Get*',
    'ssmmessages:OpenDataChannel',
    'secretsmanager:GetSecretValue',
    'kms:Decrypt',
    'ecs-tasks.amazonaws.com',
    'arn:aws:s3:::*',
    'arn:${AWS::Partition}:iam::${AWS::AccountId}:root',
    '${Secret}',
    '${AWS::AccountId}',
    '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}',
    'Role.Arn',
    'OVERRIDE',
    'DEFAULT',
    'NONE',
    'RUNTIME_MONITORING',
    'ECS_FARGATE_AGENT_MANAGEMENT',
    'ENABLED',
    'ALL',
    'root',
    'true',
  ),
);
describeRobustness('IAM rules', TEMPLATE_RULES, {
  types: TYPES,
  names: NAMES,
  keys: KEYS,
  scalar,
  maxResources: 6,
});

describe('IAM006 on arbitrary files', () => {
  it('never throws, never echoes an access key id, and counts each file once', () => {
    const line = fc.oneof(
      fc.string(),
      fc.constantFrom('AWS_SECRET_ACCESS_KEY=', 'aws_secret_access_key = ', 'AKIA', 'ASIA', '='),
      fc.stringMatching(/^(AKIA|ASIA)[A-Z0-9]{16}$/),
      fc.stringMatching(/^[A-Za-z0-9/+]{40}$/),
    );
    const file = fc.array(
      fc.array(line, { maxLength: 4 }).map((parts) => parts.join('')),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(fc.array(file, { maxLength: 3 }), (files) => {
        const docs = files.flatMap((lines, i) => {
          const parsed = parseText(`labs/x/f${i}.txt`, lines.join('\n'));
          return parsed.ok ? [parsed.doc] : [];
        });
        const out = runRule(credentials, fileSet('labs/x', docs), undefined);
        expect(out.crash).toBeNull();
        for (const f of out.findings) {
          expect(f.message).not.toMatch(/\{\{\w+\}\}/);
          expect(f.message).not.toMatch(/(AKIA|ASIA)[A-Z0-9]{16}/);
        }
        if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
      }),
      { numRuns: 300 },
    );
  });
});
