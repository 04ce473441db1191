import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/observability/log-key-policy.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const PRINCIPAL = "              Service: !Sub 'logs.${AWS::Region}.amazonaws.com'\n";
const CONDITION =
  "            Condition:\n              ArnLike:\n                kms:EncryptionContext:aws:logs:arn: !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/${AWS::StackName}*'\n";

/** The whole KeyPolicy block of the reference key, up to the log group. */
const KEY_POLICY = LAB11.slice(LAB11.indexOf('      KeyPolicy:\n'), LAB11.indexOf('  LogGroup:\n'));

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'Sub principal with an ArnLike condition (lab 11 solution)', code: LAB11 },
    {
      name: 'Join principal with URLSuffix and an ArnEquals condition (second-style solution)',
      code: LAB11_JSON,
      file: 'template.json',
    },
    {
      name: 'a literal regional principal and an aws:SourceArn condition',
      code: edit(
        LAB11,
        [PRINCIPAL, '              Service: logs.eu-west-1.amazonaws.com\n'],
        [
          CONDITION,
          "            Condition:\n              ArnLike:\n                aws:SourceArn: !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/ecs/*'\n",
        ],
      ),
    },
    {
      name: 'the key policy as JSON text',
      code: edit(LAB11, [
        KEY_POLICY,
        `      KeyPolicy: '${JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'logs.us-east-1.amazonaws.com' },
              Action: ['kms:GenerateDataKey*', 'kms:Decrypt*'],
              Resource: '*',
              Condition: {
                ArnEquals: {
                  'kms:EncryptionContext:aws:logs:arn':
                    'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/labs',
                },
              },
            },
          ],
        })}'\n\n`,
      ]),
    },
  ],
  invalid: [
    {
      name: 'no statement for CloudWatch Logs (only the account)',
      code: edit(LAB11, [PRINCIPAL, "              Service: !Sub 'ecs.${AWS::Region}.amazonaws.com'\n"]),
      errors: [{ messageId: 'noStatement', data: { key: 'LogKey', group: 'LogGroup' } }],
    },
    {
      name: 'the global principal logs.amazonaws.com',
      code: edit(LAB11, [PRINCIPAL, '              Service: logs.amazonaws.com\n']),
      errors: [{ messageId: 'noStatement' }],
    },
    {
      name: 'decrypt only, no data keys',
      code: edit(LAB11, [
        '              - kms:Encrypt*\n              - kms:Decrypt*\n              - kms:ReEncrypt*\n              - kms:GenerateDataKey*\n              - kms:Describe*\n',
        '              - kms:Decrypt*\n',
      ]),
      errors: [{ messageId: 'actions' }],
    },
    {
      name: 'no condition: any log group of anyone may use the key',
      code: edit(LAB11, [CONDITION, '']),
      errors: [{ messageId: 'unscoped', data: { key: 'LogKey' } }],
    },
    {
      name: 'a condition on another key',
      code: edit(LAB11, [
        CONDITION,
        '            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n',
      ]),
      errors: [{ messageId: 'unscoped' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('OBS003 scope', () => {
  it('does not apply when no log group uses a key of this template', () => {
    const out = runOn(rule, edit(LAB11, ['      KmsKeyId: !GetAtt LogKey.Arn\n', '']));
    expect(out.findings).toEqual([]);
    expect(out.notApplicable).not.toBeNull();
  });
});
