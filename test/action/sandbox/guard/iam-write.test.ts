import rule from '../../../../action/sandbox/guard/iam-write.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { roleWith } from './templates.js';

const file = 'template.json';
const options = { parameters: {} };
const allow = (Action: unknown, Resource: unknown = '*') =>
  json(roleWith({ Effect: 'Allow', Action, Resource }));

testRule(rule, {
  valid: [
    { name: 'logs and ECR reads', code: allow(['logs:PutLogEvents', 'ecr:BatchGetImage']), file, options },
    {
      name: "'iam:PassRole' on one role of this stack",
      code: allow('iam:PassRole', { 'Fn::GetAtt': ['TaskRole', 'Arn'] }),
      file,
      options,
    },
    { name: 'IAM reads', code: allow(['iam:GetRole', 'iam:List*']), file, options },
    {
      name: "'iam:*' denied, not allowed",
      code: json(roleWith({ Effect: 'Deny', Action: 'iam:*', Resource: '*' })),
      file,
      options,
    },
    {
      name: "'NotAction' that leaves out all of IAM and STS",
      code: json(
        roleWith({ Effect: 'Allow', NotAction: ['iam:*', 'sts:*'], Resource: 'arn:aws:s3:::labs/*' }),
      ),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: "'iam:CreateUser'",
      code: allow('iam:CreateUser'),
      file,
      options,
      errors: [{ messageId: 'write', data: { owner: 'TaskRole', action: 'iam:CreateUser' } }],
    },
    {
      name: "'iam:CreateAccessKey' on one user",
      code: allow('iam:CreateAccessKey', 'arn:aws:iam::123456789012:user/x'),
      file,
      options,
      errors: [{ messageId: 'write', data: { action: 'iam:CreateAccessKey' } }],
    },
    {
      name: "'iam:Attach*' covers the attach actions",
      code: allow(['s3:GetObject', 'iam:Attach*'], { 'Fn::GetAtt': ['TaskRole', 'Arn'] }),
      file,
      options,
      errors: [{ messageId: 'write', data: { action: 'iam:AttachUserPolicy', pattern: 'iam:Attach*' } }],
    },
    {
      name: "'iam:Create*' covers CreateUser",
      code: allow('IAM:Create*'),
      file,
      options,
      errors: [{ messageId: 'write', data: { action: 'iam:CreateUser' } }],
    },
    {
      name: "'iam:*' in a standalone policy",
      code: json({
        Resources: {
          Escalate: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyName: 'p',
              Roles: ['r'],
              PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'write', data: { owner: 'Escalate', pattern: 'iam:*' } }],
    },
    {
      name: "'iam:UpdateAssumeRolePolicy' and 'iam:PutRolePolicy'",
      code: allow(['iam:UpdateAssumeRolePolicy']),
      file,
      options,
      errors: [{ messageId: 'write', data: { action: 'iam:UpdateAssumeRolePolicy' } }],
    },
    {
      name: "'iam:CreatePolicyVersion' through 'i?m:*Version'",
      code: allow('i?m:*PolicyVersion'),
      file,
      options,
      errors: [{ messageId: 'write', data: { action: 'iam:CreatePolicyVersion' } }],
    },
    {
      name: "'iam:PassRole' on '*'",
      code: allow('iam:PassRole'),
      file,
      options,
      errors: [{ messageId: 'anyRole', data: { action: 'iam:PassRole', resource: '*' } }],
    },
    {
      name: "'iam:PassRole' on every role of this account, by !Sub",
      code: allow('iam:Pass*', { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/*' }),
      file,
      options,
      errors: [{ messageId: 'anyRole', data: { action: 'iam:PassRole' } }],
    },
    {
      name: "'NotAction' that leaves IAM writes allowed",
      code: json(roleWith({ Effect: 'Allow', NotAction: 's3:*', Resource: 'arn:aws:s3:::labs/*' })),
      file,
      options,
      errors: [{ messageId: 'notAction', data: { action: 'iam:CreateUser' } }],
    },
  ],
});
