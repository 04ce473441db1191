// Data module (exports no rule): the one table of AWS Fargate prices the lab 04 cost estimate uses.
// Region us-east-1 (US East, N. Virginia), Linux, in US dollars. Change prices here and nowhere else.
//
// Where the figures come from (looked up 2026-11-26 with the project's `search` tool):
// - AWS's own pricing page, https://aws.amazon.com/fargate/pricing/ , is the authority, but its per-region rate
//   tables are rendered in the browser: the stored copy of the page has the table headings ("Linux/X86",
//   "Linux/ARM") without the figures. Its text does state that Fargate Spot runs tasks "at up to a 70% discount off
//   the regular Fargate price", that billing is per second, and that 20 GB of ephemeral storage is included.
// - The figures themselves are taken from third-party pages that quote that AWS page for us-east-1 and agree
//   with each other: https://www.vantage.sh/blog/fargate-pricing (Linux/x86 $0.04048 per vCPU-hour and
//   $0.004445 per GB-hour; Linux/ARM $0.03238 and $0.00356; $0.000111 per GB-hour of ephemeral storage above
//   20 GB), confirmed by https://cloudburn.io/blog/aws-fargate-pricing ("US East (N. Virginia) pricing as of
//   March 2026", from the AWS Price List API), https://fortem.dev/fargate-spot/ (on-demand rates "verified June
//   2026 from aws.amazon.com/fargate/pricing") and https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/
//   (June 2026).
// - No source gives current Fargate Spot rates: AWS publishes them only in a table that changes with supply and
//   demand. The estimate therefore applies AWS's stated discount, 70%, to the on-demand rates for both
//   architectures. Real Spot prices move; treat Spot figures as the best case and leave headroom in a budget.
// - Fargate Spot has run ARM64 (Graviton) tasks since September 2024
//   (https://aws.amazon.com/about-aws/whats-new/2024/09/amazon-ecs-graviton-based-spot-compute-fargate/).

export const PRICES_SOURCE = {
  /** The authority; its rate tables render in the browser only. */
  url: 'https://aws.amazon.com/fargate/pricing/',
  /** Where the us-east-1 figures below were read, and the pages that agree with it. */
  figuresFrom: [
    'https://www.vantage.sh/blog/fargate-pricing',
    'https://cloudburn.io/blog/aws-fargate-pricing',
    'https://fortem.dev/fargate-spot/',
    'https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/',
  ],
  /** The date the figures were taken. */
  taken: '2026-11-26',
  region: 'us-east-1',
  currency: 'USD',
} as const;

/** A month, for estimates: 365 days × 24 hours ÷ 12, the convention AWS's own calculator uses. */
export const HOURS_PER_MONTH = 730;

export type Architecture = 'X86_64' | 'ARM64';

export interface FargateRate {
  /** US dollars per vCPU per hour. */
  vcpuHour: number;
  /** US dollars per GB of memory per hour (1 GB = 1024 MiB for task memory). */
  gbHour: number;
}

/** On-demand Fargate rates for Linux tasks in us-east-1, by CPU architecture. */
export const FARGATE_ON_DEMAND: Readonly<Record<Architecture, FargateRate>> = {
  X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 },
  ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 },
};

/**
 * Fargate Spot's discount off the on-demand rate: AWS states "up to 70%". No current Spot rate could be found
 * in a stored source (AWS publishes it in a dynamic table), so this is AWS's stated figure, not a measured one.
 */
export const FARGATE_SPOT_DISCOUNT = 0.7;

/** Ephemeral storage included with every task; only what is configured above it is billed. */
export const INCLUDED_EPHEMERAL_GIB = 20;

/**
 * US dollars per GB-hour of ephemeral storage above the included 20 GB. Charged at this rate on Spot too (the
 * sources give no Spot storage rate), which keeps the estimate on the safe side.
 */
export const EPHEMERAL_STORAGE_GB_HOUR = 0.000111;
