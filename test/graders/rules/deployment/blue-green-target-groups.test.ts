import rule from '../../../../graders/rules/deployment/blue-green-target-groups.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CODEDEPLOY, ECS, STARTER, codeDeploy, edit, group } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const GREEN_PATH =
  '      TargetType: ip\n      Protocol: HTTP\n      Port: 8080\n      VpcId: !Ref VpcId\n      HealthCheckPath: /health\n\n  Listener:';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'alternate target group in AdvancedConfiguration (reference solution)', code: ECS },
    {
      name: 'the deployment group’s target group pair (second-style solution)',
      code: CODEDEPLOY,
      file: JSON_FILE,
    },
    {
      name: 'the pair named by the target groups’ literal names',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.BlueTargetGroup.Properties.Name = 'labs-web-blue';
        t.Resources.GreenTargetGroup.Properties.Name = 'labs-web-green';
        group(t).LoadBalancerInfo.TargetGroupPairInfoList[0].TargetGroups = [
          { Name: 'labs-web-green' },
          { Name: 'labs-web-blue' },
        ];
      }),
    },
  ],
  invalid: [
    {
      name: 'the starter: one target group',
      code: STARTER,
      errors: [{ messageId: 'noAlternate', data: { service: 'Service' } }],
    },
    {
      name: "the green target group checks '/'",
      code: edit(ECS, [GREEN_PATH, GREEN_PATH.replace('HealthCheckPath: /health', 'HealthCheckPath: /')]),
      errors: [{ messageId: 'healthPath', data: { group: 'GreenTargetGroup', value: '/' } }],
    },
    {
      name: 'the green target group has no health check path',
      code: edit(ECS, [GREEN_PATH, GREEN_PATH.replace('      HealthCheckPath: /health\n', '')]),
      errors: [{ messageId: 'healthPath', data: { group: 'GreenTargetGroup', value: '/ (the default)' } }],
    },
    {
      name: 'the blue target group turns its health check off',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.BlueTargetGroup.Properties.HealthCheckEnabled = false;
      }),
      errors: [{ messageId: 'healthCheckOff', data: { group: 'BlueTargetGroup' } }],
    },
    {
      name: 'an instance target group',
      code: edit(ECS, [GREEN_PATH, GREEN_PATH.replace('TargetType: ip', 'TargetType: instance')]),
      errors: [{ messageId: 'notIp', data: { group: 'GreenTargetGroup', value: 'instance' } }],
    },
    {
      name: 'the alternate is the service’s own target group',
      code: edit(ECS, [
        'AlternateTargetGroupArn: !Ref GreenTargetGroup',
        'AlternateTargetGroupArn: !Ref BlueTargetGroup',
      ]),
      errors: [{ messageId: 'sameGroup', data: { group: 'BlueTargetGroup' } }],
    },
    {
      name: 'the alternate is a written-out ARN',
      code: edit(ECS, [
        'AlternateTargetGroupArn: !Ref GreenTargetGroup',
        'AlternateTargetGroupArn: arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/green/0123456789abcdef',
      ]),
      errors: [{ messageId: 'alternateUnresolved' }],
    },
    {
      name: 'the deployment group lists no target group pair',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        delete group(t).LoadBalancerInfo;
      }),
      errors: [{ messageId: 'noPair', data: { where: "deployment group 'DeploymentGroup'" } }],
    },
    {
      name: 'the pair names one target group twice',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        group(t).LoadBalancerInfo.TargetGroupPairInfoList[0].TargetGroups[1] = {
          Name: { 'Fn::GetAtt': ['BlueTargetGroup', 'TargetGroupName'] },
        };
      }),
      errors: [{ messageId: 'pairShape', data: { value: "'BlueTargetGroup' and 'BlueTargetGroup'" } }],
    },
    {
      name: 'the pair leaves out the service’s target group',
      file: JSON_FILE,
      code: codeDeploy((t) => {
        t.Resources.SpareTargetGroup = t.Resources.GreenTargetGroup;
        group(t).LoadBalancerInfo.TargetGroupPairInfoList[0].TargetGroups[0] = {
          Name: { 'Fn::GetAtt': ['SpareTargetGroup', 'TargetGroupName'] },
        };
      }),
      errors: [{ messageId: 'pairMissesPrimary', data: { primary: 'BlueTargetGroup' } }],
    },
  ],
});
