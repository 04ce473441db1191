// The guard as the sandbox runs it: every SBX rule over the reference solutions (which must pass), refusals in
// rule order with their rule ids, a rule that crashes failing closed, and the cost estimate against figures
// computed by hand. Each rule's own cases are in guard/<rule>.test.ts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CfnTemplateDoc } from '../../../graders/engine/types.js';
import { defineRule } from '../../../graders/engine/define.js';
import { renderMessage } from '../../../graders/engine/run-rule.js';
import { estimateCost } from '../../../action/sandbox/cost.js';
import { GUARD_RULES, guardTemplate, type GuardRule } from '../../../action/sandbox/guard/index.js';
import { FARGATE_ON_DEMAND } from '../../../graders/rules/fargate-capacity/prices.js';
import {
  FARGATE_ALB,
  LAB03,
  LAB03_SOLUTION,
  guardOptions,
  jsonTemplate,
  loadTemplate,
  templateDoc,
} from './support.js';
import { fargate, roleTrusting } from './guard/templates.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../../helpers/tmp.js';

function guard(doc: CfnTemplateDoc, inputs: Record<string, string> = {}, labId = LAB03) {
  return guardTemplate(doc, guardOptions(labId, inputs));
}

const solution = (lab: string) => path.join(REPO, 'test/fixtures/solutions/labs', lab, 'template.yaml');
/**
 * What an instructor would configure: a shared sandbox VPC for labs 04 and 07, for lab 03 the ACM certificate its
 * HTTPS listener serves, and for lab 05 the sandbox roles its repository policy grants (the learner's Defaults
 * name roles whose account the guard cannot know).
 */
const SANDBOX_VPC = JSON.stringify({
  VpcId: 'vpc-0123456789abcdef0',
  PrivateSubnetIds: 'subnet-0aaa1111bbbb2222c,subnet-0ddd3333eeee4444f',
  PublicSubnetIds: 'subnet-0eee5555ffff6666a,subnet-0fff7777aaaa8888b',
  ServiceSecurityGroupId: 'sg-0ccc5555dddd6666e',
  CertificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
  PipelineRoleArn: 'arn:aws:iam::123456789012:role/labs-pipeline',
  ExecutionRoleArn: 'arn:aws:iam::123456789012:role/labs-web-execution',
});

describe.skipIf(!HAS_SOLUTIONS)('templates the guard accepts', () => {
  it('accepts the lab 03 reference solution and the sandbox fixture', () => {
    expect(guard(loadTemplate(LAB03_SOLUTION), { 'deploy-parameters': SANDBOX_VPC }).refusals).toEqual([]);
    expect(guard(loadTemplate(FARGATE_ALB)).refusals).toEqual([]);
  });

  it('accepts every other reference solution, given the sandbox VPC parameters an instructor configures', () => {
    const labs = [
      '04-fargate-cost-capacity',
      '05-ecr-registry',
      '06-vpc-networking',
      '07-service-connect',
      '09-auto-scaling',
      '10-blue-green',
      '11-observability',
    ];
    const present = labs.filter((l) => fs.existsSync(solution(l)));
    expect(present.length, 'reference solutions under test/fixtures/solutions/labs').toBeGreaterThan(0);
    for (const lab of present) {
      const r = guard(loadTemplate(solution(lab)), { 'deploy-parameters': SANDBOX_VPC }, lab);
      expect(
        r.refusals.map((f) => f.message),
        lab,
      ).toEqual([]);
    }
  });
});

describe.skipIf(!HAS_SOLUTIONS)('templates the guard refuses', () => {
  it("refuses lab 05's repository policy when the granted roles are only the learner's Defaults", () => {
    const r = guard(loadTemplate(solution('05-ecr-registry')), {}, '05-ecr-registry');
    expect(r.refusals.map((f) => [f.ruleId, f.messageId])).toEqual([
      ['SBX016', 'otherAccount'],
      ['SBX016', 'otherAccount'],
    ]);
  });
});

describe('guardTemplate', () => {
  it("lists every rule's refusals in rule order, each with its rule id, message and line", () => {
    const doc = templateDoc(
      'template.yaml',
      [
        'Resources:',
        '  Student:',
        '    Type: AWS::IAM::User',
        '  Cluster:',
        '    Type: AWS::ECS::Cluster',
        '  Service:',
        '    Type: AWS::ECS::Service',
        '    Properties:',
        '      Cluster: !Ref Cluster',
        '      DesiredCount: 9',
        '  Logs:',
        '    Type: AWS::Logs::LogGroup',
        '    DeletionPolicy: Retain',
        '',
      ].join('\n'),
    );
    const r = guard(doc);
    expect(r.refusals.map((f) => [f.ruleId, f.messageId, f.line])).toEqual([
      ['SBX004', 'iamUser', 3],
      ['SBX008', 'retained', 13],
      ['SBX009', 'overCap', 10],
    ]);
    const byId = new Map(GUARD_RULES.map((g) => [g.meta.id, g]));
    for (const f of r.refusals) {
      expect(f).toMatchObject({ file: 'template.yaml', severity: 'error' });
      const template = byId.get(f.ruleId)?.meta.messages[f.messageId ?? ''];
      expect(f.message).toBe(renderMessage(template ?? '', f.data));
    }
    expect(r.refusals[2]?.data).toMatchObject({ service: 'Service', count: 9, cap: 4 });
  });

  it("reads the instructor's parameter values in place of the Defaults, for the rules and the estimate", () => {
    const doc = jsonTemplate({
      ...fargate({}, { DesiredCount: { Ref: 'Count' } }),
      Parameters: { Count: { Type: 'Number', Default: 1 } },
    });
    const small = guard(doc);
    const large = guard(doc, { 'deploy-parameters': '{"Count": "6"}' });
    expect(small.refusals).toEqual([]);
    expect(large.refusals.map((f) => f.ruleId)).toEqual(['SBX009']);
    expect(large.estimate.hourlyUsd).toBeCloseTo(6 * small.estimate.hourlyUsd, 10);
  });

  it('fails closed: a rule that crashes throws instead of passing the template', () => {
    const crashes: GuardRule = defineRule({
      meta: { ...GUARD_RULES[0]!.meta, id: 'SBX999', name: 'crashes' },
      check() {
        throw new TypeError('boom in guard rule');
      },
    }) as unknown as GuardRule;
    const doc = jsonTemplate(roleTrusting({ Service: 'ecs-tasks.amazonaws.com' }));
    expect(() => guardTemplate(doc, guardOptions(), [...GUARD_RULES, crashes])).toThrow(
      'guard rule SBX999 crashed: boom in guard rule',
    );
    expect(guardTemplate(doc, guardOptions()).refusals).toEqual([]);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('cost estimate', () => {
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

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
