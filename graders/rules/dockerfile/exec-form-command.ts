// DKR005: CMD and ENTRYPOINT use exec (JSON) form, and the shipped image sets at least one of them.
import type { Instruction } from '../../engine/parsers/dockerfile.js';
import { defineRule } from '../../engine/define.js';
import { finalStageChain } from './support.js';

export default defineRule({
  meta: {
    id: 'DKR005',
    name: 'exec-form-command',
    target: 'dockerfile',
    severity: 'warning',
    title: 'Start the app with an exec-form CMD or ENTRYPOINT',
    description:
      'CMD and ENTRYPOINT are JSON arrays, so the app itself is PID 1 and receives SIGTERM when Docker or ECS stops the container, and can shut down cleanly.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
    evidence: ['DL3025'],
    messages: {
      shellForm:
        "'{{keyword}} {{command}}' uses shell form, so '/bin/sh -c' runs as PID 1 and does not pass SIGTERM on to the app: 'docker stop' and ECS wait out the stop timeout, then kill it. Use exec form: '{{keyword}} {{suggestion}}'.",
      invalidJson:
        "'{{keyword}} {{command}}' looks like exec form but is not valid JSON (exec form needs double quotes), so Docker runs it through a shell. Write it as '{{keyword}} {{suggestion}}'.",
      missing:
        "The final stage sets neither 'CMD' nor 'ENTRYPOINT', so the container runs whatever the base image '{{image}}' starts by default. Add an exec-form 'CMD', such as 'CMD [\"node\", \"server.js\"]'.",
    },
  },
  check(doc, ctx) {
    const chain = finalStageChain(doc.ast);
    const final = chain[0];
    if (!final) {
      ctx.notApplicable('no FROM instruction');
      return;
    }
    const pos = (i: Instruction) => {
      const s = i.getRange().start;
      return { line: s.line + 1, column: s.character + 1 };
    };
    const commands = [...doc.ast.getCMDs(), ...doc.ast.getENTRYPOINTs()].sort(
      (a, b) => a.getRange().start.line - b.getRange().start.line,
    );
    let checked = 0;
    let failed = 0;
    for (const cmd of commands) {
      const content = (cmd.getArgumentsContent() ?? '').trim();
      if (content === '') continue; // an empty CMD is dockerfile-syntax's business
      checked++;
      const keyword = cmd.getKeyword();
      if (content.startsWith('[')) {
        if (isJsonStringArray(content)) continue;
        failed++;
        ctx.report(
          'invalidJson',
          { keyword, command: content, suggestion: content.replace(/'/g, '"') },
          pos(cmd),
        );
      } else {
        failed++;
        ctx.report('shellForm', { keyword, command: content, suggestion: execFormOf(content) }, pos(cmd));
      }
    }
    const startsApp = chain.some(({ stage }) => stage.getCMDs().length + stage.getENTRYPOINTs().length > 0);
    if (!startsApp) {
      checked++;
      failed++;
      const s = final.from.getRange().start;
      ctx.report(
        'missing',
        { image: chain.at(-1)?.from.getImage() ?? 'scratch' },
        { line: s.line + 1, column: s.character + 1 },
      );
    }
    ctx.tally(checked, failed);
  },
});

function isJsonStringArray(text: string): boolean {
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) && v.every((x) => typeof x === 'string');
  } catch {
    return false;
  }
}

/** The exec form of a simple shell command; a placeholder when it needs a shell (pipes, variables, &&). */
function execFormOf(command: string): string {
  if (/[|&;<>$`*(){}]/.test(command)) return '["<executable>", "<argument>", …]';
  const words = command.split(/\s+/).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
  return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}
