import rule from '../../../../graders/rules/iam/wildcard-actions.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { APP_STATEMENT, LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

/** The solution with the task role's first statement replaced. */
const app = (statement: string, ...more: [string, string][]): string =>
  edit(LAB08, [APP_STATEMENT, statement], ...more);

const SVC_PARAMETER: [string, string] = [
  '  RepositoryName:\n',
  '  Svc:\n    Type: String\n    Default: s3\n  RepositoryName:\n',
];

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'named actions only (lab 08 solution)', code: LAB08 },
    { name: 'named actions in separate and JSON-text policies', code: LAB08_JSON, file: 'template.json' },
    {
      name: "a wildcard over read verbs ('s3:Get*') is IAM003's to judge, not this rule's",
      code: app(
        "              - Effect: Allow\n                Action: s3:Get*\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
    },
    {
      name: "a Deny of '*' restricts, it grants nothing",
      code: app(
        `${APP_STATEMENT}              - Effect: Deny\n                Action: '*'\n                Resource: '*'\n                Condition:\n                  Bool:\n                    aws:SecureTransport: 'false'\n`,
      ),
    },
    {
      name: 'a Sub that builds a named action from a parameter',
      code: app(
        "              - Effect: Allow\n                Action: !Sub '${Svc}:GetObject'\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
        SVC_PARAMETER,
      ),
    },
  ],
  invalid: [
    {
      name: 'the starter: "Action: \'*\'"',
      code: STARTER,
      errors: [{ messageId: 'allActions', data: { action: '*' }, line: 71 }],
    },
    {
      name: "'s3:*' on the bucket",
      code: app(
        "              - Effect: Allow\n                Action: s3:*\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
      errors: [{ messageId: 'serviceWildcard', data: { action: 's3:*', service: 's3' } }],
    },
    {
      name: "a write wildcard, 's3:Put*'",
      code: app(
        "              - Effect: Allow\n                Action: s3:Put*\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
      errors: [{ messageId: 'serviceWildcard', data: { action: 's3:Put*' } }],
    },
    {
      name: "'*' hidden in a Sub over a parameter whose Default is 's3'",
      code: app(
        "              - Effect: Allow\n                Action: !Sub '${Svc}:*'\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
        SVC_PARAMETER,
      ),
      errors: [{ messageId: 'serviceWildcard', data: { action: 's3:*' } }],
    },
    {
      name: "'*' hidden in a Sub with its own variable map",
      code: app(
        "              - Effect: Allow\n                Action: !Sub ['${S}:*', { S: s3 }]\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
      errors: [{ messageId: 'serviceWildcard', data: { action: 's3:*' } }],
    },
    {
      name: "a wildcard split across the parts of a Join ('s3:' + '*')",
      code: app(
        "              - Effect: Allow\n                Action: !Join ['', ['s3:', '*']]\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
      errors: [{ messageId: 'serviceWildcard', data: { action: 's3:*' } }],
    },
    {
      name: 'a clean statement followed by a second one that adds the wildcard',
      code: app(
        `${APP_STATEMENT}              - Sid: AlsoEverything\n                Effect: Allow\n                Action: [s3:GetObject, 'dynamodb:*']\n                Resource: !Sub '\${UploadsBucket.Arn}/*'\n`,
      ),
      errors: [
        {
          messageId: 'serviceWildcard',
          data: {
            action: 'dynamodb:*',
            where: "Statement 'AlsoEverything' of role 'TaskRole' (policy 'labs-web-app')",
          },
        },
      ],
    },
    {
      name: "'*:*' in a separate AWS::IAM::ManagedPolicy attached by ManagedPolicyArns",
      code: edit(LAB08, [
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n',
        "  Everything:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          Effect: Allow\n          Action: '*:*'\n          Resource: !GetAtt UploadsBucket.Arn\n\n  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n        - !Ref Everything\n",
      ]),
      errors: [{ messageId: 'allActions', data: { action: '*:*' } }],
    },
    {
      name: 'a wildcard inside a policy written as JSON text',
      code: edit(LAB08, [
        '  TaskDefinition:\n',
        '  TextPolicy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: text\n      Roles: [!Ref TaskRole]\n      PolicyDocument: \'{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"arn:aws:sqs:us-east-1:123456789012:jobs"}]}\'\n\n  TaskDefinition:\n',
      ]),
      errors: [{ messageId: 'serviceWildcard', data: { action: 'sqs:*' } }],
    },
    {
      name: "'NotAction' in an Allow",
      code: app(
        "              - Effect: Allow\n                NotAction: iam:*\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
      ),
      errors: [{ messageId: 'notAction' }],
    },
    {
      name: "an AWS managed 'AmazonS3FullAccess' policy",
      code: edit(LAB08, [
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n',
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n      ManagedPolicyArns:\n        - !Sub arn:${AWS::Partition}:iam::aws:policy/AmazonS3FullAccess\n',
      ]),
      errors: [{ messageId: 'fullAccessPolicy', data: { role: 'TaskRole', policy: 'AmazonS3FullAccess' } }],
    },
    {
      name: 'either branch of an If may be the wildcard',
      code: app(
        "              - Effect: Allow\n                Action: !If [IsProd, s3:GetObject, 's3:*']\n                Resource: !Sub '${UploadsBucket.Arn}/*'\n",
        ['Resources:\n', "Conditions:\n  IsProd: !Equals [!Ref 'AWS::Region', us-east-1]\n\nResources:\n"],
      ),
      errors: [{ messageId: 'serviceWildcard' }],
    },
  ],
});
