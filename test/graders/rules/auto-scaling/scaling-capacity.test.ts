import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/auto-scaling/scaling-capacity.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB09, LAB09_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'two to four tasks (lab 09 solution)', code: LAB09 },
    { name: 'a ceiling from a parameter with a Default', code: LAB09_JSON, file: 'template.json' },
    {
      name: 'three to twenty',
      code: edit(LAB09, [
        '      MinCapacity: 2\n      MaxCapacity: 4\n',
        '      MinCapacity: 3\n      MaxCapacity: 20\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'a floor of one task',
      code: edit(LAB09, ['      MinCapacity: 2\n', '      MinCapacity: 1\n']),
      errors: [{ messageId: 'minTooLow', data: { min: 1, tasks: '1 task' } }],
    },
    {
      name: 'a floor of zero tasks',
      code: edit(LAB09, ['      MinCapacity: 2\n', '      MinCapacity: 0\n']),
      errors: [{ messageId: 'minTooLow', data: { tasks: '0 tasks' } }],
    },
    {
      name: 'the ceiling equals the floor',
      code: edit(LAB09, ['      MaxCapacity: 4\n', '      MaxCapacity: 2\n']),
      errors: [{ messageId: 'maxNotAboveMin', data: { min: 2, max: 2 } }],
    },
    {
      name: 'an absurd ceiling',
      code: edit(LAB09, ['      MaxCapacity: 4\n', '      MaxCapacity: 1000\n']),
      errors: [{ messageId: 'maxTooHigh', data: { max: 1000 } }],
    },
    {
      name: 'a ceiling imported from another stack',
      code: edit(LAB09, ['      MaxCapacity: 4\n', '      MaxCapacity: !ImportValue max-tasks\n']),
      errors: [{ messageId: 'unknown', data: { property: 'MaxCapacity' } }],
    },
    {
      name: 'a floor of one and an absurd ceiling: both reported',
      code: edit(LAB09, [
        '      MinCapacity: 2\n      MaxCapacity: 4\n',
        '      MinCapacity: 1\n      MaxCapacity: 500\n',
      ]),
      errors: [{ messageId: 'minTooLow' }, { messageId: 'maxTooHigh' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCL002 applicability', () => {
  it('does not apply to a template without an ECS scalable target', () => {
    const out = runOn(rule, without(LAB09, 'ScalableTarget'));
    expect(out.findings).toEqual([]);
    expect(out.notApplicable).toMatch(/scalable target/);
  });

  it('counts one failed target however many bounds are wrong', () => {
    const out = runOn(
      rule,
      edit(LAB09, [
        '      MinCapacity: 2\n      MaxCapacity: 4\n',
        '      MinCapacity: 1\n      MaxCapacity: 500\n',
      ]),
    );
    expect([out.checked, out.failed]).toEqual([1, 1]);
  });
});
