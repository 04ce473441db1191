// ECR002: every repository makes image tags immutable, so a tag such as '1.0.0' always means the same image.
import { defineRule } from '../../engine/define.js';
import { literal } from '../lib/cloudformation.js';
import { asText, repositories, repositoryName } from './model.js';

export default defineRule({
  meta: {
    id: 'ECR002',
    name: 'immutable-tags',
    target: 'cloudformation',
    severity: 'error',
    title: 'Make image tags immutable',
    description:
      "Every ECR repository sets ImageTagMutability to IMMUTABLE, so a pushed tag can never be moved to another image: a task definition that names ':1.0.0' always runs the same code, and a compromised pipeline cannot overwrite a release.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
    evidence: ['ECR.2', 'CKV_AWS_51'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
      mutableDefault:
        "Repository '{{repository}}' does not set 'ImageTagMutability', so tags are MUTABLE: pushing ':1.0.0' again silently replaces the image that running tasks were started from. Add 'ImageTagMutability: IMMUTABLE'.",
      mutable:
        "Repository '{{repository}}' sets 'ImageTagMutability: {{value}}', so any tag can be overwritten by a later push. Use 'IMMUTABLE' and give every build a new tag (a version or the commit SHA).",
      withExclusion:
        "Repository '{{repository}}' uses '{{value}}', which still lets tags matching its exclusion filters be overwritten; Security Hub ECR.2 wants 'IMMUTABLE'. Use 'IMMUTABLE' and stop reusing tags such as 'latest'.",
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
      } else if (r.value !== 'IMMUTABLE') {
        failed++;
        const value = asText(r.value);
        ctx.report(/_WITH_EXCLUSION$/.test(value) ? 'withExclusion' : 'mutable', { repository, value }, at);
      }
    }
    ctx.tally(repos.length, failed);
  },
});
