import rule from '../../../../graders/rules/iam/guardduty-runtime-monitoring.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const AGENT =
  '          AdditionalConfiguration:\n            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n              Status: ENABLED\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'RUNTIME_MONITORING with the Fargate agent (lab 08 solution)', code: LAB08 },
    { name: "'Enable' as the text 'true' (JSON)", code: LAB08_JSON, file: 'template.json' },
  ],
  invalid: [
    { name: 'the starter: no detector', code: STARTER, errors: [{ messageId: 'noDetector' }] },
    {
      name: 'a disabled detector',
      code: edit(LAB08, ['      Enable: true\n      Features:\n', '      Enable: false\n      Features:\n']),
      errors: [{ messageId: 'disabled', data: { value: "'false'" } }],
    },
    {
      name: 'only the EKS runtime feature',
      code: edit(LAB08, ['        - Name: RUNTIME_MONITORING\n', '        - Name: EKS_RUNTIME_MONITORING\n']),
      errors: [{ messageId: 'noRuntimeMonitoring' }],
    },
    {
      name: 'runtime monitoring disabled',
      code: edit(LAB08, [
        '        - Name: RUNTIME_MONITORING\n          Status: ENABLED\n',
        '        - Name: RUNTIME_MONITORING\n          Status: DISABLED\n',
      ]),
      errors: [{ messageId: 'noRuntimeMonitoring' }],
    },
    {
      name: 'runtime monitoring without the Fargate agent',
      code: edit(LAB08, [AGENT, '']),
      errors: [{ messageId: 'noFargateAgent', data: { detector: 'Detector' } }],
    },
    {
      name: 'the EC2 agent instead of the Fargate one',
      code: edit(LAB08, [
        '            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n',
        '            - Name: EC2_AGENT_MANAGEMENT\n',
      ]),
      errors: [{ messageId: 'noFargateAgent' }],
    },
  ],
});
