// ECR007: every repository has a repository policy that grants named principals only the ECR actions they need:
// no '*' principal and no wildcard or NotAction in any Allow statement.
import { defineRule } from '../../action/engine/define.js';
import { isObject } from '../lib/cloudformation.js';
import { jsonProperty, repositories, repositoryName, statements, stringList } from './model.js';

/** Whether a Principal value opens the statement to everyone: '*', { AWS: '*' } or a list holding '*'. */
function isPublic(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isObject(principal)) return false;
  return Object.values(principal).some((v) => stringList(v).includes('*'));
}

export default defineRule({
  meta: {
    id: 'ECR007',
    name: 'repository-policy-least-privilege',
    target: 'cloudformation',
    severity: 'error',
    title: 'Grant least privilege in the repository policy',
    description:
      "Every ECR repository has a RepositoryPolicyText whose Allow statements name specific principals (never '*') and list specific ECR actions (no 'ecr:*', no wildcards, no NotAction), so pushing stays with the pipeline and pulling with the roles that run the image.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    evidence: ['AwsSolutions-ECR1', 'CKV_AWS_32', 'E3513'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository policy to check. Add the repository for the labs-web image.",
      missing:
        "Repository '{{repository}}' has no 'RepositoryPolicyText', so the lab's pipeline role cannot push and the deployment role cannot pull unless their own IAM policies say so. Add a repository policy that allows the pipeline role the push actions and the execution role the pull actions.",
      computed:
        "'RepositoryPolicyText' of repository '{{repository}}' is built at deploy time, so the grader cannot check it. Write the policy document itself.",
      notJson:
        "'RepositoryPolicyText' of repository '{{repository}}' is not a policy document (an object, or a JSON string): {{error}}.",
      noStatement:
        "The policy of repository '{{repository}}' has no statements, so it grants nothing. Add Allow statements for the pipeline (push) and the execution role (pull).",
      noAllow:
        "The policy of repository '{{repository}}' has no 'Allow' statement, so it grants nothing. Allow the pipeline role the push actions and the execution role the pull actions.",
      publicPrincipal:
        "Statement {{sid}} of repository '{{repository}}' allows the principal '*', which lets any AWS account {{verb}} images. Name the roles or accounts instead, such as '{ AWS: !GetAtt PipelineRole.Arn }'.",
      notPrincipal:
        "Statement {{sid}} of repository '{{repository}}' combines 'Allow' with 'NotPrincipal', which grants everyone except the listed principals. Use 'Principal' with the roles that need access.",
      wildcardAction:
        "Statement {{sid}} of repository '{{repository}}' allows {{actions}}, which includes deleting images and changing the repository's policy. List only what the principal needs: pull is 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer' and 'ecr:BatchCheckLayerAvailability'; push adds 'ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart' and 'ecr:CompleteLayerUpload'.",
      notAction:
        "Statement {{sid}} of repository '{{repository}}' combines 'Allow' with 'NotAction', which grants every action not listed, including ones ECR adds later. List the allowed actions in 'Action' instead.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const repos = repositories(t);
    if (repos.length === 0) {
      ctx.report('noRepository', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const repo of repos) {
      const repository = repositoryName(t, repo) ?? repo.name;
      const at = [...repo.path, 'Properties', 'RepositoryPolicyText'];
      let problems = 0;
      const report: typeof ctx.report = (...args) => {
        problems++;
        ctx.report(...args);
      };
      const v = jsonProperty(t, repo.props['RepositoryPolicyText'], true);
      if (v.kind === 'absent') report('missing', { repository }, repo.path);
      else if (v.kind === 'computed') report('computed', { repository }, at);
      else if (v.kind === 'notJson') report('notJson', { repository, error: v.error }, at);
      else if (v.kind === 'wrongType')
        report('notJson', { repository, error: 'it is neither an object nor text' }, at);
      else {
        const list = statements(v.value);
        const raw = isObject(v.value) ? v.value['Statement'] : undefined;
        const stmtPath = (i: number) =>
          v.fromString ? at : Array.isArray(raw) ? [...at, 'Statement', i] : [...at, 'Statement'];
        if (list.length === 0) report('noStatement', { repository }, at);
        else if (!list.some((s) => s['Effect'] === 'Allow')) report('noAllow', { repository }, at);
        list.forEach((s, i) => {
          if (s['Effect'] !== 'Allow') return;
          const sid = typeof s['Sid'] === 'string' ? `'${s['Sid']}'` : `${i + 1}`;
          const actions = stringList(s['Action']);
          const pushes = actions.some((a) =>
            /^(\*|ecr:\*|ecr:(PutImage|UploadLayerPart|InitiateLayerUpload|CompleteLayerUpload))$/i.test(a),
          );
          if (isPublic(s['Principal']))
            report(
              'publicPrincipal',
              { sid, repository, verb: pushes ? 'push and pull' : 'pull' },
              stmtPath(i),
            );
          if (s['NotPrincipal'] !== undefined) report('notPrincipal', { sid, repository }, stmtPath(i));
          const wild = actions.filter((a) => a.includes('*'));
          if (wild.length)
            report(
              'wildcardAction',
              { sid, repository, actions: wild.map((a) => `'${a}'`).join(', ') },
              stmtPath(i),
            );
          if (s['NotAction'] !== undefined) report('notAction', { sid, repository }, stmtPath(i));
        });
      }
      if (problems > 0) failed++;
    }
    ctx.tally(repos.length, failed);
  },
});
