import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/execution-role.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const ROLE = 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole';
const ECR = '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0';

testRule(rule, {
  valid: [
    {
      name: 'role present with a private ECR image',
      code: td({ executionRoleArn: ROLE, containerDefinitions: [{ name: 'web', image: ECR }] }),
    },
    {
      name: 'role with a path',
      code: td({
        executionRoleArn: 'arn:aws:iam::123456789012:role/service/exec',
        containerDefinitions: [{ name: 'web', image: ECR }],
      }),
    },
    {
      name: 'public image and no logging need no role',
      code: td({ containerDefinitions: [{ name: 'web', image: 'public.ecr.aws/nginx/nginx:1.27' }] }),
    },
    {
      name: 'GovCloud partition',
      code: td({
        executionRoleArn: 'arn:aws-us-gov:iam::123456789012:role/exec',
        containerDefinitions: [{ name: 'web' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'private ECR image without a role',
      code:
        '{\n  "family": "web",\n  "containerDefinitions": [{ "name": "web", "image": "' + ECR + '" }]\n}\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'awslogs without a role',
      code: td({
        containerDefinitions: [
          { name: 'web', image: 'nginx:1.27', logConfiguration: { logDriver: 'awslogs' } },
        ],
      }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'secrets without a role',
      code: td({
        containerDefinitions: [
          { name: 'web', image: 'nginx:1.27', secrets: [{ name: 'A', valueFrom: 'p' }] },
        ],
      }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'role name instead of ARN',
      code: td({ executionRoleArn: 'ecsTaskExecutionRole', containerDefinitions: [{ name: 'web' }] }),
      errors: [{ messageId: 'notRoleArn' }],
    },
    {
      name: 'policy ARN instead of role ARN',
      code: td({
        executionRoleArn: 'arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy',
        containerDefinitions: [{ name: 'web' }],
      }),
      errors: [{ messageId: 'notRoleArn' }],
    },
    {
      name: 'role as a number',
      code: td({ executionRoleArn: 123, containerDefinitions: [{ name: 'web' }] }),
      errors: [{ messageId: 'notRoleArn' }],
    },
  ],
});

describe('TDF008 needs', () => {
  it('names every reason the role is needed', () => {
    const [f] = runOn(
      rule,
      td({ containerDefinitions: [{ name: 'web', image: ECR, logConfiguration: { logDriver: 'awslogs' } }] }),
    ).findings;
    expect(f?.message).toContain("'awslogs'");
    expect(f?.message).toContain('private Amazon ECR');
  });
  it('is not applicable when nothing needs the role', () => {
    expect(
      runOn(rule, td({ containerDefinitions: [{ name: 'web', image: 'nginx:1.27' }] })).notApplicable,
    ).not.toBeNull();
  });
});
