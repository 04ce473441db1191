import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/deployment-circuit-breaker.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const BREAKER = '        DeploymentCircuitBreaker:\n          Enable: true\n          Rollback: true\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'circuit breaker with rollback (lab 03 solution)', code: LAB03 },
    {
      name: "booleans written as text ('true')",
      code: edit(LAB03, [
        BREAKER,
        "        DeploymentCircuitBreaker:\n          Enable: 'true'\n          Rollback: 'true'\n",
      ]),
    },
    {
      name: 'CodeDeploy deploys the service',
      code: edit(
        LAB03,
        [BREAKER, ''],
        [
          '      DesiredCount: 2\n',
          '      DesiredCount: 2\n      DeploymentController:\n        Type: CODE_DEPLOY\n',
        ],
      ),
    },
  ],
  invalid: [
    { name: 'no circuit breaker', code: edit(LAB03, [BREAKER, '']), errors: [{ messageId: 'missing' }] },
    {
      name: 'no deployment configuration at all',
      code: edit(LAB03, [
        '      DeploymentConfiguration:\n        MinimumHealthyPercent: 100\n        MaximumPercent: 200\n' +
          BREAKER,
        '',
      ]),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'circuit breaker disabled',
      code: edit(LAB03, [
        '          Enable: true\n          Rollback: true',
        '          Enable: false\n          Rollback: true',
      ]),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'no rollback',
      code: edit(LAB03, ['          Rollback: true', '          Rollback: false']),
      errors: [{ messageId: 'noRollback' }],
    },
    {
      name: 'rollback left out',
      code: edit(LAB03, ['          Enable: true\n          Rollback: true\n', '          Enable: true\n']),
      errors: [{ messageId: 'noRollback' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC008 applicability', () => {
  it('does not apply when every service uses an external controller', () => {
    const out = runOn(
      rule,
      edit(
        LAB03,
        [BREAKER, ''],
        [
          '      DesiredCount: 2\n',
          '      DesiredCount: 2\n      DeploymentController:\n        Type: EXTERNAL\n',
        ],
      ),
    );
    expect(out.notApplicable).not.toBeNull();
  });
});
