// DKI003: `.dockerignore` keeps local secret files (.env) out of the build context.
import { defineRule } from '../../engine/define.js';
import { isExcluded } from './patterns.js';

export default defineRule({
  meta: {
    id: 'DKI003',
    name: 'excludes-env-files',
    target: 'text',
    severity: 'warning',
    title: 'Keep .env files out of the build context',
    description:
      "'.dockerignore' excludes .env, the file where local passwords and API keys usually live, so 'COPY . .' cannot bake them into the image.",
    docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    evidence: ['S6470', 'CIS-DI-0010'],
    messages: {
      missing:
        "'.dockerignore' does not exclude '.env', so the local secrets it holds are sent to the builder and 'COPY . .' bakes them into the image. Add a line '.env' (or '.env*' to cover '.env.local' too).",
      reincluded:
        "'.env' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
    },
  },
  check(doc, ctx) {
    const r = isExcluded(doc.lines, '.env');
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
