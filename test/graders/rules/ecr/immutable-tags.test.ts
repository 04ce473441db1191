import rule from '../../../../graders/rules/ecr/immutable-tags.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl } from './template.js';

const mutability = (v: unknown) => tpl((t) => (repo(t)['ImageTagMutability'] = v));
const excluding = (...values: string[]) =>
  tpl((t) => {
    repo(t)['ImageTagMutability'] = 'IMMUTABLE_WITH_EXCLUSION';
    repo(t)['ImageTagMutabilityExclusionFilters'] = values.map((v) => ({
      ImageTagMutabilityExclusionFilterType: 'WILDCARD',
      ImageTagMutabilityExclusionFilterValue: v,
    }));
  });

testRule(rule, {
  valid: [
    { name: 'IMMUTABLE', code: tpl() },
    { name: "IMMUTABLE_WITH_EXCLUSION that leaves only 'latest' mutable", code: excluding('latest') },
    { name: 'IMMUTABLE_WITH_EXCLUSION with two wildcard filters', code: excluding('latest', 'dev-*') },
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
      name: 'IMMUTABLE_WITH_EXCLUSION without exclusion filters',
      code: mutability('IMMUTABLE_WITH_EXCLUSION'),
      errors: [{ messageId: 'noExclusionFilters' }],
    },
    {
      name: "IMMUTABLE_WITH_EXCLUSION excluding '*', i.e. every tag",
      code: excluding('latest', '*'),
      errors: [{ messageId: 'excludesEverything' }],
    },
    {
      name: 'MUTABLE_WITH_EXCLUSION',
      code: mutability('MUTABLE_WITH_EXCLUSION'),
      errors: [{ messageId: 'mutableWithExclusion' }],
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
