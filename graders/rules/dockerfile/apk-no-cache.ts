// DKR009: `apk add` keeps no package index in the layer: --no-cache, or the cache removed in the same RUN.
// Only the stages the shipped image is made of count: a build stage's index never reaches the final image.
import { defineRule } from '../../engine/define.js';
import { cacheMountTargets, finalImageRuns, runCommands, startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR009',
    name: 'apk-no-cache',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Install Alpine packages with apk add --no-cache',
    description:
      "Every 'apk add' in the final image's stages uses --no-cache, so the Alpine package index is fetched for the install and not stored in the image layer. Build stages the final image only copies from may keep theirs.",
    docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    evidence: ['DL3019'],
    messages: {
      noCache:
        "'apk add' in the final image without '--no-cache' stores the package index in '/var/cache/apk', where it stays in the layer for nothing. Use 'apk add --no-cache {{packages}}'.",
    },
  },
  check(doc, ctx) {
    let checked = 0;
    let failed = 0;
    for (const run of finalImageRuns(doc.ast)) {
      const commands = runCommands(run);
      const cleaned =
        commands.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/cache/apk'))) ||
        cacheMountTargets(run).some((t) => t.startsWith('/var/cache/apk') || t.startsWith('/etc/apk/cache'));
      for (const words of commands) {
        if (words[0] !== 'apk' || !words.includes('add')) continue;
        checked++;
        if (words.includes('--no-cache') || cleaned) continue;
        const packages = words.slice(words.indexOf('add') + 1).filter((w) => !w.startsWith('-'));
        failed++;
        ctx.report('noCache', { packages: packages.join(' ') || '<package>' }, startOf(run));
      }
    }
    if (checked === 0) ctx.notApplicable('no apk add in the final image');
    else ctx.tally(checked, failed);
  },
});
