// Helper module (exports no rule): the network model that VPC and ECS-service rules share. It answers, from
// the template alone, which subnets are public (a route to an internet gateway) or private, which
// Availability Zone each subnet is in, which security groups front a load balancer, and what every
// ingress rule admits. Anything decided at deploy time is reported as unknown rather than guessed.
import type { CfnTemplate, DataPath } from '../../../engine/types.js';
import {
  isIntrinsic,
  isRecord,
  literal,
  literalNumber,
  literalString,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../../lib/cloudformation.js';

export const SUBNET = 'AWS::EC2::Subnet';
export const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
export const INGRESS = 'AWS::EC2::SecurityGroupIngress';
export const ALB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
export const CLASSIC_ELB = 'AWS::ElasticLoadBalancing::LoadBalancer';

// ---------------------------------------------------------------------------------------------
// Subnets and routes.

/** How a subnet reaches the internet, from its route table's routes. */
export interface SubnetRouting {
  /** A route to an internet gateway: the AWS definition of a public subnet. */
  internetGateway: boolean;
  /**
   * A default route to a NAT gateway that reaches the internet: a public one (the default connectivity), zonal
   * or regional, or one the template only names (given the benefit of the doubt).
   */
  natGateway: boolean;
  /**
   * NAT gateways of this template with `ConnectivityType: private` that a default route leads to. They reach
   * other VPCs and on-premises networks through a transit gateway or virtual private gateway, never the
   * internet: an internet gateway drops their traffic (https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html).
   */
  privateNatGateways: string[];
  /** Route tables associated with the subnet (none means the VPC's main table, which has only the local route). */
  routeTables: string[];
}

export function subnetRouting(t: CfnTemplate, subnet: string): SubnetRouting {
  const routeTables = resources(t, 'AWS::EC2::SubnetRouteTableAssociation')
    .filter((a) => targetOf(a.props['SubnetId']) === subnet)
    .map((a) => targetOf(a.props['RouteTableId']))
    .filter((id): id is string => id !== undefined);
  let internetGateway = false;
  let natGateway = false;
  const privateNatGateways: string[] = [];
  for (const route of resources(t, 'AWS::EC2::Route')) {
    const table = targetOf(route.props['RouteTableId']);
    if (table === undefined || !routeTables.includes(table)) continue;
    if (isInternetGateway(t, route.props['GatewayId'])) internetGateway = true;
    const nat = route.props['NatGatewayId'];
    if (nat === undefined || !isDefaultRoute(t, route.props)) continue;
    const target = targetOf(nat);
    if (target !== undefined && isPrivateNatGateway(t, target)) {
      if (!privateNatGateways.includes(target)) privateNatGateways.push(target);
    } else natGateway = true;
  }
  return { internetGateway, natGateway, privateNatGateways, routeTables };
}

/** A NAT gateway of this template whose `ConnectivityType` is `private` (the default is `public`). */
export function isPrivateNatGateway(t: CfnTemplate, logicalId: string): boolean {
  const nat = resource(t, logicalId);
  if (nat?.resource.Type !== 'AWS::EC2::NatGateway') return false;
  return literalString(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private';
}

/**
 * A regional NAT gateway (`AvailabilityMode: regional`): one gateway that follows the VPC's workloads into every
 * Availability Zone, created with `VpcId` instead of a subnet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html).
 */
export function isRegionalNatGateway(t: CfnTemplate, props: Record<string, unknown>): boolean {
  return literalString(t, props['AvailabilityMode'])?.toLowerCase() === 'regional';
}

function isInternetGateway(t: CfnTemplate, v: unknown): boolean {
  if (v === undefined) return false;
  const target = targetOf(v);
  if (target !== undefined) return resource(t, target)?.resource.Type === 'AWS::EC2::InternetGateway';
  return literalString(t, v)?.startsWith('igw-') ?? false;
}

function isDefaultRoute(t: CfnTemplate, props: Record<string, unknown>): boolean {
  const v4 = props['DestinationCidrBlock'];
  if (v4 === undefined) return false;
  const s = literalString(t, v4);
  return s === undefined || s === '0.0.0.0/0';
}

export type Tier = 'public' | 'private' | 'unknown';

/** A subnet a property points at: a subnet of this template, or something the template only names. */
export interface SubnetRef {
  kind: 'resource' | 'parameter' | 'import' | 'literal' | 'other';
  /** Logical id for resources and parameters, the text for imports and literals. */
  name: string;
  /** Where the reference is written, for findings. */
  path: DataPath;
}

/**
 * The subnets a `Subnets` list (or `SubnetMappings`) names. A `Ref` to a list parameter becomes one entry per
 * default value, or a single parameter entry when it has no default.
 */
export function subnetRefs(t: CfnTemplate, value: unknown, path: DataPath): SubnetRef[] {
  if (isRecord(value) && typeof value['Ref'] === 'string') {
    const name = value['Ref'];
    if (resource(t, name)) return [{ kind: 'resource', name, path }];
    // A list parameter: one entry per default value, named after the parameter (its name is the hint
    // `tierOf` reads), or one entry when there is no default.
    const r = literal(t, value);
    if (r.known && typeof r.value === 'string' && r.value.includes(',')) {
      return r.value.split(',').map((_, i) => ({ kind: 'parameter' as const, name: `${name}[${i}]`, path }));
    }
    return [{ kind: 'parameter', name, path }];
  }
  if (!Array.isArray(value))
    return value === undefined ? [] : [{ kind: 'other', name: describeIntrinsic(value), path }];
  return value.map((item, i) => subnetRef(t, item, [...path, i]));
}

export function subnetRef(t: CfnTemplate, item: unknown, path: DataPath): SubnetRef {
  const target = targetOf(item);
  if (target !== undefined) {
    return { kind: resource(t, target) ? 'resource' : 'parameter', name: target, path };
  }
  if (isRecord(item) && item['Fn::ImportValue'] !== undefined) {
    return { kind: 'import', name: flatten(t, item['Fn::ImportValue']), path };
  }
  if (typeof item === 'string') return { kind: 'literal', name: item, path };
  return { kind: 'other', name: describeIntrinsic(item), path };
}

/** Subnets of a load balancer: `Subnets`, or the `SubnetId`s of `SubnetMappings`. */
export function loadBalancerSubnets(t: CfnTemplate, lb: NamedResource): SubnetRef[] {
  if (lb.props['Subnets'] !== undefined)
    return subnetRefs(t, lb.props['Subnets'], [...lb.path, 'Properties', 'Subnets']);
  const mappings = lb.props['SubnetMappings'];
  if (!Array.isArray(mappings)) return [];
  return mappings.map((m, i) =>
    subnetRef(t, isRecord(m) ? m['SubnetId'] : undefined, [
      ...lb.path,
      'Properties',
      'SubnetMappings',
      i,
      'SubnetId',
    ]),
  );
}

/**
 * Public or private. Subnets of this template are classified by their routes; subnets the template only
 * names (parameters, imports) by their name, which is the best a static grader can do.
 */
export function tierOf(t: CfnTemplate, ref: SubnetRef): Tier {
  if (ref.kind === 'resource') {
    if (resource(t, ref.name)?.resource.Type !== SUBNET) return 'unknown';
    return subnetRouting(t, ref.name).internetGateway ? 'public' : 'private';
  }
  const text = ref.name.toLowerCase();
  const priv = /private|isolated/.test(text);
  const pub = /public/.test(text);
  if (priv && !pub) return 'private';
  if (pub && !priv) return 'public';
  return 'unknown';
}

/**
 * A key that is equal for two subnets known to share an Availability Zone: `name:us-east-1a`,
 * `getazs:0` for `!Select [0, !GetAZs '']`, `param:Zone`. Undefined when the subnet does not set one.
 */
export function azKey(t: CfnTemplate, props: Record<string, unknown>): string | undefined {
  const id = props['AvailabilityZoneId'];
  if (id !== undefined) return `id:${literalString(t, id) ?? JSON.stringify(id)}`;
  const az = props['AvailabilityZone'];
  if (az === undefined) return undefined;
  const s = literalString(t, az);
  if (s !== undefined) return `name:${s}`;
  const ref = isRecord(az) ? az['Ref'] : undefined;
  if (typeof ref === 'string') return `param:${ref}`;
  const sel = isRecord(az) ? az['Fn::Select'] : undefined;
  if (Array.isArray(sel) && sel.length === 2) {
    const index = literalNumber(t, sel[0]);
    const list = sel[1];
    if (index !== undefined && isRecord(list)) {
      if (list['Fn::GetAZs'] !== undefined) return `getazs:${index}`;
      if (typeof list['Ref'] === 'string') {
        const r = literal(t, list);
        if (r.known && typeof r.value === 'string') {
          const item = r.value.split(',')[index];
          if (item !== undefined) return `name:${item.trim()}`;
        }
        return `param:${list['Ref']}[${index}]`;
      }
    }
    if (index !== undefined && Array.isArray(list) && typeof list[index] === 'string')
      return `name:${list[index]}`;
  }
  return JSON.stringify(az);
}

/**
 * Distinct Availability Zones among subnet references. Subnets of this template without a zone, and subnets
 * the template only names, each count as a zone of their own only when `benefitOfDoubt` is set.
 */
export function distinctZones(t: CfnTemplate, refs: readonly SubnetRef[], benefitOfDoubt: boolean): number {
  const keys = new Set<string>();
  for (const ref of refs) {
    const res = ref.kind === 'resource' ? resource(t, ref.name) : undefined;
    const key = res ? azKey(t, res.props) : undefined;
    if (key !== undefined) keys.add(key);
    else if (benefitOfDoubt) keys.add(`unknown:${ref.kind}:${ref.name}`);
  }
  return keys.size;
}

/** Whether a subnet reference can be followed to a subnet of this template. */
export function isTemplateSubnet(t: CfnTemplate, ref: SubnetRef): boolean {
  return ref.kind === 'resource' && resource(t, ref.name)?.resource.Type === SUBNET;
}

// ---------------------------------------------------------------------------------------------
// Security groups.

/** One ingress rule: an entry of a group's `SecurityGroupIngress`, or an `AWS::EC2::SecurityGroupIngress`. */
export interface IngressRule {
  /** Logical id of the security group the rule belongs to, when it is one of this template's. */
  group: string | undefined;
  rule: Record<string, unknown>;
  path: DataPath;
  /** Logical id of the standalone ingress resource, if the rule is one. */
  standalone: string | undefined;
}

export function ingressRules(t: CfnTemplate): IngressRule[] {
  const out: IngressRule[] = [];
  for (const sg of resources(t, SECURITY_GROUP)) {
    const inline = sg.props['SecurityGroupIngress'];
    if (!Array.isArray(inline)) continue;
    inline.forEach((rule, i) => {
      if (isRecord(rule) && !isIntrinsic(rule)) {
        out.push({
          group: sg.name,
          rule,
          path: [...sg.path, 'Properties', 'SecurityGroupIngress', i],
          standalone: undefined,
        });
      }
    });
  }
  for (const ing of resources(t, INGRESS)) {
    const owner = targetOf(ing.props['GroupId']) ?? targetOf(ing.props['GroupName']);
    const group =
      owner !== undefined && resource(t, owner)?.resource.Type === SECURITY_GROUP ? owner : undefined;
    out.push({ group, rule: ing.props, path: [...ing.path, 'Properties'], standalone: ing.name });
  }
  return out;
}

/** Ingress rules of one security group of this template. */
export function ingressRulesOf(t: CfnTemplate, group: string): IngressRule[] {
  return ingressRules(t).filter((r) => r.group === group);
}

/** Logical ids of the security groups attached to a load balancer of this template. */
export function loadBalancerGroups(t: CfnTemplate): Set<string> {
  const out = new Set<string>();
  for (const lb of resources(t, ALB, CLASSIC_ELB)) {
    const groups = lb.props['SecurityGroups'];
    if (!Array.isArray(groups)) continue;
    for (const g of groups) {
      const id = targetOf(g);
      if (id !== undefined && resource(t, id)?.resource.Type === SECURITY_GROUP) out.add(id);
    }
  }
  return out;
}

/** The security group a value points at, when it is one of this template's. */
export function securityGroupOf(t: CfnTemplate, v: unknown): string | undefined {
  const id = targetOf(v);
  return id !== undefined && resource(t, id)?.resource.Type === SECURITY_GROUP ? id : undefined;
}

/** Where an ingress rule admits traffic from. */
export type IngressSource =
  | { kind: 'group'; group: string | undefined; value: unknown }
  | { kind: 'cidr'; cidr: string | undefined; open: boolean; ipv6: boolean }
  | { kind: 'prefix-list' }
  | { kind: 'none' };

export function sourceOf(t: CfnTemplate, rule: Record<string, unknown>): IngressSource {
  const sgId = rule['SourceSecurityGroupId'] ?? rule['SourceSecurityGroupName'];
  if (sgId !== undefined) return { kind: 'group', group: securityGroupOf(t, sgId), value: sgId };
  for (const [key, ipv6] of [
    ['CidrIp', false],
    ['CidrIpv6', true],
  ] as const) {
    const v = rule[key];
    if (v === undefined) continue;
    const cidr = literalString(t, v);
    return { kind: 'cidr', cidr, open: cidr !== undefined && isOpenCidr(cidr), ipv6 };
  }
  if (rule['SourcePrefixListId'] !== undefined) return { kind: 'prefix-list' };
  return { kind: 'none' };
}

/** `0.0.0.0/0` and `::/0` in their usual spellings. */
export function isOpenCidr(cidr: string): boolean {
  const c = cidr.trim().toLowerCase();
  if (c === '0.0.0.0/0') return true;
  const m = /^([0-9a-f:]+)\/0$/.exec(c);
  return m !== null && m[1]!.includes(':') && /^[0:]*$/.test(m[1]!);
}

/** The ports a rule opens: 'all' for protocol -1 (or a -1 port range), a range, or undefined when unknown. */
export type PortRange = { protocol: 'all' } | { protocol: string; from: number; to: number } | undefined;

export function portsOf(t: CfnTemplate, rule: Record<string, unknown>): PortRange {
  const proto = literalString(t, rule['IpProtocol'])?.toLowerCase();
  if (proto === undefined) return undefined;
  if (proto === '-1' || proto === 'all') return { protocol: 'all' };
  const name = proto === '6' ? 'tcp' : proto === '17' ? 'udp' : proto === '1' ? 'icmp' : proto;
  const from = literalNumber(t, rule['FromPort']);
  const to = literalNumber(t, rule['ToPort']);
  if (name === 'tcp' || name === 'udp') {
    if (from === -1 || to === -1) return { protocol: 'all' };
    if (from === undefined || to === undefined) return undefined;
    return { protocol: name, from, to };
  }
  return { protocol: name, from: from ?? -1, to: to ?? -1 };
}

/** Whether a port range reaches a TCP or UDP port. Unknown ranges are not assumed to. */
export function reaches(range: PortRange, port: number): boolean {
  if (range === undefined) return false;
  if (range.protocol === 'all') return true;
  if (!('from' in range) || (range.protocol !== 'tcp' && range.protocol !== 'udp')) return false;
  return range.from <= port && port <= range.to;
}

/** How a port range reads in a message: "TCP 80", "TCP 0-65535", "all traffic". */
export function describePorts(range: PortRange): string {
  if (range === undefined) return 'ports the grader cannot read';
  if (range.protocol === 'all') return 'all traffic';
  if (!('from' in range)) return 'all traffic';
  const p = range.protocol.toUpperCase();
  if (range.protocol !== 'tcp' && range.protocol !== 'udp') return p;
  return range.from === range.to ? `${p} ${range.from}` : `${p} ${range.from}-${range.to}`;
}

// ---------------------------------------------------------------------------------------------
// Strings built with intrinsics.

/**
 * A string with its deploy-time parts replaced by `*`: `!Sub 'com.amazonaws.${AWS::Region}.ecr.api'` reads
 * `com.amazonaws.*.ecr.api`, and so does the same name built with `!Join`.
 */
export function flatten(t: CfnTemplate, v: unknown): string {
  const s = literalString(t, v);
  if (s !== undefined) return s;
  if (!isRecord(v)) return '*';
  const sub = v['Fn::Sub'];
  const text =
    typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  if (text !== undefined) return text.replace(/\$\{[^}]*\}/g, '*');
  const join = v['Fn::Join'];
  if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
    return join[1].map((part) => flatten(t, part)).join(join[0]);
  }
  return '*';
}

function describeIntrinsic(v: unknown): string {
  if (isRecord(v)) return Object.keys(v)[0] ?? 'a value';
  return typeof v === 'string' ? v : 'a value';
}
