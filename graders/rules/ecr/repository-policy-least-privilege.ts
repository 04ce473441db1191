// ECR007: every repository has a repository policy that grants named principals only the ECR actions they need:
// no '*' principal, no wildcard or NotAction and no repository-administration action in any Allow statement,
// only action names ECR has, and the pull actions granted to someone.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isRecord } from '../../engine/parsers/record.js';
import { ADMIN_EFFECT, PULL_ACTIONS, actionMatches, closestEcrAction, ecrAction } from './actions.js';
import { policyStatements, stringList } from '../lib/policy.js';
import { asText, jsonProperty, repositories, repositoryName } from './model.js';

const quoted = (names: readonly string[]): string => {
  const q = names.map((n) => `'${n}'`);
  return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1] as string}`;
};

const joinOr = (parts: readonly string[]): string =>
  parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1] as string}`;

/** Whether a Principal value opens the statement to everyone: '*', { AWS: '*' } or a list holding '*'. */
function isPublic(principal: unknown): boolean {
  if (principal === '*') return true;
  if (!isRecord(principal)) return false;
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
      "Every ECR repository has a RepositoryPolicyText whose Allow statements name specific principals (never '*') and list specific ECR actions (no 'ecr:*', no wildcards, no NotAction, no actions that delete or reconfigure the repository), whose action names all exist in ECR, and that lets some principal pull ('ecr:BatchGetImage' and 'ecr:GetDownloadUrlForLayer'), so pushing stays with the pipeline and pulling with the roles that run the image.",
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
      adminAction:
        "Statement {{sid}} of repository '{{repository}}' allows {{actions}}, so the principal can {{effects}}. A repository policy is for pulling and pushing; remove {{them}} from the statement and leave administering the repository to CloudFormation and your administrators' own IAM permissions.",
      unknownAction:
        "Statement {{sid}} of repository '{{repository}}' names '{{action}}', which is not an Amazon ECR action, so that entry {{effect}} nothing.{{suggestion}} Check the spelling against the list of actions in the ECR API reference (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Operations.html).",
      noPull:
        "The policy of repository '{{repository}}' allows no principal both 'ecr:BatchGetImage' and 'ecr:GetDownloadUrlForLayer'{{missing}}, so it lets no one pull the image. Add a statement that allows the execution role 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer' and 'ecr:BatchCheckLayerAvailability'.",
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
        // Statement numbers and paths count only the statements that are objects.
        const list = policyStatements(v.value).map((s) => s.statement);
        const raw = isRecord(v.value) ? v.value['Statement'] : undefined;
        const stmtPath = (i: number) =>
          v.fromString ? at : Array.isArray(raw) ? [...at, 'Statement', i] : [...at, 'Statement'];
        /** Where action j of statement i sits, as close as the document lets the grader point. */
        const actionPath = (i: number, field: string, j: number | undefined): DataPath =>
          v.fromString ? at : j === undefined ? [...stmtPath(i), field] : [...stmtPath(i), field, j];
        if (list.length === 0) report('noStatement', { repository }, at);
        else if (!list.some((s) => s['Effect'] === 'Allow')) report('noAllow', { repository }, at);
        /** Actions each principal is allowed, keyed by the principal as written. */
        const granted = new Map<string, string[]>();
        list.forEach((s, i) => {
          const sid = typeof s['Sid'] === 'string' ? `'${s['Sid']}'` : `${i + 1}`;
          for (const field of ['Action', 'NotAction']) {
            const value = s[field];
            const entries: [string, number | undefined][] =
              typeof value === 'string'
                ? [[value, undefined]]
                : Array.isArray(value)
                  ? value.flatMap((a: unknown, j): [string, number][] =>
                      typeof a === 'string' ? [[a, j]] : [],
                    )
                  : [];
            for (const [action, j] of entries) {
              if (!/^ecr:/i.test(action) || /[*?]/.test(action) || ecrAction(action)) continue;
              const near = closestEcrAction(action);
              report(
                'unknownAction',
                {
                  sid,
                  repository,
                  action,
                  effect: s['Effect'] === 'Deny' ? 'denies' : 'allows',
                  suggestion: near ? ` Did you mean '${near}'?` : '',
                },
                actionPath(i, field, j),
              );
            }
          }
          if (s['Effect'] !== 'Allow') return;
          const actions = stringList(s['Action']);
          if (s['Principal'] !== undefined || s['NotPrincipal'] !== undefined) {
            // Allow with NotAction (or NotPrincipal) grants more than it names; both are reported below all the same.
            const notActions = stringList(s['NotAction']);
            const effective =
              s['NotAction'] === undefined
                ? actions
                : PULL_ACTIONS.filter((p) => !notActions.some((a) => actionMatches(a, p)));
            const key = asText([s['Principal'], s['NotPrincipal']]);
            granted.set(key, [...(granted.get(key) ?? []), ...effective]);
          }
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
          const admin = [...new Set(actions.map((a) => ecrAction(a)))].filter(
            (a): a is string => a !== undefined && Object.hasOwn(ADMIN_EFFECT, a),
          );
          if (admin.length)
            report(
              'adminAction',
              {
                sid,
                repository,
                actions: quoted(admin),
                effects: joinOr([...new Set(admin.map((a) => ADMIN_EFFECT[a] ?? 'administer it'))]),
                them: admin.length > 1 ? 'them' : 'it',
              },
              stmtPath(i),
            );
        });
        if (list.some((s) => s['Effect'] === 'Allow')) {
          // The principal that comes closest to pulling says what is missing.
          let fewestMissing: string[] = [...PULL_ACTIONS];
          for (const actions of granted.values()) {
            const missing = PULL_ACTIONS.filter((p) => !actions.some((a) => actionMatches(a, p)));
            if (missing.length < fewestMissing.length) fewestMissing = missing;
          }
          if (fewestMissing.length > 0) {
            const missing =
              fewestMissing.length === 1 ? ` (the closest is missing '${fewestMissing[0] as string}')` : '';
            report('noPull', { repository, missing }, at);
          }
        }
      }
      if (problems > 0) failed++;
    }
    ctx.tally(repos.length, failed);
  },
});
