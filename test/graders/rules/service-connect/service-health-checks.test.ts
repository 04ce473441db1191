import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import rule from '../../../../graders/rules/service-connect/service-health-checks.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, del, set, variant, yaml } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

/** Puts the front end behind a target group, optionally with a health check path. */
const behindTargetGroup = (tg: Record<string, unknown>) => (t: CfnTemplate) => {
  del(t, [...P.frontendContainer, 'HealthCheck']);
  t.Resources['WebTargetGroup'] = {
    Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    Properties: { Port: 3000, Protocol: 'HTTP', TargetType: 'ip', VpcId: { Ref: 'VpcId' }, ...tg },
  };
  set(
    t,
    [...P.frontend, 'LoadBalancers'],
    [{ ContainerName: 'web', ContainerPort: 3000, TargetGroupArn: { Ref: 'WebTargetGroup' } }],
  );
};

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    {
      name: 'exec-form CMD',
      ...variant((t) =>
        set(t, [...P.backendContainer, 'HealthCheck', 'Command'], ['CMD', '/app/healthcheck']),
      ),
    },
    {
      name: 'front end covered by its target group',
      ...variant(behindTargetGroup({ HealthCheckPath: '/health' })),
    },
    {
      name: 'non-essential sidecar without a check',
      ...variant((t) =>
        set(t, ['Resources', 'BackendTaskDefinition', 'Properties', 'ContainerDefinitions', 1], {
          Name: 'xray',
          Image: 'x:1',
          Essential: false,
        }),
      ),
    },
    {
      name: 'bounds',
      ...variant((t) =>
        set(t, [...P.backendContainer, 'HealthCheck'], {
          Command: ['CMD', 'true'],
          Interval: 300,
          Timeout: 2,
          Retries: 10,
          StartPeriod: 0,
        }),
      ),
    },
  ],
  invalid: [
    {
      name: 'no services',
      ...yaml('Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n'),
      errors: [{ messageId: 'noServices' }],
    },
    {
      name: 'back end without a check',
      ...variant((t) => del(t, [...P.backendContainer, 'HealthCheck'])),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'command as one string',
      ...variant((t) =>
        set(t, [...P.backendContainer, 'HealthCheck', 'Command'], 'curl -f http://localhost:8080/health'),
      ),
      errors: [{ messageId: 'badCommand' }],
    },
    {
      name: 'command without CMD or CMD-SHELL',
      ...variant((t) =>
        set(t, [...P.backendContainer, 'HealthCheck', 'Command'], ['curl', '-f', 'http://localhost/']),
      ),
      errors: [{ messageId: 'badCommand' }],
    },
    {
      name: 'CMD-SHELL and nothing else',
      ...variant((t) => set(t, [...P.backendContainer, 'HealthCheck', 'Command'], ['CMD-SHELL'])),
      errors: [{ messageId: 'badCommand' }],
    },
    {
      name: 'interval 400',
      ...variant((t) => set(t, [...P.backendContainer, 'HealthCheck', 'Interval'], 400)),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'timeout 1',
      ...variant((t) => set(t, [...P.frontendContainer, 'HealthCheck', 'Timeout'], 1)),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'invalid container check is not excused by a target group',
      ...variant((t) => {
        behindTargetGroup({ HealthCheckPath: '/health' })(t);
        set(t, [...P.frontendContainer, 'HealthCheck'], { Command: ['CMD-SHELL', 'true'], Retries: 0 });
      }),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'target group without a path',
      ...variant(behindTargetGroup({})),
      errors: [{ messageId: 'targetGroupNoPath' }],
    },
    {
      name: 'target group health check switched off',
      ...variant(behindTargetGroup({ HealthCheckEnabled: false, HealthCheckPath: '/health' })),
      errors: [{ messageId: 'targetGroupNoPath' }],
    },
    {
      name: 'task definition outside the template',
      ...variant((t) =>
        set(t, [...P.backend, 'TaskDefinition'], 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:1'),
      ),
      errors: [{ messageId: 'taskDefinitionUnknown' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN009 partial credit', () => {
  it('one service of two earns half', () => {
    const c = variant((t) => del(t, [...P.backendContainer, 'HealthCheck']));
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
});
