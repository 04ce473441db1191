import rule from '../../../../action/sandbox/guard/broad-policy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST, roleWith } from './templates.js';

const file = 'template.json';
const options = { parameters: {} };
const managed = (arn: unknown) =>
  json({
    Resources: {
      Role: {
        Type: 'AWS::IAM::Role',
        Properties: { AssumeRolePolicyDocument: ROLE_TRUST, ManagedPolicyArns: [arn] },
      },
    },
  });

testRule(rule, {
  valid: [
    {
      name: 'a least-privilege inline policy',
      code: json(roleWith({ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: '*' })),
      file,
      options,
    },
    {
      name: "'*' on '*' denied, not allowed",
      code: json(roleWith({ Effect: 'Deny', Action: '*', Resource: '*' })),
      file,
      options,
    },
    {
      name: "'*' on one resource",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::labs-bucket/*' })),
      file,
      options,
    },
    {
      name: 'the ECS task execution managed policy',
      code: managed('arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'),
      file,
      options,
    },
    {
      name: "'iam:*' alone is not every action (SBX014 refuses it)",
      code: json({
        Resources: {
          Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: ROLE_TRUST } },
          Escalate: {
            Type: 'AWS::IAM::Policy',
            Properties: {
              PolicyName: 'p',
              Roles: [{ Ref: 'Role' }],
              PolicyDocument: {
                Statement: {
                  Effect: 'Allow',
                  Action: ['s3:GetObject', 'IAM:*'],
                  Resource: 'arn:aws:iam::*:role/x',
                },
              },
            },
          },
        },
      }),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: "'*' on 'arn:*' is every resource",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: 'arn:*' })),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'TaskRole' } }],
    },
    {
      name: "'*:*' on '!Sub arn:${AWS::Partition}:*' (resolved, then matched as a wildcard)",
      code: json(
        roleWith({
          Effect: 'Allow',
          Action: ['s3:GetObject', '*:*'],
          Resource: { 'Fn::Sub': 'arn:${AWS::Partition}:*' },
        }),
      ),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'TaskRole' } }],
    },
    {
      name: "'*' on a parameter whose Default is '*'",
      code: json({
        ...roleWith({ Effect: 'Allow', Action: '*', Resource: { Ref: 'Target' } }),
        Parameters: { Target: { Type: 'String', Default: '*' } },
      }),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'TaskRole' } }],
    },
    {
      name: "'*' on '*' in an inline policy",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: '*' })),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'TaskRole' } }],
    },
    {
      name: 'Allow with NotAction on every resource',
      code: json(roleWith({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })),
      file,
      options,
      errors: [{ messageId: 'notAction', data: { owner: 'TaskRole' } }],
    },
    {
      name: "'*:*' on NotResource, in a policy document written as JSON text",
      code: json({
        Resources: {
          Broad: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: JSON.stringify({
                Statement: [{ Effect: 'Allow', Action: '*:*', NotResource: 'x' }],
              }),
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'Broad' } }],
    },
    {
      name: 'AdministratorAccess attached with !Sub',
      code: managed({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess' }),
      file,
      options,
      errors: [{ messageId: 'managedPolicy', data: { role: 'Role', policy: 'AdministratorAccess' } }],
    },
    {
      name: "a user's inline policy is checked too",
      code: json({
        Resources: {
          Student: {
            Type: 'AWS::IAM::User',
            Properties: {
              Policies: [
                {
                  PolicyName: 'p',
                  PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
                },
              ],
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'adminAccess', data: { owner: 'Student' } }],
    },
  ],
});
