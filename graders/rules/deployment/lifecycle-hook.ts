// BGD006: in the ECS design, a Lambda lifecycle hook tests the green revision while only test traffic reaches it
// (lifecycle stage TEST_TRAFFIC_SHIFT or POST_TEST_TRAFFIC_SHIFT), before any user does; a hook that answers
// FAILED rolls the deployment back. The hook names a Lambda function by its ARN and a role that ecs.amazonaws.com
// may assume to invoke it. In the CodeDeploy design the hooks live in appspec.yaml, which the rubric reads beside
// the template, so this rule does not apply there.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  attributeOf,
  get,
  isRecord,
  literalString,
  targetOf,
  targetResource,
} from '../lib/cloudformation.js';
import { stringList } from '../lib/policy.js';
import {
  deploymentMessages,
  designOf,
  existingPath,
  judgeRole,
  LAMBDA,
  readServices,
  servicePath,
} from './model.js';

/** The stages at which green has test traffic and no production traffic. */
export const TEST_STAGES = ['TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT'] as const;

type Found = [
  'noHooks' | 'noTestStage' | 'targetName' | 'targetUnresolved' | 'noRole' | 'roleTrust' | 'rolePermission',
  Record<string, string>,
  DataPath,
];

/** Whether a hook target is a Lambda function's ARN: `!GetAtt Fn.Arn` of this template, or an ARN given as text. */
function judgeTarget(t: CfnTemplate, v: unknown): 'ok' | 'name' | 'unresolved' {
  const r = targetResource(t, v);
  if (r?.resource.Type === LAMBDA) return attributeOf(v) === 'Arn' ? 'ok' : 'name';
  if (r) return 'unresolved';
  const text = literalString(t, v);
  if (text !== undefined) return /^arn:[^:]+:lambda:/.test(text) ? 'ok' : 'unresolved';
  // A parameter without a default: the ARN of a function deployed elsewhere.
  return t.Parameters?.[targetOf(v) ?? ''] ? 'ok' : 'unresolved';
}

export default defineRule({
  meta: {
    id: 'BGD006',
    name: 'lifecycle-hook',
    target: 'cloudformation',
    severity: 'error',
    title: 'Test green with a lifecycle hook before production traffic',
    description:
      "Every load-balanced ECS service deployed by ECS has a DeploymentConfiguration.LifecycleHooks entry at 'TEST_TRAFFIC_SHIFT' or 'POST_TEST_TRAFFIC_SHIFT' whose HookTargetArn is a Lambda function's ARN and whose RoleArn is a role that ecs.amazonaws.com may assume, allowed 'lambda:InvokeFunction'. Services deployed by CodeDeploy are judged on their appspec hooks instead.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-lifecycle-hooks.html',
    evidence: ['ECS DeploymentLifecycleHook', 'lambda:InvokeFunction'],
    messages: {
      ...deploymentMessages,
      noHooks:
        "Service '{{service}}' has no lifecycle hooks, so nothing tests the green revision before users reach it: a release that starts and passes its health check goes straight to production. Add a 'LifecycleHooks' entry that runs a Lambda function at 'POST_TEST_TRAFFIC_SHIFT'.",
      noTestStage:
        "The lifecycle hooks of service '{{service}}' run at {{stages}}, never while green has only test traffic, so they cannot stop a bad release before users see it. Add 'POST_TEST_TRAFFIC_SHIFT' (or 'TEST_TRAFFIC_SHIFT') to a hook's 'LifecycleStages'.",
      targetName:
        "The lifecycle hook of service '{{service}}' names Lambda function '{{function}}' with '!Ref', which returns its name, but 'HookTargetArn' needs its ARN. Write '!GetAtt {{function}}.Arn'.",
      targetUnresolved:
        "The lifecycle hook of service '{{service}}' targets {{value}}, which is not a Lambda function's ARN. Point 'HookTargetArn' at a function of this template with '!GetAtt <function>.Arn'.",
      noRole:
        "The lifecycle hook of service '{{service}}' names no role of this template in 'RoleArn', so ECS cannot invoke the function and the deployment fails at that stage. Add a role that 'ecs.amazonaws.com' may assume, allowed 'lambda:InvokeFunction', and reference it with '!GetAtt <role>.Arn'.",
      roleTrust:
        "The role of the lifecycle hook of service '{{service}}' cannot be assumed by 'ecs.amazonaws.com', so ECS cannot invoke the hook. Allow 'sts:AssumeRole' for that principal in its 'AssumeRolePolicyDocument'.",
      rolePermission:
        "The role of the lifecycle hook of service '{{service}}' may not call 'lambda:InvokeFunction', so ECS cannot run the hook. Allow that action on the hook's function in the role's policy.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const balanced = readServices(t, ctx);
    if (balanced.length === 0) return;
    const services = balanced.filter((s) => designOf(t, s) === 'ecs');
    if (services.length === 0) {
      ctx.notApplicable(
        'no load-balanced service is deployed by ECS; CodeDeploy hooks are read from appspec.yaml',
      );
      return;
    }
    let failures = 0;
    for (const svc of services) {
      const found: Found[] = [];
      const hooks = get(svc.props, ['DeploymentConfiguration', 'LifecycleHooks']);
      const list = Array.isArray(hooks) ? hooks.filter(isRecord) : [];
      const at = servicePath(svc, 'DeploymentConfiguration', 'LifecycleHooks');
      if (list.length === 0)
        found.push([
          'noHooks',
          { service: svc.name },
          existingPath(svc, ['DeploymentConfiguration', 'LifecycleHooks']),
        ]);
      else {
        const stagesOf = (h: Record<string, unknown>) =>
          stringList(h['LifecycleStages']).map((s) => s.toUpperCase());
        const i = list.findIndex((h) =>
          stagesOf(h).some((s) => (TEST_STAGES as readonly string[]).includes(s)),
        );
        if (i < 0) {
          const stages = [...new Set(list.flatMap(stagesOf))];
          found.push([
            'noTestStage',
            {
              service: svc.name,
              stages: stages.length ? stages.map((s) => `'${s}'`).join(', ') : 'no stage',
            },
            at,
          ]);
        } else {
          const hook = list[i]!;
          const hookAt = [...at, (hooks as unknown[]).indexOf(hook)];
          const target = judgeTarget(t, hook['HookTargetArn']);
          if (target === 'name')
            found.push([
              'targetName',
              { service: svc.name, function: targetOf(hook['HookTargetArn']) ?? '' },
              [...hookAt, 'HookTargetArn'],
            ]);
          else if (target === 'unresolved')
            found.push([
              'targetUnresolved',
              {
                service: svc.name,
                value:
                  hook['HookTargetArn'] === undefined
                    ? 'nothing'
                    : `'${literalString(t, hook['HookTargetArn']) ?? 'a computed value'}'`,
              },
              hook['HookTargetArn'] === undefined ? hookAt : [...hookAt, 'HookTargetArn'],
            ]);
          const role = judgeRole(
            t,
            hook['RoleArn'],
            'ecs.amazonaws.com',
            'AWSLambdaRole',
            'lambda:InvokeFunction',
          );
          const roleAt = hook['RoleArn'] === undefined ? hookAt : [...hookAt, 'RoleArn'];
          if (role === 'unresolved') found.push(['noRole', { service: svc.name }, roleAt]);
          else if (role === 'trust') found.push(['roleTrust', { service: svc.name }, roleAt]);
          else if (role === 'permission') found.push(['rolePermission', { service: svc.name }, roleAt]);
        }
      }
      if (found.length > 0) failures++;
      for (const [id, data, p] of found) ctx.report(id, data, p);
    }
    ctx.tally(services.length, failures);
  },
});
