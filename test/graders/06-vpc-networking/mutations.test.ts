// Lab 06 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves. Every mutated copy is graded in ONE gradeSubmission
// call (one lab clone per row, `labs/mNN-<lab-id>/`), so cfn-lint runs once for the whole table.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../action/engine/grade.js';
import type { ItemReport, Lab, LabReport, RubricItem } from '../../../action/engine/types.js';
import lab from '../../../graders/06-vpc-networking/rubric.js';
import { RULES } from '../../../graders/index.js';
import { HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { REPO, makeTree } from '../../helpers/tmp.js';

/** The lab's files, keyed by their path inside the lab folder. */
type Files = Readonly<Record<string, string>>;

interface Mutation {
  item: string;
  name: string;
  mutate: (files: Files) => Files;
  /** Other items the mutation may also cost, only where no more surgical mistake exists (say why). */
  alsoAffects?: readonly string[];
}

/** Replaces `from` by `to`, throwing unless `from` occurs exactly once, so no row can silently mutate nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at === -1) throw new Error(`mutation target not found: ${JSON.stringify(from)}`);
  if (text.indexOf(from, at + 1) !== -1)
    throw new Error(`mutation target occurs more than once: ${JSON.stringify(from)}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

const TEMPLATE = 'template.yaml';
/** A mutation of the template: replace the one occurrence of `from` by `to`. */
const inTemplate =
  (from: string, to: string) =>
  (files: Files): Files => {
    const text = files[TEMPLATE];
    if (text === undefined) throw new Error(`the solution has no ${TEMPLATE}`);
    return { ...files, [TEMPLATE]: replaceOnce(text, from, to) };
  };

/** Applies mutations in order (a mistake repeated in several places). */
const all =
  (...mutations: readonly ((files: Files) => Files)[]) =>
  (files: Files): Files =>
    mutations.reduce((f, m) => m(f), files);

const table: readonly Mutation[] = [
  {
    item: 'two-availability-zones',
    name: 'a copied subnet keeps its original CidrBlock, so the two private subnets overlap',
    mutate: inTemplate('      CidrBlock: 10.0.11.0/24\n', '      CidrBlock: 10.0.10.0/24\n'),
    // Overlap is seen only by cfn-lint (E3060). The item's own rule, VPC001, fails only when every subnet shares
    // one zone, which also leaves each tier in one zone and so costs public-and-private-subnets too.
  },
  {
    item: 'no-hard-coded-zones',
    name: 'the subnets name us-east-1a and us-east-1b instead of using !GetAZs',
    mutate: all(
      ...[
        ['10.0.0.0/24', 0, 'us-east-1a'],
        ['10.0.1.0/24', 1, 'us-east-1b'],
        ['10.0.10.0/24', 0, 'us-east-1a'],
        ['10.0.11.0/24', 1, 'us-east-1b'],
      ].map(([cidr, index, zone]) =>
        inTemplate(
          `      CidrBlock: ${cidr}\n      AvailabilityZone: !Select [${index}, !GetAZs '']\n`,
          `      CidrBlock: ${cidr}\n      AvailabilityZone: ${zone}\n`,
        ),
      ),
    ),
  },
  {
    item: 'public-and-private-subnets',
    name: 'the second public subnet is never associated with the public route table',
    mutate: inTemplate(
      '  PublicSubnetBRoutes:\n' +
        '    Type: AWS::EC2::SubnetRouteTableAssociation\n' +
        '    Properties:\n' +
        '      SubnetId: !Ref PublicSubnetB\n' +
        '      RouteTableId: !Ref PublicRouteTable\n\n',
      '',
    ),
  },
  {
    item: 'private-egress',
    name: 'there is no CloudWatch Logs endpoint',
    mutate: inTemplate(
      '  LogsEndpoint:\n' +
        '    Type: AWS::EC2::VPCEndpoint\n' +
        '    Properties:\n' +
        '      VpcId: !Ref Vpc\n' +
        "      ServiceName: !Sub 'com.amazonaws.${AWS::Region}.logs'\n" +
        '      VpcEndpointType: Interface\n' +
        '      PrivateDnsEnabled: true\n' +
        '      SubnetIds:\n' +
        '        - !Ref PrivateSubnetA\n' +
        '        - !Ref PrivateSubnetB\n' +
        '      SecurityGroupIds:\n' +
        '        - !GetAtt EndpointSecurityGroup.GroupId\n\n',
      '',
    ),
  },
  {
    item: 'no-open-ingress',
    name: 'the endpoint security group admits HTTPS from 0.0.0.0/0 instead of the service security group',
    mutate: inTemplate(
      '          SourceSecurityGroupId: !GetAtt ServiceSecurityGroup.GroupId\n',
      '          CidrIp: 0.0.0.0/0\n',
    ),
  },
  {
    item: 'no-ssh-or-rdp',
    name: 'the load balancer security group also opens SSH to the internet "for debugging"',
    mutate: inTemplate(
      '          CidrIp: 0.0.0.0/0\n',
      '          CidrIp: 0.0.0.0/0\n' +
        '        - Description: SSH for debugging\n' +
        '          IpProtocol: tcp\n' +
        '          FromPort: 22\n' +
        '          ToPort: 22\n' +
        '          CidrIp: 0.0.0.0/0\n',
    ),
    // VPC004 (no-open-ingress) flags every internet-open rule except TCP 80/443 on the load balancer's group,
    // and VPC005 only looks at internet-open rules, so no open SSH or RDP rule can break one item alone.
    alsoAffects: ['no-open-ingress'],
  },
  {
    item: 'flow-logs',
    name: 'the flow log has no role to deliver to CloudWatch Logs',
    mutate: inTemplate('      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n', ''),
  },
  {
    item: 'service-security-group',
    name: 'the service admits the container port from the VPC CIDR instead of the ALB security group',
    mutate: inTemplate(
      '          SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n',
      '          CidrIp: 10.0.0.0/16\n',
    ),
  },
];

/**
 * More mistakes for items the table already covers. The table holds exactly one row per item, so these sit
 * apart; each is graded in the same run and checked the same way: its item loses points, no other item moves.
 */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'flow-logs',
    name: "the flow log records only rejected traffic ('TrafficType: REJECT')",
    mutate: inTemplate('      TrafficType: ALL\n', '      TrafficType: REJECT\n'),
  },
  {
    item: 'service-security-group',
    name: 'the service admits every TCP port (0-65535) from the ALB security group',
    mutate: inTemplate(
      '          FromPort: !Ref ContainerPort\n          ToPort: !Ref ContainerPort\n',
      '          FromPort: 0\n          ToPort: 65535\n',
    ),
  },
];

// Without cfn-lint the engine skips every item that lists cfn-lint ids (earned 0), so a row for such an item
// could not tell a costly mutation from a skipped item: those rows are skipped, saying so, and those items are
// expected to be 'skipped' in every copy.
const lintIds = (i: RubricItem): readonly string[] => i.cfnLint ?? [];
const needsLint = (i: RubricItem) => lintIds(i).length > 0;
const rubricItem = (id: string): RubricItem => {
  const i = lab.items.find((x) => x.id === id);
  if (!i) throw new Error(`no rubric item '${id}' in ${lab.id}`);
  return i;
};
/** What an untouched item earns in this run: full points, or 0 when it is skipped for want of cfn-lint. */
const fullEarned = (i: ItemReport): number => (HAS_CFN_LINT || !needsLint(rubricItem(i.id)) ? i.points : 0);
const describeItem = (i: ItemReport) =>
  `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => `${f.ruleId} ${f.message}`).join(' | ')}`;

const BASE_ID = `m--${lab.id}`;
const cloneId = (prefix: string, n: number) => `${prefix}${String(n).padStart(2, '0')}-${lab.id}`;
const toCase = (prefix: string) => (row: Mutation, n: number) => {
  const ids = lintIds(rubricItem(row.item));
  const skip = !HAS_CFN_LINT && ids.length > 0;
  const title = `${row.item}: ${row.name}${skip ? ` (skipped: cfn-lint not installed; the item is graded with cfn-lint ${ids.join(', ')})` : ''}`;
  return { ...row, title, skip, labId: cloneId(prefix, n) };
};
const cases = table.map(toCase('m'));
const moreCases = moreMistakes.map(toCase('x'));

const solutionDir = path.join(REPO, 'test/fixtures/solutions/labs', lab.id);
const solution: Files = Object.fromEntries(
  fs
    .readdirSync(solutionDir, { withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => [e.name, fs.readFileSync(path.join(solutionDir, e.name), 'utf8')]),
);

const reports = new Map<string, LabReport>();
const reportOf = (id: string): LabReport => {
  const r = reports.get(id);
  if (!r) throw new Error(`no report for lab '${id}'`);
  return r;
};

beforeAll(async () => {
  const tree: Record<string, string> = {};
  const labs: Lab[] = [];
  const add = (id: string, files: Files) => {
    labs.push({ ...lab, id });
    for (const [rel, text] of Object.entries(files)) tree[`labs/${id}/${rel}`] = text;
  };
  add(BASE_ID, solution);
  for (const c of [...cases, ...moreCases]) add(c.labId, c.mutate(solution));
  const report = await gradeSubmission({ root: makeTree(tree), labs, rules: RULES, lint: HAS_CFN_LINT });
  for (const l of report.labs) reports.set(l.id, l);
}, 120_000);

describe(`${lab.id} mutations`, () => {
  it('the table has exactly one row per rubric item', () => {
    expect(table.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
  });

  it('the unmutated copy earns every point it can in this run', () => {
    const l = reportOf(BASE_ID);
    expect(l.items.filter((i) => i.earned !== fullEarned(i)).map(describeItem)).toEqual([]);
  });

  const check = ({ item, labId, alsoAffects }: (typeof cases)[number]) => {
    const l = reportOf(labId);
    expect(l.items.filter((i) => i.status === 'grader-error').map(describeItem)).toEqual([]);
    const target = l.items.find((i) => i.id === item);
    if (!target) throw new Error(`no item '${item}' in the report`);
    expect(target.earned, describeItem(target)).toBeLessThan(target.points);
    const spared = new Set([item, ...(alsoAffects ?? [])]);
    const others = l.items.filter((i) => !spared.has(i.id));
    expect(others.filter((i) => i.earned !== fullEarned(i)).map(describeItem)).toEqual([]);
  };

  // '%s' on the title, not '$title': vitest shortens interpolated object fields, hiding the skip reason.
  const rows = (list: readonly (typeof cases)[number][], skip: boolean) =>
    list.filter((c) => c.skip === skip).map((c) => [c.title, c] as const);
  it.each(rows(cases, false))('%s', (_title, c) => check(c));
  it.skip.each(rows(cases, true))('%s', (_title, c) => check(c));

  describe('more mistakes for items already covered', () => {
    it.each(rows(moreCases, false))('%s', (_title, c) => check(c));
    it.skip.each(rows(moreCases, true))('%s', (_title, c) => check(c));
  });
});
