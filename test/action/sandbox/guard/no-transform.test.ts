import rule from '../../../../action/sandbox/guard/no-transform.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'plain CloudFormation', code: 'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n' }],
  invalid: [
    {
      name: 'the SAM transform',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nTransform: AWS::Serverless-2016-10-31\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n",
      errors: [{ messageId: 'transform', line: 2 }],
    },
    {
      name: 'a list of macros',
      code: 'Transform: [AWS::LanguageExtensions, MyMacro]\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n',
      errors: [{ messageId: 'transform', line: 1 }],
    },
    {
      name: "'Fn::Transform' inside Properties",
      code: [
        'Resources:',
        '  TaskRole:',
        '    Type: AWS::IAM::Role',
        '    Properties:',
        '      AssumeRolePolicyDocument:',
        "        'Fn::Transform':",
        '          Name: AWS::Include',
        '          Parameters:',
        '            Location: s3://bucket/trust.yaml',
        '',
      ].join('\n'),
      errors: [{ messageId: 'fnTransform', line: 6, data: { macro: 'AWS::Include' } }],
    },
  ],
});
