// Lab 11 mutation table: each rubric item, broken alone in the reference solution by one small, realistic learner
// mistake, costs points, and no other item moves. The harness is test/helpers/mutation-table.ts; it grades with
// the registry's RULES, where the OBS rules are listed.
import lab from '../../../../graders/rubrics/11-observability.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inTemplate, type Mutation } from '../../../helpers/mutation-table.js';

const WEB_MODE = '              mode: non-blocking\n              max-buffer-size: 25m\n';
const EMF_STATEMENT =
  "              - Effect: Allow\n                Action:\n                  - logs:PutLogEvents\n                  - logs:CreateLogStream\n                  - logs:CreateLogGroup\n                  - logs:DescribeLogStreams\n                  - logs:DescribeLogGroups\n                Resource: !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/ecs/application/metrics*'\n";
const SSM_RESOURCE =
  "                Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\n";
const MEMORY_ACTIONS =
  '      AlarmActions:\n        - !Ref AlarmTopic\n      OKActions:\n        - !Ref AlarmTopic\n\n  Target5xxAlarm:';

const table: readonly Mutation[] = [
  {
    item: 'container-insights',
    name: "Container Insights left at 'enabled'",
    mutate: inTemplate('          Value: enhanced\n', '          Value: enabled\n'),
  },
  {
    item: 'log-retention-encryption',
    name: 'the log group is not encrypted with the key',
    mutate: inTemplate('      KmsKeyId: !GetAtt LogKey.Arn\n', ''),
  },
  {
    item: 'container-logging',
    name: "the web container leaves the log delivery mode to the account's default",
    mutate: inTemplate(WEB_MODE, ''),
  },
  {
    item: 'tracing-sidecar',
    name: 'the task role cannot write the collector’s EMF metrics to CloudWatch Logs',
    mutate: inTemplate(EMF_STATEMENT, ''),
  },
  {
    item: 'alarms',
    name: "the CPU alarm's ServiceName dimension is a hard-coded name",
    mutate: inTemplate(
      '      MetricName: CPUUtilization\n      Dimensions:\n        - Name: ClusterName\n          Value: !Ref Cluster\n        - Name: ServiceName\n          Value: !GetAtt Service.Name\n',
      '      MetricName: CPUUtilization\n      Dimensions:\n        - Name: ClusterName\n          Value: !Ref Cluster\n        - Name: ServiceName\n          Value: labs-web\n',
    ),
  },
  {
    item: 'alarm-notifications',
    name: 'the memory alarm notifies nobody',
    mutate: inTemplate(MEMORY_ACTIONS, '\n  Target5xxAlarm:'),
  },
  {
    item: 'dashboard',
    name: 'the dashboard names the cluster and service by hand',
    mutate: inTemplate(
      '["AWS/ECS", "CPUUtilization", "ClusterName", "${Cluster}", "ServiceName", "${Service.Name}"]',
      '["AWS/ECS", "CPUUtilization", "ClusterName", "labs", "ServiceName", "labs-web"]',
    ),
  },
  {
    item: 'parameter-store-config',
    name: 'the execution role may read every parameter of the account',
    mutate: inTemplate(SSM_RESOURCE, "                Resource: '*'\n"),
  },
];

/** More mistakes for items the table already covers; each costs its item and moves no other. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'log-retention-encryption',
    name: 'the key policy lets CloudWatch Logs use the key for any log group',
    mutate: inTemplate(
      "            Condition:\n              ArnLike:\n                kms:EncryptionContext:aws:logs:arn: !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/${AWS::StackName}*'\n",
      '',
    ),
  },
  {
    item: 'log-retention-encryption',
    name: 'the logs are kept forever',
    mutate: inTemplate('      RetentionInDays: 30\n', ''),
  },
  {
    item: 'container-logging',
    name: 'the collector writes to a log group of another stack',
    mutate: inTemplate(
      '              awslogs-group: !Ref LogGroup\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: otel\n',
      '              awslogs-group: /ecs/otel\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: otel\n',
    ),
  },
  {
    item: 'tracing-sidecar',
    name: 'the sidecar is not a trace collector',
    mutate: inTemplate(
      '          Image: public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3\n',
      '          Image: public.ecr.aws/docker/library/busybox:1.37\n',
    ),
  },
  {
    item: 'alarms',
    name: 'the unhealthy-hosts alarm has no LoadBalancer dimension',
    mutate: inTemplate(
      '        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n',
      '        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n',
    ),
  },
  {
    item: 'alarm-notifications',
    name: "the CPU alarm's actions are switched off",
    mutate: inTemplate(
      '      EvaluationPeriods: 5\n      Threshold: 80\n      ComparisonOperator: GreaterThanThreshold\n      TreatMissingData: missing\n      AlarmActions:\n        - !Ref AlarmTopic\n      OKActions:\n        - !Ref AlarmTopic\n\n  HighMemoryAlarm:',
      '      EvaluationPeriods: 5\n      Threshold: 80\n      ComparisonOperator: GreaterThanThreshold\n      TreatMissingData: missing\n      ActionsEnabled: false\n      AlarmActions:\n        - !Ref AlarmTopic\n      OKActions:\n        - !Ref AlarmTopic\n\n  HighMemoryAlarm:',
    ),
  },
  {
    item: 'dashboard',
    name: 'the dashboard shows the load balancer by its ARN',
    mutate: (files) => {
      const text = files['template.yaml']!;
      const body = text.slice(text.indexOf('      DashboardBody:'), text.indexOf('\nOutputs:'));
      return {
        ...files,
        'template.yaml': text.replace(
          body,
          body.replaceAll('${LoadBalancer.LoadBalancerFullName}', '${LoadBalancer}'),
        ),
      };
    },
  },
  {
    item: 'parameter-store-config',
    name: 'the container reads a parameter of another stack',
    mutate: inTemplate(
      "              ValueFrom: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\n",
      '              ValueFrom: /shared/log-level\n',
    ),
  },
];

describeMutations(lab, table, moreMistakes);

/**
 * Accepted alternatives: the same observability written another valid way keeps every point. The whole
 * second-style solution (test/fixtures/alternatives/labs/11-observability/template.json) is graded in
 * rubric.test.ts.
 */
const alternatives: readonly Alternative[] = [
  {
    name: "the web container logs in 'blocking' mode, without a buffer",
    rewrite: inTemplate(WEB_MODE, '              mode: blocking\n'),
  },
  {
    name: "the 5xx alarm on the load balancer's own 5xx count, by the load balancer only",
    rewrite: inTemplate(
      '      MetricName: HTTPCode_Target_5XX_Count\n      Dimensions:\n        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n        - Name: TargetGroup\n          Value: !GetAtt TargetGroup.TargetGroupFullName\n',
      '      MetricName: HTTPCode_ELB_5XX_Count\n      Dimensions:\n        - Name: LoadBalancer\n          Value: !GetAtt LoadBalancer.LoadBalancerFullName\n',
    ),
  },
  {
    name: "the task role's permissions from the managed CloudWatchAgentServerPolicy",
    rewrite: (files) => {
      const text = files['template.yaml']!;
      const policies = text.slice(
        text.indexOf('      Policies:\n        - PolicyName: telemetry\n'),
        text.indexOf('  TaskDefinition:\n'),
      );
      return {
        ...files,
        'template.yaml': text.replace(
          policies,
          '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/CloudWatchAgentServerPolicy\n\n',
        ),
      };
    },
  },
  {
    name: "the key policy's principal as a Join with AWS::URLSuffix",
    rewrite: inTemplate(
      "              Service: !Sub 'logs.${AWS::Region}.amazonaws.com'\n",
      "              Service: !Join ['', ['logs.', !Ref AWS::Region, '.', !Ref AWS::URLSuffix]]\n",
    ),
  },
  {
    name: "the secret's ValueFrom as '!Ref' of the parameter (its name)",
    rewrite: inTemplate(
      "              ValueFrom: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\n",
      '              ValueFrom: !Ref LogLevelParameter\n',
    ),
  },
  {
    name: "the alarms notify the topic by '!GetAtt AlarmTopic.TopicArn'",
    rewrite: (files) => ({
      ...files,
      'template.yaml': files['template.yaml']!.replaceAll(
        '        - !Ref AlarmTopic\n',
        '        - !GetAtt AlarmTopic.TopicArn\n',
      ),
    }),
  },
];

describeAlternatives(lab, alternatives);
