import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/two-fargate-services.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, del, set, variant, yaml } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    {
      name: 'Fargate through a capacity-provider strategy',
      ...variant((t) => {
        del(t, [...P.backend, 'LaunchType']);
        set(t, [...P.backend, 'CapacityProviderStrategy'], [{ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }]);
      }),
    },
    {
      name: "Fargate through the cluster's default strategy",
      ...variant((t) => {
        del(t, [...P.backend, 'LaunchType']);
        set(
          t,
          ['Resources', 'Cluster', 'Properties', 'DefaultCapacityProviderStrategy'],
          [{ CapacityProvider: 'FARGATE', Weight: 1 }],
        );
      }),
    },
  ],
  invalid: [
    {
      name: 'a Fargate service whose task definition is EC2-only',
      ...variant((t) =>
        set(t, ['Resources', 'FrontendTaskDefinition', 'Properties', 'RequiresCompatibilities'], ['EC2']),
      ),
      errors: [{ messageId: 'taskDefinitionNotFargate' }],
    },
    {
      name: 'no services at all',
      ...yaml('Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n'),
      errors: [{ messageId: 'tooFew', line: 1, data: { services: '0 ECS services' } }],
    },
    {
      name: 'only the back end',
      ...variant((t) => delete t.Resources['FrontendService']),
      errors: [{ messageId: 'tooFew', data: { services: '1 ECS service' } }],
    },
    {
      name: 'both services run the back-end task definition',
      ...variant((t) => set(t, [...P.frontend, 'TaskDefinition'], { Ref: 'BackendTaskDefinition' })),
      errors: [{ messageId: 'sharedTaskDefinition' }],
    },
    {
      name: 'task definition given as an ARN',
      ...variant((t) =>
        set(t, [...P.frontend, 'TaskDefinition'], 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3'),
      ),
      errors: [{ messageId: 'taskDefinitionNotInTemplate' }],
    },
    {
      name: 'no task definition',
      ...variant((t) => del(t, [...P.frontend, 'TaskDefinition'])),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
    {
      name: 'default cluster',
      ...variant((t) => del(t, [...P.backend, 'Cluster'])),
      errors: [{ messageId: 'noCluster' }],
    },
    {
      name: 'cluster by name',
      ...variant((t) => set(t, [...P.backend, 'Cluster'], 'prod')),
      errors: [{ messageId: 'clusterNotInTemplate' }],
    },
    {
      name: 'EC2 launch type',
      ...variant((t) => set(t, [...P.backend, 'LaunchType'], 'EC2')),
      errors: [{ messageId: 'notFargate' }],
    },
    {
      name: 'no launch type and no strategy',
      ...variant((t) => del(t, [...P.frontend, 'LaunchType'])),
      errors: [{ messageId: 'notFargate' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN001 partial credit', () => {
  it('one service of the two earns half', () => {
    const c = variant((t) => delete t.Resources['FrontendService']);
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
  it('a second service on EC2 earns half', () => {
    const c = variant((t) => set(t, [...P.backend, 'LaunchType'], 'EC2'));
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
});
