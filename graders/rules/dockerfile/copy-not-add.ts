// DKR006: local files are copied with COPY. ADD stays for what only it does: unpacking a local archive,
// or fetching a URL that is pinned with --checksum.
import type { Add } from 'dockerfile-ast';
import { defineRule } from '../../engine/define.js';

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;

export default defineRule({
  meta: {
    id: 'DKR006',
    name: 'copy-not-add',
    target: 'dockerfile',
    severity: 'error',
    title: 'Use COPY, not ADD, for local files',
    description:
      'Local files and folders are copied with COPY, whose only job is copying; ADD, which also unpacks archives and downloads URLs, is kept for those cases, with remote files pinned by checksum.',
    docsUrl: 'https://docs.docker.com/build/building/best-practices/#add-or-copy',
    evidence: ['DL3020', 'CKV_DOCKER_4'],
    messages: {
      useCopy:
        "'ADD {{args}}' copies local files ('{{source}}'), which 'COPY' does more predictably: 'ADD' also unpacks archives and downloads URLs, so it can do more than you meant. Use 'COPY {{args}}'.",
      remoteNoChecksum:
        "'ADD {{source}}' downloads a file without verifying it, so a changed or tampered download goes into the image unnoticed. Add '--checksum=sha256:<digest>' to the 'ADD', or download it in a 'RUN' step that checks its hash.",
    },
  },
  check(doc, ctx) {
    const adds = doc.ast.getInstructions().filter((i) => i.getKeyword() === 'ADD');
    if (adds.length === 0) {
      ctx.notApplicable('no ADD instructions');
      return;
    }
    for (const add of adds) {
      const s = add.getRange().start;
      const at = { line: s.line + 1, column: s.character + 1 };
      const args = argumentsOf(add.getArgumentsContent() ?? '');
      const sources = args.slice(0, -1);
      const hasChecksum = (add as Add).getFlags().some((f) => f.getName() === 'checksum');
      const remote = sources.find((src) => /^https?:\/\//i.test(src));
      const local = sources.find(
        (src) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && !/^git@/.test(src) && !ARCHIVE.test(src),
      );
      if (local !== undefined) ctx.report('useCopy', { source: local, args: args.join(' ') }, at);
      else if (remote !== undefined && !hasChecksum) ctx.report('remoteNoChecksum', { source: remote }, at);
    }
    ctx.tally(adds.length);
  },
});

/** ADD's source and destination arguments, from shell form or JSON form, without flags. */
function argumentsOf(content: string): string[] {
  const text = content.trim();
  if (text.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(text);
      if (Array.isArray(v)) return v.map(String);
    } catch {
      // not JSON: fall through to shell-form splitting, as Docker does
    }
  }
  return text.split(/\s+/).filter((w) => w !== '');
}
