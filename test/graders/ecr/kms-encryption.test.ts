import rule from '../../../graders/ecr/kms-encryption.js';
import { testRule } from '../../helpers/rule-tester.js';
import { repo, tpl } from './template.js';

const enc = (v: unknown) => tpl((t) => (repo(t)['EncryptionConfiguration'] = v));

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
  ],
  invalid: [
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
