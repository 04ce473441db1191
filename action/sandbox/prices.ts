// Data module: the hourly prices the sandbox cost estimate uses besides Fargate's (which live in
// graders/rules/fargate-capacity/prices.ts, shared with lab 04). Region us-east-1, US dollars. Change prices here only.
//
// Where the figures come from (looked up 2026-11-26 with the project's `search` tool):
// - AWS's pricing pages are the authority: https://aws.amazon.com/elasticloadbalancing/pricing/ and
//   https://aws.amazon.com/vpc/pricing/ . The stored copies carry the billing rules ("each hour or partial hour
//   that an Application Load Balancer is running, and the number of Load Balancer Capacity Units (LCU) used per
//   hour") but not the per-region figures, which the pages render in the browser.
// - ALB: $0.0225 per ALB-hour and $0.008 per LCU-hour in US East, from
//   https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/ (2026-05-08), matching the us-east-1 row of
//   https://cal53.calculator.city/aws-alb-cost-calculator/ .
// - NAT gateway: $0.045 per NAT gateway-hour and $0.045 per GB processed in us-east-1, from
//   https://cloudburn.io/blog/aws-nat-gateway-pricing (2026-02-24), https://basavytix.com/blog/aws-nat-gateway-pricing
//   and https://cloudpipelines.pages.dev/guides/aws-nat-gateway-pricing-2026/ , which agree.
// - Public IPv4: $0.005 per address-hour since 2024-02-01, in use or idle, in every region; AWS announced it on
//   its blog (https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/), quoted by
//   https://www.repost.aws/articles/ARapCqBMkaTfCidGWemmSjAA/public-ipv4-addresses-cost-projection and others.
// Usage-based charges (LCUs beyond one per hour, NAT data processed, data transfer) are left out: a sandbox run
// sends a handful of health checks and one probe, fractions of a cent.

export const SANDBOX_PRICES_SOURCE = {
  urls: [
    'https://aws.amazon.com/elasticloadbalancing/pricing/',
    'https://aws.amazon.com/vpc/pricing/',
    'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
    'https://cloudburn.io/blog/aws-nat-gateway-pricing',
    'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
  ],
  taken: '2026-11-26',
  region: 'us-east-1',
  currency: 'USD',
} as const;

export interface HourlyPrice {
  usdPerHour: number;
  /** AWS bills a started hour as a full one (load balancers, NAT gateways), or by the second. */
  billing: 'per-started-hour' | 'per-second';
  source: string;
}

export const HOURLY_PRICES = {
  /** One Application Load Balancer, running. */
  albHour: {
    usdPerHour: 0.0225,
    billing: 'per-started-hour',
    source: 'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
  },
  /** One LCU-hour: the estimate counts one per load balancer per hour, the floor of an idle ALB's usage. */
  albLcuHour: {
    usdPerHour: 0.008,
    billing: 'per-started-hour',
    source: 'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
  },
  /** One NAT gateway, provisioned. */
  natGatewayHour: {
    usdPerHour: 0.045,
    billing: 'per-started-hour',
    source: 'https://cloudburn.io/blog/aws-nat-gateway-pricing',
  },
  /** One public IPv4 address (an Elastic IP, or one per subnet of an internet-facing load balancer). */
  publicIpv4Hour: {
    usdPerHour: 0.005,
    billing: 'per-started-hour',
    source: 'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
  },
} as const satisfies Record<string, HourlyPrice>;
