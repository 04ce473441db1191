// The Fargate size table, checked against the published combinations (ECS API RegisterTaskDefinition and the
// developer guide's "invalid CPU or memory" page; verified 2026-11-26), and the parsers for cpu/memory forms.
import { describe, expect, it } from 'vitest';
import {
  cpusForMemory,
  describeMemory,
  FARGATE_SIZES,
  isValidPair,
  nearestCpu,
  nearestMemory,
  parseCpu,
  parseMemory,
  sizeForCpu,
} from '../../../../graders/rules/ecs-task-definition/fargate-sizes.js';

const GB = 1024;

describe('Fargate size table', () => {
  it.each([
    [256, [512, 1 * GB, 2 * GB]],
    [512, [1, 2, 3, 4].map((g) => g * GB)],
    [1024, [2, 3, 4, 5, 6, 7, 8].map((g) => g * GB)],
  ])('cpu %i offers exactly the listed memory', (cpu, memory) => {
    expect(sizeForCpu(cpu)?.memory).toEqual(memory);
  });

  it.each([
    [2048, 4, 16, 1],
    [4096, 8, 30, 1],
    [8192, 16, 60, 4],
    [16384, 32, 120, 8],
  ])('cpu %i offers %i–%i GB in %i GB steps', (cpu, from, to, step) => {
    const memory = sizeForCpu(cpu)?.memory ?? [];
    expect(memory[0]).toBe(from * GB);
    expect(memory[memory.length - 1]).toBe(to * GB);
    expect(memory.length).toBe((to - from) / step + 1);
    memory.forEach((m, i) => expect(m).toBe((from + i * step) * GB));
  });

  it('has the seven sizes in ascending order, Windows only from 1 to 4 vCPU', () => {
    expect(FARGATE_SIZES.map((s) => s.cpu)).toEqual([256, 512, 1024, 2048, 4096, 8192, 16384]);
    expect(FARGATE_SIZES.filter((s) => s.windows).map((s) => s.cpu)).toEqual([1024, 2048, 4096]);
  });

  it('accepts and rejects typical pairs', () => {
    expect(isValidPair(256, 512)).toBe(true);
    expect(isValidPair(1024, 1024)).toBe(false);
    expect(isValidPair(8192, 20 * GB)).toBe(true);
    expect(isValidPair(8192, 18 * GB)).toBe(false);
    expect(isValidPair(16384, 40 * GB)).toBe(true);
    expect(isValidPair(16384, 36 * GB)).toBe(false);
    expect(isValidPair(32768, 60 * GB)).toBe(false);
  });

  it('finds the cpus that fit a memory and the nearest values', () => {
    expect(cpusForMemory(1024).map((s) => s.cpu)).toEqual([256, 512]);
    expect(cpusForMemory(4096).map((s) => s.cpu)).toEqual([512, 1024, 2048]);
    expect(cpusForMemory(1500)).toEqual([]);
    expect(nearestCpu(1000).cpu).toBe(1024);
    expect(nearestCpu(99999).cpu).toBe(16384);
    const one = sizeForCpu(1024);
    expect(one && nearestMemory(one, 1024)).toBe(2048);
    expect(one && nearestMemory(one, 99999)).toBe(8192);
  });

  it('describes memory ranges for messages', () => {
    const quarter = sizeForCpu(256);
    const one = sizeForCpu(1024);
    expect(quarter && describeMemory(quarter)).toBe("'512', '1024' or '2048' MiB");
    expect(one && describeMemory(one)).toBe("'2048'–'8192' MiB in steps of '1024'");
  });
});

describe('parseCpu and parseMemory', () => {
  it.each([
    [1024, 1024],
    ['1024', 1024],
    [' 512 ', 512],
    ['1 vCPU', 1024],
    ['1 vcpu', 1024],
    ['.25 vCPU', 256],
    ['0.5 vCPU', 512],
    ['16vCPU', 16384],
  ])('cpu %j is %i units', (input, units) => {
    expect(parseCpu(input)).toEqual({ ok: true, value: units });
  });

  it.each([
    [2048, 2048],
    ['2048', 2048],
    ['2 GB', 2048],
    ['2GB', 2048],
    ['.5 GB', 512],
    ['30 gb', 30720],
  ])('memory %j is %i MiB', (input, mib) => {
    expect(parseMemory(input)).toEqual({ ok: true, value: mib });
  });

  it.each([[null], [true], [[1024]], [{}], [''], ['1 GB'], ['abc'], [-1], [0], [1.5], ['1e3'], ['0x400']])(
    'cpu %j is unreadable',
    (input) => {
      expect(parseCpu(input).ok).toBe(false);
    },
  );

  it.each([['512 MB'], ['2 GiB'], ['1 vCPU'], [Number.NaN], [Infinity], ['0.001 GB']])(
    'memory %j is unreadable',
    (input) => {
      expect(parseMemory(input).ok).toBe(false);
    },
  );
});
