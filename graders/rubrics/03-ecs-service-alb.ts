// Lab 03: the learner writes a CloudFormation template that runs the Lab 02 task as an ECS service on Fargate
// behind an Application Load Balancer that serves HTTPS. Thirty points over ten items; the network is given in
// the starter.
import { defineLab } from '../engine/define.js';
import { service } from './lib/sandbox.js';
import { hasLoadBalancedService, mountsEfsVolume } from '../rules/ecs-service/util/service.js';
import {
  ECS_GUIDE,
  ELB_GUIDE,
  awsDoc,
  cdkNag,
  cfnLint,
  checkov,
  securityHub,
  wellArchitected,
} from './lib/evidence.js';
import { TEMPLATE_FILE, requires } from './lib/template.js';
import { literalString, resources } from '../rules/lib/cloudformation.js';
import type { CfnTemplate } from '../engine/types.js';

/** Whether the template has an internet-facing Application Load Balancer (the HTTPS item's subject). */
function hasInternetFacingAlb(t: CfnTemplate): boolean {
  return resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer').some((lb) => {
    const type = literalString(t, lb.props['Type'])?.toLowerCase() ?? 'application';
    const scheme = literalString(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
    return type === 'application' && scheme !== 'internal';
  });
}

export default defineLab({
  id: '03-ecs-service-alb',
  title: 'An ECS service on Fargate behind an Application Load Balancer',
  part: '2 Service management; 5 Load balancing',
  summary:
    'Turn the Lab 02 task into a production service: a Fargate service with two tasks in private subnets across two Availability Zones, behind an internet-facing ALB that serves HTTPS and that only it trusts, with safe rolling deployments and encrypted EFS storage.',
  files: [TEMPLATE_FILE],
  sandbox: service(['AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget']),
  items: [
    {
      id: 'container-insights',
      title: 'Turn on Container Insights for the cluster',
      points: 2,
      file: 'template',
      rules: ['SVC001'],
      hint: "Give the cluster 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' ('enhanced' adds container-level metrics) and point the service's 'Cluster' at it.",
      praise: 'CloudWatch collects CPU, memory and task metrics for the whole cluster.',
      evidence: [
        securityHub('ECS.12'),
        checkov('CKV_AWS_65'),
        cdkNag('AwsSolutions-ECS4'),
        awsDoc(
          'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
        ),
      ],
      docsUrl:
        'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
    },
    {
      id: 'private-fargate-service',
      title: 'Run the service on Fargate in private subnets without public IPs',
      points: 4,
      file: 'template',
      rules: ['SVC002', 'SVC003', 'SVC004'],
      cfnLint: ['E3044', 'E3047', 'E3048', 'E3052', 'E3054'],
      hint: "Set 'LaunchType: FARGATE', and under 'NetworkConfiguration.AwsvpcConfiguration' list the two private subnets ('PrivateSubnetA' and 'PrivateSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the private subnets) with 'AssignPublicIp: DISABLED'. The private subnets reach ECR and CloudWatch through the NAT gateway, so the tasks still start.",
      praise: 'The tasks run on Fargate where the internet cannot reach them directly.',
      evidence: [
        securityHub('ECS.2'),
        checkov('CKV_AWS_333', 'terraform'),
        cfnLint('E3052'),
        cfnLint('E3054'),
        cfnLint('E3044'),
        cfnLint('E3047'),
        cfnLint('E3048'),
        wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
      ],
      docsUrl: `${ECS_GUIDE}/fargate-task-networking.html`,
    },
    {
      id: 'alb-public-subnets',
      title: 'Put an internet-facing ALB in the public subnets of two Availability Zones',
      points: 3,
      file: 'template',
      rules: ['SVC005'],
      cfnLint: ['E3680'],
      hint: "Add an 'AWS::ElasticLoadBalancingV2::LoadBalancer' with 'Scheme: internet-facing', the two public subnets as its 'Subnets' (one per zone: 'PublicSubnetA' and 'PublicSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the public subnets) and its own security group.",
      praise: 'The load balancer is reachable from the internet and survives the loss of one zone.',
      evidence: [
        cfnLint('E3680'),
        securityHub('ELB.13'),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        awsDoc(`${ELB_GUIDE}/application-load-balancers.html#availability-zones`),
      ],
      docsUrl: `${ELB_GUIDE}/application-load-balancers.html#availability-zones`,
    },
    {
      id: 'ip-target-group',
      title: "Register the tasks in an 'ip' target group that checks /health",
      points: 3,
      file: 'template',
      rules: ['SVC006'],
      cfnLint: ['E3049', 'E3053'],
      hint: "Create an 'AWS::ElasticLoadBalancingV2::TargetGroup' with 'TargetType: ip' (Fargate tasks register by IP), 'Port: 8080', 'HealthCheckPath: /health', and a listener that forwards to it; then add 'LoadBalancers: [{ ContainerName: web, ContainerPort: 8080, TargetGroupArn: !Ref TargetGroup }]' to the service.",
      praise: 'The load balancer sends traffic only to tasks whose /health endpoint answers.',
      evidence: [
        checkov('CKV_AWS_261', 'terraform'),
        cfnLint('E3049'),
        cfnLint('E3053'),
        awsDoc(`${ELB_GUIDE}/target-group-health-checks.html`),
        awsDoc(`${ECS_GUIDE}/alb.html`),
      ],
      docsUrl: `${ELB_GUIDE}/target-group-health-checks.html`,
    },
    {
      id: 'https-listener',
      title: 'Serve HTTPS with a TLS 1.3 policy and redirect HTTP to it',
      points: 3,
      file: 'template',
      rules: ['SVC013'],
      cfnLint: ['E3676'],
      check: requires(
        hasInternetFacingAlb,
        'The template has no internet-facing Application Load Balancer yet, so nothing serves HTTPS: add the load balancer first.',
      ),
      hint: "Add a listener with 'Protocol: HTTPS', 'Port: 443', 'Certificates: [{ CertificateArn: !Ref CertificateArn }]' (an ACM certificate's ARN, taken as a parameter) and 'SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09' that forwards to the target group; open TCP 443 on the load balancer's security group; and make the port 80 listener's default action a 'redirect' with 'RedirectConfig: { Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301 }'.",
      praise: 'Browsers reach the app only over TLS 1.2 or 1.3, and plain HTTP is sent to HTTPS.',
      evidence: [
        securityHub('ELB.1'),
        securityHub('ELB.17'),
        cfnLint('E3676'),
        checkov('CKV_AWS_2'),
        checkov('CKV_AWS_103'),
        awsDoc(`${ELB_GUIDE}/create-https-listener.html`),
        awsDoc(`${ELB_GUIDE}/describe-ssl-policies.html`),
      ],
      docsUrl: `${ELB_GUIDE}/create-https-listener.html`,
    },
    {
      id: 'service-security-group',
      title: "Let only the load balancer's security group reach the tasks",
      points: 4,
      file: 'template',
      rules: ['SVC007'],
      hint: "Give the service its own security group whose only ingress rule is the container port with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId' (inline or as an 'AWS::EC2::SecurityGroupIngress'), and no 'CidrIp' at all. Only the load balancer's own group admits 0.0.0.0/0, on ports 80 and 443.",
      praise: 'The tasks accept connections from the load balancer and nothing else.',
      evidence: [
        wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
        cdkNag('AwsSolutions-EC23'),
        checkov('CKV_AWS_260'),
        awsDoc(
          'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
        ),
      ],
      docsUrl:
        'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
    },
    {
      id: 'safe-deployments',
      title: 'Deploy safely: circuit breaker with rollback, 100% minimum healthy, 200% maximum',
      points: 4,
      file: 'template',
      rules: ['SVC008', 'SVC009'],
      scoring: 'proportional',
      hint: "Add 'DeploymentConfiguration' with 'MinimumHealthyPercent: 100', 'MaximumPercent: 200' and 'DeploymentCircuitBreaker: { Enable: true, Rollback: true }'. With two tasks, 100% keeps both serving while new ones start; Fargate has no cluster capacity to free up, so there is no reason to go lower.",
      praise: 'Deployments start new tasks before stopping old ones, and a broken release rolls itself back.',
      evidence: [
        wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
        wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
        awsDoc(`${ECS_GUIDE}/deployment-circuit-breaker.html`),
        awsDoc(`${ECS_GUIDE}/deployment-type-ecs.html`),
      ],
      docsUrl: `${ECS_GUIDE}/deployment-circuit-breaker.html`,
    },
    {
      id: 'health-check-grace-period',
      title: 'Give new tasks a health-check grace period',
      points: 2,
      file: 'template',
      rules: ['SVC010'],
      check: requires(
        hasLoadBalancedService,
        'No service is attached to a load balancer yet, and the grace period only matters for one: attach the service to the target group first.',
      ),
      hint: "Set 'HealthCheckGracePeriodSeconds' on the service to about how long the app takes to answer /health after it starts (60 is plenty for the lab app). For that long the ECS service scheduler ignores failing load balancer and container health checks, so a task that is still starting is not stopped.",
      praise: 'New tasks get time to start before the load balancer judges them.',
      evidence: [
        wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
        awsDoc(
          'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
        ),
      ],
      docsUrl:
        'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
    },
    {
      id: 'multi-az-tasks',
      title: 'Run at least two tasks across two Availability Zones',
      points: 3,
      file: 'template',
      rules: ['SVC011'],
      scoring: 'proportional',
      hint: "Set 'DesiredCount: 2' and list one private subnet in each of two Availability Zones; ECS spreads the tasks across the zones of the service's subnets.",
      praise: 'One task or one zone can fail and the service keeps answering.',
      evidence: [
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        securityHub('ELB.13'),
        awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
      ],
      docsUrl: `${ECS_GUIDE}/capacity-availability-best-practice.html`,
    },
    {
      id: 'efs-storage',
      title: 'Mount an EFS volume with encryption in transit through an access point',
      points: 2,
      file: 'template',
      rules: ['SVC012'],
      check: requires(
        mountsEfsVolume,
        "No task definition mounts an EFS volume into a container yet: add a volume with 'EFSVolumeConfiguration' and a 'MountPoints' entry that uses it.",
      ),
      hint: "Add an encrypted 'AWS::EFS::FileSystem' with a mount target in each private subnet, an 'AWS::EFS::AccessPoint', and a task-definition volume with 'EFSVolumeConfiguration: { FilesystemId: !Ref FileSystem, TransitEncryption: ENABLED, AuthorizationConfig: { AccessPointId: !Ref AccessPoint, IAM: ENABLED } }', mounted by the container at '/data'.",
      praise: 'The tasks share storage over TLS, each seeing only the access point’s directory.',
      evidence: [securityHub('ECS.18'), checkov('CKV_AWS_97'), awsDoc(`${ECS_GUIDE}/efs-volumes.html`)],
      docsUrl: `${ECS_GUIDE}/efs-volumes.html`,
    },
  ],
});
