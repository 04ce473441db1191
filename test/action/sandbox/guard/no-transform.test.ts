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
  ],
});
