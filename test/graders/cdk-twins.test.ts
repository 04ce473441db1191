// Correct work in the CDK's style keeps its points: each CDK twin of a reference solution
// (test/fixtures/solutions-cdk/labs/<id>/, an app written with L2 constructs) is synthesized by the real synth
// source and must earn exactly what its CloudFormation original earns, item by item. A rule that reads only
// hand-written shapes (a literal where the CDK writes Fn::Join, an inline ingress where it writes a separate
// AWS::EC2::SecurityGroupIngress) shows up here as a lost point on the twin.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdkSynthSource } from '../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../graders/engine/grade.js';
import { workspaceSource } from '../../graders/engine/load.js';
import type { LabReport } from '../../graders/engine/report.js';
import { LABS, RULES } from '../../graders/index.js';
import { HAS_CFN_LINT } from '../helpers/cfn-lint.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';

const CFN_ROOT = path.join(REPO, 'test/fixtures/solutions');
const CDK_ROOT = path.join(REPO, 'test/fixtures/solutions-cdk');
// The twins are solutions too: the published learner template leaves them out with the others.
const HAS_TWINS = HAS_SOLUTIONS && fs.existsSync(CDK_ROOT);

/** Each twin and the stack its bin/app.ts creates. */
const TWINS = [
  { id: '03-ecs-service-alb', stack: 'EcsServiceAlbStack' },
  { id: '09-auto-scaling', stack: 'AutoScalingStack' },
] as const;

async function grade(root: string, id: string, cdk: boolean): Promise<LabReport> {
  const lab = LABS.find((l) => l.id === id);
  if (!lab) throw new Error(`lab ${id} is not registered`);
  const report = await gradeSubmission({
    root,
    labs: [lab],
    rules: RULES,
    lint: HAS_CFN_LINT,
    ...(cdk ? { sources: [cdkSynthSource(), workspaceSource] } : {}),
  });
  return report.labs[0]!;
}

const earned = (l: LabReport) => Object.fromEntries(l.items.map((i) => [i.id, i.earned]));

describe.skipIf(!HAS_TWINS)('CDK twins of the reference solutions', () => {
  it.each(TWINS)(
    '$id: the CDK app earns what its CloudFormation original earns',
    async ({ id, stack }) => {
      const original = await grade(CFN_ROOT, id, false);
      const twin = await grade(CDK_ROOT, id, true);

      // Graded from the app, not from a template file lying beside it.
      expect(twin.synthesized?.stack).toBe(stack);
      expect(twin.synthesized?.by).toBe('grader');
      expect(original.synthesized).toBeUndefined();
      // The app synthesizes cleanly: no CDK warning or failed synth left in the feedback.
      expect(twin.notices).toEqual([]);

      expect(earned(twin)).toEqual(earned(original));
      expect(twin.score).toBe(original.score);
      // The reference earns everything where cfn-lint runs, so equal scores are full scores, not equal losses.
      if (HAS_CFN_LINT) expect(original.score).toBe(original.maxScore);
    },
    SLOW_PROCESS_TEST_TIMEOUT_MS,
  );
});

if (!HAS_TWINS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
