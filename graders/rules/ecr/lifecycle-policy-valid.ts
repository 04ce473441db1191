// ECR004: the learner's lifecycle-policy.json is a policy ECR accepts, checked against ECR's own rules (unique
// priorities, the 'any' rule last, tag lists only where they belong, count types and units, actions).
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../../engine/parsers/record.js';
import { lifecycleMessages, validateLifecyclePolicy } from './lifecycle.js';

export default defineRule({
  meta: {
    id: 'ECR004',
    name: 'lifecycle-policy-valid',
    target: 'json',
    severity: 'error',
    title: 'Write a lifecycle policy ECR accepts',
    description:
      "The lifecycle policy document follows ECR's rules: every rule has a unique rulePriority, a 'tagStatus: any' rule has the highest priority, 'tagged' rules name a tagPrefixList or tagPatternList (at most four '*' per pattern) and 'untagged' rules name neither, countType and countUnit agree, countNumber is a positive whole number, and the action is 'expire' (or 'transition' to archive). ECR rejects a policy that breaks any of them.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html',
    evidence: ['ECR.3', 'ECR API PutLifecyclePolicy'],
    messages: lifecycleMessages,
  },
  check(doc, ctx) {
    const problems = validateLifecyclePolicy(doc.value);
    for (const p of problems) ctx.report(p.messageId, p.data, p.path);
    // Partial credit per rule; a problem with the policy as a whole fails every rule.
    const list = isRecord(doc.value) ? doc.value['rules'] : undefined;
    if (!Array.isArray(list) || list.length === 0) return;
    const failed = new Set<number>();
    for (const p of problems) {
      if (p.path[0] === 'rules' && typeof p.path[1] === 'number') failed.add(p.path[1]);
      else list.forEach((_, i) => failed.add(i));
    }
    ctx.tally(list.length, failed.size);
  },
});
