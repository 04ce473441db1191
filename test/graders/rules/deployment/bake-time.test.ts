import rule from '../../../../graders/rules/deployment/bake-time.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CODEDEPLOY, ECS, STARTER, codeDeploy, edit, group } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const BAKE = '        BakeTimeInMinutes: 10\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a ten-minute bake (reference solution)', code: ECS },
    {
      name: 'a termination wait from a parameter default (second-style solution)',
      code: CODEDEPLOY,
      file: JSON_FILE,
    },
    { name: 'exactly five minutes', code: edit(ECS, [BAKE, '        BakeTimeInMinutes: 5\n']) },
    {
      name: 'a bake time decided at deploy time',
      code: edit(
        ECS,
        [BAKE, '        BakeTimeInMinutes: !Ref BakeMinutes\n'],
        ['Parameters:\n', 'Parameters:\n  BakeMinutes:\n    Type: Number\n'],
      ),
    },
    {
      name: 'CodeDeploy waits for approval before shifting',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).BlueGreenDeploymentConfiguration.DeploymentReadyOption = {
          ActionOnTimeout: 'STOP_DEPLOYMENT',
          WaitTimeInMinutes: 60,
        };
      }),
    },
  ],
  invalid: [
    {
      name: 'the starter: no bake time',
      code: STARTER,
      errors: [{ messageId: 'noBake', data: { service: 'Service', min: 5 } }],
    },
    {
      name: 'a zero bake time',
      code: edit(ECS, [BAKE, '        BakeTimeInMinutes: 0\n']),
      errors: [{ messageId: 'shortBake', data: { value: 0 } }],
    },
    {
      name: 'CodeDeploy terminates blue a minute after the shift',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Parameters.BlueTerminationWaitMinutes.Default = 1;
      }),
      errors: [{ messageId: 'shortTermination', data: { group: 'DeploymentGroup', value: 1 } }],
    },
    {
      name: 'CodeDeploy keeps blue alive for ever',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).BlueGreenDeploymentConfiguration.TerminateBlueInstancesOnDeploymentSuccess = {
          Action: 'KEEP_ALIVE',
        };
      }),
      errors: [{ messageId: 'noTermination', data: { value: "'KEEP_ALIVE'" } }],
    },
    {
      name: 'no blue/green deployment configuration',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete group(t).BlueGreenDeploymentConfiguration;
      }),
      errors: [{ messageId: 'noTermination', data: { value: 'missing' } }, { messageId: 'noReadyOption' }],
    },
    {
      name: 'the CodeDeploy service without a deployment group',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete t.Resources.DeploymentGroup;
      }),
      errors: [{ messageId: 'noGroup' }],
    },
  ],
});
