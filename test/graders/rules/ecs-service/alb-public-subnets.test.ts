import rule from '../../../../graders/rules/ecs-service/alb-public-subnets.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB03_TYPED_NETWORK, LAB06, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LB_SUBNETS =
  '      Subnets:\n        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n      SecurityGroups:';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'internet-facing ALB in two public subnets (lab 03 solution)', code: LAB03 },
    {
      name: 'Scheme left out (internet-facing by default)',
      code: edit(LAB06, ['      Scheme: internet-facing\n', '']),
    },
    {
      name: 'SubnetMappings instead of Subnets',
      code: edit(LAB03, [
        LB_SUBNETS,
        '      SubnetMappings:\n        - SubnetId: !Ref PublicSubnetA\n        - SubnetId: !Ref PublicSubnetB\n      SecurityGroups:',
      ]),
    },
    {
      // A list parameter may hold any number of subnets: the template states no count, so none is held against it.
      name: "the network taken from typed parameters, AWS reference-architecture style ('PublicSubnetIds')",
      code: LAB03_TYPED_NETWORK,
    },
    {
      name: 'a list parameter whose default names two subnets',
      code: edit(LAB03_TYPED_NETWORK, [
        '    Description: Public subnets for the load balancer, one per Availability Zone.\n',
        '    Description: Public subnets for the load balancer, one per Availability Zone.\n    Default: subnet-0a,subnet-0b\n',
      ]),
    },
    {
      name: 'Scheme decided at deploy time',
      code: edit(LAB03, ['Scheme: internet-facing', 'Scheme: !ImportValue shared-alb-scheme']),
    },
  ],
  invalid: [
    {
      name: 'no load balancer',
      code: edit(LAB03, ['      Type: application\n', '      Type: network\n']),
      errors: [{ messageId: 'noLoadBalancer' }],
    },
    {
      name: 'one subnet (cfn-lint E3680)',
      code: edit(LAB03, [LB_SUBNETS, '      Subnets:\n        - !Ref PublicSubnetA\n      SecurityGroups:']),
      errors: [{ messageId: 'tooFewSubnets' }],
    },
    {
      name: 'two subnets in one zone',
      code: edit(LAB03, [
        "      CidrBlock: 10.0.1.0/24\n      AvailabilityZone: !Select [1, !GetAZs '']",
        "      CidrBlock: 10.0.1.0/24\n      AvailabilityZone: !Select [0, !GetAZs '']",
      ]),
      errors: [{ messageId: 'oneZone' }],
    },
    {
      name: 'a list parameter whose default names one subnet',
      code: edit(LAB03_TYPED_NETWORK, [
        '    Description: Public subnets for the load balancer, one per Availability Zone.\n',
        '    Description: Public subnets for the load balancer, one per Availability Zone.\n    Default: subnet-0a\n',
      ]),
      errors: [{ messageId: 'tooFewSubnets', data: { subnets: '1 subnet' } }],
    },
    {
      name: 'internet-facing ALB in the typed parameter for the private subnets',
      code: edit(LAB03_TYPED_NETWORK, [
        '      Subnets: !Ref PublicSubnetIds\n',
        '      Subnets: !Ref PrivateSubnetIds\n',
      ]),
      errors: [
        {
          messageId: 'privateSubnetParameter',
          data: { subnet: "the subnets of parameter 'PrivateSubnetIds'" },
        },
      ],
    },
    {
      name: 'internet-facing ALB in private subnets',
      code: edit(LAB03, [
        LB_SUBNETS,
        '      Subnets:\n        - !Ref PrivateSubnetA\n        - !Ref PrivateSubnetB\n      SecurityGroups:',
      ]),
      errors: [{ messageId: 'privateSubnet' }, { messageId: 'privateSubnet' }],
    },
    {
      name: 'internal ALB in the public subnets',
      code: edit(LAB03, ['Scheme: internet-facing', 'Scheme: internal']),
      errors: [{ messageId: 'internal', line: 340 }],
    },
    {
      name: 'internal ALB in private subnets (reported once, for the scheme)',
      code: edit(
        LAB03,
        ['Scheme: internet-facing', 'Scheme: internal'],
        [
          LB_SUBNETS,
          '      Subnets:\n        - !Ref PrivateSubnetA\n        - !Ref PrivateSubnetB\n      SecurityGroups:',
        ],
      ),
      errors: [{ messageId: 'internal' }],
    },
    {
      name: 'internal scheme from a parameter default',
      code: edit(
        LAB03,
        [
          'Parameters:\n',
          'Parameters:\n  Scheme:\n    Type: String\n    Default: internal\n    AllowedValues: [internal, internet-facing]\n',
        ],
        ['Scheme: internet-facing', 'Scheme: !Ref Scheme'],
      ),
      errors: [{ messageId: 'internal' }],
    },
  ],
});
