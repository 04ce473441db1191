import rule from '../../../../graders/rules/eks/cfn-cluster-audit.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { TEMPLATE, edit } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [{ name: 'all five log types and a secrets key', code: TEMPLATE }],
  invalid: [
    {
      name: 'no authenticator log',
      code: edit(TEMPLATE, ['            - Type: authenticator\n', '']),
      errors: [{ messageId: 'logTypes', data: { missing: "'authenticator'" } }],
    },
    {
      name: 'encryption of something other than secrets',
      code: edit(TEMPLATE, ['        - Resources: [secrets]', '        - Resources: [configmaps]']),
      errors: [{ messageId: 'noSecretsEncryption' }],
    },
    {
      name: 'no logging and no encryption',
      code: edit(
        TEMPLATE,
        [
          '      Logging:\n        ClusterLogging:\n          EnabledTypes:\n            - Type: api\n            - Type: audit\n            - Type: authenticator\n            - Type: controllerManager\n            - Type: scheduler\n',
          '',
        ],
        [
          '      EncryptionConfig:\n        - Resources: [secrets]\n          Provider:\n            KeyArn: !GetAtt SecretsKey.Arn\n',
          '',
        ],
      ),
      errors: [{ messageId: 'logTypes' }, { messageId: 'noSecretsEncryption' }],
    },
    {
      name: 'no cluster',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
      errors: [{ messageId: 'noCluster' }],
    },
  ],
});
