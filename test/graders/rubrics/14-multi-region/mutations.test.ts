// Lab 14 mutation table and accepted alternatives: each rubric item, broken alone in the reference solution by one
// small, realistic learner mistake, costs points and no other item moves; each rewrite of the solution in another
// valid style keeps every point. The parameter files in 'parameters/' are copied with the rest of the folder.
import lab from '../../../../graders/rubrics/14-multi-region.js';
import {
  describeMutations,
  inFile,
  inTemplate,
  type Files,
  type Mutation,
} from '../../../helpers/mutation-table.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';

type Row = Mutation;

const EAST = 'parameters/us-east-1.json';
const WEST = 'parameters/eu-west-1.json';
const EAST_CERT = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
const WEST_CERT = 'arn:aws:acm:eu-west-1:123456789012:certificate/9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d';
const without =
  (file: string) =>
  (files: Files): Files =>
    Object.fromEntries(Object.entries(files).filter(([k]) => k !== file));
const both =
  (...fns: ((f: Files) => Files)[]) =>
  (files: Files): Files =>
    fns.reduce((acc, fn) => fn(acc), files);

const table: readonly Row[] = [
  {
    item: 'region-agnostic',
    name: "the log driver's Region is written literally",
    mutate: inTemplate(
      '              awslogs-region: !Ref AWS::Region\n',
      '              awslogs-region: us-east-1\n',
    ),
  },
  {
    item: 'image-replication',
    name: "images replicate to the stack's own Region",
    mutate: inTemplate(
      '              - Region: !Ref ReplicaRegion\n',
      '              - Region: !Ref AWS::Region\n',
    ),
  },
  {
    item: 'dns-routing',
    name: 'every Region writes the record with the same SetIdentifier',
    mutate: inTemplate('      SetIdentifier: !Ref AWS::Region\n', '      SetIdentifier: labs-web\n'),
  },
  {
    item: 'health-checks',
    name: 'the health check requests / instead of /health',
    mutate: inTemplate('        ResourcePath: /health\n', '        ResourcePath: /\n'),
  },
  {
    item: 'parameter-files',
    name: "the eu-west-1 file reuses us-east-1's certificate",
    mutate: inFile(WEST, WEST_CERT, EAST_CERT),
  },
  {
    item: 'recovery-objectives',
    name: 'a warm standby claims a 30-second RTO',
    mutate: inFile('recovery.yaml', 'rto: PT15M\n', 'rto: PT30S\n'),
  },
];

const moreMistakes: readonly Row[] = [
  {
    item: 'region-agnostic',
    name: 'the AWS managed policy ARN spells the partition',
    mutate: inTemplate(
      "        - !Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'\n",
      '        - arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy\n',
    ),
  },
  {
    item: 'region-agnostic',
    name: 'the image names the account',
    mutate: inTemplate("Image: !Sub '${AWS::AccountId}.dkr", "Image: !Sub '123456789012.dkr"),
  },
  {
    item: 'image-replication',
    name: 'the us-east-1 file names us-east-1 as its replica Region',
    mutate: inFile(EAST, '"ParameterValue": "eu-west-1"', '"ParameterValue": "us-east-1"'),
  },
  {
    item: 'image-replication',
    name: 'no replication configuration',
    mutate: inTemplate('    Type: AWS::ECR::ReplicationConfiguration\n', '    Type: AWS::SSM::Parameter\n'),
    // recovery.yaml says 'images: replicated', which the template then no longer does.
    alsoAffects: ['recovery-objectives'],
  },
  {
    item: 'dns-routing',
    name: 'both Regions claim PRIMARY',
    mutate: inFile(WEST, '"ParameterValue": "SECONDARY"', '"ParameterValue": "PRIMARY"'),
  },
  {
    item: 'dns-routing',
    name: 'the record has no health check and does not evaluate target health',
    mutate: both(
      inTemplate('      HealthCheckId: !Ref HealthCheck\n', ''),
      inTemplate('        EvaluateTargetHealth: true\n', '        EvaluateTargetHealth: false\n'),
    ),
  },
  {
    item: 'health-checks',
    name: 'the health check probes HTTP',
    mutate: inTemplate('        Type: HTTPS\n', '        Type: HTTP\n'),
  },
  {
    item: 'health-checks',
    name: 'the health check probes a fixed host',
    mutate: inTemplate(
      '        FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName\n',
      '        FullyQualifiedDomainName: labs-web.example.com\n',
    ),
  },
  {
    item: 'parameter-files',
    name: 'the eu-west-1 file leaves out DesiredCount, which has no Default',
    mutate: inFile(WEST, ',\n  { "ParameterKey": "DesiredCount", "ParameterValue": "2" }', ''),
  },
  {
    item: 'parameter-files',
    name: 'the us-east-1 file gives a parameter the template does not declare',
    mutate: inFile(EAST, '"ParameterKey": "DesiredCount"', '"ParameterKey": "TaskCount"'),
  },
  {
    item: 'parameter-files',
    name: 'the eu-west-1 file is not valid JSON',
    mutate: inFile(WEST, '"ParameterValue": "2" }\n]', '"ParameterValue": "2" },\n]'),
    // Nothing can read that Region's values: the failover roles and the listed Regions lose their evidence too.
    alsoAffects: ['dns-routing', 'recovery-objectives'],
  },
  {
    item: 'recovery-objectives',
    name: 'the file claims latency routing for a warm standby',
    mutate: inFile('recovery.yaml', 'traffic: failover\n', 'traffic: latency\n'),
  },
  {
    item: 'recovery-objectives',
    name: 'the file lists a Region without a parameter file',
    mutate: inFile(
      'recovery.yaml',
      'regions: [us-east-1, eu-west-1]',
      'regions: [us-east-1, eu-west-1, ap-south-1]',
    ),
  },
  {
    item: 'recovery-objectives',
    name: 'recovery.yaml is missing',
    mutate: without('recovery.yaml'),
  },
];

const alternatives: readonly Alternative[] = [
  {
    name: 'the parameter files in the CodePipeline template configuration format',
    rewrite: (files) => {
      const out = { ...files };
      for (const f of [EAST, WEST]) {
        const entries = JSON.parse(files[f]!) as { ParameterKey: string; ParameterValue: string }[];
        out[f] =
          `${JSON.stringify({ Parameters: Object.fromEntries(entries.map((e) => [e.ParameterKey, e.ParameterValue])) }, null, 2)}\n`;
      }
      return out;
    },
  },
  {
    name: 'recovery.yml instead of recovery.yaml',
    rewrite: (files) => ({ ...without('recovery.yaml')(files), 'recovery.yml': files['recovery.yaml']! }),
  },
  {
    name: 'the failover role from the IsPrimary condition',
    rewrite: inTemplate(
      '      Failover: !Ref FailoverRole\n',
      '      Failover: !If [IsPrimary, PRIMARY, SECONDARY]\n',
    ),
  },
  {
    name: 'no Rules assertion: the parameter files show the replica is the other Region',
    rewrite: inTemplate(
      'Rules:\n  ReplicaIsAnotherRegion:\n    Assertions:\n      - Assert: !Not [!Equals [!Ref ReplicaRegion, !Ref AWS::Region]]\n        AssertDescription: ReplicaRegion must name the other Region, not the one this stack is deployed to.\n\n',
      '',
    ),
  },
  {
    name: 'a record set group instead of a record set',
    rewrite: (files) => {
      // The record's own lines move under 'RecordSets', four spaces deeper.
      const text = files['template.yaml']!;
      const start = text.indexOf('  FailoverRecord:\n');
      const end = text.indexOf('\nOutputs:');
      const lines = text.slice(start, end).split('\n');
      const props = lines
        .slice(lines.indexOf('    Properties:') + 1)
        .filter((l) => !l.includes('HostedZoneId: !Ref'));
      const record = props.map((l, i) => (i === 0 ? `        - ${l.trim()}` : l.trim() ? `    ${l}` : l));
      const group = [
        '  FailoverRecord:',
        '    Type: AWS::Route53::RecordSetGroup',
        '    Properties:',
        '      HostedZoneId: !Ref HostedZoneId',
        '      RecordSets:',
        ...record,
      ].join('\n');
      return { ...files, 'template.yaml': text.slice(0, start) + group + text.slice(end) };
    },
  },
];

/** Every file of the solution folder, subfolders included, by path inside the lab folder. */
describeMutations(lab, table, moreMistakes);
describeAlternatives(lab, alternatives);
