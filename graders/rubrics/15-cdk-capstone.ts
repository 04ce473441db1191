// Lab 15: the capstone. The learner writes the labs-web production stack as a CDK app in TypeScript: a two-zone
// VPC, a cluster with Container Insights, a Fargate service in the private subnets behind an internet-facing ALB
// that serves HTTPS, the ECR repository its image comes from, target-tracking auto scaling, alarms on this stack's
// resources, and least-privilege roles; cdk-nag's AWS Solutions checks run on every synth, with every acknowledged
// finding reasoned; and unit tests assert on the synthesized template. The grader synthesizes the app (cdk.json) and
// grades the template with the very rules of labs 03, 05, 06, 08, 09 and 11; the app's own text shows the nag pack
// and the tests. Thirty points over twelve items.
import { defineLab } from '../engine/define.js';
import type { CfnTemplate, ItemCheckContext, ItemCheckResult, LabFile } from '../engine/types.js';
import { literalString, resources } from '../rules/lib/cloudformation.js';
import { appliesAwsSolutions } from '../rules/cdk/nag-pack-applied.js';
import { notDeployed } from './lib/sandbox.js';
import {
  ECR_GUIDE,
  ECS_GUIDE,
  ELB_GUIDE,
  VPC_GUIDE,
  awsDoc,
  cdkNag,
  cfnLint,
  checkov,
  securityHub,
  wellArchitected,
} from './lib/evidence.js';
import { TEMPLATE_FILE, requires } from './lib/template.js';

const CDK_GUIDE = 'https://docs.aws.amazon.com/cdk/v2/guide';
const CDK_API = 'https://docs.aws.amazon.com/cdk/api/v2/docs';
const AAS_GUIDE = 'https://docs.aws.amazon.com/autoscaling/application/userguide';
const CW_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring';
const IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const CDK_NAG_README = 'https://github.com/cdklabs/cdk-nag#readme';

/** The template the app synthesizes: lab 15 is solved in CDK only, so a hand-written template is never read. */
const SYNTHESIZED: LabFile = { ...TEMPLATE_FILE, paths: ['template.json'], cdk: 'only' };
/** Every text file of the app (cdk.json, bin/, lib/, test/), read as text: the nag pack and the unit tests. */
const APP_FILES: LabFile = { id: 'app', paths: ['**'], kind: 'files', required: false };

/** Whether the template has an internet-facing Application Load Balancer (the HTTPS item's subject). */
function hasInternetFacingAlb(t: CfnTemplate): boolean {
  return resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer').some((lb) => {
    const type = literalString(t, lb.props['Type'])?.toLowerCase() ?? 'application';
    const scheme = literalString(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
    return type === 'application' && scheme !== 'internal';
  });
}

/**
 * The suppressions item judges reasons; a stack that never runs the pack has none to judge and has not shown that
 * it is clean, so it earns nothing here (CDK001 in the nag-pack item says what to add).
 */
function packApplied(ctx: ItemCheckContext): ItemCheckResult {
  const app = ctx.doc('app', 'files');
  if (app && appliesAwsSolutions(app)) return { fraction: 1 };
  return {
    fraction: 0,
    feedback:
      "Not graded yet: the app does not run cdk-nag's AwsSolutionsChecks with 'writeSuppressionsToCloudFormation: true' (see the 'Run the AWS Solutions checks' item), so nothing shows the stack is clean or that its exceptions are reasoned.",
  };
}

export default defineLab({
  id: '15-cdk-capstone',
  title: 'CDK capstone: the production stack in TypeScript',
  part: '8 Enterprise patterns and assessment',
  summary:
    'Write the labs-web production stack as a CDK app: a two-zone VPC, a cluster with Container Insights, a Fargate service in private subnets behind an internet-facing ALB that serves HTTPS, its ECR repository, target-tracking auto scaling, alarms on its own resources, and least-privilege roles; run the cdk-nag AWS Solutions checks with every exception reasoned, and unit-test the stack with Template.fromStack.',
  files: [SYNTHESIZED, APP_FILES],
  sandbox: notDeployed(
    "The service's image comes from the stack's own new ECR repository, which holds no image until you push one, so in a sandbox the tasks could never start. The grader synthesizes the app and grades the template statically; deploy it to your own account with 'npx cdk deploy' when you want to see it run.",
  ),
  items: [
    {
      id: 'network',
      title: 'Build a two-zone VPC with public and private subnets and a way out for the tasks',
      points: 3,
      file: 'template',
      rules: ['VPC001', 'VPC002', 'VPC003'],
      cfnLint: ['E3059', 'E3060'],
      hint: "'new ec2.Vpc(this, 'Vpc', { maxAzs: 2, natGateways: 1 })' builds a public and a private subnet in each of two zones, with 'Fn::GetAZs' rather than zone names, and a NAT gateway for the private subnets. Name the tiers with 'subnetConfiguration' ('SubnetType.PUBLIC' and 'SubnetType.PRIVATE_WITH_EGRESS'); 'PRIVATE_ISOLATED' subnets need VPC endpoints for ECR, S3 and CloudWatch Logs instead.",
      praise:
        'The network spans two zones, with a public tier for the load balancer and a private one for the tasks.',
      evidence: [
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
        cfnLint('E3059'),
        awsDoc(`${CDK_API}/aws-cdk-lib.aws_ec2.Vpc.html`),
        awsDoc(`${VPC_GUIDE}/vpc-example-private-subnets-nat.html`),
      ],
      docsUrl: `${CDK_API}/aws-cdk-lib.aws_ec2.Vpc.html`,
    },
    {
      id: 'container-insights',
      title: 'Turn on Container Insights for the cluster',
      points: 2,
      file: 'template',
      rules: ['SVC001'],
      hint: "Give the cluster 'containerInsightsV2: ecs.ContainerInsights.ENHANCED' (or 'ENABLED'), and pass that cluster to the service, so it does not land in the account's 'default' cluster.",
      praise: 'CloudWatch collects CPU, memory and task metrics for the cluster.',
      evidence: [
        securityHub('ECS.12'),
        checkov('CKV_AWS_65'),
        cdkNag('AwsSolutions-ECS4'),
        awsDoc(`${ECS_GUIDE}/cloudwatch-container-insights.html`),
      ],
      docsUrl: `${ECS_GUIDE}/cloudwatch-container-insights.html`,
    },
    {
      id: 'private-fargate-service',
      title: 'Run at least two Fargate tasks in the private subnets of two zones, without public IPs',
      points: 3,
      file: 'template',
      rules: ['SVC002', 'SVC003', 'SVC004', 'SVC011'],
      cfnLint: ['E3044', 'E3047', 'E3048'],
      hint: "A 'FargateService' (or 'ApplicationLoadBalancedFargateService') with 'desiredCount: 2', 'assignPublicIp: false' and 'vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }'. The tasks then reach ECR and CloudWatch Logs through the NAT gateway, and the internet cannot reach them directly.",
      praise: 'Two tasks run on Fargate in private subnets of two zones.',
      evidence: [
        securityHub('ECS.2'),
        checkov('CKV_AWS_333', 'terraform'),
        cfnLint('E3044'),
        cfnLint('E3047'),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        awsDoc(`${ECS_GUIDE}/fargate-task-networking.html`),
      ],
      docsUrl: `${ECS_GUIDE}/fargate-task-networking.html`,
    },
    {
      id: 'https-load-balancer',
      title: 'Serve HTTPS from an internet-facing ALB that checks /health and redirects HTTP',
      points: 3,
      file: 'template',
      rules: ['SVC005', 'SVC006', 'SVC013'],
      cfnLint: ['E3676'],
      check: requires(
        hasInternetFacingAlb,
        'The stack has no internet-facing Application Load Balancer yet, so nothing serves HTTPS: add the load balancer first (task 3).',
      ),
      hint: "Take the certificate's ARN as a 'CfnParameter' and wrap it with 'acm.Certificate.fromCertificateArn' (or create an 'acm.Certificate' for your domain). Add an HTTPS listener on 443 with 'sslPolicy: elbv2.SslPolicy.TLS13_RES' whose target group checks 'healthCheck: { path: '/health' }', and 'loadBalancer.addRedirect()' for port 80. The ALB sits in the public subnets of both zones.",
      praise:
        'Browsers reach the app only over TLS, plain HTTP is redirected, and only healthy tasks get traffic.',
      evidence: [
        securityHub('ELB.1'),
        securityHub('ELB.17'),
        cfnLint('E3676'),
        checkov('CKV_AWS_2'),
        awsDoc(`${ELB_GUIDE}/create-https-listener.html`),
        awsDoc(`${ELB_GUIDE}/target-group-health-checks.html`),
      ],
      docsUrl: `${ELB_GUIDE}/create-https-listener.html`,
    },
    {
      id: 'network-isolation',
      title: 'Open only the load balancer to the internet, and the tasks only to the load balancer',
      points: 2,
      file: 'template',
      rules: ['SVC007', 'VPC004'],
      hint: "Give the service its own security group and allow the app port from the load balancer's group only ('serviceSg.addIngressRule(albSg, ec2.Port.tcp(8080))', or 'service.connections.allowFrom(loadBalancer, ...)'); 'addTargets' on a listener does that for you. Only the load balancer's group admits 0.0.0.0/0, and only on 80 and 443.",
      praise: 'The internet reaches the load balancer, and the load balancer alone reaches the tasks.',
      evidence: [
        cdkNag('AwsSolutions-EC23'),
        checkov('CKV_AWS_260'),
        wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
        awsDoc(`${VPC_GUIDE}/security-group-rules.html`),
      ],
      docsUrl: `${VPC_GUIDE}/security-group-rules.html`,
    },
    {
      id: 'ecr-repository',
      title: 'Keep the image in an ECR repository that scans on push and has immutable tags',
      points: 2,
      file: 'template',
      rules: ['ECR001', 'ECR002'],
      hint: "'new ecr.Repository(this, 'Repository', { imageScanOnPush: true, imageTagMutability: ecr.TagMutability.IMMUTABLE })', and run the container from it with 'ecs.ContainerImage.fromEcrRepository(repository, tag)', which also grants the execution role the pull actions on that repository only.",
      praise: 'Images are scanned when pushed, and a tag always means the same image.',
      evidence: [
        securityHub('ECR.1'),
        securityHub('ECR.2'),
        checkov('CKV_AWS_163'),
        checkov('CKV_AWS_51'),
        awsDoc(`${ECR_GUIDE}/image-scanning.html`),
        awsDoc(`${ECR_GUIDE}/image-tag-mutability.html`),
      ],
      docsUrl: `${ECR_GUIDE}/image-tag-mutability.html`,
    },
    {
      id: 'auto-scaling',
      title: 'Scale the service between at least two tasks and a ceiling, tracking CPU',
      points: 3,
      file: 'template',
      rules: ['SCL001', 'SCL002', 'SCL003'],
      hint: "'const scaling = service.autoScaleTaskCount({ minCapacity: 2, maxCapacity: 6 })' registers the service as a scalable target; 'scaling.scaleOnCpuUtilization('Cpu', { targetUtilizationPercent: 60 })' adds the target-tracking policy. 'scaleOnRequestCount' with the target group tracks requests per task as well.",
      praise: 'Application Auto Scaling keeps average CPU near its target, never below two tasks.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
        awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
        wellArchitected('REL07-BP01', 'rel_adapt_to_changes_autoscale_adapt.html'),
      ],
      docsUrl: `${ECS_GUIDE}/service-autoscaling-targettracking.html`,
    },
    {
      id: 'alarms',
      title: "Alarm on this stack's CPU, memory, 5xx responses and unhealthy targets, and notify SNS",
      points: 3,
      file: 'template',
      rules: ['OBS006', 'OBS007'],
      hint: "'service.metricCpuUtilization().createAlarm(...)' and 'service.metricMemoryUtilization()' watch this service; 'loadBalancer.metrics.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT)' its 5xx responses; for unhealthy targets build a 'cloudwatch.Metric' of 'AWS/ApplicationELB' 'UnHealthyHostCount' with 'LoadBalancer: loadBalancer.loadBalancerFullName' and 'TargetGroup: targetGroup.targetGroupFullName'. Give each alarm 'addAlarmAction(new actions.SnsAction(topic))'.",
      praise: 'Alarms watch this service and its load balancer, and tell the team through SNS.',
      evidence: [
        awsDoc(`${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`),
        awsDoc(`${ECS_GUIDE}/available-metrics.html`),
        securityHub('CloudWatch.15'),
        wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
      ],
      docsUrl: `${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`,
    },
    {
      id: 'least-privilege',
      title: 'Keep the task and execution roles apart, with named actions on named resources',
      points: 3,
      file: 'template',
      rules: ['IAM001', 'IAM002', 'IAM003'],
      hint: "Pass 'executionRole' and 'taskRole' (two 'iam.Role's assumed by 'ecs-tasks.amazonaws.com') to the task definition, and let the constructs grant what they need: 'fromEcrRepository' grants the pulls on that repository, 'awsLogs' the writes to that log group, 'bucket.grantRead(taskRole)' the reads of that bucket. Never 'actions: ['*']' or 'resources: ['*']' except for actions that support no resource, such as 'ecr:GetAuthorizationToken'.",
      praise: 'Each role holds only named actions on this stack’s resources.',
      evidence: [
        cdkNag('AwsSolutions-IAM5'),
        cdkNag('AwsSolutions-IAM4'),
        securityHub('IAM.21'),
        checkov('CKV_AWS_249', 'terraform'),
        awsDoc(`${IAM_GUIDE}/best-practices.html#grant-least-privilege`),
      ],
      docsUrl: `${ECS_GUIDE}/task-iam-roles.html`,
    },
    {
      id: 'nag-pack',
      title: 'Run the AWS Solutions checks of cdk-nag on every synth',
      points: 2,
      file: 'app',
      rules: ['CDK001'],
      hint: "In 'bin/app.ts': \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\". Every 'cdk synth' then checks the stack and fails on an error you have neither fixed nor acknowledged; the option writes your acknowledgments into the template, where reviewers read them.",
      praise: 'Every synth checks the stack against the AWS Solutions rules.',
      evidence: [cdkNag('AwsSolutions'), awsDoc(`${CDK_GUIDE}/policy-validation-synthesis.html`)],
      docsUrl: `${CDK_GUIDE}/policy-validation-synthesis.html`,
    },
    {
      id: 'nag-suppressions',
      title: 'Give every acknowledged cdk-nag finding a reason',
      points: 2,
      file: 'template',
      rules: ['CDK002'],
      check: packApplied,
      hint: "Fix what you can; for a finding that is right for this stack, acknowledge it on the construct it is about with a sentence a reviewer can check: \"Validations.of(albSecurityGroup).acknowledge({ id: 'AwsSolutions-EC23', reason: 'The public load balancer must accept HTTPS from anywhere.' })\". Granular findings are acknowledged one by one ('AwsSolutions-IAM5[Resource::*]').",
      praise: 'The stack is clean, and every exception says why.',
      evidence: [
        cdkNag('AwsSolutions-IAM5'),
        cdkNag('AwsSolutions-EC23'),
        awsDoc(`${CDK_GUIDE}/policy-validation-synthesis.html`),
      ],
      docsUrl: CDK_NAG_README,
    },
    {
      id: 'unit-tests',
      title: 'Unit-test the stack with Template.fromStack',
      points: 2,
      file: 'app',
      rules: ['CDK003'],
      hint: "In 'test/capstone-stack.test.ts', build the stack in a new App, take \"const template = Template.fromStack(stack)\" (from 'aws-cdk-lib/assertions') and assert at least three things, among them the service (\"template.hasResourceProperties('AWS::ECS::Service', { LaunchType: 'FARGATE' })\") and the listeners (\"template.resourceCountIs('AWS::ElasticLoadBalancingV2::Listener', 2)\"). Run them with 'npx vitest run labs/15-cdk-capstone'.",
      praise:
        'Tests pin down the service and the listeners, so a refactor that drops either fails before a deploy.',
      evidence: [
        awsDoc(`${CDK_GUIDE}/testing.html`),
        awsDoc(`${CDK_API}/aws-cdk-lib.assertions.Template.html`),
      ],
      docsUrl: `${CDK_GUIDE}/testing.html`,
    },
  ],
});
