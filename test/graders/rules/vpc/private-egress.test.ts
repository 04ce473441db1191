import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/vpc/private-egress.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly, without } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

/** Lab 03's zonal NAT gateway in PublicSubnetA, replaced by these properties. */
const natGateway = (properties: string): string =>
  edit(LAB03, [
    '      AllocationId: !GetAtt NatAddress.AllocationId\n      SubnetId: !Ref PublicSubnetA\n',
    properties,
  ]);
/** A private NAT gateway, which has no Elastic IP (vpc-nat-gateway.html), in a public or private subnet. */
const privateNat = (subnet: string) =>
  natGateway(`      ConnectivityType: private\n      SubnetId: !Ref ${subnet}\n`);
/**
 * A regional NAT gateway: 'AvailabilityMode: regional' with 'VpcId' and no subnet (nat-gateways-regional.html),
 * here in automatic mode with one Elastic IP.
 */
const REGIONAL_NAT = natGateway(
  '      AvailabilityMode: regional\n      VpcId: !Ref Vpc\n      AllocationId: !GetAtt NatAddress.AllocationId\n',
);
const NO_ENDPOINTS = ['EcrApiEndpoint', 'EcrDockerEndpoint', 'LogsEndpoint', 'S3Endpoint'] as const;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'four VPC endpoints (lab 06 solution)', code: LAB06 },
    { name: 'a NAT gateway (lab 03 solution)', code: LAB03 },
    {
      name: 'a regional NAT gateway (no subnet of its own) as the private route table default route',
      code: REGIONAL_NAT,
    },
    {
      name: "'ConnectivityType: public' written out",
      code: natGateway(
        '      ConnectivityType: public\n      AllocationId: !GetAtt NatAddress.AllocationId\n      SubnetId: !Ref PublicSubnetA\n',
      ),
    },
    {
      name: 'a NAT gateway the template only names (a parameter): given the benefit of the doubt',
      code: edit(
        without(LAB03, 'NatAddress', 'NatGateway'),
        ['Parameters:\n', 'Parameters:\n  NatGatewayId:\n    Type: String\n'],
        ['      NatGatewayId: !Ref NatGateway\n', '      NatGatewayId: !Ref NatGatewayId\n'],
      ),
    },
    {
      // The endpoints carry the tasks; the private NAT gateway may serve another network, which is its purpose.
      name: 'all four endpoints, and a private NAT gateway on the private route table',
      code: edit(LAB06, [
        '  PrivateRouteTable:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n',
        '  PrivateRouteTable:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n\n' +
          '  TransitNat:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      ConnectivityType: private\n      SubnetId: !Ref PrivateSubnetA\n\n' +
          '  TransitRoute:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref PrivateRouteTable\n      DestinationCidrBlock: 0.0.0.0/0\n      NatGatewayId: !Ref TransitNat\n',
      ]),
    },
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
      name: "a private NAT gateway ('ConnectivityType: private') as the only way out",
      code: privateNat('PublicSubnetA'),
      errors: [
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
        { messageId: 'missingEndpoint' },
        {
          messageId: 'privateNat',
          data: { nat: 'NatGateway', subnets: "2 private subnets ('PrivateSubnetA', 'PrivateSubnetB')" },
        },
      ],
    },
    {
      name: 'a private NAT gateway in a private subnet, with only the logs endpoint missing',
      code: edit(without(LAB06, 'LogsEndpoint'), [
        '  PrivateRouteTable:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n',
        '  PrivateRouteTable:\n    Type: AWS::EC2::RouteTable\n    Properties:\n      VpcId: !Ref Vpc\n\n' +
          '  TransitNat:\n    Type: AWS::EC2::NatGateway\n    Properties:\n      ConnectivityType: private\n      SubnetId: !Ref PrivateSubnetA\n\n' +
          '  TransitRoute:\n    Type: AWS::EC2::Route\n    Properties:\n      RouteTableId: !Ref PrivateRouteTable\n      DestinationCidrBlock: 0.0.0.0/0\n      NatGatewayId: !Ref TransitNat\n',
      ]),
      errors: [{ messageId: 'missingEndpoint' }, { messageId: 'privateNat' }],
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

describe.skipIf(!HAS_SOLUTIONS)('VPC003 partial credit', () => {
  it('a private NAT gateway as the only way out earns nothing', () => {
    const out = runOn(rule, privateNat('PublicSubnetA'));
    expect([out.checked, out.failed]).toEqual([4, 4]);
  });
  it('a regional NAT gateway serves every private subnet that routes to it', () => {
    const out = runOn(rule, REGIONAL_NAT);
    expect([out.checked, out.failed]).toEqual([1, 0]);
  });
  it('names the subnets with a natural count', () => {
    const out = runOn(rule, without(LAB06, ...NO_ENDPOINTS));
    expect(out.findings[0]?.message).toContain("from 2 private subnets ('PrivateSubnetA', 'PrivateSubnetB')");
  });
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
