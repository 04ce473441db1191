import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecr/repository-lifecycle-policy.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { lp, repo, sel, tpl } from './template.js';

const text = (v: unknown) => tpl((t) => (repo(t)['LifecyclePolicy'] = { LifecyclePolicyText: v }));

testRule(rule, {
  valid: [
    { name: 'a valid embedded policy', code: tpl() },
    { name: 'compact JSON', code: text(JSON.stringify(JSON.parse(lp()))) },
  ],
  invalid: [
    {
      name: 'duplicate priorities',
      code: text(lp((p) => (p.rules[1]!['rulePriority'] = 1))),
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'two problems, two findings',
      code: text(
        lp((p) => {
          delete sel(p, 0)['countUnit'];
          delete sel(p, 1)['tagPatternList'];
        }),
      ),
      errors: [{ messageId: 'invalid' }, { messageId: 'invalid' }],
    },
    { name: 'not JSON', code: text('{ rules: [] }'), errors: [{ messageId: 'notJson' }] },
    {
      name: 'a YAML mapping instead of a JSON string',
      code: text(JSON.parse(lp())),
      errors: [{ messageId: 'notString', data: { mapping: 'a YAML mapping' } }],
    },
    {
      name: 'a JSON object instead of a string, in a JSON template: no YAML advice',
      code: text(JSON.parse(lp())),
      file: 'template.json',
      errors: [
        {
          messageId: 'notString',
          data: {
            mapping: 'a JSON object',
            how: " (in a JSON template, the policy's text with its quotes escaped, as JSON.stringify writes it)",
          },
        },
      ],
    },
    {
      name: 'built with Fn::Join',
      code: text({ 'Fn::Join': ['', ['{"rules":', '[]}']] }),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'no text',
      code: tpl((t) => (repo(t)['LifecyclePolicy'] = { RegistryId: '123456789012' })),
      errors: [{ messageId: 'noText' }],
    },
    {
      name: 'not an object',
      code: tpl((t) => (repo(t)['LifecyclePolicy'] = 'expire')),
      errors: [{ messageId: 'notObject' }],
    },
  ],
});

describe('ECR006 without an embedded policy', () => {
  it('is not applicable', () => {
    const out = runOn(
      rule,
      tpl((t) => delete repo(t)['LifecyclePolicy']),
    );
    expect(out.notApplicable).toMatch(/no repository/);
    expect(out.findings).toEqual([]);
  });
  it('names the place inside the policy', () => {
    const out = runOn(rule, text(lp((p) => (sel(p, 1)['countNumber'] = 0))));
    expect(out.findings[0]!.message).toContain('rules[1].selection.countNumber');
  });
});
