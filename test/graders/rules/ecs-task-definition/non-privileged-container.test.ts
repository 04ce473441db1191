import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/non-privileged-container.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const containers = (...defs: unknown[]): string => td({ containerDefinitions: defs });

testRule(rule, {
  valid: [
    { name: 'left out', code: containers({ name: 'web' }) },
    { name: 'false', code: containers({ name: 'web', privileged: false }) },
    { name: 'null', code: containers({ name: 'web', privileged: null }) },
  ],
  invalid: [
    {
      name: 'privileged',
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "privileged": true\n  }]\n}\n',
      errors: [{ messageId: 'privileged', line: 4 }],
    },
    {
      name: 'quoted false',
      code: containers({ name: 'web', privileged: 'false' }),
      errors: [{ messageId: 'notBoolean' }],
    },
    {
      name: 'one of two containers privileged',
      code: containers({ name: 'web' }, { name: 'agent', privileged: true }),
      errors: [{ messageId: 'privileged' }],
    },
    {
      name: 'containerDefinitions is text',
      code: td({ containerDefinitions: 'web' }),
      errors: [{ messageId: 'containersNotList' }],
    },
  ],
});

describe('TDF013 partial credit', () => {
  it('tallies every container', () => {
    const out = runOn(rule, containers({ name: 'web' }, { name: 'agent', privileged: true }));
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
