// IAM001: the application's task role and the execution role ECS uses are two roles, each with only its own
// permissions. ECS pulls the image, writes awslogs output and reads the containers' secrets with the execution
// role; the code in the container gets the task role. Sharing one role hands the application every secret of the
// task and the registry, and hands ECS the application's data.
import { defineRule } from '../../engine/define.js';
import { resource } from '../lib/cloudformation.js';
import {
  EXECUTION_ACTIONS,
  EXECUTION_MANAGED_POLICY,
  IMAGE_PULL_ACTIONS,
  isOneOf,
  wildcardKind,
} from './actions.js';
import { allowsOfRole, awsManagedPolicies, roleRef, sameRole, taskDefinitions } from './model.js';

export default defineRule({
  meta: {
    id: 'IAM001',
    name: 'task-role-separation',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep the task role and the execution role apart',
    description:
      "Every task definition names an 'ExecutionRoleArn', and a 'TaskRoleArn' (when it has one) that is a different role; the task role holds none of the image-pull actions only ECS needs, and the execution role holds nothing beyond pulling images, writing logs and reading the task's secrets.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    evidence: ['CKV_AWS_249', 'AwsSolutions-IAM4'],
    messages: {
      noTaskDefinition:
        "The template defines no 'AWS::ECS::TaskDefinition', so there are no task roles to check. Add the labs-web task definition (see the lab README).",
      noExecutionRole:
        "Task definition '{{task}}' has no 'ExecutionRoleArn', so ECS cannot pull a private image, send awslogs output or read secrets for it. Add an execution role that only ECS uses: 'ExecutionRoleArn: !GetAtt ExecutionRole.Arn'.",
      sameRole:
        "Task definition '{{task}}' uses {{role}} as both 'TaskRoleArn' and 'ExecutionRoleArn', so the application holds everything ECS needs to start it, including every secret the task reads. Create a second role for the application with only the AWS calls its code makes.",
      ecsActionOnTaskRole:
        "Task role '{{role}}' allows '{{action}}' in {{where}}: ECS does that with the execution role, so the application never needs it. Remove it from the task role.",
      executionPolicyOnTaskRole:
        "Task role '{{role}}' attaches '{{policy}}', the managed policy for execution roles, so the application can pull any image and write to any log group. Remove it; the execution role already has it.",
      appActionOnExecutionRole:
        "Execution role '{{role}}' allows '{{action}}' in {{where}}, which ECS never uses to start a task, so it belongs to the application. Move it to the task role and keep the execution role to pulling images, writing logs and reading this task's secrets.",
      managedPolicyOnExecutionRole:
        "Execution role '{{role}}' attaches the AWS managed policy '{{policy}}', which is for the application, not for ECS. Attach what the application needs to the task role; the execution role needs only '" +
        EXECUTION_MANAGED_POLICY +
        "' or your own pull, log and secret statements.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tds = taskDefinitions(t);
    if (tds.length === 0) {
      ctx.report('noTaskDefinition', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const td of tds) {
      const at = [...td.path, 'Properties'];
      const exec = roleRef(t, td.props['ExecutionRoleArn']);
      const task = roleRef(t, td.props['TaskRoleArn']);
      let bad = false;
      if (!exec) {
        bad = true;
        ctx.report('noExecutionRole', { task: td.name }, at);
      }
      if (exec && task && sameRole(exec, task)) {
        ctx.report('sameRole', { task: td.name, role: `'${exec.id ?? exec.text ?? ''}'` }, [
          ...at,
          'TaskRoleArn',
        ]);
        failed++;
        continue;
      }
      if (task?.id) {
        for (const { policy, s } of allowsOfRole(t, task.id))
          for (const action of s.actions)
            // Log writes are left alone: the task role writes ECS Exec's session logs, and may ship its own.
            if (isOneOf(action, IMAGE_PULL_ACTIONS)) {
              bad = true;
              ctx.report(
                'ecsActionOnTaskRole',
                { role: task.id, action, where: `${s.label} of ${policy.label}` },
                s.path,
              );
            }
        const role = resource(t, task.id)!;
        for (const m of awsManagedPolicies(t, role))
          if (m.name === EXECUTION_MANAGED_POLICY) {
            bad = true;
            ctx.report('executionPolicyOnTaskRole', { role: task.id, policy: m.name }, m.path);
          }
      }
      if (exec?.id) {
        for (const { policy, s } of allowsOfRole(t, exec.id))
          for (const action of s.actions)
            // Wildcards are IAM002's to judge; a named action ECS never uses is the application's.
            if (wildcardKind(action) === 'none' && !isOneOf(action, EXECUTION_ACTIONS)) {
              bad = true;
              ctx.report(
                'appActionOnExecutionRole',
                { role: exec.id, action, where: `${s.label} of ${policy.label}` },
                s.path,
              );
            }
        const role = resource(t, exec.id)!;
        for (const m of awsManagedPolicies(t, role))
          if (m.name !== EXECUTION_MANAGED_POLICY) {
            bad = true;
            ctx.report('managedPolicyOnExecutionRole', { role: exec.id, policy: m.name }, m.path);
          }
      }
      if (bad) failed++;
    }
    ctx.tally(tds.length, failed);
  },
});
