// Lab 11: the learner makes the labs-web service operable: enhanced Container Insights, log groups with a retention
// period and a customer managed KMS key that CloudWatch Logs may use, containers that log to them, an ADOT collector
// (or X-Ray daemon) sidecar with the task role permissions it needs, alarms on CPU, memory, 5xx and unhealthy
// targets that notify an SNS topic, a dashboard, and configuration read from Parameter Store. Thirty points over
// eight items; the network is taken as typed parameters, as in labs 04, 07 and 09.
import { defineLab } from '../engine/define.js';
import { KMS_TYPES, service } from './lib/sandbox.js';
import {
  CFN_REFERENCE,
  ECS_GUIDE,
  awsDoc,
  checkov,
  cdkNag,
  securityHub,
  wellArchitected,
} from './lib/evidence.js';
import { TEMPLATE_FILE } from './lib/template.js';

const CW_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring';
const LOGS_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs';
const XRAY_GUIDE = 'https://docs.aws.amazon.com/xray/latest/devguide';
const MANAGED_POLICY = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';

export default defineLab({
  id: '11-observability',
  title: 'Observability: logs, traces, alarms and dashboards',
  part: 'Monitoring and operations (CloudWatch, X-Ray, SSM)',
  summary:
    'Make the labs-web service one a team can operate: enhanced Container Insights, encrypted log groups with a retention period that every container writes to, an ADOT collector sidecar for traces, alarms on CPU, memory, 5xx and unhealthy targets that notify an SNS topic, a dashboard of the service and its load balancer, and configuration read from Parameter Store.',
  files: [TEMPLATE_FILE],
  sandbox: service([
    ...KMS_TYPES,
    'AWS::CloudWatch::Alarm',
    'AWS::CloudWatch::Dashboard',
    'AWS::SNS::Subscription',
    'AWS::SNS::Topic',
    'AWS::SSM::Parameter',
  ]),
  items: [
    {
      id: 'container-insights',
      title: 'Turn on Container Insights with enhanced observability',
      points: 3,
      file: 'template',
      rules: ['OBS001'],
      hint: "In the cluster's 'ClusterSettings', set 'containerInsights' to 'enhanced' (not just 'enabled'): CloudWatch then collects task- and container-level CPU, memory, network and restart metrics, and the curated Container Insights views can drill down from the cluster to the one task that misbehaves.",
      praise: 'Container Insights collects task- and container-level metrics for the cluster.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/cloudwatch-container-insights.html`),
        awsDoc(`${CW_GUIDE}/deploy-container-insights-ECS-cluster.html`),
        securityHub('ECS.12'),
        checkov('CKV_AWS_65'),
        cdkNag('AwsSolutions-ECS4'),
      ],
      docsUrl: `${ECS_GUIDE}/cloudwatch-container-insights.html`,
    },
    {
      id: 'log-retention-encryption',
      title: 'Keep logs for a set period, encrypted with a key CloudWatch Logs may use',
      points: 5,
      file: 'template',
      rules: ['OBS002', 'OBS003'],
      hint: "Give the log group 'RetentionInDays' (such as 30) and 'KmsKeyId: !GetAtt LogKey.Arn'. The key's policy must let the principal \"!Sub 'logs.${AWS::Region}.amazonaws.com'\" use it ('kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'), with a Condition on 'kms:EncryptionContext:aws:logs:arn' that names this stack's log groups: the key is created before the log group, so write the ARN with Sub rather than GetAtt.",
      praise:
        "The logs expire on schedule and only this stack's log groups can use the key that encrypts them.",
      evidence: [
        awsDoc(`${LOGS_GUIDE}/encrypt-log-data-kms.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-logs-loggroup.html`),
        checkov('CKV_AWS_66'),
        checkov('CKV_AWS_158'),
        wellArchitected('SEC08-BP02', 'sec_protect_data_rest_encrypt.html'),
      ],
      docsUrl: `${LOGS_GUIDE}/encrypt-log-data-kms.html`,
    },
    {
      id: 'container-logging',
      title: "Send every container's logs to this stack's log group, with an explicit delivery mode",
      points: 4,
      file: 'template',
      rules: ['OBS004'],
      hint: "With awslogs, set 'awslogs-group: !Ref LogGroup', 'awslogs-region: !Ref AWS::Region', 'awslogs-stream-prefix' and 'mode': 'non-blocking' with a 'max-buffer-size' such as '25m' keeps the application running when CloudWatch Logs is slow, at the risk of dropping lines from a burst; 'blocking' keeps every line but can stall the application. With FireLens, a Fluent Bit container with 'FirelensConfiguration' routes the others' logs ('LogDriver: awsfirelens', options 'Name: cloudwatch_logs' and 'log_group_name: !Ref LogGroup').",
      praise:
        "Every container writes to this stack's log group, and the log delivery mode is a written decision.",
      evidence: [
        awsDoc(`${ECS_GUIDE}/using_awslogs.html`),
        awsDoc(`${ECS_GUIDE}/using_firelens.html`),
        awsDoc(`${ECS_GUIDE}/ecs-account-settings.html`),
        securityHub('ECS.9'),
        cdkNag('AwsSolutions-ECS7'),
      ],
      docsUrl: `${ECS_GUIDE}/using_awslogs.html`,
    },
    {
      id: 'tracing-sidecar',
      title: 'Run an ADOT collector or X-Ray daemon sidecar with the task role permissions it needs',
      points: 5,
      file: 'template',
      rules: ['OBS005'],
      hint: "Add a second container running 'public.ecr.aws/aws-observability/aws-otel-collector' (pinned to a release tag, with 'Command: [--config=/etc/ecs/ecs-default-config.yaml]') and point the application's OpenTelemetry exporter at 'localhost:4317'. The collector uses the TASK role's credentials, so that role needs 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', and for the EMF metrics 'logs:PutLogEvents' and 'logs:CreateLogStream'; the managed 'CloudWatchAgentServerPolicy' grants all of them.",
      praise:
        'A collector next to the application sends its traces, with exactly the role permissions it needs.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/trace-data.html`),
        awsDoc(`${XRAY_GUIDE}/xray-daemon-ecs.html`),
        awsDoc(`${MANAGED_POLICY}/AWSXRayDaemonWriteAccess.html`),
        awsDoc(`${MANAGED_POLICY}/CloudWatchAgentServerPolicy.html`),
        wellArchitected('OPS01-BP04', 'ops01-bp04.html'),
      ],
      docsUrl: `${ECS_GUIDE}/trace-data.html`,
    },
    {
      id: 'alarms',
      title: "Alarm on CPU, memory, 5xx responses and unhealthy targets of this stack's resources",
      points: 5,
      file: 'template',
      rules: ['OBS006'],
      hint: "Four 'AWS::CloudWatch::Alarm' resources: AWS/ECS 'CPUUtilization' and 'MemoryUtilization' with 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name'; AWS/ApplicationELB 'HTTPCode_Target_5XX_Count' with 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName'; and 'UnHealthyHostCount' with both 'TargetGroup: !GetAtt TargetGroup.TargetGroupFullName' and 'LoadBalancer'. Those full names include ids CloudFormation generates, so they cannot be typed by hand.",
      praise: "Alarms watch the service's CPU and memory, its 5xx responses and its unhealthy targets.",
      evidence: [
        awsDoc(`${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`),
        awsDoc(`${ECS_GUIDE}/available-metrics.html`),
        awsDoc(
          'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html',
        ),
        wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
      ],
      docsUrl: `${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`,
    },
    {
      id: 'alarm-notifications',
      title: 'Notify an SNS topic of this stack from every alarm',
      points: 3,
      file: 'template',
      rules: ['OBS007'],
      hint: "Add an 'AWS::SNS::Topic' (and a subscription, such as an email address from a parameter) and give each alarm \"AlarmActions: [!Ref AlarmTopic]\"; 'OKActions' with the same topic tells people when it is over.",
      praise: 'Every alarm tells the team through an SNS topic of this stack.',
      evidence: [
        awsDoc(`${CW_GUIDE}/Notify_Users_Alarm_Changes.html`),
        awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
        securityHub('CloudWatch.15'),
        wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
      ],
      docsUrl: `${CW_GUIDE}/Notify_Users_Alarm_Changes.html`,
    },
    {
      id: 'dashboard',
      title: "Show this stack's service and load balancer on a dashboard",
      points: 2,
      file: 'template',
      rules: ['OBS008'],
      hint: "Write 'DashboardBody' as a '!Sub' JSON string, so references such as \"${Cluster}\", \"${Service.Name}\" and \"${LoadBalancer.LoadBalancerFullName}\" become this stack's names, with one metric widget for the service's CPU and memory and one for the load balancer's requests and 5xx responses.",
      praise: 'One dashboard shows the service and its load balancer side by side.',
      evidence: [
        awsDoc(
          'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html',
        ),
        awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-dashboard.html`),
      ],
      docsUrl: `${CW_GUIDE}/CloudWatch_Dashboards.html`,
    },
    {
      id: 'parameter-store-config',
      title: 'Read configuration from Parameter Store, with the execution role allowed that parameter only',
      points: 3,
      file: 'template',
      rules: ['OBS009'],
      hint: "Add an 'AWS::SSM::Parameter' and a container 'Secrets' entry whose 'ValueFrom' is its ARN, \"!Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\" ('!Ref' of a parameter returns its name, which starts with '/'). The ECS agent fetches it with the EXECUTION role before the container starts, so that role needs 'ssm:GetParameters' on exactly that ARN.",
      praise: 'Configuration lives in Parameter Store, and the task may read only its own parameter.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`),
        awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
        securityHub('IAM.21'),
        wellArchitected('SEC03-BP02', 'sec_permissions_least_privileges.html'),
      ],
      docsUrl: `${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`,
    },
  ],
});
