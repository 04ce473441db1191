import rule from '../../../../graders/rules/iam/task-role-separation.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const TASK_ROLE = '      TaskRoleArn: !GetAtt TaskRole.Arn\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'two roles, each with its own permissions (lab 08 solution)', code: LAB08 },
    {
      name: 'the execution role on the AWS managed policy, the task role on a ManagedPolicy resource (JSON)',
      code: LAB08_JSON,
      file: 'template.json',
    },
    {
      name: 'no task role at all (the application makes no AWS calls)',
      code: edit(LAB08, [TASK_ROLE, '']),
    },
  ],
  invalid: [
    {
      name: 'the starter: one role as both task and execution role',
      code: STARTER,
      errors: [{ messageId: 'sameRole', data: { role: "'SharedRole'" } }],
    },
    {
      name: 'the solution with the task role pointed at the execution role',
      code: edit(LAB08, [TASK_ROLE, '      TaskRoleArn: !GetAtt ExecutionRole.Arn\n']),
      errors: [{ messageId: 'sameRole' }],
    },
    {
      name: 'the same literal role ARN twice',
      code: edit(
        LAB08,
        [
          '      ExecutionRoleArn: !GetAtt ExecutionRole.Arn\n',
          "      ExecutionRoleArn: 'arn:aws:iam::123456789012:role/web'\n",
        ],
        [TASK_ROLE, "      TaskRoleArn: 'arn:aws:iam::123456789012:role/web'\n"],
      ),
      errors: [{ messageId: 'sameRole' }],
    },
    {
      name: 'no execution role',
      code: edit(LAB08, ['      ExecutionRoleArn: !GetAtt ExecutionRole.Arn\n', '']),
      errors: [{ messageId: 'noExecutionRole' }],
    },
    {
      name: 'the task role can pull images',
      code: edit(LAB08, [
        '                Action: s3:ListBucket\n',
        '                Action:\n                  - s3:ListBucket\n                  - ecr:BatchGetImage\n',
      ]),
      errors: [{ messageId: 'ecsActionOnTaskRole', data: { role: 'TaskRole', action: 'ecr:BatchGetImage' } }],
    },
    {
      name: 'the task role attaches the execution role managed policy',
      code: edit(LAB08, [
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n',
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\n',
      ]),
      errors: [
        { messageId: 'executionPolicyOnTaskRole', data: { policy: 'AmazonECSTaskExecutionRolePolicy' } },
      ],
    },
    {
      name: 'the execution role also writes the uploads bucket',
      code: edit(LAB08, [
        '                Action: secretsmanager:GetSecretValue\n                Resource: !Ref DbSecret\n',
        "                Action: secretsmanager:GetSecretValue\n                Resource: !Ref DbSecret\n              - Effect: Allow\n                Action: s3:PutObject\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ]),
      errors: [
        { messageId: 'appActionOnExecutionRole', data: { role: 'ExecutionRole', action: 's3:PutObject' } },
      ],
    },
    {
      name: 'an application permission on the execution role through a separate AWS::IAM::Policy',
      code: edit(LAB08, [
        '  TaskDefinition:\n',
        "  ExtraPolicy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: extra\n      Roles:\n        - !Ref ExecutionRole\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: dynamodb:PutItem\n            Resource: !Sub 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/orders'\n\n  TaskDefinition:\n",
      ]),
      errors: [{ messageId: 'appActionOnExecutionRole', data: { action: 'dynamodb:PutItem' } }],
    },
    {
      name: 'an application managed policy on the execution role',
      code: edit(LAB08, [
        '  ExecutionRole:\n    Type: AWS::IAM::Role\n    Properties:\n',
        '  ExecutionRole:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\n',
      ]),
      errors: [{ messageId: 'managedPolicyOnExecutionRole', data: { policy: 'AmazonS3ReadOnlyAccess' } }],
    },
    {
      name: 'no task definition',
      code: without(LAB08, 'TaskDefinition', 'Service'),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
  ],
});
