// DKR014: the image does not advertise SSH (port 22).
import { defineRule } from '../../engine/define.js';

export default defineRule({
  meta: {
    id: 'DKR014',
    name: 'no-ssh-port',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Do not expose SSH',
    description:
      'No EXPOSE includes port 22: a container runs one app and is not a server to log into, and an SSH daemon is one more service to patch and attack.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#expose',
    evidence: ['CKV_DOCKER_1'],
    messages: {
      ssh: "'EXPOSE {{port}}' advertises SSH, but a container is not a server to log into, and an SSH daemon is one more service to patch and attack. Remove it; to get a shell in a running container use 'docker exec', or ECS Exec on ECS.",
    },
  },
  check(doc, ctx) {
    let checked = 0;
    let failed = 0;
    for (const expose of doc.ast.getInstructions().filter((i) => i.getKeyword() === 'EXPOSE')) {
      for (const arg of expose.getArguments()) {
        const port = arg.getValue();
        checked++;
        const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(port);
        if (!m) continue;
        const low = Number(m[1]);
        const high = m[2] === undefined ? low : Number(m[2]);
        if (low <= 22 && 22 <= high && m[3]?.toLowerCase() !== 'udp') {
          failed++;
          const s = arg.getRange().start;
          ctx.report('ssh', { port }, { line: s.line + 1, column: s.character + 1 });
        }
      }
    }
    if (checked === 0) ctx.notApplicable('no EXPOSE instructions');
    else ctx.tally(checked, failed);
  },
});
