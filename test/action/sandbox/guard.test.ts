// The guard: one refused template per rule (each refusal names the resource and the reason, at its line), the
// reference solutions that must pass, and the cost estimate against figures computed by hand.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CfnTemplateDoc } from '../../../graders/engine/types.js';
import { estimateCost } from '../../../action/sandbox/cost.js';
import { GUARD_RULE, guardTemplate, MAX_TEMPLATE_BYTES } from '../../../action/sandbox/guard.js';
import { policyFor, type LabPolicy } from '../../../action/sandbox/policy.js';
import { FARGATE_ON_DEMAND } from '../../../graders/rules/fargate-capacity/prices.js';
import {
  FARGATE_ALB,
  LAB03,
  LAB03_SOLUTION,
  jsonTemplate,
  loadTemplate,
  settingsFrom,
  templateDoc,
} from './support.js';
import { REPO } from '../../helpers/tmp.js';

const lab03 = policyFor(LAB03) as Extract<LabPolicy, { deployable: true }>;

function guard(doc: CfnTemplateDoc, inputs: Record<string, string> = {}, labId = LAB03) {
  const s = settingsFrom(inputs);
  const policy = policyFor(labId) as Extract<LabPolicy, { deployable: true }>;
  return guardTemplate(doc, {
    labId,
    policy,
    caps: s.caps,
    budgetUsd: s.budgetUsd,
    timeoutMinutes: s.timeoutMinutes,
    parameters: s.parameters,
  });
}

const solution = (lab: string) => path.join(REPO, 'test/fixtures/solutions/labs', lab, 'template.yaml');
/** What an instructor running labs 04 and 07 against a shared sandbox VPC would configure. */
const SANDBOX_VPC = JSON.stringify({
  VpcId: 'vpc-0123456789abcdef0',
  PrivateSubnetIds: 'subnet-0aaa,subnet-0bbb',
  ServiceSecurityGroupId: 'sg-0ccc',
});

const ROLE_TRUST = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' },
  ],
};

/** A role whose inline policy has one statement. */
const roleWith = (statement: Record<string, unknown>) => ({
  Resources: {
    TaskRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: ROLE_TRUST,
        Policies: [{ PolicyName: 'p', PolicyDocument: { Version: '2012-10-17', Statement: [statement] } }],
      },
    },
  },
});

const roleTrusting = (principal: unknown) => ({
  Resources: {
    TaskRole: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Version: '2012-10-17',
          Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole' }],
        },
      },
    },
  },
});

const fargate = (props: Record<string, unknown>, service: Record<string, unknown> = {}) => ({
  Resources: {
    Cluster: { Type: 'AWS::ECS::Cluster' },
    TaskDefinition: {
      Type: 'AWS::ECS::TaskDefinition',
      Properties: {
        Cpu: '256',
        Memory: '512',
        NetworkMode: 'awsvpc',
        RequiresCompatibilities: ['FARGATE'],
        ContainerDefinitions: [{ Name: 'web', Image: 'nginx:1.27' }],
        ...props,
      },
    },
    Service: {
      Type: 'AWS::ECS::Service',
      Properties: {
        Cluster: { Ref: 'Cluster' },
        TaskDefinition: { Ref: 'TaskDefinition' },
        DesiredCount: 1,
        ...service,
      },
    },
  },
});

const ids = (r: { refusals: { ruleId: string }[] }) => r.refusals.map((f) => f.ruleId);

describe('templates the guard accepts', () => {
  it('accepts the lab 03 reference solution and the sandbox fixture', () => {
    expect(guard(loadTemplate(LAB03_SOLUTION)).refusals).toEqual([]);
    expect(guard(loadTemplate(FARGATE_ALB)).refusals).toEqual([]);
  });

  it('accepts every other reference solution, given the sandbox VPC parameters an instructor configures', () => {
    const labs = ['04-fargate-cost-capacity', '05-ecr-registry', '06-vpc-networking', '07-service-connect'];
    for (const lab of labs.filter((l) => fs.existsSync(solution(l)))) {
      const r = guard(loadTemplate(solution(lab)), { 'deploy-parameters': SANDBOX_VPC }, lab);
      expect(
        r.refusals.map((f) => f.message),
        lab,
      ).toEqual([]);
    }
  });

  it('reads supplied parameter values in place of the Defaults', () => {
    const doc = jsonTemplate({
      ...fargate({}, { DesiredCount: { Ref: 'Count' } }),
      Parameters: { Count: { Type: 'Number', Default: 1 } },
    });
    expect(ids(guard(doc))).toEqual([]);
    expect(ids(guard(doc, { 'deploy-parameters': '{"Count": "6"}' }))).toEqual([GUARD_RULE.desired]);
  });

  it('accepts a role trusted by its own account, written the ways CloudFormation allows', () => {
    for (const p of [
      { AWS: { Ref: 'AWS::AccountId' } },
      { AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } },
      { AWS: { 'Fn::Join': ['', ['arn:aws:iam::', { Ref: 'AWS::AccountId' }, ':root']] } },
      { Service: ['ecs-tasks.amazonaws.com', 'ecs.amazonaws.com'] },
    ]) {
      expect(guard(jsonTemplate(roleTrusting(p))).refusals, JSON.stringify(p)).toEqual([]);
    }
  });

  it('accepts a least-privilege inline policy', () => {
    const doc = jsonTemplate(roleWith({ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: '*' }));
    expect(guard(doc).refusals).toEqual([]);
  });
});

describe('one refused template per rule', () => {
  it(`${GUARD_RULE.size}: a template over ${MAX_TEMPLATE_BYTES} bytes`, () => {
    const doc = jsonTemplate({
      Metadata: { Notes: 'x'.repeat(MAX_TEMPLATE_BYTES) },
      Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } },
    });
    expect(ids(guard(doc))).toEqual([GUARD_RULE.size]);
  });

  it(`${GUARD_RULE.transform}: a macro`, () => {
    const doc = jsonTemplate({
      Transform: 'AWS::Serverless-2016-10-31',
      Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } },
    });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.transform]);
    expect(r.refusals[0]?.message).toContain("'Transform'");
  });

  it(`${GUARD_RULE.parameter}: a parameter with no Default`, () => {
    const doc = jsonTemplate({
      Parameters: { ImageUri: { Type: 'String' } },
      Resources: { Cluster: { Type: 'AWS::ECS::Cluster' } },
    });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.parameter]);
    expect(r.refusals[0]?.message).toContain("Parameter 'ImageUri' has no 'Default'");
    // A value the instructor supplies counts as one.
    expect(ids(guard(doc, { 'deploy-parameters': '{"ImageUri": "nginx:1.27"}' }))).toEqual([]);
  });

  it(`${GUARD_RULE.credentials}: an IAM user with a login profile, and an access key`, () => {
    const doc = templateDoc(
      'template.yaml',
      [
        'Resources:',
        '  Student:',
        '    Type: AWS::IAM::User',
        '    Properties:',
        '      LoginProfile:',
        '        Password: hunter2hunter2',
        '  StudentKey:',
        '    Type: AWS::IAM::AccessKey',
        '    Properties:',
        '      UserName: !Ref Student',
        '',
      ].join('\n'),
    );
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.credentials, GUARD_RULE.credentials, GUARD_RULE.credentials]);
    const [user, key, login] = r.refusals;
    expect(user).toMatchObject({ file: 'template.yaml', line: 3, severity: 'error' });
    expect(user?.message).toContain("Resource 'Student' creates an IAM user ('AWS::IAM::User')");
    expect(key).toMatchObject({ line: 8 });
    expect(key?.message).toContain("'StudentKey' creates an access key");
    expect(login).toMatchObject({ line: 5 });
    expect(login?.message).toContain("'Student' sets a 'LoginProfile'");
  });

  it(`${GUARD_RULE.adminPolicy}: '*' on '*'`, () => {
    const r = guard(jsonTemplate(roleWith({ Effect: 'Allow', Action: '*', Resource: '*' })));
    expect(ids(r)).toEqual([GUARD_RULE.adminPolicy]);
    expect(r.refusals[0]?.message).toContain("'TaskRole' allows '*' on '*'");
  });

  it(`${GUARD_RULE.adminPolicy}: 'iam:*' on any resource, in a separate policy resource`, () => {
    const doc = jsonTemplate({
      Resources: {
        Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: ROLE_TRUST } },
        Escalate: {
          Type: 'AWS::IAM::Policy',
          Properties: {
            PolicyName: 'p',
            Roles: [{ Ref: 'Role' }],
            PolicyDocument: {
              Statement: {
                Effect: 'Allow',
                Action: ['s3:GetObject', 'IAM:*'],
                Resource: 'arn:aws:iam::*:role/x',
              },
            },
          },
        },
      },
    });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.adminPolicy]);
    expect(r.refusals[0]?.message).toContain("'Escalate' allows 'iam:*'");
  });

  it(`${GUARD_RULE.adminPolicy}: Allow with NotAction on every resource, and AdministratorAccess`, () => {
    expect(
      ids(guard(jsonTemplate(roleWith({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' })))),
    ).toEqual([GUARD_RULE.adminPolicy]);
    const doc = jsonTemplate({
      Resources: {
        Role: {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: ROLE_TRUST,
            ManagedPolicyArns: [{ 'Fn::Sub': 'arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess' }],
          },
        },
      },
    });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.adminPolicy]);
    expect(r.refusals[0]?.message).toContain("'AdministratorAccess'");
  });

  it(`${GUARD_RULE.trust}: a trust policy open to everyone`, () => {
    expect(ids(guard(jsonTemplate(roleTrusting('*'))))).toEqual([GUARD_RULE.trust]);
    const r = guard(jsonTemplate(roleTrusting({ AWS: '*' })));
    expect(ids(r)).toEqual([GUARD_RULE.trust]);
    expect(r.refusals[0]?.message).toContain("Role 'TaskRole' trusts every AWS account");
  });

  it(`${GUARD_RULE.trust}: a trust policy open to another account or a federated identity`, () => {
    const r = guard(jsonTemplate(roleTrusting({ AWS: 'arn:aws:iam::999988887777:root' })));
    expect(ids(r)).toEqual([GUARD_RULE.trust]);
    expect(r.refusals[0]?.message).toContain("'arn:aws:iam::999988887777:root'");
    expect(
      ids(guard(jsonTemplate(roleTrusting({ Federated: 'token.actions.githubusercontent.com' })))),
    ).toEqual([GUARD_RULE.trust]);
  });

  it(`${GUARD_RULE.type}: a resource type outside the lab's allow-list`, () => {
    const doc = jsonTemplate({ Resources: { Db: { Type: 'AWS::RDS::DBInstance', Properties: {} } } });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.type]);
    expect(r.refusals[0]?.message).toContain(
      `Resource 'Db' has type 'AWS::RDS::DBInstance', which the sandbox does not deploy for lab '${LAB03}'`,
    );
    // EFS is lab 03's; lab 05 (ECR) may not create it.
    const efs = jsonTemplate({ Resources: { Fs: { Type: 'AWS::EFS::FileSystem' } } });
    expect(ids(guard(efs))).toEqual([]);
    expect(ids(guard(efs, {}, '05-ecr-registry'))).toEqual([GUARD_RULE.type]);
  });

  it(`${GUARD_RULE.desired}: DesiredCount above the cap, computed, or an auto-scaling maximum above it`, () => {
    const r = guard(jsonTemplate(fargate({}, { DesiredCount: 5 })));
    expect(ids(r)).toEqual([GUARD_RULE.desired]);
    expect(r.refusals[0]?.message).toContain(
      "Service 'Service' asks for DesiredCount 5; the sandbox runs at most 4",
    );
    expect(
      ids(guard(jsonTemplate(fargate({}, { DesiredCount: 5 })), { 'deploy-max-desired-count': '5' })),
    ).toEqual([]);
    const computed = fargate({}, { DesiredCount: { 'Fn::If': ['Prod', 4, 1] } });
    expect(ids(guard(jsonTemplate(computed)))).toEqual([GUARD_RULE.desired]);
    const scaling = {
      Resources: {
        ScalableTarget: {
          Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
          Properties: {
            ServiceNamespace: 'ecs',
            MinCapacity: 2,
            MaxCapacity: 10,
            ScalableDimension: 'ecs:service:DesiredCount',
            ResourceId: 'service/c/s',
          },
        },
      },
    };
    expect(ids(guard(jsonTemplate(scaling), {}, '09-auto-scaling'))).toEqual([GUARD_RULE.desired]);
  });

  it(`${GUARD_RULE.taskSize}: a Fargate task above the CPU and memory caps, or with no size`, () => {
    const r = guard(jsonTemplate(fargate({ Cpu: '4 vCPU', Memory: '8192' })));
    expect(ids(r)).toEqual([GUARD_RULE.taskSize, GUARD_RULE.taskSize]);
    expect(r.refusals[0]?.message).toContain("asks for Cpu '4096'; the sandbox allows at most '1024'");
    expect(r.refusals[1]?.message).toContain("Memory '8192' MiB");
    const unsized = fargate({ Cpu: undefined, Memory: undefined });
    expect(ids(guard(jsonTemplate(unsized)))).toEqual([GUARD_RULE.taskSize]);
  });

  it(`${GUARD_RULE.nat}: more NAT gateways than the lab allows`, () => {
    const nat = (n: string) => ({
      Type: 'AWS::EC2::NatGateway',
      Properties: { SubnetId: 'subnet-1', AllocationId: n },
    });
    const r = guard(jsonTemplate({ Resources: { NatA: nat('a'), NatB: nat('b') } }));
    expect(ids(r)).toEqual([GUARD_RULE.nat]);
    expect(r.refusals[0]?.message).toContain(
      "2 NAT gateways ('NatA', 'NatB'); lab '03-ecs-service-alb' may create at most 1",
    );
    expect(
      ids(guard(jsonTemplate({ Resources: { NatA: nat('a'), NatB: nat('b') } }), {}, '06-vpc-networking')),
    ).toEqual([]);
  });

  it(`${GUARD_RULE.loadBalancers}: more load balancers than the lab allows`, () => {
    const lb = {
      Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
      Properties: { Scheme: 'internal', Subnets: ['a', 'b'] },
    };
    const r = guard(jsonTemplate({ Resources: { PublicAlb: lb, AdminAlb: lb } }));
    expect(ids(r)).toEqual([GUARD_RULE.loadBalancers]);
    expect(r.refusals[0]?.message).toContain("('PublicAlb', 'AdminAlb')");
  });

  it(`${GUARD_RULE.retain}: a resource that would outlive teardown`, () => {
    const doc = jsonTemplate({
      Resources: { Logs: { Type: 'AWS::Logs::LogGroup', DeletionPolicy: 'Retain' } },
    });
    const r = guard(doc);
    expect(ids(r)).toEqual([GUARD_RULE.retain]);
    expect(r.refusals[0]?.message).toContain("'Logs' has DeletionPolicy 'Retain'");
  });

  it(`${GUARD_RULE.budget}: an estimate above the per-run budget`, () => {
    const r = guard(loadTemplate(LAB03_SOLUTION), { 'deploy-budget-usd': '0.10' });
    expect(ids(r)).toEqual([GUARD_RULE.budget]);
    expect(r.refusals[0]?.message).toContain(
      'estimated at $0.1140 ($0.1152 per hour for up to 57 minutes), above the per-run budget of $0.1000',
    );
    expect(r.refusals[0]?.message).toContain("'NatGateway' NAT gateway $0.0450/hour");
  });
});

describe('cost estimate', () => {
  it('matches a hand computation for the lab 03 reference solution', () => {
    const e = estimateCost(loadTemplate(LAB03_SOLUTION).template, 20);
    // Fargate: 2 tasks × (0.25 vCPU × $0.04048 + 0.5 GB × $0.004445) = $0.024685/hour, billed per second.
    // ALB $0.0225 + 1 LCU $0.008 = $0.0305; NAT $0.045; public IPv4: 2 for the ALB's subnets + 1 EIP = 3 × $0.005.
    expect(e.lines.map((l) => [l.logicalId, l.usdPerHour])).toEqual([
      ['Service', expect.closeTo(0.024685, 10)],
      ['LoadBalancer', expect.closeTo(0.0305, 10)],
      ['LoadBalancer', expect.closeTo(0.01, 10)],
      ['NatGateway', expect.closeTo(0.045, 10)],
      ['NatAddress', expect.closeTo(0.005, 10)],
    ]);
    expect(e.hourlyUsd).toBeCloseTo(0.115185, 10);
    // 20 min create + 17 min verify + 20 min delete = 57 min: Fargate for 57/60 h, the rest for one started hour.
    expect(e.runMinutes).toBe(57);
    expect(e.runUsd).toBeCloseTo(0.024685 * (57 / 60) + 0.0905, 10);
    expect(e.runUsd).toBeCloseTo(0.11395075, 10);
  });

  it('bills started hours for load balancers and NAT gateways once a run passes the hour', () => {
    const e = estimateCost(loadTemplate(LAB03_SOLUTION).template, 60);
    expect(e.runMinutes).toBe(97);
    expect(e.runUsd).toBeCloseTo(0.024685 * (97 / 60) + 0.0905 * 2, 10);
  });

  it("uses the Graviton rate from lab 04's price table, and counts ephemeral storage above 20 GiB", () => {
    const doc = jsonTemplate(
      fargate(
        {
          Cpu: '1024',
          Memory: '2048',
          RuntimePlatform: { CpuArchitecture: 'ARM64' },
          EphemeralStorage: { SizeInGiB: 30 },
        },
        { DesiredCount: 2 },
      ),
    );
    const e = estimateCost(doc.template, 20);
    expect(FARGATE_ON_DEMAND.ARM64).toEqual({ vcpuHour: 0.03238, gbHour: 0.00356 });
    // 2 × (1 × 0.03238 + 2 × 0.00356 + 10 GiB × 0.000111) = 2 × 0.04061
    expect(e.hourlyUsd).toBeCloseTo(0.08122, 10);
    expect(e.lines[0]?.what).toBe('2 Fargate tasks (1 vCPU, 2 GB, ARM64, 10 GiB extra storage)');
  });

  it('says which costly resources it could not price', () => {
    const e = estimateCost(
      jsonTemplate(fargate({}, { DesiredCount: { 'Fn::If': ['C', 1, 2] } })).template,
      20,
    );
    expect(e.notEstimated).toEqual(['Service']);
  });
});

describe('lab policies', () => {
  it('lists every type the reference solution uses for lab 03, and refuses to deploy lab 12', () => {
    expect(lab03.maxNatGateways).toBe(1);
    expect(policyFor('12-eks-workload')).toMatchObject({ deployable: false });
    expect(policyFor('99-unknown')).toBeUndefined();
    expect(policyFor('constructor')).toBeUndefined();
  });
});
