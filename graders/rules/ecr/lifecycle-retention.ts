// ECR005: the lifecycle policy does what the lab asks: it expires untagged images and keeps the last N tagged
// ones, so the repository holds every release you may roll back to and nothing else.
import { defineRule } from '../../engine/define.js';
import { retentionMessages, retentionProblems } from './lifecycle.js';

export default defineRule({
  meta: {
    id: 'ECR005',
    name: 'lifecycle-retention',
    target: 'json',
    severity: 'warning',
    title: 'Expire untagged images and keep the last N tagged',
    description:
      'The lifecycle policy has a rule that expires untagged images and a rule that keeps only the most recent N tagged images (tagStatus tagged, a tag list, countType imageCountMoreThan). Untagged images are left behind by every re-push; without a count limit, releases accumulate and are billed for storage forever.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html',
    evidence: ['ECR.3', 'CONTAINER_BUILD_COST_01'],
    messages: retentionMessages,
  },
  check(doc, ctx) {
    const r = retentionProblems(doc.value);
    for (const p of r.problems) ctx.report(p.messageId, p.data, p.path);
    ctx.tally(r.goals, r.missed);
  },
});
