import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/service-connect-logs.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, set, variant } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [{ name: 'reference solution', ...variant() }],
  invalid: [
    {
      name: 'no Service Connect anywhere',
      ...variant((t) => {
        del(t, P.backendSc);
        del(t, P.frontendSc);
      }),
      errors: [{ messageId: 'noServiceConnect' }],
    },
    {
      name: 'Cloud Map has no proxy logs',
      ...variant(cloudMap),
      errors: [{ messageId: 'noServiceConnect' }],
    },
    {
      name: 'front end without LogConfiguration',
      ...variant((t) => del(t, [...P.frontendSc, 'LogConfiguration'])),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'LogConfiguration as text',
      ...variant((t) => set(t, [...P.frontendSc, 'LogConfiguration'], 'awslogs')),
      errors: [{ messageId: 'notObject' }],
    },
    {
      name: 'another driver',
      ...variant((t) => set(t, [...P.backendSc, 'LogConfiguration', 'LogDriver'], 'json-file')),
      errors: [{ messageId: 'notAwslogs' }],
    },
    {
      name: 'no stream prefix',
      ...variant((t) => del(t, [...P.backendSc, 'LogConfiguration', 'Options', 'awslogs-stream-prefix'])),
      errors: [{ messageId: 'missingOptions' }],
    },
    {
      name: 'no options',
      ...variant((t) => del(t, [...P.backendSc, 'LogConfiguration', 'Options'])),
      errors: [{ messageId: 'missingOptions' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN010 partial credit', () => {
  it('one service of two earns half', () => {
    const c = variant((t) => del(t, [...P.frontendSc, 'LogConfiguration']));
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
  it('names every missing option', () => {
    const c = variant((t) => del(t, [...P.backendSc, 'LogConfiguration', 'Options']));
    expect(runOn(rule, c.code, c.file).findings[0]?.message).toContain(
      "'awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'",
    );
  });
});
