// A lab that exists only in tests: one file of every kind, a cfn-lint-graded template, and rules that
// behave on purpose (one crashes), so the engine can be tested apart from the real course.
import { defineLab, defineRule } from '../../graders/engine/define.js';
import type { Lab, Rule } from '../../graders/engine/types.js';
import { notDeployed, service } from '../../graders/rubrics/lib/sandbox.js';

export const hasFrom = defineRule({
  meta: {
    id: 'TST001',
    name: 'has-from',
    target: 'dockerfile',
    severity: 'error',
    title: 'Has FROM',
    description: 'Test rule.',
    docsUrl: 'https://example.invalid/tst001',
    evidence: [],
    messages: { none: 'No FROM instruction.' },
  },
  check(doc, ctx) {
    if (doc.ast.getFROMs().length === 0) ctx.report('none');
  },
});

export const crashes = defineRule({
  meta: {
    id: 'TST002',
    name: 'crashes',
    target: 'dockerfile',
    severity: 'error',
    title: 'Crashes',
    description: 'Test rule that throws.',
    docsUrl: 'https://example.invalid/tst002',
    evidence: [],
    messages: { never: 'never' },
  },
  check() {
    throw new TypeError('boom in rule');
  },
});

/** Reports every container without `ok: true`, tallying containers: partial credit. */
export const containersOk = defineRule({
  meta: {
    id: 'TST003',
    name: 'containers-ok',
    target: 'json',
    severity: 'warning',
    title: 'Containers ok',
    description: 'Test rule.',
    docsUrl: 'https://example.invalid/tst003',
    evidence: [],
    messages: { bad: "Container '{{name}}' is not ok." },
  },
  check(doc, ctx) {
    const list = (doc.value as { containers?: { name: string; ok?: boolean }[] }).containers;
    if (!Array.isArray(list) || list.length === 0) return ctx.notApplicable('no containers');
    ctx.tally(list.length);
    list.forEach((c, i) => {
      if (c.ok !== true) ctx.report('bad', { name: c.name }, ['containers', i, 'ok']);
    });
  },
});

export const TEST_RULES: readonly Rule[] = [hasFrom, crashes, containersOk] as readonly Rule[];

const ev = [{ kind: 'aws-doc' as const, url: 'https://example.invalid/doc' }];

export const testLab: Lab = defineLab({
  id: '90-test-lab',
  title: 'Test lab',
  part: 'test',
  summary: 'test',
  files: [
    { id: 'dockerfile', paths: ['Dockerfile'], kind: 'dockerfile', required: true },
    { id: 'config', paths: ['config.json'], kind: 'json', required: true },
    {
      id: 'template',
      paths: ['template.yaml', 'template.yml', 'template.json'],
      kind: 'cloudformation',
      required: true,
      cfnLint: true,
    },
  ],
  sandbox: service(),
  items: [
    {
      id: 'from',
      title: 'FROM',
      points: 5,
      file: 'dockerfile',
      rules: ['TST001'],
      hint: 'Add FROM.',
      evidence: ev,
      docsUrl: ev[0]!.url,
    },
    {
      id: 'crash',
      title: 'Crash',
      points: 5,
      file: 'dockerfile',
      rules: ['TST002'],
      hint: 'n/a',
      evidence: ev,
      docsUrl: ev[0]!.url,
    },
    {
      id: 'containers',
      title: 'Containers',
      points: 10,
      file: 'config',
      rules: ['TST003'],
      scoring: 'proportional',
      hint: 'Make them ok.',
      evidence: ev,
      docsUrl: ev[0]!.url,
    },
    {
      id: 'fargate-size',
      title: 'Fargate size',
      points: 5,
      file: 'template',
      cfnLint: ['E3047'],
      hint: 'Use a valid pair.',
      evidence: ev,
      docsUrl: ev[0]!.url,
    },
    {
      id: 'custom',
      title: 'Custom',
      points: 5,
      file: 'template',
      hint: 'Have two resources.',
      evidence: ev,
      docsUrl: ev[0]!.url,
      check: (ctx) => {
        const t = ctx.doc('template', 'cloudformation');
        return { fraction: t ? Math.min(1, Object.keys(t.template.Resources).length / 2) : 0 };
      },
    },
  ],
});

/** A second test lab with just a Dockerfile, to show one lab's bad input leaves the other graded. */
export const otherLab: Lab = defineLab({
  id: '91-other-lab',
  title: 'Other lab',
  part: 'test',
  summary: 'test',
  files: [{ id: 'dockerfile', paths: ['Dockerfile'], kind: 'dockerfile', required: true }],
  sandbox: notDeployed('A Dockerfile-only test lab: there is no template to deploy.'),
  items: [
    {
      id: 'from',
      title: 'FROM',
      points: 30,
      file: 'dockerfile',
      rules: ['TST001'],
      hint: 'Add FROM.',
      evidence: ev,
      docsUrl: ev[0]!.url,
    },
  ],
});

export const GOOD_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: web
          Image: public.ecr.aws/nginx/nginx:1.27
`;

export const BAD_SIZE_TEMPLATE = GOOD_TEMPLATE.replace("Memory: '512'", "Memory: '4096'");

export function testLabFiles(
  overrides: Record<string, string | Uint8Array> = {},
): Record<string, string | Uint8Array> {
  return {
    'labs/90-test-lab/Dockerfile': 'FROM node:22-alpine\n',
    'labs/90-test-lab/config.json': JSON.stringify(
      {
        containers: [
          { name: 'a', ok: true },
          { name: 'b', ok: false },
          { name: 'c', ok: true },
          { name: 'd', ok: true },
        ],
      },
      null,
      2,
    ),
    'labs/90-test-lab/template.yaml': GOOD_TEMPLATE,
    'labs/91-other-lab/Dockerfile': 'FROM node:22-alpine\n',
    ...overrides,
  };
}

/**
 * A SAM transform with an event whose Path is a number: cfn-lint 1.51.0 cannot transform it and reports E0001 alone,
 * so every other check is silent. Replaces a template's `Resources:` line, keeping its resources after the function.
 */
export const BROKEN_SAM_RESOURCES = [
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Fn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Runtime: python3.12',
  '      Handler: index.handler',
  '      InlineCode: "x"',
  '      Events:',
  '        Api:',
  '          Type: Api',
  '          Properties:',
  '            Path: 42',
  '            Method: get',
  '',
].join('\n');
