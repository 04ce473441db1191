// Lab 13 mutation table: each rubric item, broken alone in the Express Mode reference solution by one small,
// realistic learner mistake, costs points, and no other item moves; accepted alternatives (the same service written
// another valid way) keep every point.
import lab from '../../../../graders/rubrics/13-express-mode.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inTemplate, type Mutation } from '../../../helpers/mutation-table.js';

const PORT_ENV = "        Environment:\n          - Name: PORT\n            Value: '8080'\n";
const SCALING =
  '      ScalingTarget:\n        MinTaskCount: 2\n        MaxTaskCount: 6\n        AutoScalingMetric: AVERAGE_CPU\n        AutoScalingTargetValue: 60\n';

const table: readonly Mutation[] = [
  {
    item: 'service',
    name: 'the PORT variable is dropped, so the app listens on 3000 while traffic goes to 8080',
    mutate: inTemplate(PORT_ENV, ''),
  },
  {
    item: 'task-size',
    name: 'half a vCPU with 8 GB',
    mutate: inTemplate("      Memory: '1024'\n", "      Memory: '8192'\n"),
  },
  {
    item: 'ecr-image',
    name: "the image tag defaults to 'latest'",
    mutate: inTemplate('    Default: 1.0.0\n', '    Default: latest\n'),
  },
  {
    item: 'separate-roles',
    name: 'the execution role doubles as the task role',
    mutate: inTemplate(
      '      TaskRoleArn: !GetAtt TaskRole.Arn\n',
      '      TaskRoleArn: !GetAtt ExecutionRole.Arn\n',
    ),
  },
  {
    item: 'health-check',
    name: 'the health check calls the greeting page',
    mutate: inTemplate('      HealthCheckPath: /health\n', '      HealthCheckPath: /\n'),
  },
  {
    item: 'scaling',
    name: 'a single task',
    mutate: inTemplate('        MinTaskCount: 2\n', '        MinTaskCount: 1\n'),
  },
  {
    item: 'private-network',
    name: 'the task security group admits the internet on the app port',
    mutate: inTemplate(
      '      SecurityGroupEgress:\n',
      '      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          CidrIp: 0.0.0.0/0\n      SecurityGroupEgress:\n',
    ),
  },
  {
    item: 'owned-data',
    name: 'the log group is kept forever',
    mutate: inTemplate('      RetentionInDays: 30\n', ''),
  },
];

/** More mistakes for items the table already covers; each costs its item and moves no other. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'ecr-image',
    name: 'the image comes from Docker Hub',
    mutate: inTemplate(
      "        Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web:${ImageTag}'\n",
      "        Image: !Sub 'docker.io/library/node:${ImageTag}'\n",
    ),
  },
  {
    item: 'separate-roles',
    name: 'the infrastructure role lacks the Express managed policy',
    mutate: inTemplate(
      '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSInfrastructureRoleforExpressGatewayServices\n',
      '',
    ),
  },
  {
    item: 'separate-roles',
    name: 'the infrastructure role is trusted by the tasks instead of ECS',
    mutate: inTemplate(
      '              Service: ecs.amazonaws.com\n',
      '              Service: ecs-tasks.amazonaws.com\n',
    ),
  },
  {
    item: 'health-check',
    name: 'the health check path carries a query string',
    mutate: inTemplate('      HealthCheckPath: /health\n', "      HealthCheckPath: '/health?probe=1'\n"),
  },
  {
    item: 'scaling',
    name: 'no ScalingTarget at all',
    mutate: inTemplate(SCALING, ''),
  },
  {
    item: 'private-network',
    name: 'no NetworkConfiguration, so the default VPC',
    mutate: inTemplate(
      '      NetworkConfiguration:\n        Subnets: !Ref PrivateSubnetIds\n        SecurityGroups:\n          - !Ref TaskSecurityGroup\n',
      '',
    ),
  },
];

describeMutations(lab, table, moreMistakes);

/**
 * Accepted alternatives: the same service written another valid way keeps every point. The whole App Runner
 * solution (test/fixtures/alternatives/labs/13-express-mode/template.json) is graded in rubric.test.ts.
 */
const alternatives: readonly Alternative[] = [
  {
    name: "Express Mode's default task size (Cpu and Memory left out)",
    rewrite: inTemplate("      Cpu: '512'\n      Memory: '1024'\n", ''),
  },
  {
    name: 'the default scaling metric and target (only the task counts)',
    rewrite: inTemplate(SCALING, '      ScalingTarget:\n        MinTaskCount: 2\n        MaxTaskCount: 6\n'),
  },
  {
    name: 'the app on its default port 3000, with no PORT variable',
    rewrite: (files) =>
      inTemplate(
        '        ContainerPort: 8080\n',
        '        ContainerPort: 3000\n',
      )(inTemplate(PORT_ENV, '')(files)),
  },
  {
    name: 'the image from an ECR repository of the stack, by RepositoryUri',
    rewrite: (files) =>
      inTemplate(
        'Resources:\n',
        'Resources:\n  Repository:\n    Type: AWS::ECR::Repository\n    Properties:\n      ImageTagMutability: IMMUTABLE\n\n',
      )(
        inTemplate(
          "        Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/labs-web:${ImageTag}'\n",
          "        Image: !Sub '${Repository.RepositoryUri}:${ImageTag}'\n",
        )(files),
      ),
  },
  {
    name: 'requests per target instead of CPU',
    rewrite: inTemplate(
      '        AutoScalingMetric: AVERAGE_CPU\n        AutoScalingTargetValue: 60\n',
      '        AutoScalingMetric: REQUEST_COUNT_PER_TARGET\n        AutoScalingTargetValue: 200\n',
    ),
  },
  {
    name: 'the execution role with its own pull and log statements instead of the managed policy',
    rewrite: inTemplate(
      '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\n',
      "      Policies:\n        - PolicyName: pull-and-log\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: ecr:GetAuthorizationToken\n                Resource: '*'\n              - Effect: Allow\n                Action:\n                  - ecr:BatchCheckLayerAvailability\n                  - ecr:GetDownloadUrlForLayer\n                  - ecr:BatchGetImage\n                Resource: !Sub 'arn:${AWS::Partition}:ecr:${AWS::Region}:${AWS::AccountId}:repository/labs-web'\n              - Effect: Allow\n                Action:\n                  - logs:CreateLogStream\n                  - logs:PutLogEvents\n                Resource: !GetAtt LogGroup.Arn\n",
    ),
  },
  {
    name: 'role ARNs written with Sub, and the log group by its name',
    rewrite: (files) =>
      inTemplate(
        '      InfrastructureRoleArn: !GetAtt InfrastructureRole.Arn\n',
        "      InfrastructureRoleArn: !Sub '${InfrastructureRole.Arn}'\n",
      )(
        inTemplate(
          '          LogGroup: !Ref LogGroup\n',
          "          LogGroup: !Sub '/ecs/${AWS::StackName}'\n",
        )(files),
      ),
  },
  {
    name: 'a migration in progress: the old App Runner service kept beside the Express service',
    rewrite: inTemplate(
      '\nOutputs:\n',
      '\n  LegacyService:\n    Type: AWS::AppRunner::Service\n    Properties:\n      SourceConfiguration:\n        ImageRepository:\n          ImageIdentifier: public.ecr.aws/docker/library/node:latest\n          ImageRepositoryType: ECR_PUBLIC\n\nOutputs:\n',
    ),
  },
];

describeAlternatives(lab, alternatives);
