// Every ECR rule survives any data a learner can write: templates with arbitrary values in the properties the
// rules read, and lifecycle policy files of any JSON shape. They never throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc, JsonDoc } from '../../../../graders/engine/types.js';
import { ecrRules } from '../../../../graders/rules/ecr/index.js';
import { base, policy } from './template.js';

const KEYS = [
  'rules',
  'rulePriority',
  'description',
  'selection',
  'action',
  'tagStatus',
  'tagPrefixList',
  'tagPatternList',
  'storageClass',
  'countType',
  'countUnit',
  'countNumber',
  'type',
  'targetStorageClass',
  'Statement',
  'Effect',
  'Principal',
  'Action',
  'NotAction',
  'AWS',
  'Region',
  'Rules',
  'Destinations',
  'RepositoryFilters',
  'Filter',
  'ScanOnPush',
  'EncryptionType',
  'KmsKey',
  'LifecyclePolicyText',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  '__proto__',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'any',
    'tagged',
    'untagged',
    'expire',
    'imageCountMoreThan',
    'sinceImagePushed',
    'days',
    'Allow',
    '*',
    'KMS',
    'AWS::Region',
    '{"rules":[]}',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
  ),
})).node;

const cfn = (template: unknown): CfnTemplateDoc => ({
  kind: 'cloudformation',
  file: 'template.yaml',
  text: '',
  format: 'yaml',
  template: template as CfnTemplateDoc['template'],
  locate: () => ({ line: 1, column: 1 }),
});
const json = (v: unknown): JsonDoc => ({
  kind: 'json',
  file: 'lifecycle-policy.json',
  text: '',
  value: v,
  locate: () => ({ line: 1, column: 1 }),
});

describe('ECR rules on arbitrary data', () => {
  it('template rules never crash when a property of the base template is replaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Repository', 'Replication', 'Key'),
        fc.constantFrom(
          'ImageTagMutability',
          'ImageScanningConfiguration',
          'EncryptionConfiguration',
          'LifecyclePolicy',
          'RepositoryPolicyText',
          'RepositoryName',
          'ReplicationConfiguration',
        ),
        value,
        (res, key, v) => {
          const t = base();
          t.Resources[res]!.Properties[key] = v;
          for (const rule of ecrRules.filter((r) => r.meta.target === 'cloudformation')) {
            const out = runRule(rule as never, cfn(t));
            expect(out.crash, `${rule.meta.id}: ${out.crash?.message}`).toBeNull();
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('lifecycle rules never crash on any JSON, or on mutated valid policies', () => {
    const mutated = fc
      .tuple(fc.integer({ min: 0, max: 1 }), fc.constantFrom(...KEYS), value)
      .map(([i, key, v]) => {
        const p = policy() as Record<string, unknown> & { rules: Record<string, unknown>[] };
        const r = p.rules[i]!;
        const target = key in r ? r : (r['selection'] as Record<string, unknown>);
        target[key] = v;
        return p;
      });
    fc.assert(
      fc.property(fc.oneof(value, mutated), (v) => {
        for (const rule of ecrRules.filter((r) => r.meta.target === 'json')) {
          const out = runRule(rule as never, json(v));
          expect(out.crash, `${rule.meta.id}: ${out.crash?.message}`).toBeNull();
        }
      }),
      { numRuns: 500 },
    );
  });
});
