// MRG001: literal Regions, zones, account ids and partitions in resources and outputs, and the places they are fine.
import rule from '../../../../graders/rules/multi-region/region-agnostic.js';
import { testRule } from '../../../helpers/rule-tester.js';

const head = 'AWSTemplateFormatVersion: "2010-09-09"\n';

testRule(rule, {
  valid: [
    {
      name: 'pseudo parameters, GetAZs and a Partition Sub',
      code: `${head}Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess'
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      AvailabilityZone: !Select [0, !GetAZs '']
      VpcId: vpc-1
      CidrBlock: 10.0.0.0/24
  Td:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Image: !Sub '\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/web:1'
Outputs:
  Where:
    Description: Deployed to us-east-1 and eu-west-1 from the same template
    Value: !Ref AWS::Region
`,
    },
    {
      name: 'Regions in Parameters, Mappings, Conditions and Rules are data',
      code: `${head}Parameters:
  ReplicaRegion:
    Type: String
    AllowedValues: [us-east-1, eu-west-1]
    Default: eu-west-1
  Image:
    Type: String
    Default: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1
Mappings:
  Replicas:
    us-east-1: { Replica: eu-west-1 }
Conditions:
  InVirginia: !Equals [!Ref AWS::Region, us-east-1]
Rules:
  Other:
    Assertions:
      - Assert: !Not [!Equals [!Ref ReplicaRegion, us-east-1]]
Resources:
  Topic:
    Type: AWS::SNS::Topic
`,
    },
    {
      name: "a health check's checker Regions",
      code: `${head}Resources:
  Hc:
    Type: AWS::Route53::HealthCheck
    Properties:
      HealthCheckConfig:
        Type: HTTPS
        Regions: [us-east-1, eu-west-1, ap-southeast-1]
`,
    },
    {
      name: 'look-alikes that are no Region, zone or account',
      code: `${head}Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: my-app-1
      DisplayName: us-east-10 us-east-1-web 1234567890123 arn:awsome:thing
`,
    },
  ],
  invalid: [
    {
      name: 'a Region in awslogs-region and an endpoint',
      code: `${head}Resources:
  Td:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - LogConfiguration:
            Options:
              awslogs-region: us-east-1
          Environment:
            - Name: QUEUE
              Value: https://sqs.eu-west-1.amazonaws.com/queue
`,
      errors: [
        { messageId: 'region', line: 9, data: { owner: 'Td', value: 'us-east-1' } },
        { messageId: 'region', line: 12, data: { value: 'eu-west-1' } },
      ],
    },
    {
      name: 'an ECR image URI with account and Region, and a zone',
      code: `${head}Resources:
  Td:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      AvailabilityZone: eu-west-1b
`,
      errors: [
        { messageId: 'account', line: 7, data: { value: '123456789012' } },
        { messageId: 'region', line: 7, data: { value: 'us-east-1' } },
        { messageId: 'zone', line: 11, data: { value: 'eu-west-1b', index: 1 } },
      ],
    },
    {
      name: 'a managed policy ARN with a literal partition, inside a Sub too',
      code: `${head}Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - !Sub 'arn:aws:iam::\${AWS::AccountId}:policy/mine'
`,
      errors: [
        { messageId: 'partition', line: 7, data: { value: 'arn:aws:' } },
        { messageId: 'partition', line: 8 },
      ],
    },
    {
      name: 'an output and a GetAZs with a literal Region',
      code: `${head}Resources:
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      AvailabilityZone: !Select [0, !GetAZs us-west-2]
Outputs:
  Console:
    Value: https://us-west-2.console.aws.amazon.com/
`,
      errors: [
        { messageId: 'region', line: 6 },
        { messageId: 'region', line: 9, data: { owner: 'Outputs.Console' } },
      ],
    },
    {
      name: 'an alarm Region of a health check is not exempt',
      code: `${head}Resources:
  Hc:
    Type: AWS::Route53::HealthCheck
    Properties:
      HealthCheckConfig:
        Type: CLOUDWATCH_METRIC
        AlarmIdentifier:
          Name: a
          Region: us-east-1
`,
      errors: [{ messageId: 'region', line: 10 }],
    },
  ],
});
