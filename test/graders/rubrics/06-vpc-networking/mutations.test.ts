// Lab 06 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves. The harness is test/helpers/mutation-table.ts.
import lab from '../../../../graders/rubrics/06-vpc-networking.js';
import { describeMutations, inTemplate, type Files, type Mutation } from '../../../helpers/mutation-table.js';
import { describeAlternatives, withoutResources, type Alternative } from '../accepted-alternatives.js';

/** Applies mutations in order (a mistake repeated in several places). */
const all =
  (...mutations: readonly ((files: Files) => Files)[]) =>
  (files: Files): Files =>
    mutations.reduce((f, m) => m(f), files);

const table: readonly Mutation[] = [
  {
    item: 'two-availability-zones',
    name: 'a copied subnet keeps its original CidrBlock, so the two private subnets overlap',
    mutate: inTemplate('      CidrBlock: 10.0.11.0/24\n', '      CidrBlock: 10.0.10.0/24\n'),
    // Overlap is seen only by cfn-lint (E3060). The item's own rule, VPC001, fails only when every subnet shares
    // one zone, which also leaves each tier in one zone and so costs public-and-private-subnets too.
  },
  {
    item: 'no-hard-coded-zones',
    name: 'the subnets name us-east-1a and us-east-1b instead of using !GetAZs',
    mutate: all(
      ...[
        ['10.0.0.0/24', 0, 'us-east-1a'],
        ['10.0.1.0/24', 1, 'us-east-1b'],
        ['10.0.10.0/24', 0, 'us-east-1a'],
        ['10.0.11.0/24', 1, 'us-east-1b'],
      ].map(([cidr, index, zone]) =>
        inTemplate(
          `      CidrBlock: ${cidr}\n      AvailabilityZone: !Select [${index}, !GetAZs '']\n`,
          `      CidrBlock: ${cidr}\n      AvailabilityZone: ${zone}\n`,
        ),
      ),
    ),
  },
  {
    item: 'public-and-private-subnets',
    name: 'the second public subnet is never associated with the public route table',
    mutate: inTemplate(
      '  PublicSubnetBRoutes:\n' +
        '    Type: AWS::EC2::SubnetRouteTableAssociation\n' +
        '    Properties:\n' +
        '      SubnetId: !Ref PublicSubnetB\n' +
        '      RouteTableId: !Ref PublicRouteTable\n\n',
      '',
    ),
  },
  {
    item: 'private-egress',
    name: 'there is no CloudWatch Logs endpoint',
    mutate: inTemplate(
      '  LogsEndpoint:\n' +
        '    Type: AWS::EC2::VPCEndpoint\n' +
        '    Properties:\n' +
        '      VpcId: !Ref Vpc\n' +
        "      ServiceName: !Sub 'com.amazonaws.${AWS::Region}.logs'\n" +
        '      VpcEndpointType: Interface\n' +
        '      PrivateDnsEnabled: true\n' +
        '      SubnetIds:\n' +
        '        - !Ref PrivateSubnetA\n' +
        '        - !Ref PrivateSubnetB\n' +
        '      SecurityGroupIds:\n' +
        '        - !GetAtt EndpointSecurityGroup.GroupId\n\n',
      '',
    ),
  },
  {
    item: 'no-open-ingress',
    name: 'the endpoint security group admits HTTPS from 0.0.0.0/0 instead of the service security group',
    mutate: inTemplate(
      '          SourceSecurityGroupId: !GetAtt ServiceSecurityGroup.GroupId\n',
      '          CidrIp: 0.0.0.0/0\n',
    ),
  },
  {
    item: 'no-ssh-or-rdp',
    name: 'the load balancer security group also opens SSH to the internet "for debugging"',
    mutate: inTemplate(
      '          CidrIp: 0.0.0.0/0\n',
      '          CidrIp: 0.0.0.0/0\n' +
        '        - Description: SSH for debugging\n' +
        '          IpProtocol: tcp\n' +
        '          FromPort: 22\n' +
        '          ToPort: 22\n' +
        '          CidrIp: 0.0.0.0/0\n',
    ),
    // VPC004 (no-open-ingress) flags every internet-open rule except TCP 80/443 on the load balancer's group,
    // and VPC005 only looks at internet-open rules, so no open SSH or RDP rule can break one item alone.
    alsoAffects: ['no-open-ingress'],
  },
  {
    item: 'flow-logs',
    name: 'the flow log has no role to deliver to CloudWatch Logs',
    mutate: inTemplate('      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n', ''),
  },
  {
    item: 'service-security-group',
    name: 'the service admits the container port from the VPC CIDR instead of the ALB security group',
    mutate: inTemplate(
      '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n',
      '          CidrIp: 10.0.0.0/16\n',
    ),
  },
];

const ENDPOINTS = ['EcrApiEndpoint', 'EcrDockerEndpoint', 'LogsEndpoint', 'S3Endpoint'] as const;

/** The solution's four VPC endpoints replaced by these resources (YAML, two-space indented) and their routes. */
const endpointsReplacedBy =
  (resources: string) =>
  (files: Files): Files => ({
    ...files,
    'template.yaml': withoutResources(files['template.yaml']!, ...ENDPOINTS).replace(
      '\n  LoadBalancerSecurityGroup:\n',
      `\n${resources}\n  LoadBalancerSecurityGroup:\n`,
    ),
  });

/** The private route table's default route to a NAT gateway called 'Nat'. */
const NAT_ROUTE =
  '  PrivateDefaultRoute:\n' +
  '    Type: AWS::EC2::Route\n' +
  '    Properties:\n' +
  '      RouteTableId: !Ref PrivateRouteTable\n' +
  '      DestinationCidrBlock: 0.0.0.0/0\n' +
  '      NatGatewayId: !Ref Nat\n';
const NAT_ADDRESS =
  '  NatAddress:\n    Type: AWS::EC2::EIP\n    DependsOn: GatewayAttachment\n    Properties:\n      Domain: vpc\n\n';

/**
 * More mistakes for items the table already covers. The table holds exactly one row per item, so these sit
 * apart; each is graded in the same run and checked the same way: its item loses points, no other item moves.
 */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'private-egress',
    // vpc-nat-gateway.html: a private NAT gateway reaches other networks through a transit or virtual private
    // gateway; an internet gateway drops its traffic, so ECR, S3 and CloudWatch Logs stay out of reach.
    name: "the endpoints are replaced by a private NAT gateway ('ConnectivityType: private') in a public subnet",
    mutate: endpointsReplacedBy(
      '  Nat:\n' +
        '    Type: AWS::EC2::NatGateway\n' +
        '    Properties:\n' +
        '      ConnectivityType: private\n' +
        '      SubnetId: !Ref PublicSubnetA\n\n' +
        NAT_ROUTE,
    ),
  },
  {
    item: 'flow-logs',
    name: "the flow log records only rejected traffic ('TrafficType: REJECT')",
    mutate: inTemplate('      TrafficType: ALL\n', '      TrafficType: REJECT\n'),
  },
  {
    item: 'service-security-group',
    name: 'the service admits every TCP port (0-65535) from the ALB security group',
    mutate: inTemplate(
      '          FromPort: !Ref ContainerPort\n          ToPort: !Ref ContainerPort\n',
      '          FromPort: 0\n          ToPort: 65535\n',
    ),
  },
];

describeMutations(lab, table, moreMistakes);

const alternatives: readonly Alternative[] = [
  {
    name: 'a zonal public NAT gateway with an Elastic IP in a public subnet instead of the endpoints',
    rewrite: endpointsReplacedBy(
      NAT_ADDRESS +
        '  Nat:\n' +
        '    Type: AWS::EC2::NatGateway\n' +
        '    Properties:\n' +
        '      AllocationId: !GetAtt NatAddress.AllocationId\n' +
        '      SubnetId: !Ref PublicSubnetA\n\n' +
        NAT_ROUTE,
    ),
  },
  {
    // nat-gateways-regional.html: one NAT gateway that follows the workloads into every zone, created with VpcId.
    name: "a regional NAT gateway ('AvailabilityMode: regional', VpcId, no subnet) instead of the endpoints",
    rewrite: endpointsReplacedBy(
      NAT_ADDRESS +
        '  Nat:\n' +
        '    Type: AWS::EC2::NatGateway\n' +
        '    Properties:\n' +
        '      AvailabilityMode: regional\n' +
        '      VpcId: !Ref Vpc\n' +
        '      AllocationId: !GetAtt NatAddress.AllocationId\n\n' +
        NAT_ROUTE,
    ),
  },
];

describeAlternatives(lab, alternatives);
