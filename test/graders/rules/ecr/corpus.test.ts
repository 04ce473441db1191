// Real lifecycle policies from public repositories (shared/corpus/ecr-policies, listed in its MANIFEST.tsv):
// each gets the verdict ECR would give it, and the retention verdict the lab's rubric gives. Skipped, saying
// so, when the shared corpus is not next to the repository.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import { parseJson } from '../../../../graders/engine/parsers/json.js';
import lifecyclePolicyValid from '../../../../graders/rules/ecr/lifecycle-policy-valid.js';
import lifecycleRetention from '../../../../graders/rules/ecr/lifecycle-retention.js';
import type { Finding } from '../../../../graders/engine/types.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

const DIR = path.join(SHARED, 'corpus', 'ecr-policies');

type Verdict = { json: false } | { json: true; valid: string[]; retention: string[] };

/** Expected messageIds per file (empty = no finding). */
const EXPECTED: Record<string, Verdict> = {
  // One untagged rule: valid; it keeps no tagged releases.
  'LBHackney-IT__lbh-core-pathway-pilot__ecr-lifecycle-policy.json': {
    json: true,
    valid: [],
    retention: ['noTaggedCountRule'],
  },
  // Eight rules with unique priorities 1–8 and ten-entry prefix lists: valid, and meets both goals.
  'QuiNovas__terraform-aws-ecr__lifecycle-policy.json': { json: true, valid: [], retention: [] },
  // A Terraform template with ${…} placeholders (MANIFEST: "NOT valid JSON"): ECR would reject the text.
  'tmknom__terraform-aws-ecr__ecr_lifecycle_policy.json': { json: false },
  // Untagged by age, feature branches by age, main by count: valid, meets both goals.
  'voquis__terraform-aws-ecr-repositories__ecr_lifecycle_policy.json': {
    json: true,
    valid: [],
    retention: [],
  },
};

const ids = (findings: readonly Finding[]) => findings.map((f) => f.messageId);

describe.skipIf(!HAS_SHARED)('ECR lifecycle policies in the shared corpus', () => {
  it('has an expected verdict for every file', () => {
    expect(fs.readdirSync(DIR).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [file, verdict] of Object.entries(EXPECTED)) {
    it(file, () => {
      const parsed = parseJson(file, fs.readFileSync(path.join(DIR, file), 'utf8'));
      expect(parsed.ok).toBe(verdict.json);
      if (!parsed.ok || !verdict.json) return;
      const valid = runRule(lifecyclePolicyValid, parsed.doc);
      const retention = runRule(lifecycleRetention, parsed.doc);
      expect(ids(valid.findings)).toEqual(verdict.valid);
      expect(ids(retention.findings)).toEqual(verdict.retention);
    });
  }

  it('turns a corpus policy invalid when two of its rules share a priority', () => {
    const text = fs.readFileSync(
      path.join(DIR, 'QuiNovas__terraform-aws-ecr__lifecycle-policy.json'),
      'utf8',
    );
    const policy = JSON.parse(text) as { rules: { rulePriority: number }[] };
    policy.rules[3]!.rulePriority = policy.rules[2]!.rulePriority;
    const parsed = parseJson('dup.json', JSON.stringify(policy, null, 2));
    if (!parsed.ok) throw new Error('did not parse');
    const out = runRule(lifecyclePolicyValid, parsed.doc);
    expect(ids(out.findings)).toEqual(['duplicatePriority']);
  });
});

if (!HAS_SHARED) {
  it.skip(`ECR corpus tests need ${DIR} (present in CI; absent in a learner clone)`, () => {});
}
