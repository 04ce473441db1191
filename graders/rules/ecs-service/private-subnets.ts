// SVC004: every ECS service runs its tasks in private subnets: subnets with no route to an internet gateway.
// Subnets of the template are classified by their route tables; subnets the template takes from a typed
// parameter (`PrivateSubnetIds` of type `List<AWS::EC2::Subnet::Id>`, the style of AWS's reference
// architectures) by the tier the parameter's name or description declares, and imports by their name, since
// the grader cannot see their routes.
import { defineRule } from '../../engine/define.js';
import { subnetRefs } from '../vpc/util/network.js';
import { declaredTier, describeSubnet, oncePerParameter } from './util/subnet-parameters.js';
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
      publicSubnetParameter:
        "Service '{{service}}' places tasks in {{subnet}}, which the template's own name or description for them declares public (subnets with a route to an internet gateway). Tasks there are one security-group mistake away from the internet. Take the tasks' subnets from a parameter for the private subnets, such as 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'.",
      unverifiable:
        "Service '{{service}}' places tasks in {{subnet}}, and nothing in the template says whether that is a private subnet: the grader cannot see its routes. Reference the private subnets defined in the template (for example '!Ref PrivateSubnetA'), or take them from a parameter whose name or description says they are private (for example 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>').",
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
      for (const ref of oncePerParameter(refs)) {
        const tier = declaredTier(t, ref);
        if (tier === 'public') {
          if (ref.kind === 'resource')
            fail('publicSubnet', { service: svc.name, subnet: ref.name }, ref.path);
          else fail('publicSubnetParameter', { service: svc.name, subnet: describeSubnet(t, ref) }, ref.path);
        } else if (tier === 'unknown') {
          fail('unverifiable', { service: svc.name, subnet: describeSubnet(t, ref) }, ref.path);
        }
      }
    }
    if (services.length > 0) ctx.tally(services.length, failed.size);
  },
});
