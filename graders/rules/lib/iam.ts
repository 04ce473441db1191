// How rules read a template's roles and the identity policies that apply to them. A document can sit inline in a
// role's `Policies`, in an 'AWS::IAM::Policy' or 'AWS::IAM::ManagedPolicy' attached to roles (by their `Roles` list,
// or by a role's `ManagedPolicyArns`), and be an object or JSON text; its strings can be built with Sub or Join.
// Every reader resolves what the template itself fixes (literals, parameter Defaults, the partition) and keeps the
// rest as `${Name}` placeholders, so `!Sub '${Svc}:*'` with `Svc` defaulting to 's3' reads as 's3:*'. Learners'
// templates can hold anything, so every reader checks types and never throws. Lab 08's IAM rules and the roles
// lab 10's deployments assume are read through it.
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { tokensOf } from '../auto-scaling/model.js';
import {
  isRecord,
  literalString,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from './cloudformation.js';
import { actionMatches, policyDocument } from './policy.js';

export const ROLE = 'AWS::IAM::Role';
export const POLICY = 'AWS::IAM::Policy';
export const MANAGED_POLICY = 'AWS::IAM::ManagedPolicy';

// ---------------------------------------------------------------------------------------------
// Values as the template fixes them.

/**
 * The text a string value builds, with parameter Defaults and `AWS::Partition` ('aws') filled in and every other
 * reference kept as a `${Name}` or `${Name.Attr}` placeholder; undefined when an intrinsic the grader does not
 * follow decides part of it (If, Select, ImportValue).
 */
export function resolveText(t: CfnTemplate, v: unknown): string | undefined {
  const tokens = tokensOf(v);
  if (!tokens) return undefined;
  return tokens
    .map((tok) => {
      if ('text' in tok) return tok.text;
      if (!tok.attr) {
        if (tok.ref === 'AWS::Partition') return 'aws';
        const p = t.Parameters?.[tok.ref];
        const d = isRecord(p) ? p['Default'] : undefined;
        if (typeof d === 'string' || typeof d === 'number') return String(d);
      }
      return `\${${tok.ref}${tok.attr ? `.${tok.attr}` : ''}}`;
    })
    .join('');
}

/**
 * The entries of a string-or-list IAM field: a list's items, both branches of an `Fn::If`, a list parameter's
 * Default split at commas; `AWS::NoValue` contributes nothing.
 */
export function valueList(t: CfnTemplate, v: unknown, depth = 0): unknown[] {
  if (depth > 8 || v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => valueList(t, x, depth + 1));
  if (!isRecord(v)) return [v];
  const cond = v['Fn::If'];
  if (Array.isArray(cond) && cond.length === 3)
    return [...valueList(t, cond[1], depth + 1), ...valueList(t, cond[2], depth + 1)];
  const ref = v['Ref'];
  if (ref === 'AWS::NoValue') return [];
  if (typeof ref === 'string') {
    const p = t.Parameters?.[ref];
    const type = isRecord(p) && typeof p['Type'] === 'string' ? p['Type'] : '';
    const d = isRecord(p) ? p['Default'] : undefined;
    if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof d === 'string')
      return d.split(',').map((s) => s.trim());
  }
  return [v];
}

/** The resolved texts of a string-or-list field; entries the grader cannot read are left out. */
export function texts(t: CfnTemplate, v: unknown): string[] {
  return valueList(t, v).flatMap((x) => {
    const s = resolveText(t, x);
    return s === undefined ? [] : [s];
  });
}

// ---------------------------------------------------------------------------------------------
// Policy documents and their statements.

export interface Statement {
  st: Record<string, unknown>;
  /** Where to report: the statement itself when the document is an object, else the document property. */
  path: DataPath;
  /** How a message names it: "statement 'ReadUploads'" or "statement 2". */
  label: string;
  allow: boolean;
  /** `Action` entries as resolved text. */
  actions: string[];
  /** `Resource` entries as resolved text. */
  resources: string[];
}

export interface PolicySource {
  /** Logical id of the resource that holds the document. */
  owner: string;
  /** How a message names it: "role 'TaskRole' (policy 'app')", "policy 'AppPolicy'". */
  label: string;
  /** Logical ids of this template's roles the document applies to. */
  roles: string[];
  path: DataPath;
  statements: Statement[];
}

/** A document given as an object, JSON text, or a Sub of JSON text; undefined when it cannot be read. */
function readDocument(t: CfnTemplate, v: unknown): { doc: unknown; located: boolean } | undefined {
  if (isRecord(v) && !('Fn::Sub' in v) && !('Fn::Join' in v)) return { doc: v, located: true };
  const text = typeof v === 'string' ? v : resolveText(t, v);
  if (text === undefined) return undefined;
  const doc = policyDocument(text);
  return doc === undefined ? undefined : { doc, located: false };
}

/** The statements of a policy document, resolved. */
export function statementsOf(t: CfnTemplate, value: unknown, path: DataPath): Statement[] {
  const read = readDocument(t, value);
  if (!read || !isRecord(read.doc)) return [];
  const raw = read.doc['Statement'];
  const list: [unknown, number | null][] = Array.isArray(raw)
    ? raw.map((s, i): [unknown, number | null] => [s, i])
    : [[raw, null]];
  return list.flatMap(([st, index]) => {
    if (!isRecord(st)) return [];
    const sid = typeof st['Sid'] === 'string' && st['Sid'] !== '' ? st['Sid'] : undefined;
    const at: DataPath = !read.located
      ? path
      : index === null
        ? [...path, 'Statement']
        : [...path, 'Statement', index];
    return [
      {
        st,
        path: at,
        label: sid ? `statement '${sid}'` : `statement ${(index ?? 0) + 1}`,
        allow: resolveText(t, st['Effect']) === 'Allow',
        actions: texts(t, st['Action']),
        resources: texts(t, st['Resource']),
      },
    ];
  });
}

/** Logical ids of this template's roles a `Roles` list names (by `!Ref Role`). */
function rolesIn(t: CfnTemplate, v: unknown): string[] {
  return valueList(t, v).flatMap((x) => {
    const id = targetOf(x);
    return id && resource(t, id)?.resource.Type === ROLE ? [id] : [];
  });
}

/** Every identity policy document of the template and the roles each applies to. */
export function identityPolicies(t: CfnTemplate): PolicySource[] {
  const out: PolicySource[] = [];
  const roles = resources(t, ROLE);
  for (const role of roles) {
    const inline = role.props['Policies'];
    if (!Array.isArray(inline)) continue;
    inline.forEach((p: unknown, i) => {
      if (!isRecord(p)) return;
      const path = [...role.path, 'Properties', 'Policies', i, 'PolicyDocument'];
      const name = literalString(t, p['PolicyName']);
      out.push({
        owner: role.name,
        label: name ? `role '${role.name}' (policy '${name}')` : `role '${role.name}'`,
        roles: [role.name],
        path,
        statements: statementsOf(t, p['PolicyDocument'], path),
      });
    });
  }
  for (const p of resources(t, POLICY, MANAGED_POLICY)) {
    const path = [...p.path, 'Properties', 'PolicyDocument'];
    const attached = new Set(rolesIn(t, p.props['Roles']));
    if (p.resource.Type === MANAGED_POLICY)
      for (const role of roles)
        if (valueList(t, role.props['ManagedPolicyArns']).some((a) => targetOf(a) === p.name))
          attached.add(role.name);
    out.push({
      owner: p.name,
      label: `policy '${p.name}'`,
      roles: [...attached],
      path,
      statements: statementsOf(t, p.props['PolicyDocument'], path),
    });
  }
  return out;
}

/** The identity policies that apply to one role of the template. */
export function policiesOfRole(t: CfnTemplate, role: string): PolicySource[] {
  return identityPolicies(t).filter((p) => p.roles.includes(role));
}

/** The Allow statements that apply to a role, with the policy each comes from. */
export function allowsOfRole(t: CfnTemplate, role: string): { policy: PolicySource; s: Statement }[] {
  return policiesOfRole(t, role).flatMap((policy) =>
    policy.statements.filter((s) => s.allow).map((s) => ({ policy, s })),
  );
}

/** Whether a role's Allow statements grant an action (by name or by a wildcard pattern that covers it). */
export function roleAllows(t: CfnTemplate, role: string, action: string): boolean {
  return allowsOfRole(t, role).some(({ s }) => s.actions.some((a) => actionMatches(a, action)));
}

/** AWS managed policies a role attaches: their names (the part after 'policy/'), with where each is written. */
export function awsManagedPolicies(t: CfnTemplate, role: NamedResource): { name: string; path: DataPath }[] {
  const list = role.props['ManagedPolicyArns'];
  const entries = Array.isArray(list) ? list : [];
  return entries.flatMap((v: unknown, i) => {
    const text = resolveText(t, v);
    const m = text === undefined ? null : /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(text);
    return m ? [{ name: m[1]!, path: [...role.path, 'Properties', 'ManagedPolicyArns', i] }] : [];
  });
}
