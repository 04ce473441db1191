// DKR012: every WORKDIR is an absolute path, so where files land does not depend on the base image.
import { defineRule } from '../../engine/define.js';
import { startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR012',
    name: 'absolute-workdir',
    target: 'dockerfile',
    severity: 'error',
    title: 'Use an absolute WORKDIR',
    description:
      "Every WORKDIR is an absolute path, so COPY destinations and the app's working directory are the same whatever directory the base image leaves you in.",
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#workdir',
    evidence: ['DL3000', 'CKV_DOCKER_10'],
    messages: {
      relative:
        "'WORKDIR {{path}}' is relative, so it resolves against the directory set before it (by you or by the base image) and moves when that changes. Use an absolute path such as '{{suggestion}}'.",
    },
  },
  check(doc, ctx) {
    const workdirs = doc.ast.getInstructions().filter((i) => i.getKeyword() === 'WORKDIR');
    if (workdirs.length === 0) {
      ctx.notApplicable('no WORKDIR instructions');
      return;
    }
    for (const workdir of workdirs) {
      const raw = (workdir.getArgumentsContent() ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
      // Expand a leading variable when its value is known; an unknown one gets the benefit of the doubt.
      const m = /^\$\{?(\w+)\}?/.exec(raw);
      let path: string | null = raw;
      if (m?.[1]) {
        const value = doc.ast.resolveVariable(m[1], workdir.getRange().start.line);
        path = value ? value + raw.slice(m[0].length) : null;
      }
      if (path === null || path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) continue;
      ctx.report('relative', { path: raw, suggestion: '/' + raw.replace(/^\.\//, '') }, startOf(workdir));
    }
    ctx.tally(workdirs.length);
  },
});
