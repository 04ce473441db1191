// Lab 06 graded on its own: the reference solution earns 30/30, the starter almost nothing, and the
// common-mistakes submission loses exactly the items its mistakes touch. (test/labs/golden.test.ts runs the
// same comparison over every registered lab.)
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { LabReport, Rule } from '../../../../graders/engine/types.js';
import lab from '../../../../graders/rubrics/06-vpc-networking.js';
import { ecsServiceRules } from '../../../../graders/rules/ecs-service/index.js';
import { vpcRules } from '../../../../graders/rules/vpc/index.js';
import { HAS_CFN_LINT, CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';

const RULES = [...ecsServiceRules, ...vpcRules] as readonly Rule[];
const grade = async (root: string, lint = HAS_CFN_LINT): Promise<LabReport> =>
  (await gradeSubmission({ root, labs: [lab], rules: RULES, lint })).labs[0]!;
const FILE = `labs/${lab.id}/template.yaml`;
// Absent in the published learner template, where the tests that read it skip.
const solutionText = HAS_SOLUTIONS
  ? fs.readFileSync(path.join(REPO, 'test/fixtures/solutions', FILE), 'utf8')
  : '';
const item = (l: LabReport, id: string) => l.items.find((i) => i.id === id)!;
const unfinished = (l: LabReport) =>
  l.items
    .filter((i) => i.status !== 'passed')
    .map((i) => `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.feedback} ${JSON.stringify(i.findings)}`);

let solution: LabReport;
let starter: LabReport;
let naive: LabReport;

beforeAll(async () => {
  [solution, starter, naive] = await Promise.all([
    grade(path.join(REPO, 'test/fixtures/solutions')),
    grade(REPO),
    grade(path.join(REPO, 'test/fixtures/naive')),
  ]);
}, 60_000);

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} rubric`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('the reference solution scores 30/30', () => {
    expect(unfinished(solution)).toEqual([]);
    expect(solution.score).toBe(30);
  });

  it('the starter earns only its one public subnet and every item is gradable', () => {
    expect(starter.items.filter((i) => i.earned > 0).map((i) => [i.id, i.earned])).toEqual([
      ['public-and-private-subnets', 1.25],
    ]);
    expect(starter.items.filter((i) => i.status === 'not-gradable' || i.status === 'grader-error')).toEqual(
      [],
    );
  });

  it('the common-mistakes submission loses exactly the items its mistakes touch', () => {
    const lost = naive.items.filter((i) => i.status !== 'passed').map((i) => [i.id, i.status, i.earned]);
    expect(lost).toEqual([
      ['no-hard-coded-zones', 'failed', 0],
      ['public-and-private-subnets', 'partial', 3.75],
      ['private-egress', 'partial', 2.5],
      ['flow-logs', 'failed', 0],
      ['service-security-group', 'failed', 0],
    ]);
    expect(naive.score).toBe(16.25);
  });

  it('accepts a NAT gateway instead of VPC endpoints', async () => {
    const start = solutionText.indexOf('  EndpointSecurityGroup:');
    const end = solutionText.indexOf('  # ------', start);
    const nat = [
      '  NatAddress:',
      '    Type: AWS::EC2::EIP',
      '    DependsOn: GatewayAttachment',
      '    Properties:',
      '      Domain: vpc',
      '',
      '  NatGateway:',
      '    Type: AWS::EC2::NatGateway',
      '    Properties:',
      '      AllocationId: !GetAtt NatAddress.AllocationId',
      '      SubnetId: !Ref PublicSubnetA',
      '',
      '  PrivateDefaultRoute:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PrivateRouteTable',
      '      DestinationCidrBlock: 0.0.0.0/0',
      '      NatGatewayId: !Ref NatGateway',
      '',
    ].join('\n');
    const l = await grade(makeTree({ [FILE]: solutionText.slice(0, start) + nat + solutionText.slice(end) }));
    expect(unfinished(l)).toEqual([]);
  });

  it('a NAT gateway placed in a private subnet does not count', async () => {
    const start = solutionText.indexOf('  EndpointSecurityGroup:');
    const end = solutionText.indexOf('  # ------', start);
    const nat = [
      '  NatAddress:',
      '    Type: AWS::EC2::EIP',
      '    Properties:',
      '      Domain: vpc',
      '',
      '  NatGateway:',
      '    Type: AWS::EC2::NatGateway',
      '    Properties:',
      '      AllocationId: !GetAtt NatAddress.AllocationId',
      '      SubnetId: !Ref PrivateSubnetA',
      '',
      '  PrivateDefaultRoute:',
      '    Type: AWS::EC2::Route',
      '    Properties:',
      '      RouteTableId: !Ref PrivateRouteTable',
      '      DestinationCidrBlock: 0.0.0.0/0',
      '      NatGatewayId: !Ref NatGateway',
      '',
    ].join('\n');
    const l = await grade(
      makeTree({ [FILE]: solutionText.slice(0, start) + nat + solutionText.slice(end) }),
      false,
    );
    expect(item(l, 'private-egress').status).toBe('failed');
    expect(item(l, 'private-egress').findings.map((f) => f.message)).toEqual([
      expect.stringContaining("NAT gateway 'NatGateway' sits in subnet 'PrivateSubnetA'"),
    ]);
  });

  it('overlapping subnet CIDRs fail the zones item through cfn-lint E3060', async () => {
    if (!HAS_CFN_LINT) return;
    const l = await grade(
      makeTree({ [FILE]: solutionText.replace('CidrBlock: 10.0.11.0/24', 'CidrBlock: 10.0.10.0/24') }),
    );
    const az = item(l, 'two-availability-zones');
    expect(az.status).toBe('failed');
    expect(az.findings.map((f) => f.ruleId)).toContain('E3060');
  });

  it('SSH open to the world fails both the SSH item and the open-ingress item', async () => {
    const text = solutionText.replace(
      '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n',
      '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n        - Description: SSH\n          IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
    );
    const l = await grade(makeTree({ [FILE]: text }), false);
    expect(
      ['no-ssh-or-rdp', 'no-open-ingress', 'service-security-group'].map((id) => item(l, id).status),
    ).toEqual(['failed', 'failed', 'failed']);
  });
});

describe.skipIf(!HAS_SOLUTIONS)(`${lab.id} input encodings`, { timeout: CFN_LINT_TEST_TIMEOUT_MS }, () => {
  it('CRLF line endings and a UTF-8 BOM grade the same as LF', async () => {
    const l = await grade(makeTree({ [FILE]: '\uFEFF' + solutionText.replace(/\n/g, '\r\n') }));
    expect(unfinished(l)).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
