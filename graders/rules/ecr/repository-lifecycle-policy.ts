// ECR006: a lifecycle policy embedded in the template (LifecyclePolicy.LifecyclePolicyText of an ECR repository)
// is valid JSON that follows ECR's lifecycle rules — the same checks as ECR004, through the shared helper.
import { defineRule } from '../../engine/define.js';
import { renderMessage } from '../../engine/run-rule.js';
import { isRecord } from '../../engine/parsers/record.js';
import { lifecycleMessages, validateLifecyclePolicy } from './lifecycle.js';
import { jsonProperty, repositories, repositoryName } from './model.js';

/** Where in the policy a problem is, for a finding that can only point at the whole text: "rules[1].selection". */
function jsonPath(path: readonly (string | number)[]): string {
  return path.reduce<string>(
    (s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg),
    '',
  );
}

export default defineRule({
  meta: {
    id: 'ECR006',
    name: 'repository-lifecycle-policy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Embed a valid lifecycle policy in the repository',
    description:
      "When an ECR repository in the template carries LifecyclePolicy.LifecyclePolicyText, the text is a JSON string that follows ECR's lifecycle policy rules (the same checks as ECR004); CloudFormation passes it to ECR unchanged and the stack fails if ECR rejects it. cfn-lint checks only its length (E3033).",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
    evidence: ['ECR.3', 'E3033'],
    messages: {
      invalid:
        "The lifecycle policy of repository '{{repository}}' is not one ECR accepts ({{at}}): {{problem}}",
      notObject:
        "'LifecyclePolicy' of repository '{{repository}}' must be an object with 'LifecyclePolicyText', such as 'LifecyclePolicy: { LifecyclePolicyText: \"{\\\"rules\\\": […]}\" }'.",
      noText:
        "'LifecyclePolicy' of repository '{{repository}}' has no 'LifecyclePolicyText', so no policy is applied. Paste the contents of lifecycle-policy.json into it as a string{{how}}.",
      notString:
        "'LifecyclePolicyText' of repository '{{repository}}' must be the policy as a JSON string, not {{mapping}}; CloudFormation rejects anything else. Write it as a string{{how}}.",
      notJson:
        "'LifecyclePolicyText' of repository '{{repository}}' is not valid JSON ({{error}}), so ECR rejects it. Paste the contents of a valid lifecycle-policy.json.",
      computed:
        "'LifecyclePolicyText' of repository '{{repository}}' is built at deploy time, so the grader cannot check it. Write the JSON text itself.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const withPolicy = repositories(t).filter((r) => r.props['LifecyclePolicy'] !== undefined);
    if (withPolicy.length === 0) {
      ctx.notApplicable('no repository in the template embeds a lifecycle policy');
      return;
    }
    // How to write JSON text inside this template: a YAML block scalar, or an escaped JSON string.
    const how =
      doc.format === 'yaml'
        ? " (a YAML block scalar, 'LifecyclePolicyText: |' followed by the JSON, keeps it readable)"
        : " (in a JSON template, the policy's text with its quotes escaped, as JSON.stringify writes it)";
    const mapping = doc.format === 'yaml' ? 'a YAML mapping' : 'a JSON object';
    let failed = 0;
    for (const repo of withPolicy) {
      const repository = repositoryName(t, repo) ?? repo.name;
      const lp = repo.props['LifecyclePolicy'];
      const at = [...repo.path, 'Properties', 'LifecyclePolicy'];
      if (!isRecord(lp)) {
        failed++;
        ctx.report('notObject', { repository }, at);
        continue;
      }
      if (lp['LifecyclePolicyText'] === undefined) {
        failed++;
        ctx.report('noText', { repository, how }, at);
        continue;
      }
      const textAt = [...at, 'LifecyclePolicyText'];
      const v = jsonProperty(t, lp['LifecyclePolicyText'], false);
      if (v.kind === 'computed') ctx.report('computed', { repository }, textAt);
      else if (v.kind === 'wrongType') ctx.report('notString', { repository, how, mapping }, textAt);
      else if (v.kind === 'notJson') ctx.report('notJson', { repository, error: v.error }, textAt);
      if (v.kind !== 'ok') {
        failed++;
        continue;
      }
      const problems = validateLifecyclePolicy(v.value);
      for (const p of problems) {
        ctx.report(
          'invalid',
          {
            repository,
            at: p.path.length ? jsonPath(p.path) : 'the whole policy',
            problem: renderMessage(lifecycleMessages[p.messageId], p.data),
          },
          textAt,
        );
      }
      if (problems.length) failed++;
    }
    ctx.tally(withPolicy.length, failed);
  },
});
