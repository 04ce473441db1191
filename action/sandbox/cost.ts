// The cost estimate for one sandbox run of a template: what it costs per hour while it stands, and what one run
// costs at most (create, verify and delete, each at its bound). Fargate rates come from lab 04's price table,
// the rest from prices.ts. An estimate, not a bill: us-east-1 prices, on-demand, no usage-based charges.
import type { CfnTemplate } from '../../graders/engine/types.js';
import {
  get,
  literalList,
  literalNumber,
  literalString,
  resources,
  targetResource,
} from '../../graders/rules/lib/cloudformation.js';
import {
  EPHEMERAL_STORAGE_GB_HOUR,
  FARGATE_ON_DEMAND,
  INCLUDED_EPHEMERAL_GIB,
  type Architecture,
} from '../../graders/rules/fargate-capacity/prices.js';
import { parseCpu, parseMemory } from '../../graders/rules/ecs-task-definition/fargate-sizes.js';
import { lifetimeMinutes } from './limits.js';
import { HOURLY_PRICES } from './prices.js';
import { countNoun } from '../../graders/engine/plural.js';

export interface CostLine {
  /** Logical id of the resource the line prices. */
  logicalId: string;
  /** Human-readable: "2 Fargate tasks (0.25 vCPU, 0.5 GB, X86_64)". */
  what: string;
  usdPerHour: number;
  billing: 'per-started-hour' | 'per-second';
}

export interface CostEstimate {
  hourlyUsd: number;
  runUsd: number;
  /** The longest the stack lives in one run, which runUsd assumes. */
  runMinutes: number;
  lines: CostLine[];
  /** Resources that cost something but are not in the estimate (unknown sizes, services priced elsewhere). */
  notEstimated: string[];
}

/** A task definition's size as the estimate needs it; null fields mean "not a literal". */
export interface TaskSize {
  cpu: number | null;
  memory: number | null;
  architecture: Architecture;
  ephemeralGib: number;
}

export function taskSize(t: CfnTemplate, props: Record<string, unknown>): TaskSize {
  const cpuRaw = literalString(t, props['Cpu']);
  const memRaw = literalString(t, props['Memory']);
  const cpu = cpuRaw === undefined ? null : parseCpu(cpuRaw);
  const memory = memRaw === undefined ? null : parseMemory(memRaw);
  const arch = literalString(t, get(props, ['RuntimePlatform', 'CpuArchitecture']));
  const storage = literalNumber(t, get(props, ['EphemeralStorage', 'SizeInGiB']));
  return {
    cpu: cpu?.ok ? cpu.value : null,
    memory: memory?.ok ? memory.value : null,
    architecture: arch?.toUpperCase() === 'ARM64' ? 'ARM64' : 'X86_64',
    ephemeralGib: storage ?? INCLUDED_EPHEMERAL_GIB,
  };
}

/** `DesiredCount` as CloudFormation reads it: absent means 1; undefined means "computed at deploy time". */
export function desiredCount(t: CfnTemplate, props: Record<string, unknown>): number | undefined {
  if (props['DesiredCount'] === undefined) return 1;
  return literalNumber(t, props['DesiredCount']);
}

export function estimateCost(t: CfnTemplate, timeoutMinutes: number): CostEstimate {
  const lines: CostLine[] = [];
  const notEstimated: string[] = [];

  for (const svc of resources(t, 'AWS::ECS::Service')) {
    const count = desiredCount(t, svc.props);
    const td = targetResource(t, svc.props['TaskDefinition']);
    const size = td ? taskSize(t, td.props) : null;
    if (count === undefined || !size || size.cpu === null || size.memory === null) {
      notEstimated.push(svc.name);
      continue;
    }
    if (count === 0) continue;
    const rate = FARGATE_ON_DEMAND[size.architecture];
    const vcpu = size.cpu / 1024;
    const gb = size.memory / 1024;
    const extraStorage = Math.max(0, size.ephemeralGib - INCLUDED_EPHEMERAL_GIB);
    const perTask = vcpu * rate.vcpuHour + gb * rate.gbHour + extraStorage * EPHEMERAL_STORAGE_GB_HOUR;
    lines.push({
      logicalId: svc.name,
      what: `${countNoun(count, 'Fargate task')} (${vcpu} vCPU, ${gb} GB, ${size.architecture}${extraStorage ? `, ${extraStorage} GiB extra storage` : ''})`,
      usdPerHour: count * perTask,
      billing: 'per-second',
    });
  }

  for (const lb of resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    lines.push({
      logicalId: lb.name,
      what: 'load balancer, with one LCU',
      usdPerHour: HOURLY_PRICES.albHour.usdPerHour + HOURLY_PRICES.albLcuHour.usdPerHour,
      billing: 'per-started-hour',
    });
    const scheme = literalString(t, lb.props['Scheme']) ?? 'internet-facing';
    if (scheme === 'internet-facing') {
      // One public address per subnet; a load balancer spans at least two Availability Zones.
      const subnets = literalList(t, lb.props['Subnets']) ?? literalList(t, lb.props['SubnetMappings']);
      const n = Math.max(2, subnets?.length ?? 2);
      lines.push({
        logicalId: lb.name,
        what: `${n} public IPv4 addresses`,
        usdPerHour: n * HOURLY_PRICES.publicIpv4Hour.usdPerHour,
        billing: 'per-started-hour',
      });
    }
  }

  for (const nat of resources(t, 'AWS::EC2::NatGateway')) {
    lines.push({
      logicalId: nat.name,
      what: 'NAT gateway',
      usdPerHour: HOURLY_PRICES.natGatewayHour.usdPerHour,
      billing: 'per-started-hour',
    });
  }
  for (const eip of resources(t, 'AWS::EC2::EIP')) {
    lines.push({
      logicalId: eip.name,
      what: '1 public IPv4 address',
      usdPerHour: HOURLY_PRICES.publicIpv4Hour.usdPerHour,
      billing: 'per-started-hour',
    });
  }
  for (const r of resources(
    t,
    'AWS::ECS::ExpressGatewayService',
    'AWS::AppRunner::Service',
    'AWS::EC2::VPCEndpoint',
  )) {
    notEstimated.push(r.name);
  }

  const runMinutes = lifetimeMinutes(timeoutMinutes);
  const hours = runMinutes / 60;
  const hourlyUsd = sum(lines.map((l) => l.usdPerHour));
  const runUsd = sum(
    lines.map((l) => l.usdPerHour * (l.billing === 'per-second' ? hours : Math.ceil(hours))),
  );
  return { hourlyUsd, runUsd, runMinutes, lines, notEstimated };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

/** "$0.1152/hour" — four decimals, because a sandbox run costs cents. */
export function usd(n: number): string {
  return `$${n.toFixed(4)}`;
}
