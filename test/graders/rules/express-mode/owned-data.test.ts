import rule from '../../../../graders/rules/express-mode/owned-data.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const LOGS =
  '        AwsLogsConfiguration:\n          LogGroup: !Ref LogGroup\n          LogStreamPrefix: web\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a log group of the stack with retention (lab 13 solution)', code: LAB13 },
    {
      name: 'the log group by the name the template gives it',
      code: edit(LAB13, [
        '          LogGroup: !Ref LogGroup\n',
        "          LogGroup: !Sub '/ecs/${AWS::StackName}'\n",
      ]),
    },
    {
      name: 'App Runner with a key of the stack (second-style solution)',
      code: runner(() => {}),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: 'no log configuration',
      code: edit(LAB13, [LOGS, '']),
      errors: [{ messageId: 'noLogConfiguration' }],
    },
    {
      name: 'a log group kept forever',
      code: edit(LAB13, ['      RetentionInDays: 30\n', '']),
      errors: [{ messageId: 'noRetention', data: { group: 'LogGroup' } }],
    },
    {
      name: 'a log group of another stack',
      code: edit(LAB13, ['          LogGroup: !Ref LogGroup\n', '          LogGroup: /ecs/shared\n']),
      errors: [{ messageId: 'foreignLogGroup' }],
    },
    {
      name: 'App Runner without a key',
      code: runner((t) => {
        delete props(t, 'Service')['EncryptionConfiguration'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'noKey' }],
    },
    {
      name: 'App Runner with a key ARN text',
      code: runner((t) => {
        props(t, 'Service')['EncryptionConfiguration'] = {
          KmsKey: 'arn:aws:kms:us-east-1:123456789012:key/00000000-0000-0000-0000-000000000000',
        };
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'foreignKey' }],
    },
  ],
});
