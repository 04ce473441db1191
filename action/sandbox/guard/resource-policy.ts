// SBX016: resources stay inside the sandbox account. A repository, registry, key or file system policy that
// grants '*' makes the resource public; one that grants another account (or a role the learner named, whose
// account the guard cannot know) lets someone outside the sandbox push, pull, decrypt or mount; a replication
// rule to another registry copies the images out. Only this stack's account, its own resources, service
// principals and principals the instructor supplied ('deploy-parameters') may be granted.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { get, resources } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';
import {
  isOwnAccount,
  literalStatements,
  policyDocs,
  resolveText,
  statementPath,
  valueList,
} from './util/iam.js';

/** Condition keys that pin a '*' principal to this account when they equal `${AWS::AccountId}`. */
const ACCOUNT_KEYS = [
  'aws:principalaccount',
  'aws:sourceaccount',
  'aws:resourceaccount',
  'kms:calleraccount',
];

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX016',
    name: 'resource-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep repositories, keys and file systems private to the sandbox account',
    description:
      "ECR repository and registry policies, KMS key policies and EFS file system policies grant access only to this account ('!Ref AWS::AccountId', or an ARN with '${AWS::AccountId}'), to this stack's resources, to service principals, or to principals the instructor supplied in 'deploy-parameters': never to '*' (unless a condition pins it to this account) or to another account. ECR replication stays in this registry.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
    evidence: ['CKV_AWS_32', 'AwsSolutions-ECR1', 'E3512', 'E3513'],
    messages: {
      public:
        "The policy of '{{owner}}' allows '{{how}}' to use it, which makes it public: anyone with an AWS account could reach it. Grant this account or its roles instead, such as '!GetAtt TaskExecutionRole.Arn'.",
      otherAccount:
        "The policy of '{{owner}}' grants the principal '{{principal}}', which the guard cannot show is in the sandbox account, so someone outside it could use the resource. Grant a role of this stack ('!GetAtt Role.Arn') or this account ('!Ref AWS::AccountId'); an instructor can supply a sandbox principal in 'deploy-parameters'.",
      otherKind:
        "The policy of '{{owner}}' grants a '{{kind}}' principal, an identity outside the sandbox account. Grant this account or its roles instead.",
      replication:
        "Replication rule {{rule}} of '{{owner}}' copies images to registry '{{registry}}', which the guard cannot show is the sandbox account's, so images would leave the sandbox. Use 'RegistryId: !Ref AWS::AccountId'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const { parameters } = ctx.options;
    /** The principal is this account, one of its resources, or one the instructor supplied. */
    const inside = (p: unknown): boolean => {
      if (isOwnAccount(p)) return true;
      const r = resolveText(t, p, parameters);
      if (!r) return false;
      if (r.instructor && !r.fromDefault) return true;
      // '${Role.Arn}' or '${Role}': a resource of this stack, in this account.
      return /^\$\{[A-Za-z0-9]+(\.[A-Za-z0-9.]+)?\}$/.test(r.text) && !r.text.startsWith('${AWS::');
    };
    const pinned = (cond: unknown): boolean =>
      isRecord(cond) &&
      Object.entries(cond).some(
        ([op, keys]) =>
          /^String(Equals|Like)$/i.test(op) &&
          isRecord(keys) &&
          Object.entries(keys).some(
            ([k, v]) =>
              ACCOUNT_KEYS.includes(k.toLowerCase()) &&
              valueList(v).length > 0 &&
              valueList(v).every((x) => resolveText(t, x)?.text === '${AWS::AccountId}'),
          ),
      );
    for (const d of policyDocs(t)) {
      if (d.kind !== 'resource' || d.type === 'AWS::EC2::VPCEndpoint') continue;
      const statements = literalStatements(d.value);
      if (!statements) continue; // computed documents are SBX015's
      statements.forEach((st, i) => {
        if (st['Effect'] !== 'Allow') return;
        const at = statementPath(d, i);
        const owner = d.owner;
        if (st['NotPrincipal'] !== undefined) {
          ctx.report('public', { owner, how: 'NotPrincipal' }, at);
          return;
        }
        const principal = st['Principal'];
        if (principal === '*') {
          if (!pinned(st['Condition'])) ctx.report('public', { owner, how: 'Principal: *' }, at);
          return;
        }
        if (!isRecord(principal)) return;
        for (const [kind, value] of Object.entries(principal)) {
          if (kind === 'Service') continue;
          for (const p of valueList(value)) {
            if (kind !== 'AWS') ctx.report('otherKind', { owner, kind }, at);
            else if (p === '*') {
              if (!pinned(st['Condition'])) ctx.report('public', { owner, how: 'AWS: *' }, at);
            } else if (!inside(p)) {
              const r = resolveText(t, p, parameters);
              ctx.report('otherAccount', { owner, principal: r?.text ?? JSON.stringify(p) }, at);
            } else continue;
            return;
          }
        }
      });
    }
    for (const r of resources(t, 'AWS::ECR::ReplicationConfiguration')) {
      const rules = get(r.props, ['ReplicationConfiguration', 'Rules']);
      if (!Array.isArray(rules)) continue;
      rules.forEach((rule, ri) => {
        const dests = get(rule, ['Destinations']);
        if (!Array.isArray(dests)) return;
        dests.forEach((dest, di) => {
          const registry = get(dest, ['RegistryId']);
          if (registry === undefined || resolveText(t, registry)?.text === '${AWS::AccountId}') return;
          ctx.report(
            'replication',
            {
              owner: r.name,
              rule: ri + 1,
              registry: resolveText(t, registry, parameters)?.text ?? JSON.stringify(registry),
            },
            [
              ...r.path,
              'Properties',
              'ReplicationConfiguration',
              'Rules',
              ri,
              'Destinations',
              di,
              'RegistryId',
            ],
          );
        });
      });
    }
  },
});
