// VPC001: the template's subnets span at least two Availability Zones, the minimum for a load balancer and
// for a service that survives the loss of one zone.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { resources } from '../lib/cloudformation.js';
import { azKey, SUBNET } from './util/network.js';

export default defineRule({
  meta: {
    id: 'VPC001',
    name: 'multi-az-subnets',
    target: 'cloudformation',
    severity: 'error',
    title: 'Spread the subnets over at least two Availability Zones',
    description:
      "The template's subnets name at least two different Availability Zones, so the load balancer and the service's tasks can run in two zones and survive the loss of one.",
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
    evidence: ['REL10-BP01', 'ELB.13', 'E3680'],
    messages: {
      noSubnets:
        "The template defines no 'AWS::EC2::Subnet', so there is no network to check. Build the VPC in this template: public and private subnets in two Availability Zones.",
      oneZone:
        "{{subnets}} in {{zones}}, so one zone outage takes down everything in the VPC, and an Application Load Balancer cannot even be created (it needs two zones). Put each tier's second subnet in a second zone, for example 'AvailabilityZone: !Select [1, !GetAZs \"\"]'.",
      zoneNotSet:
        "Subnet '{{subnet}}' sets no 'AvailabilityZone', so AWS picks one and may put it in the same zone as the others. Set it, for example 'AvailabilityZone: !Select [0, !GetAZs \"\"]'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const subnets = resources(t, SUBNET);
    if (subnets.length === 0) {
      ctx.report('noSubnets', {}, ['Resources']);
      return;
    }
    const zones = new Set<string>();
    const unset: typeof subnets = [];
    for (const s of subnets) {
      const key = azKey(t, s.props);
      if (key === undefined) unset.push(s);
      else zones.add(key);
    }
    if (zones.size >= 2) return;
    if (unset.length > 0) {
      for (const s of unset) ctx.report('zoneNotSet', { subnet: s.name }, [...s.path, 'Properties']);
      return;
    }
    const n = subnets.length;
    const which = n === 1 ? "The template's only subnet is" : `All ${countNoun(n, 'subnet')} are`;
    ctx.report('oneZone', { subnets: which, zones: describeZone([...zones][0]) }, [
      ...subnets[0]!.path,
      'Properties',
      'AvailabilityZone',
    ]);
  },
});

function describeZone(key: string | undefined): string {
  if (key === undefined) return 'one Availability Zone';
  if (key.startsWith('name:')) return `'${key.slice(5)}'`;
  if (key.startsWith('getazs:')) return `the zone '!Select [${key.slice(7)}, !GetAZs ""]'`;
  return 'one Availability Zone';
}
