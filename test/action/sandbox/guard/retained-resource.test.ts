import rule from '../../../../action/sandbox/guard/retained-resource.js';
import { testRule } from '../../../helpers/rule-tester.js';

const logs = (policy: string) =>
  `Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    DeletionPolicy: ${policy}\n`;
const options = { parameters: {} };

testRule(rule, {
  valid: [
    { name: 'DeletionPolicy Delete', code: logs('Delete'), options },
    { name: 'no DeletionPolicy', code: 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n', options },
  ],
  invalid: [
    {
      name: 'Retain',
      code: logs('Retain'),
      options,
      errors: [{ messageId: 'retained', line: 4, data: { name: 'Logs', policy: 'Retain' } }],
    },
    {
      name: 'RetainExceptOnCreate',
      code: logs('RetainExceptOnCreate'),
      options,
      errors: [{ messageId: 'retained' }],
    },
    {
      name: 'Snapshot',
      code: logs('Snapshot'),
      options,
      errors: [{ messageId: 'retained', data: { policy: 'Snapshot' } }],
    },
  ],
});
