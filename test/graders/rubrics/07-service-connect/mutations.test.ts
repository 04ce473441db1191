// Lab 07 mutation table: each rubric item, broken alone in the reference solution by one small, realistic learner
// mistake, must cost points on that item and on no other. Every mutated copy is graded in ONE gradeSubmission call
// (one lab clone per row, `mNN-07-service-connect`), so cfn-lint, when installed, runs once for the whole table.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { Lab, LabReport } from '../../../../graders/engine/types.js';
import lab from '../../../../graders/rubrics/07-service-connect.js';
import { RULES } from '../../../../graders/index.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const LAB_ID = lab.id;
const SOLUTION_DIR = path.join(REPO, 'test/fixtures/solutions/labs', LAB_ID);
// Absent in the published learner template, where these tests skip.
const FILES = HAS_SOLUTIONS ? fs.readdirSync(SOLUTION_DIR) : [];

/** Replaces `from` with `to`, and throws unless `from` occurs exactly once, so no row can silently do nothing. */
function replaceOnce(text: string, from: string, to: string): string {
  const count = text.split(from).length - 1;
  if (count !== 1)
    throw new Error(`replaceOnce: expected exactly one ${JSON.stringify(from)}, found ${count}`);
  return text.replace(from, () => to);
}

interface Row {
  item: string;
  name: string;
  mutate: (text: string) => string;
  /** Other items this mutation may also lower, when no more surgical mutation exists (say why at the row). */
  alsoAffects?: readonly string[];
  /** The mutation is caught only through cfn-lint ids; without cfn-lint the row is skipped. */
  lintOnly?: boolean;
}

// A third service, complete and healthy in every other respect, that the learner did not put in Service Connect.
// Leaving the *front end* out of Service Connect is the more common form of this mistake, but it also (by design)
// costs frontend-client, since SCN007 requires the caller's tasks to resolve the alias; this one is surgical.
const WORKER = `  WorkerTaskDefinition:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: labs-worker
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '256'
      Memory: '512'
      ExecutionRoleArn: !GetAtt ExecutionRole.Arn
      ContainerDefinitions:
        - Name: worker
          Image: !Ref BackendImage
          Essential: true
          HealthCheck:
            Command: [CMD-SHELL, 'test -f /tmp/healthy || exit 1']
            Interval: 15
            Timeout: 5
            Retries: 3
            StartPeriod: 10
          LogConfiguration:
            LogDriver: awslogs
            Options:
              awslogs-group: !Ref LogGroup
              awslogs-region: !Ref AWS::Region
              awslogs-stream-prefix: worker

  WorkerService:
    Type: AWS::ECS::Service
    Properties:
      ServiceName: labs-worker
      Cluster: !Ref Cluster
      LaunchType: FARGATE
      TaskDefinition: !Ref WorkerTaskDefinition
      DesiredCount: 1
      NetworkConfiguration:
        AwsvpcConfiguration:
          AssignPublicIp: DISABLED
          Subnets: !Ref PrivateSubnetIds
          SecurityGroups: [!Ref FrontendSecurityGroup]

Outputs:
`;

const table: Row[] = [
  {
    item: 'fargate-services',
    name: 'the back-end service runs on the EC2 launch type',
    mutate: (t) =>
      replaceOnce(
        t,
        'ServiceName: labs-api\n      Cluster: !Ref Cluster\n      LaunchType: FARGATE\n',
        'ServiceName: labs-api\n      Cluster: !Ref Cluster\n      LaunchType: EC2\n',
      ),
  },
  {
    item: 'namespace',
    name: "the back end names its namespace with '!Ref' (the namespace ID) instead of the ARN",
    mutate: (t) =>
      replaceOnce(
        t,
        'Enabled: true\n        Namespace: !GetAtt Namespace.Arn\n        Services:',
        'Enabled: true\n        Namespace: !Ref Namespace\n        Services:',
      ),
  },
  {
    item: 'service-connect',
    name: 'a third (worker) service is added without Service Connect',
    mutate: (t) => replaceOnce(t, '\nOutputs:\n', `\n${WORKER}`),
  },
  {
    item: 'backend-server',
    name: "the back end publishes PortName 'backend', which its task definition does not name",
    mutate: (t) => replaceOnce(t, '- PortName: api\n', '- PortName: backend\n'),
  },
  {
    item: 'frontend-client',
    name: "the front-end service loses 'DependsOn: BackendService'",
    mutate: (t) =>
      replaceOnce(
        t,
        "    # Service Connect: a client's tasks resolve only the endpoints that exist when they start.\n    DependsOn: BackendService\n",
        '',
      ),
  },
  {
    item: 'health-checks',
    name: "the front end's container health check is deleted",
    mutate: (t) =>
      replaceOnce(
        t,
        `          HealthCheck:
            Command: [CMD-SHELL, 'wget -q -O /dev/null http://localhost:3000/health || exit 1']
            Interval: 15
            Timeout: 5
            Retries: 3
            StartPeriod: 10
`,
        '',
      ),
  },
  {
    item: 'service-connect-logs',
    name: "the front end's proxy log configuration has no 'awslogs-stream-prefix'",
    mutate: (t) => replaceOnce(t, '            awslogs-stream-prefix: web-proxy\n', ''),
  },
];

const cloneId = (i: number) => `m${String(i).padStart(2, '0')}-${LAB_ID}`;
const BASELINE_ID = `base-${LAB_ID}`;
/** Items the engine skips entirely when cfn-lint is off (they name cfn-lint ids). */
const needsLint = new Set(lab.items.filter((i) => (i.cfnLint?.length ?? 0) > 0).map((i) => i.id));

const reports = new Map<string, LabReport>();

beforeAll(async () => {
  const files: Record<string, string> = {};
  const labs: Lab[] = [];
  const addClone = (id: string, mutate: (text: string) => string) => {
    labs.push({ ...lab, id });
    for (const f of FILES) {
      const text = fs.readFileSync(path.join(SOLUTION_DIR, f), 'utf8');
      files[`labs/${id}/${f}`] = f === 'template.yaml' ? mutate(text) : text;
    }
  };
  addClone(BASELINE_ID, (t) => t);
  table.forEach((row, i) => addClone(cloneId(i), row.mutate));
  const root = makeTree(files);
  const report = await gradeSubmission({ root, labs, rules: RULES, lint: HAS_CFN_LINT });
  for (const l of report.labs) reports.set(l.id, l);
}, 120_000);

/** What an unmutated item should earn in this run: full points, or nothing when cfn-lint is off and it needs it. */
const expectedFull = (id: string, points: number) => (!HAS_CFN_LINT && needsLint.has(id) ? 0 : points);

describe.skipIf(!HAS_SOLUTIONS)(
  `${LAB_ID} mutations: one per rubric item`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it('the table covers every rubric item exactly once', () => {
      expect(table.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
    });

    it('the unmutated copy earns full marks on every gradable item', () => {
      const l = reports.get(BASELINE_ID)!;
      expect(l.items.filter((i) => i.status === 'grader-error')).toEqual([]);
      for (const i of l.items)
        expect({ id: i.id, earned: i.earned }).toEqual({ id: i.id, earned: expectedFull(i.id, i.points) });
    });

    // Items that name cfn-lint ids are skipped whole by the engine when cfn-lint is off, so their rows are too.
    const rows = table.map((row, index) => {
      const skip = !HAS_CFN_LINT && (row.lintOnly === true || needsLint.has(row.item));
      const label = `${row.item}: ${row.name}${skip ? ' [skipped: this item needs cfn-lint, which is not installed]' : ''}`;
      return [label, { ...row, index, skip }] as const;
    });

    const run = rows.filter(([, r]) => !r.skip);
    const skipped = rows.filter(([, r]) => r.skip);
    if (skipped.length > 0) it.skip.each(skipped)('%s', () => {});
    if (run.length > 0)
      it.each(run)('%s', (_label, { item, index, alsoAffects }) => {
        const l = reports.get(cloneId(index))!;
        expect(l).toBeDefined();
        expect(
          l.items.filter((i) => i.status === 'grader-error').map((i) => `${i.id}: ${i.feedback}`),
        ).toEqual([]);
        const target = l.items.find((i) => i.id === item)!;
        expect(target).toBeDefined();
        expect(target.earned).toBeLessThan(target.points);
        const allowed = new Set([item, ...(alsoAffects ?? [])]);
        const others = l.items.filter((i) => !allowed.has(i.id));
        expect(others.map((i) => ({ id: i.id, earned: i.earned }))).toEqual(
          others.map((i) => ({ id: i.id, earned: expectedFull(i.id, i.points) })),
        );
      });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
