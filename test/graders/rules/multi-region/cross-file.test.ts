// The lab 14 checks that read two files at once: parameter files against the template's Parameters, the replica
// Region and failover roles across the Regions' files, and recovery.yaml against the template and the files.
import { describe, expect, it } from 'vitest';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { parseYamlDocument } from '../../../../graders/engine/parsers/yaml.js';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import {
  judgeFailoverRoles,
  judgeParameterFiles,
  judgeRecoveryClaims,
  judgeReplicaParameters,
} from '../../../../graders/rules/multi-region/cross-file.js';
import { readParameterFile, type ParameterFile } from '../../../../graders/rules/multi-region/model.js';

function template(text: string): CfnTemplate {
  const p = parseCloudFormation('template.yaml', text);
  if (!p.ok) throw new Error('fixture');
  return p.doc.template;
}
function file(region: string, values: Record<string, string>): ParameterFile {
  const body = `[\n${Object.entries(values)
    .map(([k, v]) => `  { "ParameterKey": "${k}", "ParameterValue": "${v}" }`)
    .join(',\n')}\n]\n`;
  const p = parseText(`labs/14-multi-region/parameters/${region}.json`, body);
  if (!p.ok) throw new Error('fixture');
  return readParameterFile(p.doc);
}
const where = (fs: { file: string; line: number; message: string }[]) =>
  fs.map((f) => `${f.file.replace('labs/14-multi-region/parameters/', '')}:${f.line}`);

const T = template(`Parameters:
  Vpc: { Type: 'AWS::EC2::VPC::Id' }
  Subnets: { Type: 'List<AWS::EC2::Subnet::Id>' }
  Zone: { Type: 'AWS::Route53::HostedZone::Id' }
  Cert: { Type: String, AllowedPattern: 'arn:aws:acm:.*' }
  Role: { Type: String, AllowedValues: [PRIMARY, SECONDARY] }
  Replica: { Type: String }
  Count: { Type: Number, MinValue: 1, MaxValue: 10 }
  Name: { Type: String, MinLength: 3, MaxLength: 8, Default: web }
Resources:
  Repl:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules: [{ Destinations: [{ Region: !Ref Replica, RegistryId: !Ref AWS::AccountId }] }]
  Rec:
    Type: AWS::Route53::RecordSet
    Properties: { Name: a, Type: A, SetIdentifier: !Ref AWS::Region, Failover: !Ref Role, HealthCheckId: x }
`);
const east = {
  Vpc: 'vpc-0a1b2c3d4e5f60718',
  Subnets: 'subnet-0a1b2c3d4e5f60001,subnet-0a1b2c3d4e5f60002',
  Zone: 'Z0123456789ABCDEFGHIJ',
  Cert: 'arn:aws:acm:us-east-1:123456789012:certificate/1',
  Role: 'PRIMARY',
  Replica: 'eu-west-1',
  Count: '4',
};
const west = {
  ...east,
  Vpc: 'vpc-0f9e8d7c6b5a40312',
  Subnets: 'subnet-0f9e8d7c6b5a40001',
  Cert: 'arn:aws:acm:eu-west-1:123456789012:certificate/2',
  Role: 'SECONDARY',
  Replica: 'us-east-1',
};

describe('judgeParameterFiles', () => {
  it('accepts files that fit, with the same hosted zone in both (Route 53 is global)', () => {
    expect(judgeParameterFiles(T, [file('us-east-1', east), file('eu-west-1', west)], 'r')).toEqual([]);
  });

  it('reports unknown keys, missing required parameters and values outside their constraints', () => {
    const out = judgeParameterFiles(
      T,
      [
        file('us-east-1', { ...east, Extra: 'x', Count: '11', Name: 'we', Role: 'MAIN' }),
        file('eu-west-1', { ...west, Count: 'two' }),
      ],
      'r',
    );
    expect(out.map((f) => f.message.replace(/ .*/, ''))).toEqual(
      expect.arrayContaining(["'Extra'", "'Count'", "'Name'", "'Role'"]),
    );
    expect(out.some((f) => /not a number/.test(f.message) && f.file.endsWith('eu-west-1.json'))).toBe(true);
    expect(out.some((f) => /above its 'MaxValue' of 10/.test(f.message))).toBe(true);
    expect(out.some((f) => /shorter than its 'MinLength' of 3/.test(f.message))).toBe(true);
    expect(out.some((f) => /not one of its 'AllowedValues'/.test(f.message))).toBe(true);
    const noCount: Record<string, string> = { ...west };
    delete noCount['Count'];
    const missing = judgeParameterFiles(T, [file('us-east-1', east), file('eu-west-1', noCount)], 'r');
    expect(missing.map((f) => [f.line, /no value for 'Count'/.test(f.message)])).toEqual([[1, true]]);
  });

  it("reports another Region's certificate, ids of the wrong shape, and ids copied between Regions", () => {
    const out = judgeParameterFiles(
      T,
      [
        file('us-east-1', east),
        file('eu-west-1', { ...west, Cert: east.Cert, Vpc: east.Vpc, Subnets: 'subnet-1' }),
      ],
      'r',
    );
    expect(out.map((f) => f.message)).toEqual([
      expect.stringMatching(/'Subnets' .* not a comma-separated list of ids of type 'AWS::EC2::Subnet::Id'/),
      expect.stringMatching(
        /'Cert' .* an ARN in us-east-1, but this file deploys to eu-west-1: ACM certificates are regional/,
      ),
      expect.stringMatching(
        /'Vpc' has the same value 'vpc-0a1b2c3d4e5f60718' in .*us-east-1.json' and .*eu-west-1.json'/,
      ),
    ]);
    expect(where(out)).toEqual(['eu-west-1.json:3', 'eu-west-1.json:5', 'eu-west-1.json:2']);
  });
});

describe('judgeReplicaParameters', () => {
  it('accepts each file naming the other Region', () => {
    expect(judgeReplicaParameters(T, [file('us-east-1', east), file('eu-west-1', west)], 'r')).toEqual({
      findings: [],
    });
  });
  it("reports a file that replicates into its own Region, at the value's line", () => {
    const r = judgeReplicaParameters(
      T,
      [file('us-east-1', east), file('eu-west-1', { ...west, Replica: 'eu-west-1' })],
      'r',
    );
    expect(where(r.findings)).toEqual(['eu-west-1.json:7']);
    expect(r.findings[0]!.message).toMatch(/into itself/);
  });
  it('without files, needs a Rules assertion', () => {
    expect(judgeReplicaParameters(T, [], 'r').unproven).toMatch(
      /Fn::Not \[Fn::Equals \[!Ref Replica, !Ref AWS::Region\]\]/,
    );
    const asserted = template(`Parameters:
  Replica: { Type: String }
Rules:
  Other:
    Assertions:
      - Assert: !Not [!Equals [!Ref AWS::Region, !Ref Replica]]
Resources:
  Repl:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules: [{ Destinations: [{ Region: !Ref Replica }] }]
`);
    expect(judgeReplicaParameters(asserted, [], 'r')).toEqual({ findings: [] });
  });
});

describe('judgeFailoverRoles', () => {
  it('accepts one PRIMARY and one SECONDARY', () => {
    expect(judgeFailoverRoles(T, [file('us-east-1', east), file('eu-west-1', west)], 'r')).toEqual({
      findings: [],
    });
  });
  it('reports two PRIMARY Regions, or none', () => {
    const two = judgeFailoverRoles(
      T,
      [file('us-east-1', east), file('eu-west-1', { ...west, Role: 'PRIMARY' })],
      'r',
    );
    expect(where(two.findings)).toEqual(['eu-west-1.json:6']);
    expect(two.findings[0]!.message).toMatch(
      /'PRIMARY' in us-east-1, 'PRIMARY' in eu-west-1.*nowhere to fail over to/,
    );
    const none = judgeFailoverRoles(
      T,
      [file('us-east-1', { ...east, Role: 'SECONDARY' }), file('eu-west-1', west)],
      'r',
    );
    expect(none.findings[0]!.message).toMatch(/no Region to prefer/);
    expect(judgeFailoverRoles(T, [], 'r').unproven).toMatch(/no parameter files/);
  });
});

describe('judgeRecoveryClaims', () => {
  const recovery = (text: string) => {
    const p = parseYamlDocument('labs/14-multi-region/recovery.yaml', text);
    if (!p.ok) throw new Error('fixture');
    return p.doc;
  };
  const files = [file('us-east-1', east), file('eu-west-1', west)];
  it('accepts claims the template and files back', () => {
    const doc = recovery('traffic: failover\nimages: replicated\nregions: [us-east-1, eu-west-1]\n');
    expect(judgeRecoveryClaims(T, files, doc, 'r')).toEqual([]);
  });
  it('reports each claim the design does not back, at its line', () => {
    const doc = recovery('traffic: latency\nimages: replicated\nregions: [us-east-1, ap-south-1]\n');
    const bare = template('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n');
    const out = judgeRecoveryClaims(bare, files, doc, 'r');
    expect(out.map((f) => [f.line, f.message.slice(0, 40)])).toEqual([
      [1, "'traffic' is 'latency', but the template"],
      [2, "'images' is 'replicated', but the templa"],
      [3, "'regions' lists 'ap-south-1' without a p"],
      [3, "There are parameter files for 'eu-west-1"],
    ]);
  });
});
