import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/health-check-grace-period.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LBS =
  '      LoadBalancers:\n        - ContainerName: web\n          ContainerPort: !Ref ContainerPort\n          TargetGroupArn: !Ref TargetGroup\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: '60 seconds (lab 03 solution)', code: LAB03 },
    {
      name: 'from a parameter with a default',
      code: edit(
        LAB03,
        ['Parameters:\n', 'Parameters:\n  Grace:\n    Type: Number\n    Default: 90\n'],
        ['HealthCheckGracePeriodSeconds: 60', 'HealthCheckGracePeriodSeconds: !Ref Grace'],
      ),
    },
  ],
  invalid: [
    {
      name: 'missing behind a load balancer',
      code: edit(LAB03, ['      HealthCheckGracePeriodSeconds: 60\n', '']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'zero',
      code: edit(LAB03, ['HealthCheckGracePeriodSeconds: 60', 'HealthCheckGracePeriodSeconds: 0']),
      errors: [{ messageId: 'notPositive' }],
    },
    {
      name: 'two hours',
      code: edit(LAB03, ['HealthCheckGracePeriodSeconds: 60', 'HealthCheckGracePeriodSeconds: 7200']),
      errors: [{ messageId: 'tooLong' }],
    },
    {
      name: 'a deploy-time value',
      code: edit(LAB03, [
        'HealthCheckGracePeriodSeconds: 60',
        'HealthCheckGracePeriodSeconds: !ImportValue grace',
      ]),
      errors: [{ messageId: 'unknown' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC010 applicability', () => {
  it('does not apply to a service without a load balancer', () => {
    const out = runOn(rule, edit(LAB03, [LBS, ''], ['      HealthCheckGracePeriodSeconds: 60\n', '']));
    expect(out.findings).toEqual([]);
    expect(out.notApplicable).toMatch(/load balancer/);
  });
});
