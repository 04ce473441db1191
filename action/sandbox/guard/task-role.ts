// SBX017: tasks run only with roles this template creates. A task role or execution role named by ARN (written
// out, or through a parameter) can be any role already in the sandbox account, such as the deploy role or the
// CloudFormation service role, and the learner's container would then run with its permissions. A role the
// template creates is checked by the other IAM rules; one that exists already is not.
import { get, resources, targetResource } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';

const ROLE_PROPS = ['TaskRoleArn', 'ExecutionRoleArn'];

export default defineGuardRule()({
  meta: {
    id: 'SBX017',
    name: 'task-role',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run tasks only with roles the template creates',
    description:
      "Every task definition's 'TaskRoleArn' and 'ExecutionRoleArn' is '!GetAtt' (or '!Ref') of an 'AWS::IAM::Role' in the same template, never an ARN or a parameter naming a role that already exists in the sandbox account, whose permissions the guard cannot see.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    evidence: ['CKV_AWS_249', 'ECS task IAM role'],
    messages: {
      external:
        "Task definition '{{name}}' sets '{{property}}' to a role the template does not create ('{{value}}'). It could be any role in the sandbox account, with permissions the guard cannot check. Create the role in the template and use '!GetAtt {{suggest}}.Arn'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    for (const td of resources(t, 'AWS::ECS::TaskDefinition')) {
      for (const property of ROLE_PROPS) {
        const v = get(td.props, [property]);
        if (v === undefined) continue;
        if (targetResource(t, v)?.resource.Type === 'AWS::IAM::Role') continue;
        ctx.report(
          'external',
          {
            name: td.name,
            property,
            value: typeof v === 'string' ? v : JSON.stringify(v),
            suggest: property === 'TaskRoleArn' ? 'TaskRole' : 'ExecutionRole',
          },
          [...td.path, 'Properties', property],
        );
      }
    }
  },
});
