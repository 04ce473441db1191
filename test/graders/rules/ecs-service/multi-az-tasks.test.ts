import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/multi-az-tasks.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB03_TYPED_NETWORK, edit, resourcesOnly } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const SCALING = `
  ScalableTarget:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ecs
      ScalableDimension: ecs:service:DesiredCount
      ResourceId: !Sub 'service/\${Cluster}/\${Service.Name}'
      MinCapacity: 2
      MaxCapacity: 6

Outputs:`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'two tasks in two zones (lab 03 solution)', code: LAB03 },
    {
      name: 'the count left to an auto scaling target with a minimum of two',
      code: edit(LAB03, ['      DesiredCount: 2\n', ''], ['\nOutputs:', SCALING]),
    },
    {
      // The zones of 'PrivateSubnetIds' are chosen at deploy time: the template states none to count.
      name: "tasks in a typed list parameter ('PrivateSubnetIds'), AWS reference-architecture style",
      code: LAB03_TYPED_NETWORK,
    },
    {
      name: 'a bridge-mode EC2 service is checked for its count only',
      code: resourcesOnly(
        '  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: EC2\n      DesiredCount: 3\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'one task',
      code: edit(LAB03, ['DesiredCount: 2', 'DesiredCount: 1']),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'no count at all',
      code: edit(LAB03, ['      DesiredCount: 2\n', '']),
      errors: [{ messageId: 'noCount' }],
    },
    {
      name: 'a deploy-time count',
      code: edit(LAB03, ['DesiredCount: 2', 'DesiredCount: !ImportValue count']),
      errors: [{ messageId: 'unknownCount' }],
    },
    {
      name: "one subnet, given as a single 'AWS::EC2::Subnet::Id' parameter",
      code: edit(
        LAB03_TYPED_NETWORK,
        [
          '  PrivateSubnetIds:\n    Type: List<AWS::EC2::Subnet::Id>\n',
          '  PrivateSubnetId:\n    Type: AWS::EC2::Subnet::Id\n',
        ],
        ['          Subnets: !Ref PrivateSubnetIds\n', '          Subnets: [!Ref PrivateSubnetId]\n'],
      ),
      errors: [{ messageId: 'oneZone', data: { zones: '1 Availability Zone' } }],
    },
    {
      name: 'one subnet',
      code: edit(LAB03, [
        '            - !Ref PrivateSubnetA\n            - !Ref PrivateSubnetB\n',
        '            - !Ref PrivateSubnetA\n',
      ]),
      errors: [{ messageId: 'oneZone' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC011 partial credit', () => {
  it('gives half for the right count in one zone', () => {
    const out = runOn(
      rule,
      edit(LAB03, [
        '            - !Ref PrivateSubnetA\n            - !Ref PrivateSubnetB\n',
        '            - !Ref PrivateSubnetA\n',
      ]),
    );
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
