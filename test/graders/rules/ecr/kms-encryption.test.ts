import rule from '../../../../graders/rules/ecr/kms-encryption.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl, type Template } from './template.js';

const enc = (v: unknown) => tpl((t) => (repo(t)['EncryptionConfiguration'] = v));
const key = (t: Template): Record<string, unknown> => t.Resources['Key']!.Properties;

testRule(rule, {
  valid: [
    { name: 'KMS with a key of the template', code: tpl() },
    { name: 'KMS with a Ref to the key', code: enc({ EncryptionType: 'KMS', KmsKey: { Ref: 'Key' } }) },
    {
      name: 'dual-layer KMS',
      code: enc({ EncryptionType: 'KMS_DSSE', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } }),
    },
    {
      name: 'a key ARN',
      code: enc({
        EncryptionType: 'KMS',
        KmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab',
      }),
    },
    {
      name: "rotation as the string 'true'",
      code: tpl((t) => (key(t)['EnableKeyRotation'] = 'true')),
    },
    {
      name: 'rotation from a parameter whose default is true',
      code: tpl((t) => {
        t.Parameters = { Rotate: { Type: 'String', Default: 'true', AllowedValues: ['true', 'false'] } };
        key(t)['EnableKeyRotation'] = { Ref: 'Rotate' };
      }),
    },
    {
      name: 'an alias of a rotating key',
      code: tpl((t) => {
        t.Resources['Alias'] = {
          Type: 'AWS::KMS::Alias',
          Properties: { AliasName: 'alias/labs-web', TargetKeyId: { Ref: 'Key' } },
        };
        repo(t)['EncryptionConfiguration'] = { EncryptionType: 'KMS', KmsKey: { Ref: 'Alias' } };
      }),
    },
    {
      name: 'a replica key (it rotates with its primary)',
      code: tpl((t) => {
        t.Resources['Key'] = {
          Type: 'AWS::KMS::ReplicaKey',
          Properties: {
            PrimaryKeyArn: 'arn:aws:kms:us-west-2:123456789012:key/mrk-1234abcd',
            KeyPolicy: {},
          },
        };
      }),
    },
  ],
  invalid: [
    {
      name: 'a key of the template without EnableKeyRotation',
      code: tpl((t) => delete key(t)['EnableKeyRotation']),
      errors: [{ messageId: 'noRotation', line: 3 }],
    },
    {
      name: "a key with 'EnableKeyRotation: false'",
      code: tpl((t) => (key(t)['EnableKeyRotation'] = false)),
      errors: [{ messageId: 'noRotation', line: 6 }],
    },
    {
      name: 'a key referenced with Ref, rotation off',
      code: tpl((t) => {
        key(t)['EnableKeyRotation'] = 'false';
        repo(t)['EncryptionConfiguration'] = { EncryptionType: 'KMS', KmsKey: { Ref: 'Key' } };
      }),
      errors: [{ messageId: 'noRotation' }],
    },
    {
      name: 'an alias of a key without rotation',
      code: tpl((t) => {
        delete key(t)['EnableKeyRotation'];
        t.Resources['Alias'] = {
          Type: 'AWS::KMS::Alias',
          Properties: { AliasName: 'alias/labs-web', TargetKeyId: { Ref: 'Key' } },
        };
        repo(t)['EncryptionConfiguration'] = { EncryptionType: 'KMS', KmsKey: { Ref: 'Alias' } };
      }),
      errors: [{ messageId: 'noRotation' }],
    },
    {
      name: 'rotation from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Rotate: { Type: 'String' } };
        key(t)['EnableKeyRotation'] = { Ref: 'Rotate' };
      }),
      errors: [{ messageId: 'rotationComputed' }],
    },
    {
      name: 'no encryption configuration',
      code: tpl((t) => delete repo(t)['EncryptionConfiguration']),
      errors: [{ messageId: 'defaultAes' }],
    },
    { name: 'AES256', code: enc({ EncryptionType: 'AES256' }), errors: [{ messageId: 'aes' }] },
    {
      name: 'KMS without a key',
      code: enc({ EncryptionType: 'KMS' }),
      errors: [{ messageId: 'awsManagedKey' }],
    },
    {
      name: 'the AWS managed alias',
      code: enc({ EncryptionType: 'KMS', KmsKey: 'alias/aws/ecr' }),
      errors: [{ messageId: 'awsManagedKey' }],
    },
    { name: 'not an object', code: enc('KMS'), errors: [{ messageId: 'notObject' }] },
    {
      name: 'type from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Enc: { Type: 'String' } };
        repo(t)['EncryptionConfiguration'] = { EncryptionType: { Ref: 'Enc' } };
      }),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'no repository',
      code: tpl((t) => delete t.Resources['Repository']),
      errors: [{ messageId: 'noRepository' }],
    },
  ],
});
