// Options more than one command reads: the course configuration and the hand-in time.
import fs from 'node:fs';
import path from 'node:path';
import { COURSE_CONFIG_PATH, defaultCourse, type CourseConfig } from '../../graders/engine/course.js';
import type { LabOutline } from '../../graders/engine/types.js';
import { errorMessage } from '../util/errors.js';
import { UsageError } from './usage-error.js';

/**
 * The course configuration: the file `--config` names (which must exist), else the submission's own
 * `.github/course.yml` when there is one, else every lab with no due date. A file that does not validate is a
 * usage error listing each field at fault.
 */
export async function readCourse(
  option: string | undefined,
  root: string,
  labs: readonly LabOutline[],
): Promise<CourseConfig> {
  const file = option ?? path.join(root, COURSE_CONFIG_PATH);
  if (option === undefined && !fs.existsSync(file)) return defaultCourse();
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--config '${option ?? file}' cannot be read: ${errorMessage(e)}`);
  }
  const shown = option ?? path.relative(process.cwd(), file);
  const { parseCourse } = await import('../../graders/engine/course-schema.js');
  const parsed = parseCourse(shown, text, labs);
  if (!parsed.ok)
    throw new UsageError(`the course configuration is not valid:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.config;
}

export function submissionTime(option: string | undefined): Date {
  if (option === undefined) return new Date();
  const d = new Date(option);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(option) ||
    Number.isNaN(d.getTime())
  )
    throw new UsageError(
      `--submitted-at must be an ISO 8601 time with its offset (2027-01-15T23:59:00Z), got '${option}'`,
    );
  return d;
}
