// EXP004: each party gets its own role, trusted by the right AWS service and holding only its own permissions.
// Express Mode: the execution role (ECS pulls the image and writes logs with it; ecs-tasks.amazonaws.com), the
// infrastructure role (ECS creates the load balancer, security groups, certificate and scaling with it;
// ecs.amazonaws.com, with the AWS managed policy AmazonECSInfrastructureRoleforExpressGatewayServices) and the task
// role (the app's own AWS identity; ecs-tasks.amazonaws.com). App Runner: the access role (App Runner pulls the
// image from ECR; build.apprunner.amazonaws.com) and the instance role (the app; tasks.apprunner.amazonaws.com).
// The app's role must not be able to pull images: that is the platform's job, and a shared role hands the app the
// registry (and, in Express Mode, the power to create load balancers).
//
// Sources: "Amazon ECS infrastructure IAM role",
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html; "Amazon ECS task
// execution IAM role", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html;
// "How App Runner works with IAM", https://docs.aws.amazon.com/apprunner/latest/dg/security_iam_service-with-iam.html;
// AWSAppRunnerServicePolicyForECRAccess in the AWS Managed Policy Reference.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import type { NamedResource } from '../lib/cloudformation.js';
import { get } from '../lib/cloudformation.js';
import { allowsOfRole, awsManagedPolicies, roleAllows } from '../lib/iam.js';
import { actionMatches } from '../lib/policy.js';
import { EXECUTION_MANAGED_POLICY, IMAGE_PULL_ACTIONS } from '../iam/actions.js';
import {
  existingPath,
  expressMessages,
  propPath,
  readSubject,
  roleUse,
  trustedPrincipals,
  trusts,
} from './model.js';

export const INFRASTRUCTURE_POLICY = 'AmazonECSInfrastructureRoleforExpressGatewayServices';
export const APP_RUNNER_ECR_POLICY = 'AWSAppRunnerServicePolicyForECRAccess';
const TASKS = 'ecs-tasks.amazonaws.com';

interface Part {
  /** The property that names the role. */
  property: readonly string[];
  /** How a message names the role's job. */
  label: string;
  principal: string;
  /** The app's own role: it must not be able to pull images. */
  app: boolean;
  /** The role that pulls the image: it needs a managed policy or the pull actions. */
  pulls?: string;
  /** An AWS managed policy the role must attach. */
  managed?: string;
}

const EXPRESS_PARTS: readonly Part[] = [
  {
    property: ['ExecutionRoleArn'],
    label: 'execution role',
    principal: TASKS,
    app: false,
    pulls: EXECUTION_MANAGED_POLICY,
  },
  {
    property: ['InfrastructureRoleArn'],
    label: 'infrastructure role',
    principal: 'ecs.amazonaws.com',
    app: false,
    managed: INFRASTRUCTURE_POLICY,
  },
  { property: ['TaskRoleArn'], label: 'task role', principal: TASKS, app: true },
];

const APP_RUNNER_PARTS: readonly Part[] = [
  {
    property: ['SourceConfiguration', 'AuthenticationConfiguration', 'AccessRoleArn'],
    label: 'access role',
    principal: 'build.apprunner.amazonaws.com',
    app: false,
    pulls: APP_RUNNER_ECR_POLICY,
  },
  {
    property: ['InstanceConfiguration', 'InstanceRoleArn'],
    label: 'instance role',
    principal: 'tasks.apprunner.amazonaws.com',
    app: true,
  },
];

/** Where a role can pull images: the AWS managed policies and the statements that allow an image-pull action. */
function pullGrants(t: CfnTemplate, role: NamedResource): { what: string; path: DataPath }[] {
  const out: { what: string; path: DataPath }[] = [];
  for (const m of awsManagedPolicies(t, role))
    if (
      m.name === EXECUTION_MANAGED_POLICY ||
      m.name === APP_RUNNER_ECR_POLICY ||
      m.name === INFRASTRUCTURE_POLICY
    )
      out.push({ what: `the managed policy '${m.name}'`, path: m.path });
  for (const { policy, s } of allowsOfRole(t, role.name))
    for (const action of s.actions)
      if (IMAGE_PULL_ACTIONS.some((p) => actionMatches(action, p)))
        out.push({ what: `'${action}' in ${s.label} of ${policy.label}`, path: s.path });
  return out;
}

export default defineRule({
  meta: {
    id: 'EXP004',
    name: 'separate-roles',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give the platform and the app separate roles, each trusted by the right service',
    description:
      "Express Mode: the execution, infrastructure and task roles are three roles of this template, trusted by 'ecs-tasks.amazonaws.com', 'ecs.amazonaws.com' (with AmazonECSInfrastructureRoleforExpressGatewayServices) and 'ecs-tasks.amazonaws.com'; App Runner: the access and instance roles are two, trusted by 'build.apprunner.amazonaws.com' and 'tasks.apprunner.amazonaws.com'. The app's role cannot pull images.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html',
    evidence: ['CKV_AWS_249', 'AwsSolutions-IAM4', 'SEC03-BP02'],
    messages: {
      ...expressMessages,
      missing:
        "Service '{{service}}' names no {{label}} ('{{property}}'). {{why}} Add a role of this template and reference it with '!GetAtt <role>.Arn'.",
      byName:
        "Service '{{service}}' names its {{label}} with '!Ref {{role}}', which gives the role's name, but '{{property}}' takes its ARN. Use '!GetAtt {{role}}.Arn'.",
      external:
        "Service '{{service}}' takes its {{label}} from {{text}}, so the grader cannot read who may assume it or what it allows. Define the role in this template and reference it with '!GetAtt <role>.Arn'.",
      shared:
        "Service '{{service}}' uses role '{{role}}' as both its {{first}} and its {{second}}, so one identity holds both jobs' permissions and the app can do what only the platform should. Give each its own role.",
      wrongTrust:
        "Role '{{role}}', the service's {{label}}, trusts {{trusted}}, but '{{principal}}' must assume it: without that, the service cannot use it. Allow 'sts:AssumeRole' for the service principal '{{principal}}' in its 'AssumeRolePolicyDocument'.",
      noManagedPolicy:
        "Role '{{role}}', the service's {{label}}, does not attach the AWS managed policy '{{policy}}', which holds what Express Mode needs to create and manage the load balancer, security groups, certificate and scaling. Add \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/{{policy}}'\" to its 'ManagedPolicyArns'.",
      cannotPull:
        "Role '{{role}}', the service's {{label}}, can neither pull images from Amazon ECR nor attaches '{{policy}}', so the service cannot start. Attach \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/{{policy}}'\".",
      appCanPull:
        "Role '{{role}}', the app's {{label}}, holds {{what}}: pulling images (and managing the service) is the platform's job, done with its own role. Remove it from the app's role.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    const parts = s.design === 'express' ? EXPRESS_PARTS : APP_RUNNER_PARTS;
    const seen = new Map<string, Part>();
    const report = ctx.report.bind(ctx);
    for (const part of parts) {
      const property = part.property.join('.');
      const use = roleUse(t, get(svc.props, part.property));
      if (!use) {
        const why = part.app
          ? 'Without it the app runs with no AWS identity of its own, and the day it needs one it is tempting to reuse the platform role.'
          : 'The service cannot be created without it.';
        report(
          'missing',
          { service: svc.name, label: part.label, property, why },
          existingPath(svc, part.property.slice(0, -1)),
        );
        continue;
      }
      const at = propPath(svc, ...part.property);
      if (use.kind === 'external') {
        report('external', { service: svc.name, label: part.label, text: use.text }, at);
        continue;
      }
      if (use.kind === 'name') {
        report('byName', { service: svc.name, label: part.label, role: use.role.name, property }, at);
        continue;
      }
      const role = use.role;
      const other = seen.get(role.name);
      if (other) {
        report('shared', { service: svc.name, role: role.name, first: other.label, second: part.label }, at);
        continue;
      }
      seen.set(role.name, part);
      if (!trusts(t, role, part.principal))
        report(
          'wrongTrust',
          {
            role: role.name,
            label: part.label,
            trusted: trustedPrincipals(t, role),
            principal: part.principal,
          },
          [...role.path, 'Properties', 'AssumeRolePolicyDocument'],
        );
      const managed = awsManagedPolicies(t, role).map((m) => m.name);
      if (part.managed && !managed.includes(part.managed))
        report('noManagedPolicy', { role: role.name, label: part.label, policy: part.managed }, [
          ...role.path,
          'Properties',
        ]);
      if (part.pulls && !managed.includes(part.pulls) && !roleAllows(t, role.name, 'ecr:BatchGetImage'))
        report('cannotPull', { role: role.name, label: part.label, policy: part.pulls }, [
          ...role.path,
          'Properties',
        ]);
      if (part.app)
        for (const g of pullGrants(t, role))
          report('appCanPull', { role: role.name, label: part.label, what: g.what }, g.path);
    }
  },
});
