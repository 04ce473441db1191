// IAM values as templates write them, for the guard's IAM rules: every policy document a template can carry (and
// where), values resolved as far as the guard can without deploying, wildcard matching as IAM does it, and
// whether a principal is this stack's own account.
import { isRecord } from '../../../../graders/engine/parsers/record.js';
import type { CfnTemplate, DataPath } from '../../../../graders/engine/types.js';
import { get, isIntrinsic, resources } from '../../../../graders/rules/lib/cloudformation.js';
import { policyDocument } from '../../../../graders/rules/lib/policy.js';

/** The text of an ARN written literally or as a `!Sub` string. */
export function arnText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  const sub = isRecord(v) ? v['Fn::Sub'] : undefined;
  if (typeof sub === 'string') return sub;
  return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
}

/** A `!Sub` whose variables map, if any, is empty: only then do `${AWS::…}` names mean the pseudo parameters. */
function plainSub(v: Record<string, unknown>): string | undefined {
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string') return sub;
  if (Array.isArray(sub) && typeof sub[0] === 'string' && (sub[1] === undefined || emptyRecord(sub[1])))
    return sub[0];
  return undefined;
}

function emptyRecord(v: unknown): boolean {
  return isRecord(v) && Object.keys(v).length === 0;
}

const OWN_ARN = /^arn:(\$\{AWS::Partition\}|aws[a-z-]*):iam::\$\{AWS::AccountId\}:[^$]*$/;

/**
 * A principal in this stack's own account: `!Ref AWS::AccountId`, a `!Sub` ARN whose account field is
 * `${AWS::AccountId}` (and nothing else substituted), or `!GetAtt` of a resource (CloudFormation only accepts a
 * GetAtt of a resource in the same template). A Join or Select is never one: which element it picks is decided at
 * deploy time, so `!Select [1, [!Ref AWS::AccountId, '999999999999']]` would pass for this account.
 */
export function isOwnAccount(v: unknown): boolean {
  if (!isIntrinsic(v)) return false;
  if (v['Ref'] === 'AWS::AccountId' || v['Fn::GetAtt'] !== undefined) return true;
  const s = plainSub(v);
  return s !== undefined && (s === '${AWS::AccountId}' || OWN_ARN.test(s));
}

/** Where a template keeps policy documents, and what kind of document each is. */
export type PolicyKind = 'identity' | 'trust' | 'resource';

export interface PolicyDoc {
  /** Logical id of the resource that holds it. */
  owner: string;
  type: string;
  kind: PolicyKind;
  /** The property as written (an object, JSON text, or an intrinsic the guard refuses). */
  value: unknown;
  path: DataPath;
}

/** Inline `Policies` lists (roles, users, groups), as written, for the checks on the list itself. */
export interface PolicyList {
  owner: string;
  value: unknown;
  path: DataPath;
}

const RESOURCE_POLICIES: readonly [string, string][] = [
  ['AWS::ECR::Repository', 'RepositoryPolicyText'],
  ['AWS::ECR::RegistryPolicy', 'PolicyText'],
  ['AWS::KMS::Key', 'KeyPolicy'],
  ['AWS::EFS::FileSystem', 'FileSystemPolicy'],
  ['AWS::EC2::VPCEndpoint', 'PolicyDocument'],
];

export function policyLists(t: CfnTemplate): PolicyList[] {
  return resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')
    .filter((r) => r.props['Policies'] !== undefined)
    .map((r) => ({ owner: r.name, value: r.props['Policies'], path: [...r.path, 'Properties', 'Policies'] }));
}

/** Every policy document in the template: trust, inline and standalone identity policies, resource policies. */
export function policyDocs(t: CfnTemplate): PolicyDoc[] {
  const out: PolicyDoc[] = [];
  for (const r of resources(t)) {
    const type = String(r.resource.Type);
    const props = [...r.path, 'Properties'];
    if (type === 'AWS::IAM::Role' && r.props['AssumeRolePolicyDocument'] !== undefined)
      out.push({
        owner: r.name,
        type,
        kind: 'trust',
        value: r.props['AssumeRolePolicyDocument'],
        path: [...props, 'AssumeRolePolicyDocument'],
      });
    if (['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(type)) {
      const inline = r.props['Policies'];
      if (Array.isArray(inline))
        inline.forEach((p, i) => {
          if (isRecord(p))
            out.push({
              owner: r.name,
              type,
              kind: 'identity',
              value: get(p, ['PolicyDocument']),
              path: [...props, 'Policies', i, 'PolicyDocument'],
            });
        });
    }
    if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy')
      out.push({
        owner: r.name,
        type,
        kind: 'identity',
        value: r.props['PolicyDocument'],
        path: [...props, 'PolicyDocument'],
      });
    for (const [rt, prop] of RESOURCE_POLICIES)
      if (type === rt && r.props[prop] !== undefined)
        out.push({ owner: r.name, type, kind: 'resource', value: r.props[prop], path: [...props, prop] });
  }
  return out;
}

/** A policy document's statements as objects, or undefined when the document or its Statement is computed. */
export function literalStatements(doc: unknown): Record<string, unknown>[] | undefined {
  const d = policyDocument(doc);
  if (!isRecord(d) || isIntrinsic(d)) return undefined;
  const st = d['Statement'];
  if (st === undefined) return [];
  const list = Array.isArray(st) ? st : [st];
  if (list.some((s) => !isRecord(s) || isIntrinsic(s))) return undefined;
  return list as Record<string, unknown>[];
}

/** Whether an intrinsic function (a key such as 'Fn::If') appears anywhere inside a value. */
export function containsFunction(v: unknown, name: string): boolean {
  const stack: unknown[] = [v];
  while (stack.length) {
    const cur = stack.pop();
    if (Array.isArray(cur)) stack.push(...cur);
    else if (isRecord(cur)) {
      if (Object.hasOwn(cur, name)) return true;
      stack.push(...Object.values(cur));
    }
  }
  return false;
}

export interface ResolvedText {
  /**
   * The value as text. Pseudo parameters stay as `${AWS::AccountId}` (etc.), and this stack's resources as
   * `${Logical}` or `${Logical.Attr}`; parameters are replaced by their value.
   */
  text: string;
  /** Some of it came from a parameter value the instructor supplied ('deploy-parameters'). */
  instructor: boolean;
  /** Some of it came from a parameter's Default, which the learner wrote. */
  fromDefault: boolean;
}

const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::Partition',
  'AWS::Region',
  'AWS::URLSuffix',
  'AWS::StackName',
  'AWS::StackId',
]);

/**
 * A policy value (Resource, a principal, a condition value) as far as the guard can know it before deploying: a
 * literal, `!Ref` of a parameter with a value, of a pseudo parameter or of a resource, `!GetAtt` of a resource, or
 * a `!Sub` of those. Anything else (Join, Select, If, FindInMap, ImportValue, a Sub with its own variables) is
 * decided at deploy time: undefined.
 */
export function resolveText(
  t: CfnTemplate,
  v: unknown,
  instructorValues: Readonly<Record<string, string>> = {},
): ResolvedText | undefined {
  if (typeof v === 'string') return { text: v, instructor: false, fromDefault: false };
  if (typeof v === 'number' || typeof v === 'boolean')
    return { text: String(v), instructor: false, fromDefault: false };
  if (!isIntrinsic(v)) return undefined;
  const name = (id: string): ResolvedText | undefined => {
    if (PSEUDO.has(id)) return { text: `\${${id}}`, instructor: false, fromDefault: false };
    const param = t.Parameters?.[id];
    if (isRecord(param)) {
      if (Object.hasOwn(instructorValues, id))
        return { text: instructorValues[id] ?? '', instructor: true, fromDefault: false };
      const d = param['Default'];
      if (typeof d === 'string' || typeof d === 'number')
        return { text: String(d), instructor: false, fromDefault: true };
      return undefined;
    }
    if (isRecord(t.Resources?.[id])) return { text: `\${${id}}`, instructor: false, fromDefault: false };
    return undefined;
  };
  if (typeof v['Ref'] === 'string') return name(v['Ref']);
  const ga = v['Fn::GetAtt'];
  if (ga !== undefined) {
    const [res, attr] = Array.isArray(ga) ? ga : typeof ga === 'string' ? ga.split(/\.(.*)/s) : [];
    if (typeof res === 'string' && typeof attr === 'string' && isRecord(t.Resources?.[res]))
      return { text: `\${${res}.${attr}}`, instructor: false, fromDefault: false };
    return undefined;
  }
  const sub = plainSub(v);
  if (sub === undefined) return undefined;
  let instructor = false;
  let fromDefault = false;
  let ok = true;
  const text = sub.replace(/\$\{([^}]*)\}/g, (whole, inner: string) => {
    if (inner.startsWith('!')) return `\${${inner.slice(1)}}`;
    const [id, attr] = inner.split(/\.(.*)/s);
    if (attr !== undefined) {
      if (id && isRecord(t.Resources?.[id])) return whole;
      ok = false;
      return whole;
    }
    const r = name(inner);
    if (!r) {
      ok = false;
      return whole;
    }
    instructor ||= r.instructor;
    fromDefault ||= r.fromDefault;
    return r.text;
  });
  return ok ? { text, instructor, fromDefault } : undefined;
}

/** A resolved value as a concrete string to match against: pseudo parameters and resources become plain names. */
export function probeText(text: string): string {
  return text
    .replace(/\$\{AWS::Partition\}/g, 'aws')
    .replace(/\$\{AWS::AccountId\}/g, PROBE_ACCOUNT)
    .replace(/\$\{AWS::Region\}/g, 'us-east-1')
    .replace(/\$\{AWS::URLSuffix\}/g, 'amazonaws.com')
    .replace(/\$\{[^}]*\}/g, 'labgrade-stack-resource');
}

const PROBE_ACCOUNT = '000000000000';

/** IAM's wildcard match: `*` any run of characters, `?` any one; case-insensitive (wider is safer here). */
export function wildcardMatches(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${re}$`, 'is').test(value);
}

/** Resources of unrelated services and accounts: a pattern matching all of them matches every resource. */
const ANY_RESOURCE = [
  `arn:aws:iam::${PROBE_ACCOUNT}:user/labgrade-probe`,
  'arn:aws:s3:::labgrade-probe/key',
  `arn:aws:ec2:us-east-1:111122223333:instance/i-0labgradeprobe`,
];
/** A role nobody named: a pattern matching it matches every role. */
const ANY_ROLE = `arn:aws:iam::${PROBE_ACCOUNT}:role/labgrade-probe-role`;

/** Whether a Resource pattern (already probed) covers every resource: '*', 'arn:*', 'arn:aws:*:*', … */
export function coversEveryResource(patterns: readonly string[]): boolean {
  return ANY_RESOURCE.every((arn) => patterns.some((p) => wildcardMatches(p, arn)));
}

/** Whether a Resource pattern (already probed) covers every IAM role: '*', 'arn:aws:iam::*:role/*', … */
export function coversEveryRole(patterns: readonly string[]): boolean {
  return patterns.some((p) => wildcardMatches(p, ANY_ROLE));
}

/** Actions of unrelated services: an Action pattern matching all of them grants every action. */
const ANY_ACTION = ['iam:CreateUser', 's3:GetObject', 'ec2:RunInstances', 'organizations:LeaveOrganization'];

export function coversEveryAction(patterns: readonly string[]): boolean {
  return ANY_ACTION.every((a) => patterns.some((p) => wildcardMatches(p, a)));
}

/** Where statement i of a document sits, for ctx.report; a document written as JSON text is reported whole. */
export function statementPath(d: PolicyDoc, i: number): DataPath {
  if (typeof d.value === 'string') return d.path;
  return Array.isArray(get(d.value, ['Statement'])) ? [...d.path, 'Statement', i] : [...d.path, 'Statement'];
}

/** A string-or-list policy field as a list of raw values (literals and intrinsics alike). */
export function valueList(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}
