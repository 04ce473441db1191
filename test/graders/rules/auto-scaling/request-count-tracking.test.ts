import rule from '../../../../graders/rules/auto-scaling/request-count-tracking.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LABEL =
  "          ResourceLabel: !Join\n            - '/'\n            - - !GetAtt LoadBalancer.LoadBalancerFullName\n              - !GetAtt TargetGroup.TargetGroupFullName\n";
const label = (value: string) => edit(LAB09, [LABEL, `          ResourceLabel: ${value}\n`]);
/** The label as the CDK's scaleOnRequestCount writes it: the load balancer's full name is parts 1-3 of `arn`. */
const cdkLabel = (arn: string, parts = [1, 2, 3]) =>
  "!Join\n            - ''\n            - - " +
  [
    ...parts.flatMap((i) => [`!Select [${i}, !Split ['/', ${arn}]]`, "'/'"]),
    '!GetAtt TargetGroup.TargetGroupFullName',
  ].join('\n              - ');
const SECOND_ALB =
  '  OtherLoadBalancer:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Subnets: !Ref PublicSubnetIds\n\n' +
  '  OtherListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref OtherLoadBalancer\n      Protocol: HTTP\n      Port: 80\n' +
  "      DefaultActions:\n        - Type: fixed-response\n          FixedResponseConfig:\n            StatusCode: '404'\n\n  Listener:\n";

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'Join of the two full names (lab 09 solution)', code: LAB09 },
    {
      name: 'Sub of the two full names, forwarded by a listener rule (second-style solution)',
      code: LAB09_JSON,
      file: 'template.json',
    },
    {
      name: 'Sub in YAML',
      code: label("!Sub '${LoadBalancer.LoadBalancerFullName}/${TargetGroup.TargetGroupFullName}'"),
    },
    {
      // CDK scaleOnRequestCount (targetGroup.firstLoadBalancerFullName): parts 1-3 of the listener's ARN,
      // 'arn:…:listener/app/<lb>/<id>/<listener-id>', are the load balancer's full name.
      name: "the CDK's label: the load balancer's full name from its listener's ARN",
      code: label(cdkLabel('!Ref Listener')),
    },
    {
      name: "the load balancer's full name from its own ARN ('arn:…:loadbalancer/app/<lb>/<id>')",
      code: label(cdkLabel('!Ref LoadBalancer')),
    },
  ],
  invalid: [
    {
      name: 'no request-count policy',
      code: without(LAB09, 'RequestCountScalingPolicy'),
      errors: [{ messageId: 'missing', data: { service: 'Service' } }],
    },
    {
      name: 'no ResourceLabel',
      code: edit(LAB09, [LABEL, '']),
      errors: [{ messageId: 'labelMissing' }],
    },
    {
      name: 'the ARNs (!Ref) instead of the full names',
      code: label("!Join ['/', [!Ref LoadBalancer, !Ref TargetGroup]]"),
      errors: [
        { messageId: 'labelAttribute', data: { got: '!Ref LoadBalancer', attr: 'LoadBalancerFullName' } },
        { messageId: 'labelAttribute', data: { got: '!Ref TargetGroup', attr: 'TargetGroupFullName' } },
      ],
    },
    {
      name: 'the short names',
      code: label(
        "!Join ['/', [!GetAtt LoadBalancer.LoadBalancerName, !GetAtt TargetGroup.TargetGroupName]]",
      ),
      errors: [{ messageId: 'labelAttribute' }, { messageId: 'labelAttribute' }],
    },
    {
      name: 'a hard-coded label',
      code: label('app/labs-alb/50dc6c495c0c9188/targetgroup/labs-web/73e2d6bc24d8a067'),
      errors: [{ messageId: 'labelLiteral' }],
    },
    {
      name: 'the target group first',
      code: label("!Sub '${TargetGroup.TargetGroupFullName}/${LoadBalancer.LoadBalancerFullName}'"),
      errors: [{ messageId: 'labelShape' }],
    },
    {
      name: 'no slash between the names',
      code: label(
        "!Join ['', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]",
      ),
      errors: [{ messageId: 'labelShape' }],
    },
    {
      name: "the wrong parts of the listener's ARN (name, id and listener id)",
      code: label(cdkLabel('!Ref Listener', [2, 3, 4])),
      errors: [{ messageId: 'labelUnknown' }],
    },
    {
      name: "the target group's ARN split instead of a listener's",
      code: label(cdkLabel('!Ref TargetGroup')),
      errors: [{ messageId: 'labelUnknown' }],
    },
    {
      name: 'the full name from the listener of another load balancer, which does not forward to the target group',
      code: edit(
        LAB09,
        ['  Listener:\n', SECOND_ALB],
        [LABEL, `          ResourceLabel: ${cdkLabel('!Ref OtherListener')}\n`],
      ),
      errors: [{ messageId: 'targetGroupNotRouted', data: { loadBalancer: 'OtherLoadBalancer' } }],
    },
    {
      name: 'a label built with an import',
      code: label("!Join ['/', [!ImportValue shared-alb, !GetAtt TargetGroup.TargetGroupFullName]]"),
      errors: [{ messageId: 'labelUnknown' }],
    },
    {
      name: 'a target group the service does not register in',
      code: edit(
        LAB09,
        [
          '  Listener:\n',
          '  OtherTargetGroup:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      TargetType: ip\n      Protocol: HTTP\n      Port: 8080\n      VpcId: !Ref VpcId\n\n  Listener:\n',
        ],
        [
          LABEL,
          "          ResourceLabel: !Sub '${LoadBalancer.LoadBalancerFullName}/${OtherTargetGroup.TargetGroupFullName}'\n",
        ],
      ),
      errors: [{ messageId: 'targetGroupNotServed', data: { targetGroup: 'OtherTargetGroup' } }],
    },
    {
      name: 'a load balancer whose listener does not forward to the target group',
      code: edit(LAB09, [
        '      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref TargetGroup\n',
        "      DefaultActions:\n        - Type: fixed-response\n          FixedResponseConfig:\n            StatusCode: '404'\n",
      ]),
      errors: [{ messageId: 'targetGroupNotRouted', data: { loadBalancer: 'LoadBalancer' } }],
    },
    {
      name: 'a zero target',
      code: edit(LAB09, ['        TargetValue: 1000\n', '        TargetValue: 0\n']),
      errors: [{ messageId: 'targetValue' }],
    },
    {
      name: 'a service without a load balancer',
      code: edit(without(LAB09, 'RequestCountScalingPolicy'), [
        '      LoadBalancers:\n        - ContainerName: web\n          ContainerPort: 8080\n          TargetGroupArn: !Ref TargetGroup\n',
        '',
      ]),
      errors: [{ messageId: 'notLoadBalanced' }],
    },
  ],
});
