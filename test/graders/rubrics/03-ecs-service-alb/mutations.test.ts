// Lab 03 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves. The harness is test/helpers/mutation-table.ts.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions } from '../../../../graders/engine/grade.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/03-ecs-service-alb.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import { describeMutations, inTemplate, type Mutation } from '../../../helpers/mutation-table.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { withTypedNetwork } from '../../rules/ecs-service/templates.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const table: readonly Mutation[] = [
  {
    item: 'container-insights',
    name: 'Container Insights switched off on the cluster',
    mutate: inTemplate(
      '        - Name: containerInsights\n          Value: enabled\n',
      '        - Name: containerInsights\n          Value: disabled\n',
    ),
  },
  {
    item: 'private-fargate-service',
    name: 'the service gives its tasks public IPs',
    mutate: inTemplate('AssignPublicIp: DISABLED', 'AssignPublicIp: ENABLED'),
  },
  {
    item: 'alb-public-subnets',
    name: 'the internet-facing ALB is put in the private subnets',
    mutate: inTemplate(
      '      Subnets:\n        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n',
      '      Subnets:\n        - !Ref PrivateSubnetA\n        - !Ref PrivateSubnetB\n',
    ),
  },
  {
    item: 'ip-target-group',
    name: "the target group keeps the default 'instance' target type",
    mutate: inTemplate('      TargetType: ip\n', '      TargetType: instance\n'),
  },
  {
    item: 'https-listener',
    name: 'the HTTP listener forwards to the tasks instead of redirecting to HTTPS (Security Hub ELB.1)',
    mutate: inTemplate(
      "        - Type: redirect\n          RedirectConfig:\n            Protocol: HTTPS\n            Port: '443'\n            StatusCode: HTTP_301\n",
      '        - Type: forward\n          TargetGroupArn: !Ref TargetGroup\n',
    ),
  },
  {
    item: 'service-security-group',
    name: 'the service admits the container port from the VPC CIDR instead of the ALB security group',
    mutate: inTemplate(
      '      SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n',
      '      CidrIp: 10.0.0.0/16\n',
    ),
  },
  {
    item: 'safe-deployments',
    name: 'the circuit breaker does not roll back',
    mutate: inTemplate('          Rollback: true\n', '          Rollback: false\n'),
  },
  {
    item: 'health-check-grace-period',
    name: 'the service has no health-check grace period',
    mutate: inTemplate('      HealthCheckGracePeriodSeconds: 60\n', ''),
  },
  {
    item: 'multi-az-tasks',
    name: 'the service runs a single task',
    mutate: inTemplate('      DesiredCount: 2\n', '      DesiredCount: 1\n'),
  },
  {
    item: 'efs-storage',
    name: 'the EFS volume is mounted without encryption in transit',
    mutate: inTemplate(
      '            TransitEncryption: ENABLED\n',
      '            TransitEncryption: DISABLED\n',
    ),
  },
];

/**
 * More mistakes for items the table already covers. The table holds exactly one row per item, so these sit
 * apart; each is graded in the same run and checked the same way: its item loses points, no other item moves.
 */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'ip-target-group',
    name: "the target group health-checks '/status', which the app answers with 404",
    mutate: inTemplate('      HealthCheckPath: /health\n', '      HealthCheckPath: /status\n'),
  },
  {
    item: 'ip-target-group',
    name: "the target group health-checks '/', the greeting page, which answers even when the app cannot serve",
    mutate: inTemplate('      HealthCheckPath: /health\n', '      HealthCheckPath: /\n'),
  },
  {
    item: 'ip-target-group',
    name: "the target group health-checks '/health?probe=1': the app matches the whole URL, so it answers 404",
    mutate: inTemplate('      HealthCheckPath: /health\n', "      HealthCheckPath: '/health?probe=1'\n"),
  },
  {
    item: 'https-listener',
    name: "the HTTPS listener keeps CloudFormation's default policy ELBSecurityPolicy-2016-08",
    mutate: inTemplate('      SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09\n', ''),
  },
  {
    item: 'alb-public-subnets',
    name: "the load balancer is 'Scheme: internal', so nothing outside the VPC can reach it",
    mutate: inTemplate('      Scheme: internet-facing\n', '      Scheme: internal\n'),
    // With no internet-facing load balancer left, the HTTPS item has nothing to grade and earns nothing.
    alsoAffects: ['https-listener'],
  },
  {
    item: 'service-security-group',
    name: 'the service admits the listener port 80 from the ALB security group, not container port 8080',
    mutate: inTemplate(
      '      FromPort: !Ref ContainerPort\n      ToPort: !Ref ContainerPort\n',
      '      FromPort: 80\n      ToPort: 80\n',
    ),
  },
  {
    item: 'service-security-group',
    name: "the service admits all traffic ('IpProtocol: -1') from the ALB security group",
    mutate: inTemplate(
      '      IpProtocol: tcp\n      FromPort: !Ref ContainerPort\n      ToPort: !Ref ContainerPort\n',
      "      IpProtocol: '-1'\n",
    ),
  },
];

describeMutations(lab, table, moreMistakes);

/**
 * Accepted alternatives: correct work in another valid style keeps every point. Lab 03 gives the network rather
 * than asking for it, so a template that takes its VPC and subnets as typed parameters ('AWS::EC2::VPC::Id',
 * 'List<AWS::EC2::Subnet::Id>'), as AWS's reference architectures do, loses nothing.
 */
describe.skipIf(!HAS_SOLUTIONS)(
  `${lab.id} accepted alternatives`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const alternatives = {
      'the network taken from typed parameters (AWS reference-architecture style)': withTypedNetwork,
    } as const;
    // Absent in the published learner template, where these tests skip.
    const reference = HAS_SOLUTIONS
      ? fs.readFileSync(path.join(REPO, 'test/fixtures/solutions/labs', lab.id, 'template.yaml'), 'utf8')
      : '';
    const needsLint = new Set(lab.items.filter((i) => (i.cfnLint ?? []).length > 0).map((i) => i.id));
    const reports = new Map<string, LabReport>();

    beforeAll(async () => {
      const names = Object.keys(alternatives) as (keyof typeof alternatives)[];
      const roots = names.map((n) =>
        makeTree({ [`labs/${lab.id}/template.yaml`]: alternatives[n](reference) }),
      );
      const graded = await gradeSubmissions(roots, { labs: [lab], rules: RULES, lint: HAS_CFN_LINT });
      names.forEach((n, i) => reports.set(n, graded[i]!.labs[0]!));
    }, 120_000);

    it.each(Object.keys(alternatives))('%s keeps every point', (name) => {
      const report = reports.get(name)!;
      // Without cfn-lint the items it grades are skipped (0 points) in every copy, the reference's included.
      const lost = report.items
        .filter((i) => i.earned !== (HAS_CFN_LINT || !needsLint.has(i.id) ? i.points : 0))
        .map(
          (i) =>
            `${i.id}: ${i.status} ${i.earned}/${i.points} ${i.findings.map((f) => f.message).join(' | ')}`,
        );
      expect(lost).toEqual([]);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
