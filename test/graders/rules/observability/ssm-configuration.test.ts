import rule from '../../../../graders/rules/observability/ssm-configuration.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, lab11Json } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const VALUE_FROM =
  "              ValueFrom: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\n";
const RESOURCE =
  "                Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\n";

/** The JSON solution with the managed policy's Resource replaced. */
function jsonResource(value: unknown): string {
  if (!HAS_SOLUTIONS) return ''; // the solution is absent and the tests built on it skip
  const t = lab11Json();
  const doc = (
    t['Resources']!['ReadConfigurationPolicy']!['Properties'] as {
      PolicyDocument: { Statement: { Resource: unknown }[] };
    }
  ).PolicyDocument;
  doc.Statement[0]!.Resource = value;
  return JSON.stringify(t);
}

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'ARN built with Sub, the same ARN in the inline policy (lab 11 solution)', code: LAB11 },
    {
      name: "'!Ref' of the parameter, a ManagedPolicy with a Join ARN (second-style solution)",
      code: LAB11_JSON,
      file: 'template.json',
    },
    {
      name: 'a literal parameter name, and its literal ARN in the policy',
      code: edit(
        LAB11,
        ["      Name: !Sub '/${AWS::StackName}/labs-web/log-level'\n", '      Name: /labs-web/log-level\n'],
        [
          VALUE_FROM,
          "              ValueFrom: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/labs-web/log-level'\n",
        ],
        [
          RESOURCE,
          "                Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/labs-web/log-level'\n",
        ],
      ),
    },
  ],
  invalid: [
    {
      name: 'the policy allows every parameter',
      code: edit(LAB11, [RESOURCE, "                Resource: '*'\n"]),
      errors: [
        {
          messageId: 'tooBroad',
          data: { role: 'ExecutionRole', parameter: 'LogLevelParameter', resource: '*' },
        },
      ],
    },
    {
      name: 'the policy allows a path wildcard',
      code: jsonResource({
        'Fn::Sub': 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/labs-web/*',
      }),
      file: 'template.json',
      errors: [
        {
          messageId: 'tooBroad',
          data: {
            resource: 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/labs-web/*',
          },
        },
      ],
    },
    {
      name: 'the policy allows every resource of the service in the account',
      code: edit(LAB11, [
        RESOURCE,
        "                Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:*'\n",
      ]),
      errors: [{ messageId: 'tooBroad' }],
    },
    {
      name: 'the policy names another parameter',
      code: edit(LAB11, [
        RESOURCE,
        "                Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/other/thing'\n",
      ]),
      errors: [{ messageId: 'notAllowed', data: { role: 'ExecutionRole', parameter: 'LogLevelParameter' } }],
    },
    {
      name: 'the role allows another SSM action (ssm:DescribeParameters)',
      code: edit(LAB11, [
        '                Action: ssm:GetParameters\n',
        '                Action: ssm:DescribeParameters\n',
      ]),
      errors: [{ messageId: 'notAllowed' }],
    },
    {
      name: 'the log level stays an environment variable',
      code: edit(LAB11, [`          Secrets:\n            - Name: LOG_LEVEL\n${VALUE_FROM}`, '']),
      errors: [{ messageId: 'noParameter', data: { task: 'TaskDefinition' } }],
    },
    {
      name: 'a parameter of another stack by name',
      code: edit(LAB11, [VALUE_FROM, '              ValueFrom: /shared/log-level\n']),
      errors: [{ messageId: 'noParameter' }],
    },
  ],
});
