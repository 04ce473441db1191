import rule from '../../../../graders/rules/ecs-service/private-subnets.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB03_TYPED_NETWORK, edit, resourcesOnly } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const PRIVATE = '            - !Ref PrivateSubnetA\n            - !Ref PrivateSubnetB\n';
const service = (subnets: string, params = '') => `Parameters:
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
${params}Resources:
  Service:
    Type: AWS::ECS::Service
    Properties:
      NetworkConfiguration:
        AwsvpcConfiguration:
          Subnets: ${subnets}
`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'private subnets routed to a NAT gateway (lab 03 solution)', code: LAB03 },
    {
      name: 'a list parameter named for private subnets',
      code: service('!Ref PrivateSubnetIds', '  PrivateSubnetIds:\n    Type: List<AWS::EC2::Subnet::Id>\n'),
    },
    {
      name: "the network taken from typed parameters, AWS reference-architecture style ('PrivateSubnetIds')",
      code: LAB03_TYPED_NETWORK,
    },
    {
      name: 'a list parameter whose name says nothing but whose description says private',
      code: service(
        '!Ref TaskSubnets',
        '  TaskSubnets:\n    Type: List<AWS::EC2::Subnet::Id>\n    Description: Private subnets for the tasks, one per zone.\n',
      ),
    },
    {
      name: 'imports named for private subnets',
      code: service("[!ImportValue 'network-PrivateSubnetA', !ImportValue 'network-PrivateSubnetB']"),
    },
  ],
  invalid: [
    {
      name: 'public subnets',
      code: edit(LAB03, [PRIVATE, '            - !Ref PublicSubnetA\n            - !Ref PublicSubnetB\n']),
      errors: [{ messageId: 'publicSubnet' }, { messageId: 'publicSubnet' }],
    },
    {
      name: 'one public and one private subnet',
      code: edit(LAB03, [PRIVATE, '            - !Ref PublicSubnetA\n            - !Ref PrivateSubnetB\n']),
      errors: [{ messageId: 'publicSubnet' }],
    },
    {
      name: 'no network configuration',
      code: resourcesOnly(
        '  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n',
      ),
      errors: [{ messageId: 'noNetworkConfiguration', line: 5 }],
    },
    {
      name: 'the tasks in the typed parameter for the public subnets (reported once for the list)',
      code: edit(LAB03_TYPED_NETWORK, [
        '          Subnets: !Ref PrivateSubnetIds\n',
        '          Subnets: !Ref PublicSubnetIds\n',
      ]),
      errors: [
        {
          messageId: 'publicSubnetParameter',
          data: { subnet: "the subnets of parameter 'PublicSubnetIds'" },
        },
      ],
    },
    {
      name: 'a list parameter whose description says public',
      code: service(
        '!Ref TaskSubnets',
        '  TaskSubnets:\n    Type: List<AWS::EC2::Subnet::Id>\n    Description: Public subnets of the shared VPC.\n',
      ),
      errors: [{ messageId: 'publicSubnetParameter' }],
    },
    { name: 'empty subnet list', code: service('[]'), errors: [{ messageId: 'noSubnets' }] },
    {
      name: 'a parameter that says nothing about its tier',
      code: service('!Ref Subnets'),
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      name: 'hard-coded subnet ids',
      code: service('[subnet-0123456789abcdef0]'),
      errors: [{ messageId: 'unverifiable' }],
    },
    {
      name: 'no service',
      code: resourcesOnly('  Vpc:\n    Type: AWS::EC2::VPC\n'),
      errors: [{ messageId: 'noService' }],
    },
  ],
});
