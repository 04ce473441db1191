// VPC002: the VPC has a public tier (a route to the internet gateway, for the load balancer and NAT gateways)
// and a private tier (for the tasks), each with a subnet in two Availability Zones. Partial credit: each of
// the four expected subnets (two public, two private, in different zones) counts once.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { resources } from '../lib/cloudformation.js';
import { azKey, SUBNET, subnetRouting } from './util/network.js';

export const ZONES_PER_TIER = 2;

export default defineRule({
  meta: {
    id: 'VPC002',
    name: 'subnet-tiers',
    target: 'cloudformation',
    severity: 'error',
    title: 'Build a public and a private subnet in each of two Availability Zones',
    description: `The template has public subnets (routed to an internet gateway) and private subnets (no route to one), each tier in ${ZONES_PER_TIER} Availability Zones, so the load balancer is the only thing facing the internet and the tasks stay private.`,
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-private-subnets-nat.html',
    evidence: ['SEC05-BP01'],
    messages: {
      noSubnets:
        "The template defines no 'AWS::EC2::Subnet'. Add two public subnets (routed to an internet gateway) and two private subnets, one of each per Availability Zone.",
      missingPublic: `The VPC has public subnets in {{zones}} of ${ZONES_PER_TIER} Availability Zones. A public subnet is associated with a route table whose '0.0.0.0/0' route goes to the internet gateway; the load balancer needs one in each zone. Add {{missing}} more.`,
      missingPrivate: `The VPC has private subnets in {{zones}} of ${ZONES_PER_TIER} Availability Zones. A private subnet has no route to the internet gateway (its default route, if any, goes to a NAT gateway); the tasks need one in each zone. Add {{missing}} more.`,
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const subnets = resources(t, SUBNET);
    if (subnets.length === 0) {
      ctx.report('noSubnets', {}, ['Resources']);
      return;
    }
    const zones = { public: new Set<string>(), private: new Set<string>() };
    // Findings point at the first subnet of the tier that is short, or at 'Resources' when it has none.
    const first: { public?: DataPath; private?: DataPath } = {};
    for (const s of subnets) {
      const tier = subnetRouting(t, s.name).internetGateway ? 'public' : 'private';
      first[tier] ??= s.path;
      // A subnet without a zone counts as a zone of its own here; VPC001 asks for the zones.
      zones[tier].add(azKey(t, s.props) ?? `unset:${s.name}`);
    }
    const missingPublic = Math.max(0, ZONES_PER_TIER - zones.public.size);
    const missingPrivate = Math.max(0, ZONES_PER_TIER - zones.private.size);
    if (missingPublic > 0) {
      ctx.report(
        'missingPublic',
        { zones: zones.public.size, missing: missingPublic },
        first.public ?? ['Resources'],
      );
    }
    if (missingPrivate > 0) {
      ctx.report(
        'missingPrivate',
        { zones: zones.private.size, missing: missingPrivate },
        first.private ?? ['Resources'],
      );
    }
    ctx.tally(2 * ZONES_PER_TIER, missingPublic + missingPrivate);
  },
});
