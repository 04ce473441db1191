import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/auto-scaling/desired-count-scaling.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const withCount = (count: string) =>
  edit(LAB09, ['      LaunchType: FARGATE\n', `      LaunchType: FARGATE\n      DesiredCount: ${count}\n`]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'DesiredCount left out (lab 09 solution)', code: LAB09 },
    { name: 'DesiredCount 2 within 2–4 (second-style solution)', code: LAB09_JSON, file: 'template.json' },
    { name: 'DesiredCount at the ceiling', code: withCount('4') },
  ],
  invalid: [
    {
      name: 'above the ceiling',
      code: withCount('6'),
      errors: [{ messageId: 'outside', data: { count: 6, min: 2, max: 4, target: 'ScalableTarget' } }],
    },
    {
      name: 'below the floor',
      code: withCount('1'),
      errors: [{ messageId: 'outside', data: { count: 1 } }],
    },
    {
      name: 'imported from another stack',
      code: withCount('!ImportValue task-count'),
      errors: [{ messageId: 'unknown' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCL007 applicability', () => {
  it('does not apply to a service no scalable target scales', () => {
    const out = runOn(
      rule,
      edit(without(LAB09, 'ScalableTarget'), [
        '      LaunchType: FARGATE\n',
        '      LaunchType: FARGATE\n      DesiredCount: 6\n',
      ]),
    );
    expect(out.findings).toEqual([]);
    expect(out.notApplicable).toMatch(/scalable target/);
  });
});
