import rule, { MAX_TEMPLATE_BYTES } from '../../../../action/sandbox/guard/template-size.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';

const sized = (bytes: number) => {
  const empty = json({ Metadata: { Notes: '' }, Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } } });
  return json({
    Metadata: { Notes: 'x'.repeat(bytes - Buffer.byteLength(empty)) },
    Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } },
  });
};

testRule(rule, {
  valid: [
    {
      name: 'a small template',
      code: json({ Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } } }),
      file: 'template.json',
    },
    { name: 'exactly at the limit', code: sized(MAX_TEMPLATE_BYTES), file: 'template.json' },
  ],
  invalid: [
    {
      name: 'one byte over the limit',
      code: sized(MAX_TEMPLATE_BYTES + 1),
      file: 'template.json',
      errors: [
        { messageId: 'tooLarge', line: 1, data: { bytes: MAX_TEMPLATE_BYTES + 1, max: MAX_TEMPLATE_BYTES } },
      ],
    },
    {
      name: 'bytes, not characters: multi-byte text counts in full',
      code: `Description: ${'é'.repeat(MAX_TEMPLATE_BYTES / 2)}\nResources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n`,
      errors: [{ messageId: 'tooLarge' }],
    },
  ],
});
