import rule from '../../../../graders/rules/deployment/alarm-rollback.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CODEDEPLOY, ECS, STARTER, codeDeploy, edit, group, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const GREEN_DIMENSION = '          Value: !GetAtt GreenTargetGroup.TargetGroupFullName\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'alarms on both target groups (reference solution)', code: ECS },
    {
      name: 'a metric-math alarm and an alarm on this service (second-style solution)',
      code: CODEDEPLOY,
      file: JSON_FILE,
    },
    {
      name: 'an alarm named by its literal AlarmName',
      code: edit(
        ECS,
        ['            - !Ref GreenTargetErrorsAlarm\n', '            - labs-web-green-errors\n'],
        [
          '      AlarmDescription: Targets of the green target group answer with 5xx errors\n',
          '      AlarmName: labs-web-green-errors\n      AlarmDescription: Targets of the green target group answer with 5xx errors\n',
        ],
      ),
    },
    {
      name: 'dimensions built with Sub',
      code: edit(ECS, [GREEN_DIMENSION, "          Value: !Sub '${GreenTargetGroup.TargetGroupFullName}'\n"]),
    },
  ],
  invalid: [
    {
      name: 'the starter: only the circuit breaker',
      code: STARTER,
      errors: [{ messageId: 'noAlarms', data: { service: 'Service' } }],
    },
    {
      name: 'alarms that do not roll back',
      code: edit(ECS, [
        '          Enable: true\n          Rollback: true\n        LifecycleHooks',
        '          Enable: true\n          Rollback: false\n        LifecycleHooks',
      ]),
      errors: [{ messageId: 'noRollback', data: { value: "'false'" } }],
    },
    {
      name: 'alarms turned off',
      code: edit(ECS, [
        '          Enable: true\n          Rollback: true\n        LifecycleHooks',
        '          Enable: false\n          Rollback: true\n        LifecycleHooks',
      ]),
      errors: [{ messageId: 'alarmsOff', data: { value: "'false'" } }],
    },
    {
      name: "an alarm on another stack's target group",
      code: edit(ECS, [GREEN_DIMENSION, '          Value: targetgroup/labs-web-green/0123456789abcdef\n']),
      errors: [
        {
          messageId: 'alarmForeign',
          data: {
            alarm: 'GreenTargetErrorsAlarm',
            name: 'TargetGroup',
            got: 'targetgroup/labs-web-green/0123456789abcdef',
            want: '!GetAtt <TargetGroup>.TargetGroupFullName',
          },
        },
      ],
    },
    {
      name: "the target group's ARN instead of its full name",
      code: edit(ECS, [GREEN_DIMENSION, '          Value: !Ref GreenTargetGroup\n']),
      errors: [
        {
          messageId: 'alarmForeign',
          data: {
            name: 'TargetGroup',
            got: '${GreenTargetGroup}',
            want: '!GetAtt GreenTargetGroup.TargetGroupFullName',
          },
        },
      ],
    },
    {
      name: 'an alarm of another stack, by name',
      code: edit(without(ECS, 'GreenTargetErrorsAlarm'), [
        '            - !Ref GreenTargetErrorsAlarm\n',
        '            - labs-web-5xx\n',
      ]),
      errors: [{ messageId: 'alarmUnresolved', data: { value: "'labs-web-5xx'" } }],
    },
    {
      name: 'an alarm without dimensions',
      code: edit(ECS, [
        '        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n        - Name: TargetGroup\n' +
          GREEN_DIMENSION,
        '        []\n',
      ]).replace('      Dimensions:\n        []\n', ''),
      errors: [{ messageId: 'alarmNoDimensions', data: { alarm: 'GreenTargetErrorsAlarm' } }],
    },
    {
      name: 'CodeDeploy rolls back on failures but not on alarms',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).AutoRollbackConfiguration.Events = ['DEPLOYMENT_FAILURE'];
      }),
      errors: [
        {
          messageId: 'rollbackEvents',
          data: { missing: 'DEPLOYMENT_STOP_ON_ALARM', value: "'DEPLOYMENT_FAILURE'" },
        },
      ],
    },
    {
      name: 'CodeDeploy without automatic rollback',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete group(t).AutoRollbackConfiguration;
      }),
      errors: [{ messageId: 'autoRollbackOff', data: { value: 'missing' } }],
    },
    {
      name: 'CodeDeploy with its alarm configuration disabled',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).AlarmConfiguration.Enabled = false;
      }),
      errors: [{ messageId: 'alarmConfigOff' }],
    },
    {
      name: "CodeDeploy's alarm on a hard-coded service name",
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.ServiceCpuAlarm.Properties.Dimensions[1].Value = 'labs-web';
      }),
      errors: [
        {
          messageId: 'alarmForeign',
          data: { alarm: 'ServiceCpuAlarm', name: 'ServiceName', want: '!GetAtt Service.Name' },
        },
      ],
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
