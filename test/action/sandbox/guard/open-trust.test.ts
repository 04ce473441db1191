import rule from '../../../../action/sandbox/guard/open-trust.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { roleTrusting } from './templates.js';

const file = 'template.json';

testRule(rule, {
  valid: [
    { name: 'a service principal', code: json(roleTrusting({ Service: 'ecs-tasks.amazonaws.com' })), file },
    {
      name: 'a list of services',
      code: json(roleTrusting({ Service: ['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com'] })),
      file,
    },
    { name: 'this account by !Ref', code: json(roleTrusting({ AWS: { Ref: 'AWS::AccountId' } })), file },
    {
      name: 'this account in a !Sub ARN',
      code: json(roleTrusting({ AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } })),
      file,
    },
    {
      name: 'a role of this stack by !GetAtt',
      code: json(roleTrusting({ AWS: { 'Fn::GetAtt': ['Other', 'Arn'] } })),
      file,
    },
  ],
  invalid: [
    {
      name: 'a !Select between this account and another',
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
      errors: [{ messageId: 'otherAccount' }],
    },
    {
      name: 'a !Join around AWS::AccountId (decided at deploy time)',
      code: json(
        roleTrusting({ AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] } }),
      ),
      file,
      errors: [{ messageId: 'otherAccount' }],
    },
    {
      name: "'Principal: *'",
      code: json(roleTrusting('*')),
      file,
      errors: [{ messageId: 'anyone', data: { role: 'TaskRole', how: 'Principal: *' } }],
    },
    {
      name: "'NotPrincipal'",
      code: json(roleTrusting({ Service: 'ecs-tasks.amazonaws.com' }, 'NotPrincipal')),
      file,
      errors: [{ messageId: 'anyone', data: { how: 'NotPrincipal' } }],
    },
    {
      name: 'every AWS account',
      code: json(roleTrusting({ AWS: '*' })),
      file,
      errors: [{ messageId: 'anyAccount' }],
    },
    {
      name: 'every service',
      code: json(roleTrusting({ Service: '*' })),
      file,
      errors: [{ messageId: 'anyService' }],
    },
    {
      name: 'another account',
      code: json(roleTrusting({ AWS: 'arn:aws:iam::999988887777:root' })),
      file,
      errors: [{ messageId: 'otherAccount', data: { principal: 'arn:aws:iam::999988887777:root' } }],
    },
    {
      name: 'a federated identity',
      code: json(roleTrusting({ Federated: 'token.actions.githubusercontent.com' })),
      file,
      errors: [{ messageId: 'otherKind', data: { kind: 'Federated' } }],
    },
    {
      name: 'a trust policy written as JSON text',
      code: json({
        Resources: {
          TaskRole: {
            Type: 'AWS::IAM::Role',
            Properties: {
              AssumeRolePolicyDocument: JSON.stringify({
                Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
              }),
            },
          },
        },
      }),
      file,
      errors: [{ messageId: 'anyAccount' }],
    },
  ],
});
