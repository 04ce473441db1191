// TDF008: a task that needs ECS to act for it (awslogs, private ECR pulls, secrets, registry credentials) names
// a task execution role. cfn-lint has no rule for this (rules.md §1.8).
import { defineRule } from '../../engine/define.js';
import {
  containerListMessages,
  describeValue,
  isRecord,
  PRIVATE_ECR_IMAGE,
  readContainers,
  ROLE_ARN,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF008',
    name: 'execution-role',
    target: 'json',
    severity: 'error',
    title: 'Give the task an execution role',
    description:
      'A task that logs with awslogs, pulls from private Amazon ECR, or reads secrets sets executionRoleArn to an IAM role ARN, because ECS does that work with the execution role, not the task role.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    evidence: ['E3511'],
    messages: {
      ...containerListMessages,
      missing:
        "The task has no 'executionRoleArn', but ECS needs one to act for it here ({{needs}}), so the task fails to start. Add '\"executionRoleArn\": \"arn:aws:iam::ACCOUNT:role/ecsTaskExecutionRole\"', a role with the 'AmazonECSTaskExecutionRolePolicy' managed policy.",
      notRoleArn:
        "'executionRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot assume it. Use the role's full ARN: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const role = list.td['executionRoleArn'];
    if (role !== undefined && role !== null) {
      if (typeof role !== 'string' || !ROLE_ARN.test(role))
        ctx.report('notRoleArn', { what: describeValue(role) }, ['executionRoleArn']);
      return;
    }
    const needs = new Set<string>();
    for (const c of list.containers) {
      const lc = c.def['logConfiguration'];
      if (isRecord(lc)) {
        if (lc['logDriver'] === 'awslogs') needs.add("the 'awslogs' log driver");
        if (Array.isArray(lc['secretOptions']) && lc['secretOptions'].length > 0)
          needs.add("log 'secretOptions'");
      }
      const image = c.def['image'];
      if (typeof image === 'string' && PRIVATE_ECR_IMAGE.test(image))
        needs.add('pulling an image from private Amazon ECR');
      if (Array.isArray(c.def['secrets']) && c.def['secrets'].length > 0)
        needs.add("reading 'secrets' from Secrets Manager or Parameter Store");
      if (c.def['repositoryCredentials'] !== undefined) needs.add("private registry 'repositoryCredentials'");
    }
    if (needs.size === 0) {
      ctx.notApplicable('nothing in the task needs an execution role');
      return;
    }
    ctx.report('missing', { needs: [...needs].join('; ') }, []);
  },
});
