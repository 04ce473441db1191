import rule from '../../../../graders/rules/fargate-capacity/ephemeral-storage.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { props, tpl } from './template.js';

const storage = (v: unknown) => tpl((t) => (props(t, 'TaskDefinition')['EphemeralStorage'] = v));
const decision = (note: unknown) =>
  tpl((t) => {
    delete props(t, 'TaskDefinition')['EphemeralStorage'];
    t.Resources['TaskDefinition']!.Metadata = { EphemeralStorage: note };
  });

testRule(rule, {
  valid: [
    { name: '21 GiB', code: tpl() },
    { name: '200 GiB', code: storage({ SizeInGiB: 200 }) },
    { name: 'as text', code: storage({ SizeInGiB: '30' }) },
    {
      name: 'a written decision to keep 20 GiB',
      code: decision('The 180 MB image and its temporary files fit in 20 GiB.'),
    },
  ],
  invalid: [
    {
      name: 'nothing decided',
      code: tpl((t) => delete props(t, 'TaskDefinition')['EphemeralStorage']),
      errors: [{ messageId: 'undecided' }],
    },
    { name: '20 GiB written out', code: storage({ SizeInGiB: 20 }), errors: [{ messageId: 'outOfRange' }] },
    { name: 'too large', code: storage({ SizeInGiB: 500 }), errors: [{ messageId: 'outOfRange' }] },
    { name: 'fractional', code: storage({ SizeInGiB: 30.5 }), errors: [{ messageId: 'outOfRange' }] },
    { name: 'not a number', code: storage({ SizeInGiB: 'lots' }), errors: [{ messageId: 'outOfRange' }] },
    { name: 'no SizeInGiB', code: storage({}), errors: [{ messageId: 'noSize' }] },
    { name: 'not an object', code: storage(30), errors: [{ messageId: 'notObject' }] },
    {
      name: 'from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Size: { Type: 'Number' } };
        props(t, 'TaskDefinition')['EphemeralStorage'] = { SizeInGiB: { Ref: 'Size' } };
      }),
      errors: [{ messageId: 'notLiteral' }],
    },
    { name: 'a placeholder decision', code: decision('TODO'), errors: [{ messageId: 'thinDecision' }] },
    { name: 'a decision that is not text', code: decision(true), errors: [{ messageId: 'thinDecision' }] },
    {
      name: 'no task definition',
      code: tpl((t) => delete t.Resources['TaskDefinition']),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
  ],
});
