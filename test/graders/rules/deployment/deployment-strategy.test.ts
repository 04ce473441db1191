import rule from '../../../../graders/rules/deployment/deployment-strategy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CODEDEPLOY, ECS, STARTER, codeDeploy, edit, group } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'ECS blue/green strategy (reference solution)', code: ECS },
    { name: 'CodeDeploy blue/green (second-style solution)', code: CODEDEPLOY, file: JSON_FILE },
    {
      name: 'a linear strategy',
      code: edit(ECS, [
        '        Strategy: BLUE_GREEN\n',
        '        Strategy: LINEAR\n        LinearConfiguration:\n          StepPercent: 25\n          StepBakeTimeInMinutes: 2\n',
      ]),
    },
    {
      name: 'a canary strategy, with the default controller left implicit',
      code: edit(
        ECS,
        ['      DeploymentController:\n        Type: ECS\n', ''],
        ['Strategy: BLUE_GREEN', 'Strategy: CANARY'],
      ),
    },
    {
      name: 'the deployment group names the service and cluster by their literal names',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.Service.Properties.ServiceName = 'labs-web';
        t.Resources.Cluster.Properties.ClusterName = 'labs';
        group(t).ECSServices = [{ ClusterName: 'labs', ServiceName: 'labs-web' }];
      }),
    },
  ],
  invalid: [
    {
      name: 'the starter: a rolling update',
      code: STARTER,
      errors: [{ messageId: 'rolling', data: { service: 'Service', strategy: 'ROLLING' } }],
    },
    {
      name: "'Strategy: ROLLING' beside an alternate target group",
      code: edit(ECS, ['Strategy: BLUE_GREEN', 'Strategy: ROLLING']),
      errors: [{ messageId: 'rolling', data: { strategy: 'ROLLING' } }],
    },
    {
      name: 'the EXTERNAL controller',
      code: edit(ECS, ['        Type: ECS\n', '        Type: EXTERNAL\n']),
      errors: [{ messageId: 'external' }],
    },
    {
      name: 'a deployment group for a service still on the ECS controller',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete t.Resources.Service.Properties.DeploymentController;
      }),
      errors: [
        { messageId: 'notCodeDeployController', data: { group: 'DeploymentGroup', value: 'missing' } },
      ],
    },
    {
      name: 'the CODE_DEPLOY controller without a deployment group',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete t.Resources.DeploymentGroup;
        delete t.Outputs.DeploymentGroup;
      }),
      errors: [{ messageId: 'noGroup', data: { cluster: '!Ref Cluster', name: '!GetAtt Service.Name' } }],
    },
    {
      name: "the deployment group names another stack's cluster",
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).ECSServices[0].ClusterName = 'labs-cluster';
      }),
      errors: [{ messageId: 'groupCluster', data: { got: 'labs-cluster', want: '!Ref Cluster' } }],
    },
    {
      name: 'the deployment group belongs to an application of another stack',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).ApplicationName = 'labs-web-app';
      }),
      errors: [{ messageId: 'noApplication', data: { value: "'labs-web-app'" } }],
    },
    {
      name: 'an application on the Server platform',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.CodeDeployApplication.Properties.ComputePlatform = 'Server';
      }),
      errors: [{ messageId: 'platform', data: { value: "'Server'" } }],
    },
    {
      name: 'an in-place deployment style',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).DeploymentStyle = { DeploymentType: 'IN_PLACE', DeploymentOption: 'WITH_TRAFFIC_CONTROL' };
      }),
      errors: [{ messageId: 'style', data: { value: "'IN_PLACE/WITH_TRAFFIC_CONTROL'" } }],
    },
    {
      name: 'a service taken off the load balancer',
      code: edit(STARTER, [
        '      LoadBalancers:\n        - ContainerName: web\n          ContainerPort: 8080\n          TargetGroupArn: !Ref BlueTargetGroup\n',
        '',
      ]),
      errors: [{ messageId: 'notLoadBalanced', data: { service: 'Service' } }],
    },
    {
      name: 'no service at all',
      code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n',
      errors: [{ messageId: 'noService' }],
    },
  ],
});
