// DKR007: no ARG or ENV whose name says it holds a secret, and no ARG or ENV value that is an AWS access key.
// Both end up in the image (ENV in its config, ARG in its history and build metadata).
import type { PropertyInstruction } from 'dockerfile-ast';
import { defineRule } from '../../engine/define.js';

// Name words that mark a secret, after splitting on `_`, `-`, `.` and camelCase.
const SECRET_WORDS = new Set([
  'PASSWORD',
  'PASSWD',
  'SECRET',
  'TOKEN',
  'APIKEY',
  'CREDENTIAL',
  'CREDENTIALS',
  'PRIVATEKEY',
]);
const SECRET_PAIRS = [
  ['API', 'KEY'],
  ['PRIVATE', 'KEY'],
  ['ACCESS', 'KEY'],
  ['SECRET', 'KEY'],
  ['AUTH', 'KEY'],
] as const;
// Names that hold where a secret is, not the secret: `DB_PASSWORD_FILE=/run/secrets/db`, `API_TOKEN_SECRET_ARN`.
const REFERENCE_SUFFIXES = new Set([
  'FILE',
  'PATH',
  'DIR',
  'ARN',
  'NAME',
  'ID',
  'URL',
  'URI',
  'ENDPOINT',
  'HEADER',
  'LENGTH',
]);
// Always secrets, whatever their suffix.
const ALWAYS = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
const AWS_KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;

export function isSecretName(name: string): boolean {
  if (ALWAYS.has(name.toUpperCase())) return true;
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[_.-]+/)
    .filter((w) => w !== '');
  if (words.length === 0 || REFERENCE_SUFFIXES.has(words.at(-1) ?? '')) return false;
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  return SECRET_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

export default defineRule({
  meta: {
    id: 'DKR007',
    name: 'no-secrets-in-env',
    target: 'dockerfile',
    severity: 'error',
    title: 'Keep secrets out of ARG and ENV',
    description:
      'No ARG or ENV carries a password, token, API key or AWS credential: ENV values are stored in the image configuration and build arguments in its history, where anyone who can pull the image can read them.',
    docsUrl: 'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
    evidence: ['DL3064', 'ECS.8'],
    messages: {
      env: "'ENV {{name}}' stores a secret in the image, where anyone who can pull it reads the value with 'docker inspect'. Remove it and supply the value when the container starts (on ECS, through the task definition's 'secrets' from Secrets Manager or SSM Parameter Store).",
      arg: "'ARG {{name}}' passes a secret as a build argument, which is recorded in the image history and build metadata. Use a secret mount instead: 'RUN --mount=type=secret,id={{id}} …' with 'docker build --secret id={{id}},env={{name}}'.",
      awsKey:
        "'{{keyword}} {{name}}' holds what looks like an AWS access key ID ('{{prefix}}…'), and anything in a Dockerfile ends up in the image and in Git. Remove it, deactivate the key in IAM, and give the container an IAM task role instead of keys.",
    },
  },
  check(doc, ctx) {
    const variables = doc.ast
      .getInstructions()
      .filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG') as PropertyInstruction[];
    let checked = 0;
    let failed = 0;
    for (const instruction of variables) {
      const keyword = instruction.getKeyword();
      for (const property of instruction.getProperties()) {
        checked++;
        const name = property.getName();
        const value = property.getValue() ?? '';
        const s = property.getNameRange().start;
        const at = { line: s.line + 1, column: s.character + 1 };
        const key = AWS_KEY_ID.exec(value);
        if (key) {
          failed++;
          ctx.report('awsKey', { keyword, name, prefix: key[0].slice(0, 4) }, at);
        } else if (isSecretName(name)) {
          failed++;
          if (keyword === 'ENV') ctx.report('env', { name }, at);
          else ctx.report('arg', { name, id: name.toLowerCase().replace(/_/g, '-') }, at);
        }
      }
    }
    if (checked === 0) ctx.notApplicable('no ARG or ENV instructions');
    else ctx.tally(checked, failed);
  },
});
