import rule from '../../../../graders/rules/auto-scaling/scaling-cooldowns.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CPU = '        TargetValue: 60\n        ScaleOutCooldown: 60\n        ScaleInCooldown: 300\n';
const cpu = (lines: string) => edit(LAB09, [CPU, `        TargetValue: 60\n${lines}`]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: '60 out, 300 in (lab 09 solution)', code: LAB09 },
    { name: '30/600 and 45/300 (second-style solution)', code: LAB09_JSON, file: 'template.json' },
    {
      name: 'scale out at once, scale in after an hour',
      code: cpu('        ScaleOutCooldown: 0\n        ScaleInCooldown: 3600\n'),
    },
  ],
  invalid: [
    {
      name: 'both left out',
      code: cpu(''),
      errors: [{ messageId: 'missing', data: { missing: "'ScaleOutCooldown' or 'ScaleInCooldown'" } }],
    },
    {
      name: 'scale-in left out',
      code: cpu('        ScaleOutCooldown: 60\n'),
      errors: [{ messageId: 'missing', data: { missing: "'ScaleInCooldown'" } }],
    },
    {
      name: 'scale-out slower than scale-in',
      code: cpu('        ScaleOutCooldown: 300\n        ScaleInCooldown: 60\n'),
      errors: [{ messageId: 'outNotShorter', data: { out: 300, in: 60 } }],
    },
    {
      name: 'equal cooldowns',
      code: cpu('        ScaleOutCooldown: 300\n        ScaleInCooldown: 300\n'),
      errors: [{ messageId: 'outNotShorter' }],
    },
    {
      name: 'a day-long scale-in cooldown',
      code: cpu('        ScaleOutCooldown: 60\n        ScaleInCooldown: 86400\n'),
      errors: [{ messageId: 'outOfRange', data: { property: 'ScaleInCooldown', value: 86400 } }],
    },
    {
      name: 'a cooldown imported from another stack',
      code: cpu('        ScaleOutCooldown: !ImportValue cooldown\n        ScaleInCooldown: 300\n'),
      errors: [{ messageId: 'unknown', data: { property: 'ScaleOutCooldown' } }],
    },
    {
      name: 'no target-tracking policy',
      code: without(LAB09, 'CpuScalingPolicy', 'RequestCountScalingPolicy'),
      errors: [{ messageId: 'noPolicies' }],
    },
  ],
});
