// SBX011: no more NAT gateways than the lab teaches. Each bills by the started hour whether traffic flows or not,
// so the lab's declaration caps them (one per zone only where high availability is the lesson).
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { HOURLY_PRICES } from '../prices.js';
import { defineGuardRule } from './util/define.js';

export default defineGuardRule<'labId' | 'sandbox'>()({
  meta: {
    id: 'SBX011',
    name: 'nat-gateways',
    target: 'cloudformation',
    severity: 'error',
    title: 'Create no more NAT gateways than the lab allows',
    description:
      "The template creates at most as many NAT gateways as the lab's sandbox declaration allows ('maxNatGateways'); each is billed by the hour whether or not traffic flows.",
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-pricing.html',
    evidence: ['VPC NAT gateway pricing'],
    messages: {
      tooMany:
        "The template creates {{count}} NAT gateways ({{names}}); lab '{{lab}}' may create at most {{max}} in the sandbox. Each costs about {{hourly}} an hour; share one, or use VPC endpoints.",
    },
  },
  check(doc, ctx) {
    const max = ctx.options.sandbox.maxNatGateways;
    const nats = resources(doc.template, 'AWS::EC2::NatGateway');
    const extra = nats[max];
    if (!extra) return;
    ctx.report(
      'tooMany',
      {
        count: nats.length,
        names: nats.map((n) => `'${n.name}'`).join(', '),
        lab: ctx.options.labId,
        max,
        hourly: `$${HOURLY_PRICES.natGatewayHour.usdPerHour}`,
      },
      [...extra.path, 'Type'],
    );
  },
});
