// DKR011: npm and Yarn installs in the shipped image leave no package cache behind. Build stages may keep
// theirs: only what the final stage (and the stages it is built from) runs ends up in the image.
import { defineRule } from '../../engine/define.js';
import { cacheMountTargets, finalStageChain, runCommands, startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR011',
    name: 'node-package-cache',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Leave no npm or Yarn cache in the final image',
    description:
      'An npm or Yarn install in the final stage cleans its cache in the same RUN or uses a cache mount, so downloaded tarballs do not ship; installing in a build stage and copying node_modules avoids the problem altogether.',
    docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    evidence: ['DL3060'],
    messages: {
      npm: "'{{command}}' in the final stage leaves npm's download cache ('~/.npm') in the image. Add '&& npm cache clean --force' to the same 'RUN', use a cache mount ('RUN --mount=type=cache,target=/root/.npm …'), or install in a build stage and copy only 'node_modules'.",
      yarn: "'{{command}}' in the final stage leaves Yarn's cache in the image. Add '&& yarn cache clean' to the same 'RUN', or install in a build stage and copy only 'node_modules'.",
    },
  },
  check(doc, ctx) {
    let checked = 0;
    let failed = 0;
    for (const { stage } of finalStageChain(doc.ast)) {
      for (const run of stage.getInstructions().filter((i) => i.getKeyword() === 'RUN')) {
        const commands = runCommands(run);
        const mounted = cacheMountTargets(run).length > 0;
        const npmCleaned = commands.some(
          (w) => w[0] === 'npm' && w[1] === 'cache' && (w[2] === 'clean' || w[2] === 'clear'),
        );
        const yarnCleaned = commands.some((w) => w[0] === 'yarn' && w[1] === 'cache' && w[2] === 'clean');
        for (const words of commands) {
          if (words[0] === 'npm' && ['install', 'i', 'ci', 'add'].includes(words[1] ?? '')) {
            checked++;
            if (mounted || npmCleaned) continue;
            failed++;
            ctx.report('npm', { command: words.slice(0, 2).join(' ') }, startOf(run));
          } else if (
            words[0] === 'yarn' &&
            (words.length === 1 || ['install', 'add'].includes(words[1] ?? '') || words[1]?.startsWith('-'))
          ) {
            checked++;
            if (mounted || yarnCleaned) continue;
            failed++;
            ctx.report('yarn', { command: words.slice(0, 2).join(' ') }, startOf(run));
          }
        }
      }
    }
    if (checked === 0) ctx.notApplicable('no npm or Yarn install in the final stage');
    else ctx.tally(checked, failed);
  },
});
