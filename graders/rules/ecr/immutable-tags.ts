// ECR002: every repository makes image tags immutable, so a tag such as '1.0.0' always means the same image:
// IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION, where every tag is immutable except those matching the repository's
// ImageTagMutabilityExclusionFilters (say 'latest' or 'dev-*'); an exclusion filter of '*' alone excludes every tag,
// which is MUTABLE by another name.
import { defineRule } from '../../engine/define.js';
import { isRecord, literal, literalString } from '../lib/cloudformation.js';
import { asText, repositories, repositoryName } from './model.js';

export default defineRule({
  meta: {
    id: 'ECR002',
    name: 'immutable-tags',
    target: 'cloudformation',
    severity: 'error',
    title: 'Make image tags immutable',
    description:
      "Every ECR repository sets ImageTagMutability to IMMUTABLE, or to IMMUTABLE_WITH_EXCLUSION with exclusion filters that leave release tags immutable, so a pushed release tag can never be moved to another image: a task definition that names ':1.0.0' always runs the same code, and a compromised pipeline cannot overwrite a release.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    evidence: ['ECR.2', 'CKV_AWS_51'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
      mutableDefault:
        "Repository '{{repository}}' does not set 'ImageTagMutability', so tags are MUTABLE: pushing ':1.0.0' again silently replaces the image that running tasks were started from. Add 'ImageTagMutability: IMMUTABLE'.",
      mutable:
        "Repository '{{repository}}' sets 'ImageTagMutability: {{value}}', so any tag can be overwritten by a later push. Use 'IMMUTABLE' and give every build a new tag (a version or the commit SHA).",
      mutableWithExclusion:
        "Repository '{{repository}}' uses 'MUTABLE_WITH_EXCLUSION', so every tag except those matching its exclusion filters can be overwritten by a later push. Use 'IMMUTABLE', or 'IMMUTABLE_WITH_EXCLUSION' with 'ImageTagMutabilityExclusionFilters' naming only the tags you move on purpose (such as 'latest').",
      noExclusionFilters:
        "Repository '{{repository}}' uses 'IMMUTABLE_WITH_EXCLUSION' without 'ImageTagMutabilityExclusionFilters', which that setting needs to know which tags stay mutable. Add a filter such as '{ ImageTagMutabilityExclusionFilterType: WILDCARD, ImageTagMutabilityExclusionFilterValue: latest }', or use 'IMMUTABLE'.",
      excludesEverything:
        "Repository '{{repository}}' uses 'IMMUTABLE_WITH_EXCLUSION' with the exclusion filter '*', which matches every tag, so every tag can still be overwritten. Exclude only the tags you move on purpose, such as 'latest'.",
      computed:
        "'ImageTagMutability' of repository '{{repository}}' is decided at deploy time, so the grader cannot tell whether tags are immutable. Write 'IMMUTABLE'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const repos = repositories(t);
    if (repos.length === 0) {
      ctx.report('noRepository', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const repo of repos) {
      const repository = repositoryName(t, repo) ?? repo.name;
      const raw = repo.props['ImageTagMutability'];
      const at = [...repo.path, 'Properties', 'ImageTagMutability'];
      if (raw === undefined) {
        failed++;
        ctx.report('mutableDefault', { repository }, repo.path);
        continue;
      }
      const r = literal(t, raw);
      if (!r.known) {
        failed++;
        ctx.report('computed', { repository }, at);
      } else if (r.value === 'IMMUTABLE_WITH_EXCLUSION') {
        const problem = exclusionProblem(t, repo.props['ImageTagMutabilityExclusionFilters']);
        if (problem) {
          failed++;
          ctx.report(problem, { repository }, [...repo.path, 'Properties']);
        }
      } else if (r.value !== 'IMMUTABLE') {
        failed++;
        const value = asText(r.value);
        ctx.report(
          value === 'MUTABLE_WITH_EXCLUSION' ? 'mutableWithExclusion' : 'mutable',
          { repository, value },
          at,
        );
      }
    }
    ctx.tally(repos.length, failed);
  },
});

/** Why IMMUTABLE_WITH_EXCLUSION does not keep release tags immutable, if it does not. */
function exclusionProblem(
  t: Parameters<typeof literal>[0],
  raw: unknown,
): 'noExclusionFilters' | 'excludesEverything' | undefined {
  if (raw === undefined) return 'noExclusionFilters';
  if (!Array.isArray(raw)) return undefined; // computed: cfn-lint checks the shape; the grader gives the benefit
  if (raw.length === 0) return 'noExclusionFilters';
  const values = raw.map((f: unknown) =>
    isRecord(f) ? literalString(t, f['ImageTagMutabilityExclusionFilterValue']) : undefined,
  );
  return values.some((v) => v !== undefined && /^\*+$/.test(v)) ? 'excludesEverything' : undefined;
}
