import rule from '../../../../graders/rules/ecs-service/deployment-healthy-percent.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: '100% minimum, 200% maximum (lab 03 solution)', code: LAB03 },
    { name: 'a larger maximum', code: edit(LAB03, ['MaximumPercent: 200', 'MaximumPercent: 300']) },
    {
      name: 'numbers written as text',
      code: edit(LAB03, ['MinimumHealthyPercent: 100', "MinimumHealthyPercent: '100'"]),
    },
    {
      name: 'a native blue/green deployment sizes itself',
      code: edit(LAB03, [
        '        MinimumHealthyPercent: 100\n        MaximumPercent: 200\n',
        '        Strategy: BLUE_GREEN\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'bounds left to the defaults',
      code: edit(LAB03, ['        MinimumHealthyPercent: 100\n        MaximumPercent: 200\n', '']),
      errors: [{ messageId: 'maxMissing' }, { messageId: 'minMissing' }],
    },
    {
      name: 'half capacity during deployments',
      code: edit(LAB03, ['MinimumHealthyPercent: 100', 'MinimumHealthyPercent: 50']),
      errors: [{ messageId: 'minTooLow' }],
    },
    {
      name: 'stop everything first',
      code: edit(LAB03, ['MinimumHealthyPercent: 100', 'MinimumHealthyPercent: 0']),
      errors: [{ messageId: 'minTooLow' }],
    },
    {
      name: 'no room for new tasks',
      code: edit(LAB03, ['MaximumPercent: 200', 'MaximumPercent: 100']),
      errors: [{ messageId: 'maxTooLow' }],
    },
    {
      name: 'a deploy-time value',
      code: edit(LAB03, ['MaximumPercent: 200', 'MaximumPercent: !If [Big, 300, 200]']),
      errors: [{ messageId: 'unknown' }],
    },
  ],
});
