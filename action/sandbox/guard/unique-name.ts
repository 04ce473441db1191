// SBX021: a physical name that must be unique in the account or Region carries the stack's name. Stack names are
// unique per run, but a hard-coded name is not: two learners' lab 05 runs would both create the ECR repository
// 'labs-web', and the second CreateStack fails with "already exists". The registry's one replication configuration
// is shared by every run, so its rules must only ever touch this stack's repositories.
import { isRecord } from '../../../graders/engine/parsers/record.js';
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';

/**
 * Name properties that must be unique in the account (IAM) or the account and Region (the rest). A sandbox stack
 * name runs to 128 characters, so a name whose limit is shorter can only be left out (CloudFormation then
 * generates a unique one): load balancers and target groups (32), IAM roles (64) and managed policies (128, with
 * no room left for anything beside the stack's name). Limits: the CloudFormation resource schemas.
 */
const NAMES: Readonly<Record<string, { property: string; omitOnly?: { what: string; max: number } }>> = {
  'AWS::ECR::Repository': { property: 'RepositoryName' },
  'AWS::ECS::Cluster': { property: 'ClusterName' },
  'AWS::Logs::LogGroup': { property: 'LogGroupName' },
  'AWS::KMS::Alias': { property: 'AliasName' },
  'AWS::ServiceDiscovery::HttpNamespace': { property: 'Name' },
  'AWS::SecretsManager::Secret': { property: 'Name' },
  'AWS::IAM::Role': { property: 'RoleName', omitOnly: { what: 'IAM role', max: 64 } },
  'AWS::IAM::ManagedPolicy': {
    property: 'ManagedPolicyName',
    omitOnly: { what: 'managed policy', max: 128 },
  },
  'AWS::ElasticLoadBalancingV2::LoadBalancer': {
    property: 'Name',
    omitOnly: { what: 'load balancer', max: 32 },
  },
  'AWS::ElasticLoadBalancingV2::TargetGroup': {
    property: 'Name',
    omitOnly: { what: 'target group', max: 32 },
  },
};

/** A name built from the stack's: '/ecs/web' becomes '/ecs/${AWS::StackName}-web'. */
export function stackScopedName(value: string): string {
  const slash = value.lastIndexOf('/');
  const head = value.slice(0, slash + 1);
  const last = value.slice(slash + 1);
  return `${head}${STACK_NAME}${last ? `-${last}` : ''}`;
}

/**
 * The value is built from the stack's name: `!Ref AWS::StackName`, `!Sub '...${AWS::StackName}...'` or a Join
 * holding `!Ref AWS::StackName`.
 */
export function carriesStackName(v: unknown): boolean {
  if (!isRecord(v)) return false;
  if (isStackNameRef(v)) return true;
  const text = subText(v);
  if (text !== null) return text.includes(STACK_NAME);
  return joinParts(v).some(isStackNameRef);
}

const STACK_NAME = '${AWS::StackName}';
const isStackNameRef = (part: unknown): boolean => isRecord(part) && part['Ref'] === 'AWS::StackName';

/** The template string of a `Fn::Sub` (short or long form), or null. */
function subText(v: Record<string, unknown>): string | null {
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : null;
}

/** The parts a `Fn::Join` joins, or none. */
function joinParts(v: Record<string, unknown>): unknown[] {
  const join = v['Fn::Join'];
  return Array.isArray(join) && Array.isArray(join[1]) ? join[1] : [];
}

export default defineGuardRule()({
  meta: {
    id: 'SBX021',
    name: 'unique-name',
    target: 'cloudformation',
    severity: 'error',
    title: "Build names that must be unique from the stack's name",
    description:
      "Repository, cluster, log group, alias, role, namespace and secret names are unique in an account or Region, so a hard-coded one collides with another learner's run: leave it out or build it with '!Sub ${AWS::StackName}-…'. Load balancer, target group, IAM role and managed policy names, too short to hold a stack's name, are left out. An ECR replication configuration is one per registry, so each of its rules replicates only repositories whose names start with the stack's name.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-name.html',
    evidence: ['CloudFormation Name type', 'AWS::ECR::ReplicationConfiguration (one per registry)'],
    messages: {
      literal:
        "'{{property}}' of '{{name}}' is '{{value}}', a name that must be unique in the account or Region, so a second learner's run (or yours, re-run) fails with \"already exists\". Leave it out, or build it from the stack's name: \"!Sub '{{suggestion}}'\".",
      computed:
        "'{{property}}' of '{{name}}' is computed without the stack's name, and it must be unique in the account or Region, so two runs can collide with \"already exists\". Leave it out, or build it with '!Sub ${AWS::StackName}-…'.",
      omit: "'{{property}}' of '{{name}}' is set, but {{what}} names are at most {{max}} characters, too short to hold a sandbox stack's name (up to 128), and must be unique in the account or Region, so a second run collides. Leave '{{property}}' out: CloudFormation generates a unique one.",
      replicationUnscoped:
        "Replication rule {{rule}} of '{{name}}' {{why}}. The registry has one replication configuration, shared by every run in the sandbox account, so a rule must touch only this stack's repositories: add 'RepositoryFilters: [{ Filter: !Sub \"${AWS::StackName}\", FilterType: PREFIX_MATCH }]' and name the repositories '!Sub ${AWS::StackName}-…'.",
    },
  },
  check(doc, ctx) {
    for (const r of resources(doc.template)) {
      const type = String(r.resource.Type);
      const props = isRecord(r.resource.Properties) ? r.resource.Properties : {};
      if (type === 'AWS::ECR::ReplicationConfiguration') {
        const conf = props['ReplicationConfiguration'];
        const rules = isRecord(conf) && Array.isArray(conf['Rules']) ? conf['Rules'] : [];
        rules.forEach((rule: unknown, i) => {
          const at = [...r.path, 'Properties', 'ReplicationConfiguration', 'Rules', i];
          const filters = isRecord(rule) ? rule['RepositoryFilters'] : undefined;
          if (!Array.isArray(filters) || filters.length === 0) {
            ctx.report(
              'replicationUnscoped',
              {
                rule: i + 1,
                name: r.name,
                why: 'has no repository filter, so it replicates every repository in the registry',
              },
              at,
            );
            return;
          }
          filters.forEach((f: unknown, j) => {
            const scoped =
              isRecord(f) &&
              f['FilterType'] === 'PREFIX_MATCH' &&
              carriesStackName(f['Filter']) &&
              startsWithStackName(f['Filter']);
            if (!scoped)
              ctx.report(
                'replicationUnscoped',
                {
                  rule: i + 1,
                  name: r.name,
                  why: "has a repository filter that does not start with the stack's name, so it can replicate other runs' repositories",
                },
                [...at, 'RepositoryFilters', j],
              );
          });
        });
        continue;
      }
      const named = NAMES[type];
      if (!named || props[named.property] === undefined) continue;
      const value = props[named.property];
      const at = [...r.path, 'Properties', named.property];
      if (named.omitOnly) {
        ctx.report('omit', { property: named.property, name: r.name, ...named.omitOnly }, at);
      } else if (typeof value === 'string') {
        ctx.report(
          'literal',
          { property: named.property, name: r.name, value, suggestion: stackScopedName(value) },
          at,
        );
      } else if (!carriesStackName(value)) {
        ctx.report('computed', { property: named.property, name: r.name }, at);
      }
    }
  },
});

/** A prefix filter scopes to this stack only when the stack's name leads it. */
function startsWithStackName(v: unknown): boolean {
  if (!isRecord(v)) return false;
  const text = subText(v);
  if (text !== null) return text.startsWith(STACK_NAME);
  return isStackNameRef(joinParts(v)[0]);
}
