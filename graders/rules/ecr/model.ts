// Helper module (exports no rule): reads ECR resources from a template — repositories and their literal names,
// registry-wide scanning filters, and JSON properties that may be written as objects or as JSON strings (policy
// documents are read through ../lib/policy.ts).
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord } from '../../engine/parsers/cloudformation.js';
import { isIntrinsic, literal, literalString, resources, type NamedResource } from '../lib/cloudformation.js';

export function repositories(t: CfnTemplate): NamedResource[] {
  return resources(t, 'AWS::ECR::Repository');
}

/** The repository's name when the template fixes it (CloudFormation generates one when it is absent). */
export function repositoryName(t: CfnTemplate, repo: NamedResource): string | undefined {
  return literalString(t, repo.props['RepositoryName']);
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
