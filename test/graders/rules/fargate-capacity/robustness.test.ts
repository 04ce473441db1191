// Every CAP rule, and the cost estimate, survive any template-shaped data: they never throw, whatever types
// the learner puts where.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc } from '../../../../graders/engine/types.js';
import { estimateMonthlyCost } from '../../../../graders/rules/fargate-capacity/estimate.js';
import { fargateCapacityRules } from '../../../../graders/rules/fargate-capacity/index.js';
import { base } from './template.js';

const KEYS = [
  'Cpu',
  'Memory',
  'RuntimePlatform',
  'CpuArchitecture',
  'EphemeralStorage',
  'SizeInGiB',
  'ContainerDefinitions',
  'StopTimeout',
  'Command',
  'EntryPoint',
  'CapacityProviderStrategy',
  'CapacityProvider',
  'Base',
  'Weight',
  'CapacityProviders',
  'DefaultCapacityProviderStrategy',
  'DesiredCount',
  'LaunchType',
  'Cluster',
  'TaskDefinition',
  'RequiresCompatibilities',
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
  fc.constantFrom('FARGATE', 'FARGATE_SPOT', 'ARM64', 'Cluster', 'TaskDefinition', 'sh', '-c'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
  ),
})).node;

function doc(template: unknown): CfnTemplateDoc {
  return {
    kind: 'cloudformation',
    file: 'template.yaml',
    text: '',
    format: 'yaml',
    template: template as CfnTemplateDoc['template'],
    locate: () => ({ line: 1, column: 1 }),
  };
}

describe('CAP rules on arbitrary data', () => {
  it('never crash when any property of the base template is replaced', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Cluster', 'TaskDefinition', 'Service'),
        fc.constantFrom(...KEYS),
        value,
        (res, key, v) => {
          const t = base();
          (t.Resources[res]!.Properties as Record<string, unknown>)[key] = v;
          for (const rule of fargateCapacityRules) {
            const out = runRule(rule as never, doc(t));
            expect(out.crash, `${rule.meta.id}: ${out.crash?.message}`).toBeNull();
          }
          expect(() => estimateMonthlyCost(t as never)).not.toThrow();
        },
      ),
      { numRuns: 400 },
    );
  });

  it('never crash on whole resources of arbitrary shape', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string(),
          fc.record({
            Type: fc.constantFrom(
              'AWS::ECS::Service',
              'AWS::ECS::Cluster',
              'AWS::ECS::TaskDefinition',
              'AWS::ECS::ClusterCapacityProviderAssociations',
            ),
            Properties: value,
          }),
        ),
        (resources) => {
          for (const rule of fargateCapacityRules)
            expect(runRule(rule as never, doc({ Resources: resources })).crash).toBeNull();
          expect(() => estimateMonthlyCost({ Resources: resources } as never)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });
});
