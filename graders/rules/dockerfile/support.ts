// Helpers the Dockerfile rules share: which stages make up the shipped image, how a RUN splits into
// commands, and where an instruction starts. Not a rule (the registry test skips modules without one).
import type { Dockerfile, From, Instruction } from '../../engine/parsers/dockerfile.js';
import type { ImageTemplate, Run } from 'dockerfile-ast';

/**
 * The global build arguments: the `ARG`s before the first `FROM`, the only ones a `FROM` line can use, each with
 * its default ('' when it has none). A plain `docker build` uses these defaults.
 */
export function globalArgs(ast: Dockerfile): Map<string, string> {
  const firstFrom = ast.getFROMs()[0]?.getRange().start.line ?? Number.POSITIVE_INFINITY;
  const args = new Map<string, string>();
  for (const arg of ast.getARGs()) {
    if (arg.getRange().start.line >= firstFrom) continue;
    const p = arg.getProperty();
    const name = p?.getName();
    if (name) args.set(name, p?.getValue() ?? '');
  }
  return args;
}

/** A text with its `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` references replaced, and the names used. */
export function expandArgs(
  text: string,
  args: ReadonlyMap<string, string>,
): { text: string; used: string[] } {
  const used: string[] = [];
  const out = text.replace(
    /\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g,
    (
      _m,
      braced: string | undefined,
      op: string | undefined,
      word: string | undefined,
      bare: string | undefined,
    ) => {
      const name = (braced ?? bare)!;
      used.push(name);
      const value = args.get(name) ?? '';
      if (op === '-') return value === '' ? (word ?? '') : value;
      if (op === '+') return value === '' ? '' : (word ?? '');
      return value;
    },
  );
  return { text: out, used };
}

/** An image reference's parts: `registry/name:tag@digest`; the tag is what follows the last ':' after the last '/'. */
export function parseImageRef(ref: string): { name: string; tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const rest = at >= 0 ? ref.slice(0, at) : ref;
  const colon = rest.lastIndexOf(':');
  const tagged = colon > rest.lastIndexOf('/');
  return { name: tagged ? rest.slice(0, colon) : rest, tag: tagged ? rest.slice(colon + 1) : null, digest };
}

/** The image a FROM names, with global ARG defaults filled in, as a plain `docker build` resolves it. */
export function resolvedFromImage(ast: Dockerfile, from: From): { image: string; used: string[] } | null {
  const image = from.getImage();
  if (image === null) return null;
  const { text, used } = expandArgs(image, globalArgs(ast));
  return { image: text, used };
}

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
    // Stage names are case-insensitive; only stages defined before this FROM can be its base. `FROM ${STAGE}`
    // names a stage through a global ARG.
    const resolved = resolvedFromImage(ast, from);
    const base = (resolved ? parseImageRef(resolved.image).name : from.getImageName())?.toLowerCase();
    index =
      base === undefined
        ? -1
        : froms.slice(0, index).findLastIndex((f) => f.getBuildStage()?.toLowerCase() === base);
  }
  return chain;
}

/**
 * The RUN instructions whose results ship: those of the stages in {@link finalStageChain}, in file order. A build
 * stage outside the chain hands on only what the final image copies from it, so caches it leaves stay behind.
 */
export function finalImageRuns(ast: Dockerfile): Instruction[] {
  return finalStageChain(ast)
    .flatMap(({ stage }) => stage.getInstructions().filter((i) => i.getKeyword() === 'RUN'))
    .sort((a, b) => a.getRange().start.line - b.getRange().start.line);
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
