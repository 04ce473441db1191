// SVC005: the template has an Application Load Balancer in at least two subnets in two Availability Zones,
// and an internet-facing one sits in public subnets (a route to the internet gateway), the only place it can
// receive traffic from the internet.
import { defineRule } from '../../action/engine/define.js';
import { literalString, resources } from '../lib/cloudformation.js';
import { ALB, distinctZones, loadBalancerSubnets, tierOf } from '../vpc/util/network.js';

export default defineRule({
  meta: {
    id: 'SVC005',
    name: 'alb-public-subnets',
    target: 'cloudformation',
    severity: 'error',
    title: 'Put the load balancer in public subnets in two Availability Zones',
    description:
      'The template has an Application Load Balancer with subnets in at least two Availability Zones, and an internet-facing load balancer uses public subnets, so it stays up when one zone fails and can receive traffic from the internet.',
    docsUrl:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones',
    evidence: ['E3680', 'ELB.13', 'REL10-BP01'],
    messages: {
      noLoadBalancer:
        "The template defines no Application Load Balancer ('AWS::ElasticLoadBalancingV2::LoadBalancer'), so nothing spreads requests across the tasks or replaces an unhealthy one in rotation. Add an internet-facing ALB in the two public subnets.",
      tooFewSubnets:
        "Load balancer '{{lb}}' has {{count}} subnet(s); an Application Load Balancer needs at least two, in different Availability Zones (cfn-lint E3680, Security Hub ELB.13). List one public subnet per zone.",
      oneZone:
        "Load balancer '{{lb}}' has {{count}} subnets but they are all in one Availability Zone, so an outage of that zone takes the whole service down. Use subnets in two zones, for example with '!Select [0, !GetAZs \"\"]' and '!Select [1, !GetAZs \"\"]'.",
      privateSubnet:
        "Internet-facing load balancer '{{lb}}' uses '{{subnet}}', which has no route to an internet gateway, so requests from the internet cannot reach the load balancer there. Use the public subnets, and keep the private ones for the tasks.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const albs = resources(t, ALB).filter((lb) => {
      const type = literalString(t, lb.props['Type']);
      return type === undefined || type.toLowerCase() === 'application';
    });
    if (albs.length === 0) {
      ctx.report('noLoadBalancer', {}, ['Resources']);
      return;
    }
    const failed = new Set<string>();
    for (const lb of albs) {
      const at = [...lb.path, 'Properties'];
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed.add(lb.name);
        ctx.report(...args);
      };
      const subnets = loadBalancerSubnets(t, lb);
      if (subnets.length < 2) {
        fail(
          'tooFewSubnets',
          { lb: lb.name, count: subnets.length },
          lb.props['Subnets'] !== undefined ? [...at, 'Subnets'] : at,
        );
      } else if (distinctZones(t, subnets, true) < 2) {
        fail('oneZone', { lb: lb.name, count: subnets.length }, [
          ...at,
          lb.props['Subnets'] !== undefined ? 'Subnets' : 'SubnetMappings',
        ]);
      }
      const scheme = literalString(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
      if (scheme !== 'internet-facing') continue;
      for (const ref of subnets) {
        if (tierOf(t, ref) === 'private') fail('privateSubnet', { lb: lb.name, subnet: ref.name }, ref.path);
      }
    }
    ctx.tally(albs.length, failed.size);
  },
});
