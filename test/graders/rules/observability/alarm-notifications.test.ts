import rule from '../../../../graders/rules/observability/alarm-notifications.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CPU_ACTIONS =
  '      ComparisonOperator: GreaterThanThreshold\n      TreatMissingData: missing\n      AlarmActions:\n        - !Ref AlarmTopic\n      OKActions:\n        - !Ref AlarmTopic\n\n  HighMemoryAlarm:';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: "every alarm notifies '!Ref AlarmTopic' (lab 11 solution)", code: LAB11 },
    { name: 'the topic by GetAtt TopicArn (second-style solution)', code: LAB11_JSON, file: 'template.json' },
    {
      name: 'the topic ARN in a Sub',
      code: edit(LAB11, [
        CPU_ACTIONS,
        CPU_ACTIONS.replace(
          '      AlarmActions:\n        - !Ref AlarmTopic\n',
          '      AlarmActions:\n        - !Sub ${AlarmTopic}\n',
        ),
      ]),
    },
  ],
  invalid: [
    {
      name: 'one alarm without actions',
      code: edit(LAB11, [
        CPU_ACTIONS,
        '      ComparisonOperator: GreaterThanThreshold\n      TreatMissingData: missing\n\n  HighMemoryAlarm:',
      ]),
      errors: [{ messageId: 'noTopic', data: { alarm: 'HighCpuAlarm', topic: 'AlarmTopic' } }],
    },
    {
      name: 'only OKActions',
      code: edit(LAB11, [
        CPU_ACTIONS,
        CPU_ACTIONS.replace('      AlarmActions:\n        - !Ref AlarmTopic\n', ''),
      ]),
      errors: [{ messageId: 'noTopic', data: { alarm: 'HighCpuAlarm' } }],
    },
    {
      name: 'a topic of another stack, by literal ARN',
      code: edit(LAB11, [
        CPU_ACTIONS,
        CPU_ACTIONS.replace(
          '      AlarmActions:\n        - !Ref AlarmTopic\n',
          '      AlarmActions:\n        - arn:aws:sns:us-east-1:123456789012:ops\n',
        ),
      ]),
      errors: [{ messageId: 'noTopic' }],
    },
    {
      name: 'actions switched off',
      code: edit(LAB11, [
        CPU_ACTIONS,
        CPU_ACTIONS.replace(
          '      TreatMissingData: missing\n',
          '      TreatMissingData: missing\n      ActionsEnabled: false\n',
        ),
      ]),
      errors: [{ messageId: 'disabled', data: { alarm: 'HighCpuAlarm' } }],
    },
    {
      name: 'no alarms to notify with',
      code: without(LAB11, 'HighCpuAlarm', 'HighMemoryAlarm', 'Target5xxAlarm', 'UnhealthyHostsAlarm'),
      errors: [{ messageId: 'noAlarm' }],
    },
  ],
});
