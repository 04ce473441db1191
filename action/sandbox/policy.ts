// Data module: what each lab may deploy to the sandbox. The allow-lists are deliberately short: every type here
// has been thought about for cost, for teardown (nothing that outlives DeleteStack) and for blast radius
// (nothing account-wide, such as GuardDuty detectors or Security Hub). A lab not listed is never deployed.

export type LabPolicy =
  | {
      deployable: true;
      /** Resource types allowed on top of COMMON_TYPES. */
      types: readonly string[];
      maxLoadBalancers: number;
      maxNatGateways: number;
    }
  | { deployable: false; reason: string };

/** What every container lab is built from: a VPC, an ECS service on Fargate behind a load balancer, roles, logs. */
export const COMMON_TYPES: readonly string[] = [
  'AWS::CDK::Metadata',
  'AWS::EC2::EIP',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::Route',
  'AWS::EC2::RouteTable',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::Subnet',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPC',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::ECS::Cluster',
  'AWS::ECS::ClusterCapacityProviderAssociations',
  'AWS::ECS::Service',
  'AWS::ECS::TaskDefinition',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::IAM::Policy',
  'AWS::IAM::Role',
  'AWS::Logs::LogGroup',
];

const AUTO_SCALING = [
  'AWS::ApplicationAutoScaling::ScalableTarget',
  'AWS::ApplicationAutoScaling::ScalingPolicy',
];
const KMS = ['AWS::KMS::Alias', 'AWS::KMS::Key'];

/** One load balancer and one NAT gateway: the shape of every service lab. */
const service = (types: readonly string[] = []): LabPolicy => ({
  deployable: true,
  types,
  maxLoadBalancers: 1,
  maxNatGateways: 1,
});

export const LAB_POLICIES: Readonly<Record<string, LabPolicy>> = {
  '03-ecs-service-alb': service(['AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget']),
  '04-fargate-cost-capacity': service(AUTO_SCALING),
  '05-ecr-registry': {
    deployable: true,
    types: ['AWS::ECR::ReplicationConfiguration', 'AWS::ECR::Repository', ...KMS],
    maxLoadBalancers: 0,
    maxNatGateways: 0,
  },
  // One NAT gateway per Availability Zone is the highly available pattern this lab teaches.
  '06-vpc-networking': {
    deployable: true,
    types: [
      'AWS::EC2::FlowLog',
      'AWS::EC2::NetworkAcl',
      'AWS::EC2::NetworkAclEntry',
      'AWS::EC2::SubnetNetworkAclAssociation',
      'AWS::EC2::VPCEndpoint',
    ],
    maxLoadBalancers: 1,
    maxNatGateways: 2,
  },
  '07-service-connect': service([
    'AWS::ServiceDiscovery::HttpNamespace',
    'AWS::ServiceDiscovery::PrivateDnsNamespace',
    'AWS::ServiceDiscovery::Service',
  ]),
  '08-iam-security': service([
    'AWS::IAM::ManagedPolicy',
    'AWS::SecretsManager::Secret',
    'AWS::SSM::Parameter',
    ...KMS,
  ]),
  '09-auto-scaling': service([...AUTO_SCALING, 'AWS::CloudWatch::Alarm']),
  '10-blue-green': service([
    'AWS::CloudWatch::Alarm',
    'AWS::CodeDeploy::Application',
    'AWS::CodeDeploy::DeploymentGroup',
  ]),
  '11-observability': service([
    'AWS::CloudWatch::Alarm',
    'AWS::CloudWatch::Dashboard',
    'AWS::SNS::Topic',
    'AWS::SSM::Parameter',
    ...KMS,
  ]),
  '12-eks-workload': {
    deployable: false,
    reason:
      'An EKS cluster takes 15 minutes or more to create and is billed by the hour before any workload runs, so the sandbox does not deploy lab 12; its static grade is unaffected.',
  },
  // Express Mode and App Runner provision their own load balancing, so the template declares none.
  '13-express-mode': {
    deployable: true,
    types: [
      'AWS::AppRunner::AutoScalingConfiguration',
      'AWS::AppRunner::Service',
      'AWS::AppRunner::VpcConnector',
      'AWS::ECS::ExpressGatewayService',
    ],
    maxLoadBalancers: 0,
    maxNatGateways: 1,
  },
  '14-multi-region': service([
    'AWS::ECR::ReplicationConfiguration',
    'AWS::ECR::Repository',
    'AWS::Route53::HealthCheck',
    'AWS::Route53::HostedZone',
    'AWS::Route53::RecordSet',
  ]),
  '15-cdk-capstone': service([...AUTO_SCALING, 'AWS::CloudWatch::Alarm', 'AWS::ECR::Repository']),
};

export function policyFor(labId: string): LabPolicy | undefined {
  return Object.hasOwn(LAB_POLICIES, labId) ? LAB_POLICIES[labId] : undefined;
}

/** Every type a deployable lab may use, sorted. */
export function allowedTypes(policy: Extract<LabPolicy, { deployable: true }>): string[] {
  return [...new Set([...COMMON_TYPES, ...policy.types])].sort();
}
