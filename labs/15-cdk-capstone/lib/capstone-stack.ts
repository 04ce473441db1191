// The labs-web production stack. It synthesizes as it is: the ECR repository the image will come from, and
// nothing else yet. Each TODO names the README task that fills it in.
import { Stack, type StackProps } from 'aws-cdk-lib';
import * as ecr from 'aws-cdk-lib/aws-ecr';
import type { Construct } from 'constructs';

export class CapstoneStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    // TODO (task 1): the VPC: two Availability Zones, public subnets and private subnets with egress.
    // TODO (task 2): scan images on push and make tags immutable; add the cluster with Container Insights.
    new ecr.Repository(this, 'Repository');
    // TODO (task 3): the task definition with separate task and execution roles, and the Fargate service.
    // TODO (task 4): the internet-facing load balancer: HTTPS listener, certificate parameter, HTTP redirect.
    // TODO (task 5): auto scaling: at least two tasks, a ceiling, CPU target tracking.
    // TODO (task 6): alarms on CPU, memory, 5xx responses and unhealthy targets, notifying an SNS topic.
    // TODO (task 7): acknowledge the cdk-nag findings you keep, each with its reason.
  }
}
