// Data module (exports no rule): the Fargate task CPU/memory table, and parsers for the forms the ECS API
// accepts for task-level `cpu` and `memory` (an integer, a numeric string, or a unit string such as
// '1 vCPU' or '2 GB'; the API converts strings to integers when the task definition is registered).
//
// Source: ECS API Reference, RegisterTaskDefinition `cpu` and `memory`
// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html) and the
// developer guide's table of valid combinations
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html);
// the same table drives cfn-lint E3047. Checked 2026-11-26. 8 and 16 vCPU need Linux on platform 1.4.0 or later;
// Windows needs at least 1 vCPU. A 32 vCPU size appears on the newest developer-guide page only, not in the API
// text or cfn-lint, so it is left out until it is confirmed.

export const FARGATE_SIZES_SOURCE = {
  url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
  checked: '2026-11-26',
} as const;

export interface FargateSize {
  /** CPU units (1024 = 1 vCPU). */
  cpu: number;
  /** The same, as learners read it: '.25', '1', '16'. */
  vcpu: string;
  /** Every valid task memory in MiB, ascending. */
  memory: readonly number[];
  /** Windows containers on Fargate need at least 1 vCPU and do not offer 8 or 16 vCPU. */
  windows: boolean;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m += step) out.push(m);
  return out;
}

export const FARGATE_SIZES: readonly FargateSize[] = [
  { cpu: 256, vcpu: '.25', memory: [512, 1024, 2048], windows: false },
  { cpu: 512, vcpu: '.5', memory: range(1024, 4096, 1024), windows: false },
  { cpu: 1024, vcpu: '1', memory: range(2048, 8192, 1024), windows: true },
  { cpu: 2048, vcpu: '2', memory: range(4096, 16384, 1024), windows: true },
  { cpu: 4096, vcpu: '4', memory: range(8192, 30720, 1024), windows: true },
  { cpu: 8192, vcpu: '8', memory: range(16384, 61440, 4096), windows: false },
  { cpu: 16384, vcpu: '16', memory: range(32768, 122880, 8192), windows: false },
];

export type Parsed = { ok: true; value: number } | { ok: false };

const NUMBER = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
const VCPU = new RegExp(`^${NUMBER}\\s*vcpu$`, 'i');
const GB = new RegExp(`^${NUMBER}\\s*gb$`, 'i');
const INTEGER = /^\d+$/;

/** Parses task `cpu`: 1024, "1024", "1 vCPU", ".25 vCPU", "0.5 vcpu". Returns CPU units. */
export function parseCpu(v: unknown): Parsed {
  return parseWithUnit(v, VCPU, 1024);
}

/** Parses task `memory`: 2048, "2048", "2 GB", "2GB", ".5 GB". Returns MiB. */
export function parseMemory(v: unknown): Parsed {
  return parseWithUnit(v, GB, 1024);
}

function parseWithUnit(v: unknown, unit: RegExp, factor: number): Parsed {
  if (typeof v === 'number') return Number.isSafeInteger(v) && v > 0 ? { ok: true, value: v } : { ok: false };
  if (typeof v !== 'string') return { ok: false };
  const s = v.trim();
  if (INTEGER.test(s)) {
    const n = Number(s);
    return Number.isSafeInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false };
  }
  const m = unit.exec(s);
  if (!m?.[1]) return { ok: false };
  const n = Number(m[1]) * factor;
  return Number.isSafeInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false };
}

export function sizeForCpu(cpu: number): FargateSize | undefined {
  return FARGATE_SIZES.find((s) => s.cpu === cpu);
}

export function isValidPair(cpu: number, memory: number): boolean {
  return sizeForCpu(cpu)?.memory.includes(memory) ?? false;
}

/** CPU sizes that accept this memory, smallest first. */
export function cpusForMemory(memory: number): FargateSize[] {
  return FARGATE_SIZES.filter((s) => s.memory.includes(memory));
}

/** The smallest valid cpu at or above `cpu`, else the largest. */
export function nearestCpu(cpu: number): FargateSize {
  const last = FARGATE_SIZES[FARGATE_SIZES.length - 1] as FargateSize;
  return FARGATE_SIZES.find((s) => s.cpu >= cpu) ?? last;
}

/** The smallest memory valid for `size` at or above `memory`, else its largest. */
export function nearestMemory(size: FargateSize, memory: number): number {
  return size.memory.find((m) => m >= memory) ?? (size.memory[size.memory.length - 1] as number);
}

/** "'2048'–'8192' MiB in steps of '1024'", or "'512', '1024' or '2048' MiB" for .25 vCPU. */
export function describeMemory(size: FargateSize): string {
  const first = size.memory[0] as number;
  const last = size.memory[size.memory.length - 1] as number;
  const step = (size.memory[1] as number) - first;
  const regular = size.memory.every((m, i) => m === first + i * step);
  if (regular && size.memory.length > 3) return `'${first}'–'${last}' MiB in steps of '${step}'`;
  const quoted = size.memory.map((m) => `'${m}'`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] as string} MiB`;
}

/** "'256', '512', '1024', '2048', '4096', '8192' or '16384'". */
export function describeCpus(): string {
  const quoted = FARGATE_SIZES.map((s) => `'${s.cpu}'`);
  return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] as string}`;
}
