import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/container-health-check.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const CMD = ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 1'];
const withCheck = (healthCheck: unknown): string =>
  td({ containerDefinitions: [{ name: 'web', healthCheck }] });

testRule(rule, {
  valid: [
    { name: 'CMD-SHELL with defaults', code: withCheck({ command: CMD }) },
    {
      name: 'CMD exec form with the image probe',
      code: withCheck({ command: ['CMD', 'node', 'healthcheck.js'] }),
    },
    {
      name: 'distroless node with an absolute probe path',
      code: withCheck({ command: ['CMD', '/nodejs/bin/node', '/app/healthcheck.js'] }),
    },
    {
      name: 'wget on Alpine',
      code: withCheck({
        command: ['CMD-SHELL', 'wget -q -O /dev/null http://127.0.0.1:8080/health || exit 1'],
      }),
    },
    {
      name: 'curl exec form without a scheme',
      code: withCheck({ command: ['CMD', 'curl', '-f', 'localhost:8080/health'] }),
    },
    {
      name: 'port from the shell variable',
      code: withCheck({ command: ['CMD-SHELL', 'curl -fsS "http://localhost:${PORT}/health" || exit 1'] }),
    },
    {
      name: 'port matches the PORT variable',
      code: td({
        containerDefinitions: [
          {
            name: 'web',
            portMappings: [{ containerPort: 3000 }],
            environment: [{ name: 'PORT', value: '3000' }],
            healthCheck: {
              command: ['CMD-SHELL', 'wget -q -O /dev/null http://localhost:3000/health || exit 1'],
            },
          },
        ],
      }),
    },
    {
      name: 'FireLens log router without a health check',
      code: td({
        containerDefinitions: [
          { name: 'web', portMappings: [{ containerPort: 8080 }], healthCheck: { command: CMD } },
          {
            name: 'log_router',
            essential: true,
            image: 'public.ecr.aws/aws-observability/aws-for-fluent-bit:stable',
            firelensConfiguration: { type: 'fluentbit' },
          },
        ],
      }),
    },
    {
      name: 'FireLens log router with its own check on another endpoint',
      code: td({
        containerDefinitions: [
          { name: 'web', healthCheck: { command: CMD } },
          {
            name: 'log_router',
            firelensConfiguration: { type: 'fluentbit' },
            healthCheck: { command: ['CMD-SHELL', 'curl -f http://127.0.0.1:2020/api/v1/health || exit 1'] },
          },
        ],
      }),
    },
    {
      name: 'every value at its lower bound',
      code: withCheck({ command: CMD, interval: 5, timeout: 2, retries: 1, startPeriod: 0 }),
    },
    {
      name: 'every value at its upper bound',
      code: withCheck({ command: CMD, interval: 300, timeout: 60, retries: 10, startPeriod: 300 }),
    },
    {
      name: 'non-essential sidecar without a check',
      code: td({
        containerDefinitions: [
          { name: 'web', healthCheck: { command: CMD } },
          { name: 'xray', essential: false },
        ],
      }),
    },
    {
      name: 'no essential container is not applicable',
      code: td({ containerDefinitions: [{ name: 'web', essential: false }] }),
    },
  ],
  invalid: [
    {
      name: 'no health check',
      code: '{\n  "containerDefinitions": [\n    { "name": "web" }\n  ]\n}\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'command as one string',
      code: withCheck({ command: 'curl -f http://localhost/' }),
      errors: [{ messageId: 'commandNotList' }],
    },
    {
      name: 'command without CMD or CMD-SHELL',
      code: withCheck({ command: ['curl', '-f', 'http://localhost/'] }),
      errors: [{ messageId: 'badCommandStart' }],
    },
    {
      name: 'empty command list',
      code: withCheck({ command: [] }),
      errors: [{ messageId: 'badCommandStart' }],
    },
    {
      name: 'CMD-SHELL and nothing else',
      code: withCheck({ command: ['CMD-SHELL'] }),
      errors: [{ messageId: 'emptyCommand' }],
    },
    { name: 'no command', code: withCheck({ interval: 30 }), errors: [{ messageId: 'noCommand' }] },
    {
      name: 'interval above 300',
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "healthCheck": {\n      "command": ["CMD", "node", "healthcheck.js"],\n      "interval": 400\n    }\n  }]\n}\n',
      errors: [{ messageId: 'outOfRange', line: 6 }],
    },
    {
      name: 'timeout below 2',
      code: withCheck({ command: CMD, timeout: 1 }),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'retries above 10',
      code: withCheck({ command: CMD, retries: 20 }),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'negative start period',
      code: withCheck({ command: CMD, startPeriod: -5 }),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'interval as quoted text',
      code: withCheck({ command: CMD, interval: '30' }),
      errors: [{ messageId: 'notInteger' }],
    },
    {
      name: 'interval with a fraction',
      code: withCheck({ command: CMD, interval: 30.5 }),
      errors: [{ messageId: 'notInteger' }],
    },
    {
      name: "'exit 0' checks nothing",
      code: withCheck({ command: ['CMD-SHELL', 'exit 0'] }),
      errors: [{ messageId: 'alwaysPasses' }],
    },
    {
      name: "'CMD-SHELL true' checks nothing",
      code: withCheck({ command: ['CMD-SHELL', 'true'] }),
      errors: [{ messageId: 'alwaysPasses' }],
    },
    {
      name: "exec-form 'true' checks nothing",
      code: withCheck({ command: ['CMD', 'true'] }),
      errors: [{ messageId: 'alwaysPasses' }],
    },
    {
      name: "':' checks nothing",
      code: withCheck({ command: ['CMD-SHELL', ':'] }),
      errors: [{ messageId: 'alwaysPasses' }],
    },
    {
      name: "'|| exit 0' turns every failure into success",
      code: withCheck({ command: ['CMD-SHELL', 'curl -f http://localhost:8080/health || exit 0'] }),
      errors: [{ messageId: 'alwaysPasses' }],
    },
    {
      name: "asks '/' instead of '/health'",
      code: withCheck({ command: ['CMD-SHELL', 'curl -f http://localhost:8080/ || exit 1'] }),
      errors: [{ messageId: 'wrongEndpoint', data: { asked: "asks '/'" } }],
    },
    {
      name: "asks '/status'",
      code: withCheck({
        command: ['CMD-SHELL', 'wget -q -O /dev/null http://localhost:8080/status || exit 1'],
      }),
      errors: [{ messageId: 'wrongEndpoint' }],
    },
    {
      name: "asks '/healthz'",
      code: withCheck({ command: ['CMD', 'curl', '-f', 'http://localhost:8080/healthz'] }),
      errors: [{ messageId: 'wrongEndpoint' }],
    },
    {
      name: 'calls no HTTP address at all',
      code: withCheck({ command: ['CMD-SHELL', 'pgrep node'] }),
      errors: [{ messageId: 'wrongEndpoint' }],
    },
    {
      name: "'/health' on a port the app does not listen on",
      code: td({
        containerDefinitions: [
          {
            name: 'web',
            portMappings: [{ containerPort: 8080 }],
            environment: [{ name: 'PORT', value: '8080' }],
            healthCheck: { command: ['CMD-SHELL', 'curl -f http://localhost:3000/health || exit 1'] },
          },
        ],
      }),
      errors: [{ messageId: 'wrongPort', data: { port: '3000', ports: '8080' } }],
    },
    {
      name: 'FireLens app container still needs its own check',
      code: td({
        containerDefinitions: [
          { name: 'web' },
          { name: 'log_router', firelensConfiguration: { type: 'fluentbit' } },
        ],
      }),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: "a log router's own check must still be in range",
      code: td({
        containerDefinitions: [
          { name: 'web', healthCheck: { command: CMD } },
          {
            name: 'log_router',
            firelensConfiguration: { type: 'fluentbit' },
            healthCheck: { command: ['CMD-SHELL', 'exit 0'], interval: 1 },
          },
        ],
      }),
      errors: [{ messageId: 'outOfRange' }],
    },
    { name: 'healthCheck is a list', code: withCheck([CMD]), errors: [{ messageId: 'checkNotObject' }] },
    { name: 'no containers at all', code: td({}), errors: [{ messageId: 'noContainers' }] },
  ],
});

describe('TDF009 partial credit', () => {
  it('tallies essential containers only', () => {
    const out = runOn(
      rule,
      td({
        containerDefinitions: [
          { name: 'web', healthCheck: { command: CMD } },
          { name: 'api' },
          { name: 'sidecar', essential: false },
        ],
      }),
    );
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
  it('leaves a FireLens log router out of the tally', () => {
    const out = runOn(
      rule,
      td({
        containerDefinitions: [
          { name: 'web', healthCheck: { command: CMD } },
          { name: 'log_router', firelensConfiguration: { type: 'fluentbit' } },
        ],
      }),
    );
    expect([out.checked, out.failed]).toEqual([1, 0]);
  });
  it('suggests wget on the container port, not curl', () => {
    const out = runOn(
      rule,
      td({ containerDefinitions: [{ name: 'web', portMappings: [{ containerPort: 3000 }] }] }),
    );
    expect(out.findings[0]?.message).toContain('wget -q -O /dev/null http://localhost:3000/health');
    expect(out.findings[0]?.message).not.toMatch(/curl -f/);
  });
  it('counts several problems in one container once', () => {
    const out = runOn(rule, withCheck({ command: 'x', interval: 1, timeout: 99 }));
    expect(out.findings.length).toBe(3);
    expect([out.checked, out.failed]).toEqual([1, 1]);
  });
});
