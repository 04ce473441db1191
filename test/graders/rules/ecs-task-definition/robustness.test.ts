// Every TDF rule survives any JSON a learner can write: it never throws, and it reports through the normal
// channels (findings, tally or not-applicable). Also checks that no rule overrides the shared shape messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import { parseJson } from '../../../../graders/engine/parsers/json.js';
import { taskDefinitionRules } from '../../../../graders/rules/ecs-task-definition/index.js';
import {
  containerListMessages,
  taskDefinitionMessages,
} from '../../../../graders/rules/ecs-task-definition/util/task-definition.js';

const KEYS = [
  'family',
  'cpu',
  'memory',
  'networkMode',
  'requiresCompatibilities',
  'runtimePlatform',
  'executionRoleArn',
  'taskRoleArn',
  'containerDefinitions',
  'name',
  'image',
  'essential',
  'memoryReservation',
  'logConfiguration',
  'logDriver',
  'options',
  'healthCheck',
  'command',
  'interval',
  'timeout',
  'retries',
  'startPeriod',
  'secrets',
  'valueFrom',
  'value',
  'environment',
  'readonlyRootFilesystem',
  'privileged',
  'user',
  'operatingSystemFamily',
  'cpuArchitecture',
  'firelensConfiguration',
  'taskDefinition',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('FARGATE', 'awslogs', 'CMD', 'root', '1 vCPU'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 6 }),
  ),
})).node;

describe('TDF rules on arbitrary JSON', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(value, (v) => {
        const parsed = parseJson('task-definition.json', JSON.stringify(v) ?? 'null');
        if (!parsed.ok) return;
        for (const rule of taskDefinitionRules) {
          const out = runRule(rule, parsed.doc);
          expect(out.crash, `${rule.meta.id}: ${out.crash?.message}`).toBeNull();
          for (const f of out.findings) expect(f.message).not.toMatch(/\{\{\w+\}\}/);
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('shared shape messages', () => {
  it('are not overridden by any rule', () => {
    for (const rule of taskDefinitionRules) {
      const messages = rule.meta.messages as Record<string, string>;
      const shared: Record<string, string> =
        'noContainers' in messages ? containerListMessages : taskDefinitionMessages;
      for (const [id, text] of Object.entries(shared))
        expect(messages[id], `${rule.meta.id} ${id}`).toBe(text);
    }
  });
});
