import rule from '../../../../action/sandbox/guard/policy-literal.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST, roleTrusting, roleWith } from './templates.js';

const file = 'template.json';
const options = { parameters: {} };

testRule(rule, {
  valid: [
    {
      name: 'resources by !GetAtt, !Ref and !Sub of this stack, and a condition on one',
      code: json({
        Resources: {
          Logs: { Type: 'AWS::Logs::LogGroup' },
          ...roleWith({
            Effect: 'Allow',
            Action: ['logs:PutLogEvents'],
            Resource: [
              { 'Fn::GetAtt': ['Logs', 'Arn'] },
              {
                'Fn::Sub': 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${Logs}:*',
              },
            ],
            Condition: { StringEquals: { 'aws:ResourceAccount': { Ref: 'AWS::AccountId' } } },
          }).Resources,
        },
      }),
      file,
      options,
    },
    {
      name: 'a resource from a parameter with a Default',
      code: json({
        ...roleWith({ Effect: 'Allow', Action: 's3:GetObject', Resource: { Ref: 'Bucket' } }),
        Parameters: { Bucket: { Type: 'String', Default: 'arn:aws:s3:::labs/*' } },
      }),
      file,
      options,
    },
    {
      name: 'a service trust policy',
      code: json(roleTrusting({ Service: 'ecs-tasks.amazonaws.com' })),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: "'Effect: !Sub Allow'",
      code: json(roleWith({ Effect: { 'Fn::Sub': 'Allow' }, Action: 'iam:CreateUser', Resource: '*' })),
      file,
      options,
      errors: [{ messageId: 'computedStatement', data: { owner: 'TaskRole', field: 'Effect' } }],
    },
    {
      name: "'Resource: !Sub *'",
      code: json(roleWith({ Effect: 'Allow', Action: '*', Resource: { 'Fn::Join': ['', ['*']] } })),
      file,
      options,
      errors: [{ messageId: 'computedStatement', data: { field: 'Resource' } }],
    },
    {
      name: 'an Action from a parameter',
      code: json({
        ...roleWith({ Effect: 'Allow', Action: { Ref: 'A' }, Resource: '*' }),
        Parameters: { A: { Type: 'String', Default: 'iam:*' } },
      }),
      file,
      options,
      errors: [{ messageId: 'computedStatement', data: { field: 'Action' } }],
    },
    {
      name: 'a principal built with Join and Select around AWS::AccountId',
      code: json(
        roleTrusting({
          AWS: {
            'Fn::Join': [
              '',
              ['arn:aws:iam::', { 'Fn::Select': [1, [{ Ref: 'AWS::AccountId' }, '999999999999']] }, ':root'],
            ],
          },
        }),
      ),
      file,
      options,
      errors: [{ messageId: 'computedStatement', data: { field: 'Principal' } }],
    },
    {
      name: 'a trust document under Fn::If',
      code: json({
        Resources: {
          TaskRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: {
                'Fn::If': [
                  'C',
                  ROLE_TRUST,
                  { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sts:AssumeRole' }] },
                ],
              },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'conditional', data: { owner: 'TaskRole' } }],
    },
    {
      name: 'an inline policy list under Fn::If',
      code: json({
        Resources: {
          TaskRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: ROLE_TRUST,
              Policies: {
                'Fn::If': [
                  'C',
                  [
                    {
                      PolicyName: 'p',
                      PolicyDocument: { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
                    },
                  ],
                  { Ref: 'AWS::NoValue' },
                ],
              },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'conditional', data: { owner: 'TaskRole' } }],
    },
    {
      name: 'a document written as !Sub JSON text',
      code: json({
        Resources: {
          P: {
            Type: 'AWS::IAM::ManagedPolicy',
            Properties: {
              PolicyDocument: { 'Fn::Sub': '{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}' },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'computedDocument', data: { owner: 'P' } }],
    },
    {
      name: 'a Condition computed with Fn::Select',
      code: json(
        roleWith({
          Effect: 'Allow',
          Action: 's3:GetObject',
          Resource: 'arn:aws:s3:::labs/*',
          Condition: { StringEquals: { 'aws:SourceAccount': { 'Fn::Select': [0, ['1', '2']] } } },
        }),
      ),
      file,
      options,
      errors: [{ messageId: 'computedStatement', data: { field: 'Condition' } }],
    },
  ],
});
