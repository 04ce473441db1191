import rule from '../../../../graders/rules/observability/log-group-retention-kms.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'retention and the key ARN (lab 11 solution)', code: LAB11 },
    {
      name: 'retention from a Number parameter with a Default (second-style solution)',
      code: LAB11_JSON,
      file: 'template.json',
    },
    {
      name: 'a key ARN from a parameter (a key of another stack)',
      code: edit(
        LAB11,
        ['      KmsKeyId: !GetAtt LogKey.Arn\n', '      KmsKeyId: !Ref LogKeyArn\n'],
        ['Parameters:\n', 'Parameters:\n  LogKeyArn:\n    Type: String\n'],
      ),
    },
  ],
  invalid: [
    {
      name: 'no retention',
      code: edit(LAB11, ['      RetentionInDays: 30\n', '']),
      errors: [{ messageId: 'noRetention', data: { group: 'LogGroup' } }],
    },
    {
      name: 'a retention CloudWatch Logs does not accept',
      code: edit(LAB11, ['      RetentionInDays: 30\n', '      RetentionInDays: 31\n']),
      errors: [{ messageId: 'badRetention', data: { value: '31' } }],
    },
    {
      name: 'no KMS key',
      code: edit(LAB11, ['      KmsKeyId: !GetAtt LogKey.Arn\n', '']),
      errors: [{ messageId: 'noKey', data: { group: 'LogGroup' } }],
    },
    {
      name: "the key's id ('!Ref') instead of its ARN",
      code: edit(LAB11, ['      KmsKeyId: !GetAtt LogKey.Arn\n', '      KmsKeyId: !Ref LogKey\n']),
      errors: [{ messageId: 'keyNotArn', data: { key: 'LogKey' } }],
    },
    {
      name: 'neither retention nor key',
      code: edit(LAB11, ['      RetentionInDays: 30\n      KmsKeyId: !GetAtt LogKey.Arn\n', '']),
      errors: [{ messageId: 'noKey' }, { messageId: 'noRetention' }],
    },
    {
      name: 'no log group',
      code: without(LAB11, 'LogGroup'),
      errors: [{ messageId: 'noLogGroup' }],
    },
  ],
});
