// Every MRG rule, and the lab 14 cross-file checks, survive whatever a learner can write: they never throw, fill
// every message placeholder, and never count more failures than checks. Arbitrary templates and files come from
// fast-check; real templates from the shared corpus of public CloudFormation templates when it is present.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSet } from '../../../../graders/engine/parsers/file-set.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { parseYamlDocument } from '../../../../graders/engine/parsers/yaml.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { Rule } from '../../../../graders/engine/types.js';
import {
  judgeFailoverRoles,
  judgeParameterFiles,
  judgeRecoveryClaims,
  judgeReplicaParameters,
} from '../../../../graders/rules/multi-region/cross-file.js';
import { multiRegionRules } from '../../../../graders/rules/multi-region/index.js';
import { parameterFiles } from '../../../../graders/rules/multi-region/model.js';
import parameterFilesRule from '../../../../graders/rules/multi-region/parameter-files.js';
import recoveryRule from '../../../../graders/rules/multi-region/recovery-objectives.js';
import { describeRobustness } from '../../../helpers/rule-robustness.js';

const TEMPLATE_RULES = multiRegionRules.filter(
  (r) => r.meta.target === 'cloudformation',
) as unknown as readonly Rule<'cloudformation'>[];

const TYPES = [
  'AWS::ECR::ReplicationConfiguration',
  'AWS::ECR::Repository',
  'AWS::Route53::RecordSet',
  'AWS::Route53::RecordSetGroup',
  'AWS::Route53::HealthCheck',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ECS::TaskDefinition',
];
const NAMES = ['Repl', 'Repo', 'Rec', 'Group', 'Hc', 'Lb', 'Tg', 'Listener', 'Td'];
const KEYS = [
  'ReplicationConfiguration',
  'Rules',
  'Destinations',
  'Region',
  'RegistryId',
  'RepositoryFilters',
  'Filter',
  'RepositoryName',
  'RecordSets',
  'Name',
  'SetIdentifier',
  'Failover',
  'Weight',
  'HealthCheckId',
  'AliasTarget',
  'DNSName',
  'EvaluateTargetHealth',
  'HealthCheckConfig',
  'Type',
  'ResourcePath',
  'FullyQualifiedDomainName',
  'Regions',
  'HealthCheckPath',
  'DefaultActions',
  'TargetGroupArn',
  'LoadBalancerArn',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::If',
  'Fn::FindInMap',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 4000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ...NAMES,
    'AWS::Region',
    'us-east-1',
    'eu-west-1b',
    '123456789012',
    'arn:aws:iam::aws:policy/x',
    '${AWS::Region}',
    'PRIMARY',
    'SECONDARY',
    'HTTPS',
    '/health',
    'Lb.DNSName',
  ),
);
describeRobustness('MRG template rules', TEMPLATE_RULES, {
  types: TYPES,
  names: NAMES,
  keys: KEYS,
  scalar,
  maxResources: 7,
});

const TEMPLATE = parseCloudFormation(
  'template.yaml',
  `Parameters:
  Replica: { Type: String }
  Role: { Type: String, AllowedValues: [PRIMARY, SECONDARY] }
  Vpc: { Type: 'AWS::EC2::VPC::Id' }
  Count: { Type: Number, MinValue: 1 }
  Name: { Type: String, AllowedPattern: '(a+)+$', MaxLength: 5 }
Resources:
  Repl:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules: [{ Destinations: [{ Region: !Ref Replica }] }]
  Rec:
    Type: AWS::Route53::RecordSet
    Properties: { Name: a, Type: A, Failover: !Ref Role, SetIdentifier: !Ref AWS::Region }
`,
);

const jsonish = fc.oneof(
  fc.json(),
  fc.string(),
  fc
    .array(
      fc.record({
        ParameterKey: fc.constantFrom('Replica', 'Role', 'Vpc', 'Count', 'Name', 'Other', '__proto__'),
        ParameterValue: fc.oneof(
          fc.string(),
          fc.constantFrom(
            'PRIMARY',
            'us-east-1',
            'vpc-0123456789abcdef0',
            'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!',
          ),
        ),
      }),
      { maxLength: 6 },
    )
    .map((a) => JSON.stringify(a)),
);

describe('MRG file rules and cross-file checks on arbitrary files', () => {
  it('never throw on parameter folders', () => {
    if (!TEMPLATE.ok) throw new Error('fixture');
    const t = TEMPLATE.doc.template;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('us-east-1.json', 'eu-west-1.json', 'x.json', 'a.txt', 'ap-south-1.json'),
            jsonish,
          ),
          {
            maxLength: 4,
          },
        ),
        (entries) => {
          const docs = entries.flatMap(([name, body]) => {
            const p = parseText(`labs/14-multi-region/parameters/${name}`, body);
            return p.ok ? [p.doc] : [];
          });
          const set = fileSet('labs/14-multi-region', docs);
          const out = runRule(parameterFilesRule, set);
          expect(out.crash, out.crash?.stack).toBeNull();
          for (const f of out.findings) expect(f.message).not.toMatch(/\{\{\w+\}\}/);
          expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked ?? 0);
          const files = parameterFiles(set.files);
          for (const f of [
            ...judgeParameterFiles(t, files, 'x'),
            ...judgeReplicaParameters(t, files, 'x').findings,
            ...judgeFailoverRoles(t, files, 'x').findings,
          ])
            expect(f.message).not.toMatch(/\{\{\w+\}\}|undefined/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throw on recovery files', () => {
    if (!TEMPLATE.ok) throw new Error('fixture');
    const t = TEMPLATE.doc.template;
    const value = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.constantFrom('warm-standby', 'PT15M', 'P', 'PT', 'failover', 'replicated', 'rebuilt', 'latency'),
      fc.array(fc.constantFrom('us-east-1', 'eu-west-1', 'x', '1'), { maxLength: 3 }),
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('strategy', 'rto', 'rpo', 'regions', 'traffic', 'images', 'how', 'other'),
          value,
        ),
        (fields) => {
          const parsed = parseYamlDocument('recovery.yaml', JSON.stringify(fields));
          if (!parsed.ok) return;
          const out = runRule(recoveryRule, parsed.doc);
          expect(out.crash, out.crash?.stack).toBeNull();
          for (const f of out.findings) expect(f.message).not.toMatch(/\{\{\w+\}\}/);
          for (const f of judgeRecoveryClaims(t, [], parsed.doc, 'x'))
            expect(f.message).not.toMatch(/\{\{\w+\}\}/);
        },
      ),
      { numRuns: 300 },
    );
  });
});
