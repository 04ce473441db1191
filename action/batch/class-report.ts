// The class report: what `labgrade batch` produces for a whole class, the one contract the CSV, Gradescope and
// Classroom 50 exports, the HTML class report and collect.yml's merge of shards all read. Versioned like the
// learner report (graders/engine/report.ts), which each submission's entry embeds unchanged, so an instructor's
// export holds exactly what the learner was shown, apart from the course's feedback level.
import * as z from 'zod';
import { ReportSchema } from '../../graders/engine/report.js';

/** Why a lab submission was flagged: it equals a reference solution, or another learner's submission. */
export const CopyMatchSchema = z.object({
  kind: z.enum(['reference', 'submission']),
  /** The other submission's id, or `reference`. */
  with: z.string(),
});
export type CopyMatch = z.output<typeof CopyMatchSchema>;

export const SubmissionEntrySchema = z.object({
  /** The submission's name: the folder's base name, or the roster's name for it (unique in the class). */
  id: z.string(),
  /** The folder graded, as given on the command line (for the instructor; never shown to learners). */
  path: z.string(),
  /** `error`: this submission could not be graded at all (the row says why); the batch went on. */
  status: z.enum(['graded', 'error']),
  error: z.string().exactOptional(),
  /** The learner report, as `labgrade grade --format json` gives it under the same course configuration. */
  report: ReportSchema.nullable(),
  /** Labs whose normalized content equals a reference solution's or another submission's, with the matches. */
  flags: z.array(z.object({ lab: z.string(), matches: z.array(CopyMatchSchema) })),
  /**
   * A hash of each started lab's content read as data (copies.ts): lets a merge of shards find copies across
   * shards without the files. Data to compare, never a verdict.
   */
  fingerprints: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
});
export type SubmissionEntry = z.output<typeof SubmissionEntrySchema>;

export const ClassReportSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('labgrade-class'),
  tool: z.object({ name: z.string(), version: z.string(), cfnLint: z.string().nullable() }),
  /** When the batch ran (ISO 8601). */
  gradedAt: z.string(),
  /** The labs graded, in course order, with their points and due dates under the course configuration. */
  labs: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      maxScore: z.number().nonnegative(),
      due: z.string().exactOptional(),
    }),
  ),
  maxScore: z.number().nonnegative(),
  submissions: z.array(SubmissionEntrySchema),
});
export type ClassReport = z.output<typeof ClassReportSchema>;
