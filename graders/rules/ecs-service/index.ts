// ECS service rules (prefix SVC), sorted by id: the service, its cluster, load balancer, target group,
// security groups, deployment settings and storage, read from a CloudFormation template (or CDK output).
// Each file holds one rule; util/ holds helpers, and graders/rules/vpc/util/network.ts the shared network model.
import clusterContainerInsights from './cluster-container-insights.js';
import fargateService from './fargate-service.js';
import noPublicIp from './no-public-ip.js';
import privateSubnets from './private-subnets.js';
import albPublicSubnets from './alb-public-subnets.js';
import ipTargetGroup from './ip-target-group.js';
import serviceIngressFromLoadBalancer from './service-ingress-from-load-balancer.js';
import deploymentCircuitBreaker from './deployment-circuit-breaker.js';
import deploymentHealthyPercent from './deployment-healthy-percent.js';
import healthCheckGracePeriod from './health-check-grace-period.js';
import multiAzTasks from './multi-az-tasks.js';
import efsTransitEncryption from './efs-transit-encryption.js';
import httpsListener from './https-listener.js';

export const ecsServiceRules = [
  clusterContainerInsights, // SVC001
  fargateService, // SVC002
  noPublicIp, // SVC003
  privateSubnets, // SVC004
  albPublicSubnets, // SVC005
  ipTargetGroup, // SVC006
  serviceIngressFromLoadBalancer, // SVC007
  deploymentCircuitBreaker, // SVC008
  deploymentHealthyPercent, // SVC009
  healthCheckGracePeriod, // SVC010
  multiAzTasks, // SVC011
  efsTransitEncryption, // SVC012
  httpsListener, // SVC013
] as const;
