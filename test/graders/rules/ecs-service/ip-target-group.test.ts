import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-service/ip-target-group.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LBS =
  '      LoadBalancers:\n        - ContainerName: web\n          ContainerPort: !Ref ContainerPort\n          TargetGroupArn: !Ref TargetGroup\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: "an 'ip' target group checking /health behind a listener (lab 03 solution)", code: LAB03 },
    {
      name: 'forwarded by a listener rule instead of the default action',
      code: edit(LAB03, [
        '      DefaultActions:\n        - Type: forward\n          TargetGroupArn: !Ref TargetGroup\n',
        "      DefaultActions:\n        - Type: fixed-response\n          FixedResponseConfig:\n            StatusCode: '404'\n\n  Rule:\n    Type: AWS::ElasticLoadBalancingV2::ListenerRule\n    Properties:\n      ListenerArn: !Ref HttpsListener\n      Priority: 1\n      Conditions:\n        - Field: path-pattern\n          Values: ['/*']\n      Actions:\n        - Type: forward\n          ForwardConfig:\n            TargetGroups:\n              - TargetGroupArn: !Ref TargetGroup\n",
      ]),
    },
    {
      name: 'a TCP target group needs no path',
      code: edit(LAB03, [
        '      Protocol: HTTP\n      Port: !Ref ContainerPort\n      HealthCheckPath: /health\n',
        '      Protocol: TCP\n      Port: !Ref ContainerPort\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'service not attached to the load balancer',
      code: edit(LAB03, [LBS, '']),
      errors: [{ messageId: 'notLoadBalanced' }],
    },
    {
      name: 'a classic load balancer entry',
      code: edit(LAB03, [
        '          TargetGroupArn: !Ref TargetGroup\n\nOutputs',
        '          LoadBalancerName: web\n\nOutputs',
      ]),
      errors: [{ messageId: 'noTargetGroupArn' }],
    },
    {
      name: 'a target group from a parameter',
      code: edit(LAB03, [
        '          TargetGroupArn: !Ref TargetGroup\n\nOutputs',
        '          TargetGroupArn: !Ref ImageUri\n\nOutputs',
      ]),
      errors: [{ messageId: 'unresolved' }],
    },
    {
      name: "the default 'instance' target type",
      code: edit(LAB03, ['      TargetType: ip\n', '']),
      errors: [{ messageId: 'notIp' }],
    },
    {
      name: "an explicit 'instance' target type",
      code: edit(LAB03, ['      TargetType: ip\n', '      TargetType: instance\n']),
      errors: [{ messageId: 'notIp' }],
    },
    {
      name: 'no listener forwards to the target group',
      code: edit(without(LAB03, 'HttpsListener'), ['      - HttpsListener\n', '']),
      errors: [{ messageId: 'noListener' }],
    },
    {
      name: 'no health-check path',
      code: edit(LAB03, ['      HealthCheckPath: /health\n', '']),
      errors: [{ messageId: 'noHealthCheckPath' }],
    },
    {
      name: "'/' is the greeting page, not the health endpoint",
      code: edit(LAB03, ['      HealthCheckPath: /health\n', '      HealthCheckPath: /\n']),
      errors: [{ messageId: 'wrongHealthCheckPath', data: { path: '/' } }],
    },
    {
      name: "'/status', which the app answers with 404",
      code: edit(LAB03, ['      HealthCheckPath: /health\n', '      HealthCheckPath: /status\n']),
      errors: [{ messageId: 'wrongHealthCheckPath', data: { path: '/status' } }],
    },
    {
      // The app compares req.url with '/health' exactly (labs/01-production-dockerfile/server.js): a query is a 404.
      name: "'/health?probe=1', which the app answers with 404 because it matches the whole URL",
      code: edit(LAB03, ['      HealthCheckPath: /health\n', "      HealthCheckPath: '/health?probe=1'\n"]),
      errors: [{ messageId: 'wrongHealthCheckPath', data: { path: '/health?probe=1' } }],
    },
    {
      name: 'health checks turned off',
      code: edit(LAB03, ['      HealthCheckPath: /health\n', '      HealthCheckEnabled: false\n']),
      errors: [{ messageId: 'healthCheckDisabled' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SVC006 shared target groups', () => {
  it('reports a shared target group once and fails both services', () => {
    const second = LAB03.slice(LAB03.indexOf('  Service:\n'), LAB03.indexOf('\nOutputs:')).replace(
      '  Service:\n',
      '  Worker:\n',
    );
    const text = edit(LAB03, ['      TargetType: ip\n', ''], ['\nOutputs:', `\n${second}\nOutputs:`]);
    const out = runOn(rule, text);
    expect(out.findings.length).toBe(1);
    expect([out.checked, out.failed]).toEqual([2, 2]);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('SVC006 health check path', () => {
  it('says why a query string fails: the app matches the whole URL', () => {
    const out = runOn(
      rule,
      edit(LAB03, ['      HealthCheckPath: /health\n', "      HealthCheckPath: '/health?probe=1'\n"]),
    );
    expect(out.findings.map((f) => f.data?.['why'])).toEqual([expect.stringContaining('query string')]);
  });
});
