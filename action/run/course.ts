// The course configuration as the action reads it: from the workspace, which in 'report' mode is the default
// branch (the instructor's file, never the pull request's), and the time a submission counts as handed in.
import fs from 'node:fs';
import path from 'node:path';
import { defaultCourse, type CourseConfig } from '../../graders/engine/course.js';
import type { Registry } from '../../graders/engine/select.js';
import type { ActionSettings } from '../inputs.js';
import { Input } from '../constants.js';
import type { RunContext } from './context.js';

export async function readCourseConfig(registry: Registry, settings: ActionSettings): Promise<CourseConfig> {
  const file = path.resolve(settings.courseConfig.path);
  if (!fs.existsSync(file)) {
    if (!settings.courseConfig.required) return defaultCourse();
    throw new Error(
      `Input '${Input.CourseConfig}' names '${settings.courseConfig.path}', which does not exist.`,
    );
  }
  const { parseCourse } = await import('../../graders/engine/course-schema.js');
  const parsed = parseCourse(settings.courseConfig.path, fs.readFileSync(file, 'utf8'), registry.labs);
  if (!parsed.ok) throw new Error(`The course configuration is not valid:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.config;
}

/**
 * When the graded work counts as handed in, from what GitHub recorded rather than what a learner can set (a
 * commit's date is whatever its author wrote): the push that started the PR's own grading run (`report` mode
 * runs on its workflow_run), the push itself, or the pull request's last update. A run with none of these (a
 * manual regrade) uses the time it runs.
 */
export function submissionTime(ctx: Pick<RunContext, 'payload'>, now: () => Date = () => new Date()): Date {
  const p = ctx.payload as {
    workflow_run?: { created_at?: unknown };
    pull_request?: { updated_at?: unknown };
    repository?: { pushed_at?: unknown };
    head_commit?: unknown;
  };
  const candidates = [
    p.workflow_run?.created_at,
    p.head_commit !== undefined ? p.repository?.pushed_at : undefined,
    p.pull_request?.updated_at,
  ];
  for (const c of candidates) {
    const d = typeof c === 'string' ? new Date(c) : typeof c === 'number' ? new Date(c * 1000) : null;
    if (d && !Number.isNaN(d.getTime())) return d;
  }
  return now();
}
