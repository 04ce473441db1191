import rule from '../../../../graders/rules/vpc/no-open-ingress.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LB_RULE =
  '        - Description: HTTP from anywhere\n          IpProtocol: tcp\n          FromPort: 80\n          ToPort: 80\n          CidrIp: 0.0.0.0/0\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'only the ALB admits the internet, on 80 (lab 06 solution)', code: LAB06 },
    { name: 'lab 03 solution', code: LAB03 },
    {
      name: 'HTTPS and IPv6 on the ALB',
      code: edit(LAB06, [
        LB_RULE,
        LB_RULE + LB_RULE.replace(/80/g, '443') + LB_RULE.replace('CidrIp: 0.0.0.0/0', 'CidrIpv6: ::/0'),
      ]),
    },
    {
      name: 'a narrow CIDR elsewhere',
      code: edit(LAB06, [
        '          SourceSecurityGroupId: !GetAtt ServiceSecurityGroup.GroupId',
        '          CidrIp: 10.0.0.0/16',
      ]),
    },
  ],
  invalid: [
    {
      name: 'the tasks open to the internet',
      code: edit(LAB06, [
        '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId',
        '          CidrIp: 0.0.0.0/0',
      ]),
      errors: [{ messageId: 'openNotLoadBalancer' }],
    },
    {
      name: 'the ALB open on 8080',
      code: edit(LAB06, [LB_RULE, LB_RULE.replace(/80/g, '8080')]),
      errors: [{ messageId: 'openLoadBalancerPort' }],
    },
    {
      name: 'the ALB open on 80-443',
      code: edit(LAB06, [LB_RULE, LB_RULE.replace('ToPort: 80', 'ToPort: 443')]),
      errors: [{ messageId: 'openLoadBalancerPort' }],
    },
    {
      name: 'the ALB open to all traffic',
      code: edit(LAB06, [LB_RULE, LB_RULE.replace('IpProtocol: tcp', "IpProtocol: '-1'")]),
      errors: [{ messageId: 'openLoadBalancerPort' }],
    },
    {
      name: 'a separate ingress resource open over IPv6',
      code: edit(LAB03, [
        '\n  LoadBalancer:\n',
        '\n  Open:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !Ref FileSystemSecurityGroup\n      IpProtocol: tcp\n      FromPort: 2049\n      ToPort: 2049\n      CidrIpv6: ::/0\n\n  LoadBalancer:\n',
      ]),
      errors: [{ messageId: 'openNotLoadBalancer' }],
    },
    {
      name: 'a parameter defaulting to the whole internet',
      code: edit(
        LAB06,
        ['Parameters:\n', 'Parameters:\n  AdminCidr:\n    Type: String\n    Default: 0.0.0.0/0\n'],
        [
          '          SourceSecurityGroupId: !GetAtt ServiceSecurityGroup.GroupId',
          '          CidrIp: !Ref AdminCidr',
        ],
      ),
      errors: [{ messageId: 'openNotLoadBalancer' }],
    },
  ],
});
