// The CloudFormation model that template rules share: find resources, follow Ref/GetAtt/Sub between them,
// and read literal values where a template gives them. Rules work on the long form the parser produces,
// which is also what CDK synthesizes, so the same rules serve CloudFormation and CDK labs.
import { isRecord } from '../../engine/parsers/record.js';
import type { CfnResource, CfnTemplate, DataPath } from '../../engine/types.js';

export type Json = unknown;

export interface NamedResource {
  /** Logical id. */
  name: string;
  resource: CfnResource;
  /** Data path of the resource, for ctx.report(…, [...path, 'Properties', 'X']). */
  path: DataPath;
  props: Record<string, unknown>;
}

/** Re-exported so template rules take everything they share from this module; implemented once, in the engine. */
export { isRecord };

/**
 * Every resource of a template, built once per template: rules look resources up by name inside loops over
 * resources, and rebuilding the list for each lookup made that quadratic. Templates are never changed after
 * parsing, so the list stays true; callers get copies.
 */
const ALL = new WeakMap<CfnTemplate, { list: NamedResource[]; byName: Map<string, NamedResource> }>();

function indexOf(t: CfnTemplate): { list: NamedResource[]; byName: Map<string, NamedResource> } {
  let index = ALL.get(t);
  if (!index) {
    const list: NamedResource[] = [];
    for (const [name, resource] of Object.entries(t.Resources ?? {})) {
      if (!isRecord(resource)) continue;
      list.push({
        name,
        resource,
        path: ['Resources', name],
        props: isRecord(resource.Properties) ? resource.Properties : {},
      });
    }
    index = { list, byName: new Map(list.map((r) => [r.name, r])) };
    ALL.set(t, index);
  }
  return index;
}

/** Resources in template order, optionally of one or more types. */
export function resources(t: CfnTemplate, ...types: string[]): NamedResource[] {
  const { list } = indexOf(t);
  return types.length ? list.filter((r) => types.includes(String(r.resource.Type))) : [...list];
}

export function resource(t: CfnTemplate, name: string): NamedResource | undefined {
  return indexOf(t).byName.get(name);
}

/** Safe property access along a path of keys and indexes. */
export function get(value: unknown, path: DataPath): unknown {
  let cur: unknown = value;
  for (const seg of path) {
    if (typeof seg === 'number') cur = Array.isArray(cur) ? cur[seg] : undefined;
    else cur = isRecord(cur) ? cur[seg] : undefined;
    if (cur === undefined) return undefined;
  }
  return cur;
}

const INTRINSIC = /^(Ref|Condition|Fn::[A-Za-z]+)$/;

/** `{ "Ref": … }`, `{ "Fn::GetAtt": … }` and friends: a single-key object naming an intrinsic function. */
export function isIntrinsic(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const keys = Object.keys(v);
  return keys.length === 1 && INTRINSIC.test(keys[0]!);
}

/** The logical id a value points at directly: `!Ref X`, `!GetAtt X.Attr`, or a Sub that is only `${X}`/`${X.Attr}`. */
export function targetOf(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  if (typeof v['Ref'] === 'string') return v['Ref'];
  const ga = v['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[0] === 'string') return ga[0];
  if (typeof ga === 'string') return ga.split('.')[0];
  const sub = v['Fn::Sub'];
  const s =
    typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  const m = s === undefined ? null : /^\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}$/.exec(s);
  return m?.[1];
}

/** The attribute named by a GetAtt (`Arn`, `GroupId`, `Endpoint.Address`), if the value is one. */
export function attributeOf(v: unknown): string | undefined {
  if (!isRecord(v)) return undefined;
  const ga = v['Fn::GetAtt'];
  if (Array.isArray(ga) && typeof ga[1] === 'string') return ga[1];
  if (typeof ga === 'string' && ga.includes('.')) return ga.slice(ga.indexOf('.') + 1);
  return undefined;
}

/** Every logical id (resource or parameter) a value refers to anywhere inside it, including `${X}` in Subs. */
export function referencesIn(v: unknown): Set<string> {
  const out = new Set<string>();
  const stack: unknown[] = [v];
  while (stack.length) {
    const cur = stack.pop();
    if (Array.isArray(cur)) {
      stack.push(...cur);
      continue;
    }
    if (!isRecord(cur)) continue;
    const direct = targetOf(cur);
    if (direct && !direct.startsWith('AWS::')) out.add(direct);
    const sub = cur['Fn::Sub'];
    const s =
      typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    if (s)
      for (const m of s.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g))
        if (!m[1]!.startsWith('AWS')) out.add(m[1]!);
    stack.push(...Object.values(cur));
  }
  return out;
}

/** Whether a value refers to the named resource (directly, or anywhere inside an intrinsic). */
export function refersTo(v: unknown, logicalId: string): boolean {
  return referencesIn(v).has(logicalId);
}

export type Resolved = { known: true; value: unknown } | { known: false; why: string };

/**
 * The literal value of a property where the template fixes it: a plain value, or a `Ref` to a parameter
 * with a `Default`. Anything decided at deploy time (conditions, imports, pseudo parameters) is unknown.
 */
export function literal(t: CfnTemplate, v: unknown): Resolved {
  if (!isIntrinsic(v)) return { known: true, value: v };
  const ref = isRecord(v) && typeof v['Ref'] === 'string' ? v['Ref'] : undefined;
  if (ref && isRecord(t.Parameters?.[ref]) && t.Parameters[ref]['Default'] !== undefined) {
    return { known: true, value: t.Parameters[ref]['Default'] };
  }
  return { known: false, why: `decided at deploy time (${Object.keys(v as object)[0]})` };
}

/** A literal as a number, accepting numeric strings ("1024") as CloudFormation does. */
export function literalNumber(t: CfnTemplate, v: unknown): number | undefined {
  const r = literal(t, v);
  if (!r.known) return undefined;
  if (typeof r.value === 'number') return r.value;
  if (typeof r.value === 'string' && r.value.trim() !== '' && Number.isFinite(Number(r.value)))
    return Number(r.value);
  return undefined;
}

export function literalString(t: CfnTemplate, v: unknown): string | undefined {
  const r = literal(t, v);
  if (!r.known) return undefined;
  return typeof r.value === 'string' || typeof r.value === 'number' || typeof r.value === 'boolean'
    ? String(r.value)
    : undefined;
}

/** CloudFormation booleans may be true/false or the strings "true"/"false". */
export function literalBool(t: CfnTemplate, v: unknown): boolean | undefined {
  const s = literalString(t, v);
  return s === undefined
    ? undefined
    : s.toLowerCase() === 'true'
      ? true
      : s.toLowerCase() === 'false'
        ? false
        : undefined;
}

/** A list property as an array (a literal list), or undefined when it is computed (`!Split`, `!Ref` to a list). */
export function literalList(t: CfnTemplate, v: unknown): unknown[] | undefined {
  const r = literal(t, v);
  if (r.known && Array.isArray(r.value)) return r.value;
  if (r.known && typeof r.value === 'string' && isRecord(v)) return r.value.split(',').map((s) => s.trim());
  return undefined;
}

/** The resource a value points at, if it points at a resource of this template. */
export function targetResource(t: CfnTemplate, v: unknown): NamedResource | undefined {
  const id = targetOf(v);
  return id ? resource(t, id) : undefined;
}

/** Resources whose properties refer to the named resource anywhere. */
export function referrers(t: CfnTemplate, logicalId: string, ...types: string[]): NamedResource[] {
  return resources(t, ...types).filter((r) => refersTo(r.resource.Properties, logicalId));
}

// ---------------------------------------------------------------------------------------------
// Parameters and their types.

/** A template parameter as declared: its type, description and default. */
export interface ParameterInfo {
  name: string;
  /** `Type` as written, such as `List<AWS::EC2::Subnet::Id>`. */
  type: string | undefined;
  description: string | undefined;
  hasDefault: boolean;
  path: DataPath;
}

/** The parameter of this template with that logical id, if it declares one. */
export function parameter(t: CfnTemplate, name: string): ParameterInfo | undefined {
  const p = t.Parameters?.[name];
  if (!isRecord(p)) return undefined;
  return {
    name,
    type: typeof p['Type'] === 'string' ? p['Type'].trim() : undefined,
    description: typeof p['Description'] === 'string' ? p['Description'] : undefined,
    hasDefault: p['Default'] !== undefined,
    path: ['Parameters', name],
  };
}

/**
 * What a parameter type holds: one value or a list, of an AWS-specific type (`AWS::EC2::Subnet::Id`) or
 * plain text, and whether it is read from Systems Manager Parameter Store. CloudFormation validates an
 * AWS-specific type against the account when the stack is created, so the type itself is a statement the
 * template makes: `List<AWS::EC2::Subnet::Id>` can only hold subnet ids.
 */
export function parameterValueType(type: string | undefined): {
  list: boolean;
  awsType: string | undefined;
  ssm: boolean;
} {
  let s = (type ?? '').trim();
  let ssm = false;
  const ssmMatch = /^AWS::SSM::Parameter::Value<(.*)>$/.exec(s);
  if (ssmMatch) {
    ssm = true;
    s = ssmMatch[1]!.trim();
  }
  const listMatch = /^List<(.*)>$/.exec(s);
  if (listMatch) {
    const inner = listMatch[1]!.trim();
    return { list: true, awsType: inner.startsWith('AWS::') ? inner : undefined, ssm };
  }
  if (s === 'CommaDelimitedList') return { list: true, awsType: undefined, ssm };
  return { list: false, awsType: s.startsWith('AWS::') ? s : undefined, ssm };
}
