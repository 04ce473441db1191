// Helper module (exports no rule): what the multi-region rules (MRG) and the lab 14 rubric share. The Region names
// AWS has, the literals that tie a template to one Region, account or partition, the destinations of an ECR
// replication configuration, Route 53 routing records and health checks, the per-Region parameter files
// (parameters/<region>.json) and the recovery file (recovery.yaml).
import type { CfnTemplate, DataPath, TextDoc, JsonDoc } from '../../engine/types.js';
import { parseJson } from '../../engine/parsers/json.js';
import {
  isIntrinsic,
  isRecord,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';

/**
 * Every Region name cfn-lint 1.51.0 knows (`cfnlint.helpers.REGIONS`, which it takes from AWS's published endpoint
 * data), in all partitions. The AWS list is at https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html.
 * Literal detection uses every partition, since any of them ties a template to one Region.
 */
export const REGIONS: readonly string[] = [
  'af-south-1',
  'ap-east-1',
  'ap-east-2',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-south-2',
  'ap-southeast-1',
  'ap-southeast-2',
  'ap-southeast-3',
  'ap-southeast-4',
  'ap-southeast-5',
  'ap-southeast-6',
  'ap-southeast-7',
  'ca-central-1',
  'ca-west-1',
  'cn-north-1',
  'cn-northwest-1',
  'eu-central-1',
  'eu-central-2',
  'eu-isoe-west-1',
  'eu-north-1',
  'eu-south-1',
  'eu-south-2',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'eusc-de-east-1',
  'il-central-1',
  'me-central-1',
  'me-south-1',
  'mx-central-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-gov-east-1',
  'us-gov-west-1',
  'us-iso-east-1',
  'us-iso-west-1',
  'us-isob-east-1',
  'us-isob-west-1',
  'us-isof-east-1',
  'us-isof-south-1',
  'us-west-1',
  'us-west-2',
];

/** The commercial (`aws` partition) Regions: the ones a parameter file may be named after in this course. */
export const COMMERCIAL_REGIONS: readonly string[] = REGIONS.filter(
  (r) => !/^(cn-|us-gov-|us-iso|eu-isoe-|eusc-)/.test(r),
);

export function isRegion(s: unknown): s is string {
  return typeof s === 'string' && REGIONS.includes(s);
}

// ---------------------------------------------------------------------------------------------
// Literals that tie a template to one Region, account or partition.

export type LiteralKind = 'region' | 'zone' | 'account' | 'partition';

const byLength = [...REGIONS].sort((a, b) => b.length - a.length);
/** A Region name, or a zone name (the Region and one letter), standing alone in a text. */
const REGION_IN_TEXT = new RegExp(`(?<![A-Za-z0-9-])(${byLength.join('|')})([a-z])?(?![A-Za-z0-9-])`, 'g');
/** Twelve digits standing alone: an account id (in an ARN, an ECR registry host, a RegistryId). */
const ACCOUNT_IN_TEXT = /(?<![A-Za-z0-9])\d{12}(?![A-Za-z0-9])/g;
/** An ARN that spells its partition ('arn:aws:', 'arn:aws-cn:') instead of '${AWS::Partition}'. */
const PARTITION_IN_TEXT = /(?<![A-Za-z0-9])arn:(aws(?:-[a-z]+)*):/g;

export interface RegionalLiteral {
  kind: LiteralKind;
  value: string;
}

/** Every literal of the four kinds in one text, in order of appearance. */
export function regionalLiterals(text: string): RegionalLiteral[] {
  const found: { at: number; lit: RegionalLiteral }[] = [];
  for (const m of text.matchAll(REGION_IN_TEXT))
    found.push({ at: m.index, lit: { kind: m[2] ? 'zone' : 'region', value: m[0] } });
  for (const m of text.matchAll(ACCOUNT_IN_TEXT))
    found.push({ at: m.index, lit: { kind: 'account', value: m[0] } });
  for (const m of text.matchAll(PARTITION_IN_TEXT))
    found.push({ at: m.index, lit: { kind: 'partition', value: `arn:${m[1]!}:` } });
  return found.sort((a, b) => a.at - b.at).map((f) => f.lit);
}

// ---------------------------------------------------------------------------------------------
// ECR replication destinations.

export const REPLICATION = 'AWS::ECR::ReplicationConfiguration';

export type Destination =
  | { kind: 'own'; path: DataPath; config: string }
  | { kind: 'literal'; path: DataPath; config: string; region: string }
  | { kind: 'parameter'; path: DataPath; config: string; parameter: string }
  /** `!FindInMap [Map, !Ref AWS::Region, Key]` whose every entry names a Region other than its own key. */
  | { kind: 'mapping'; path: DataPath; config: string; map: string }
  | { kind: 'bad'; path: DataPath; config: string; value: string }
  | { kind: 'unreadable'; path: DataPath; config: string };

/** `!Ref AWS::Region` or `!Sub '${AWS::Region}'`: the stack's own Region. */
export function isOwnRegion(v: unknown): boolean {
  return isRecord(v) && (v['Ref'] === 'AWS::Region' || v['Fn::Sub'] === '${AWS::Region}');
}

/** A FindInMap keyed by the stack's Region whose entries all name another Region: the map's name, else undefined. */
function regionMapping(t: CfnTemplate, v: unknown): string | undefined {
  const args = isRecord(v) ? v['Fn::FindInMap'] : undefined;
  if (
    !Array.isArray(args) ||
    typeof args[0] !== 'string' ||
    !isOwnRegion(args[1]) ||
    typeof args[2] !== 'string'
  )
    return undefined;
  const map = isRecord(t.Mappings) ? t.Mappings[args[0]] : undefined;
  if (!isRecord(map) || Object.keys(map).length === 0) return undefined;
  const key = args[2];
  return Object.entries(map).every(
    ([region, row]) => isRecord(row) && isRegion(row[key]) && row[key] !== region,
  )
    ? args[0]
    : undefined;
}

/** Every destination Region of every replication rule of the template, classified. */
export function replicationDestinations(t: CfnTemplate): Destination[] {
  const out: Destination[] = [];
  for (const cfg of resources(t, REPLICATION)) {
    const rc = cfg.props['ReplicationConfiguration'];
    const rules = isRecord(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
    rules.forEach((r: unknown, i) => {
      const dests = isRecord(r) && Array.isArray(r['Destinations']) ? r['Destinations'] : [];
      dests.forEach((d: unknown, j) => {
        const path: DataPath = [
          ...cfg.path,
          'Properties',
          'ReplicationConfiguration',
          'Rules',
          i,
          'Destinations',
          j,
          'Region',
        ];
        const raw = isRecord(d) ? d['Region'] : undefined;
        const config = cfg.name;
        if (raw === undefined) return; // cfn-lint E3003 reports the missing property
        if (isOwnRegion(raw)) out.push({ kind: 'own', path, config });
        else if (typeof raw === 'string')
          out.push(
            isRegion(raw)
              ? { kind: 'literal', path, config, region: raw }
              : { kind: 'bad', path, config, value: raw },
          );
        else if (isRecord(raw) && typeof raw['Ref'] === 'string' && isRecord(t.Parameters?.[raw['Ref']]))
          out.push({ kind: 'parameter', path, config, parameter: raw['Ref'] });
        else {
          const map = regionMapping(t, raw);
          out.push(map ? { kind: 'mapping', path, config, map } : { kind: 'unreadable', path, config });
        }
      });
    });
  }
  return out;
}

/**
 * Whether the template's `Rules` section asserts that the parameter differs from the stack's Region:
 * `Fn::Not [ Fn::Equals [ !Ref P, !Ref AWS::Region ] ]`, in either order, in some rule's assertions.
 */
export function assertsOtherRegion(t: CfnTemplate, param: string): boolean {
  const rules = isRecord(t['Rules']) ? t['Rules'] : {};
  const stack: unknown[] = [rules];
  while (stack.length) {
    const cur = stack.pop();
    if (Array.isArray(cur)) {
      stack.push(...cur);
      continue;
    }
    if (!isRecord(cur)) continue;
    const not = cur['Fn::Not'];
    const eq = Array.isArray(not) && isRecord(not[0]) ? not[0]['Fn::Equals'] : undefined;
    if (Array.isArray(eq) && eq.length === 2) {
      const refs = eq.map((e: unknown) => (isRecord(e) ? e['Ref'] : undefined));
      if (refs.includes(param) && refs.includes('AWS::Region')) return true;
    }
    stack.push(...Object.values(cur));
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Route 53 records and health checks.

export const RECORD_SET = 'AWS::Route53::RecordSet';
export const RECORD_SET_GROUP = 'AWS::Route53::RecordSetGroup';
export const HEALTH_CHECK = 'AWS::Route53::HealthCheck';
export const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

export type RoutingPolicy = 'failover' | 'latency' | 'weighted';

export interface DnsRecord {
  /** The resource holding it: a RecordSet, or the RecordSetGroup. */
  owner: NamedResource;
  /** `Name` of the owner, or `Name[i]` of a group's record. */
  label: string;
  props: Record<string, unknown>;
  path: DataPath;
  policy: RoutingPolicy | undefined;
}

/** Every record of the template: RecordSets and every entry of every RecordSetGroup. */
export function dnsRecords(t: CfnTemplate): DnsRecord[] {
  const out: DnsRecord[] = [];
  const policyOf = (p: Record<string, unknown>): RoutingPolicy | undefined =>
    p['Failover'] !== undefined
      ? 'failover'
      : p['Region'] !== undefined
        ? 'latency'
        : p['Weight'] !== undefined
          ? 'weighted'
          : undefined;
  for (const r of resources(t, RECORD_SET, RECORD_SET_GROUP)) {
    if (r.resource.Type === RECORD_SET) {
      out.push({
        owner: r,
        label: r.name,
        props: r.props,
        path: [...r.path, 'Properties'],
        policy: policyOf(r.props),
      });
      continue;
    }
    const list = Array.isArray(r.props['RecordSets']) ? r.props['RecordSets'] : [];
    list.forEach((rec: unknown, i) => {
      if (!isRecord(rec)) return;
      out.push({
        owner: r,
        label: `${r.name}.RecordSets[${i}]`,
        props: rec,
        path: [...r.path, 'Properties', 'RecordSets', i],
        policy: policyOf(rec),
      });
    });
  }
  return out;
}

/** The routing records: failover, latency and weighted. */
export function routingRecords(t: CfnTemplate): DnsRecord[] {
  return dnsRecords(t).filter((r) => r.policy !== undefined);
}

/** The health check resource of this stack a record names in `HealthCheckId`, if it does. */
export function healthCheckOf(t: CfnTemplate, rec: DnsRecord): NamedResource | undefined {
  const id = targetOf(rec.props['HealthCheckId']);
  const hc = id ? resource(t, id) : undefined;
  return hc?.resource.Type === HEALTH_CHECK ? hc : undefined;
}

/** The load balancer of this stack an alias record points at (`!GetAtt LoadBalancer.DNSName`), if any. */
export function aliasLoadBalancer(t: CfnTemplate, rec: DnsRecord): NamedResource | undefined {
  const alias = rec.props['AliasTarget'];
  if (!isRecord(alias)) return undefined;
  const id = targetOf(alias['DNSName']);
  const lb = id ? resource(t, id) : undefined;
  return lb?.resource.Type === LOAD_BALANCER ? lb : undefined;
}

/** Whether the value is literal text, not decided per stack (no Ref, GetAtt or Sub variable). */
export function isFixedText(v: unknown): boolean {
  if (typeof v === 'string' || typeof v === 'number') return true;
  if (!isIntrinsic(v)) return false;
  const sub = v['Fn::Sub'];
  return typeof sub === 'string' && !/\$\{[^!]/.test(sub);
}

/** The literal failover roles a Failover value can take: one literal, the two branches of an If, or none. */
export function failoverRoles(v: unknown): string[] | undefined {
  if (typeof v === 'string') return [v];
  const branches = isRecord(v) ? v['Fn::If'] : undefined;
  if (Array.isArray(branches) && typeof branches[1] === 'string' && typeof branches[2] === 'string')
    return [branches[1], branches[2]];
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Parameter files: parameters/<region>.json.

/** The path of a parameter file inside a submission: a file directly in a folder named 'parameters'. */
const PARAMETER_FILE = /(?:^|\/)parameters\/([^/]+)$/;

export interface ParameterEntry {
  value: unknown;
  /** Where the value sits in the file. */
  path: DataPath;
  /** Where the key sits. */
  keyPath: DataPath;
}

export interface ParameterFile {
  file: string;
  /** The file name without '.json'. */
  name: string;
  /** The Region the file is named after, if it is one. */
  region: string | undefined;
  format: 'cli' | 'pipeline' | undefined;
  json: JsonDoc | undefined;
  /** By parameter key; the first occurrence when a key repeats. */
  entries: Map<string, ParameterEntry>;
  problems: { id: ParameterProblem; data: Record<string, string | number>; line: number; column: number }[];
}

export type ParameterProblem =
  'notJson' | 'invalidJson' | 'notRegionName' | 'badShape' | 'badEntry' | 'notString' | 'duplicateKey';

/** The files of a file set that sit in the 'parameters' folder (the lab folder's own, or the set itself). */
export function parameterTexts(files: readonly TextDoc[]): TextDoc[] {
  return files.filter((f) => PARAMETER_FILE.test(f.file));
}

/** Reads one parameter file in either accepted format; what is wrong with it is in `problems`. */
export function readParameterFile(f: TextDoc): ParameterFile {
  const base = PARAMETER_FILE.exec(f.file)?.[1] ?? f.file;
  const name = base.replace(/\.json$/, '');
  const out: ParameterFile = {
    file: f.file,
    name,
    region: COMMERCIAL_REGIONS.includes(name) ? name : undefined,
    format: undefined,
    json: undefined,
    entries: new Map(),
    problems: [],
  };
  if (!base.endsWith('.json')) {
    out.problems.push({ id: 'notJson', data: { file: f.file }, line: 1, column: 1 });
    return out;
  }
  if (!out.region)
    out.problems.push({ id: 'notRegionName', data: { file: f.file, name }, line: 1, column: 1 });
  const parsed = parseJson(f.file, f.text);
  if (!parsed.ok) {
    const first = parsed.findings[0];
    out.problems.push({
      id: 'invalidJson',
      data: { file: f.file, why: first?.message ?? 'it cannot be read' },
      line: first?.line ?? 1,
      column: first?.column ?? 1,
    });
    return out;
  }
  const doc = parsed.doc;
  out.json = doc;
  const problem = (id: ParameterProblem, data: Record<string, string | number>, path: DataPath) =>
    out.problems.push({ id, data: { file: f.file, ...data }, ...doc.locate(path) });
  const add = (key: string, value: unknown, path: DataPath, keyPath: DataPath) => {
    if (out.entries.has(key)) {
      problem('duplicateKey', { key }, keyPath);
      return;
    }
    if (typeof value !== 'string') problem('notString', { key }, path);
    out.entries.set(key, { value, path, keyPath });
  };
  const v = doc.value;
  if (Array.isArray(v)) {
    out.format = 'cli';
    v.forEach((e: unknown, i) => {
      if (!isRecord(e) || typeof e['ParameterKey'] !== 'string' || !('ParameterValue' in e)) {
        problem('badEntry', { index: i + 1 }, [i]);
        return;
      }
      add(e['ParameterKey'], e['ParameterValue'], [i, 'ParameterValue'], [i, 'ParameterKey']);
    });
  } else if (isRecord(v) && isRecord(v['Parameters'])) {
    out.format = 'pipeline';
    for (const [k, value] of Object.entries(v['Parameters']))
      add(k, value, ['Parameters', k], ['Parameters', k]);
  } else problem('badShape', {}, []);
  return out;
}

/** Every parameter file of the set, read. */
export function parameterFiles(files: readonly TextDoc[]): ParameterFile[] {
  return parameterTexts(files).map(readParameterFile);
}

// ---------------------------------------------------------------------------------------------
// recovery.yaml.

/** The four strategies of the AWS disaster recovery whitepaper, as the file spells them. */
export const STRATEGIES = [
  'backup-and-restore',
  'pilot-light',
  'warm-standby',
  'multi-site-active-active',
] as const;
export type Strategy = (typeof STRATEGIES)[number];

/**
 * The shortest RTO each strategy can honestly claim, in seconds, from the whitepaper's figure of the strategies
 * ("RPO/RTO: hours" for backup and restore, "tens of minutes" for pilot light, "minutes" for warm standby,
 * "real-time" for multi-site active/active).
 */
export const RTO_FLOOR: Readonly<Record<Strategy, number>> = {
  'backup-and-restore': 3600,
  'pilot-light': 600,
  'warm-standby': 60,
  'multi-site-active-active': 0,
};

export const TRAFFIC = ['failover', 'latency', 'weighted'] as const;
export const IMAGES = ['replicated', 'rebuilt'] as const;
export const RECOVERY_FIELDS = ['strategy', 'rto', 'rpo', 'regions', 'traffic', 'images', 'how'] as const;

const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** An ISO 8601 duration of days, hours, minutes and seconds ('PT15M', 'P1DT2H') in seconds; undefined otherwise. */
export function durationSeconds(v: unknown): number | undefined {
  if (typeof v !== 'string') return undefined;
  const m = DURATION.exec(v.trim());
  if (!m || v.trim() === 'P' || v.trim().endsWith('T')) return undefined;
  const [d, h, min, s] = [m[1], m[2], m[3], m[4]].map((x) => Number(x ?? 0));
  return d! * 86400 + h! * 3600 + min! * 60 + s!;
}

/** The policies a traffic claim needs among the template's routing records. */
export function policiesFor(traffic: string): RoutingPolicy[] {
  return traffic === 'failover' ? ['failover'] : traffic === 'latency' ? ['latency'] : ['weighted'];
}
