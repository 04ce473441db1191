// DKI002: `.dockerignore` keeps locally installed dependencies (node_modules) out of the build context.
import { defineRule } from '../../engine/define.js';
import { isExcluded } from './patterns.js';

export default defineRule({
  meta: {
    id: 'DKI002',
    name: 'excludes-dependencies',
    target: 'text',
    severity: 'warning',
    title: 'Keep node_modules out of the build context',
    description:
      "'.dockerignore' excludes node_modules, so the image gets the dependencies 'npm ci' installs inside it, not the ones on your machine, and the build context stays small.",
    docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    evidence: ['S6470'],
    messages: {
      missing:
        "'.dockerignore' does not exclude 'node_modules', so the packages installed on your machine (built for its OS, dev dependencies included) are sent to the builder and 'COPY . .' can overwrite the ones 'npm ci' installed. Add a line 'node_modules'.",
      reincluded:
        "'node_modules' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
    },
  },
  check(doc, ctx) {
    const r = isExcluded(doc.lines, 'node_modules/package/index.js');
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
