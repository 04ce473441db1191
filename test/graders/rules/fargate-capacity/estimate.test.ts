// The monthly cost estimate: the task split ECS makes, the price of one task, and whole templates, worked by
// hand from the table in prices.ts (us-east-1, 730 hours a month, Spot at 70% off).
import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import {
  describeSize,
  dollars,
  estimateMonthlyCost,
  splitTasks,
  taskPrice,
  tasks,
} from '../../../../graders/rules/fargate-capacity/estimate.js';
import { props, tpl, type Template } from './template.js';

const estimate = (text: string) => {
  const p = parseCloudFormation('template.yaml', text);
  if (!p.ok) throw new Error('test template did not parse');
  return estimateMonthlyCost(p.doc.template);
};

describe('splitTasks', () => {
  const od = (base: number, weight: number) => ({ provider: 'FARGATE', base, weight });
  const spot = (base: number, weight: number) => ({ provider: 'FARGATE_SPOT', base, weight });
  it.each([
    ['base 1, weights 1:3, 4 tasks', 4, [od(1, 1), spot(0, 3)], 1.75, 2.25],
    ['base 1, weights 0:1, 4 tasks', 4, [od(1, 0), spot(0, 1)], 1, 3],
    ['base larger than the count', 2, [od(3, 1), spot(0, 1)], 2, 0],
    ['no base, equal weights', 4, [od(0, 1), spot(0, 1)], 2, 2],
    ['base on Spot', 4, [od(0, 1), spot(2, 1)], 1, 3],
    ['all weights zero: the rest stays with the base provider', 3, [od(1, 0), spot(0, 0)], 3, 0],
    ['zero tasks', 0, [od(1, 1), spot(0, 3)], 0, 0],
  ] as const)('%s', (_name, n, strategy, onDemand, spotTasks) => {
    expect(splitTasks(n, strategy)).toEqual({ onDemand, spot: spotTasks });
  });
});

describe('taskPrice', () => {
  it('x86 .5 vCPU / 2 GB: 0.5 × 0.04048 + 2 × 0.004445 per hour', () => {
    const p = taskPrice(512, 2048, 'X86_64', 20);
    expect(p.onDemandHour).toBeCloseTo(0.02913, 10);
    expect(p.spotHour).toBeCloseTo(0.02913 * 0.3, 10);
    expect(p.storageHour).toBe(0);
  });
  it('ARM64 is cheaper than x86 for the same size', () => {
    expect(taskPrice(1024, 2048, 'ARM64', 20).onDemandHour).toBeCloseTo(0.03238 + 2 * 0.00356, 10);
    expect(taskPrice(1024, 2048, 'ARM64', 20).onDemandHour).toBeLessThan(
      taskPrice(1024, 2048, 'X86_64', 20).onDemandHour,
    );
  });
  it('bills ephemeral storage above the included 20 GiB', () => {
    expect(taskPrice(256, 512, 'X86_64', 30).storageHour).toBeCloseTo(10 * 0.000111, 12);
  });
});

describe('estimateMonthlyCost', () => {
  it('prices the base template: 4 ARM64 tasks of .5 vCPU / 2 GB, 1.75 on demand, 2.25 on Spot, 21 GiB', () => {
    const e = estimate(tpl());
    expect(e.ok).toBe(true);
    if (!e.ok) return;
    const hour = 0.5 * 0.03238 + 2 * 0.00356;
    expect(e.monthly).toBeCloseTo(730 * (1.75 * hour + 2.25 * hour * 0.3 + 4 * 0.000111), 6);
    expect(e.monthly).toBeCloseTo(41.59, 2);
    expect(e.services[0]).toMatchObject({
      desiredCount: 4,
      cpu: 512,
      memory: 2048,
      architecture: 'ARM64',
      placement: 'service strategy',
    });
  });

  it('prices LaunchType FARGATE as all on demand, x86 when no RuntimePlatform', () => {
    const e = estimate(
      tpl((t) => {
        const s = props(t, 'Service');
        delete s['CapacityProviderStrategy'];
        s['LaunchType'] = 'FARGATE';
        delete props(t, 'TaskDefinition')['RuntimePlatform'];
        delete props(t, 'TaskDefinition')['EphemeralStorage'];
      }),
    );
    expect(e.ok && e.monthly).toBeCloseTo(4 * 730 * 0.02913, 6);
    expect(e.ok && e.services[0]!.placement).toBe('launch type');
  });

  it('falls back to the cluster default strategy when the service has none', () => {
    const e = estimate(tpl((t) => delete props(t, 'Service')['CapacityProviderStrategy']));
    expect(e.ok && e.services[0]!.placement).toBe('cluster default strategy');
    expect(e.ok && e.services[0]!.split).toEqual({ onDemand: 1.75, spot: 2.25 });
  });

  it('uses ECS’s default of one task when DesiredCount is absent', () => {
    const e = estimate(tpl((t) => delete props(t, 'Service')['DesiredCount']));
    expect(e.ok && e.services[0]!.desiredCount).toBe(1);
    expect(e.ok && e.services[0]!.desiredCountDefaulted).toBe(true);
  });

  it('adds services up', () => {
    const one = estimate(tpl());
    const two = estimate(tpl((t) => (t.Resources['Service2'] = structuredClone(t.Resources['Service']!))));
    expect(one.ok && two.ok && two.monthly).toBeCloseTo(one.ok ? 2 * one.monthly : NaN, 6);
  });

  it.each([
    ['no service', (t: Template) => delete t.Resources['Service'], /no 'AWS::ECS::Service'/],
    [
      'a task definition outside the template',
      (t: Template) =>
        (props(t, 'Service')['TaskDefinition'] = 'arn:aws:ecs:us-east-1:123456789012:task-definition/web:3'),
      /task size is unknown/,
    ],
    [
      'Cpu from a parameter without a default',
      (t: Template) => {
        t.Parameters = { Cpu: { Type: 'String' } };
        props(t, 'TaskDefinition')['Cpu'] = { Ref: 'Cpu' };
      },
      /'Cpu' of 'TaskDefinition'/,
    ],
    [
      'an EC2 launch type',
      (t: Template) => {
        delete props(t, 'Service')['CapacityProviderStrategy'];
        props(t, 'Service')['LaunchType'] = 'EC2';
      },
      /does not run on Fargate/,
    ],
    [
      'a strategy from an intrinsic',
      (t: Template) => (props(t, 'Service')['CapacityProviderStrategy'] = { 'Fn::If': ['X', [], []] }),
      /not a literal list/,
    ],
  ])('says why it cannot estimate: %s', (_name, edit, reason) => {
    const e = estimate(tpl(edit));
    expect(e.ok).toBe(false);
    if (!e.ok) expect(e.reason).toMatch(reason);
  });
});

describe('formatting', () => {
  it.each([
    [512, 2048, '.5 vCPU / 2 GB'],
    [256, 512, '.25 vCPU / 0.5 GB'],
    [1024, 3072, '1 vCPU / 3 GB'],
  ])('describeSize(%i, %i) = %s', (cpu, memory, text) => expect(describeSize(cpu, memory)).toBe(text));
  it('dollars and task counts', () => {
    expect(dollars(41.5886)).toBe('$41.59');
    expect(tasks(2.25)).toBe('2.25');
    expect(tasks(1.5)).toBe('1.5');
    expect(tasks(3)).toBe('3');
  });
});
