// Helper module (exports no rule): reads ECR resources from a template — repositories and their literal names,
// registry-wide scanning filters, and JSON properties that may be written as objects or as JSON strings (policy
// documents are read through ../lib/policy.ts).
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord } from '../../engine/parsers/record.js';
import { isIntrinsic, literal, literalString, resources, type NamedResource } from '../lib/cloudformation.js';

export function repositories(t: CfnTemplate): NamedResource[] {
  return resources(t, 'AWS::ECR::Repository');
}

/** The repository's name when the template fixes it (CloudFormation generates one when it is absent). */
export function repositoryName(t: CfnTemplate, repo: NamedResource): string | undefined {
  return literalString(t, repo.props['RepositoryName']);
}

/**
 * A repository name (or a filter) as far as the template fixes it: literal text, with every part decided at deploy
 * time (`${AWS::StackName}` in a Sub, a `Ref` in a Join) replaced by a token that names the variable. Filter text
 * is `[a-z0-9._/*-]`, so no literal filter character ever matches a token; a `*` can absorb one, and two names
 * built from the same variable carry the same token. So a match computed on these strings holds whatever the
 * stack is called, and a mismatch before the first token holds for every stack name too.
 */
export type NamePattern = string;

// Private-use code points: never in a name or filter, and not control characters.
const TOKEN_START = '\ue000';
const TOKEN_END = '\ue001';
const token = (variable: string): string => `${TOKEN_START}${variable}${TOKEN_END}`;

/** Whether the pattern has a part decided at deploy time. */
export function isComputed(p: NamePattern): boolean {
  return p.includes(TOKEN_START);
}

/** The literal text after the pattern's last deploy-time part ('-web' of '${AWS::StackName}-web'). */
export function literalTail(p: NamePattern): string {
  return p.slice(p.lastIndexOf(TOKEN_END) + 1);
}

/** The pattern as learners wrote it: `${AWS::StackName}-web`. */
export function describePattern(p: NamePattern): string {
  return p.replace(/\ue000([^\ue001]*)\ue001/g, '$${$1}');
}

/**
 * The pattern of a name-like value: a literal (or a parameter's Default), a `Fn::Sub` string (its own variables
 * substituted where they are literal), or a `Fn::Join` of such parts. `undefined` for anything else.
 */
export function namePattern(t: CfnTemplate, v: unknown): NamePattern | undefined {
  const lit = literalString(t, v);
  if (lit !== undefined) return lit;
  if (!isRecord(v)) return undefined;
  if (typeof v['Ref'] === 'string') return token(v['Ref']);
  const sub = v['Fn::Sub'];
  if (typeof sub === 'string' || (Array.isArray(sub) && typeof sub[0] === 'string')) {
    const text = typeof sub === 'string' ? sub : (sub[0] as string);
    const vars = Array.isArray(sub) && isRecord(sub[1]) ? sub[1] : {};
    return text.replace(/\$\{([^}!][^}]*)\}/g, (_m, name: string) => {
      const own = vars[name];
      return own !== undefined ? (namePattern(t, own) ?? token(name)) : token(name);
    });
  }
  const join = v['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    const parts = join[1].map((p: unknown) => namePattern(t, p));
    return parts.every((p): p is string => p !== undefined) ? parts.join(join[0]) : undefined;
  }
  return undefined;
}

/** The repository's name as a pattern, or undefined when CloudFormation generates it (or it cannot be read). */
export function repositoryNamePattern(t: CfnTemplate, repo: NamedResource): NamePattern | undefined {
  return namePattern(t, repo.props['RepositoryName']);
}

/**
 * Whether a registry scanning filter matches the repository name for every stack name. Per the ECR guide
 * (image-scanning-filters.html), a filter without a wildcard matches every repository name that CONTAINS it; a
 * filter with `*` matches the whole name, each `*` standing for zero or more characters.
 */
export function scanFilterMatches(filter: NamePattern, name: NamePattern): boolean {
  return filter.includes('*') ? wildcardMatch(filter, name) : name.includes(filter);
}

/**
 * A replication PREFIX_MATCH filter against a repository name: 'yes' when it matches whatever the stack is called,
 * 'no' when it cannot match for any stack name (the texts differ before any deploy-time part), 'unknown' otherwise.
 */
export function prefixMatches(prefix: NamePattern, name: NamePattern): 'yes' | 'no' | 'unknown' {
  if (name.startsWith(prefix)) return 'yes';
  let i = 0;
  while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
  if (i === prefix.length) return 'yes';
  if (i === name.length) return isComputed(prefix.slice(i)) ? 'unknown' : 'no';
  return prefix[i] === TOKEN_START || name[i] === TOKEN_START || isComputed(prefix.slice(0, i))
    ? 'unknown'
    : 'no';
}

/** ECR filter wildcards: `*` matches any run of characters; everything else is literal. */
export function wildcardMatch(pattern: string, name: string): boolean {
  const re = new RegExp(
    `^${pattern
      .split('*')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return re.test(name);
}

export type JsonValue =
  | { kind: 'absent' }
  | { kind: 'computed' }
  | { kind: 'notJson'; error: string }
  | { kind: 'wrongType' }
  | { kind: 'ok'; value: unknown; fromString: boolean };

/**
 * A property holding a JSON document: CloudFormation accepts an object for `RepositoryPolicyText`, and a JSON
 * string for both it and `LifecyclePolicyText`. `allowObject` says whether an object is acceptable.
 */
export function jsonProperty(t: CfnTemplate, raw: unknown, allowObject: boolean): JsonValue {
  if (raw === undefined || raw === null) return { kind: 'absent' };
  if (isIntrinsic(raw)) {
    const r = literal(t, raw);
    if (!r.known) return { kind: 'computed' };
    raw = r.value;
  }
  if (typeof raw === 'string') {
    try {
      return { kind: 'ok', value: JSON.parse(raw) as unknown, fromString: true };
    } catch (e) {
      return { kind: 'notJson', error: e instanceof Error ? e.message : String(e) };
    }
  }
  if (isRecord(raw) && allowObject) return { kind: 'ok', value: raw, fromString: false };
  return { kind: 'wrongType' };
}

/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
export function asText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v) ?? 'nothing';
  } catch {
    return 'an unreadable value';
  }
}
