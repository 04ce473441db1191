// ECR004 against ECR's documented lifecycle rules (lifecycle_policy_parameters.html, checked 2026-11-26).
import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecr/lifecycle-policy-valid.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { lp, sel } from './template.js';

const file = 'lifecycle-policy.json';
const anyRule = (priority: number) => ({
  rulePriority: priority,
  selection: { tagStatus: 'any', countType: 'imageCountMoreThan', countNumber: 50 },
  action: { type: 'expire' },
});

testRule(rule, {
  valid: [
    { name: 'expire untagged, keep 20 releases', code: lp(), file },
    { name: "an 'any' rule with the highest priority", code: lp((p) => p.rules.push(anyRule(10))), file },
    { name: 'priorities need not be consecutive', code: lp((p) => (p.rules[1]!['rulePriority'] = 7)), file },
    {
      name: 'tag prefixes instead of patterns',
      code: lp((p) => {
        delete sel(p, 1)['tagPatternList'];
        sel(p, 1)['tagPrefixList'] = ['v', 'release-'];
      }),
      file,
    },
    {
      name: 'four wildcards in a pattern',
      code: lp((p) => (sel(p, 1)['tagPatternList'] = ['*a*b*c*'])),
      file,
    },
    { name: 'no description', code: lp((p) => delete p.rules[0]!['description']), file },
    {
      name: 'transition old releases to archive (the archive storage class)',
      code: lp((p) =>
        p.rules.push({
          rulePriority: 3,
          selection: {
            tagStatus: 'tagged',
            tagPatternList: ['v*'],
            countType: 'sinceImagePulled',
            countUnit: 'days',
            countNumber: 90,
          },
          action: { type: 'transition', targetStorageClass: 'archive' },
        }),
      ),
      file,
    },
    {
      name: 'expire archived images a year after archiving',
      code: lp((p) =>
        p.rules.push({
          rulePriority: 4,
          selection: {
            tagStatus: 'any',
            storageClass: 'archive',
            countType: 'sinceImageTransitioned',
            countUnit: 'days',
            countNumber: 365,
          },
          action: { type: 'expire' },
        }),
      ),
      file,
    },
  ],
  invalid: [
    {
      name: 'duplicate priorities',
      code: lp((p) => (p.rules[1]!['rulePriority'] = 1)),
      file,
      errors: [{ messageId: 'duplicatePriority' }],
    },
    {
      name: "'any' rule not last",
      code: lp((p) => p.rules.unshift(anyRule(1))),
      file,
      errors: [{ messageId: 'anyNotLast' }, { messageId: 'duplicatePriority' }],
    },
    {
      name: "'any' rule before the others",
      code: lp((p) => p.rules.push({ ...anyRule(1), rulePriority: 0 })),
      file,
      errors: [{ messageId: 'badPriority' }],
    },
    {
      name: "'any' rule with a middle priority",
      code: lp((p) => {
        p.rules[1]!['rulePriority'] = 3;
        p.rules.push(anyRule(2));
      }),
      file,
      errors: [{ messageId: 'anyNotLast' }],
    },
    {
      name: 'tagged without a tag list',
      code: lp((p) => delete sel(p, 1)['tagPatternList']),
      file,
      errors: [{ messageId: 'taggedNeedsList' }],
    },
    {
      name: 'untagged with a tag list',
      code: lp((p) => (sel(p, 0)['tagPrefixList'] = ['v'])),
      file,
      errors: [{ messageId: 'listNotAllowed' }],
    },
    {
      name: 'five wildcards',
      code: lp((p) => (sel(p, 1)['tagPatternList'] = ['*a*b*c*d*'])),
      file,
      errors: [{ messageId: 'tooManyWildcards' }],
    },
    {
      name: 'empty tag list',
      code: lp((p) => (sel(p, 1)['tagPatternList'] = [])),
      file,
      errors: [{ messageId: 'badList' }],
    },
    {
      name: 'unknown tagStatus',
      code: lp((p) => (sel(p, 0)['tagStatus'] = 'Untagged')),
      file,
      errors: [{ messageId: 'badEnum' }],
    },
    {
      name: 'unknown countType',
      code: lp((p) => (sel(p, 1)['countType'] = 'imageCountGreaterThan')),
      file,
      errors: [{ messageId: 'badEnum' }],
    },
    {
      name: 'age rule without countUnit',
      code: lp((p) => delete sel(p, 0)['countUnit']),
      file,
      errors: [{ messageId: 'countUnitRequired' }],
    },
    {
      name: 'countUnit in hours',
      code: lp((p) => (sel(p, 0)['countUnit'] = 'hours')),
      file,
      errors: [{ messageId: 'badCountUnit' }],
    },
    {
      name: 'countUnit on a count rule',
      code: lp((p) => (sel(p, 1)['countUnit'] = 'days')),
      file,
      errors: [{ messageId: 'countUnitNotAllowed' }],
    },
    {
      name: 'countNumber 0',
      code: lp((p) => (sel(p, 1)['countNumber'] = 0)),
      file,
      errors: [{ messageId: 'badCountNumber' }],
    },
    {
      name: 'countNumber as text',
      code: lp((p) => (sel(p, 1)['countNumber'] = '20')),
      file,
      errors: [{ messageId: 'badCountNumber' }],
    },
    {
      name: 'action delete',
      code: lp((p) => (p.rules[0]!['action'] = { type: 'delete' })),
      file,
      errors: [{ messageId: 'badEnum' }],
    },
    {
      name: 'transition without a target',
      code: lp((p) => (p.rules[1]!['action'] = { type: 'transition' })),
      file,
      errors: [{ messageId: 'transitionNeedsTarget' }],
    },
    {
      name: 'expire with a target',
      code: lp((p) => (p.rules[1]!['action'] = { type: 'expire', targetStorageClass: 'archive' })),
      file,
      errors: [{ messageId: 'targetNotAllowed' }],
    },
    {
      name: 'sinceImageTransitioned on standard images',
      code: lp((p) => (sel(p, 0)['countType'] = 'sinceImageTransitioned')),
      file,
      errors: [{ messageId: 'archiveCountType' }],
    },
    {
      name: 'archive storage with an image count',
      code: lp((p) => (sel(p, 1)['storageClass'] = 'archive')),
      file,
      errors: [{ messageId: 'standardOnly' }],
    },
    {
      name: 'missing rulePriority',
      code: lp((p) => delete p.rules[0]!['rulePriority']),
      file,
      errors: [{ messageId: 'missingField' }],
    },
    {
      name: 'missing selection',
      code: lp((p) => delete p.rules[0]!['selection']),
      file,
      errors: [{ messageId: 'missingField' }],
    },
    {
      name: 'missing action',
      code: lp((p) => delete p.rules[0]!['action']),
      file,
      errors: [{ messageId: 'missingField' }],
    },
    {
      name: 'missing countNumber',
      code: lp((p) => delete sel(p, 1)['countNumber']),
      file,
      errors: [{ messageId: 'missingField' }],
    },
    {
      name: 'unknown key in a rule',
      code: lp((p) => (p.rules[0]!['priority'] = 1)),
      file,
      errors: [{ messageId: 'unknownKey' }],
    },
    {
      name: 'unknown key at the top',
      code: lp((p) => Object.assign(p, { version: 1 })),
      file,
      errors: [{ messageId: 'unknownKey' }],
    },
    {
      name: 'selection as a list',
      code: lp((p) => (p.rules[0]!['selection'] = [])),
      file,
      errors: [{ messageId: 'notAnObject' }],
    },
    {
      name: 'description not text',
      code: lp((p) => (p.rules[0]!['description'] = 7)),
      file,
      errors: [{ messageId: 'badType' }],
    },
    {
      name: 'a rule that is not an object',
      code: lp((p) => p.rules.push('rule' as never)),
      file,
      errors: [{ messageId: 'ruleNotObject' }],
    },
    { name: 'empty rules', code: '{ "rules": [] }', file, errors: [{ messageId: 'emptyRules' }] },
    { name: 'no rules', code: '{}', file, errors: [{ messageId: 'noRules' }] },
    { name: 'rules not a list', code: '{ "rules": {} }', file, errors: [{ messageId: 'rulesNotList' }] },
    { name: 'a list instead of a policy', code: '[]', file, errors: [{ messageId: 'notObject' }] },
    {
      name: 'points at the duplicate',
      code: '{\n  "rules": [\n    { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 1 }, "action": { "type": "expire" } },\n    { "rulePriority": 1, "selection": { "tagStatus": "untagged", "countType": "imageCountMoreThan", "countNumber": 2 }, "action": { "type": "expire" } }\n  ]\n}\n',
      file,
      errors: [{ messageId: 'duplicatePriority', line: 4 }],
    },
  ],
});

describe('ECR004 partial credit', () => {
  it('fails only the rule at fault', () => {
    const out = runOn(
      rule,
      lp((p) => delete sel(p, 1)['countNumber']),
      file,
    );
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
  it('fails every rule for a policy-level problem', () => {
    const out = runOn(
      rule,
      lp((p) => Object.assign(p, { version: 1 })),
      file,
    );
    expect([out.checked, out.failed]).toEqual([2, 2]);
  });
});
