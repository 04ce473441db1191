// Shared property and corpus checks for CloudFormation rule sets: every rule survives any template a learner can
// write (it never throws, fills every message placeholder, and never counts more failures than checks), on
// arbitrary templates from fast-check and on the shared corpus of public templates when it is present.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../graders/engine/run-rule.js';
import type { CfnTemplateDoc, Rule } from '../../graders/engine/types.js';
import { parseCloudFormation } from '../../graders/engine/parsers/cloudformation.js';
import { HAS_SHARED, SHARED } from './tmp.js';

export interface TemplateShape {
  /** Resource types to draw from: the ones the rules read, plus neighbours. */
  types: readonly string[];
  /** Logical ids, few and reused, so references between resources resolve often. */
  names: readonly string[];
  /** Property keys, intrinsic function names and hostile keys such as '__proto__'. */
  keys: readonly string[];
  /** Leaf values. */
  scalar: fc.Arbitrary<unknown>;
  maxResources: number;
}

/** A `Resources` section of resources whose properties nest values of the given shape. */
export function arbitraryResources(shape: TemplateShape): fc.Arbitrary<Record<string, unknown>> {
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      shape.scalar,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...shape.keys), tie('node'), { maxKeys: 5 }),
    ),
  })).node;
  return fc.dictionary(
    fc.constantFrom(...shape.names),
    fc.record({ Type: fc.constantFrom(...shape.types), Properties: value }, { requiredKeys: ['Type'] }),
    { minKeys: 1, maxKeys: shape.maxResources },
  );
}

export function checkRules(rules: readonly Rule<'cloudformation'>[], doc: CfnTemplateDoc): void {
  for (const rule of rules) {
    const out = runRule(rule, doc);
    expect(out.crash, `${rule.meta.id} on ${doc.file}: ${out.crash?.stack}`).toBeNull();
    for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
    if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
  }
}

/** The two suites: `numRuns` arbitrary templates, then each corpus template. */
export function describeRobustness(
  label: string,
  rules: readonly Rule<'cloudformation'>[],
  shape: TemplateShape,
  numRuns = 400,
): void {
  describe(`${label} on arbitrary templates`, () => {
    it('never throw', () => {
      fc.assert(
        fc.property(arbitraryResources(shape), (resources) => {
          const parsed = parseCloudFormation('template.json', JSON.stringify({ Resources: resources }));
          if (parsed.ok) checkRules(rules, parsed.doc);
        }),
        { numRuns },
      );
    });
  });

  describe.skipIf(!HAS_SHARED)(`${label} on the corpus of public templates`, () => {
    const dir = path.join(SHARED, 'corpus', 'cfn');
    const files = HAS_SHARED ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json|template)$/.test(f)) : [];
    it.each(files)('%s', (name) => {
      const file = name.endsWith('.template') ? `${name}.json` : name;
      const parsed = parseCloudFormation(file, fs.readFileSync(path.join(dir, name), 'utf8'));
      if (parsed.ok) checkRules(rules, parsed.doc);
    });
  });
}
