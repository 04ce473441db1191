import rule from '../../../../graders/rules/express-mode/separate-roles.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const INFRA_POLICY =
  '      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSInfrastructureRoleforExpressGatewayServices\n';
const TASK_ROLE_END =
  '              Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n\n  TaskSecurityGroup:';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'three roles (lab 13 solution)', code: LAB13 },
    {
      name: "a role ARN written as !Sub '${Role.Arn}'",
      code: edit(LAB13, [
        '      TaskRoleArn: !GetAtt TaskRole.Arn\n',
        "      TaskRoleArn: !Sub '${TaskRole.Arn}'\n",
      ]),
    },
    {
      name: 'App Runner access role with an inline pull policy (second-style solution)',
      code: runner(() => {}),
      file: JSON_FILE,
    },
    {
      name: 'App Runner access role with the managed policy',
      code: runner((t) => {
        const access = props(t, 'AccessRole');
        delete access['Policies'];
        access['ManagedPolicyArns'] = [
          {
            'Fn::Sub':
              'arn:${AWS::Partition}:iam::aws:policy/service-role/AWSAppRunnerServicePolicyForECRAccess',
          },
        ];
      }),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: 'the execution role used as the task role',
      code: edit(LAB13, [
        '      TaskRoleArn: !GetAtt TaskRole.Arn\n',
        '      TaskRoleArn: !GetAtt ExecutionRole.Arn\n',
      ]),
      errors: [
        {
          messageId: 'shared',
          data: { role: 'ExecutionRole', first: 'execution role', second: 'task role' },
        },
      ],
    },
    {
      name: 'no task role',
      code: edit(LAB13, ['      TaskRoleArn: !GetAtt TaskRole.Arn\n', '']),
      errors: [{ messageId: 'missing', data: { label: 'task role' } }],
    },
    {
      name: 'the infrastructure role trusted by ecs-tasks',
      code: edit(LAB13, [
        '              Service: ecs.amazonaws.com\n',
        '              Service: ecs-tasks.amazonaws.com\n',
      ]),
      errors: [
        { messageId: 'wrongTrust', data: { role: 'InfrastructureRole', principal: 'ecs.amazonaws.com' } },
      ],
    },
    {
      name: 'the infrastructure role without its managed policy',
      code: edit(LAB13, [INFRA_POLICY, '']),
      errors: [{ messageId: 'noManagedPolicy', data: { role: 'InfrastructureRole' } }],
    },
    {
      name: 'the task role can pull images',
      code: edit(LAB13, [
        TASK_ROLE_END,
        "              Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: pull\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: ecr:*\n                Resource: '*'\n\n  TaskSecurityGroup:",
      ]),
      errors: [{ messageId: 'appCanPull', data: { role: 'TaskRole' } }],
    },
    {
      name: 'a role named by !Ref',
      code: edit(LAB13, ['      TaskRoleArn: !GetAtt TaskRole.Arn\n', '      TaskRoleArn: !Ref TaskRole\n']),
      errors: [{ messageId: 'byName' }],
    },
    {
      name: 'an infrastructure role the grader cannot read',
      code: edit(LAB13, [
        '      InfrastructureRoleArn: !GetAtt InfrastructureRole.Arn\n',
        '      InfrastructureRoleArn: arn:aws:iam::123456789012:role/ecsInfrastructureRole\n',
      ]),
      errors: [{ messageId: 'external' }],
    },
    {
      name: 'App Runner instance role trusted by the build principal',
      code: runner((t) => {
        const doc = props(t, 'InstanceRole')['AssumeRolePolicyDocument'] as {
          Statement: { Principal: unknown }[];
        };
        doc.Statement[0]!.Principal = { Service: 'build.apprunner.amazonaws.com' };
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'wrongTrust', data: { principal: 'tasks.apprunner.amazonaws.com' } }],
    },
    {
      name: 'App Runner access role that cannot pull',
      code: runner((t) => {
        delete props(t, 'AccessRole')['Policies'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'cannotPull', data: { role: 'AccessRole' } }],
    },
  ],
});
