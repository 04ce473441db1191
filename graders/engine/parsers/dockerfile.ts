// Dockerfiles via dockerfile-ast, which never throws on malformed input: every text has an AST, and
// syntax problems are left to the dockerfile-utils rule.
import { DockerfileParser } from 'dockerfile-ast';
import type { DockerfileDoc } from '../types.js';
import type { ParseResult } from './findings.js';

export type { Dockerfile, Instruction, From } from 'dockerfile-ast';

export function parseDockerfile(file: string, text: string): ParseResult<DockerfileDoc> {
  const ast = DockerfileParser.parse(text);
  return { ok: true, doc: { kind: 'dockerfile', file, text, ast, lines: text.split('\n') } };
}
