// The report's enumerations (report.ts holds the schema that uses them): severities, statuses, feedback levels and
// evidence kinds. Apart from report.ts so that what needs only these (the lint cache, the course schema) does not
// load zod with it.
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const ITEM_STATUSES = [
  'passed',
  'partial',
  'failed',
  'skipped',
  'not-gradable',
  'grader-error',
] as const;
export const LAB_STATUSES = [
  'passed',
  'partial',
  'failed',
  'not-started',
  'not-gradable',
  'grader-error',
] as const;
export const DEPLOY_LAB_STATUSES = [
  'passed',
  'partial',
  'failed',
  'refused',
  'skipped',
  'grader-error',
] as const;
/** How much of a lab's grade a learner sees (Gradescope's visibility, Classroom 50's failure details). */
export const FEEDBACK_LEVELS = ['full', 'hints', 'score-only'] as const;
export type FeedbackLevel = (typeof FEEDBACK_LEVELS)[number];

export const EVIDENCE_KINDS = [
  'aws-doc',
  'security-hub',
  'cfn-lint',
  'hadolint',
  'checkov',
  'cdk-nag',
  'control-tower',
  'docker-doc',
] as const;

/** cfn-lint's three levels, spelled the way learners read them. */
export type Severity = (typeof SEVERITIES)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type LabStatus = (typeof LAB_STATUSES)[number];
export type DeployLabStatus = (typeof DEPLOY_LAB_STATUSES)[number];
