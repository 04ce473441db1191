// Every CDK rule survives any input a learner can produce: CDK002 any template (through the shared corpus and
// arbitrary Metadata blocks), CDK001 and CDK003 any text in any file of the app folder. They never throw, fill every
// message placeholder, and never count more failures than checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { Rule, RuleOutcome } from '../../../../graders/engine/types.js';
import nagPackApplied from '../../../../graders/rules/cdk/nag-pack-applied.js';
import nagSuppressionReasons from '../../../../graders/rules/cdk/nag-suppression-reasons.js';
import stackUnitTests from '../../../../graders/rules/cdk/stack-unit-tests.js';
import { checkRules, describeRobustness } from '../../../helpers/rule-robustness.js';
import { APP_TS, TEST_TS, runOnApp } from './app-files.js';

const TEMPLATE_RULES = [nagSuppressionReasons] as unknown as readonly Rule<'cloudformation'>[];

describeRobustness('CDK002', TEMPLATE_RULES, {
  types: ['AWS::EC2::SecurityGroup', 'AWS::IAM::Policy', 'AWS::ECS::Service'],
  names: ['A', 'B', 'C'],
  keys: ['Metadata', 'cdk_nag', 'rules_to_suppress', 'id', 'reason', '__proto__', 'Ref'],
  scalar: fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
  maxResources: 4,
});

const entry = fc.oneof(
  fc.record(
    {
      id: fc.oneof(
        fc.constantFrom('AwsSolutions-EC23', 'AwsSolutions::AwsSolutions-IAM5[Resource::*]'),
        fc.string(),
      ),
      reason: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);
const metadata = fc.oneof(
  fc.record({
    cdk_nag: fc.oneof(
      fc.record({ rules_to_suppress: fc.oneof(fc.array(entry, { maxLength: 4 }), fc.anything()) }),
      fc.anything(),
    ),
  }),
  fc.anything(),
);

function expectSane(rule: Rule, out: RuleOutcome): void {
  expect(out.crash, `${rule.meta.id}: ${out.crash?.stack}`).toBeNull();
  for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
  if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
}

describe('CDK rules on arbitrary input', () => {
  it('CDK002 never throws on arbitrary Metadata blocks', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('A', 'B', 'C'), metadata, { minKeys: 1 }), (meta) => {
        const resources = Object.fromEntries(
          Object.entries(meta).map(([k, m]) => [k, { Type: 'AWS::EC2::SecurityGroup', Metadata: m }]),
        );
        const parsed = parseCloudFormation('template.json', JSON.stringify({ Resources: resources }));
        if (parsed.ok) checkRules(TEMPLATE_RULES, parsed.doc);
      }),
      { numRuns: 300 },
    );
  });

  it('CDK001 and CDK003 never throw on arbitrary app folders', () => {
    const path = fc.constantFrom('cdk.json', 'bin/app.ts', 'lib/stack.ts', 'test/stack.test.ts', 'README.md');
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom(
        APP_TS,
        TEST_TS,
        '{"context":{"@aws-cdk/core:failSynthOnValidationErrors":false}}',
        '/* open',
      ),
      fc.tuple(fc.constantFrom(APP_TS, TEST_TS), fc.nat()).map(([t, n]) => t.slice(0, n % (t.length + 1))),
    );
    fc.assert(
      fc.property(fc.dictionary(path, text, { maxKeys: 5 }), (files) => {
        for (const rule of [nagPackApplied, stackUnitTests] as Rule<'files'>[])
          expectSane(rule, runOnApp(rule, files));
      }),
      { numRuns: 300 },
    );
  });

  it('the run helper reports no crash for an empty folder', () => {
    expect(
      runRule(
        stackUnitTests,
        { kind: 'files', file: 'labs/x', text: '', files: [], skipped: [], truncated: false },
        undefined,
      ).crash,
    ).toBeNull();
  });
});
