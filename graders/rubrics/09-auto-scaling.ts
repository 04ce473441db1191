// Lab 09: the learner adds Application Auto Scaling to the labs-web service of a CloudFormation template: a scalable
// target with a floor of two tasks and a chosen ceiling, target tracking on CPU and on ALB requests per target,
// cooldowns, a step-scaling policy driven by a CloudWatch alarm on this service, and a DesiredCount that does not
// fight the scaler. Thirty points over seven items; the network is taken as typed parameters, as in labs 04 and 07.
import { defineLab } from '../engine/define.js';
import { AUTO_SCALING_TYPES, service } from './lib/sandbox.js';
import { CFN_REFERENCE, ECS_GUIDE, awsDoc, wellArchitected } from './lib/evidence.js';
import { TEMPLATE_FILE, requires } from './lib/template.js';
import { hasEcsScalableTarget } from '../rules/auto-scaling/model.js';

const AAS_GUIDE = 'https://docs.aws.amazon.com/autoscaling/application/userguide';
const AAS_API = 'https://docs.aws.amazon.com/autoscaling/application/APIReference';

const NO_TARGET =
  "The template has no Application Auto Scaling scalable target for the service yet, so there is nothing to judge here: add the 'AWS::ApplicationAutoScaling::ScalableTarget' first (task 1).";

export default defineLab({
  id: '09-auto-scaling',
  title: 'Auto scaling an ECS service',
  part: '7 Auto scaling',
  summary:
    'Let Application Auto Scaling own the labs-web task count: a scalable target with at least two tasks and a deliberate ceiling, target tracking on CPU and on ALB requests per target, cooldowns that scale out faster than in, a step-scaling policy driven by a CloudWatch alarm on this service, and no DesiredCount fighting the scaler.',
  files: [TEMPLATE_FILE],
  sandbox: service([...AUTO_SCALING_TYPES, 'AWS::CloudWatch::Alarm']),
  items: [
    {
      id: 'scalable-target',
      title: "Register the service as a scalable target of this stack's cluster",
      points: 5,
      file: 'template',
      rules: ['SCL001'],
      hint: "A scalable target names the service it scales by \"ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\", together with 'ServiceNamespace: ecs' and 'ScalableDimension: ecs:service:DesiredCount'. '!Ref Cluster' gives the cluster's name, but '!Ref Service' returns an ARN, so the service's name comes from its 'Name' attribute.",
      praise: 'Application Auto Scaling manages the task count of this stack’s own service.',
      evidence: [
        awsDoc(`${AAS_GUIDE}/services-that-can-integrate-ecs.html`),
        awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
        awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
        wellArchitected('REL07-BP01', 'rel_adapt_to_changes_autoscale_adapt.html'),
      ],
      docsUrl: `${AAS_GUIDE}/services-that-can-integrate-ecs.html`,
    },
    {
      id: 'capacity-bounds',
      title: 'Keep at least two tasks and a deliberate ceiling',
      points: 4,
      file: 'template',
      rules: ['SCL002'],
      check: requires(hasEcsScalableTarget, NO_TARGET),
      hint: "'MinCapacity' is what scale-in can never go below, so it is your availability floor: two tasks, one in each Availability Zone. 'MaxCapacity' is your cost ceiling: the peak the load test needs plus some headroom (4 for this lab, which is also the sandbox's default limit per service).",
      praise: 'Scale-in keeps two tasks across two zones, and a chosen ceiling bounds the cost.',
      evidence: [
        awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
        awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
        wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
        wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
      ],
      docsUrl: `${AAS_API}/API_RegisterScalableTarget.html`,
    },
    {
      id: 'cpu-target-tracking',
      title: 'Track average CPU with a target-tracking policy',
      points: 5,
      file: 'template',
      rules: ['SCL003'],
      hint: "Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: TargetTrackingScaling', 'ScalingTargetId: !Ref ScalableTarget' and a 'TargetTrackingScalingPolicyConfiguration' whose 'PredefinedMetricSpecification' is 'ECSServiceAverageCPUUtilization', with a 'TargetValue' such as 60 (percent). Application Auto Scaling then creates and manages the CloudWatch alarms for you.",
      praise: 'The service adds and removes tasks to keep its average CPU near the target.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
        awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
        awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
        wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
      ],
      docsUrl: `${ECS_GUIDE}/service-autoscaling-targettracking.html`,
    },
    {
      id: 'request-count-tracking',
      title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
      points: 5,
      file: 'template',
      rules: ['SCL004'],
      hint: "Add a second target-tracking policy with 'PredefinedMetricType: ALBRequestCountPerTarget' and \"ResourceLabel: !Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]\", which builds 'app/<name>/<id>/targetgroup/<name>/<id>' from the ids CloudFormation generated. 'TargetValue' is requests per task per minute: take it from the load test in the README.",
      praise: 'The service scales on the requests each task actually serves.',
      evidence: [
        awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
        awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-elasticloadbalancingv2-targetgroup.html`),
        wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
      ],
      docsUrl: `${AAS_API}/API_PredefinedMetricSpecification.html`,
    },
    {
      id: 'cooldowns',
      title: 'Scale out faster than you scale in',
      points: 3,
      file: 'template',
      rules: ['SCL005'],
      hint: "In each target-tracking configuration set 'ScaleOutCooldown' (such as 60) and 'ScaleInCooldown' (such as 300): adding capacity late drops requests, while removing it late only costs a few task-minutes.",
      praise: 'Both policies add tasks quickly and remove them carefully.',
      evidence: [
        awsDoc(`${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`),
        awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
      ],
      docsUrl: `${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`,
    },
    {
      id: 'step-scaling-alarm',
      title: 'Drive a step-scaling policy from a CloudWatch alarm on this service',
      points: 5,
      file: 'template',
      rules: ['SCL006'],
      hint: "Add a 'StepScaling' policy ('AdjustmentType: ChangeInCapacity', 'StepAdjustments' that add 1 task just above the threshold and 2 further above) and an 'AWS::CloudWatch::Alarm' on AWS/ECS 'CPUUtilization' with 'Dimensions' 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name', and \"AlarmActions: [!Ref StepScaleOutPolicy]\".",
      praise: 'A CloudWatch alarm on this service adds tasks in steps when a spike breaches it.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/service-autoscaling-stepscaling.html`),
        awsDoc(`${AAS_GUIDE}/application-auto-scaling-step-scaling-policies.html`),
        awsDoc(`${ECS_GUIDE}/available-metrics.html`),
        wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
        awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
      ],
      docsUrl: `${ECS_GUIDE}/service-autoscaling-stepscaling.html`,
    },
    {
      id: 'desired-count',
      title: 'Leave the task count to the scaler',
      points: 3,
      file: 'template',
      rules: ['SCL007'],
      check: requires(hasEcsScalableTarget, NO_TARGET),
      hint: "Once a scalable target owns the count, remove 'DesiredCount' from the service: a new service starts with one task and registering the target moves it into range, and stack updates then keep whatever count the scaler chose. If you keep it, keep it within MinCapacity and MaxCapacity.",
      praise: 'The template and the scaler agree on who sets the task count.',
      evidence: [
        awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`),
        awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
        awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
      ],
      docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`,
    },
  ],
});
