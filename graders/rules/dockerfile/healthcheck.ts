// DKR004: the shipped image defines a HEALTHCHECK (in the final stage or the stage it is built from) and
// does not switch health checks off with HEALTHCHECK NONE.
import { defineRule } from '../../engine/define.js';
import { finalStageChain } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR004',
    name: 'healthcheck',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Declare a HEALTHCHECK in the final stage',
    description:
      'The shipped image has one HEALTHCHECK that probes the app, so Docker can report a container that is running but no longer answering as unhealthy.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
    evidence: ['CKV_DOCKER_2', 'DL3057', 'DL3012'],
    messages: {
      missing:
        "The final stage has no 'HEALTHCHECK', so Docker can only tell that the process is running, not that it answers requests. Add one that probes the app's health endpoint, such as 'HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"healthcheck.js\"]'.",
      disabled:
        "'HEALTHCHECK NONE' switches off every health check, including the base image's, so an app that hangs still looks healthy. Replace it with a 'HEALTHCHECK CMD …' that probes the app.",
      multiple:
        "This stage has {{count}} 'HEALTHCHECK' instructions, and only the last one takes effect. Keep a single 'HEALTHCHECK'.",
    },
  },
  check(doc, ctx) {
    const chain = finalStageChain(doc.ast);
    const final = chain[0];
    if (!final) {
      ctx.notApplicable('no FROM instruction');
      return;
    }
    const pos = (r: { start: { line: number; character: number } }) => ({
      line: r.start.line + 1,
      column: r.start.character + 1,
    });
    for (const { stage } of chain) {
      const checks = stage.getHEALTHCHECKs();
      const last = checks.at(-1);
      if (!last) continue;
      for (const extra of checks.slice(0, -1))
        ctx.report('multiple', { count: checks.length }, pos(extra.getRange()));
      if (last.getSubcommand()?.getValue().toUpperCase() === 'NONE')
        ctx.report('disabled', {}, pos(last.getRange()));
      return;
    }
    ctx.report('missing', {}, pos(final.from.getRange()));
  },
});
