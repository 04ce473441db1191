import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { parseJson } from '../../../../graders/engine/parsers/json.js';
import { parseKubernetes } from '../../../../graders/engine/parsers/kubernetes.js';
import { parseYamlDocument, parseYamlStream } from '../../../../graders/engine/parsers/yaml.js';
import { parseDockerfile } from '../../../../graders/engine/parsers/dockerfile.js';
import { MAX_NESTING, PARSE_RULE } from '../../../../graders/engine/parsers/findings.js';

const ALIAS_BOMB = [
  'a: &a ["x","x","x","x","x","x","x","x","x"]',
  ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
].join('\n');

describe('parseJson', () => {
  it('keeps positions: locate points at the key of a value', () => {
    const r = parseJson('t.json', '{\n  "a": {\n    "b": [1, {"c": true}]\n  }\n}');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.value).toEqual({ a: { b: [1, { c: true }] } });
    expect(r.doc.locate(['a', 'b'])).toEqual({ line: 3, column: 5 });
    expect(r.doc.locate(['a', 'b', 1, 'c'])).toEqual({ line: 3, column: 15 });
    // A path that does not exist falls back to its nearest ancestor.
    expect(r.doc.locate(['a', 'missing', 'deeper'])).toEqual({ line: 2, column: 3 });
  });

  it.each([
    ['trailing comma', '{"a": 1,}', 1],
    ['comment', '{\n// hi\n"a": 1}', 2],
    ['unclosed', '{"a": [1, 2', 1],
    ['empty', '', 1],
  ])('reports %s with its line', (_n, text, line) => {
    const r = parseJson('t.json', text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.findings[0]).toMatchObject({ ruleId: PARSE_RULE.json, line, file: 't.json' });
      expect(r.findings[0]!.message).toMatch(/not valid JSON/);
    }
  });

  it('refuses very deep nesting', () => {
    const r = parseJson('t.json', '['.repeat(MAX_NESTING + 1) + ']'.repeat(MAX_NESTING + 1));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.ruleId).toBe(PARSE_RULE.tooDeep);
    expect(parseJson('t.json', '['.repeat(50) + ']'.repeat(50)).ok).toBe(true);
  });

  it('keeps a "__proto__" key as data', () => {
    const r = parseJson('t.json', '{"__proto__": {"polluted": true}}');
    expect(r.ok && Object.keys(r.doc.value as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('parseYamlStream', () => {
  it('refuses an alias bomb', () => {
    const r = parseYamlStream('bomb.yaml', ALIAS_BOMB);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.ruleId).toBe(PARSE_RULE.aliases);
  });

  it('refuses deep nesting, block and flow', () => {
    for (const text of [
      '['.repeat(20000) + ']'.repeat(20000),
      Array.from({ length: 300 }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1',
    ]) {
      const r = parseYamlStream('deep.yaml', text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect([PARSE_RULE.tooDeep, PARSE_RULE.yaml]).toContain(r.findings[0]!.ruleId);
    }
  });

  it('reports syntax errors with the line', () => {
    const r = parseYamlStream('bad.yaml', 'a: 1\nb: [1, 2\nc: 3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.ruleId).toBe(PARSE_RULE.yaml);
  });

  it('rejects duplicate keys', () => {
    expect(parseYamlStream('d.yaml', 'a: 1\na: 2\n').ok).toBe(false);
  });
});

describe('parseYamlDocument', () => {
  it('parses one document with positions', () => {
    const r = parseYamlDocument(
      'appspec.yaml',
      'version: 0.0\nResources:\n  - TargetService:\n      Type: AWS::ECS::Service\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.kind).toBe('yaml');
    expect(r.doc.locate(['Resources', 0, 'TargetService', 'Type'])).toEqual({ line: 4, column: 7 });
  });

  it('reads an empty file as one null document', () => {
    const r = parseYamlDocument('appspec.yaml', '# nothing yet\n');
    expect(r.ok && r.doc.value).toBeNull();
  });

  it('refuses a second document at its line, rather than grading only the first', () => {
    const r = parseYamlDocument('appspec.yaml', 'version: 0.0\n---\nversion: 1\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.findings[0]).toMatchObject({ ruleId: PARSE_RULE.shape, line: 3 });
    expect(r.findings[0]!.message).toMatch(/more than one YAML document/);
  });

  it('reports a syntax error at its line', () => {
    const r = parseYamlDocument('appspec.yaml', 'version: 0.0\nResources: [\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.ruleId).toBe(PARSE_RULE.yaml);
  });
});

describe('parseCloudFormation', () => {
  const yaml = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Svc:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      Name: !Sub '\${AWS::StackName}-svc'
      Role: !GetAtt Role.Arn
      Nested: !GetAtt [Db, Endpoint.Address]
      Subnets: !Split [',', !ImportValue Subnets]
      Az: !Select [0, !GetAZs '']
      Joined: !Join ['-', [a, !Ref AWS::Region]]
      Cond: !If [IsProd, 1, !Ref AWS::NoValue]
`;
  it('turns short-form tags into long form', () => {
    const r = parseCloudFormation('template.yaml', yaml);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const p = r.doc.template.Resources['Svc']!.Properties!;
    expect(p).toEqual({
      Cluster: { Ref: 'Cluster' },
      Name: { 'Fn::Sub': '${AWS::StackName}-svc' },
      Role: { 'Fn::GetAtt': ['Role', 'Arn'] },
      Nested: { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] },
      Subnets: { 'Fn::Split': [',', { 'Fn::ImportValue': 'Subnets' }] },
      Az: { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] },
      Joined: { 'Fn::Join': ['-', ['a', { Ref: 'AWS::Region' }]] },
      Cond: { 'Fn::If': ['IsProd', 1, { Ref: 'AWS::NoValue' }] },
    });
    expect(r.doc.locate(['Resources', 'Svc', 'Properties', 'Role'])).toEqual({ line: 9, column: 7 });
    expect(r.doc.locate(['Resources', 'Svc', 'Properties', 'Role', 'Fn::GetAtt', 0])).toEqual({
      line: 9,
      column: 7,
    });
  });

  it('parses JSON templates with positions', () => {
    const r = parseCloudFormation(
      'template.json',
      '{\n "Resources": {\n  "C": {"Type": "AWS::ECS::Cluster"}\n }\n}',
    );
    expect(r.ok && r.doc.format).toBe('json');
    expect(r.ok && r.doc.locate(['Resources', 'C', 'Type'])).toEqual({ line: 3, column: 9 });
  });

  it.each([
    ['no Resources', 'AWSTemplateFormatVersion: "2010-09-09"\n', /Resources/],
    ['a resource without Type', 'Resources:\n  X:\n    Properties: {}\n', /no 'Type'/],
    ['two documents', 'Resources: {A: {Type: X}}\n---\nResources: {}\n', /2 YAML documents/],
    ['an unknown tag', 'Resources:\n  A:\n    Type: !Bogus X\n', /unknown YAML tag/],
  ])('refuses %s with a clear finding', (_n, text, msg) => {
    const r = parseCloudFormation('template.yaml', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.findings[0]!.message).toMatch(msg);
  });
});

describe('parseKubernetes', () => {
  it('keeps each non-empty document with its index and positions', () => {
    const r = parseKubernetes(
      'k.yaml',
      '---\napiVersion: v1\nkind: Namespace\n---\n---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: 2\n',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.doc.documents.map((d) => (d.value as { kind: string }).kind)).toEqual([
      'Namespace',
      'Deployment',
    ]);
    expect(r.doc.documents[1]!.locate(['spec', 'replicas'])).toEqual({ line: 9, column: 3 });
  });
});

describe('parseDockerfile', () => {
  it('never fails and keeps the lines', () => {
    const r = parseDockerfile('Dockerfile', 'FROM node:22\nRUN echo hi\n');
    expect(r.ok && r.doc.ast.getFROMs()[0]!.getImage()).toBe('node:22');
    expect(r.ok && r.doc.lines[1]).toBe('RUN echo hi');
  });
});
