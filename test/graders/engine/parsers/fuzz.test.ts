// Property tests: no parser throws, whatever the input; each either parses or returns findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAs } from '../../../../graders/engine/parsers/index.js';
import type { FileKind } from '../../../../graders/engine/types.js';

const KINDS: [FileKind, string][] = [
  ['json', 'task-definition.json'],
  ['cloudformation', 'template.yaml'],
  ['cloudformation', 'template.json'],
  ['kubernetes', 'k8s.yaml'],
  ['yaml', 'appspec.yaml'],
  ['files', 'labs/x/config.env'],
  ['dockerfile', 'Dockerfile'],
  ['text', '.dockerignore'],
];

// Inputs biased toward the syntax each parser cares about, plus arbitrary unicode.
const tokens = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  '"',
  "'",
  '- ',
  '\n',
  '  ',
  '\t',
  '&a ',
  '*a',
  '!Ref ',
  '!GetAtt ',
  '!Sub ',
  '---\n',
  '#',
  'FROM ',
  'RUN ',
  '\\\n',
  'a',
  '1',
  'true',
  'null',
  '%YAML 1.2\n',
  '? ',
  '|\n',
  '>-\n',
  '\u0000',
  '\uFEFF',
);
const structured = fc.array(tokens, { maxLength: 60 }).map((t) => t.join(''));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), structured, fc.json());

// 10,000 inputs per parser take about a second alone and several on a busy 2-core machine.
describe('parsers never throw', { timeout: 60_000 }, () => {
  for (const [kind, file] of KINDS) {
    it(`${kind} (${file}) on 10,000 random inputs`, () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const r = parseAs(kind, file, text);
          if (!r.ok) {
            expect(r.findings.length).toBeGreaterThan(0);
            for (const f of r.findings) {
              expect(f.file).toBe(file);
              expect(f.line).toBeGreaterThanOrEqual(1);
              expect(f.message.length).toBeGreaterThan(0);
            }
          }
        }),
        { numRuns: 10_000, seed: 20261126 },
      );
    });
  }
});
