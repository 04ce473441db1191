import rule from '../../../../action/sandbox/guard/billable-options.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';

const file = 'template.json';
const options = { parameters: {} };
const efs = (props: Record<string, unknown>) =>
  json({ Resources: { Files: { Type: 'AWS::EFS::FileSystem', Properties: { Encrypted: true, ...props } } } });

testRule(rule, {
  valid: [
    { name: 'elastic throughput', code: efs({ ThroughputMode: 'elastic' }), file, options },
    { name: 'the default (bursting)', code: efs({}), file, options },
  ],
  invalid: [
    {
      name: 'provisioned throughput of 1,024 MiB/s',
      code: efs({ ThroughputMode: 'provisioned', ProvisionedThroughputInMibps: 1024 }),
      file,
      options,
      errors: [{ messageId: 'provisioned', data: { name: 'Files', value: 'provisioned, 1024 MiB/s' } }],
    },
    {
      name: 'a computed throughput mode',
      code: efs({ ThroughputMode: { 'Fn::Sub': 'provisioned' }, ProvisionedThroughputInMibps: 1024 }),
      file,
      options,
      errors: [{ messageId: 'computed', data: { name: 'Files' } }],
    },
  ],
});
