// Lab 06: the learner builds the network for the Lab 03 service in one CloudFormation template: a two-zone VPC
// with public and private subnets, a way out for private tasks (NAT gateway or VPC endpoints), tight security
// groups and flow logs. Thirty points over eight items; the service-security-group rule is Lab 03's (SVC007).
import { defineLab } from '../engine/define.js';
import { deployable } from './lib/sandbox.js';
import { resources } from '../rules/lib/cloudformation.js';
import { loadBalancerGroups, SECURITY_GROUP } from '../rules/vpc/util/network.js';
import { VPC_GUIDE, awsDoc, cdkNag, cfnLint, checkov, securityHub, wellArchitected } from './lib/evidence.js';
import { TEMPLATE_FILE, requires } from './lib/template.js';

export default defineLab({
  id: '06-vpc-networking',
  title: 'VPC networking for an ECS service',
  part: '5 VPC integration, security groups, NACLs',
  summary:
    'Build the network under the Lab 03 service: a VPC across two Availability Zones with public and private subnets, a NAT gateway or VPC endpoints so private tasks can pull images and write logs, security groups that admit the internet only to the load balancer, and VPC flow logs.',
  files: [TEMPLATE_FILE],
  // One NAT gateway per Availability Zone is the highly available pattern this lab teaches.
  sandbox: deployable({
    types: [
      'AWS::EC2::FlowLog',
      'AWS::EC2::NetworkAcl',
      'AWS::EC2::NetworkAclEntry',
      'AWS::EC2::SubnetNetworkAclAssociation',
      'AWS::EC2::VPCEndpoint',
    ],
    maxLoadBalancers: 1,
    maxNatGateways: 2,
  }),
  items: [
    {
      id: 'two-availability-zones',
      title: 'Spread valid, non-overlapping subnets over two Availability Zones',
      points: 3,
      file: 'template',
      rules: ['VPC001'],
      cfnLint: ['E3059', 'E3060'],
      hint: "Put the second subnet of each tier in a second zone ('AvailabilityZone: !Select [1, !GetAZs \"\"]'), and keep every subnet's 'CidrBlock' inside the VPC's and apart from the others (for example 10.0.0.0/24, 10.0.1.0/24 public; 10.0.10.0/24, 10.0.11.0/24 private).",
      praise: 'The network spans two zones with a clean address plan.',
      evidence: [
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        cfnLint('E3059'),
        cfnLint('E3060'),
        awsDoc(`${VPC_GUIDE}/configure-subnets.html`),
      ],
      docsUrl: `${VPC_GUIDE}/configure-subnets.html`,
    },
    {
      id: 'no-hard-coded-zones',
      title: 'Look up Availability Zones with !GetAZs instead of naming them',
      points: 3,
      file: 'template',
      rules: ['VPC007'],
      cfnLint: ['W3010'],
      hint: "Replace literal zones such as 'us-east-1a' with '!Select [0, !GetAZs \"\"]' (and index 1 for the second zone), so the template deploys in any Region and any account.",
      praise: 'The template works in any Region.',
      evidence: [
        cfnLint('W3010'),
        awsDoc(
          'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
        ),
      ],
      docsUrl:
        'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
    },
    {
      id: 'public-and-private-subnets',
      title: 'Build a public and a private subnet in each zone',
      points: 5,
      file: 'template',
      rules: ['VPC002'],
      scoring: 'proportional',
      hint: "What makes a subnet public is its route table, not its name: only the public tier's table sends '0.0.0.0/0' to the internet gateway. Build two of each tier, one per zone; each of the four earns a share of the points.",
      praise: 'The load balancer has a public tier and the tasks a private one in both zones.',
      evidence: [
        wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
        awsDoc(`${VPC_GUIDE}/vpc-example-private-subnets-nat.html`),
      ],
      docsUrl: `${VPC_GUIDE}/vpc-example-private-subnets-nat.html`,
    },
    {
      id: 'private-egress',
      title: 'Let private tasks reach ECR, S3 and CloudWatch Logs (NAT gateway or VPC endpoints)',
      points: 5,
      file: 'template',
      rules: ['VPC003'],
      scoring: 'proportional',
      hint: "Either route the private subnets' '0.0.0.0/0' to a public NAT gateway (in a public subnet with an Elastic IP, or a regional one with 'AvailabilityMode: regional'; a 'ConnectivityType: private' gateway never reaches the internet), or add VPC endpoints: interface endpoints for 'ecr.api', 'ecr.dkr' and 'logs' ('VpcEndpointType: Interface', 'PrivateDnsEnabled: true', in the private subnets) and an S3 gateway endpoint on the private route table. Each endpoint earns a share of the points.",
      praise: 'Tasks in the private subnets can pull their image and ship their logs.',
      evidence: [
        awsDoc('https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html'),
        awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html'),
        awsDoc(`${VPC_GUIDE}/vpc-nat-gateway.html`),
        awsDoc(`${VPC_GUIDE}/nat-gateways-regional.html`),
      ],
      docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
    },
    {
      id: 'no-open-ingress',
      title: "Admit the internet only to the load balancer's ports 80 and 443",
      points: 4,
      file: 'template',
      rules: ['VPC004'],
      check: requires(
        (t) => loadBalancerGroups(t).size > 0,
        'There is no load balancer with a security group yet, so there is no front door to keep the rest closed behind. Add the ALB and its security group.',
      ),
      hint: "Only the load balancer's security group may use 'CidrIp: 0.0.0.0/0' (or '::/0'), and only for TCP 80 and 443 with 'FromPort' equal to 'ToPort'. Every other group admits other security groups ('SourceSecurityGroupId').",
      praise: 'The internet can reach the load balancer and nothing else.',
      evidence: [
        cdkNag('AwsSolutions-EC23'),
        checkov('CKV_AWS_260'),
        checkov('CKV_AWS_24'),
        checkov('CKV_AWS_25'),
        awsDoc(`${VPC_GUIDE}/security-group-rules.html`),
      ],
      docsUrl: `${VPC_GUIDE}/security-group-rules.html`,
    },
    {
      id: 'no-ssh-or-rdp',
      title: 'Open no SSH (22) or RDP (3389) to the internet',
      points: 3,
      file: 'template',
      rules: ['VPC005'],
      check: requires(
        (t) => resources(t, SECURITY_GROUP).length > 0,
        'The template has no security group yet; create the load balancer and service security groups first.',
      ),
      hint: "Delete any ingress rule that reaches port 22 or 3389 (including protocol '-1' or a wide port range) from 0.0.0.0/0 or ::/0. Fargate tasks run no SSH server; use ECS Exec ('aws ecs execute-command') for a shell.",
      praise: 'No remote-administration port faces the internet.',
      evidence: [
        checkov('CKV_AWS_24'),
        checkov('CKV_AWS_25'),
        securityHub('EC2.13'),
        awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'),
      ],
      docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
    },
    {
      id: 'flow-logs',
      title: 'Record VPC flow logs',
      points: 3,
      file: 'template',
      rules: ['VPC006'],
      hint: "Record the whole VPC, accepted and rejected traffic alike, so you can tell afterwards which connections happened. Deliver to a log group with a retention period, through a role that 'vpc-flow-logs.amazonaws.com' can assume ('DeliverLogsPermissionArn'), or to S3.",
      praise: 'Every accepted and rejected connection in the VPC is on record.',
      evidence: [cdkNag('AwsSolutions-VPC7'), securityHub('EC2.6'), awsDoc(`${VPC_GUIDE}/flow-logs.html`)],
      docsUrl: `${VPC_GUIDE}/flow-logs.html`,
    },
    {
      id: 'service-security-group',
      title: "Let only the load balancer's security group reach the tasks",
      points: 4,
      file: 'template',
      rules: ['SVC007'],
      hint: "The service's security group admits the container port only with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId'; no 'CidrIp', not even the VPC's own range.",
      praise: 'Traffic reaches the tasks only through the load balancer.',
      evidence: [
        wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
        cdkNag('AwsSolutions-EC23'),
        awsDoc(`${VPC_GUIDE}/security-group-rules.html#security-group-referencing`),
      ],
      docsUrl: `${VPC_GUIDE}/security-group-rules.html#security-group-referencing`,
    },
  ],
});
