// Lab 13: the learner deploys labs-web with Amazon ECS Express Mode, the service AWS points new work to since App
// Runner stopped taking new customers (2026-04-30): an 'AWS::ECS::ExpressGatewayService' with the app's port, a
// valid task size, a pinned image from this account's ECR, separate execution, infrastructure and task roles, a
// health check on /health, bounded scaling, private networking and a log group the stack keeps. An existing
// 'AWS::AppRunner::Service' is still graded, item by item, in its own terms (access and instance roles, instance
// size, HTTP health check, an auto scaling configuration, a VPC connector, a KMS key), and the first item says
// which design was recognised. Thirty points over eight items.
import { defineLab } from '../engine/define.js';
import type { ItemCheckContext, ItemCheckResult } from '../engine/types.js';
import { resources } from '../rules/lib/cloudformation.js';
import { APP_RUNNER_SERVICE, subjectOf } from '../rules/express-mode/model.js';
import { CFN_REFERENCE, ECS_API, ECS_GUIDE, awsDoc, checkov, wellArchitected } from './lib/evidence.js';
import { notDeployed } from './lib/sandbox.js';
import { TEMPLATE_FILE } from './lib/template.js';

export const LAB_ID = '13-express-mode';

const APP_RUNNER_GUIDE = 'https://docs.aws.amazon.com/apprunner/latest/dg';
const APP_RUNNER_API = 'https://docs.aws.amazon.com/apprunner/latest/api';
const MANAGED_POLICY = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';

/** The design item: says which design was recognised, so the learner knows how the other items read the work. */
export function recognisedDesign(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  const s = doc ? subjectOf(doc.template) : undefined;
  if (!doc || !s) return { fraction: 0 };
  if (s.design === 'apprunner')
    return {
      fraction: 1,
      feedback: `Recognised: AWS App Runner (service '${s.svc.name}'); every item reads it in App Runner's terms. App Runner takes no new customers, so new services belong in ECS Express Mode (see the README's mapping table).`,
    };
  const alsoRunner = resources(doc.template, APP_RUNNER_SERVICE).length > 0;
  return {
    fraction: 1,
    feedback: `Recognised: Amazon ECS Express Mode (service '${s.svc.name}'); every item reads its properties.${alsoRunner ? ' The template also keeps an App Runner service, which is not graded while an Express service exists.' : ''}`,
  };
}

export default defineLab({
  id: LAB_ID,
  title: 'ECS Express Mode, the successor to App Runner',
  part: 'Compute layer: AWS App Runner and its successor',
  summary:
    'Deploy labs-web as an Amazon ECS Express Mode service: the app’s port, a valid task size, a pinned image from this account’s ECR, separate execution, infrastructure and task roles, a health check on /health, scaling between two tasks and a ceiling, private subnets and closed security groups, and a log group the stack keeps. An existing App Runner service is graded in its own terms.',
  files: [TEMPLATE_FILE],
  sandbox: notDeployed(
    'moto, the sandbox AWS emulator, does not emulate ECS Express Mode or App Runner, so this lab is graded from the template alone.',
  ),
  items: [
    {
      id: 'service',
      title: 'Run the image as an Express service, on the port the app listens on',
      points: 3,
      file: 'template',
      rules: ['EXP001'],
      check: recognisedDesign,
      hint: "In 'PrimaryContainer', 'ContainerPort' is where the load balancer sends requests. The labs-web server reads PORT from its environment and listens on 3000 without it: keep 3000, or set PORT in 'Environment' and use the same number. (App Runner: 'ImageConfiguration.Port', which defaults to 8080.)",
      praise: 'The service runs the image, and requests reach the port the app listens on.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/express-service-work.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`),
        awsDoc(`${APP_RUNNER_GUIDE}/apprunner-availability-change.html`),
      ],
      docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`,
    },
    {
      id: 'task-size',
      title: 'Size the service with a CPU and memory pair the platform offers',
      points: 3,
      file: 'template',
      rules: ['EXP002'],
      hint: "Express Mode runs on Fargate: write 'Cpu' as CPU units and 'Memory' in MiB, as strings, and pick a Fargate pair such as '512' with '1024', or '1024' with '2048' (Express Mode's default). App Runner has fewer sizes, such as '1 vCPU' with '2 GB'.",
      praise: 'The service asks for a task size the platform offers.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`),
        awsDoc(`${ECS_GUIDE}/express-service-work.html`),
        awsDoc(`${APP_RUNNER_API}/API_InstanceConfiguration.html`),
      ],
      docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
    },
    {
      id: 'ecr-image',
      title: 'Run a pinned image from this account’s Amazon ECR',
      points: 4,
      file: 'template',
      rules: ['EXP003'],
      hint: "Build the image URI from the stack's own account and Region, \"!Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web:1.0.0'\" (or from a repository's 'RepositoryUri'), and pin a version tag or a digest. App Runner: also 'ImageRepositoryType: ECR'.",
      praise: "The service runs a pinned image from this account's private registry.",
      evidence: [
        awsDoc('https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html'),
        awsDoc(`${ECS_API}/API_ExpressGatewayContainer.html`),
        wellArchitected('SEC11-BP06', 'sec_appsec_deploy_software_programmatically.html'),
      ],
      docsUrl: `${ECS_API}/API_ExpressGatewayContainer.html`,
    },
    {
      id: 'separate-roles',
      title: 'Keep the execution, infrastructure and task roles apart',
      points: 6,
      file: 'template',
      rules: ['EXP004'],
      hint: "Three roles, three jobs. Execution role: 'ecs-tasks.amazonaws.com' may assume it, with 'AmazonECSTaskExecutionRolePolicy'. Infrastructure role: 'ecs.amazonaws.com' may assume it, with 'service-role/AmazonECSInfrastructureRoleforExpressGatewayServices'. Task role: 'ecs-tasks.amazonaws.com' again, holding only what the app's code calls. App Runner: an access role for 'build.apprunner.amazonaws.com' with 'AWSAppRunnerServicePolicyForECRAccess', and an instance role for 'tasks.apprunner.amazonaws.com'.",
      praise: 'The platform and the app each act with their own role, trusted by the right service.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/infrastructure_IAM_role.html`),
        awsDoc(`${MANAGED_POLICY}/AmazonECSInfrastructureRoleforExpressGatewayServices.html`),
        awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
        awsDoc(`${APP_RUNNER_GUIDE}/security_iam_service-with-iam.html`),
        checkov('CKV_AWS_249'),
      ],
      docsUrl: `${ECS_GUIDE}/infrastructure_IAM_role.html`,
    },
    {
      id: 'health-check',
      title: 'Health-check the app at /health',
      points: 3,
      file: 'template',
      rules: ['EXP005'],
      hint: "The app reports whether it can serve at '/health' and nowhere else, and compares the whole URL, so write exactly 'HealthCheckPath: /health'. App Runner: 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
      praise: 'The platform asks the app itself whether it can serve.',
      evidence: [
        awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`),
        awsDoc(`${ECS_GUIDE}/express-service-troubleshooting.html`),
        awsDoc(`${APP_RUNNER_GUIDE}/manage-configure-healthcheck.html`),
      ],
      docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-expressgatewayservice.html`,
    },
    {
      id: 'scaling',
      title: 'Scale between at least two tasks and a ceiling you chose',
      points: 4,
      file: 'template',
      rules: ['EXP006'],
      hint: "In 'ScalingTarget', 'MinTaskCount: 2' keeps a task in each of two Availability Zones, 'MaxTaskCount' a little above your expected peak caps the bill, and 'AutoScalingMetric: AVERAGE_CPU' with 'AutoScalingTargetValue: 60' leaves headroom while new tasks start. App Runner: an 'AWS::AppRunner::AutoScalingConfiguration' with 'MinSize: 2' and a 'MaxSize'.",
      praise: 'The service survives a task or zone failure, grows under load, and its cost has a ceiling.',
      evidence: [
        awsDoc(`${ECS_API}/API_ExpressGatewayScalingTarget.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewayscalingtarget.html`),
        awsDoc(`${APP_RUNNER_GUIDE}/manage-autoscaling.html`),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
      ],
      docsUrl: `${ECS_API}/API_ExpressGatewayScalingTarget.html`,
    },
    {
      id: 'private-network',
      title: 'Place the service in private subnets, behind security groups closed to the internet',
      points: 5,
      file: 'template',
      rules: ['EXP007'],
      hint: "Take the private subnets of Lab 06 as a parameter ('PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'), add an 'AWS::EC2::SecurityGroup' for the tasks that admits nothing from '0.0.0.0/0' or '::/0', and list both in 'NetworkConfiguration'. App Runner: an 'AWS::AppRunner::VpcConnector' on those subnets and that group, used with 'EgressType: VPC'.",
      praise: 'The tasks sit in private subnets, and only the load balancer can reach them.',
      evidence: [
        awsDoc(`${ECS_API}/API_ExpressGatewayServiceNetworkConfiguration.html`),
        awsDoc(`${ECS_GUIDE}/express-service-work.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-apprunner-vpcconnector.html`),
        checkov('CKV_AWS_260'),
        wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
      ],
      docsUrl: `${ECS_API}/API_ExpressGatewayServiceNetworkConfiguration.html`,
    },
    {
      id: 'owned-data',
      title: 'Keep the service’s logs (App Runner: its encryption key) under the stack’s control',
      points: 2,
      file: 'template',
      rules: ['EXP008'],
      hint: "Add an 'AWS::Logs::LogGroup' with 'RetentionInDays' (such as 30) and point the container at it with 'AwsLogsConfiguration: { LogGroup: !Ref LogGroup, LogStreamPrefix: web }'. App Runner: a customer managed 'AWS::KMS::Key' in 'EncryptionConfiguration.KmsKey'.",
      praise: 'The logs are kept as long as the team decided, and go when the stack goes.',
      evidence: [
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-apprunner-service-encryptionconfiguration.html`),
        checkov('CKV_AWS_66'),
      ],
      docsUrl: `${CFN_REFERENCE}/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html`,
    },
  ],
});
