// `labgrade sandbox plan`, run in-process through the CLI's main() on temporary submission roots: every bypass
// template of issue 9 (attack 5) is refused, each by the rule written for it, while the same template with the
// bypass taken out is allowed (so the refusal is the bypass's, not the template's); every reference solution of a
// deployable lab is allowed; the JSON form is exactly the documented one; usage errors exit 2.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import type { SandboxPlan } from '../../../action/sandbox/plan.js';
import { LABS } from '../../../graders/index.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

function io(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s) },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    out: () => out,
    err: () => err,
  };
}

async function plan(
  root: string,
  ...args: string[]
): Promise<{ code: number; plan: SandboxPlan; err: string }> {
  const t = io();
  const code = await main(['sandbox', 'plan', '--root', root, '--format', 'json', ...args], t);
  return { code, plan: (code === EXIT.ok ? JSON.parse(t.out()) : null) as SandboxPlan, err: t.err() };
}

/** The plan for one lab whose template is `text`. */
async function planOne(lab: string, text: string, ...args: string[]) {
  const root = makeTree({ [`labs/${lab}/template.yaml`]: text });
  const r = await plan(root, '--lab', lab, ...args);
  expect(r.code, r.err).toBe(EXIT.ok);
  expect(r.plan.labs).toHaveLength(1);
  return r.plan.labs[0]!;
}

const indent = (text: string, n: number) =>
  text
    .split('\n')
    .map((l) => (l ? ' '.repeat(n) + l : l))
    .join('\n');

const TRUST = `AssumeRolePolicyDocument:
  Version: '2012-10-17'
  Statement:
    - Effect: Allow
      Principal: { Service: ecs-tasks.amazonaws.com }
      Action: sts:AssumeRole`;

/** A task role whose one inline statement is `statement` (YAML, as a learner writes it). */
const roleWith = (statement: string, parameters = '') => `${parameters}Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
${indent(TRUST, 6)}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - ${indent(statement, 16).trimStart()}
`;

/** A role whose trust policy is `trust` (YAML under AssumeRolePolicyDocument). */
const roleTrusting = (principal: string) => `Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: ${principal}
            Action: sts:AssumeRole
`;

/** `count` Fargate services running one task definition sized by `cpu` and `compat`. */
const services = (count: number, cpu: string, compat: string) => {
  const svc = Array.from(
    { length: count },
    (_, i) => `  Service${i}:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !Ref Cluster
      TaskDefinition: !Ref TaskDefinition
      DesiredCount: 1
`,
  ).join('');
  return `Resources:
  Cluster:
    Type: AWS::ECS::Cluster
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Cpu: ${cpu}
      Memory: '512'
      NetworkMode: awsvpc
      RequiresCompatibilities: [${compat}]
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
${svc}`;
};

const scalableTarget = (namespace: string, min: number) => `Resources:
  Target:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties:
      ServiceNamespace: ${namespace}
      ScalableDimension: ecs:service:DesiredCount
      ResourceId: service/labs/labs-web
      MinCapacity: ${min}
      MaxCapacity: ${min}
`;

const fileSystem = (throughput: string) => `Resources:
  Files:
    Type: AWS::EFS::FileSystem
    Properties:
      Encrypted: true
${indent(throughput, 6)}
`;

/** An ECR repository (lab 05 allows them) whose policy has the one statement `statement`. */
const repository = (statement: string) => `Resources:
  Repository:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryName: !Sub '\${AWS::StackName}-web'
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement:
          - ${indent(statement, 12).trimStart()}
`;

const registryPolicy = (principal: string) => `Resources:
  Registry:
    Type: AWS::ECR::RegistryPolicy
    Properties:
      PolicyText:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: ${principal} }
            Action: ecr:ReplicateImage
            Resource: '*'
`;

const replication = (registry: string) => `Resources:
  Replication:
    Type: AWS::ECR::ReplicationConfiguration
    Properties:
      ReplicationConfiguration:
        Rules:
          - Destinations:
              - Region: us-west-2
                RegistryId: ${registry}
            RepositoryFilters:
              - Filter: !Sub '\${AWS::StackName}-'
                FilterType: PREFIX_MATCH
`;

const kmsKey = (principal: string) => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: ${principal}
            Action: kms:*
            Resource: '*'
`;

const taskRole = (roleArn: string) => `Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
${indent(TRUST, 6)}
  TaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Cpu: '256'
      Memory: '512'
      NetworkMode: awsvpc
      RequiresCompatibilities: [FARGATE]
      TaskRoleArn: ${roleArn}
      ContainerDefinitions:
        - Name: web
          Image: nginx:1.27
`;

const OWN_ROOT = "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'";
const ECR_PULL = 'Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]';

interface Bypass {
  name: string;
  lab: string;
  /** The template with the bypass, and the same template without it. */
  bad: string;
  good: string;
  /** Rules that must refuse it (others may too). */
  rules: string[];
}

const LAB03 = '03-ecs-service-alb';
const LAB04 = '04-fargate-cost-capacity';
const LAB05 = '05-ecr-registry';

const BYPASSES: Bypass[] = [
  {
    name: "'Effect: !Sub Allow'",
    lab: LAB03,
    bad: roleWith('Effect: !Sub Allow\nAction: iam:CreateUser\nResource: "*"'),
    good: roleWith('Effect: Deny\nAction: iam:CreateUser\nResource: "*"'),
    rules: ['SBX015'],
  },
  {
    name: "'Resource: !Sub *'",
    lab: LAB03,
    bad: roleWith("Effect: Allow\nNotAction: ['iam:*', 'sts:*']\nResource: !Sub '*'"),
    good: roleWith(
      "Effect: Allow\nNotAction: ['iam:*', 'sts:*']\nResource: !Sub 'arn:${AWS::Partition}:s3:::labs-bucket/*'",
    ),
    rules: ['SBX005'],
  },
  {
    name: "'Resource: arn:*'",
    lab: LAB03,
    bad: roleWith("Effect: Allow\nNotAction: ['iam:*', 'sts:*']\nResource: 'arn:*'"),
    good: roleWith("Effect: Allow\nNotAction: ['iam:*', 'sts:*']\nResource: 'arn:aws:s3:::labs-bucket/*'"),
    rules: ['SBX005'],
  },
  {
    name: 'a principal built with Join and Select around AWS::AccountId',
    lab: LAB03,
    bad: roleTrusting(
      "!Join ['', ['arn:aws:iam::', !Select [1, [!Ref AWS::AccountId, '999999999999']], ':root']]",
    ),
    good: roleTrusting(OWN_ROOT),
    rules: ['SBX006', 'SBX015'],
  },
  {
    name: 'a trust document under Fn::If',
    lab: LAB03,
    bad: `Conditions:
  Open: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !If
        - Open
        - Statement:
            - Effect: Allow
              Principal: '*'
              Action: sts:AssumeRole
        - Statement:
            - Effect: Allow
              Principal: { Service: ecs-tasks.amazonaws.com }
              Action: sts:AssumeRole
`,
    good: roleTrusting(OWN_ROOT),
    rules: ['SBX015'],
  },
  {
    name: 'a policy document under Fn::If',
    lab: LAB03,
    bad: `Conditions:
  Open: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
${indent(TRUST, 6)}
      Policies:
        - PolicyName: p
          PolicyDocument: !If
            - Open
            - Statement: [{ Effect: Allow, Action: '*', Resource: '*' }]
            - Statement: [{ Effect: Allow, Action: logs:PutLogEvents, Resource: '*' }]
`,
    good: roleWith("Effect: Allow\nAction: logs:PutLogEvents\nResource: '*'"),
    rules: ['SBX015'],
  },
  {
    name: "'iam:CreateUser'",
    lab: LAB03,
    bad: roleWith("Effect: Allow\nAction: iam:CreateUser\nResource: '*'"),
    good: roleWith("Effect: Allow\nAction: iam:GetUser\nResource: '*'"),
    rules: ['SBX014'],
  },
  {
    name: "'iam:CreateAccessKey'",
    lab: LAB03,
    bad: roleWith(
      "Effect: Allow\nAction: iam:CreateAccessKey\nResource: !Sub 'arn:aws:iam::${AWS::AccountId}:user/*'",
    ),
    good: roleWith(
      "Effect: Allow\nAction: iam:ListAccessKeys\nResource: !Sub 'arn:aws:iam::${AWS::AccountId}:user/*'",
    ),
    rules: ['SBX014'],
  },
  {
    name: "'iam:Attach*'",
    lab: LAB03,
    bad: roleWith('Effect: Allow\nAction: iam:Attach*\nResource: !GetAtt TaskRole.Arn'),
    good: roleWith('Effect: Allow\nAction: iam:GetRole\nResource: !GetAtt TaskRole.Arn'),
    rules: ['SBX014'],
  },
  {
    name: "'Cpu: !Sub 16384' with 'RequiresCompatibilities: [!Sub FARGATE]' across 30 services",
    lab: LAB03,
    bad: services(30, "!Sub '16384'", '!Sub FARGATE'),
    good: services(30, "'256'", 'FARGATE'),
    rules: ['SBX018'],
  },
  {
    name: "a scalable target with 'ServiceNamespace: !Sub ecs' and 'MinCapacity: 500'",
    lab: LAB04,
    bad: scalableTarget('!Sub ecs', 500),
    good: scalableTarget('ecs', 2),
    rules: ['SBX018'],
  },
  {
    name: 'EFS provisioned throughput of 1,024 MiB/s',
    lab: LAB03,
    bad: fileSystem('ThroughputMode: provisioned\nProvisionedThroughputInMibps: 1024'),
    good: fileSystem('ThroughputMode: elastic'),
    rules: ['SBX019'],
  },
  {
    name: 'a public ECR repository policy',
    lab: LAB05,
    bad: repository(`Effect: Allow\nPrincipal: '*'\n${ECR_PULL}`),
    good: repository(`Effect: Allow\nPrincipal: { AWS: ${OWN_ROOT} }\n${ECR_PULL}`),
    rules: ['SBX016'],
  },
  {
    name: 'a cross-account ECR repository policy',
    lab: LAB05,
    bad: repository(`Effect: Allow\nPrincipal: { AWS: 'arn:aws:iam::999999999999:root' }\n${ECR_PULL}`),
    good: repository(`Effect: Allow\nPrincipal: { AWS: !Ref AWS::AccountId }\n${ECR_PULL}`),
    rules: ['SBX016'],
  },
  {
    name: 'a public ECR registry policy',
    lab: LAB05,
    bad: registryPolicy("'*'"),
    good: registryPolicy('!Ref AWS::AccountId'),
    rules: ['SBX016', 'SBX007'],
  },
  {
    name: 'a cross-account ECR registry policy',
    lab: LAB05,
    bad: registryPolicy("'999999999999'"),
    good: registryPolicy('!Ref AWS::AccountId'),
    rules: ['SBX016', 'SBX007'],
  },
  {
    name: 'cross-account ECR replication',
    lab: LAB05,
    bad: replication("'999999999999'"),
    good: replication('!Ref AWS::AccountId'),
    rules: ['SBX016'],
  },
  {
    name: "a KMS key open to '*'",
    lab: LAB05,
    bad: kmsKey("'*'"),
    good: kmsKey(`{ AWS: ${OWN_ROOT} }`),
    rules: ['SBX016'],
  },
  {
    name: 'a TaskRoleArn naming a role that already exists in the account',
    lab: LAB03,
    bad: taskRole("!Sub 'arn:aws:iam::${AWS::AccountId}:role/labgrade-deploy'"),
    good: taskRole('!GetAtt TaskRole.Arn'),
    rules: ['SBX017'],
  },
  {
    name: "'Fn::Transform' inside Properties",
    lab: LAB03,
    bad: `Resources:
  TaskRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Fn::Transform:
          Name: AWS::Include
          Parameters:
            Location: s3://somebody-elses-bucket/trust.yaml
`,
    good: roleTrusting(OWN_ROOT),
    rules: ['SBX002'],
  },
];

describe(
  'labgrade sandbox plan refuses each bypass of issue 9 (attack 5)',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it.each(BYPASSES.map((b) => [b.name, b]))('%s', async (_name, b) => {
      const bad = await planOne(b.lab, b.bad);
      expect(bad).toMatchObject({ id: b.lab, deployable: true, verdict: 'refused' });
      const ids = bad.refusals.map((r) => r.ruleId);
      for (const rule of b.rules.filter((r) => r !== 'SBX007'))
        expect(ids, JSON.stringify(bad.refusals)).toContain(rule);
      for (const r of bad.refusals) {
        expect(r.file).toBe(`labs/${b.lab}/template.yaml`);
        expect(r.line).toBeGreaterThan(0);
        expect(r.message.length).toBeGreaterThan(20);
      }
      // SBX007: lab 05 does not list the registry policy type, so its fixed form is refused for that alone.
      const good = await planOne(b.lab, b.good);
      if (b.rules.includes('SBX007')) expect(good.refusals.map((r) => r.ruleId)).toEqual(['SBX007']);
      else expect(good, JSON.stringify(good.refusals)).toMatchObject({ verdict: 'allowed', refusals: [] });
    });

    it('prices neither form of the 30 services until the size is known, then refuses the large one by its size', async () => {
      const computed = await planOne(LAB03, services(30, "!Sub '16384'", '!Sub FARGATE'));
      expect(computed.estimate).toEqual({ runUsd: 0, monthlyUsd: 0 });
      const literal = await planOne(LAB03, services(30, "'16384'", 'FARGATE'));
      expect(literal.refusals.map((r) => r.ruleId)).toEqual(expect.arrayContaining(['SBX010', 'SBX013']));
      expect(literal.estimate!.runUsd).toBeGreaterThan(10);
    });
  },
);

/** What an instructor configures for the reference solutions: a sandbox VPC, and lab 05's sandbox roles. */
const INSTRUCTOR_PARAMETERS = JSON.stringify({
  VpcId: 'vpc-0123456789abcdef0',
  PrivateSubnetIds: 'subnet-0aaa1111bbbb2222c,subnet-0ddd3333eeee4444f',
  PublicSubnetIds: 'subnet-0eee5555ffff6666a,subnet-0fff7777aaaa8888b',
  ServiceSecurityGroupId: 'sg-0ccc5555dddd6666e',
  CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  PipelineRoleArn: 'arn:aws:iam::123456789012:role/labs-pipeline',
  ExecutionRoleArn: 'arn:aws:iam::123456789012:role/labs-web-execution',
});

describe.skipIf(!HAS_SOLUTIONS)(
  'labgrade sandbox plan on the reference solutions',
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('allows every deployable lab, with an estimate, and says the others are not deployable', async () => {
      const r = await plan(path.join(REPO, 'test/fixtures/solutions'), '--parameters', INSTRUCTOR_PARAMETERS);
      expect(r.code, r.err).toBe(EXIT.ok);
      expect(r.plan.labs.map((l) => l.id)).toEqual(LABS.map((l) => l.id));
      for (const lab of LABS) {
        const p = r.plan.labs.find((l) => l.id === lab.id)!;
        expect(p.deployable).toBe(lab.sandbox.deployable);
        if (lab.sandbox.deployable) {
          expect(p, JSON.stringify(p.refusals)).toMatchObject({ verdict: 'allowed', refusals: [] });
          expect(p.estimate!.runUsd).toBeGreaterThanOrEqual(0);
          expect(p.estimate!.monthlyUsd).toBeGreaterThanOrEqual(p.estimate!.runUsd);
        } else expect(p).toMatchObject({ verdict: 'not-deployable', refusals: [], estimate: null });
      }
      const lab03 = r.plan.labs.find((l) => l.id === LAB03)!;
      // README: about $0.115 an hour and $0.114 per run; a month is 730 hours.
      expect(lab03.estimate).toEqual({ runUsd: 0.114, monthlyUsd: 84.0851 });
    });

    it("without the instructor's values, refuses what a deploy would refuse, and still exits 0", async () => {
      const r = await plan(path.join(REPO, 'test/fixtures/solutions'));
      expect(r.code).toBe(EXIT.ok);
      const verdicts = Object.fromEntries(r.plan.labs.map((l) => [l.id, l.verdict]));
      expect(verdicts).toMatchObject({ [LAB03]: 'refused', [LAB04]: 'refused', [LAB05]: 'refused' });
      // Lab 03 serves HTTPS with a certificate only the instructor can name.
      expect(r.plan.labs.find((l) => l.id === LAB03)!.refusals.map((f) => [f.ruleId, f.line])).toEqual([
        ['SBX003', 15],
      ]);
      expect(r.plan.labs.find((l) => l.id === LAB05)!.refusals.map((f) => f.ruleId)).toEqual([
        'SBX016',
        'SBX016',
      ]);
    });
  },
);

describe('labgrade sandbox plan output and exit codes', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('prints exactly the documented JSON form', async () => {
    const root = makeTree({
      [`labs/${LAB03}/template.yaml`]: roleWith("Effect: Allow\nAction: iam:CreateUser\nResource: '*'"),
    });
    const r = await plan(root, '--lab', LAB03, '--lab', '01-production-dockerfile', '--lab', LAB05);
    expect(Object.keys(r.plan)).toEqual(['schemaVersion', 'labs']);
    expect(r.plan.schemaVersion).toBe(1);
    const byId = (id: string) => r.plan.labs.find((l) => l.id === id);
    const [l03, l01, l05] = [byId(LAB03), byId('01-production-dockerfile'), byId(LAB05)];
    expect(Object.keys(l03!)).toEqual(['id', 'deployable', 'verdict', 'refusals', 'estimate']);
    expect(Object.keys(l03!.refusals[0]!)).toEqual(['file', 'line', 'column', 'ruleId', 'message']);
    expect(Object.keys(l03!.estimate!)).toEqual(['runUsd', 'monthlyUsd']);
    expect(l03!.refusals[0]).toMatchObject({
      file: `labs/${LAB03}/template.yaml`,
      line: 16,
      ruleId: 'SBX014',
    });
    expect(l01).toEqual({
      id: '01-production-dockerfile',
      deployable: false,
      verdict: 'not-deployable',
      refusals: [],
      estimate: null,
    });
    // A deployable lab with no template in the submission: nothing to deploy, nothing to price.
    expect(l05).toEqual({
      id: LAB05,
      deployable: true,
      verdict: 'not-deployable',
      refusals: [],
      estimate: null,
    });
  });

  it('prints one line per lab and each refusal at its position in the pretty form', async () => {
    const root = makeTree({
      [`labs/${LAB03}/template.yaml`]: roleWith("Effect: Allow\nAction: iam:CreateUser\nResource: '*'"),
    });
    const t = io();
    expect(await main(['sandbox', 'plan', '--root', root, '--lab', LAB03], t)).toBe(EXIT.ok);
    expect(t.out()).toMatch(/^03-ecs-service-alb\s+refused\s+\$0\.0000 per run/m);
    expect(t.out()).toContain(`labs/${LAB03}/template.yaml:16:`);
    expect(t.out()).toContain('0 allowed, 1 refused, 0 not deployable');
  });

  it.each([
    ['an unknown format', ['--format', 'markdown']],
    ['parameters that are not a JSON object', ['--parameters', '[1]']],
    ['an unknown lab', ['--lab', '99-nope']],
    ['an unknown option', ['--region', 'us-east-1']],
    ['a root that does not exist', ['--root', '/nonexistent/labgrade']],
  ])('exits 2 on %s', async (_name, args) => {
    const t = io();
    const root = makeTree({ 'labs/.keep': '' });
    expect(await main(['sandbox', 'plan', '--root', root, ...args], t)).toBe(EXIT.usage);
    expect(t.err()).toContain('Usage: labgrade');
    expect(t.out()).toBe('');
  });

  it('reads no file outside the root and writes none', async () => {
    const root = makeTree({ [`labs/${LAB03}/template.yaml`]: roleTrusting(OWN_ROOT) });
    const before = fs.readdirSync(root, { recursive: true }).sort();
    await plan(root);
    expect(fs.readdirSync(root, { recursive: true }).sort()).toEqual(before);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
