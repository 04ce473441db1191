// One entry for every parser, keyed by the file kinds labs declare.
import type { DocOfKind, FileKind } from '../types.js';
import { parseCloudFormation } from './cloudformation.js';
import { parseDockerfile } from './dockerfile.js';
import { parseFileSet } from './file-set.js';
import type { ParseResult } from './findings.js';
import { parseJson } from './json.js';
import { parseKubernetes } from './kubernetes.js';
import { parseText } from './text.js';
import { parseYamlDocument } from './yaml.js';

export function parseAs<K extends FileKind>(kind: K, file: string, text: string): ParseResult<DocOfKind[K]> {
  const parsers: { [P in FileKind]: (f: string, t: string) => ParseResult<DocOfKind[P]> } = {
    dockerfile: parseDockerfile,
    text: parseText,
    json: parseJson,
    yaml: parseYamlDocument,
    cloudformation: parseCloudFormation,
    kubernetes: parseKubernetes,
    files: parseFileSet,
  };
  return parsers[kind](file, text) as ParseResult<DocOfKind[K]>;
}
