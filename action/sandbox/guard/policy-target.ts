// SBX020: policies attach only to what the template creates, and only policies the guard can read are attached.
// An `AWS::IAM::Policy` whose `Roles` names a role already in the account (the deploy role, the CloudFormation
// service role) widens that role from inside a learner's stack; a `ManagedPolicyArns` entry that is computed, or
// that names a customer managed policy already in the account, attaches permissions the guard never sees.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { resources, targetResource } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';
import { resolveText, valueList } from './util/iam.js';

const ATTACH_TO: Readonly<Record<string, string>> = {
  Roles: 'AWS::IAM::Role',
  Users: 'AWS::IAM::User',
  Groups: 'AWS::IAM::Group',
};

/** An AWS managed policy: account 'aws' in the ARN, whatever the partition. */
const AWS_MANAGED = /^arn:(\$\{AWS::Partition\}|aws[a-z-]*):iam::aws:policy\/[\w+=,.@/-]+$/;

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX020',
    name: 'policy-target',
    target: 'cloudformation',
    severity: 'error',
    title: 'Attach policies only to roles the template creates',
    description:
      "Every 'AWS::IAM::Policy' and 'AWS::IAM::ManagedPolicy' attaches only to roles, users and groups the template creates ('!Ref'), and every 'ManagedPolicyArns' entry is an AWS managed policy written out (or '!Sub') or '!Ref' of a managed policy in the template: never a policy or role that already exists in the sandbox account, or a computed ARN.",
    docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
    evidence: ['CKV_AWS_40', 'AwsSolutions-IAM4'],
    messages: {
      foreignTarget:
        "Policy '{{policy}}' attaches to '{{target}}' in '{{property}}', which this template does not create, so it would change an identity that already exists in the sandbox account. Attach it only to '!Ref' of a role the template creates.",
      foreignManaged:
        "'{{owner}}' attaches the managed policy '{{arn}}', which is neither an AWS managed policy nor one this template creates, so the guard cannot see what it grants. Write the permissions as an inline policy in the template.",
      computedManaged:
        "'{{owner}}' attaches a managed policy whose ARN is computed at deploy time, so the guard cannot tell which. Write the ARN out, such as '!Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    for (const p of resources(t, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
      for (const [property, type] of Object.entries(ATTACH_TO)) {
        const v = p.props[property];
        if (v === undefined) continue;
        valueList(v).forEach((entry, i) => {
          if (targetResource(t, entry)?.resource.Type === type) return;
          ctx.report(
            'foreignTarget',
            { policy: p.name, property, target: typeof entry === 'string' ? entry : JSON.stringify(entry) },
            Array.isArray(v) ? [...p.path, 'Properties', property, i] : [...p.path, 'Properties', property],
          );
        });
      }
    }
    for (const r of resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
      const managed = r.props['ManagedPolicyArns'];
      if (managed === undefined) continue;
      const at = [...r.path, 'Properties', 'ManagedPolicyArns'];
      if (!Array.isArray(managed)) {
        ctx.report('computedManaged', { owner: r.name }, at);
        continue;
      }
      managed.forEach((arn, i) => {
        if (isRecord(arn) && targetResource(t, arn)?.resource.Type === 'AWS::IAM::ManagedPolicy') return;
        const text = resolveText(t, arn, ctx.options.parameters)?.text;
        if (text === undefined) ctx.report('computedManaged', { owner: r.name }, [...at, i]);
        else if (!AWS_MANAGED.test(text))
          ctx.report('foreignManaged', { owner: r.name, arn: text }, [...at, i]);
      });
    }
  },
});
