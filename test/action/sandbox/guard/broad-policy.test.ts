import rule from '../../../../action/sandbox/guard/broad-policy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST, roleWith } from './templates.js';

const file = 'template.json';
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
    },
    {
      name: "'*' on '*' denied, not allowed",
      code: json(roleWith({ Effect: 'Deny', Action: '*', Resource: '*' })),
      file,
    },
    {
      name: "'*' on one resource",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: 'arn:aws:s3:::labs-bucket/*' })),
      file,
    },
    {
      name: 'the ECS task execution managed policy',
      code: managed('arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'),
      file,
    },
  ],
  invalid: [
    {
      name: "'*' on '*' in an inline policy",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: '*' })),
      file,
      errors: [{ messageId: 'adminAccess', data: { owner: 'TaskRole' } }],
    },
    {
      name: "'iam:*' (any case) in a separate policy resource, on any resource",
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
      errors: [{ messageId: 'iamWildcard', data: { owner: 'Escalate' } }],
    },
    {
      name: 'Allow with NotAction on every resource',
      code: json(roleWith({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })),
      file,
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
      errors: [{ messageId: 'adminAccess', data: { owner: 'Broad' } }],
    },
    {
      name: 'AdministratorAccess attached with !Sub',
      code: managed({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess' }),
      file,
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
      errors: [{ messageId: 'adminAccess', data: { owner: 'Student' } }],
    },
  ],
});
