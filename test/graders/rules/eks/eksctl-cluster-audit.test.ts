import rule from '../../../../graders/rules/eks/eksctl-cluster-audit.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CLUSTER, edit, lineOf } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const FILE = 'cluster.yaml';
const NO_AUDIT = edit(CLUSTER, [
  'enableTypes: [api, audit, authenticator]',
  'enableTypes: [api, authenticator]',
]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'api, audit and authenticator; a secrets key', file: FILE, code: CLUSTER },
    {
      name: "every log type with '*'",
      file: FILE,
      code: edit(CLUSTER, ['enableTypes: [api, audit, authenticator]', 'enableTypes: ["*"]']),
    },
  ],
  invalid: [
    {
      name: 'no audit log',
      file: FILE,
      code: NO_AUDIT,
      errors: [
        { messageId: 'logTypes', line: lineOf(NO_AUDIT, 'enableTypes'), data: { missing: "'audit'" } },
      ],
    },
    {
      name: 'no logging at all',
      file: FILE,
      code: edit(CLUSTER, [
        'cloudWatch:\n  clusterLogging:\n    enableTypes: [api, audit, authenticator]\n    logRetentionInDays: 90\n',
        '',
      ]),
      errors: [{ messageId: 'logTypes', data: { missing: "'api', 'audit', 'authenticator'" } }],
    },
    {
      name: 'no secrets encryption',
      file: FILE,
      code: edit(CLUSTER, [
        'secretsEncryption:\n  keyARN: arn:aws:kms:us-east-1:123456789012:key/8d3a1c2e-5b6f-4a7d-9e0f-1a2b3c4d5e6f\n',
        '',
      ]),
      errors: [{ messageId: 'noSecretsEncryption' }],
    },
    {
      name: 'not a ClusterConfig',
      file: FILE,
      code: 'kind: Something\n',
      errors: [{ messageId: 'notClusterConfig' }],
    },
  ],
});
