// SVC005: the template has an Application Load Balancer in at least two subnets in two Availability Zones;
// it is internet-facing (the lab's service is reached from the internet; an omitted Scheme is internet-facing)
// and sits in public subnets (a route to the internet gateway), the only place it can receive that traffic.
// Subnets from a typed list parameter ('PublicSubnetIds' of type 'List<AWS::EC2::Subnet::Id>') cannot be
// counted or placed in zones statically; they are judged by the tier the parameter declares.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { literalString, resources } from '../lib/cloudformation.js';
import { ALB, loadBalancerSubnets } from '../vpc/util/network.js';
import {
  declaredTier,
  describeSubnet,
  oncePerParameter,
  subnetCount,
  zoneCount,
} from './util/subnet-parameters.js';

export default defineRule({
  meta: {
    id: 'SVC005',
    name: 'alb-public-subnets',
    target: 'cloudformation',
    severity: 'error',
    title: 'Put the load balancer in public subnets in two Availability Zones',
    description:
      "The template has an Application Load Balancer with subnets in at least two Availability Zones; it is internet-facing (not 'Scheme: internal') and uses public subnets, so it stays up when one zone fails and can receive traffic from the internet.",
    docsUrl:
      'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones',
    evidence: ['E3680', 'ELB.13', 'REL10-BP01'],
    messages: {
      noLoadBalancer:
        "The template defines no Application Load Balancer ('AWS::ElasticLoadBalancingV2::LoadBalancer'), so nothing spreads requests across the tasks or replaces an unhealthy one in rotation. Add an internet-facing ALB in the two public subnets.",
      tooFewSubnets:
        "Load balancer '{{lb}}' has {{subnets}}; an Application Load Balancer needs at least two, in different Availability Zones (cfn-lint E3680, Security Hub ELB.13). List one public subnet per zone.",
      oneZone:
        "Load balancer '{{lb}}' has {{subnets}} but they are all in one Availability Zone, so an outage of that zone takes the whole service down. Use subnets in two zones, for example with '!Select [0, !GetAZs \"\"]' and '!Select [1, !GetAZs \"\"]'.",
      internal:
        "Load balancer '{{lb}}' has 'Scheme: internal', so it gets only private addresses in the VPC and nobody outside the VPC can reach the service through it. This lab's load balancer serves the internet: set 'Scheme: internet-facing' (or leave 'Scheme' out, since internet-facing is the default) and place it in the public subnets.",
      privateSubnet:
        "Internet-facing load balancer '{{lb}}' uses '{{subnet}}', which has no route to an internet gateway, so requests from the internet cannot reach the load balancer there. Use the public subnets, and keep the private ones for the tasks.",
      privateSubnetParameter:
        "Internet-facing load balancer '{{lb}}' uses {{subnet}}, which the template's own name or description for them declares private (no route to an internet gateway), so requests from the internet cannot reach the load balancer there. Take the load balancer's subnets from a parameter for the public subnets, such as 'PublicSubnetIds' of type 'List<AWS::EC2::Subnet::Id>', and keep the private ones for the tasks.",
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
      // Undefined when a list parameter's subnets are chosen at deploy time: nothing to count, so no finding.
      const count = subnetCount(t, subnets);
      const zones = zoneCount(t, subnets);
      if (count !== undefined && count < 2) {
        fail(
          'tooFewSubnets',
          { lb: lb.name, subnets: countNoun(count, 'subnet') },
          lb.props['Subnets'] !== undefined ? [...at, 'Subnets'] : at,
        );
      } else if (count !== undefined && zones !== undefined && zones < 2) {
        fail('oneZone', { lb: lb.name, subnets: countNoun(count, 'subnet') }, [
          ...at,
          lb.props['Subnets'] !== undefined ? 'Subnets' : 'SubnetMappings',
        ]);
      }
      // A computed Scheme is given the benefit of the doubt and checked as internet-facing.
      const scheme = literalString(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
      if (scheme === 'internal') {
        fail('internal', { lb: lb.name }, [...at, 'Scheme']);
        continue; // its subnets are right for an internal load balancer; the scheme is the mistake
      }
      if (scheme !== 'internet-facing') continue;
      for (const ref of oncePerParameter(subnets)) {
        if (declaredTier(t, ref) !== 'private') continue;
        if (ref.kind === 'resource') fail('privateSubnet', { lb: lb.name, subnet: ref.name }, ref.path);
        else fail('privateSubnetParameter', { lb: lb.name, subnet: describeSubnet(t, ref) }, ref.path);
      }
    }
    ctx.tally(albs.length, failed.size);
  },
});
