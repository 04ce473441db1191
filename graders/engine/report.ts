// The report (schemaVersion 1): the one contract every reporter, the GitHub Action and the instructor
// exports read, and the findings and evidence it is made of. Fields may be added; none is ever renamed.

/** cfn-lint's three levels, spelled the way learners read them. */
export type Severity = 'error' | 'warning' | 'info';

export type MessageData = Readonly<Record<string, string | number>>;

/** One observation about one file. Paths are relative to the submission root, with `/` separators. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  severity: Severity;
  ruleId: string;
  message: string;
  /**
   * The key of the message template in the rule's `meta.messages`, as ESLint's problems carry it: tests and
   * tools match on it, never on the rendered text. Absent where no rule template produced the message
   * (cfn-lint, parse errors).
   */
  messageId?: string;
  /** The values the template's `{{placeholders}}` were filled with. */
  data?: MessageData;
}

export type ItemStatus = 'passed' | 'partial' | 'failed' | 'skipped' | 'not-gradable' | 'grader-error';

/** Evidence a rubric item cites: an external ID from shared/reference/rules.md, or an AWS doc URL. */
export interface Evidence {
  kind:
    | 'aws-doc'
    | 'security-hub'
    | 'cfn-lint'
    | 'hadolint'
    | 'checkov'
    | 'cdk-nag'
    | 'control-tower'
    | 'docker-doc';
  /** `DL3007`, `ECS.5`, `E3047`; absent for plain documentation links. */
  id?: string;
  url: string;
}

export interface ItemReport {
  id: string;
  title: string;
  points: number;
  earned: number;
  status: ItemStatus;
  feedback: string;
  docs: string;
  evidence: Evidence[];
  findings: Finding[];
}

export type LabStatus = 'passed' | 'partial' | 'failed' | 'not-started' | 'not-gradable' | 'grader-error';

export interface LabReport {
  id: string;
  title: string;
  score: number;
  maxScore: number;
  status: LabStatus;
  /** Lab-level problems not tied to one item (unreadable file, cfn-lint unavailable, suppression attempts). */
  notices: Finding[];
  items: ItemReport[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string; cfnLint: string | null };
  score: number;
  maxScore: number;
  labs: LabReport[];
  durationMs: number;
  /** Present only when a sandbox deploy ran; reported beside the static score, never inside it. */
  deploy?: DeployReport;
}

/** The sandbox deploy's own items (stack created, services steady, targets healthy, HTTP answers, teardown). */
export interface DeployReport {
  region: string;
  score: number;
  maxScore: number;
  labs: DeployLabReport[];
  durationMs: number;
}

export type DeployLabStatus = 'passed' | 'partial' | 'failed' | 'refused' | 'skipped' | 'grader-error';

export interface DeployLabReport {
  id: string;
  /** The CloudFormation stack name used, or null when the guard refused before any AWS call. */
  stackName: string | null;
  status: DeployLabStatus;
  /** Estimated cost of the deployed stack, shown beside the per-run budget. */
  estimate: { hourlyUsd: number; runUsd: number; budgetUsd: number } | null;
  items: ItemReport[];
  /** Logical ids of resources that teardown could not delete. */
  leaks: string[];
}
