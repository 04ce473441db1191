// DKR000: the Dockerfile is one Docker can build. Reports dockerfile-utils' errors (its warnings, such as
// instruction casing, are style and are left to the other rules).
import { validate, ValidationCode } from 'dockerfile-utils';
import { defineRule } from '../../engine/define.js';

// LSP DiagnosticSeverity.Error: what dockerfile-utils uses for problems that stop `docker build`.
const LSP_ERROR = 1;

export default defineRule({
  meta: {
    id: 'DKR000',
    name: 'dockerfile-syntax',
    target: 'dockerfile',
    severity: 'error',
    title: 'Write a Dockerfile that Docker can build',
    description:
      'Checks the file the way the Docker builder parses it: unknown instructions, missing or extra arguments, invalid flags and stage names. Any of these stops docker build before it starts.',
    docsUrl: 'https://docs.docker.com/reference/dockerfile/',
    evidence: ['DL1000'],
    messages: {
      noFrom:
        "The Dockerfile has no 'FROM' instruction, so Docker has no base image to build on. Start it with 'FROM <image>:<tag>'; only comments, parser directives and 'ARG' may come before it.",
      invalid:
        'Docker cannot build this line ({{problem}}). Fix it using the syntax in the Dockerfile reference; docker build stops at the first such error.',
    },
  },
  check(doc, ctx) {
    for (const d of validate(doc.text)) {
      if (d.severity !== LSP_ERROR) continue;
      const at = { line: d.range.start.line + 1, column: d.range.start.character + 1 };
      if (d.code === ValidationCode.NO_SOURCE_IMAGE) ctx.report('noFrom', {}, at);
      else {
        const problem = typeof d.message === 'string' ? d.message : d.message.value;
        ctx.report('invalid', { problem: problem.replace(/\.$/, '') }, at);
      }
    }
  },
});
