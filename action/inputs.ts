// The only reader of action inputs: raw strings in, one typed and validated settings object out.
// Each message names the input, the value received and what was expected.
import * as core from '@actions/core';
import { COURSE_CONFIG_PATH } from '../graders/engine/course.js';
import { Input } from './constants.js';
// settings.js, never sandbox/index.js: the index loads the AWS SDK, which static grading must not pay for.
import { parseSandboxSettings, type SandboxSettings } from './sandbox/settings.js';

export type Mode = 'grade' | 'evaluate' | 'report';

export interface ActionSettings {
  /** grade: grade and comment in one job; evaluate: the untrusted half (no token); report: the trusted half. */
  mode: Mode;
  token: string;
  /** Submission root holding labs/ (relative to the workspace). */
  root: string;
  /** 'all', 'changed' (labs touched by the PR), or explicit lab ids. */
  labs: 'all' | 'changed' | string[];
  comment: 'upsert' | 'off';
  /** Login whose comment carrying our marker is ours to update. */
  commentAuthor: string;
  lint: boolean;
  /** Where report files go (grade, evaluate) or where the downloaded artifact is (report). */
  reportDir: string;
  /** Fail the step when the score is below this; null: never fail on the score. */
  minScore: number | null;
  /** 'report' mode: set a commit status with the trusted grade (needs statuses: write), for branch protection. */
  commitStatus: boolean;
  /** The optional sandbox deploy (issue: guard, deploy, verify, teardown). */
  sandbox: SandboxSettings;
  /** The course configuration's path, relative to the workspace; `required` when the input named it. */
  courseConfig: { path: string; required: boolean };
}

export function getSettings(read: (name: string) => string = (n) => core.getInput(n)): ActionSettings {
  const mode = oneOf(Input.Mode, read(Input.Mode) || 'grade', ['grade', 'evaluate', 'report'] as const);
  const labsRaw = (read(Input.Labs) || 'all').trim();
  const labs = labsRaw === 'all' || labsRaw === 'changed' ? labsRaw : labsRaw.split(/[\s,]+/).filter(Boolean);
  const minRaw = read(Input.MinScore).trim();
  let minScore: number | null = null;
  if (minRaw !== '') {
    minScore = Number(minRaw);
    if (!Number.isFinite(minScore) || minScore < 0) {
      throw new Error(`Input '${Input.MinScore}' must be a number of points (0 or more), got '${minRaw}'.`);
    }
  }
  return {
    mode,
    token: read(Input.GithubToken),
    root: read(Input.Root) || '.',
    labs,
    comment: oneOf(Input.Comment, read(Input.Comment) || 'upsert', ['upsert', 'off'] as const),
    commentAuthor: read(Input.CommentAuthor) || 'github-actions[bot]',
    lint: bool(Input.Lint, read(Input.Lint) || 'true'),
    reportDir: read(Input.ReportDir) || 'labgrade-report',
    minScore,
    commitStatus: bool(Input.CommitStatus, read(Input.CommitStatus) || 'false'),
    sandbox: parseSandboxSettings(read),
    courseConfig: courseConfigInput(read(Input.CourseConfig).trim()),
  };
}

/** The action's default is used only when the file exists; a path a workflow chose must exist. */
function courseConfigInput(raw: string): ActionSettings['courseConfig'] {
  return raw === '' || raw === COURSE_CONFIG_PATH
    ? { path: COURSE_CONFIG_PATH, required: false }
    : { path: raw, required: true };
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  const v = raw.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(v)) return v as T;
  throw new Error(`Input '${name}' must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${raw}'.`);
}

function bool(name: string, raw: string): boolean {
  const v = raw.trim().toLowerCase();
  if (v === 'true' || v === 'false') return v === 'true';
  throw new Error(`Input '${name}' must be 'true' or 'false', got '${raw}'.`);
}
