import rule from '../../../../action/sandbox/guard/task-role.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { ROLE_TRUST, fargate } from './templates.js';

const file = 'template.json';
const withRoles = (taskProps: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
  const t = fargate(taskProps);
  return json({
    ...extra,
    Resources: {
      ...t.Resources,
      TaskRole: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: ROLE_TRUST } },
      Logs: { Type: 'AWS::Logs::LogGroup' },
    },
  });
};

testRule(rule, {
  valid: [
    { name: 'no roles', code: withRoles({}), file },
    {
      name: 'roles of this template by !GetAtt and !Ref',
      code: withRoles({
        TaskRoleArn: { 'Fn::GetAtt': ['TaskRole', 'Arn'] },
        ExecutionRoleArn: { Ref: 'TaskRole' },
      }),
      file,
    },
  ],
  invalid: [
    {
      name: 'a literal ARN of a role that already exists',
      code: withRoles({ TaskRoleArn: 'arn:aws:iam::123456789012:role/labgrade-deploy' }),
      file,
      errors: [{ messageId: 'external', data: { property: 'TaskRoleArn' } }],
    },
    {
      name: 'a parameter naming an existing role',
      code: withRoles(
        { ExecutionRoleArn: { Ref: 'Existing' } },
        { Parameters: { Existing: { Type: 'String', Default: 'arn:aws:iam::123456789012:role/admin' } } },
      ),
      file,
      errors: [{ messageId: 'external', data: { property: 'ExecutionRoleArn' } }],
    },
    {
      name: 'a !GetAtt of something that is not a role',
      code: withRoles({ TaskRoleArn: { 'Fn::GetAtt': ['Logs', 'Arn'] } }),
      file,
      errors: [{ messageId: 'external' }],
    },
  ],
});
