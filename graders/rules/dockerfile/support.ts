// Helpers the Dockerfile rules share: which stages make up the shipped image, how a RUN splits into
// commands, and where an instruction starts. Not a rule (the registry test skips modules without one).
import type { Dockerfile, From, Instruction } from '../../engine/parsers/dockerfile.js';
import type { ImageTemplate, Run } from 'dockerfile-ast';

export interface StageLink {
  from: From;
  stage: ImageTemplate;
}

/**
 * The stages that make up the shipped image, final stage first: when a stage is built `FROM` an earlier
 * stage, it inherits that stage's USER, HEALTHCHECK, CMD and labels, so those are part of the chain too.
 */
export function finalStageChain(ast: Dockerfile): StageLink[] {
  const froms = ast.getFROMs();
  const chain: StageLink[] = [];
  let index = froms.length - 1;
  while (index >= 0) {
    const from = froms[index];
    const stage = from ? ast.getContainingImage(from.getRange().start) : null;
    if (!from || !stage) break;
    chain.push({ from, stage });
    // Stage names are case-insensitive; only stages defined before this FROM can be its base.
    const base = from.getImageName()?.toLowerCase();
    index =
      base === undefined
        ? -1
        : froms.slice(0, index).findLastIndex((f) => f.getBuildStage()?.toLowerCase() === base);
  }
  return chain;
}

/** The simple commands of a RUN, split on `&&`, `||`, `;` and `|`, each as its words (leading `VAR=…` and `sudo` dropped). */
export function runCommands(run: Instruction): string[][] {
  let text = (run.getArgumentsContent() ?? '').trim();
  if (text.startsWith('[')) {
    try {
      const v: unknown = JSON.parse(text);
      if (Array.isArray(v)) text = v.map(String).join(' ');
    } catch {
      // not JSON: Docker runs it through a shell, and so do we
    }
  }
  return text
    .split(/&&|\|\||[;|\n]/)
    .map((c) => {
      const words = c
        .trim()
        .split(/\s+/)
        .filter((w) => w !== '');
      // `DEBIAN_FRONTEND=noninteractive apt-get …` and `sudo apt-get …` run the same command.
      while (words.length > 0 && (/^\w+=/.test(words[0] ?? '') || words[0] === 'sudo')) words.shift();
      return words;
    })
    .filter((words) => words.length > 0);
}

/** Targets of the RUN's `--mount=type=cache` mounts: caches there never reach the image. */
export function cacheMountTargets(run: Instruction): string[] {
  const targets: string[] = [];
  for (const flag of (run as Run).getFlags()) {
    if (flag.getName() !== 'mount') continue;
    const options = new Map(flag.getOptions().map((o) => [o.getName(), o.getValue() ?? '']));
    if (options.get('type') === 'cache')
      targets.push(options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '');
  }
  return targets;
}

/** 1-based position of an instruction's first character. */
export function startOf(i: Instruction): { line: number; column: number } {
  const s = i.getRange().start;
  return { line: s.line + 1, column: s.character + 1 };
}
