// DKI001: `.dockerignore` keeps the Git directory out of the build context.
import { defineRule } from '../../engine/define.js';
import { isExcluded } from './patterns.js';

export default defineRule({
  meta: {
    id: 'DKI001',
    name: 'excludes-git',
    target: 'text',
    severity: 'warning',
    title: 'Keep .git out of the build context',
    description:
      "'.dockerignore' excludes the .git directory, so the repository's history (and anything ever committed to it) is neither sent to the builder nor copied into the image by 'COPY . .'.",
    docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    evidence: ['S6470', 'DKL-LI-0003'],
    messages: {
      missing:
        "'.dockerignore' does not exclude '.git', so 'COPY . .' puts the repository's whole history into the image, including anything ever committed and later deleted. Add a line '.git'.",
      reincluded:
        "'.git' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
    },
  },
  check(doc, ctx) {
    const r = isExcluded(doc.lines, '.git/HEAD');
    if (r.excluded) return;
    if (r.decidedBy)
      ctx.report(
        'reincluded',
        { pattern: r.decidedBy.pattern, line: r.decidedBy.line },
        { line: r.decidedBy.line, column: 1 },
      );
    else ctx.report('missing');
  },
});
