import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/iam/scoped-resources.js';
import { isBroadResource } from '../../../../graders/rules/iam/model.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { APP_STATEMENT, LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const app = (statement: string, ...more: [string, string][]): string =>
  edit(LAB08, [APP_STATEMENT, statement], ...more);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    {
      name: "named resources, '*' only for GetAuthorizationToken and ECS Exec (lab 08 solution)",
      code: LAB08,
    },
    { name: 'the second-style solution', code: LAB08_JSON, file: 'template.json' },
    {
      name: "'*' for the X-Ray daemon's calls, which support no resource-level permissions",
      code: app(
        `${APP_STATEMENT}              - Effect: Allow\n                Action: [xray:PutTraceSegments, xray:PutTelemetryRecords]\n                Resource: '*'\n`,
      ),
    },
    {
      name: 'the objects of one bucket, by a literal ARN',
      code: app(
        "              - Effect: Allow\n                Action: s3:GetObject\n                Resource: 'arn:aws:s3:::labs-web-uploads/*'\n",
      ),
    },
  ],
  invalid: [
    {
      name: 'the starter: "Resource: \'*\'"',
      code: STARTER,
      errors: [{ messageId: 'broadResource', data: { resource: '*' } }],
    },
    {
      name: 'every bucket, hidden in "!Sub \'arn:${AWS::Partition}:s3:::*\'"',
      code: app(
        "              - Effect: Allow\n                Action: s3:GetObject\n                Resource: !Sub 'arn:${AWS::Partition}:s3:::*'\n",
      ),
      errors: [
        { messageId: 'broadResource', data: { resource: 'arn:aws:s3:::*', actions: "'s3:GetObject'" } },
      ],
    },
    {
      name: "a read wildcard on '*'",
      code: app(
        "              - Effect: Allow\n                Action: s3:Get*\n                Resource: '*'\n",
      ),
      errors: [{ messageId: 'broadResource', data: { actions: "'s3:Get*'" } }],
    },
    {
      name: "'*' for GetAuthorizationToken is fine, but not for the pull actions in the same statement",
      code: edit(LAB08, [
        "                Action: ecr:GetAuthorizationToken\n                Resource: '*'\n",
        "                Action:\n                  - ecr:GetAuthorizationToken\n                  - ecr:BatchGetImage\n                Resource: '*'\n",
      ]),
      errors: [{ messageId: 'broadResource', data: { actions: "'ecr:BatchGetImage'" } }],
    },
    {
      name: 'every secret of the account, by resource type',
      code: edit(LAB08, [
        '                Resource: !Ref DbSecret\n',
        "                Resource: !Sub 'arn:${AWS::Partition}:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:*'\n",
      ]),
      errors: [{ messageId: 'broadResource' }],
    },
    {
      name: "a broad resource split across a Join ('arn:aws:s3:::' + '*')",
      code: app(
        "              - Effect: Allow\n                Action: s3:PutObject\n                Resource: !Join ['', ['arn:', !Ref 'AWS::Partition', ':s3:::', '*']]\n",
      ),
      errors: [{ messageId: 'broadResource', data: { resource: 'arn:aws:s3:::*' } }],
    },
    {
      name: "'NotResource' in an Allow",
      code: app(
        "              - Effect: Allow\n                Action: s3:GetObject\n                NotResource: 'arn:aws:s3:::secrets/*'\n",
      ),
      errors: [{ messageId: 'notResource' }],
    },
    {
      name: "more than three actions on '*' are summarized",
      code: app(
        "              - Effect: Allow\n                Action: [s3:GetObject, s3:PutObject, s3:DeleteObject, s3:ListBucket, s3:GetBucketPolicy]\n                Resource: '*'\n",
      ),
      errors: [
        {
          messageId: 'broadResource',
          data: { actions: "'s3:GetObject', 's3:PutObject', 's3:DeleteObject' and 2 more" },
        },
      ],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('isBroadResource', () => {
  it.each([
    ['*', true],
    ['arn:*', true],
    ['arn:aws:s3:::*', true],
    ['arn:aws:*:*:*:*', true],
    ['arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/*', true],
    ['arn:aws:ssm:${AWS::Region}:${AWS::AccountId}:parameter/*', true],
    ['arn:aws:s3:::labs-web-uploads/*', false],
    ['${UploadsBucket.Arn}/*', false],
    ['arn:aws:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/web:*', false],
    ['arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:labs/db-*', false],
  ])('%s → %s', (text, broad) => {
    expect(isBroadResource(text)).toBe(broad);
  });
});
