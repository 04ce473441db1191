import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/read-only-root-filesystem.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const containers = (...defs: unknown[]): string => td({ containerDefinitions: defs });

testRule(rule, {
  valid: [
    { name: 'read-only', code: containers({ name: 'web', readonlyRootFilesystem: true }) },
    {
      name: 'every container read-only',
      code: containers(
        { name: 'web', readonlyRootFilesystem: true },
        { name: 'log_router', readonlyRootFilesystem: true },
      ),
    },
    {
      name: 'Windows task is not applicable',
      code: td({
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
        containerDefinitions: [{ name: 'web' }],
      }),
    },
  ],
  invalid: [
    {
      name: 'left out',
      code: '{\n  "containerDefinitions": [\n    { "name": "web" }\n  ]\n}\n',
      errors: [{ messageId: 'absent', line: 3 }],
    },
    {
      name: 'false',
      code: containers({ name: 'web', readonlyRootFilesystem: false }),
      errors: [{ messageId: 'writable' }],
    },
    {
      name: 'quoted true',
      code: containers({ name: 'web', readonlyRootFilesystem: 'true' }),
      errors: [{ messageId: 'notBoolean' }],
    },
    {
      name: 'sidecar writable',
      code: containers({ name: 'web', readonlyRootFilesystem: true }, { name: 'xray' }),
      errors: [{ messageId: 'absent' }],
    },
    { name: 'no containers', code: td({ family: 'web' }), errors: [{ messageId: 'noContainers' }] },
  ],
});

describe('TDF012 partial credit', () => {
  it('gives credit per container', () => {
    const out = runOn(rule, containers({ name: 'web', readonlyRootFilesystem: true }, { name: 'xray' }));
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
