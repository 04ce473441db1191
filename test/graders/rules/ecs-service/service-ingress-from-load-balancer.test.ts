import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/service-ingress-from-load-balancer.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const STANDALONE_SOURCE =
  '      SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n\n  LoadBalancer:';
const INLINE_SOURCE =
  '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n\n  # ----';
const LBS =
  '      LoadBalancers:\n        - ContainerName: web\n          ContainerPort: !Ref ContainerPort\n          TargetGroupArn: !Ref TargetGroup\n';

/** The lab 03 ingress resource's ports, and lab 06's inline rule's, replaced by other protocol/port lines. */
const STANDALONE_PORTS =
  '      IpProtocol: tcp\n      FromPort: !Ref ContainerPort\n      ToPort: !Ref ContainerPort\n';
const INLINE_PORTS =
  '          IpProtocol: tcp\n          FromPort: !Ref ContainerPort\n          ToPort: !Ref ContainerPort\n';
const standalonePorts = (protocol: string, from: number | string, to: number | string) =>
  edit(LAB03, [
    STANDALONE_PORTS,
    `      IpProtocol: ${protocol}\n      FromPort: ${from}\n      ToPort: ${to}\n`,
  ]);
const inlinePorts = (protocol: string, from: number | string, to: number | string) =>
  edit(LAB06, [
    INLINE_PORTS,
    `          IpProtocol: ${protocol}\n          FromPort: ${from}\n          ToPort: ${to}\n`,
  ]);

const backend = (source: string) =>
  resourcesOnly(`  Frontend:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: front end
  Backend:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: back end
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          ${source}
  Service:
    Type: AWS::ECS::Service
    Properties:
      NetworkConfiguration:
        AwsvpcConfiguration:
          SecurityGroups: [!Ref Backend]
`);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a separate AWS::EC2::SecurityGroupIngress from the ALB group (lab 03 solution)', code: LAB03 },
    { name: 'an inline rule from the ALB group (lab 06 solution)', code: LAB06 },
    {
      name: 'the ALB group named with !Ref',
      code: edit(LAB03, [
        STANDALONE_SOURCE,
        '      SourceSecurityGroupId: !Ref LoadBalancerSecurityGroup\n\n  LoadBalancer:',
      ]),
    },
    {
      name: 'a service without a load balancer admitting another service',
      code: backend('SourceSecurityGroupId: !GetAtt Frontend.GroupId'),
    },
    {
      name: 'a load balancer defined in another stack',
      code: edit(
        without(LAB03, 'LoadBalancerSecurityGroup', 'LoadBalancer', 'HttpsListener', 'Listener'),
        [
          STANDALONE_SOURCE.replace('\n\n  LoadBalancer:', '\n'),
          '      SourceSecurityGroupId: !ImportValue shared-alb-security-group\n',
        ],
        ['      - HttpsListener\n', ''],
      ),
    },
    {
      name: 'the container port as literals, with protocol number 6',
      code: edit(standalonePorts("'6'", 8080, 8080), [
        '          ContainerPort: !Ref ContainerPort\n',
        '          ContainerPort: 8080\n',
      ]),
    },
    {
      name: 'UDP on the container port (a Network Load Balancer may forward UDP)',
      code: inlinePorts('udp', 8080, 8080),
    },
    {
      name: 'a container port decided at deploy time is not second-guessed',
      code: edit(standalonePorts('tcp', 80, 80), [
        '          ContainerPort: !Ref ContainerPort\n',
        '          ContainerPort: !ImportValue web-port\n',
      ]),
    },
    {
      name: 'ingress ports decided at deploy time are not second-guessed',
      code: standalonePorts('tcp', '!ImportValue web-port', '!ImportValue web-port'),
    },
    {
      name: 'no ingress at all on a service without a load balancer',
      code: edit(
        LAB03,
        [LBS, ''],
        [
          STANDALONE_SOURCE,
          '      SourceSecurityGroupId: !GetAtt FileSystemSecurityGroup.GroupId\n\n  LoadBalancer:',
        ],
      ),
    },
  ],
  invalid: [
    {
      name: 'the whole VPC range, inline',
      code: edit(LAB06, [INLINE_SOURCE, '          CidrIp: 10.0.0.0/16\n\n  # ----']),
      errors: [{ messageId: 'cidrSource' }, { messageId: 'noIngressFromLoadBalancer' }],
    },
    {
      name: 'the internet over IPv6, as a separate resource, beside the ALB rule',
      code: edit(LAB03, [
        STANDALONE_SOURCE,
        `${STANDALONE_SOURCE.replace('\n\n  LoadBalancer:', '')}\n\n  Ipv6Ingress:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: !Ref ServiceSecurityGroup\n      IpProtocol: tcp\n      FromPort: 8080\n      ToPort: 8080\n      CidrIpv6: ::/0\n\n  LoadBalancer:`,
      ]),
      errors: [{ messageId: 'cidrSource' }],
    },
    {
      name: 'a prefix list',
      code: edit(LAB06, [
        INLINE_SOURCE,
        '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          SourcePrefixListId: pl-12345678\n\n  # ----',
      ]),
      errors: [{ messageId: 'prefixListSource' }],
    },
    {
      name: 'a security group that is not the load balancer’s',
      code: edit(LAB03, [
        STANDALONE_SOURCE,
        '      SourceSecurityGroupId: !GetAtt FileSystemSecurityGroup.GroupId\n\n  LoadBalancer:',
      ]),
      errors: [{ messageId: 'notLoadBalancerSource' }, { messageId: 'noIngressFromLoadBalancer' }],
    },
    {
      name: 'a hard-coded security group id',
      code: edit(LAB03, [
        STANDALONE_SOURCE,
        '      SourceSecurityGroupId: sg-0123456789abcdef0\n\n  LoadBalancer:',
      ]),
      errors: [{ messageId: 'notLoadBalancerSource' }, { messageId: 'noIngressFromLoadBalancer' }],
    },
    {
      name: 'the listener port 80 opened instead of container port 8080, as a separate resource',
      code: standalonePorts('tcp', 80, 80),
      errors: [{ messageId: 'loadBalancerPorts', line: 332 }],
    },
    {
      name: 'every TCP port opened to the load balancer, as a separate resource',
      code: standalonePorts('tcp', 0, 65535),
      errors: [{ messageId: 'loadBalancerPorts', line: 332 }],
    },
    {
      name: 'a range around the container port, inline',
      code: inlinePorts('tcp', 8000, 8999),
      errors: [{ messageId: 'loadBalancerPorts', line: 238 }],
    },
    {
      name: "all traffic ('IpProtocol: -1') from the load balancer, inline",
      code: inlinePorts("'-1'", 0, 65535),
      errors: [{ messageId: 'loadBalancerPorts', line: 237 }],
    },
    {
      name: 'ICMP from the load balancer',
      code: inlinePorts('icmp', 8, -1),
      errors: [{ messageId: 'loadBalancerPorts', line: 237 }],
    },
    {
      name: 'UDP on another port',
      code: inlinePorts('udp', 53, 53),
      errors: [{ messageId: 'loadBalancerPorts', line: 238 }],
    },
    {
      name: 'the container port and an extra rule for port 22, both from the load balancer',
      code: edit(LAB06, [
        INLINE_SOURCE,
        `${INLINE_SOURCE.replace('\n\n  # ----', '')}\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n\n  # ----`,
      ]),
      errors: [{ messageId: 'loadBalancerPorts' }],
    },
    {
      name: 'no ingress rule at all on a load-balanced service',
      code: without(LAB03, 'ServiceIngressFromLoadBalancer'),
      errors: [{ messageId: 'noIngressFromLoadBalancer' }],
    },
    {
      name: 'no security groups listed',
      code: edit(LAB03, [
        '          SecurityGroups:\n            - !GetAtt ServiceSecurityGroup.GroupId\n',
        '',
      ]),
      errors: [{ messageId: 'defaultGroup' }],
    },
    {
      name: 'a security group from a parameter',
      code: edit(LAB03, [
        '            - !GetAtt ServiceSecurityGroup.GroupId\n      LoadBalancers',
        '            - !Ref ImageUri\n      LoadBalancers',
      ]),
      errors: [{ messageId: 'unresolvedGroup' }],
    },
    {
      name: 'a service without a load balancer open to a CIDR',
      code: backend('CidrIp: 10.0.0.0/8'),
      errors: [{ messageId: 'cidrSource' }],
    },
    {
      name: 'no service',
      code: resourcesOnly('  Sg:\n    Type: AWS::EC2::SecurityGroup\n'),
      errors: [{ messageId: 'noService' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC007 applicability', () => {
  it('does not apply to services without awsvpc networking', () => {
    const out = runOn(
      rule,
      resourcesOnly('  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n'),
    );
    expect(out.notApplicable).toMatch(/awsvpc/);
  });
});
