// The one price table: it says where its figures come from and when they were taken, and the figures are the
// us-east-1 Linux rates those sources agree on (checked 2026-11-26).
import { describe, expect, it } from 'vitest';
import {
  EPHEMERAL_STORAGE_GB_HOUR,
  FARGATE_ON_DEMAND,
  FARGATE_SPOT_DISCOUNT,
  HOURS_PER_MONTH,
  INCLUDED_EPHEMERAL_GIB,
  PRICES_SOURCE,
} from '../../../../graders/rules/fargate-capacity/prices.js';

describe('Fargate price table', () => {
  it('records its source and the date the figures were taken', () => {
    expect(PRICES_SOURCE.url).toBe('https://aws.amazon.com/fargate/pricing/');
    expect(PRICES_SOURCE.figuresFrom.length).toBeGreaterThan(0);
    for (const u of PRICES_SOURCE.figuresFrom) expect(u).toMatch(/^https:\/\//);
    expect(PRICES_SOURCE.taken).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICES_SOURCE.region).toBe('us-east-1');
  });

  it('holds the us-east-1 Linux rates', () => {
    expect(FARGATE_ON_DEMAND.X86_64).toEqual({ vcpuHour: 0.04048, gbHour: 0.004445 });
    expect(FARGATE_ON_DEMAND.ARM64).toEqual({ vcpuHour: 0.03238, gbHour: 0.00356 });
    expect(EPHEMERAL_STORAGE_GB_HOUR).toBe(0.000111);
    expect(INCLUDED_EPHEMERAL_GIB).toBe(20);
  });

  it('Graviton is about 20% cheaper on both dimensions', () => {
    expect(FARGATE_ON_DEMAND.ARM64.vcpuHour / FARGATE_ON_DEMAND.X86_64.vcpuHour).toBeCloseTo(0.8, 2);
    expect(FARGATE_ON_DEMAND.ARM64.gbHour / FARGATE_ON_DEMAND.X86_64.gbHour).toBeCloseTo(0.8, 2);
  });

  it('uses 730 hours a month and AWS’s stated 70% Spot discount', () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(FARGATE_SPOT_DISCOUNT).toBe(0.7);
  });
});
