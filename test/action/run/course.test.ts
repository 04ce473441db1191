// The action's side of the course configuration: the default path is optional, a path a workflow names must
// exist, a bad file fails the run naming its fields, and the hand-in time comes from what GitHub recorded.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCourseConfig, submissionTime } from '../../../action/run/course.js';
import { getSettings } from '../../../action/inputs.js';
import { REGISTRY } from '../../../graders/index.js';
import { defaultCourse } from '../../../graders/engine/course.js';
import { makeTree } from '../../helpers/tmp.js';

const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? '');

describe('readCourseConfig', () => {
  it('uses the defaults when the default file is absent, and refuses a named file that is absent', async () => {
    const cwd = process.cwd();
    try {
      process.chdir(makeTree({ 'README.md': 'x' }));
      expect(await readCourseConfig(REGISTRY, settings({}))).toEqual(defaultCourse());
      await expect(
        readCourseConfig(REGISTRY, settings({ 'course-config': 'course/main.yml' })),
      ).rejects.toThrow("Input 'course-config' names 'course/main.yml', which does not exist.");
    } finally {
      process.chdir(cwd);
    }
  });

  it('reads the file relative to the workspace, and fails naming each bad field', async () => {
    const root = makeTree({
      '.github/course.yml': 'version: 1\nlabs: [03-ecs-service-alb]\n',
      'bad.yml': 'version: 1\nfeedback: all\n',
    });
    const cwd = process.cwd();
    try {
      process.chdir(root);
      expect((await readCourseConfig(REGISTRY, settings({}))).labs).toEqual(['03-ecs-service-alb']);
      await expect(readCourseConfig(REGISTRY, settings({ 'course-config': 'bad.yml' }))).rejects.toThrow(
        /bad\.yml:2: feedback: expected one of "full"\|"hints"\|"score-only", got 'all'/,
      );
    } finally {
      process.chdir(cwd);
    }
    expect(path.isAbsolute(root)).toBe(true);
  });
});

describe('submissionTime', () => {
  const now = () => new Date('2030-01-01T00:00:00Z');
  it('prefers the push that started the grading run, then the push, then the PR update, then now', () => {
    const run = { created_at: '2027-01-15T10:00:00Z' };
    const pr = { updated_at: '2027-01-14T10:00:00Z' };
    expect(submissionTime({ payload: { workflow_run: run, pull_request: pr } }, now).toISOString()).toBe(
      '2027-01-15T10:00:00.000Z',
    );
    // A push event's repository.pushed_at is in seconds since the epoch.
    expect(
      submissionTime(
        {
          payload: {
            head_commit: { timestamp: '1999-01-01T00:00:00Z' },
            repository: { pushed_at: 1800000000 },
          },
        },
        now,
      ).toISOString(),
    ).toBe('2027-01-15T08:00:00.000Z');
    expect(submissionTime({ payload: { pull_request: pr } }, now).toISOString()).toBe(
      '2027-01-14T10:00:00.000Z',
    );
    expect(submissionTime({ payload: { pull_request: { updated_at: 'soon' } } }, now)).toEqual(now());
    expect(submissionTime({ payload: {} }, now)).toEqual(now());
  });
});
