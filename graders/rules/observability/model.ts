// Helper module (exports no rule): how the OBS rules read what an operator sees of a service: the task
// definitions its services run, the roles those tasks use and what the roles may do, and metric dimensions that
// must resolve to this stack's own load balancer and target group. Learners' templates can hold anything, so every
// reader checks types and never throws.
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { isRecord, resource, resources, targetResource, type NamedResource } from '../lib/cloudformation.js';
import { foldLoadBalancerFullName } from '../lib/load-balancer-name.js';
import { actionMatches, policyDocument, policyStatements, stringList } from '../lib/policy.js';

export { actionMatches };
import { renderTokens, tokensOf, type Token } from '../auto-scaling/model.js';
import { SERVICE, taskDefinitionOf } from '../ecs-service/util/service.js';

export const LOG_GROUP = 'AWS::Logs::LogGroup';
export const KMS_KEY = 'AWS::KMS::Key';
export const SNS_TOPIC = 'AWS::SNS::Topic';
export const SSM_PARAMETER = 'AWS::SSM::Parameter';
export const DASHBOARD = 'AWS::CloudWatch::Dashboard';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const ROLE = 'AWS::IAM::Role';
const POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'];

/** Messages every rule of the set that needs a service shares. */
export const observabilityMessages = {
  noService:
    "The template defines no 'AWS::ECS::Service', so there is nothing to observe yet. Add the labs-web service first (see the lab README).",
} as const;

/** A service of the template and the task definition of this template it runs (undefined when it cannot be followed). */
export interface ServiceTask {
  svc: NamedResource;
  td: NamedResource | undefined;
}

export function serviceTasks(t: CfnTemplate): ServiceTask[] {
  return resources(t, SERVICE).map((svc) => ({ svc, td: taskDefinitionOf(t, svc) }));
}

/** A string value written back as text, with `${X}` for what intrinsics insert; undefined when it cannot be read. */
export function textOf(v: unknown): string | undefined {
  const tokens = tokensOf(v);
  return tokens ? renderTokens(tokens) : undefined;
}

/** The single reference a value is, once intrinsics are flattened: `!Ref X`, `!GetAtt X.Attr`, `${X.Attr}`. */
export function onlyReference(v: unknown): { ref: string; attr?: string } | undefined {
  const tokens = tokensOf(v);
  if (tokens?.length !== 1) return undefined;
  const t: Token = tokens[0]!;
  return 'ref' in t ? t : undefined;
}

// ---------------------------------------------------------------------------------------------
// Roles and what they allow.

/** What a role of this template may do: its policy documents (inline, attached policies) and managed policy ARNs. */
export interface RolePermissions {
  role: NamedResource;
  documents: { document: unknown; path: DataPath }[];
  /** Managed policy ARNs attached by the role's `ManagedPolicyArns`, as text. */
  managed: string[];
}

/**
 * The role a property such as 'TaskRoleArn' names, if it is a role of this template, with every policy that
 * applies to it: inline `Policies`, `AWS::IAM::Policy` and `AWS::IAM::ManagedPolicy` resources that list it in
 * `Roles`, managed policies of the template it attaches, and AWS managed policies by ARN.
 */
export function rolePermissions(t: CfnTemplate, v: unknown): RolePermissions | undefined {
  const role = targetResource(t, v);
  if (role?.resource.Type !== ROLE) return undefined;
  const documents: RolePermissions['documents'] = [];
  const inline = role.props['Policies'];
  if (Array.isArray(inline))
    inline.forEach((p, i) => {
      if (isRecord(p))
        documents.push({
          document: policyDocument(p['PolicyDocument']),
          path: [...role.path, 'Properties', 'Policies', i],
        });
    });
  for (const p of resources(t, ...POLICY_TYPES)) {
    const roles = p.props['Roles'];
    if (Array.isArray(roles) && roles.some((r) => targetResource(t, r)?.name === role.name))
      documents.push({ document: policyDocument(p.props['PolicyDocument']), path: p.path });
  }
  const managed: string[] = [];
  const arns = role.props['ManagedPolicyArns'];
  if (Array.isArray(arns))
    arns.forEach((a) => {
      const own = targetResource(t, a);
      if (own && POLICY_TYPES.includes(String(own.resource.Type))) {
        if (!documents.some((d) => d.path === own.path))
          documents.push({ document: policyDocument(own.props['PolicyDocument']), path: own.path });
        return;
      }
      const text = textOf(a);
      if (text !== undefined) managed.push(text);
    });
  return { role, documents, managed };
}

/** Allow statements of the role's documents, with what they allow. */
export function allowStatements(p: RolePermissions): Record<string, unknown>[] {
  return p.documents.flatMap((d) =>
    policyStatements(d.document)
      .map((s) => s.statement)
      .filter((s) => s['Effect'] === 'Allow' && s['NotAction'] === undefined),
  );
}

/** Whether a managed policy ARN (as text) names the AWS managed policy of that name. */
export function isAwsManaged(arn: string, name: string): boolean {
  return new RegExp(`^arn:(\\$\\{AWS::Partition\\}|aws[a-z-]*):iam::aws:policy/(.*/)?${name}$`).test(arn);
}

/** The actions of `wanted` that none of the role's Allow statements (on any resource) grants. */
export function missingActions(p: RolePermissions, wanted: readonly string[]): string[] {
  const granted = allowStatements(p).flatMap((s) => stringList(s['Action']));
  return wanted.filter((a) => !granted.some((g) => actionMatches(g, a)));
}

// ---------------------------------------------------------------------------------------------
// Load balancer and target group dimensions.

export type AlbDimension = 'LoadBalancer' | 'TargetGroup';

const FULL_NAME: Record<AlbDimension, { attr: string; type: string }> = {
  LoadBalancer: { attr: 'LoadBalancerFullName', type: LOAD_BALANCER },
  TargetGroup: { attr: 'TargetGroupFullName', type: TARGET_GROUP },
};

/**
 * Judges a `LoadBalancer` or `TargetGroup` dimension value: it must be the full name ('app/<name>/<id>',
 * 'targetgroup/<name>/<id>') of a load balancer or target group of this template, which only its GetAtt gives.
 * Returns what was written and what is wanted, or undefined when it resolves.
 */
export function judgeAlbDimension(
  t: CfnTemplate,
  v: unknown,
  name: AlbDimension,
): { got: string; want: string } | undefined {
  const { attr, type } = FULL_NAME[name];
  const candidates = resources(t, type);
  const want = `!GetAtt ${candidates[0]?.name ?? name}.${attr}`;
  if (v === undefined) return { got: '(missing)', want };
  // The CDK's `targetGroup.metrics` name the load balancer through its listener's ARN: the same name.
  const ref = onlyReference(name === 'LoadBalancer' ? foldLoadBalancerFullName(t, v) : v);
  if (ref && ref.attr === attr && resource(t, ref.ref)?.resource.Type === type) return undefined;
  return { got: textOf(v) ?? 'a computed value', want };
}
