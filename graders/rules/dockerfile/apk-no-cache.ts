// DKR009: `apk add` keeps no package index in the layer: --no-cache, or the cache removed in the same RUN.
import { defineRule } from '../../engine/define.js';
import { cacheMountTargets, runCommands, startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR009',
    name: 'apk-no-cache',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Install Alpine packages with apk add --no-cache',
    description:
      "Every 'apk add' uses --no-cache, so the Alpine package index is fetched for the install and not stored in the image layer.",
    docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    evidence: ['DL3019'],
    messages: {
      noCache:
        "'apk add' without '--no-cache' stores the package index in '/var/cache/apk', where it stays in the layer for nothing. Use 'apk add --no-cache {{packages}}'.",
    },
  },
  check(doc, ctx) {
    let checked = 0;
    let failed = 0;
    for (const run of doc.ast.getInstructions().filter((i) => i.getKeyword() === 'RUN')) {
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
    if (checked === 0) ctx.notApplicable('no apk add');
    else ctx.tally(checked, failed);
  },
});
