import { describe, expect, it } from 'vitest';
import rule, { bodyText, metricRows } from '../../../../graders/rules/observability/dashboard.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CPU_ROW =
  '                  ["AWS/ECS", "CPUUtilization", "ClusterName", "${Cluster}", "ServiceName", "${Service.Name}"],\n                  [".", "MemoryUtilization", ".", ".", ".", "."]\n';
const ALB_ROWS = LAB11.slice(
  LAB11.indexOf('                  ["AWS/ApplicationELB", "RequestCount"'),
  LAB11.indexOf(
    '                ]\n              }\n            },\n            {\n              "type": "alarm"',
  ),
);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a Sub body with "." shorthand rows (lab 11 solution)', code: LAB11 },
    { name: 'a Join body (second-style solution)', code: LAB11_JSON, file: 'template.json' },
    {
      name: 'a one-line Sub with a variable map',
      code: edit(LAB11, [
        LAB11.slice(LAB11.indexOf('      DashboardBody: !Sub |\n'), LAB11.indexOf('\nOutputs:')),
        `      DashboardBody: !Sub
        - '{"widgets":[{"type":"metric","properties":{"metrics":[["AWS/ECS","CPUUtilization","ClusterName","\${Cluster}","ServiceName","\${Svc}"],["AWS/ApplicationELB","RequestCount","LoadBalancer","\${Lb}"]]}}]}'
        - Svc: !GetAtt Service.Name
          Lb: !GetAtt LoadBalancer.LoadBalancerFullName
`,
      ]),
    },
  ],
  invalid: [
    {
      name: 'hard-coded names in the service rows',
      code: edit(LAB11, [
        CPU_ROW,
        '                  ["AWS/ECS", "CPUUtilization", "ClusterName", "labs", "ServiceName", "labs-web"]\n',
      ]),
      errors: [{ messageId: 'noServiceMetric', data: { dashboard: 'Dashboard', service: 'Service' } }],
    },
    {
      name: 'no load balancer rows',
      code: edit(LAB11, [
        ALB_ROWS,
        '                  ["AWS/ECS", "RunningTaskCount", "ClusterName", "${Cluster}"]\n',
      ]),
      errors: [{ messageId: 'noLoadBalancerMetric' }],
    },
    {
      name: 'the load balancer by its ARN',
      code: edit(LAB11, [
        ALB_ROWS,
        '                  ["AWS/ApplicationELB", "RequestCount", "LoadBalancer", "${LoadBalancer}"]\n',
      ]),
      errors: [{ messageId: 'noLoadBalancerMetric' }],
    },
    {
      name: 'invalid JSON (a trailing comma)',
      code: edit(LAB11, [CPU_ROW, `${CPU_ROW.trimEnd()},\n`]),
      errors: [{ messageId: 'unreadable', data: { dashboard: 'Dashboard' } }],
    },
    {
      name: 'no dashboard',
      code: without(LAB11, 'Dashboard').replace(/ {2}DashboardUrl:\n.*\n/, ''),
      errors: [{ messageId: 'noDashboard' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('dashboard body reading', () => {
  it('writes references inside strings as markers and outside as numbers', () => {
    const text = bodyText({ 'Fn::Sub': '{"a": "${Cluster}", "p": ${Period}, "q": "say \\"${X.Y}\\""}' });
    expect(JSON.parse(text!)).toEqual({ a: '@@Cluster@@', p: 0, q: 'say "@@X.Y@@"' });
  });

  it('fills "." from the row above, per widget, and drops option objects', () => {
    const rows = metricRows({
      widgets: [
        {
          properties: {
            metrics: [
              ['NS', 'A', 'D', 'v', { stat: 'Sum' }],
              ['.', 'B', '.', '.'],
            ],
          },
        },
        { properties: { metrics: [['.', 'C']] } },
      ],
    });
    expect(rows).toEqual([
      ['NS', 'A', 'D', 'v'],
      ['NS', 'B', 'D', 'v'],
      ['', 'C'],
    ]);
  });
});
