import rule from '../../../../graders/rules/ecs-service/no-public-ip.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'AssignPublicIp DISABLED (lab 03 solution)', code: LAB03 },
    {
      name: 'AssignPublicIp left out (ECS defaults to DISABLED)',
      code: edit(LAB03, ['          AssignPublicIp: DISABLED\n', '']),
    },
  ],
  invalid: [
    {
      name: 'AssignPublicIp ENABLED',
      code: edit(LAB03, ['AssignPublicIp: DISABLED', 'AssignPublicIp: ENABLED']),
      errors: [{ messageId: 'enabled' }],
    },
    {
      name: 'AssignPublicIp decided by a condition',
      code: edit(LAB03, ['AssignPublicIp: DISABLED', 'AssignPublicIp: !If [Public, ENABLED, DISABLED]']),
      errors: [{ messageId: 'unknown' }],
    },
    {
      name: 'no service',
      code: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n',
      errors: [{ messageId: 'noService' }],
    },
  ],
});
