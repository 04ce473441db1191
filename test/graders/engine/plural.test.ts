import { describe, expect, it } from 'vitest';
import { countNoun } from '../../../graders/engine/plural.js';

describe('countNoun', () => {
  it.each([
    [0, 'subnet', undefined, '0 subnets'],
    [1, 'subnet', undefined, '1 subnet'],
    [2, 'task', undefined, '2 tasks'],
    [1, 'Availability Zone', undefined, '1 Availability Zone'],
    [3, 'policy', 'policies', '3 policies'],
    [1, 'policy', 'policies', '1 policy'],
  ])('%i %s', (n, singular, plural, expected) => {
    expect(countNoun(n, singular, plural)).toBe(expected);
  });
});
