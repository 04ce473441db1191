// DKR010: `pip install` keeps no download cache in the layer: --no-cache-dir, PIP_NO_CACHE_DIR or a cache mount.
// Only the stages the shipped image is made of count: a build stage's cache never reaches the final image.
import { defineRule } from '../../engine/define.js';
import type { PropertyInstruction } from 'dockerfile-ast';
import { cacheMountTargets, finalImageRuns, finalStageChain, runCommands, startOf } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR010',
    name: 'pip-no-cache-dir',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Install Python packages with pip --no-cache-dir',
    description:
      "Every 'pip install' in the final image's stages runs with --no-cache-dir (or PIP_NO_CACHE_DIR set, or a cache mount), so downloaded wheels are not stored in the image layer. Build stages the final image only copies from may keep their cache.",
    docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
    evidence: ['DL3042'],
    messages: {
      noCacheDir:
        "'{{command}}' in the final image keeps every downloaded package in pip's cache ('~/.cache/pip'), which then ships in the layer. Add '--no-cache-dir', or set 'ENV PIP_NO_CACHE_DIR=1' before it.",
    },
  },
  check(doc, ctx) {
    // ENV and ARG reach a RUN only through its own stage or the stages it is built from: the chain.
    const chain = finalStageChain(doc.ast).flatMap(({ stage }) => stage.getInstructions());
    const envSetsNoCache = (line: number) =>
      chain
        .filter(
          (i) => (i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG') && i.getRange().start.line < line,
        )
        .some((i) =>
          (i as PropertyInstruction)
            .getProperties()
            .some((p) => p.getName() === 'PIP_NO_CACHE_DIR' && p.getValue()),
        );
    let checked = 0;
    let failed = 0;
    for (const run of finalImageRuns(doc.ast)) {
      const mounted = cacheMountTargets(run).some((t) => t.includes('pip'));
      for (const words of runCommands(run)) {
        const at = pipInstallAt(words);
        if (at < 0) continue;
        checked++;
        if (mounted || words.includes('--no-cache-dir') || envSetsNoCache(run.getRange().start.line))
          continue;
        failed++;
        ctx.report('noCacheDir', { command: words.slice(0, at + 2).join(' ') }, startOf(run));
      }
    }
    if (checked === 0) ctx.notApplicable('no pip install in the final image');
    else ctx.tally(checked, failed);
  },
});

/** Index of the `pip` word of `pip install …`, `pip3 install …` or `python -m pip install …`; -1 when not one. */
function pipInstallAt(words: string[]): number {
  const pip = /^pip(\d+(\.\d+)?)?$/;
  if (pip.test(words[0] ?? '') && words[1] === 'install') return 0;
  if (
    /^python(\d+(\.\d+)?)?$/.test(words[0] ?? '') &&
    words[1] === '-m' &&
    pip.test(words[2] ?? '') &&
    words[3] === 'install'
  )
    return 2;
  return -1;
}
