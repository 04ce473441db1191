// TDF015: the application's task role is not the execution role. ECS uses the execution role to pull images,
// write logs and read secrets; the application should never hold those permissions (checkov CKV_AWS_249).
import { defineRule } from '../../engine/define.js';
import {
  describeValue,
  readTaskDefinition,
  ROLE_ARN,
  taskDefinitionMessages,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF015',
    name: 'separate-task-role',
    target: 'json',
    severity: 'warning',
    title: 'Keep the task role apart from the execution role',
    description:
      'When the task has a taskRoleArn, it is a valid role ARN and a different role from executionRoleArn, so the application cannot use the permissions ECS needs to pull images, write logs and read every secret.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    evidence: ['CKV_AWS_249', 'E3511'],
    messages: {
      ...taskDefinitionMessages,
      sameRole:
        "'taskRoleArn' and 'executionRoleArn' are the same role, '{{role}}', so the application holds every permission ECS needs for it, including reading all the task's secrets. Create a separate task role with only the AWS permissions the application itself uses.",
      executionRoleName:
        "'taskRoleArn' names '{{role}}', which by its name is an execution role, so the application may hold the permissions ECS uses to pull images and read secrets. Create a separate task role with only the AWS permissions the application itself uses.",
      notRoleArn:
        "'taskRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot give it to the application. Use the role's full ARN: 'arn:aws:iam::123456789012:role/web-task-role'.",
    },
  },
  check(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td) return;
    const task = td['taskRoleArn'];
    if (task === undefined || task === null) {
      ctx.notApplicable('the task has no task role, so the application gets no AWS permissions');
      return;
    }
    if (typeof task !== 'string' || !ROLE_ARN.test(task)) {
      ctx.report('notRoleArn', { what: describeValue(task) }, ['taskRoleArn']);
      return;
    }
    const execution = td['executionRoleArn'];
    if (task === execution) ctx.report('sameRole', { role: task }, ['taskRoleArn']);
    else if (/\/ecsTaskExecutionRole$/i.test(task))
      ctx.report('executionRoleName', { role: task }, ['taskRoleArn']);
  },
});
