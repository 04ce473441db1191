import rule from '../../../../graders/rules/fargate-capacity/spot-safe-stop-timeout.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';
import { container, props, tpl } from './template.js';

const set = (edit: (c: Record<string, unknown>) => void) => tpl((t) => edit(container(t)));

testRule(rule, {
  valid: [
    { name: '90 seconds', code: tpl() },
    { name: 'the Fargate maximum', code: set((c) => (c['StopTimeout'] = 120)) },
    { name: 'as text', code: set((c) => (c['StopTimeout'] = '60')) },
    { name: 'exec form command', code: set((c) => (c['Command'] = ['node', 'server.js'])) },
    {
      name: 'a shell that execs the app',
      code: set((c) => (c['EntryPoint'] = ['sh', '-c', 'exec node server.js'])),
    },
    {
      name: 'a shell running one command',
      code: set((c) => (c['Command'] = ['/bin/sh', '-c', 'node server.js'])),
    },
  ],
  invalid: [
    { name: 'no StopTimeout', code: set((c) => delete c['StopTimeout']), errors: [{ messageId: 'missing' }] },
    {
      name: 'longer than Fargate allows',
      code: set((c) => (c['StopTimeout'] = 300)),
      errors: [{ messageId: 'outOfRange' }],
    },
    { name: 'zero', code: set((c) => (c['StopTimeout'] = 0)), errors: [{ messageId: 'outOfRange' }] },
    {
      name: 'not a number',
      code: set((c) => (c['StopTimeout'] = 'two minutes')),
      errors: [{ messageId: 'outOfRange' }],
    },
    {
      name: 'from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Stop: { Type: 'Number' } };
        container(t)['StopTimeout'] = { Ref: 'Stop' };
      }),
      errors: [{ messageId: 'notLiteral' }],
    },
    {
      name: 'a shell chaining commands stays PID 1',
      code: set((c) => (c['Command'] = ['sh', '-c', 'npm run migrate && node server.js'])),
      errors: [{ messageId: 'shellWrapper' }],
    },
    {
      name: 'no containers',
      code: tpl((t) => (props(t, 'TaskDefinition')['ContainerDefinitions'] = [])),
      errors: [{ messageId: 'noContainers' }],
    },
    {
      name: 'no task definition',
      code: tpl((t) => delete t.Resources['TaskDefinition']),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
  ],
});

describe('CAP006 partial credit', () => {
  it('counts containers: one of two without StopTimeout fails half', () => {
    const out = runOn(
      rule,
      tpl(
        (t) =>
          (props(t, 'TaskDefinition')['ContainerDefinitions'] = [
            { Name: 'web', StopTimeout: 90 },
            { Name: 'log-router' },
          ]),
      ),
    );
    expect(out.checked).toBe(2);
    expect(out.failed).toBe(1);
  });
});
