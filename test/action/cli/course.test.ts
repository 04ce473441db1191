// `labgrade grade` under a course configuration: the submission's own `.github/course.yml` (or `--config`) picks
// the labs and their points, and `--submitted-at` against its due dates sets the late penalty the report shows.
// A configuration that does not validate is a usage error (exit 2) naming each field at fault.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import type { Report } from '../../../graders/engine/types.js';
import { TEST_RULES, otherLab, testLab, testLabFiles } from '../../helpers/test-labs.js';
import { makeTree } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const registry = { labs: [testLab, otherLab], rules: TEST_RULES };

function io(): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s) },
    env: {},
    out: () => out,
    err: () => err,
  };
}

const COURSE = `version: 1
labs: [91-other-lab]
due: '2027-01-15T23:59:00Z'
late:
  penaltyPerDay: 25
  cutoffDays: 2
lab:
  91-other-lab:
    points: 10
    feedback: hints
`;
const GOOD = { 'labs/91-other-lab/Dockerfile': 'FROM public.ecr.aws/docker/library/node:22\n' };
const BAD = { 'labs/91-other-lab/Dockerfile': '# no FROM yet\n' };

async function grade(files: Record<string, string>, ...args: string[]) {
  const t = io();
  const code = await main(['grade', '--root', makeTree(files), '--no-lint', ...args], t, registry);
  return { code, t };
}

describe('labgrade grade with a course configuration', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it("reads the submission's .github/course.yml: enabled labs, points, and the late penalty", async () => {
    const { code, t } = await grade(
      { ...testLabFiles(), ...GOOD, '.github/course.yml': COURSE },
      '--format',
      'json',
      '--submitted-at',
      '2027-01-16T10:00:00+01:00',
    );
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(t.out()) as Report;
    expect(report.labs.map((l) => l.id)).toEqual(['91-other-lab']);
    expect(report.maxScore).toBe(10);
    expect(report.labs[0]).toMatchObject({
      score: 7.5,
      maxScore: 10,
      feedback: 'hints',
      late: { daysLate: 1, penaltyPercent: 25, deducted: 2.5, pastCutoff: false },
    });
    expect(report.score).toBe(7.5);
  });

  it('shows the late penalty and hides findings at the hints level, in the terminal and in Markdown', async () => {
    const files = { ...BAD, '.github/course.yml': COURSE };
    const pretty = (await grade(files, '--submitted-at', '2027-01-14T00:00:00Z')).t.out();
    expect(pretty).toContain('Due 2027-01-15 23:59 UTC; submitted on time (2027-01-14 00:00 UTC).');
    expect(pretty).toContain('the findings (file and line) are not shown');
    expect(pretty).not.toContain('Dockerfile:1:1');
    const full = (
      await grade({ ...BAD, '.github/course.yml': COURSE.replace('    feedback: hints\n', '') })
    ).t.out();
    expect(full).toContain('labs/91-other-lab/Dockerfile:1:1');
    const md = (await grade(files, '--format', 'markdown', '--submitted-at', '2027-01-20T00:00:00Z')).t.out();
    expect(md).toContain('past the late cutoff: this lab earns 0');
  });

  it('hides every item at the score-only level', async () => {
    const course = COURSE.replace('feedback: hints', 'feedback: score-only');
    const { t } = await grade({ ...BAD, '.github/course.yml': course }, '--format', 'markdown');
    expect(t.out()).toContain('Your instructor shows the score only for this lab.');
    expect(t.out()).not.toContain('| | Item | Points | Feedback |');
  });

  it("takes --config over the submission's own file, which a learner can edit", async () => {
    const root = makeTree({ ...testLabFiles(), ...GOOD, '.github/course.yml': 'version: 1\n' });
    const instructor = path.join(makeTree({ 'course.yml': COURSE }), 'course.yml');
    const t = io();
    await main(
      ['grade', '--root', root, '--no-lint', '--format', 'json', '--config', instructor],
      t,
      registry,
    );
    expect((JSON.parse(t.out()) as Report).maxScore).toBe(10);
  });

  it('exits 2 naming the field, its line and the expected value when the configuration is not valid', async () => {
    const { code, t } = await grade({
      ...GOOD,
      '.github/course.yml': 'version: 1\nlab:\n  91-other-lab:\n    points: ten\n',
    });
    expect(code).toBe(EXIT.usage);
    expect(t.err()).toContain("course.yml:4: lab.91-other-lab.points: expected number, got 'ten'");
    expect(t.out()).toBe('');
  });

  it('exits 2 on a --config that does not exist and on a --submitted-at without an offset', async () => {
    expect((await grade(GOOD, '--config', '/nonexistent/course.yml')).code).toBe(EXIT.usage);
    const r = await grade(GOOD, '--submitted-at', '2027-01-15 23:59');
    expect(r.code).toBe(EXIT.usage);
    expect(r.t.err()).toContain('--submitted-at must be an ISO 8601 time with its offset');
    expect(fs.existsSync('/nonexistent')).toBe(false);
  });
});
