import rule from '../../../../graders/rules/iam/task-secrets.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const SECRETS =
  '          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: !Ref DbSecret\n';
const READ =
  '                Action: secretsmanager:GetSecretValue\n                Resource: !Ref DbSecret\n';
const DECRYPT = '                Action: kms:Decrypt\n                Resource: !GetAtt SecretsKey.Arn\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    {
      name: 'one secret under the stack key, read by the execution role only (lab 08 solution)',
      code: LAB08,
    },
    {
      name: 'the read and decrypt statements in a Sub of JSON text',
      code: LAB08_JSON,
      file: 'template.json',
    },
    {
      name: "a secret's JSON key in ValueFrom, and the secret's ARN with a wildcard suffix in the policy",
      code: edit(
        LAB08,
        [
          SECRETS,
          "          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: !Sub '${DbSecret}:password::'\n",
        ],
        [
          READ,
          "                Action: secretsmanager:GetSecretValue\n                Resource: !Sub '${DbSecret}*'\n",
        ],
      ),
    },
    {
      name: 'a literal secret ARN matched by a name prefix with the random suffix as a wildcard',
      code: edit(
        LAB08,
        [
          SECRETS,
          "          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:labs/db-AbCdEf'\n",
        ],
        [
          READ,
          "                Action: secretsmanager:GetSecretValue\n                Resource: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:labs/db-*'\n",
        ],
      ),
    },
    {
      name: 'an empty non-secret environment value is fine',
      code: edit(LAB08, [
        '            - Name: UPLOADS_BUCKET\n',
        "            - Name: API_TOKEN_HEADER\n              Value: ''\n            - Name: UPLOADS_BUCKET\n",
      ]),
    },
  ],
  invalid: [
    {
      name: 'the starter: a plain-text password, no secrets, and a role that reads everything',
      code: STARTER,
      errors: [
        { messageId: 'otherSecret' },
        { messageId: 'noSecrets' },
        { messageId: 'plainSecret', data: { name: 'DB_PASSWORD' } },
      ],
    },
    {
      name: "the execution role reads '*'",
      code: edit(LAB08, [
        READ,
        "                Action: secretsmanager:GetSecretValue\n                Resource: '*'\n",
      ]),
      errors: [{ messageId: 'otherSecret', data: { resource: '*', role: 'ExecutionRole' } }],
    },
    {
      name: 'the execution role reads every secret under another prefix',
      code: edit(LAB08, [
        READ,
        "                Action: secretsmanager:GetSecretValue\n                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:prod/*'\n",
      ]),
      errors: [{ messageId: 'otherSecret' }],
    },
    {
      name: 'the execution role decrypts with any key',
      code: edit(LAB08, [
        DECRYPT,
        "                Action: kms:Decrypt\n                Resource: !Sub 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*'\n",
      ]),
      errors: [{ messageId: 'anyKey' }],
    },
    {
      name: 'the secret under the AWS managed key',
      code: edit(LAB08, ['      KmsKeyId: !Ref SecretsKey\n', '']),
      errors: [{ messageId: 'secretWithoutKey', data: { secret: 'DbSecret' } }],
    },
    {
      name: 'the password back in Environment',
      code: edit(
        LAB08,
        [SECRETS, '          Secrets: []\n'],
        [
          '            - Name: UPLOADS_BUCKET\n',
          '            - Name: DB_PASSWORD\n              Value: hunter2hunter2\n            - Name: UPLOADS_BUCKET\n',
        ],
      ),
      // The execution role still reads a secret no container names any more.
      errors: [
        { messageId: 'otherSecret', data: { resource: '${DbSecret}' } },
        { messageId: 'noSecrets' },
        { messageId: 'plainSecret', data: { container: 'web', name: 'DB_PASSWORD' } },
      ],
    },
  ],
});
