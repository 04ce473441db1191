import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/separate-task-role.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const EXEC = 'arn:aws:iam::123456789012:role/web-execution-role';
const TASK = 'arn:aws:iam::123456789012:role/web-task-role';

testRule(rule, {
  valid: [
    { name: 'two different roles', code: td({ executionRoleArn: EXEC, taskRoleArn: TASK }) },
    { name: 'task role only', code: td({ taskRoleArn: TASK }) },
    { name: 'no task role is not applicable', code: td({ executionRoleArn: EXEC }) },
  ],
  invalid: [
    {
      name: 'the same role twice',
      code: `{\n  "executionRoleArn": "${EXEC}",\n  "taskRoleArn": "${EXEC}"\n}\n`,
      errors: [{ messageId: 'sameRole', line: 3 }],
    },
    {
      name: 'the default execution role as task role',
      code: td({
        executionRoleArn: EXEC,
        taskRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
      }),
      errors: [{ messageId: 'executionRoleName' }],
    },
    {
      name: 'role name instead of ARN',
      code: td({ taskRoleArn: 'web-task-role' }),
      errors: [{ messageId: 'notRoleArn' }],
    },
    { name: 'role as a list', code: td({ taskRoleArn: [TASK] }), errors: [{ messageId: 'notRoleArn' }] },
    { name: 'file is a list', code: '[{}]', errors: [{ messageId: 'notObject' }] },
  ],
});

describe('TDF015 applicability', () => {
  it('does not apply without a task role', () => {
    expect(runOn(rule, td({ executionRoleArn: EXEC })).notApplicable).not.toBeNull();
  });
});
