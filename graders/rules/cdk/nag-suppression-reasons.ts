// CDK002: every cdk-nag acknowledgment in the synthesized template says why. With
// `writeSuppressionsToCloudFormation: true`, cdk-nag 3 copies each `Validations.of(construct).acknowledge({ id,
// reason })` into the Metadata of every resource under that construct, as
// `cdk_nag: { rules_to_suppress: [{ id, reason }] }` (observed with cdk-nag 3.0.2 and aws-cdk-lib 2.276.0).
// cdk-nag 3 itself accepts any reason, even an empty one (observed); cdk-nag 2's `NagPackSuppression` asked for
// at least 10 characters, and this rule keeps that bar and turns away placeholders. The CDK library's own
// acknowledgments (namespace `CloudFormation-Validate::`) are not the learner's and are not judged.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { isRecord } from '../lib/cloudformation.js';

/** The minimum reason length cdk-nag 2 documented for `NagPackSuppression.reason`. */
export const MIN_REASON = 10;
/** Rule ids of cdk-nag's packs, after an optional `Namespace::` prefix. */
const NAG_ID =
  /^(?:[\w.-]+::)?(?:AwsSolutions|HIPAA\.Security|NIST\.800\.53\.R[45]|PCI\.DSS\.321|Serverless)-/;
/** Reasons that say nothing: the whole (trimmed, lower-cased) reason is one of these words or phrases. */
const PLACEHOLDER =
  /^(?:todo|tbd|fixme|xxx+|n\/?a|none|null|undefined|ok(?:ay)?|fine|reason|no reason|suppress(?:ed)?|ignored?|acknowledged?|not needed|not required|false positive|lorem ipsum.*|test(?:ing)?|temp(?:orary)?|placeholder|wip|\.+|-+)[.!]*$/;

export interface Suppression {
  resource: string;
  index: number;
  id: string;
  reason: unknown;
}

/** Every cdk-nag suppression in the template's resource Metadata, in template order. */
export function nagSuppressions(resources: Record<string, unknown>): Suppression[] {
  const out: Suppression[] = [];
  for (const [name, r] of Object.entries(resources)) {
    if (!isRecord(r) || !isRecord(r['Metadata'])) continue;
    const nag = r['Metadata']['cdk_nag'];
    const list = isRecord(nag) ? nag['rules_to_suppress'] : undefined;
    if (!Array.isArray(list)) continue;
    list.forEach((entry, index) => {
      if (!isRecord(entry) || typeof entry['id'] !== 'string' || !NAG_ID.test(entry['id'])) return;
      out.push({ resource: name, index, id: entry['id'], reason: entry['reason'] });
    });
  }
  return out;
}

type Problem = 'noReason' | 'shortReason' | 'placeholderReason';

function problemOf(s: Suppression): Problem | undefined {
  if (typeof s.reason !== 'string' || s.reason.trim() === '') return 'noReason';
  const reason = s.reason.trim();
  const bare = s.id.replace(/^[\w.-]+::/, '');
  if (PLACEHOLDER.test(reason.toLowerCase()) || reason === s.id || reason === bare)
    return 'placeholderReason';
  if (reason.length < MIN_REASON) return 'shortReason';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'CDK002',
    name: 'nag-suppression-reasons',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give every cdk-nag acknowledgment a real reason',
    description:
      "Every cdk-nag rule acknowledged in the synthesized template (Metadata 'cdk_nag.rules_to_suppress') carries a reason of at least 10 characters that is not a placeholder, so a reviewer can tell a deliberate exception from a silenced warning.",
    docsUrl: 'https://github.com/cdklabs/cdk-nag#acknowledging-a-rule',
    evidence: ['AwsSolutions', 'AwsSolutions-IAM5'],
    messages: {
      noReason:
        "The cdk-nag finding '{{id}}' is acknowledged with no reason ({{covers}}), so nobody reviewing the stack can tell a deliberate exception from a silenced warning. Say why in the acknowledgment: \"Validations.of(construct).acknowledge({ id: '{{id}}', reason: '<why this is acceptable here>' })\", or fix the finding and drop the acknowledgment.",
      shortReason:
        "The cdk-nag finding '{{id}}' is acknowledged with the reason {{reason}} ({{covers}}), which is shorter than {{min}} characters and cannot say why the exception is safe. Write a sentence a reviewer can check, such as why the wildcard or the open port is needed here.",
      placeholderReason:
        "The cdk-nag finding '{{id}}' is acknowledged with the placeholder reason {{reason}} ({{covers}}). Replace it with why this exception is acceptable for this resource, or fix the finding and drop the acknowledgment.",
    },
  },
  check(doc, ctx) {
    const all = nagSuppressions(doc.template.Resources ?? {});
    if (all.length === 0) {
      ctx.notApplicable('the template acknowledges no cdk-nag finding');
      return;
    }
    // An acknowledgment on a construct is copied to every resource under it; judge each one once, where it first
    // appears, and say how many resources it covers.
    const groups = new Map<string, Suppression[]>();
    for (const s of all) {
      const key = JSON.stringify([s.id, s.reason]);
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    let failed = 0;
    for (const group of groups.values()) {
      const first = group[0]!;
      const problem = problemOf(first);
      if (!problem) continue;
      failed++;
      const covers =
        group.length === 1
          ? `on resource '${first.resource}'`
          : `on '${first.resource}' and ${countNoun(group.length - 1, 'more resource')}`;
      const reason = typeof first.reason === 'string' ? `'${first.reason.trim()}'` : 'none';
      ctx.report(problem, { id: first.id, reason, covers, min: MIN_REASON }, [
        'Resources',
        first.resource,
        'Metadata',
        'cdk_nag',
        'rules_to_suppress',
        first.index,
      ]);
    }
    ctx.tally(groups.size, failed);
  },
});
