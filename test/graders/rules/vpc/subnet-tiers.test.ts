import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/vpc/subnet-tiers.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly, without } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'public and private subnets in two zones (lab 06 solution)', code: LAB06 },
    { name: 'private subnets routed to a NAT gateway (lab 03 solution)', code: LAB03 },
  ],
  invalid: [
    {
      name: 'no subnets',
      code: resourcesOnly('  Vpc:\n    Type: AWS::EC2::VPC\n'),
      errors: [{ messageId: 'noSubnets' }],
    },
    {
      name: 'one private subnet',
      code: without(LAB06, 'PrivateSubnetB', 'PrivateSubnetBRoutes').replace(/\s+- !Ref PrivateSubnetB/g, ''),
      errors: [{ messageId: 'missingPrivate' }],
    },
    {
      name: 'no route to the internet gateway, so no public subnet',
      code: without(LAB06, 'PublicDefaultRoute'),
      errors: [{ messageId: 'missingPublic' }],
    },
    {
      name: 'every subnet routed to the internet gateway',
      code: edit(
        LAB06,
        [
          '      SubnetId: !Ref PrivateSubnetA\n      RouteTableId: !Ref PrivateRouteTable',
          '      SubnetId: !Ref PrivateSubnetA\n      RouteTableId: !Ref PublicRouteTable',
        ],
        [
          '      SubnetId: !Ref PrivateSubnetB\n      RouteTableId: !Ref PrivateRouteTable',
          '      SubnetId: !Ref PrivateSubnetB\n      RouteTableId: !Ref PublicRouteTable',
        ],
      ),
      errors: [{ messageId: 'missingPrivate' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('VPC002 partial credit', () => {
  it('counts each missing subnet of the four', () => {
    const out = runOn(
      rule,
      without(LAB06, 'PrivateSubnetB', 'PrivateSubnetBRoutes').replace(/\s+- !Ref PrivateSubnetB/g, ''),
    );
    expect([out.checked, out.failed]).toEqual([4, 1]);
  });
  it('a lone public subnet earns one of four', () => {
    const out = runOn(
      rule,
      resourcesOnly(`  Igw:
    Type: AWS::EC2::InternetGateway
  Rt:
    Type: AWS::EC2::RouteTable
    Properties:
      VpcId: vpc-1
  Default:
    Type: AWS::EC2::Route
    Properties:
      RouteTableId: !Ref Rt
      DestinationCidrBlock: 0.0.0.0/0
      GatewayId: !Ref Igw
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-1
      CidrBlock: 10.0.0.0/24
  Assoc:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties:
      SubnetId: !Ref Subnet
      RouteTableId: !Ref Rt
`),
    );
    expect([out.checked, out.failed]).toEqual([4, 3]);
  });
});
