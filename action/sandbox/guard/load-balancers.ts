// SBX012: no more load balancers than the lab teaches. Each bills by the started hour, with public addresses on
// top; services share one through listener rules.
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule } from './util/define.js';

export default defineGuardRule<'labId' | 'sandbox'>()({
  meta: {
    id: 'SBX012',
    name: 'load-balancers',
    target: 'cloudformation',
    severity: 'error',
    title: 'Create no more load balancers than the lab allows',
    description:
      "The template creates at most as many Elastic Load Balancing v2 load balancers as the lab's sandbox declaration allows ('maxLoadBalancers'); each is billed by the hour, and several services can share one through listener rules.",
    docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html',
    evidence: ['Elastic Load Balancing pricing'],
    messages: {
      tooMany:
        "The template creates {{count}} load balancers ({{names}}); lab '{{lab}}' may create at most {{max}} in the sandbox. Route several services through one load balancer with listener rules.",
    },
  },
  check(doc, ctx) {
    const max = ctx.options.sandbox.maxLoadBalancers;
    const lbs = resources(doc.template, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    const extra = lbs[max];
    if (!extra) return;
    ctx.report(
      'tooMany',
      { count: lbs.length, names: lbs.map((n) => `'${n.name}'`).join(', '), lab: ctx.options.labId, max },
      [...extra.path, 'Type'],
    );
  },
});
