import rule from '../../../../action/sandbox/guard/policy-target.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST } from './templates.js';

const file = 'template.json';
const options = { parameters: {} };
const role = (props: Record<string, unknown> = {}) => ({
  Type: 'AWS::IAM::Role',
  Properties: { AssumeRolePolicyDocument: ROLE_TRUST, ...props },
});
const policy = (roles: unknown) => ({
  Type: 'AWS::IAM::Policy',
  Properties: {
    PolicyName: 'p',
    Roles: roles,
    PolicyDocument: { Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
  },
});

testRule(rule, {
  valid: [
    {
      name: 'a policy on a role of this template, and AWS managed policies written out or by !Sub',
      code: json({
        Resources: {
          TaskRole: role({
            ManagedPolicyArns: [
              'arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy',
              {
                'Fn::Sub':
                  'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
              },
              { Ref: 'Own' },
            ],
          }),
          Own: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: [] } } },
          Extra: policy([{ Ref: 'TaskRole' }]),
        },
      }),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: 'a policy added to a role that already exists (the deploy role)',
      code: json({ Resources: { Widen: policy(['labgrade-deploy']) } }),
      file,
      options,
      errors: [
        {
          messageId: 'foreignTarget',
          data: { policy: 'Widen', target: 'labgrade-deploy', property: 'Roles' },
        },
      ],
    },
    {
      name: 'a customer managed policy that already exists',
      code: json({
        Resources: {
          TaskRole: role({
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:policy/admin' }],
          }),
        },
      }),
      file,
      options,
      errors: [{ messageId: 'foreignManaged', data: { owner: 'TaskRole' } }],
    },
    {
      name: 'AdministratorAccess spelled out with !Join',
      code: json({
        Resources: {
          TaskRole: role({
            ManagedPolicyArns: [{ 'Fn::Join': ['', ['arn:aws:iam::aws:policy/', 'AdministratorAccess']] }],
          }),
        },
      }),
      file,
      options,
      errors: [{ messageId: 'computedManaged', data: { owner: 'TaskRole' } }],
    },
  ],
});
