// Helper module (exports no rule): the service-to-service model the SCN rules share. It follows Ref/GetAtt
// from each ECS service to the task definition, cluster and Cloud Map namespace it actually uses, so a rule
// can ask "does the PortName this service names exist in *its* task definition?" rather than "somewhere".
// Learners' templates can hold anything, so every accessor checks types and never throws.
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  attributeOf,
  isIntrinsic,
  isRecord,
  literalBool,
  literalNumber,
  literalString,
  referencesIn,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';

export const NAMESPACE_TYPES = [
  'AWS::ServiceDiscovery::HttpNamespace',
  'AWS::ServiceDiscovery::PrivateDnsNamespace',
  'AWS::ServiceDiscovery::PublicDnsNamespace',
] as const;

export interface PortMappingModel {
  index: number;
  path: DataPath;
  name: string | undefined;
  containerPort: number | undefined;
  appProtocol: unknown;
}

export interface EnvVarModel {
  name: string;
  path: DataPath;
  /** The value as text where the template fixes it (Sub/Join flattened, parameters at their defaults). */
  text: string | undefined;
}

export interface ContainerModel {
  index: number;
  /** The container's Name, or '#2' when it has none, for messages. */
  label: string;
  path: DataPath;
  def: Record<string, unknown>;
  essential: boolean;
  portMappings: PortMappingModel[];
  environment: EnvVarModel[];
}

export interface TaskDefinitionModel {
  name: string;
  path: DataPath;
  props: Record<string, unknown>;
  containers: ContainerModel[];
}

export interface ClientAliasModel {
  index: number;
  path: DataPath;
  dnsName: string | undefined;
  /** Raw DnsName, to tell "absent" from "computed". */
  rawDnsName: unknown;
  port: number | undefined;
  rawPort: unknown;
}

export interface ScServiceModel {
  index: number;
  path: DataPath;
  portName: string | undefined;
  rawPortName: unknown;
  discoveryName: string | undefined;
  aliases: ClientAliasModel[];
  rawAliases: unknown;
}

export interface ServiceConnectModel {
  path: DataPath;
  /** `Enabled` as a boolean where the template fixes it. */
  enabled: boolean | undefined;
  namespace: unknown;
  services: ScServiceModel[];
  logConfiguration: unknown;
}

export interface ServiceModel {
  name: string;
  path: DataPath;
  props: Record<string, unknown>;
  resource: NamedResource;
  /** The task definition resource the service references, when it is one of this template. */
  taskDefinition: TaskDefinitionModel | undefined;
  /** How TaskDefinition is given: a resource of the template, something else, or nothing. */
  taskDefinitionRef: 'resource' | 'missing' | 'other';
  cluster: NamedResource | undefined;
  /** The ServiceConnectConfiguration object, when there is one. */
  serviceConnect: ServiceConnectModel | undefined;
  /** True when ServiceConnectConfiguration is present but not an object (a Fn::If, a string…). */
  serviceConnectComputed: boolean;
  /** Cloud Map services this ECS service registers in through ServiceRegistries. */
  registries: NamedResource[];
}

export interface TemplateModel {
  template: CfnTemplate;
  services: ServiceModel[];
  taskDefinitions: Map<string, TaskDefinitionModel>;
  namespaces: NamedResource[];
}

const cache = new WeakMap<CfnTemplate, TemplateModel>();

/** The model of a template, built once per template and shared by every rule. */
export function modelOf(t: CfnTemplate): TemplateModel {
  let m = cache.get(t);
  if (!m) {
    m = build(t);
    cache.set(t, m);
  }
  return m;
}

function build(t: CfnTemplate): TemplateModel {
  const taskDefinitions = new Map<string, TaskDefinitionModel>();
  for (const r of resources(t, 'AWS::ECS::TaskDefinition'))
    taskDefinitions.set(r.name, readTaskDefinition(t, r));
  const services = resources(t, 'AWS::ECS::Service').map((r) => readService(t, r, taskDefinitions));
  return { template: t, services, taskDefinitions, namespaces: resources(t, ...NAMESPACE_TYPES) };
}

function readTaskDefinition(t: CfnTemplate, r: NamedResource): TaskDefinitionModel {
  const list = r.props['ContainerDefinitions'];
  const containers: ContainerModel[] = [];
  if (Array.isArray(list)) {
    list.forEach((def: unknown, index) => {
      if (!isRecord(def)) return;
      const path = [...r.path, 'Properties', 'ContainerDefinitions', index];
      const name = literalString(t, def['Name']);
      containers.push({
        index,
        label: name ?? `#${index + 1}`,
        path,
        def,
        essential: literalBool(t, def['Essential']) !== false,
        portMappings: readPortMappings(t, def['PortMappings'], [...path, 'PortMappings']),
        environment: readEnvironment(t, def['Environment'], [...path, 'Environment']),
      });
    });
  }
  return { name: r.name, path: r.path, props: r.props, containers };
}

function readPortMappings(t: CfnTemplate, v: unknown, at: DataPath): PortMappingModel[] {
  if (!Array.isArray(v)) return [];
  const out: PortMappingModel[] = [];
  v.forEach((pm: unknown, index) => {
    if (!isRecord(pm)) return;
    out.push({
      index,
      path: [...at, index],
      name: literalString(t, pm['Name']),
      containerPort: literalNumber(t, pm['ContainerPort']),
      appProtocol: pm['AppProtocol'],
    });
  });
  return out;
}

function readEnvironment(t: CfnTemplate, v: unknown, at: DataPath): EnvVarModel[] {
  if (!Array.isArray(v)) return [];
  const out: EnvVarModel[] = [];
  v.forEach((e: unknown, index) => {
    if (!isRecord(e)) return;
    out.push({
      name: literalString(t, e['Name']) ?? `#${index + 1}`,
      path: [...at, index, 'Value'],
      text: flatten(t, e['Value']),
    });
  });
  return out;
}

function readService(t: CfnTemplate, r: NamedResource, tds: Map<string, TaskDefinitionModel>): ServiceModel {
  const tdValue = r.props['TaskDefinition'];
  const tdTarget = targetOf(tdValue);
  const taskDefinition = tdTarget ? tds.get(tdTarget) : undefined;
  const clusterTarget = targetOf(r.props['Cluster']);
  const cluster = clusterTarget ? resource(t, clusterTarget) : undefined;
  const scValue = r.props['ServiceConnectConfiguration'];
  const registries: NamedResource[] = [];
  const regs = r.props['ServiceRegistries'];
  if (Array.isArray(regs)) {
    for (const reg of regs) {
      const target = isRecord(reg) ? targetOf(reg['RegistryArn']) : undefined;
      const res = target ? resource(t, target) : undefined;
      if (res && res.resource.Type === 'AWS::ServiceDiscovery::Service') registries.push(res);
    }
  }
  return {
    name: r.name,
    path: r.path,
    props: r.props,
    resource: r,
    taskDefinition,
    taskDefinitionRef: taskDefinition ? 'resource' : tdValue === undefined ? 'missing' : 'other',
    cluster: cluster?.resource.Type === 'AWS::ECS::Cluster' ? cluster : undefined,
    serviceConnect:
      isRecord(scValue) && !isIntrinsic(scValue)
        ? readServiceConnect(t, scValue, [...r.path, 'Properties', 'ServiceConnectConfiguration'])
        : undefined,
    serviceConnectComputed: scValue !== undefined && (!isRecord(scValue) || isIntrinsic(scValue)),
    registries,
  };
}

function readServiceConnect(
  t: CfnTemplate,
  sc: Record<string, unknown>,
  path: DataPath,
): ServiceConnectModel {
  const services: ScServiceModel[] = [];
  const list = sc['Services'];
  if (Array.isArray(list)) {
    list.forEach((s: unknown, index) => {
      if (!isRecord(s)) return;
      const at = [...path, 'Services', index];
      const aliases: ClientAliasModel[] = [];
      const rawAliases = s['ClientAliases'];
      if (Array.isArray(rawAliases)) {
        rawAliases.forEach((a: unknown, i) => {
          if (!isRecord(a)) return;
          aliases.push({
            index: i,
            path: [...at, 'ClientAliases', i],
            dnsName: literalString(t, a['DnsName']),
            rawDnsName: a['DnsName'],
            port: literalNumber(t, a['Port']),
            rawPort: a['Port'],
          });
        });
      }
      services.push({
        index,
        path: at,
        portName: literalString(t, s['PortName']),
        rawPortName: s['PortName'],
        discoveryName: literalString(t, s['DiscoveryName']),
        aliases,
        rawAliases,
      });
    });
  }
  return {
    path,
    enabled: literalBool(t, sc['Enabled']),
    namespace: sc['Namespace'],
    services,
    logConfiguration: sc['LogConfiguration'],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Questions the rules ask.

/** Service Connect is switched on: a configuration object with `Enabled: true`. */
export function usesServiceConnect(s: ServiceModel): boolean {
  return s.serviceConnect?.enabled === true;
}

/** A client-server service: Service Connect on, with at least one entry in `Services`. */
export function isServer(s: ServiceModel): boolean {
  return usesServiceConnect(s) && s.serviceConnect!.services.length > 0;
}

/** Every named port mapping of a task definition, with its container. */
export function namedPorts(
  td: TaskDefinitionModel,
): { container: ContainerModel; mapping: PortMappingModel }[] {
  return td.containers.flatMap((container) =>
    container.portMappings.filter((m) => m.name !== undefined).map((mapping) => ({ container, mapping })),
  );
}

export type NamespaceRef =
  | { kind: 'resource'; ns: NamedResource; how: 'arn' | 'name' }
  | { kind: 'id'; ns: NamedResource; how: 'ref' | 'getatt-id' }
  | { kind: 'not-namespace'; target: string; type: string }
  | { kind: 'name'; name: string }
  | { kind: 'arn'; arn: string }
  | { kind: 'computed' };

/**
 * What a `Namespace` value (a service's or the cluster default's) points at. ECS takes the namespace's name
 * or ARN; `!Ref` of a namespace returns its ID ('ns-…'), which is neither.
 */
export function resolveNamespace(t: CfnTemplate, v: unknown): NamespaceRef {
  const target = targetOf(v);
  if (target) {
    const ns = resource(t, target);
    if (!ns) return { kind: 'computed' };
    if (!(NAMESPACE_TYPES as readonly string[]).includes(ns.resource.Type))
      return { kind: 'not-namespace', target, type: ns.resource.Type };
    if (isRecord(v) && v['Ref'] !== undefined) return { kind: 'id', ns, how: 'ref' };
    const attr = attributeOf(v);
    if (attr === 'Id') return { kind: 'id', ns, how: 'getatt-id' };
    return { kind: 'resource', ns, how: 'arn' };
  }
  const text = literalString(t, v);
  if (text === undefined) return { kind: 'computed' };
  if (text.startsWith('arn:')) return { kind: 'arn', arn: text };
  const byName = resources(t, ...NAMESPACE_TYPES).find((ns) => literalString(t, ns.props['Name']) === text);
  return byName ? { kind: 'resource', ns: byName, how: 'name' } : { kind: 'name', name: text };
}

/** The Namespace a service's Service Connect uses: its own, or else its cluster's ServiceConnectDefaults. */
export function effectiveNamespace(
  s: ServiceModel,
): { value: unknown; path: DataPath; from: 'service' | 'cluster' } | undefined {
  const own = s.serviceConnect?.namespace;
  if (own !== undefined && s.serviceConnect)
    return { value: own, path: [...s.serviceConnect.path, 'Namespace'], from: 'service' };
  const defaults = s.cluster?.props['ServiceConnectDefaults'];
  if (s.cluster && isRecord(defaults) && defaults['Namespace'] !== undefined) {
    return {
      value: defaults['Namespace'],
      path: [...s.cluster.path, 'Properties', 'ServiceConnectDefaults', 'Namespace'],
      from: 'cluster',
    };
  }
  return undefined;
}

/** The namespace resource a service's Service Connect ends up in, when the template makes that clear. */
export function namespaceOfService(t: CfnTemplate, s: ServiceModel): NamedResource | undefined {
  const eff = effectiveNamespace(s);
  if (!eff) return undefined;
  const r = resolveNamespace(t, eff.value);
  return r.kind === 'resource' || r.kind === 'id' ? r.ns : undefined;
}

/** The namespace a Cloud Map service lives in (NamespaceId, or DnsConfig.NamespaceId). */
export function namespaceOfRegistry(t: CfnTemplate, reg: NamedResource): NamedResource | undefined {
  const dns = reg.props['DnsConfig'];
  const v = reg.props['NamespaceId'] ?? (isRecord(dns) ? dns['NamespaceId'] : undefined);
  const target = targetOf(v);
  const ns = target ? resource(t, target) : undefined;
  return ns && (NAMESPACE_TYPES as readonly string[]).includes(ns.resource.Type) ? ns : undefined;
}

/** One endpoint a client can call: the DNS name and port it uses, and the service behind it. */
export interface Endpoint {
  server: ServiceModel;
  host: string;
  port: number | undefined;
  via: 'service-connect' | 'cloud-map';
  path: DataPath;
}

/**
 * The names a client task can call. For Service Connect: each client alias (its DnsName, or the documented
 * default 'discoveryName.namespace' / 'portName.namespace'). For Cloud Map DNS: 'service.namespace'.
 */
export function endpoints(m: TemplateModel): Endpoint[] {
  const t = m.template;
  const out: Endpoint[] = [];
  for (const s of m.services) {
    if (isServer(s)) {
      const nsName = literalString(t, namespaceOfService(t, s)?.props['Name']);
      for (const e of s.serviceConnect!.services) {
        for (const a of e.aliases) {
          const fallback = e.discoveryName ?? e.portName;
          const host = a.dnsName ?? (fallback && nsName ? `${fallback}.${nsName}` : undefined);
          if (host) out.push({ server: s, host, port: a.port, via: 'service-connect', path: a.path });
        }
      }
    }
    for (const reg of s.registries) {
      const name = literalString(t, reg.props['Name']);
      const nsName = literalString(t, namespaceOfRegistry(t, reg)?.props['Name']);
      if (name && nsName) {
        out.push({
          server: s,
          host: `${name}.${nsName}`,
          port: registryPort(t, s),
          via: 'cloud-map',
          path: reg.path,
        });
      }
    }
  }
  return out;
}

/** The container port a Cloud Map registration advertises (A records carry no port: the container's own). */
function registryPort(t: CfnTemplate, s: ServiceModel): number | undefined {
  const regs = s.props['ServiceRegistries'];
  if (Array.isArray(regs)) {
    for (const reg of regs) {
      if (!isRecord(reg)) continue;
      const p = literalNumber(t, reg['ContainerPort']) ?? literalNumber(t, reg['Port']);
      if (p !== undefined) return p;
    }
  }
  const first = s.taskDefinition?.containers.flatMap((c) => c.portMappings)[0];
  return first?.containerPort;
}

export type UrlMatch = 'exact' | 'other-port';

/**
 * Whether a text (an environment value such as 'http://backend:8080/api') calls a host on a port. A URL
 * without a port matches port 80 for http:// and 443 for https://.
 */
export function matchHost(text: string, host: string, port: number | undefined): UrlMatch | undefined {
  const h = host.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[^a-z0-9.-])${h}(?::(\\d+))?(?![a-z0-9.-])`, 'gi');
  let found: UrlMatch | undefined;
  for (const m of text.matchAll(re)) {
    const explicit = m[2] === undefined ? undefined : Number(m[2]);
    const before = text.slice(0, m.index + m[1]!.length).toLowerCase();
    const implied =
      explicit ?? (before.endsWith('https://') ? 443 : before.endsWith('http://') ? 80 : undefined);
    if (port !== undefined && implied === port) return 'exact';
    if (port === undefined && implied !== undefined) return 'exact';
    found = 'other-port';
  }
  return found;
}

export interface AliasUse {
  client: ServiceModel;
  container: ContainerModel;
  env: EnvVarModel;
  endpoint: Endpoint;
  match: UrlMatch;
}

/** Every environment variable of one service that names another service's endpoint. */
export function aliasUses(m: TemplateModel): AliasUse[] {
  const eps = endpoints(m);
  const out: AliasUse[] = [];
  for (const client of m.services) {
    for (const container of client.taskDefinition?.containers ?? []) {
      for (const env of container.environment) {
        if (env.text === undefined) continue;
        for (const endpoint of eps) {
          if (endpoint.server === client) continue;
          const match = matchHost(env.text, endpoint.host, endpoint.port);
          if (match) out.push({ client, container, env, endpoint, match });
        }
      }
    }
  }
  return out;
}

/**
 * Whether resource `from` is created after `to`: an explicit DependsOn or a reference in its properties,
 * followed transitively (CloudFormation orders both the same way).
 */
export function dependsOn(t: CfnTemplate, from: string, to: string): boolean {
  const seen = new Set<string>();
  const stack = [from];
  while (stack.length) {
    const cur = stack.pop()!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    const res = resource(t, cur)?.resource;
    if (!res) continue;
    const direct = [
      ...(typeof res.DependsOn === 'string'
        ? [res.DependsOn]
        : Array.isArray(res.DependsOn)
          ? res.DependsOn.filter((d) => typeof d === 'string')
          : []),
      ...referencesIn(res.Properties),
    ];
    if (direct.includes(to)) return true;
    stack.push(...direct);
  }
  return false;
}

/**
 * A property value as text where the template fixes it: literals, parameters with defaults, `Fn::Sub` and
 * `Fn::Join` over those. Anything decided at deploy time becomes '${…}', so host names around it still match.
 */
export function flatten(t: CfnTemplate, v: unknown, depth = 0): string | undefined {
  if (depth > 8) return undefined;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (!isRecord(v)) return undefined;
  if (typeof v['Ref'] === 'string') {
    const s = literalString(t, v);
    return s ?? `\${${v['Ref']}}`;
  }
  const sub = v['Fn::Sub'];
  if (sub !== undefined) {
    const [text, vars] =
      typeof sub === 'string' ? [sub, {}] : Array.isArray(sub) ? [sub[0], sub[1]] : [undefined, undefined];
    if (typeof text !== 'string') return undefined;
    return text.replace(/\$\{([^}!]+)\}/g, (whole, name: string) => {
      if (isRecord(vars) && vars[name] !== undefined) return flatten(t, vars[name], depth + 1) ?? whole;
      const param = t.Parameters?.[name];
      if (isRecord(param) && param['Default'] !== undefined) return String(param['Default']);
      return whole;
    });
  }
  const join = v['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map((part: unknown) => flatten(t, part, depth + 1) ?? '${?}').join(join[0]);
  }
  return undefined;
}

/** 'the text …' / 'a list' / …: how a wrong value reads in a message. */
export function describe(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return "'null'";
  if (Array.isArray(v)) return 'a list';
  if (isIntrinsic(v)) return `a value computed with '${Object.keys(v)[0]}'`;
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return `'${v.length > 60 ? `${v.slice(0, 57)}…` : v}'`;
  return `'${String(v)}'`;
}
