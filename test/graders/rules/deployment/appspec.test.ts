// The appspec helpers (graders/rules/deployment/appspec.ts) read whatever a learner puts in appspec.yaml: they never
// throw, and every finding they make is located in the appspec file. The rubric tests grade real appspec mistakes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAs } from '../../../../graders/engine/parsers/index.js';
import type { CfnTemplateDoc, YamlDoc } from '../../../../graders/engine/types.js';
import { hasTestHook, judgeAppspec, judgeHooks } from '../../../../graders/rules/deployment/appspec.js';
import { resources } from '../../../../graders/rules/lib/cloudformation.js';
import { CODEDEPLOY } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

// Without the solutions an empty template stands in, so the file loads and its tests skip.
const parsed = parseAs('cloudformation', 'template.json', HAS_SOLUTIONS ? CODEDEPLOY : '{"Resources": {}}');
if (!parsed.ok) throw new Error('fixture');
const template = (parsed.doc as CfnTemplateDoc).template;
const service = resources(template, 'AWS::ECS::Service')[0]!;

const appspec = (text: string): YamlDoc => {
  const doc = parseAs('yaml', 'appspec.yaml', text);
  if (!doc.ok) throw new Error(`test input did not parse: ${text}`);
  return doc.doc as YamlDoc;
};

const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('0.0', 'AWS::ECS::Service', 'web', 8080, 'AfterAllowTestTraffic', 'BeforeInstall'),
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'version',
        'Resources',
        'TargetService',
        'Type',
        'Properties',
        'TaskDefinition',
        'LoadBalancerInfo',
        'ContainerName',
        'ContainerPort',
        'Hooks',
        'AfterAllowTestTraffic',
        '__proto__',
      ),
      tie('node'),
      { maxKeys: 4 },
    ),
  ),
})).node;

describe.skipIf(!HAS_SOLUTIONS)('appspec helpers', () => {
  it('never throw, and locate every finding in the appspec file', () => {
    fc.assert(
      fc.property(value, (v) => {
        const doc = appspec(JSON.stringify(v) ?? 'null');
        const findings = [...judgeAppspec(template, service, doc, 'x'), ...judgeHooks(doc, 'x')];
        for (const f of findings) {
          expect(f.file).toBe('appspec.yaml');
          expect(f.line).toBeGreaterThanOrEqual(1);
        }
        expect(typeof hasTestHook(doc)).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it("accepts 'version: 0.0' written as a number or quoted", () => {
    const body =
      'Resources:\n  - TargetService:\n      Type: AWS::ECS::Service\n      Properties:\n        TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/labs-web:3\n        LoadBalancerInfo:\n          ContainerName: web\n          ContainerPort: 8080\n';
    expect(judgeAppspec(template, service, appspec(`version: 0.0\n${body}`), 'x')).toEqual([]);
    expect(judgeAppspec(template, service, appspec(`version: '0.0'\n${body}`), 'x')).toEqual([]);
  });

  it('finds the AfterAllowTestTraffic hook among others', () => {
    expect(hasTestHook(appspec('Hooks:\n  - BeforeInstall: a\n  - AfterAllowTestTraffic: b\n'))).toBe(true);
    expect(hasTestHook(appspec('Hooks:\n  - AfterAllowTraffic: b\n'))).toBe(false);
    expect(hasTestHook(appspec("Hooks:\n  - AfterAllowTestTraffic: ''\n"))).toBe(false);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
