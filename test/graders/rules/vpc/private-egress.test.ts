import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/vpc/private-egress.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly, without } from '../ecs-service/templates.js';

testRule(rule, {
  valid: [
    { name: 'four VPC endpoints (lab 06 solution)', code: LAB06 },
    { name: 'a NAT gateway (lab 03 solution)', code: LAB03 },
    {
      name: 'endpoint names built with !Join',
      code: edit(LAB06, [
        "      ServiceName: !Sub 'com.amazonaws.${AWS::Region}.logs'",
        "      ServiceName: !Join ['.', [com, amazonaws, !Ref AWS::Region, logs]]",
      ]),
    },
  ],
  invalid: [
    {
      name: 'no private subnet',
      code: resourcesOnly(
        `  Igw:\n    Type: AWS::EC2::InternetGateway\n  Rt:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: vpc-1\n  Default:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref Rt\n      DestinationCidrBlock: 0.0.0.0/0\n      GatewayId: !Ref Igw\n  Subnet:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: 10.0.0.0/24\n  Assoc:\n    Type: AWS::EC2::SubnetRouteTableAssociation\n    Properties:\n      SubnetId: !Ref Subnet\n      RouteTableId: !Ref Rt\n`,
      ),
      errors: [{ messageId: 'noPrivateSubnets' }],
    },
    {
      name: 'a NAT gateway in a private subnet',
      code: edit(LAB03, [
        '      SubnetId: !Ref PublicSubnetA\n\n  PrivateRouteTable',
        '      SubnetId: !Ref PrivateSubnetA\n\n  PrivateRouteTable',
      ]),
      errors: [{ messageId: 'natInPrivateSubnet' }],
    },
    {
      name: 'no logs endpoint',
      code: without(LAB06, 'LogsEndpoint'),
      errors: [{ messageId: 'missingEndpoint' }],
    },
    {
      name: 'no endpoints and no NAT gateway',
      code: without(LAB06, 'EcrApiEndpoint', 'EcrDockerEndpoint', 'LogsEndpoint', 'S3Endpoint'),
      errors: [
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
      ],
    },
    {
      name: "an ECR endpoint of CloudFormation's default type (Gateway)",
      code: edit(LAB06, ["ecr.api'\n      VpcEndpointType: Interface\n", "ecr.api'\n"]),
      errors: [{ messageId: 'notInterface' }],
    },
    {
      name: 'private DNS left off',
      code: edit(LAB06, [
        "ecr.dkr'\n      VpcEndpointType: Interface\n      PrivateDnsEnabled: true\n",
        "ecr.dkr'\n      VpcEndpointType: Interface\n",
      ]),
      errors: [{ messageId: 'privateDnsOff' }],
    },
    {
      name: 'VPC DNS hostnames off',
      code: edit(LAB06, ['      EnableDnsHostnames: true\n', '']),
      errors: [{ messageId: 'vpcDnsOff' }],
    },
    {
      name: 'an S3 interface endpoint',
      code: edit(LAB06, ["s3'\n      VpcEndpointType: Gateway", "s3'\n      VpcEndpointType: Interface"]),
      errors: [{ messageId: 'notGateway' }],
    },
    {
      name: 'an S3 gateway endpoint on the wrong route table',
      code: edit(LAB06, [
        '      RouteTableIds:\n        - !Ref PrivateRouteTable',
        '      RouteTableIds:\n        - !Ref PublicRouteTable',
      ]),
      errors: [{ messageId: 'notRouted' }],
    },
  ],
});

describe('VPC003 partial credit', () => {
  it('counts working endpoints', () => {
    const out = runOn(rule, without(LAB06, 'LogsEndpoint', 'S3Endpoint'));
    expect([out.checked, out.failed]).toEqual([4, 2]);
  });
  it('counts every interface endpoint as failed when VPC DNS is off, reporting it once', () => {
    const out = runOn(rule, edit(LAB06, ['      EnableDnsHostnames: true\n', '']));
    expect(out.findings.length).toBe(1);
    expect([out.checked, out.failed]).toEqual([4, 3]);
  });
});
