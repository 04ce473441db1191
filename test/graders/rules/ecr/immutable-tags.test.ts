import rule from '../../../../graders/rules/ecr/immutable-tags.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl } from './template.js';

const mutability = (v: unknown) => tpl((t) => (repo(t)['ImageTagMutability'] = v));

testRule(rule, {
  valid: [
    { name: 'IMMUTABLE', code: tpl() },
    {
      name: 'from a parameter default',
      code: tpl((t) => {
        t.Parameters = { Mutability: { Type: 'String', Default: 'IMMUTABLE' } };
        repo(t)['ImageTagMutability'] = { Ref: 'Mutability' };
      }),
    },
  ],
  invalid: [
    {
      name: 'left at the default',
      code: tpl((t) => delete repo(t)['ImageTagMutability']),
      errors: [{ messageId: 'mutableDefault' }],
    },
    { name: 'MUTABLE', code: mutability('MUTABLE'), errors: [{ messageId: 'mutable' }] },
    {
      name: 'immutable with exclusions',
      code: mutability('IMMUTABLE_WITH_EXCLUSION'),
      errors: [{ messageId: 'withExclusion' }],
    },
    { name: 'lower case', code: mutability('immutable'), errors: [{ messageId: 'mutable' }] },
    {
      name: 'from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Mutability: { Type: 'String' } };
        repo(t)['ImageTagMutability'] = { Ref: 'Mutability' };
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
