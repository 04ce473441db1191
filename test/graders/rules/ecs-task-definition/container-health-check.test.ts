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
    { name: 'CMD exec form', code: withCheck({ command: ['CMD', '/app/healthcheck'] }) },
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
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "healthCheck": {\n      "command": ["CMD", "true"],\n      "interval": 400\n    }\n  }]\n}\n',
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
  it('counts several problems in one container once', () => {
    const out = runOn(rule, withCheck({ command: 'x', interval: 1, timeout: 99 }));
    expect(out.findings.length).toBe(3);
    expect([out.checked, out.failed]).toEqual([1, 1]);
  });
});
