// SVC004: every ECS service runs its tasks in private subnets: subnets with no route to an internet gateway.
// Subnets of the template are classified by their route tables; subnets the template only names (a
// parameter or an import) by that name, since the grader cannot see their routes.
import { defineRule } from '../../engine/define.js';
import { subnetRefs, tierOf } from '../vpc/util/network.js';
import { awsvpcConfiguration, readServices, serviceMessages } from './util/service.js';

export default defineRule({
  meta: {
    id: 'SVC004',
    name: 'private-subnets',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run the tasks in private subnets',
    description:
      'Every ECS service uses awsvpc networking with subnets that have no route to an internet gateway, so the tasks sit in the network layer that the internet cannot reach and only the load balancer is public.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
    evidence: ['SEC05-BP01', 'E3052'],
    messages: {
      ...serviceMessages,
      noNetworkConfiguration:
        "Service '{{service}}' has no 'NetworkConfiguration.AwsvpcConfiguration', which a Fargate (awsvpc) service needs to know its subnets and security groups (cfn-lint E3052). Add one with the private subnets and the service's security group.",
      noSubnets:
        "Service '{{service}}' lists no 'Subnets', so ECS cannot place its tasks. List the private subnets, one per Availability Zone.",
      publicSubnet:
        "Service '{{service}}' places tasks in '{{subnet}}', a public subnet (its route table sends traffic to an internet gateway). Tasks there are one security-group mistake away from the internet. Use the private subnets, whose default route goes to a NAT gateway or which reach AWS through VPC endpoints.",
      unverifiable:
        "Service '{{service}}' places tasks in {{subnet}}, which the grader cannot follow to a subnet of this template, so it cannot tell whether the subnet is private. Reference the private subnets defined in the template (for example '!Ref PrivateSubnetA').",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const failed = new Set<string>();
    for (const svc of services) {
      const vpc = awsvpcConfiguration(svc);
      const fail = (...args: Parameters<typeof ctx.report>) => {
        failed.add(svc.name);
        ctx.report(...args);
      };
      if (!vpc) {
        fail('noNetworkConfiguration', { service: svc.name }, [...svc.path, 'Properties']);
        continue;
      }
      const refs = subnetRefs(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']);
      if (refs.length === 0) {
        fail('noSubnets', { service: svc.name }, vpc.path);
        continue;
      }
      for (const ref of refs) {
        const tier = tierOf(t, ref);
        if (tier === 'public') fail('publicSubnet', { service: svc.name, subnet: ref.name }, ref.path);
        else if (tier === 'unknown') {
          const what =
            ref.kind === 'parameter'
              ? `parameter '${ref.name}'`
              : ref.kind === 'import'
                ? `the import '${ref.name}'`
                : `'${ref.name}'`;
          fail('unverifiable', { service: svc.name, subnet: what }, ref.path);
        }
      }
    }
    if (services.length > 0) ctx.tally(services.length, failed.size);
  },
});
