// Helper module (exports no rule): what the IAM rules read besides policy documents, which graders/rules/lib/iam.ts
// reads for every rule set: the task definitions and the roles they name, and ARN patterns.
import type { CfnTemplate } from '../../engine/types.js';
import { referencesIn, resource, resources, targetOf, type NamedResource } from '../lib/cloudformation.js';
import { ROLE, resolveText } from '../lib/iam.js';
import { actionMatches, stringList } from '../lib/policy.js';

export const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
export const SERVICE = 'AWS::ECS::Service';
export const CLUSTER = 'AWS::ECS::Cluster';

export { actionMatches };
export {
  MANAGED_POLICY,
  POLICY,
  ROLE,
  allowsOfRole,
  awsManagedPolicies,
  identityPolicies,
  policiesOfRole,
  resolveText,
  roleAllows,
  statementsOf,
  texts,
  valueList,
  type PolicySource,
  type Statement,
} from '../lib/iam.js';

// ---------------------------------------------------------------------------------------------
// Task definitions and the roles they name.

/** A role a task definition names: the logical id of a role of this template, or the text it was given. */
export interface RoleRef {
  id: string | undefined;
  text: string | undefined;
}

export function roleRef(t: CfnTemplate, v: unknown): RoleRef | undefined {
  if (v === undefined || v === null) return undefined;
  const id = targetOf(v);
  if (id && resource(t, id)?.resource.Type === ROLE) return { id, text: undefined };
  return { id: undefined, text: resolveText(t, v) };
}

export function sameRole(a: RoleRef, b: RoleRef): boolean {
  if (a.id !== undefined || b.id !== undefined) return a.id === b.id;
  return a.text !== undefined && a.text === b.text;
}

export function taskDefinitions(t: CfnTemplate): NamedResource[] {
  return resources(t, TASK_DEFINITION);
}

/** The role resource of this template a task definition names by one of its role properties. */
export function roleOfTask(
  t: CfnTemplate,
  td: NamedResource,
  prop: 'TaskRoleArn' | 'ExecutionRoleArn',
): string | undefined {
  return roleRef(t, td.props[prop])?.id;
}

// ---------------------------------------------------------------------------------------------
// ARNs.

/**
 * Whether a Resource entry covers every resource of a service or of a resource type: '*', 'arn:*',
 * 'arn:aws:s3:::*', or a whole type such as 'secret:*', 'key/*' or 'parameter/*'. A placeholder (a reference) is
 * never broad: it names one resource of the stack.
 */
export function isBroadResource(text: string): boolean {
  if (text === '*') return true;
  if (!text.startsWith('arn:')) return false;
  const parts = arnParts(text);
  if (parts.length < 6) return text.includes('*');
  const service = parts[2] ?? '';
  if (service.includes('*')) return true;
  const rest = parts.slice(5).join(':');
  if (rest === '' || rest === '*') return true;
  return service !== 's3' && /^[A-Za-z0-9-]+[/:]\*$/.test(rest);
}

/**
 * An ARN's colon-separated fields, with placeholders kept whole: '${AWS::Region}' holds colons of its own, so it
 * is masked while splitting ('${AWS::AccountId}' comes back as '${AWS::AccountId}').
 */
export function arnParts(text: string): string[] {
  const MASK = '\u0000';
  const masked = text.replace(/\$\{[^}]*\}/g, (m) => m.replaceAll(':', MASK));
  return masked.split(':').map((p) => p.replaceAll(MASK, ':'));
}

/**
 * The logical ids a Resource entry refers to: references inside its intrinsics, and `${Name}` placeholders left in
 * text (a policy written as a Sub of JSON text resolves to text that still names them).
 */
export function refsOf(raw: unknown, text: string | undefined): string[] {
  const out = new Set<string>(referencesIn(raw));
  for (const m of (text ?? '').matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g)) out.add(m[1]!);
  return [...out];
}

export { stringList };
