import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecr/lifecycle-retention.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { lp, sel } from './template.js';

const file = 'lifecycle-policy.json';

testRule(rule, {
  valid: [
    { name: 'expire untagged, keep the last 20 tagged', code: lp(), file },
    {
      name: 'untagged by count, tagged by prefix',
      code: lp((p) => {
        sel(p, 0)['countType'] = 'imageCountMoreThan';
        delete sel(p, 0)['countUnit'];
        delete sel(p, 1)['tagPatternList'];
        sel(p, 1)['tagPrefixList'] = ['v'];
      }),
      file,
    },
  ],
  invalid: [
    {
      name: 'untagged only',
      code: lp((p) => p.rules.pop()),
      file,
      errors: [{ messageId: 'noTaggedCountRule' }],
    },
    {
      name: 'tagged only',
      code: lp((p) => p.rules.shift()),
      file,
      errors: [{ messageId: 'noUntaggedRule' }],
    },
    {
      name: 'tagged expired by age, not count',
      code: lp((p) => {
        sel(p, 1)['countType'] = 'sinceImagePushed';
        sel(p, 1)['countUnit'] = 'days';
      }),
      file,
      errors: [{ messageId: 'noTaggedCountRule' }],
    },
    {
      name: 'untagged rule archives instead of expiring',
      code: lp((p) => (p.rules[0]!['action'] = { type: 'transition', targetStorageClass: 'archive' })),
      file,
      errors: [{ messageId: 'noUntaggedRule' }],
    },
    { name: 'not a policy', code: '"expire everything"', file, errors: [{ messageId: 'notAPolicy' }] },
  ],
});

describe('ECR005 partial credit', () => {
  it('counts the two goals', () => {
    const out = runOn(
      rule,
      lp((p) => p.rules.pop()),
      file,
    );
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
