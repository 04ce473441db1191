import rule from '../../../../graders/rules/ecs-service/alb-public-subnets.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit } from './templates.js';

const LB_SUBNETS =
  '      Subnets:\n        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n      SecurityGroups:';

testRule(rule, {
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
      errors: [{ messageId: 'internal', line: 325 }],
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
