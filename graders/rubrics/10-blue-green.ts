// Lab 10: the learner turns the labs-web service's rolling update into a blue/green deployment that rolls itself
// back. Two designs earn full marks: ECS's own deployment strategies (Strategy BLUE_GREEN, LINEAR or CANARY, with
// an alternate target group, listener rules, bake time, deployment alarms and a Lambda lifecycle hook), which AWS
// recommends for new work, or CodeDeploy (a deployment group with a target group pair, traffic routes, automatic
// rollback on alarms, and an appspec.yaml). Every item is graded in whichever design the template uses, and the
// design item says which one it recognised. Thirty points over seven items.
import { defineLab } from '../engine/define.js';
import type { CfnTemplate, Finding, ItemCheckContext, ItemCheckResult, LabFile } from '../engine/types.js';
import type { NamedResource } from '../rules/lib/cloudformation.js';
import { hasTestHook, judgeAppspec, judgeHooks, TEST_HOOK } from '../rules/deployment/appspec.js';
import { MIN_BAKE_MINUTES } from '../rules/deployment/bake-time.js';
import {
  deploymentGroupsOf,
  designOf,
  loadBalancedServices,
  SHIFTING_STRATEGIES,
  strategyOf,
} from '../rules/deployment/model.js';
import { CFN_REFERENCE, ECS_GUIDE, ELB_GUIDE, awsDoc, wellArchitected } from './lib/evidence.js';
import { service } from './lib/sandbox.js';
import { TEMPLATE_FILE } from './lib/template.js';

export const LAB_ID = '10-blue-green';

const CODEDEPLOY_GUIDE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide';

/** The CodeDeploy AppSpec file, needed only by the CodeDeploy design. */
export const APPSPEC_FILE: LabFile = {
  id: 'appspec',
  paths: ['appspec.yaml', 'appspec.yml', 'appspec.json'],
  kind: 'yaml',
  required: false,
};

/** The service the lab deploys, and the design it is read in. */
function subject(ctx: ItemCheckContext): { t: CfnTemplate; svc: NamedResource } | undefined {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return undefined;
  const svc = loadBalancedServices(doc.template)[0];
  return svc ? { t: doc.template, svc } : undefined;
}

/** The design item: says which design was recognised, so the learner knows how the other items read the work. */
export function recognisedDesign(ctx: ItemCheckContext): ItemCheckResult {
  const s = subject(ctx);
  if (!s) return { fraction: 0 };
  const { t, svc } = s;
  if (designOf(t, svc) === 'codedeploy') {
    const group = deploymentGroupsOf(t, svc)[0];
    return {
      fraction: 1,
      feedback: `Recognised: CodeDeploy blue/green${group ? ` (deployment group '${group.name}')` : ''}; the other items read the deployment group and appspec.yaml.`,
    };
  }
  const strategy = strategyOf(t, svc);
  if (!(SHIFTING_STRATEGIES as readonly string[]).includes(strategy))
    return {
      fraction: 0,
      feedback: `No blue/green design recognised: service '${svc.name}' deploys with ${strategy}.`,
    };
  return {
    fraction: 1,
    feedback: `Recognised: ECS ${strategy === 'BLUE_GREEN' ? 'blue/green' : strategy.toLowerCase()} deployment strategy ('Strategy: ${strategy}'); the other items read the service's deployment configuration.`,
  };
}

/** Whether the appspec is needed: the CodeDeploy design reads it, the ECS design has none. */
function appspecFor(
  ctx: ItemCheckContext,
): ItemCheckResult | { t: CfnTemplate; svc: NamedResource; missing: string } {
  const s = subject(ctx);
  if (!s) return { fraction: 0 };
  if (designOf(s.t, s.svc) !== 'codedeploy')
    return {
      fraction: 1,
      feedback:
        'Not applicable: ECS deploys this service itself, so there is no CodeDeploy revision and no appspec.yaml to check.',
    };
  return { ...s, missing: ctx.pathOf('appspec') ?? `labs/${LAB_ID}/appspec.yaml` };
}

/** The appspec item: in the CodeDeploy design, the file is a valid ECS AppSpec file that matches the template. */
export function appspecCheck(ctx: ItemCheckContext): ItemCheckResult {
  const s = appspecFor(ctx);
  if ('fraction' in s) return s;
  const doc = ctx.doc('appspec', 'yaml');
  if (!doc)
    return {
      fraction: 0,
      feedback: `The service is deployed by CodeDeploy, but '${s.missing}' is missing or is not valid YAML, so CodeDeploy has no revision to deploy.`,
    };
  const findings: Finding[] = [
    ...judgeAppspec(s.t, s.svc, doc, `${LAB_ID}/appspec`),
    ...judgeHooks(doc, `${LAB_ID}/appspec`),
  ];
  return findings.length === 0
    ? { fraction: 1 }
    : {
        fraction: 0,
        feedback: `CodeDeploy would refuse '${doc.file}' or deploy the wrong container: ${findings.length === 1 ? 'one problem, listed here' : 'the problems are listed here'}.`,
        findings,
      };
}

/** The test-hook item's CodeDeploy half: an AfterAllowTestTraffic hook in the appspec (BGD006 judges the ECS half). */
export function appspecHookCheck(ctx: ItemCheckContext): ItemCheckResult {
  const s = appspecFor(ctx);
  if ('fraction' in s) return { fraction: 1 };
  const doc = ctx.doc('appspec', 'yaml');
  if (!doc)
    return {
      fraction: 0,
      feedback: `In the CodeDeploy design the test hook lives in '${s.missing}', which is missing or is not valid YAML.`,
    };
  if (hasTestHook(doc)) return { fraction: 1 };
  return {
    fraction: 0,
    feedback: `'${doc.file}' hooks no Lambda function to '${TEST_HOOK}', so nothing tests green before production traffic moves.`,
    findings: [
      {
        file: doc.file,
        ...doc.locate(['Hooks']),
        severity: 'error',
        ruleId: `${LAB_ID}/test-hook`,
        message: `No '${TEST_HOOK}' hook: CodeDeploy shifts production traffic to green without a test having run. Add "Hooks: [{ ${TEST_HOOK}: <function name> }]".`,
      },
    ],
  };
}

export default defineLab({
  id: LAB_ID,
  title: 'Blue/green deployments that roll themselves back',
  part: '7 Blue/green deployments',
  summary:
    'Replace the labs-web rolling update with a blue/green deployment, by ECS itself (the recommended deployment strategies) or by CodeDeploy: two target groups that check /health, production and test routes, a bake time, automatic rollback on CloudWatch alarms that watch this stack, a hook that tests green before users reach it, and, for CodeDeploy, a valid appspec.yaml.',
  files: [TEMPLATE_FILE, APPSPEC_FILE],
  sandbox: service([
    'AWS::CloudWatch::Alarm',
    'AWS::CodeDeploy::Application',
    'AWS::CodeDeploy::DeploymentGroup',
    'AWS::Lambda::Function',
  ]),
  items: [
    {
      id: 'deployment-strategy',
      title: 'Deploy blue/green, with an ECS strategy or with CodeDeploy',
      points: 5,
      file: 'template',
      rules: ['BGD001'],
      check: recognisedDesign,
      hint: "In the ECS design, add 'Strategy: BLUE_GREEN' (or LINEAR or CANARY) to the service's 'DeploymentConfiguration' and keep the default ECS controller. In the CodeDeploy design, set \"DeploymentController: { Type: CODE_DEPLOY }\", add an 'AWS::CodeDeploy::Application' with 'ComputePlatform: ECS', and a deployment group whose 'ECSServices' names '!Ref Cluster' and '!GetAtt Service.Name'.",
      praise: 'New revisions start beside the old one, and traffic moves only when they are ready.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
        awsDoc(`${ECS_GUIDE}/deployment-type-bluegreen.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-codedeploy-deploymentgroup.html`),
        wellArchitected('REL08-BP04', 'rel_tracking_change_management_immutable_infrastructure.html'),
      ],
      docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
    },
    {
      id: 'target-groups',
      title: 'Give blue and green each a target group that checks /health',
      points: 5,
      file: 'template',
      rules: ['BGD002'],
      hint: "Copy the service's target group into a second one (same 'TargetType: ip', protocol, port and 'HealthCheckPath: /health'). ECS design: name it in 'AdvancedConfiguration.AlternateTargetGroupArn'. CodeDeploy design: list both under the deployment group's 'TargetGroupPairInfoList' by '!GetAtt <group>.TargetGroupName'.",
      praise: 'Blue and green each have a target group that judges the app by its own health endpoint.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-advancedconfiguration.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-targetgrouppairinfo.html`),
      ],
      docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
    },
    {
      id: 'traffic-routes',
      title: 'Route production and test traffic separately, with a role that may move them',
      points: 5,
      file: 'template',
      rules: ['BGD003'],
      hint: "ECS design: two 'AWS::ElasticLoadBalancingV2::ListenerRule's that forward to both target groups (weights 100 and 0), production matching '/*' and test matching a header such as 'X-Labs-Route: test' (or on a second listener), named in 'ProductionListenerRule' and 'TestListenerRule', and a 'RoleArn' for a role 'ecs.amazonaws.com' may assume with 'AmazonECSInfrastructureRolePolicyForLoadBalancers'. CodeDeploy design: a production and a test listener in 'ProdTrafficRoute' and 'TestTrafficRoute', and a 'ServiceRoleArn' with 'AWSCodeDeployRoleForECS'.",
      praise:
        'Users and testers reach blue and green through separate routes, and the deployment may move them.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
        awsDoc(`${ECS_GUIDE}/migrate-codedeploy-to-ecs-bluegreen.html`),
        awsDoc(`${ECS_GUIDE}/AmazonECSInfrastructureRolePolicyForLoadBalancers.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-trafficroute.html`),
        awsDoc(
          'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForECS.html',
        ),
      ],
      docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
    },
    {
      id: 'bake-time',
      title: `Keep blue for at least ${MIN_BAKE_MINUTES} minutes after the shift`,
      points: 4,
      file: 'template',
      rules: ['BGD004'],
      hint: `Rolling back is instant only while blue still runs. ECS design: 'BakeTimeInMinutes: ${MIN_BAKE_MINUTES}' (or more) in 'DeploymentConfiguration'. CodeDeploy design: a 'BlueGreenDeploymentConfiguration' with 'TerminationWaitTimeInMinutes: ${MIN_BAKE_MINUTES}' under 'TerminateBlueInstancesOnDeploymentSuccess' and a 'DeploymentReadyOption'.`,
      praise: 'Blue stays up long enough for the alarms to judge green under real traffic.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
        awsDoc(
          `${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-bluegreendeploymentconfiguration.html`,
        ),
      ],
      docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
    },
    {
      id: 'alarm-rollback',
      title: 'Roll back automatically on alarms that watch this stack',
      points: 6,
      file: 'template',
      rules: ['BGD005'],
      hint: "Add an 'AWS::CloudWatch::Alarm' on 'HTTPCode_Target_5XX_Count' in 'AWS/ApplicationELB' with the dimensions 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName' and 'TargetGroup: !GetAtt BlueTargetGroup.TargetGroupFullName' (one per target group). ECS design: list them in 'DeploymentConfiguration.Alarms' with 'Enable: true' and 'Rollback: true'. CodeDeploy design: an 'AlarmConfiguration' and an 'AutoRollbackConfiguration' with both failure events.",
      praise: 'A release that starts serving errors is rolled back without anyone being paged.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/deployment-alarm-failure.html`),
        awsDoc(`${ECS_GUIDE}/deployment-failure-detection.html`),
        awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-autorollbackconfiguration.html`),
        awsDoc(`${ELB_GUIDE}/load-balancer-cloudwatch-metrics.html`),
        wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
      ],
      docsUrl: `${ECS_GUIDE}/deployment-alarm-failure.html`,
    },
    {
      id: 'test-hook',
      title: 'Test green with a hook before users reach it',
      points: 3,
      file: 'template',
      rules: ['BGD006'],
      check: appspecHookCheck,
      hint: "ECS design: add a 'LifecycleHooks' entry with 'LifecycleStages: [POST_TEST_TRAFFIC_SHIFT]', 'HookTargetArn: !GetAtt HookFunction.Arn' and a 'RoleArn' that 'ecs.amazonaws.com' may assume, allowed 'lambda:InvokeFunction'; the function answers '{ \"hookStatus\": \"SUCCEEDED\" }' or FAILED. CodeDeploy design: name the function under 'AfterAllowTestTraffic' in the appspec's 'Hooks'.",
      praise: 'A test runs against green through the test route before any user reaches it.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/deployment-lifecycle-hooks.html`),
        awsDoc(`${ECS_GUIDE}/blue-green-permissions.html`),
        awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
      ],
      docsUrl: `${ECS_GUIDE}/deployment-lifecycle-hooks.html`,
    },
    {
      id: 'appspec',
      title: 'CodeDeploy only: a valid appspec.yaml that matches the task definition',
      points: 2,
      file: 'template',
      check: appspecCheck,
      hint: "Start 'appspec.yaml' with 'version: 0.0', then 'Resources' holding one 'TargetService' of 'Type: AWS::ECS::Service' whose 'Properties' give the 'TaskDefinition' and 'LoadBalancerInfo' with the 'ContainerName' and 'ContainerPort' of the task definition's web container (the ones the service's 'LoadBalancers' entry uses).",
      praise: 'CodeDeploy gets a valid revision that matches the task definition, or the design needs none.',
      evidence: [
        awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`),
        awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
        awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-example.html`),
      ],
      docsUrl: `${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`,
    },
  ],
});
