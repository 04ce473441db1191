// The mutation table of lab 15: each rubric item, broken alone in the reference app by one small, realistic
// learner mistake, costs points, and no other item moves. The reference app is synthesized ONCE, through the real
// CDK synth source; each row then mutates that synthesized template in memory (or one text file of the app, for the
// items read from the app's text), and every copy is graded in one gradeSubmissions call, with a source that serves
// each copy its own template and keeps the synth's map back to the app's lines.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cdkSynthSource } from '../../../../graders/engine/cdk/source.js';
import { gradeSubmissions } from '../../../../graders/engine/grade.js';
import { workspaceSource, type FileSource, type SourceResult } from '../../../../graders/engine/load.js';
import type { ItemReport, LabReport } from '../../../../graders/engine/types.js';
import { Workspace } from '../../../../graders/engine/workspace.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/15-cdk-capstone.js';
import { HAS_CFN_LINT, PYTHON } from '../../../helpers/cfn-lint.js';
import { inFile, readLabFiles, type Files } from '../../../helpers/mutation-table.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree, tmpDir } from '../../../helpers/tmp.js';

const TIMEOUT_MS = 300_000;
const SOLUTION_ROOT = path.join(REPO, 'test/fixtures/solutions');

type Template = {
  Resources: Record<
    string,
    { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> }
  >;
};

/** The logical id of the one resource of a type whose id starts with `prefix` (throws unless exactly one). */
function only(t: Template, type: string, prefix = ''): string {
  const ids = Object.keys(t.Resources).filter((k) => t.Resources[k]!.Type === type && k.startsWith(prefix));
  if (ids.length !== 1) throw new Error(`expected one ${type} '${prefix}…', found ${ids.length}`);
  return ids[0]!;
}
const props = (t: Template, id: string): Record<string, unknown> => t.Resources[id]!.Properties!;

interface Row {
  item: string;
  name: string;
  /** Mutates a copy of the synthesized template. */
  template?: (t: Template) => void;
  /** Mutates the app's text files. */
  files?: (files: Files) => Files;
  alsoAffects?: readonly string[];
}

const TABLE: readonly Row[] = [
  {
    item: 'network',
    name: 'the private subnets lose their route to the NAT gateway',
    template: (t) => {
      for (const [id, r] of Object.entries(t.Resources))
        if (r.Type === 'AWS::EC2::Route' && r.Properties?.['NatGatewayId'] !== undefined)
          delete t.Resources[id];
    },
  },
  {
    item: 'container-insights',
    name: 'the cluster turns Container Insights off',
    template: (t) => {
      props(t, only(t, 'AWS::ECS::Cluster'))['ClusterSettings'] = [
        { Name: 'containerInsights', Value: 'disabled' },
      ];
    },
  },
  {
    item: 'private-fargate-service',
    name: 'the tasks get public IPs',
    template: (t) => {
      const net = props(t, only(t, 'AWS::ECS::Service'))['NetworkConfiguration'] as {
        AwsvpcConfiguration: Record<string, unknown>;
      };
      net.AwsvpcConfiguration['AssignPublicIp'] = 'ENABLED';
    },
  },
  {
    item: 'https-load-balancer',
    name: 'the HTTPS listener keeps a 2016 TLS 1.0 policy',
    template: (t) => {
      const https = Object.keys(t.Resources).find(
        (k) =>
          t.Resources[k]!.Type === 'AWS::ElasticLoadBalancingV2::Listener' &&
          props(t, k)['Protocol'] === 'HTTPS',
      )!;
      props(t, https)['SslPolicy'] = 'ELBSecurityPolicy-2016-08';
    },
  },
  {
    item: 'network-isolation',
    name: 'the service security group also admits the app port from anywhere',
    template: (t) => {
      const sg = props(t, only(t, 'AWS::EC2::SecurityGroup', 'ServiceSecurityGroup'));
      sg['SecurityGroupIngress'] = [{ CidrIp: '0.0.0.0/0', IpProtocol: 'tcp', FromPort: 8080, ToPort: 8080 }];
    },
  },
  {
    item: 'ecr-repository',
    name: 'the repository keeps mutable tags',
    template: (t) => {
      props(t, only(t, 'AWS::ECR::Repository'))['ImageTagMutability'] = 'MUTABLE';
    },
  },
  {
    item: 'auto-scaling',
    name: 'scale-in may go down to one task',
    template: (t) => {
      props(t, only(t, 'AWS::ApplicationAutoScaling::ScalableTarget'))['MinCapacity'] = 1;
    },
  },
  {
    item: 'alarms',
    name: 'the memory alarm notifies nobody',
    template: (t) => {
      const alarm = props(t, only(t, 'AWS::CloudWatch::Alarm', 'MemoryAlarm'));
      delete alarm['AlarmActions'];
      delete alarm['OKActions'];
    },
  },
  {
    item: 'least-privilege',
    name: 'the task role may do anything to S3',
    template: (t) => {
      t.Resources['TaskRoleWildcard'] = {
        Type: 'AWS::IAM::Policy',
        Properties: {
          PolicyName: 'wildcard',
          Roles: [{ Ref: only(t, 'AWS::IAM::Role', 'TaskRole') }],
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
        },
      };
    },
  },
  {
    item: 'nag-pack',
    name: 'cdk.json lets a synth with unacknowledged cdk-nag errors succeed',
    files: inFile(
      'cdk.json',
      '"context": {',
      '"context": {\n    "@aws-cdk/core:failSynthOnValidationErrors": false,',
    ),
  },
  {
    item: 'nag-suppressions',
    name: 'an acknowledgment loses its reason',
    template: (t) => {
      const sg = t.Resources[only(t, 'AWS::EC2::SecurityGroup', 'AlbSecurityGroup')]!;
      const nag = sg.Metadata!['cdk_nag'] as { rules_to_suppress: { id: string; reason: string }[] };
      nag.rules_to_suppress.find((r) => r.id === 'AwsSolutions-EC23')!.reason = '';
    },
  },
  {
    item: 'unit-tests',
    name: 'the tests no longer look at the listeners',
    files: (files) => {
      const file = 'test/capstone-stack.test.ts';
      const text = files[file]!;
      const start = text.indexOf("  it('serves HTTPS");
      const end = text.indexOf("  it('scans images");
      if (start < 0 || end < start) throw new Error('mutation target not found');
      return { ...files, [file]: text.slice(0, start) + text.slice(end) };
    },
  },
];

const MORE: readonly Row[] = [
  {
    item: 'nag-pack',
    name: 'the pack is registered without writing acknowledgments into the template',
    files: inFile('bin/app.ts', '{ writeSuppressionsToCloudFormation: true }', '{ verbose: true }'),
    // The suppressions item judges reasons only when the pack writes them into the template (its check says so).
    alsoAffects: ['nag-suppressions'],
  },
  {
    item: 'nag-suppressions',
    name: 'an acknowledgment says only "TODO"',
    template: (t) => {
      const lb = t.Resources[only(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer')]!;
      const nag = lb.Metadata!['cdk_nag'] as { rules_to_suppress: { id: string; reason: string }[] };
      nag.rules_to_suppress.find((r) => r.id === 'AwsSolutions-ELB2')!.reason = 'TODO';
    },
  },
];

const describeItem = (i: ItemReport) =>
  `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => `${f.ruleId} ${f.message}`).join(' | ')}`;

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} mutations`, { timeout: TIMEOUT_MS }, () => {
  const reports = new Map<string, LabReport>();
  let referenceText = '';
  const rows = [
    ...TABLE.map((r, n) => ({ ...r, key: `m${n}` })),
    ...MORE.map((r, n) => ({ ...r, key: `x${n}` })),
  ];

  beforeAll(async () => {
    const spec = lab.files.find((f) => f.id === 'template')!;
    const reference = await cdkSynthSource().load({ workspace: new Workspace(SOLUTION_ROOT), lab, spec });
    if (!reference.found || !('read' in reference) || !reference.read.ok)
      throw new Error(`the reference app did not synthesize: ${JSON.stringify(reference).slice(0, 2000)}`);
    const { read, synth } = reference;
    referenceText = read.text;
    const files = readLabFiles(path.join(SOLUTION_ROOT, 'labs', lab.id));
    const copies = [{ key: 'unmutated' } as Row & { key: string }, ...rows].map((row) => {
      const template = JSON.parse(read.text) as Template;
      row.template?.(template);
      const root = makeTree(
        Object.fromEntries(
          Object.entries(row.files ? row.files(files) : files).map(([rel, text]) => [
            `labs/${lab.id}/${rel}`,
            text,
          ]),
        ),
      );
      return { key: row.key, root, text: row.template ? JSON.stringify(template, null, 1) : read.text };
    });
    const byRoot = new Map(copies.map((c) => [path.resolve(c.root), c.text]));
    // Serves each copy its template, as the synth would have written it, with the reference's map to the app.
    const synthesized: FileSource = {
      name: 'synthesized-copy',
      load({ workspace, spec: s }): SourceResult {
        const text = byRoot.get(path.resolve(workspace.root));
        if (s.id !== 'template' || text === undefined) return { found: false, tried: [] };
        return { found: true, read: { ...read, text }, ...(synth ? { synth } : {}) };
      },
    };
    const graded = await gradeSubmissions(
      copies.map((c) => c.root),
      {
        labs: [lab],
        rules: RULES,
        sources: [synthesized, workspaceSource],
        lint: HAS_CFN_LINT,
      },
    );
    copies.forEach((c, i) => reports.set(c.key, graded[i]!.labs[0]!));
  }, TIMEOUT_MS);

  it('the table has exactly one row per rubric item', () => {
    expect(TABLE.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
  });

  it.skipIf(!HAS_CFN_LINT)('cfn-lint reports no errors on the synthesized reference template', () => {
    const file = path.join(tmpDir(), 'CapstoneStack.template.json');
    fs.writeFileSync(file, referenceText);
    const run = spawnSync(
      PYTHON,
      ['-c', 'import sys, cfnlint.runner; sys.exit(cfnlint.runner.main())', '--format', 'parseable', file],
      { encoding: 'utf8' },
    );
    expect(run.error).toBeUndefined();
    expect(run.stdout.split('\n').filter((l) => /:E\d{4}:/.test(l))).toEqual([]);
    // Not vacuous: cfn-lint read the template (its warnings on CDK's explicit DependsOn show up).
    expect(run.stdout).toMatch(/:W\d{4}:/);
  });

  it('the unmutated copy earns every point', () => {
    const l = reports.get('unmutated')!;
    expect(l.items.filter((i) => i.earned !== i.points).map(describeItem)).toEqual([]);
  });

  it.each(rows.map((r) => [`${r.item}: ${r.name}`, r] as const))('%s', (_title, row) => {
    const l = reports.get(row.key)!;
    const target = l.items.find((i) => i.id === row.item)!;
    expect(target.earned, describeItem(target)).toBeLessThan(target.points);
    const spared = new Set([row.item, ...(row.alsoAffects ?? [])]);
    expect(l.items.filter((i) => !spared.has(i.id) && i.earned !== i.points).map(describeItem)).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, TIMEOUT_MS);
