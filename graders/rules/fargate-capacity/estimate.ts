// Helper module (exports no rule): the monthly cost estimate for the Fargate services of a template, from the
// task size (Cpu, Memory, ephemeral storage), the CPU architecture, DesiredCount and the capacity-provider
// strategy, priced with the one table in prices.ts. Rubrics turn the figures into feedback; no rule owns them.
//
// Model (stated to learners in lab 04's README):
// - every task runs all month: HOURS_PER_MONTH (730) hours;
// - a task costs vCPU × vCPU-hour rate + GB × GB-hour rate for its architecture, on demand; on FARGATE_SPOT the
//   same less FARGATE_SPOT_DISCOUNT; ephemeral storage above 20 GiB costs its GB-hour rate on either;
// - DesiredCount tasks are split the way ECS places them: the Base first, on the provider that has it, then the
//   rest in proportion to the weights. The split is kept fractional (an expected value), so 3 tasks at weights
//   1:3 count as 0.75 on FARGATE and 2.25 on FARGATE_SPOT.
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { parseCpu, parseMemory } from '../ecs-task-definition/fargate-sizes.js';
import {
  isRecord,
  literal,
  literalNumber,
  literalString,
  resources,
  type NamedResource,
} from '../lib/cloudformation.js';
import {
  clusterCapacity,
  clusterOf,
  FARGATE,
  FARGATE_SPOT,
  readStrategy,
  taskDefinitionOf,
  type Strategy,
} from './model.js';
import {
  EPHEMERAL_STORAGE_GB_HOUR,
  FARGATE_ON_DEMAND,
  FARGATE_SPOT_DISCOUNT,
  HOURS_PER_MONTH,
  INCLUDED_EPHEMERAL_GIB,
  type Architecture,
} from './prices.js';

/** ECS's default when a new service does not set DesiredCount. */
const DEFAULT_DESIRED_COUNT = 1;

export interface Split {
  onDemand: number;
  spot: number;
}

export interface StrategyWeights {
  provider: string;
  base: number;
  weight: number;
}

/**
 * How `n` tasks divide between FARGATE and FARGATE_SPOT under a strategy: the base first, then the rest by weight
 * (fractional). Providers other than the two Fargate ones are rejected by the caller.
 */
export function splitTasks(n: number, strategy: readonly StrategyWeights[]): Split {
  const split: Split = { onDemand: 0, spot: 0 };
  const add = (provider: string, count: number) => {
    if (provider === FARGATE_SPOT) split.spot += count;
    else split.onDemand += count;
  };
  let rest = n;
  const based = strategy.find((s) => s.base > 0);
  if (based) {
    const count = Math.min(based.base, rest);
    add(based.provider, count);
    rest -= count;
  }
  const total = strategy.reduce((s, i) => s + i.weight, 0);
  if (rest > 0) {
    if (total > 0) for (const s of strategy) add(s.provider, (rest * s.weight) / total);
    else add(based?.provider ?? FARGATE, rest);
  }
  return split;
}

export interface TaskPrice {
  /** Dollars per task-hour on FARGATE. */
  onDemandHour: number;
  /** Dollars per task-hour on FARGATE_SPOT. */
  spotHour: number;
  /** Dollars per task-hour for ephemeral storage above the included 20 GiB. */
  storageHour: number;
}

/** The hourly price of one task of this size. */
export function taskPrice(
  cpuUnits: number,
  memoryMiB: number,
  arch: Architecture,
  ephemeralGiB: number,
): TaskPrice {
  const rate = FARGATE_ON_DEMAND[arch];
  const onDemandHour = (cpuUnits / 1024) * rate.vcpuHour + (memoryMiB / 1024) * rate.gbHour;
  return {
    onDemandHour,
    spotHour: onDemandHour * (1 - FARGATE_SPOT_DISCOUNT),
    storageHour: Math.max(0, ephemeralGiB - INCLUDED_EPHEMERAL_GIB) * EPHEMERAL_STORAGE_GB_HOUR,
  };
}

export interface ServiceEstimate {
  service: string;
  servicePath: DataPath;
  taskDefinition: string;
  taskDefinitionPath: DataPath;
  desiredCount: number;
  /** DesiredCount was not set, so ECS's default of 1 applies. */
  desiredCountDefaulted: boolean;
  cpu: number;
  memory: number;
  architecture: Architecture;
  ephemeralGiB: number;
  /** Where the split came from. */
  placement: 'service strategy' | 'cluster default strategy' | 'launch type';
  split: Split;
  price: TaskPrice;
  /** Dollars per month for this service. */
  monthly: number;
}

export type Estimate =
  { ok: true; services: ServiceEstimate[]; monthly: number } | { ok: false; reason: string; at: DataPath };

class Unknown extends Error {
  constructor(
    readonly reason: string,
    readonly at: DataPath,
  ) {
    super(reason);
  }
}

/** The estimated monthly cost of every ECS service of the template, or why it cannot be estimated. */
export function estimateMonthlyCost(t: CfnTemplate): Estimate {
  const services = resources(t, 'AWS::ECS::Service');
  if (services.length === 0) {
    return {
      ok: false,
      reason: "The template has no 'AWS::ECS::Service', so there is nothing to price.",
      at: ['Resources'],
    };
  }
  try {
    const estimates = services.map((s) => estimateService(t, s));
    return { ok: true, services: estimates, monthly: estimates.reduce((sum, e) => sum + e.monthly, 0) };
  } catch (e) {
    if (e instanceof Unknown) return { ok: false, reason: e.reason, at: e.at };
    throw e;
  }
}

function estimateService(t: CfnTemplate, s: NamedResource): ServiceEstimate {
  const props: DataPath = [...s.path, 'Properties'];
  const td = taskDefinitionOf(t, s);
  if (!td) {
    throw new Unknown(
      `Service '${s.name}' does not point at a task definition in this template ('TaskDefinition: !Ref …'), so its task size is unknown.`,
      [...props, 'TaskDefinition'],
    );
  }
  const tdProps: DataPath = [...td.path, 'Properties'];
  const number = (
    raw: unknown,
    parse: typeof parseCpu,
    field: string,
    owner: string,
    at: DataPath,
  ): number => {
    const r = literal(t, raw);
    const parsed = raw === undefined || !r.known ? undefined : parse(r.value);
    if (!parsed?.ok) {
      throw new Unknown(
        `'${field}' of '${owner}' is ${raw === undefined ? 'missing' : 'not a size the grader can read'}, so the cost cannot be estimated.`,
        at,
      );
    }
    return parsed.value;
  };
  const cpu = number(td.props['Cpu'], parseCpu, 'Cpu', td.name, [...tdProps, 'Cpu']);
  const memory = number(td.props['Memory'], parseMemory, 'Memory', td.name, [...tdProps, 'Memory']);

  const rp = td.props['RuntimePlatform'];
  const rawArch = isRecord(rp) ? rp['CpuArchitecture'] : undefined;
  const arch = rawArch === undefined ? 'X86_64' : literalString(t, rawArch);
  if (arch !== 'X86_64' && arch !== 'ARM64') {
    throw new Unknown(
      `'CpuArchitecture' of '${td.name}' is not 'X86_64' or 'ARM64', so the grader cannot tell which price applies.`,
      [...tdProps, 'RuntimePlatform'],
    );
  }

  const es = td.props['EphemeralStorage'];
  const rawSize = isRecord(es) ? es['SizeInGiB'] : undefined;
  const ephemeralGiB = rawSize === undefined ? INCLUDED_EPHEMERAL_GIB : literalNumber(t, rawSize);
  if (ephemeralGiB === undefined) {
    throw new Unknown(`'EphemeralStorage.SizeInGiB' of '${td.name}' is not a number the grader can read.`, [
      ...tdProps,
      'EphemeralStorage',
    ]);
  }

  const rawCount = s.props['DesiredCount'];
  const desiredCount = rawCount === undefined ? DEFAULT_DESIRED_COUNT : literalNumber(t, rawCount);
  if (desiredCount === undefined || !Number.isInteger(desiredCount) || desiredCount < 0) {
    throw new Unknown(`'DesiredCount' of '${s.name}' is not a whole number the grader can read.`, [
      ...props,
      'DesiredCount',
    ]);
  }

  const { weights, placement } = placementOf(t, s);
  const split = splitTasks(desiredCount, weights);
  const price = taskPrice(cpu, memory, arch, ephemeralGiB);
  const hourly =
    split.onDemand * price.onDemandHour + split.spot * price.spotHour + desiredCount * price.storageHour;
  return {
    service: s.name,
    servicePath: s.path,
    taskDefinition: td.name,
    taskDefinitionPath: td.path,
    desiredCount,
    desiredCountDefaulted: rawCount === undefined,
    cpu,
    memory,
    architecture: arch,
    ephemeralGiB,
    placement,
    split,
    price,
    monthly: hourly * HOURS_PER_MONTH,
  };
}

function placementOf(
  t: CfnTemplate,
  s: NamedResource,
): { weights: StrategyWeights[]; placement: ServiceEstimate['placement'] } {
  const props: DataPath = [...s.path, 'Properties'];
  let strategy: Strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
    ...props,
    'CapacityProviderStrategy',
  ]);
  let placement: ServiceEstimate['placement'] = 'service strategy';
  if (strategy.kind === 'absent') {
    const launchType = s.props['LaunchType'];
    if (launchType !== undefined) {
      const lt = literalString(t, launchType);
      if (lt !== 'FARGATE') {
        throw new Unknown(
          `Service '${s.name}' does not run on Fargate ('LaunchType: ${lt ?? '…'}'), so Fargate prices do not apply.`,
          [...props, 'LaunchType'],
        );
      }
      return { weights: [{ provider: FARGATE, base: 0, weight: 1 }], placement: 'launch type' };
    }
    const cluster = clusterOf(t, s);
    const def = cluster ? clusterCapacity(t, cluster).defaultStrategy : undefined;
    if (!def || def.kind === 'absent')
      return { weights: [{ provider: FARGATE, base: 0, weight: 1 }], placement: 'launch type' };
    strategy = def;
    placement = 'cluster default strategy';
  }
  if (strategy.kind !== 'list') {
    throw new Unknown(
      `The capacity-provider strategy of '${s.name}' is not a literal list, so the split between FARGATE and FARGATE_SPOT is unknown.`,
      strategy.path,
    );
  }
  const weights: StrategyWeights[] = [];
  for (const item of strategy.items) {
    if (!item.wellFormed || (item.provider !== FARGATE && item.provider !== FARGATE_SPOT)) {
      throw new Unknown(
        `Entry ${item.index + 1} of the strategy of '${s.name}' is not a FARGATE or FARGATE_SPOT provider, so it cannot be priced.`,
        item.path,
      );
    }
    if (item.base === undefined || item.weight === undefined) {
      throw new Unknown(
        `'Base' or 'Weight' of '${item.provider}' in the strategy of '${s.name}' is not a literal number.`,
        item.path,
      );
    }
    weights.push({ provider: item.provider, base: Math.max(0, item.base), weight: Math.max(0, item.weight) });
  }
  return { weights, placement };
}

/** "$41.59". */
export function dollars(n: number): string {
  return `$${n.toFixed(2)}`;
}

/** ".5 vCPU / 2 GB" from CPU units and MiB. */
export function describeSize(cpu: number, memory: number): string {
  const vcpu = cpu / 1024;
  const gb = memory / 1024;
  const v = vcpu < 1 ? String(vcpu).replace(/^0/, '') : String(vcpu);
  return `${v} vCPU / ${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}

/** "1.75" or "2": task counts, which are fractional under a weighted split. */
export function tasks(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}
