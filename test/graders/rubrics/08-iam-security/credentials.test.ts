// The acceptance test for hard-coded credentials: a key in any file of the lab folder (a .env, an app's
// config.json) is reported at its file and line, and the secret appears nowhere in what the learner sees: not in
// the finding, not in the JSON report, not in the terminal or Markdown rendering. The keys are assembled at run
// time, so this file holds no string a secret scanner would flag.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../../action/report/markdown.js';
import { renderPretty } from '../../../../action/report/pretty.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import type { Report } from '../../../../graders/engine/types.js';
import { RULES } from '../../../../graders/index.js';
import lab from '../../../../graders/rubrics/08-iam-security.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON, makeTree } from '../../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const KEY_ID = ['AKIA', 'J4TQ', '7RWX', '2MNB', '5KLP'].join('');
const TEMP_KEY_ID = ['ASIA', 'Q9ZC', '3VBN', '8HJK', '2LMT'].join('');
const SECRET = ['kT9vQ2mX', 'p7Lr4WzN', '8bYc1Hs/', 'J6dF3gA+', '0eUq5RiO'].join('');
const DIR = `labs/${lab.id}`;
// Absent in the published learner template, where the tests that read it skip.
const solution = HAS_SOLUTIONS
  ? fs.readFileSync(path.join(REPO, 'test/fixtures/solutions', DIR, 'template.yaml'), 'utf8')
  : '';

let report: Report;

beforeAll(async () => {
  const root = makeTree({
    [`${DIR}/template.yaml`]: solution,
    [`${DIR}/.env`]: `AWS_REGION=us-east-1\nAWS_ACCESS_KEY_ID=${KEY_ID}\nAWS_SECRET_ACCESS_KEY=${SECRET}\n`,
    [`${DIR}/app/config.json`]: `{\n  "bucket": "labs-web-uploads",\n  "accessKeyId": "${TEMP_KEY_ID}",\n  "secretAccessKey": "${SECRET}"\n}\n`,
  });
  report = await gradeSubmission({ root, labs: [lab], rules: RULES, lint: false });
}, 120_000);

// Grading with lint off starts no process; the timeout fits grading on a busy machine.
describe.skipIf(!HAS_SOLUTIONS)(
  `${lab.id}: credentials in any file of the lab`,
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('costs the credentials item, and only that item', () => {
      const l = report.labs[0]!;
      expect(l.items.filter((i) => i.status !== 'passed').map((i) => i.id)).toEqual([
        'no-hard-coded-credentials',
      ]);
    });

    it('points at each key by file and line', () => {
      const item = report.labs[0]!.items.find((i) => i.id === 'no-hard-coded-credentials')!;
      expect(item.findings.map((f) => [f.file, f.line, f.messageId])).toEqual([
        [`${DIR}/.env`, 2, 'accessKeyId'],
        [`${DIR}/.env`, 3, 'secretAccessKey'],
        [`${DIR}/app/config.json`, 3, 'accessKeyId'],
        [`${DIR}/app/config.json`, 4, 'secretAccessKey'],
      ]);
    });

    it.each([
      ['the JSON report', () => JSON.stringify(report)],
      ['the terminal report', () => renderPretty(report, { color: false })],
      ['the Markdown report', () => renderMarkdown(report)],
    ])('%s never shows a secret', (_name, render) => {
      const text = render();
      expect(text).toContain('AKIA…5KLP');
      for (const secret of [
        KEY_ID,
        TEMP_KEY_ID,
        SECRET,
        SECRET.slice(0, 20),
        SECRET.slice(20),
        KEY_ID.slice(4, 16),
      ])
        expect(text).not.toContain(secret);
    });
  },
);

describe.skipIf(!HAS_SOLUTIONS)(
  `${lab.id}: the credentials item needs the lab's work`,
  { timeout: PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('earns nothing while the template cannot be read, however clean the other files are', async () => {
      const root = makeTree({
        [`${DIR}/template.yaml`]: 'Resources: [\n',
        [`${DIR}/README.md`]: 'notes\n',
      });
      const r = await gradeSubmission({ root, labs: [lab], rules: RULES, lint: false });
      const item = r.labs[0]!.items.find((i) => i.id === 'no-hard-coded-credentials')!;
      expect(item.earned).toBe(0);
      expect(item.feedback).toMatch(/template is missing or could not be read/);
      expect(r.labs[0]!.score).toBe(0);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, PROCESS_TEST_TIMEOUT_MS);
