// The `files` kind: a lab may grade every text file of its folder (lab 08 looks for hard-coded credentials in any
// of them). The set is walked through the workspace reader, never follows a link, lists what it could not read, does
// not make a lab "started" by itself, and a rule on it reports findings on the file where it found something.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defineLab, defineRule } from '../../../graders/engine/define.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { loadSubmission } from '../../../graders/engine/load.js';
import type { Lab } from '../../../graders/engine/types.js';
import { notDeployed } from '../../../graders/rubrics/lib/sandbox.js';
import { makeTree } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const marker = defineRule({
  meta: {
    id: 'TST010',
    name: 'no-marker',
    target: 'files',
    severity: 'error',
    title: 'No marker',
    description: 'Test rule: reports every line that holds MARKER, in whichever file holds it.',
    docsUrl: 'https://example.invalid/tst010',
    evidence: [],
    messages: { found: 'A marker sits here.' },
  },
  check(doc, ctx) {
    let failed = 0;
    for (const f of doc.files)
      f.lines.forEach((l, i) => {
        const column = l.indexOf('MARKER');
        if (column < 0) return;
        failed++;
        ctx.report('found', {}, { file: f.file, line: i + 1, column: column + 1 });
      });
    ctx.tally(Math.max(doc.files.length, 1), Math.min(failed, 1));
  },
});

const lab: Lab = defineLab({
  id: '92-file-set',
  title: 'File set',
  part: 'test',
  summary: 'A lab that reads every file of its folder.',
  files: [
    { id: 'notes', paths: ['notes.txt'], kind: 'text', required: true },
    { id: 'lab-files', paths: ['**'], kind: 'files', required: false },
  ],
  sandbox: notDeployed('test lab'),
  items: [
    {
      id: 'no-marker',
      title: 'No marker anywhere',
      points: 10,
      file: 'lab-files',
      rules: ['TST010'],
      hint: 'Remove the markers.',
      praise: 'No markers.',
      evidence: [{ kind: 'aws-doc', url: 'https://example.invalid/tst010' }],
      docsUrl: 'https://example.invalid/tst010',
    },
  ],
});

const DIR = 'labs/92-file-set';

// No process starts (lint is off), but grading could start cfn-lint, so the suite states a timeout that fits one.
describe('the files kind', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('grades every text file of the lab folder and reports on the file that holds the problem', async () => {
    const root = makeTree({
      [`${DIR}/notes.txt`]: 'work\n',
      [`${DIR}/app/config.env`]: 'A=1\nB=MARKER\n',
      [`${DIR}/scripts/run.sh`]: '#!/bin/sh\n  echo MARKER\n',
      [`${DIR}/node_modules/dep/MARKER.js`]: 'MARKER\n',
    });
    const r = await gradeSubmission({ root, labs: [lab], rules: [marker], lint: false });
    const item = r.labs[0]!.items[0]!;
    expect(item.status).toBe('failed');
    expect(item.findings.map((f) => [f.file, f.line, f.column])).toEqual([
      [`${DIR}/app/config.env`, 2, 3],
      [`${DIR}/scripts/run.sh`, 2, 8],
    ]);
  });

  it('passes a clean folder', async () => {
    const root = makeTree({ [`${DIR}/notes.txt`]: 'work\n', [`${DIR}/a.json`]: '{}' });
    const r = await gradeSubmission({ root, labs: [lab], rules: [marker], lint: false });
    expect(r.labs[0]!.items[0]).toMatchObject({ status: 'passed', earned: 10 });
  });

  it('lists links, binaries and oversized files as skipped, and reads the rest', async () => {
    const root = makeTree({
      [`${DIR}/notes.txt`]: 'work\n',
      [`${DIR}/ok.txt`]: 'fine\n',
      [`${DIR}/big.txt`]: 'x'.repeat(2048),
    });
    fs.writeFileSync(path.join(root, DIR, 'image.png'), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    fs.symlinkSync('/etc/passwd', path.join(root, DIR, 'passwd'));
    const loaded = await loadSubmission(root, [lab], undefined, { maxFileBytes: 1024 });
    const st = loaded.labs[0]!.files.get('lab-files');
    expect(st?.state).toBe('parsed');
    if (st?.state !== 'parsed' || st.doc.kind !== 'files') throw new Error('no file set');
    expect(st.doc.files.map((f) => f.file)).toEqual([`${DIR}/notes.txt`, `${DIR}/ok.txt`]);
    expect(st.doc.skipped.map((s) => s.path)).toEqual([
      `${DIR}/big.txt`,
      `${DIR}/image.png`,
      `${DIR}/passwd`,
    ]);
    expect(st.doc.skipped.find((s) => s.path.endsWith('passwd'))?.reason).toMatch(/symbolic link/);
  });

  it('does not make a lab started by itself: a lab with only extra files and no graded file is not started', async () => {
    const root = makeTree({ [`${DIR}/extra.txt`]: 'MARKER\n' });
    const r = await gradeSubmission({ root, labs: [lab], rules: [marker], lint: false });
    expect(r.labs[0]!.status).toBe('not-started');
    expect(r.labs[0]!.score).toBe(0);
  });

  it('reads only the subfolder a lab file names (`parameters/`), and an empty set when it is absent', async () => {
    const subLab: Lab = {
      ...lab,
      files: [
        { id: 'notes', paths: ['notes.txt'], kind: 'text', required: true },
        { id: 'lab-files', paths: ['parameters/'], kind: 'files', required: false },
      ],
    };
    const root = makeTree({
      [`${DIR}/notes.txt`]: 'MARKER\n',
      [`${DIR}/parameters/us-east-1.json`]: '[]\n',
      [`${DIR}/parameters/eu-west-1.json`]: '[MARKER]\n',
    });
    const loaded = await loadSubmission(root, [subLab]);
    const st = loaded.labs[0]!.files.get('lab-files');
    if (st?.state !== 'parsed' || st.doc.kind !== 'files') throw new Error('no file set');
    expect(st.doc.file).toBe(`${DIR}/parameters`);
    expect(st.doc.files.map((f) => f.file)).toEqual([
      `${DIR}/parameters/eu-west-1.json`,
      `${DIR}/parameters/us-east-1.json`,
    ]);
    const r = await gradeSubmission({ root, labs: [subLab], rules: [marker], lint: false });
    expect(r.labs[0]!.items[0]!.findings.map((f) => f.file)).toEqual([`${DIR}/parameters/eu-west-1.json`]);

    const none = await loadSubmission(makeTree({ [`${DIR}/notes.txt`]: 'work\n' }), [subLab]);
    const empty = none.labs[0]!.files.get('lab-files');
    if (empty?.state !== 'parsed' || empty.doc.kind !== 'files') throw new Error('no file set');
    expect(empty.doc.files).toEqual([]);
  });
});
