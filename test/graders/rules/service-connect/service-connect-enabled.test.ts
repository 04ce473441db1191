import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/service-connect-enabled.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, set, variant, yaml } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    { name: "Enabled as the text 'true'", ...variant((t) => set(t, [...P.frontendSc, 'Enabled'], 'true')) },
  ],
  invalid: [
    {
      name: 'no services',
      ...yaml('Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n'),
      errors: [{ messageId: 'noServices' }],
    },
    {
      name: 'front end without Service Connect',
      ...variant((t) => del(t, P.frontendSc)),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'Enabled false',
      ...variant((t) => set(t, [...P.backendSc, 'Enabled'], false)),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'Enabled left out',
      ...variant((t) => del(t, [...P.frontendSc, 'Enabled'])),
      errors: [{ messageId: 'enabledMissing' }],
    },
    {
      name: 'computed configuration',
      ...variant((t) =>
        set(t, P.frontendSc, { 'Fn::If': ['UseSc', { Enabled: true }, { Ref: 'AWS::NoValue' }] }),
      ),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'Cloud Map discovery instead',
      ...variant(cloudMap),
      errors: [{ messageId: 'cloudMapOnly' }, { messageId: 'cloudMapClient' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN003 partial credit', () => {
  const fraction = (edit: Parameters<typeof variant>[0]) => {
    const c = variant(edit);
    return outcomeFraction(runOn(rule, c.code, c.file));
  };
  it('one service of two earns half', () => expect(fraction((t) => del(t, P.frontendSc))).toBe(0.5));
  it('Cloud Map discovery earns half', () => expect(fraction(cloudMap)).toBe(0.5));
});
