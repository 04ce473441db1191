// DKR003: the shipped image runs as an unprivileged user: the last USER of the final stage (or of the
// stage it is built from) is neither `root` nor UID 0.
import { defineRule } from '../../engine/define.js';
import { finalStageChain } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR003',
    name: 'non-root-user',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Run the final stage as a non-root user',
    description:
      'The last USER of the final stage names an unprivileged user, so a compromised or buggy app cannot act as root inside the container.',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#user',
    evidence: ['DL3002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
    messages: {
      missing:
        "The final stage never sets 'USER', so the app runs as 'root' and anyone who exploits it controls the whole container. Add a 'USER' line with an unprivileged account after the steps that need root (the official Node.js images include one called 'node'; elsewhere create one with 'adduser').",
      root: "The last 'USER' of the final stage is '{{user}}', so the app runs with root privileges. Switch to an unprivileged account (such as 'node' in the official Node.js images) after the steps that need root.",
    },
  },
  check(doc, ctx) {
    const chain = finalStageChain(doc.ast);
    const final = chain[0];
    if (!final) {
      ctx.notApplicable('no FROM instruction');
      return;
    }
    for (const { stage } of chain) {
      const user = stage
        .getInstructions()
        .filter((i) => i.getKeyword() === 'USER')
        .at(-1);
      if (!user) continue;
      const raw = user.getArguments()[0]?.getValue() ?? '';
      const name = resolve(raw.split(':')[0] ?? '', (v) =>
        doc.ast.resolveVariable(v, user.getRange().start.line),
      );
      // A user we cannot resolve statically (a build argument with no default) gets the benefit of the doubt.
      if (name !== null && (name === 'root' || /^0+$/.test(name))) {
        const s = user.getRange().start;
        ctx.report('root', { user: raw }, { line: s.line + 1, column: s.character + 1 });
      }
      return;
    }
    // No USER anywhere in the chain: only images published to run unprivileged (distroless ':nonroot') pass.
    const base = chain.at(-1)?.from;
    if (base && /nonroot/i.test(base.getImageTag() ?? '')) return;
    const s = final.from.getRange().start;
    ctx.report('missing', {}, { line: s.line + 1, column: s.character + 1 });
  },
});

/** Expands a lone `$NAME` or `${NAME}`; null when it has no value at that line. */
function resolve(value: string, lookup: (name: string) => string | null | undefined): string | null {
  const m = /^\$\{?(\w+)\}?$/.exec(value);
  if (!m?.[1]) return value;
  return lookup(m[1]) ?? null;
}
