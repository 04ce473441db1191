// IAM006 reads every text file of the lab folder. The keys below are assembled at run time, so this file holds no
// string a secret scanner would flag, and no test can pass by the secret being absent from its input.
import { describe, expect, it } from 'vitest';
import { fileSet } from '../../../../graders/engine/parsers/file-set.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { RuleOutcome, TextDoc } from '../../../../graders/engine/types.js';
import rule, { maskKeyId } from '../../../../graders/rules/iam/no-hard-coded-credentials.js';
import { LAB08 } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const KEY_ID = ['AKIA', 'J4TQ', '7RWX', '2MNB', '5KLP'].join('');
const TEMP_KEY_ID = ['ASIA', 'Q9ZC', '3VBN', '8HJK', '2LMT'].join('');
const SECRET = ['kT9vQ2mX', 'p7Lr4WzN', '8bYc1Hs/', 'J6dF3gA+', '0eUq5RiO'].join('');

const text = (file: string, body: string): TextDoc => {
  const parsed = parseText(file, body);
  if (!parsed.ok) throw new Error('fixture');
  return parsed.doc;
};
const run = (...files: TextDoc[]): RuleOutcome =>
  runRule(rule, fileSet('labs/08-iam-security', files), undefined);
const everything = (out: RuleOutcome): string => JSON.stringify(out.findings);

describe.skipIf(!HAS_SOLUTIONS)('IAM006 no-hard-coded-credentials', () => {
  it('the secret pieces have the shapes the rule looks for', () => {
    expect(KEY_ID).toMatch(/^AKIA[A-Z0-9]{16}$/);
    expect(SECRET).toHaveLength(40);
  });

  it('passes the reference solution and a README that only names the prefixes', () => {
    const out = run(
      text('labs/08-iam-security/template.yaml', LAB08),
      text(
        'labs/08-iam-security/README.md',
        "Access key ids start with 'AKIA' (long-term) or 'ASIA' (temporary).\n",
      ),
    );
    expect(out.findings).toEqual([]);
    expect(out.checked).toBe(2);
  });

  it('finds a key pair in .env, at file and line, and never repeats it', () => {
    const out = run(
      text(
        'labs/08-iam-security/.env',
        `AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${KEY_ID}\nAWS_SECRET_ACCESS_KEY=${SECRET}\n`,
      ),
    );
    expect(out.findings.map((f) => [f.messageId, f.file, f.line])).toEqual([
      ['accessKeyId', 'labs/08-iam-security/.env', 2],
      ['secretAccessKey', 'labs/08-iam-security/.env', 3],
    ]);
    expect(out.findings[0]!.message).toContain(`'${maskKeyId(KEY_ID)}'`);
    expect(everything(out)).not.toContain(KEY_ID);
    expect(everything(out)).not.toContain(SECRET);
    expect(everything(out)).not.toContain(KEY_ID.slice(4, 16));
  });

  it('finds a temporary key and its secret in an app config.json', () => {
    const out = run(
      text(
        'labs/08-iam-security/app/config.json',
        `{\n  "region": "us-east-1",\n  "credentials": {\n    "accessKeyId": "${TEMP_KEY_ID}",\n    "secretAccessKey": "${SECRET}"\n  }\n}\n`,
      ),
    );
    expect(out.findings.map((f) => [f.messageId, f.line])).toEqual([
      ['accessKeyId', 4],
      ['secretAccessKey', 5],
    ]);
    expect(everything(out)).not.toContain(TEMP_KEY_ID);
    expect(everything(out)).not.toContain(SECRET);
  });

  it("finds a key in the template's container Environment, with the value on the line after its name", () => {
    const template = LAB08.replace(
      '          Environment:\n',
      `          Environment:\n            - Name: AWS_ACCESS_KEY_ID\n              Value: ${KEY_ID}\n            - Name: AWS_SECRET_ACCESS_KEY\n              Value: ${SECRET}\n`,
    );
    const out = run(text('labs/08-iam-security/template.yaml', template));
    const line = template.split('\n').findIndex((l) => l.includes(KEY_ID)) + 1;
    expect(out.findings.map((f) => [f.messageId, f.line])).toEqual([
      ['accessKeyId', line],
      ['secretAccessKey', line + 2],
    ]);
    expect(everything(out)).not.toContain(SECRET);
  });

  it('counts one failed file however many keys it holds', () => {
    const out = run(
      text('labs/08-iam-security/a.env', `K=${KEY_ID}\nT=${TEMP_KEY_ID}\n`),
      text('labs/08-iam-security/b.txt', 'nothing here\n'),
    );
    expect(out.findings).toHaveLength(2);
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });

  it('leaves 40-character values alone when nothing names them a secret key, and longer ids alone', () => {
    const out = run(
      text(
        'labs/08-iam-security/notes.txt',
        `commit ${'a1b2c3d4e5'.repeat(4)}\nimage digest ${SECRET}\nid ${KEY_ID}XYZ\n`,
      ),
    );
    expect(out.findings).toEqual([]);
  });

  it('does not apply to an empty folder', () => {
    expect(run().notApplicable).not.toBeNull();
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
