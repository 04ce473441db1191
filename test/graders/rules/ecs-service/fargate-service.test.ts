import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/fargate-service.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit, resourcesOnly } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'LaunchType FARGATE (lab 03 solution)', code: LAB03 },
    {
      name: 'capacity-provider strategy of FARGATE and FARGATE_SPOT',
      code: edit(LAB03, [
        '      LaunchType: FARGATE\n      TaskDefinition',
        '      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1\n          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 3\n      TaskDefinition',
      ]),
    },
    {
      name: 'task definition from another stack',
      code: resourcesOnly(
        '  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      LaunchType: FARGATE\n      TaskDefinition: !ImportValue web-task\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'no service',
      code: resourcesOnly('  Cluster:\n    Type: AWS::ECS::Cluster\n'),
      errors: [{ messageId: 'noService', line: 2 }],
    },
    {
      name: 'EC2 launch type',
      code: edit(LAB03, ['LaunchType: FARGATE', 'LaunchType: EC2']),
      errors: [{ messageId: 'notFargate' }],
    },
    {
      name: 'no launch type',
      code: edit(LAB03, ['      LaunchType: FARGATE\n      TaskDefinition', '      TaskDefinition']),
      errors: [{ messageId: 'noLaunchType' }],
    },
    {
      name: 'an EC2 capacity provider',
      code: edit(LAB03, [
        '      LaunchType: FARGATE\n      TaskDefinition',
        '      CapacityProviderStrategy:\n        - CapacityProvider: !Ref AsgProvider\n      TaskDefinition',
      ]),
      errors: [{ messageId: 'notFargateProvider' }],
    },
    {
      name: 'DAEMON scheduler',
      code: edit(LAB03, [
        '      LaunchType: FARGATE\n',
        '      LaunchType: FARGATE\n      SchedulingStrategy: DAEMON\n',
      ]),
      errors: [{ messageId: 'daemon' }],
    },
    {
      name: 'no task definition',
      code: edit(LAB03, [
        '      TaskDefinition: !Ref TaskDefinition\n      DesiredCount',
        '      DesiredCount',
      ]),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
    {
      name: 'task definition for EC2 only',
      code: edit(LAB03, [
        '      RequiresCompatibilities:\n        - FARGATE\n      RuntimePlatform',
        '      RequiresCompatibilities:\n        - EC2\n      RuntimePlatform',
      ]),
      errors: [{ messageId: 'taskNotFargate' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC002 partial credit', () => {
  it('counts a service with two problems once', () => {
    const out = runOn(
      rule,
      edit(
        LAB03,
        ['LaunchType: FARGATE', 'LaunchType: EC2'],
        ['      RequiresCompatibilities:\n        - FARGATE\n      RuntimePlatform', '      RuntimePlatform'],
      ),
    );
    expect(out.findings.length).toBe(2);
    expect([out.checked, out.failed]).toEqual([1, 1]);
  });
});
