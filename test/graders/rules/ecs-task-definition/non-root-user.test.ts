import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/non-root-user.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const user = (u: unknown): string => td({ containerDefinitions: [{ name: 'web', user: u }] });

testRule(rule, {
  valid: [
    { name: 'uid', code: user('1000') },
    { name: 'uid:gid', code: user('1000:1000') },
    { name: 'user name', code: user('node') },
    { name: 'user:group', code: user('app:app') },
    { name: 'uid that merely starts with 0', code: user('01000') },
    {
      name: 'Windows task is not applicable',
      code: td({
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_CORE' },
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
    { name: 'root', code: user('root'), errors: [{ messageId: 'root' }] },
    { name: 'uid 0', code: user('0'), errors: [{ messageId: 'root' }] },
    { name: 'uid 0 with a group', code: user('0:1000'), errors: [{ messageId: 'root' }] },
    { name: 'root with a group', code: user('root:app'), errors: [{ messageId: 'root' }] },
    { name: 'uid as a number', code: user(1000), errors: [{ messageId: 'notText' }] },
    { name: 'empty text', code: user(''), errors: [{ messageId: 'absent' }] },
    { name: 'containerDefinitions missing', code: td({}), errors: [{ messageId: 'noContainers' }] },
  ],
});

describe('TDF014 partial credit', () => {
  it('tallies every container', () => {
    const out = runOn(
      rule,
      td({
        containerDefinitions: [{ name: 'web', user: '1000' }, { name: 'proxy', user: 'root' }, { name: 'x' }],
      }),
    );
    expect([out.checked, out.failed]).toEqual([3, 2]);
  });
});
