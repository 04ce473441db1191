// Lab 10 mutation tables: each rubric item, broken alone by one small, realistic learner mistake, costs points, and
// no other item moves; and accepted alternatives keep every point. The lab has two designs, so there are two tables.
// The ECS design (the reference solution) runs on the shared harness (test/helpers/mutation-table.ts); its appspec
// item does not apply to that design (it passes as not applicable whatever the template does), so the shared table
// is given the lab without it. The CodeDeploy design (the second-style solution, template.json and appspec.yaml)
// has a table of its own below that covers all seven items, the appspec among them.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmissions } from '../../../../graders/engine/grade.js';
import type { LabReport } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/10-blue-green.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import {
  describeMutations,
  inFile,
  inTemplate,
  type Files,
  type Mutation,
} from '../../../helpers/mutation-table.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import type { Json } from '../../rules/deployment/templates.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const ecsLab = { ...lab, items: lab.items.filter((i) => i.id !== 'appspec') };

const GREEN =
  '  GreenTargetGroup:\n    Type: AWS::ElasticLoadBalancingV2::TargetGroup\n    Properties:\n      TargetType: ip\n      Protocol: HTTP\n      Port: 8080\n      VpcId: !Ref VpcId\n      HealthCheckPath: /health\n';
const GREEN_DIMENSION = '          Value: !GetAtt GreenTargetGroup.TargetGroupFullName\n';
const WEIGHTED =
  '              - TargetGroupArn: !Ref BlueTargetGroup\n                Weight: 100\n              - TargetGroupArn: !Ref GreenTargetGroup\n                Weight: 0\n';

const table: readonly Mutation[] = [
  {
    item: 'deployment-strategy',
    name: "'Strategy: ROLLING' left in place beside the blue/green settings",
    mutate: inTemplate('        Strategy: BLUE_GREEN\n', '        Strategy: ROLLING\n'),
  },
  {
    item: 'target-groups',
    name: "the green target group checks '/', so a broken green passes",
    mutate: inTemplate(GREEN, GREEN.replace('HealthCheckPath: /health', 'HealthCheckPath: /')),
  },
  {
    item: 'traffic-routes',
    name: 'test traffic goes through the production rule',
    mutate: inTemplate(
      '            TestListenerRule: !Ref TestListenerRule\n',
      '            TestListenerRule: !Ref ProductionListenerRule\n',
    ),
  },
  {
    item: 'bake-time',
    name: 'blue is stopped one minute after the shift',
    mutate: inTemplate('        BakeTimeInMinutes: 10\n', '        BakeTimeInMinutes: 1\n'),
  },
  {
    item: 'alarm-rollback',
    name: "the green alarm watches another stack's target group by name",
    mutate: inTemplate(GREEN_DIMENSION, '          Value: targetgroup/labs-web-green/0123456789abcdef\n'),
  },
  {
    item: 'test-hook',
    name: "the hook names the function by '!Ref', which is its name, not its ARN",
    mutate: inTemplate(
      '          - HookTargetArn: !GetAtt HookFunction.Arn\n',
      '          - HookTargetArn: !Ref HookFunction\n',
    ),
  },
];

const moreMistakes: readonly Mutation[] = [
  {
    item: 'target-groups',
    name: 'the alternate target group is the service’s own',
    mutate: inTemplate(
      '            AlternateTargetGroupArn: !Ref GreenTargetGroup\n',
      '            AlternateTargetGroupArn: !Ref BlueTargetGroup\n',
    ),
  },
  {
    item: 'traffic-routes',
    name: 'both listener rules forward to the blue target group only',
    mutate: (files: Files) => ({
      ...files,
      'template.yaml': files['template.yaml']!.replaceAll(
        WEIGHTED,
        '              - TargetGroupArn: !Ref BlueTargetGroup\n                Weight: 100\n',
      ),
    }),
  },
  {
    item: 'traffic-routes',
    name: 'no role for ECS to move the listener rules with',
    mutate: inTemplate('            RoleArn: !GetAtt LoadBalancerRole.Arn\n', ''),
  },
  {
    item: 'bake-time',
    name: 'no bake time chosen',
    mutate: inTemplate('        BakeTimeInMinutes: 10\n', ''),
  },
  {
    item: 'alarm-rollback',
    name: 'the alarms fail the deployment but do not roll it back',
    mutate: inTemplate(
      '          Enable: true\n          Rollback: true\n        LifecycleHooks:\n',
      '          Enable: true\n          Rollback: false\n        LifecycleHooks:\n',
    ),
  },
  {
    item: 'test-hook',
    name: 'the hook runs only after production traffic has moved',
    mutate: inTemplate(
      '              - POST_TEST_TRAFFIC_SHIFT\n',
      '              - POST_PRODUCTION_TRAFFIC_SHIFT\n',
    ),
  },
  {
    item: 'test-hook',
    name: "ECS is given the function's own role, which it cannot assume",
    mutate: inTemplate(
      '            RoleArn: !GetAtt HookInvokeRole.Arn\n',
      '            RoleArn: !GetAtt HookFunctionRole.Arn\n',
    ),
  },
];

describeMutations(ecsLab, table, moreMistakes);

const alternatives: readonly Alternative[] = [
  {
    name: 'a linear strategy that moves a quarter of production traffic at a time',
    rewrite: inTemplate(
      '        Strategy: BLUE_GREEN\n',
      '        Strategy: LINEAR\n        LinearConfiguration:\n          StepPercent: 25\n          StepBakeTimeInMinutes: 2\n',
    ),
  },
  {
    name: 'the test rule on a second listener, on port 8080',
    rewrite: (files) =>
      inTemplate(
        '  TestListenerRule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref Listener\n      Priority: 5\n      Conditions:\n        - Field: http-header\n          HttpHeaderConfig:\n            HttpHeaderName: X-Labs-Route\n            Values:\n              - test\n',
        "  TestListener:\n    Type: AWS::ElasticLoadBalancingV2::Listener\n    Properties:\n      LoadBalancerArn: !Ref LoadBalancer\n      Protocol: HTTP\n      Port: 8080\n      DefaultActions:\n        - Type: fixed-response\n          FixedResponseConfig:\n            StatusCode: '404'\n\n  TestListenerRule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref TestListener\n      Priority: 10\n      Conditions:\n        - Field: path-pattern\n          PathPatternConfig:\n            Values:\n              - /*\n",
      )(files),
  },
  {
    name: "an alarm's dimension built with '!Sub'",
    rewrite: inTemplate(GREEN_DIMENSION, "          Value: !Sub '${GreenTargetGroup.TargetGroupFullName}'\n"),
  },
  {
    name: 'an alarm named by its literal AlarmName',
    rewrite: (files) =>
      inTemplate(
        '      AlarmDescription: Targets of the green target group answer with 5xx errors\n',
        '      AlarmName: labs-web-green-5xx\n      AlarmDescription: Targets of the green target group answer with 5xx errors\n',
      )(
        inTemplate(
          '            - !Ref GreenTargetErrorsAlarm\n',
          '            - labs-web-green-5xx\n',
        )(files),
      ),
  },
  {
    name: "the hook's invoke permission in a separate AWS::IAM::Policy",
    rewrite: inTemplate(
      "      Policies:\n        - PolicyName: invoke-hook\n          PolicyDocument:\n            Version: '2012-10-17'\n            Statement:\n              - Effect: Allow\n                Action: lambda:InvokeFunction\n                Resource: !GetAtt HookFunction.Arn\n",
      "\n  HookInvokePolicy:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: invoke-hook\n      Roles:\n        - !Ref HookInvokeRole\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: lambda:InvokeFunction\n            Resource: !GetAtt HookFunction.Arn\n",
    ),
  },
  {
    name: 'the hook while test traffic shifts',
    rewrite: inTemplate('              - POST_TEST_TRAFFIC_SHIFT\n', '              - TEST_TRAFFIC_SHIFT\n'),
  },
];

describeAlternatives(ecsLab, alternatives);

// ---------------------------------------------------------------------------------------------
// The CodeDeploy design: one mistake per item in the second-style solution, each costing its item alone.

const CD_DIR = path.join(REPO, 'test/fixtures/alternatives/labs', lab.id);
// Absent in the published learner template, where these tests skip.
const cdText = (name: string): string =>
  HAS_SOLUTIONS ? fs.readFileSync(path.join(CD_DIR, name), 'utf8') : '';
const cdFiles: Files = {
  'template.json': cdText('template.json'),
  'appspec.yaml': cdText('appspec.yaml'),
};
/** An edit of the parsed template.json. */
const inJson =
  (change: (t: Json) => void) =>
  (files: Files): Files => {
    const t = JSON.parse(files['template.json']!) as Json;
    change(t);
    return { ...files, 'template.json': JSON.stringify(t, null, 2) };
  };
const dg = (t: Json): Json => t['Resources'].DeploymentGroup.Properties as Json;

const codeDeployTable: readonly Mutation[] = [
  {
    item: 'deployment-strategy',
    name: 'an in-place deployment style',
    mutate: inJson((t) => {
      dg(t).DeploymentStyle.DeploymentType = 'IN_PLACE';
    }),
  },
  {
    item: 'target-groups',
    name: "the green target group checks '/'",
    mutate: inJson((t) => {
      t['Resources'].GreenTargetGroup.Properties.HealthCheckPath = '/';
    }),
  },
  {
    item: 'traffic-routes',
    name: 'test traffic goes through the production listener',
    mutate: inJson((t) => {
      dg(t).LoadBalancerInfo.TargetGroupPairInfoList[0].TestTrafficRoute.ListenerArns = [
        { Ref: 'ProductionListener' },
      ];
    }),
  },
  {
    item: 'bake-time',
    name: 'the blue task set is terminated a minute after the shift',
    mutate: inJson((t) => {
      t['Parameters'].BlueTerminationWaitMinutes.Default = 1;
    }),
  },
  {
    item: 'alarm-rollback',
    name: 'CodeDeploy stops on alarms but does not roll back',
    mutate: inJson((t) => {
      dg(t).AutoRollbackConfiguration.Events = ['DEPLOYMENT_FAILURE'];
    }),
  },
  {
    item: 'test-hook',
    name: 'the appspec hooks nothing to AfterAllowTestTraffic',
    mutate: inFile(
      'appspec.yaml',
      'Hooks:\n  - AfterAllowTestTraffic: labs-web-after-allow-test-traffic\n',
      '',
    ),
  },
  {
    item: 'appspec',
    name: "the appspec's ContainerPort is the load balancer's port, not the container's",
    mutate: inFile('appspec.yaml', 'ContainerPort: 8080', 'ContainerPort: 80'),
  },
];

describe.skipIf(!HAS_SOLUTIONS)(
  `${lab.id} mutations in the CodeDeploy design`,
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    const rules = RULES;
    const reports: LabReport[] = [];
    beforeAll(async () => {
      const submissions = [cdFiles, ...codeDeployTable.map((m) => m.mutate(cdFiles))];
      const roots = submissions.map((files) =>
        makeTree(
          Object.fromEntries(Object.entries(files).map(([rel, text]) => [`labs/${lab.id}/${rel}`, text])),
        ),
      );
      const graded = await gradeSubmissions(roots, { labs: [lab], rules, lint: HAS_CFN_LINT });
      reports.push(...graded.map((g) => g.labs[0]!));
    }, 120_000);

    it('the table has exactly one row per rubric item', () => {
      expect(codeDeployTable.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
    });

    it('the unmutated CodeDeploy solution earns every point', () => {
      expect(reports[0]!.score).toBe(30);
    });

    it.each(codeDeployTable.map((m, i) => [`${m.item}: ${m.name}`, m, i + 1] as const))(
      '%s',
      (_title, m, i) => {
        const l = reports[i]!;
        const describe = (x: LabReport['items'][number]) =>
          `${x.id}: ${x.earned}/${x.points} ${x.findings.map((f) => f.message).join(' | ')}`;
        const target = l.items.find((x) => x.id === m.item)!;
        expect(target.earned, describe(target)).toBeLessThan(target.points);
        expect(l.items.filter((x) => x.id !== m.item && x.earned !== x.points).map(describe)).toEqual([]);
      },
    );
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, CFN_LINT_TEST_TIMEOUT_MS);
