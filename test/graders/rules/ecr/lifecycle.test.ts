// The shared lifecycle validation: the JSON-file rule (ECR004) and the template rule (ECR006) reach the same
// verdicts through one helper.
import { describe, expect, it } from 'vitest';
import lifecyclePolicyValid from '../../../../graders/rules/ecr/lifecycle-policy-valid.js';
import {
  describe as describeValue,
  validateLifecyclePolicy,
} from '../../../../graders/rules/ecr/lifecycle.js';
import repositoryLifecyclePolicy from '../../../../graders/rules/ecr/repository-lifecycle-policy.js';
import { runOn } from '../../../helpers/rule-tester.js';
import { lp, repo, sel, tpl } from './template.js';

const cases: [string, string][] = [
  ['valid', lp()],
  ['duplicate priorities', lp((p) => (p.rules[1]!['rulePriority'] = 1))],
  ['tagged without a list', lp((p) => delete sel(p, 1)['tagPatternList'])],
  ['five wildcards', lp((p) => (sel(p, 1)['tagPatternList'] = ['*1*2*3*4*5']))],
  ['bad action', lp((p) => (p.rules[0]!['action'] = { type: 'remove' }))],
];

describe('shared lifecycle validation', () => {
  it.each(cases)('%s: the file and the embedded text get the same number of problems', (_name, text) => {
    const expected = validateLifecyclePolicy(JSON.parse(text)).length;
    const fileOut = runOn(lifecyclePolicyValid, text, 'lifecycle-policy.json');
    const tplOut = runOn(
      repositoryLifecyclePolicy,
      tpl((t) => (repo(t)['LifecyclePolicy'] = { LifecyclePolicyText: text })),
    );
    expect(fileOut.findings.length).toBe(expected);
    expect(tplOut.findings.length).toBe(expected);
  });

  it('describes values the way messages quote them', () => {
    expect(describeValue('x')).toBe("the text 'x'");
    expect(describeValue(0)).toBe("the number '0'");
    expect(describeValue([])).toBe('a list');
    expect(describeValue(undefined)).toBe('missing');
  });
});
