import rule from '../../../../action/sandbox/guard/iam-credentials.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST } from './templates.js';

testRule(rule, {
  valid: [
    {
      name: 'a task role',
      code: json({
        Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: ROLE_TRUST } } },
      }),
      file: 'template.json',
    },
  ],
  invalid: [
    {
      name: 'a user with a console password, and an access key, each at its line',
      code: [
        'Resources:',
        '  Student:',
        '    Type: AWS::IAM::User',
        '    Properties:',
        '      LoginProfile:',
        '        Password: hunter2hunter2',
        '  StudentKey:',
        '    Type: AWS::IAM::AccessKey',
        '    Properties:',
        '      UserName: !Ref Student',
        '',
      ].join('\n'),
      errors: [
        { messageId: 'iamUser', line: 3, data: { name: 'Student', type: 'AWS::IAM::User' } },
        { messageId: 'loginProfile', line: 5, data: { name: 'Student' } },
        { messageId: 'accessKey', line: 8, data: { name: 'StudentKey', type: 'AWS::IAM::AccessKey' } },
      ],
    },
    {
      name: 'adding a user to a group',
      code: 'Resources:\n  Join:\n    Type: AWS::IAM::UserToGroupAddition\n    Properties:\n      GroupName: g\n      Users: [u]\n',
      errors: [{ messageId: 'iamUser', line: 3, data: { type: 'AWS::IAM::UserToGroupAddition' } }],
    },
  ],
});
