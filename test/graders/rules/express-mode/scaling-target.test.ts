import rule from '../../../../graders/rules/express-mode/scaling-target.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const SCALING =
  '      ScalingTarget:\n        MinTaskCount: 2\n        MaxTaskCount: 6\n        AutoScalingMetric: AVERAGE_CPU\n        AutoScalingTargetValue: 60\n';
const scaling = (body: string) => edit(LAB13, [SCALING, `      ScalingTarget:\n${body}`]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'two to six on CPU at 60 (lab 13 solution)', code: LAB13 },
    {
      name: 'the default metric and target',
      code: scaling('        MinTaskCount: 2\n        MaxTaskCount: 4\n'),
    },
    {
      name: 'requests per target',
      code: scaling(
        '        MinTaskCount: 3\n        MaxTaskCount: 10\n        AutoScalingMetric: REQUEST_COUNT_PER_TARGET\n        AutoScalingTargetValue: 500\n',
      ),
    },
    { name: 'App Runner two to six (second-style solution)', code: runner(() => {}), file: JSON_FILE },
  ],
  invalid: [
    { name: 'no ScalingTarget', code: edit(LAB13, [SCALING, '']), errors: [{ messageId: 'noScaling' }] },
    {
      name: 'one task',
      code: scaling('        MinTaskCount: 1\n        MaxTaskCount: 4\n'),
      errors: [{ messageId: 'minTooLow', data: { min: 1 } }],
    },
    {
      name: 'no minimum',
      code: scaling('        MaxTaskCount: 6\n'),
      errors: [{ messageId: 'noMin' }],
    },
    {
      name: 'no maximum',
      code: scaling('        MinTaskCount: 2\n'),
      errors: [{ messageId: 'noMax' }],
    },
    {
      name: 'no room to scale',
      code: scaling('        MinTaskCount: 3\n        MaxTaskCount: 3\n'),
      errors: [{ messageId: 'noRoom' }],
    },
    {
      name: 'a ceiling of 500 tasks',
      code: scaling('        MinTaskCount: 2\n        MaxTaskCount: 500\n'),
      errors: [{ messageId: 'maxTooHigh' }],
    },
    {
      name: 'CPU at 95%',
      code: scaling(
        '        MinTaskCount: 2\n        MaxTaskCount: 6\n        AutoScalingMetric: AVERAGE_CPU\n        AutoScalingTargetValue: 95\n',
      ),
      errors: [{ messageId: 'targetOutOfRange', data: { value: 95 } }],
    },
    {
      name: "App Runner without a configuration (the default's one instance)",
      code: runner((t) => {
        delete props(t, 'Service')['AutoScalingConfigurationArn'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'noRunnerScaling' }],
    },
    {
      name: "App Runner configuration that keeps App Runner's default minimum",
      code: runner((t) => {
        delete props(t, 'Scaling')['MinSize'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'minTooLow', data: { min: 1 } }],
    },
    {
      name: 'App Runner configuration given as an ARN text',
      code: runner((t) => {
        props(t, 'Service')['AutoScalingConfigurationArn'] =
          'arn:aws:apprunner:us-east-1:123456789012:autoscalingconfiguration/DefaultConfiguration/1/00000000000000000000000000000001';
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'unresolvedConfiguration' }],
    },
  ],
});
