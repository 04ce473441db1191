import rule from '../../../../action/sandbox/guard/parameter-default.js';
import { testRule } from '../../../helpers/rule-tester.js';

const template = (param: string) =>
  `Parameters:\n  ImageUri:\n${param}Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n`;
const none = { parameters: {} };

testRule(rule, {
  valid: [
    {
      name: 'a parameter with a Default',
      code: template('    Type: String\n    Default: nginx:1.27\n'),
      options: none,
    },
    {
      name: 'a parameter the instructor supplies (deploy-parameters)',
      code: template('    Type: String\n'),
      options: { parameters: { ImageUri: 'nginx:1.27' } },
    },
    { name: 'no parameters', code: 'Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n', options: none },
  ],
  invalid: [
    {
      name: 'a parameter with neither',
      code: template('    Type: String\n'),
      options: none,
      errors: [{ messageId: 'noDefault', line: 2, data: { name: 'ImageUri' } }],
    },
    {
      name: 'a value supplied for another parameter does not count',
      code: template('    Type: String\n'),
      options: { parameters: { VpcId: 'vpc-1' } },
      errors: [{ messageId: 'noDefault', data: { name: 'ImageUri' } }],
    },
  ],
});
