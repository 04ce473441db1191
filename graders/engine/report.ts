// The report (schemaVersion 1): the one contract every reporter, the GitHub Action and the instructor
// exports read, and the findings and evidence it is made of. Fields may be added; none is ever renamed.
//
// The zod schemas below are the contract; every type is inferred from them, so the checks that reporters
// apply to an untrusted report cannot drift from the types the engine builds. Optional fields use
// `exactOptional()`, which infers `field?: T` rather than `field?: T | undefined`, as
// `exactOptionalPropertyTypes` expects. Objects are zod's default (not strict): unknown keys are
// accepted and dropped when parsing, because schema v1 only ever adds fields, so a reader must take a
// report from a newer labgrade, while what it hands on is only what it knows.
import * as z from 'zod';

// The enumerations live apart, so code that only needs them (the lint cache) does not load zod.
import {
  DEPLOY_LAB_STATUSES,
  EVIDENCE_KINDS,
  FEEDBACK_LEVELS,
  ITEM_STATUSES,
  LAB_STATUSES,
  SEVERITIES,
} from './report-enums.js';

export * from './report-enums.js';

/** Points, scores and durations: finite (zod refuses NaN and Infinity) and never negative. */
const amount = z.number().nonnegative();
/** 1-based line or column. */
const position = z.int().min(1);

export const SeveritySchema = z.enum(SEVERITIES);
export const ItemStatusSchema = z.enum(ITEM_STATUSES);
export const LabStatusSchema = z.enum(LAB_STATUSES);
export const DeployLabStatusSchema = z.enum(DEPLOY_LAB_STATUSES);

export const MessageDataSchema = z.record(z.string(), z.union([z.string(), z.number()])).readonly();
export type MessageData = z.output<typeof MessageDataSchema>;

/** One observation about one file. Paths are relative to the submission root, with `/` separators. */
export const FindingSchema = z.object({
  file: z.string(),
  line: position,
  column: position,
  severity: SeveritySchema,
  ruleId: z.string(),
  message: z.string(),
  /**
   * The key of the message template in the rule's `meta.messages`, as ESLint's problems carry it: tests and
   * tools match on it, never on the rendered text. Absent where no rule template produced the message
   * (cfn-lint, parse errors).
   */
  messageId: z.string().exactOptional(),
  /** The values the template's `{{placeholders}}` were filled with. */
  data: MessageDataSchema.exactOptional(),
});
export type Finding = z.output<typeof FindingSchema>;

/** Evidence a rubric item cites: an external ID from shared/reference/rules.md, or an AWS doc URL. */
export const EvidenceSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  /** `DL3007`, `ECS.5`, `E3047`; absent for plain documentation links. */
  id: z.string().exactOptional(),
  url: z.string(),
});
export type Evidence = z.output<typeof EvidenceSchema>;

export const ItemReportSchema = z.object({
  id: z.string(),
  title: z.string(),
  points: amount,
  earned: amount,
  status: ItemStatusSchema,
  feedback: z.string(),
  docs: z.string(),
  evidence: z.array(EvidenceSchema),
  findings: z.array(FindingSchema),
});
export type ItemReport = z.output<typeof ItemReportSchema>;

export const LabReportSchema = z.object({
  id: z.string(),
  title: z.string(),
  score: amount,
  maxScore: amount,
  status: LabStatusSchema,
  /**
   * What the status alone does not say, for the learner, in one or two sentences: set on a `not-started` lab
   * ("'labs/02-…/task-definition.json' is still the starter file…"), absent otherwise. Added to schema v1 by
   * labgrade 0.1.0; a reader that predates it drops it and still has the status and the items' feedback.
   */
  note: z.string().exactOptional(),
  /** Lab-level problems not tied to one item (unreadable file, cfn-lint unavailable, suppression attempts). */
  notices: z.array(FindingSchema),
  items: z.array(ItemReportSchema),
  /**
   * Set by a course configuration that shows learners less than everything (`hints`, `score-only`); absent means
   * `full`. Reporters that a learner reads honour it. Added to schema v1 by labgrade 0.1.0, as `note` was.
   */
  feedback: z.enum(FEEDBACK_LEVELS).exactOptional(),
  /**
   * Set when the course gives the lab a due date: how late the submission was and what it cost. `score` is
   * already net of `deducted`. Added to schema v1 by labgrade 0.1.0.
   */
  late: z
    .object({
      due: z.string(),
      submittedAt: z.string(),
      /** Started days after the due date: one second late is one day. */
      daysLate: z.int().min(0),
      penaltyPercent: amount,
      deducted: amount,
      /** Submitted more than the policy's cutoff after the due date: the lab earns nothing. */
      pastCutoff: z.boolean(),
    })
    .exactOptional(),
  /**
   * Set when the lab's template came from its CDK app rather than a hand-written file: the app's synthesized
   * template, graded with exactly the rules of a hand-written one. `template` is where the synthesized file is
   * shown (`labs/<id>/cdk.out/<Stack>.template.json`, as `cdk synth` writes it); `by` says who synthesized it:
   * `grader`, in this run, or `artifact`, the PR's own run, whose template the trusted job graded as data.
   * Added to schema v1 by labgrade 0.1.0.
   */
  synthesized: z
    .object({ template: z.string(), stack: z.string(), by: z.enum(['grader', 'artifact']) })
    .exactOptional(),
});
export type LabReport = z.output<typeof LabReportSchema>;

export const DeployLabReportSchema = z.object({
  id: z.string(),
  /** The CloudFormation stack name used, or null when the guard refused before any AWS call. */
  stackName: z.string().nullable(),
  status: DeployLabStatusSchema,
  /** Estimated cost of the deployed stack, shown beside the per-run budget. */
  estimate: z.object({ hourlyUsd: amount, runUsd: amount, budgetUsd: amount }).nullable(),
  items: z.array(ItemReportSchema),
  /** Logical ids of resources that teardown could not delete. */
  leaks: z.array(z.string()),
});
export type DeployLabReport = z.output<typeof DeployLabReportSchema>;

/** The sandbox deploy's own items (stack created, services steady, targets healthy, HTTP answers, teardown). */
export const DeployReportSchema = z.object({
  region: z.string(),
  score: amount,
  maxScore: amount,
  labs: z.array(DeployLabReportSchema),
  durationMs: amount,
});
export type DeployReport = z.output<typeof DeployReportSchema>;

export const ReportSchema = z.object({
  schemaVersion: z.literal(1),
  tool: z.object({ name: z.string(), version: z.string(), cfnLint: z.string().nullable() }),
  score: amount,
  maxScore: amount,
  labs: z.array(LabReportSchema),
  durationMs: amount,
  /**
   * When the report was graded (ISO 8601, UTC), set by the caller that publishes it (the action), so the comment
   * can say how fresh it is. A timing field like `durationMs`: never part of a score, left out of golden
   * comparisons, and absent from the engine's own reports. Added to schema v1 by labgrade 0.1.0, as `note` was.
   */
  gradedAt: z.string().exactOptional(),
  /** Present only when a sandbox deploy ran; reported beside the static score, never inside it. */
  deploy: DeployReportSchema.exactOptional(),
});
export type Report = z.output<typeof ReportSchema>;
