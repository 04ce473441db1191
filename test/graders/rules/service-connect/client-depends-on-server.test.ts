import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/service-connect/client-depends-on-server.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, set, variant } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution (DependsOn: BackendService)', ...variant() },
    {
      name: 'DependsOn as a list',
      ...variant((t) =>
        set(t, ['Resources', 'FrontendService', 'DependsOn'], ['LogGroup', 'BackendService']),
      ),
    },
    {
      name: 'ordered through a reference',
      ...variant((t) => {
        del(t, ['Resources', 'FrontendService', 'DependsOn']);
        set(t, [...P.frontendContainer, 'Environment', 1], {
          Name: 'BACKEND_SERVICE',
          Value: { 'Fn::GetAtt': ['BackendService', 'Name'] },
        });
      }),
    },
  ],
  invalid: [
    {
      name: 'no DependsOn',
      ...variant((t) => del(t, ['Resources', 'FrontendService', 'DependsOn'])),
      errors: [{ messageId: 'missingDependsOn' }],
    },
    {
      name: 'depends on something else',
      ...variant((t) => set(t, ['Resources', 'FrontendService', 'DependsOn'], 'LogGroup')),
      errors: [{ messageId: 'missingDependsOn' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN008 applicability', () => {
  it('does not apply to Cloud Map DNS discovery', () => {
    const c = variant(cloudMap);
    expect(runOn(rule, c.code, c.file).notApplicable).not.toBeNull();
  });
  it('does not apply when nothing calls an alias', () => {
    const c = variant((t) => set(t, P.frontendEnv, 'http://TODO:8080'));
    expect(runOn(rule, c.code, c.file).notApplicable).not.toBeNull();
  });
});
