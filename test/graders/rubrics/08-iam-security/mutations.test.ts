// Lab 08 mutation table: each rubric item, broken alone in the reference solution by one small, realistic learner
// mistake, costs points, and no other item moves. The harnesses grade with the registry's RULES, where the IAM rules
// are listed.
import lab from '../../../../graders/rubrics/08-iam-security.js';
import { describeAlternatives, withoutResources, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inTemplate, type Files, type Mutation } from '../../../helpers/mutation-table.js';

// Assembled at run time, so this file holds no string a secret scanner would flag.
const KEY_ID = ['AKIA', 'J4TQ', '7RWX', '2MNB', '5KLP'].join('');

const addFile =
  (name: string, text: string) =>
  (files: Files): Files => ({ ...files, [name]: text });

const table: readonly Mutation[] = [
  {
    item: 'role-separation',
    name: 'the task role may also pull images, which only ECS does',
    mutate: inTemplate(
      '                Action: s3:ListBucket\n',
      '                Action:\n                  - s3:ListBucket\n                  - ecr:BatchGetImage\n',
    ),
  },
  {
    item: 'least-privilege-actions',
    name: "the app gets 's3:*' on its bucket",
    mutate: inTemplate(
      '                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n',
      "                Action: 's3:*'\n",
    ),
  },
  {
    item: 'scoped-resources',
    name: 'the app may list every bucket (\'Resource: "*"\')',
    mutate: inTemplate(
      '                Action: s3:ListBucket\n                Resource: !GetAtt UploadsBucket.Arn\n',
      "                Action: s3:ListBucket\n                Resource: '*'\n",
    ),
  },
  {
    item: 'trust-policies',
    name: 'the execution role trusts ECS without an aws:SourceAccount condition',
    mutate: inTemplate(
      '            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: start-labs-web\n',
      '      Policies:\n        - PolicyName: start-labs-web\n',
    ),
  },
  {
    item: 'task-secrets',
    name: 'the secret is left on the AWS managed key',
    mutate: inTemplate('      KmsKeyId: !Ref SecretsKey\n', ''),
  },
  {
    item: 'no-hard-coded-credentials',
    name: 'a .env file holds an access key id',
    mutate: addFile('.env', `AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${KEY_ID}\n`),
  },
  {
    item: 'container-hardening',
    name: 'the container runs as root',
    mutate: inTemplate("          User: '1000'\n", '          User: root\n'),
  },
  {
    item: 'ecs-exec-audit',
    name: 'ECS Exec sessions are logged but not encrypted with a key of the stack',
    mutate: inTemplate('          KmsKeyId: !Ref ExecKey\n', ''),
  },
  {
    item: 'guardduty-runtime-monitoring',
    name: 'runtime monitoring without the Fargate agent',
    mutate: inTemplate(
      '          AdditionalConfiguration:\n            - Name: ECS_FARGATE_AGENT_MANAGEMENT\n              Status: ENABLED\n',
      '',
    ),
  },
];

/** More mistakes for items the table already covers; each costs its item and moves no other. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'role-separation',
    name: 'the execution role also writes the uploads bucket',
    mutate: inTemplate(
      '                Action: secretsmanager:GetSecretValue\n                Resource: !Ref DbSecret\n',
      "                Action: secretsmanager:GetSecretValue\n                Resource: !Ref DbSecret\n              - Effect: Allow\n                Action: s3:PutObject\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
    ),
  },
  {
    item: 'least-privilege-actions',
    name: "a wildcard hidden in a Sub over a parameter whose Default is 's3'",
    mutate: (files) =>
      inTemplate(
        '                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n',
        "                Action: !Sub '${UploadsService}:*'\n",
      )(
        inTemplate(
          '  RepositoryName:\n',
          '  UploadsService:\n    Type: String\n    Default: s3\n  RepositoryName:\n',
        )(files),
      ),
  },
  {
    item: 'scoped-resources',
    name: 'every bucket, hidden in "!Sub \'arn:${AWS::Partition}:s3:::*\'"',
    mutate: inTemplate(
      '                Action: s3:ListBucket\n                Resource: !GetAtt UploadsBucket.Arn\n',
      "                Action: s3:ListBucket\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::*'\n",
    ),
  },
  {
    item: 'task-secrets',
    name: 'the execution role reads every secret under another prefix',
    mutate: inTemplate(
      '                Resource: !Ref DbSecret\n',
      "                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:prod/*'\n",
    ),
  },
  {
    item: 'no-hard-coded-credentials',
    name: "an access key id in the container's Environment",
    mutate: inTemplate(
      '            - Name: UPLOADS_BUCKET\n',
      `            - Name: AWS_ACCESS_KEY_ID\n              Value: ${KEY_ID}\n            - Name: UPLOADS_BUCKET\n`,
    ),
  },
  {
    item: 'container-hardening',
    name: 'a writable root filesystem',
    mutate: inTemplate(
      '          ReadonlyRootFilesystem: true\n',
      '          ReadonlyRootFilesystem: false\n',
    ),
  },
  {
    item: 'ecs-exec-audit',
    name: "ECS Exec logging set to 'NONE'",
    mutate: inTemplate('          Logging: OVERRIDE\n', '          Logging: NONE\n'),
  },
  {
    item: 'guardduty-runtime-monitoring',
    name: 'no detector at all',
    mutate: (files) => ({ ...files, 'template.yaml': withoutResources(files['template.yaml']!, 'Detector') }),
  },
];

describeMutations(lab, table, moreMistakes);

/**
 * Accepted alternatives: the same security written another valid way keeps every point. The whole second-style
 * solution (test/fixtures/alternatives/labs/08-iam-security/template.json) is graded in rubric.test.ts.
 */
const alternatives: readonly Alternative[] = [
  {
    name: 'ECS Exec turned off: no shell, nothing to audit',
    rewrite: inTemplate('      EnableExecuteCommand: true\n', ''),
  },
  {
    name: 'the trust condition on aws:SourceArn only',
    rewrite: inTemplate(
      '            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n      Policies:\n        - PolicyName: start-labs-web\n',
      "            Condition:\n              ArnLike:\n                aws:SourceArn: !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*'\n      Policies:\n        - PolicyName: start-labs-web\n",
    ),
  },
  {
    name: 'the app policy as an AWS::IAM::Policy attached by Roles',
    rewrite: (files) =>
      inTemplate(
        '  TaskDefinition:\n',
        "  AppPolicy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: labs-web-app\n      Roles:\n        - !Ref TaskRole\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub '${UploadsBucket.Arn}/*'\n          - Effect: Allow\n            Action: s3:ListBucket\n            Resource: !GetAtt UploadsBucket.Arn\n\n  TaskDefinition:\n",
      )(
        inTemplate(
          "        - PolicyName: labs-web-app\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Sid: ReadWriteUploads\n                Effect: Allow\n                Action:\n                  - s3:GetObject\n                  - s3:PutObject\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n              - Sid: ListUploads\n                Effect: Allow\n                Action: s3:ListBucket\n                Resource: !GetAtt UploadsBucket.Arn\n",
          '',
        )(files),
      ),
  },
  {
    name: "a named non-root user with its group ('1000:1000')",
    rewrite: inTemplate("          User: '1000'\n", "          User: '1000:1000'\n"),
  },
  {
    name: 'ECS Exec sessions to S3 instead of CloudWatch Logs',
    rewrite: inTemplate(
      '            CloudWatchLogGroupName: !Ref ExecLogGroup\n',
      '            S3BucketName: !Ref UploadsBucket\n            S3KeyPrefix: exec/\n',
    ),
  },
];

describeAlternatives(lab, alternatives);
