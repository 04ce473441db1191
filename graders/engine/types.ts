// The grading contract. Rules, rubrics, the engine and the reporters all meet here; later work (the
// GitHub Action, sandbox deploy, exports) adds to these types but never renames what is here.

/** cfn-lint's three levels, spelled the way learners read them. */
export type Severity = 'error' | 'warning' | 'info';

/** 1-based line and column; `{ line: 1, column: 1 }` stands for "the whole file". */
export interface Position {
  line: number;
  column: number;
}

/** A path into parsed data: object keys and array indexes, as cfn-lint's `Location.Path`. */
export type DataPath = readonly (string | number)[];

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

// ---------------------------------------------------------------------------------------------
// Parsed documents. Every parser returns one of these or a list of findings saying why it could not.

/** Where a value sits in a structured document; always answers, falling back to the nearest ancestor. */
export interface Locator {
  locate(path: DataPath): Position;
}

/** JSON files (ECS task definitions, ECR policies, CloudFormation JSON). */
export interface JsonDoc extends Locator {
  kind: 'json';
  file: string;
  text: string;
  value: unknown;
}

/** One YAML document of a (possibly multi-document) stream. */
export interface YamlDoc extends Locator {
  kind: 'yaml';
  file: string;
  text: string;
  /** 0-based index of the document within its file. */
  index: number;
  value: unknown;
}

/**
 * A CloudFormation template in long form (`{ "Ref": … }`, `{ "Fn::GetAtt": [...] }`), whatever the
 * source syntax, so rules see the same shape cfn-lint and CDK output use.
 */
export interface CfnTemplateDoc extends Locator {
  kind: 'cloudformation';
  file: string;
  text: string;
  format: 'yaml' | 'json';
  template: CfnTemplate;
}

export interface CfnTemplate {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Parameters?: Record<string, Record<string, unknown>>;
  Conditions?: Record<string, unknown>;
  Mappings?: Record<string, unknown>;
  Resources: Record<string, CfnResource>;
  Outputs?: Record<string, Record<string, unknown>>;
  Metadata?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface CfnResource {
  Type: string;
  Properties?: Record<string, unknown>;
  DependsOn?: string | string[];
  Condition?: string;
  Metadata?: Record<string, unknown>;
  [key: string]: unknown;
}

/** Kubernetes manifests: every non-empty document of a multi-document YAML file. */
export interface KubernetesDoc {
  kind: 'kubernetes';
  file: string;
  text: string;
  documents: YamlDoc[];
}

/** A Dockerfile, parsed with dockerfile-ast (kept opaque here so the engine does not depend on it). */
export interface DockerfileDoc {
  kind: 'dockerfile';
  file: string;
  text: string;
  /** `dockerfile-ast`'s `Dockerfile`. Rules import the type from the parser module. */
  ast: import('dockerfile-ast').Dockerfile;
  /** Source lines without their line terminators, for rules that look at raw text. */
  lines: string[];
}

/** Line-oriented text such as `.dockerignore`. */
export interface TextDoc {
  kind: 'text';
  file: string;
  text: string;
  lines: string[];
}

export type ParsedDoc = JsonDoc | YamlDoc | CfnTemplateDoc | KubernetesDoc | DockerfileDoc | TextDoc;

/** What a lab's file spec asks the engine to parse a file as. */
export type FileKind = 'dockerfile' | 'text' | 'json' | 'cloudformation' | 'kubernetes';

/** Maps each file kind to the document its rules receive. */
export interface DocOfKind {
  dockerfile: DockerfileDoc;
  text: TextDoc;
  json: JsonDoc;
  cloudformation: CfnTemplateDoc;
  kubernetes: KubernetesDoc;
}

// ---------------------------------------------------------------------------------------------
// Rules: inspect one parsed file, report findings with positions. Rules know nothing of points.

export interface RuleMeta<MessageId extends string = string> {
  /** Stable, never reused: `DKR003`, `TDF010`. The prefix names the rule set. */
  id: string;
  /** Kebab-case slug; equals the rule's file name. */
  name: string;
  /** The kind of file the rule reads. */
  target: FileKind;
  severity: Severity;
  /** Short imperative title: "Pin the base image". */
  title: string;
  /** One or two sentences: what the rule checks and why it matters. */
  description: string;
  /** Where to learn more: the AWS or Docker documentation for the property. */
  docsUrl: string;
  /** External IDs this rule re-implements or corresponds to: `DL3007`, `CKV_DOCKER_7`, `ECS.5`, `E3047`. */
  evidence: readonly string[];
  /** Message templates with `{{placeholder}}`s, keyed by messageId. Prose lives only here. */
  messages: Readonly<Record<MessageId, string>>;
}

export type MessageData = Readonly<Record<string, string | number>>;

export interface RuleContext<MessageId extends string = string> {
  /** Report a problem at a position (or a data path, for structured documents). */
  report(messageId: MessageId, data?: MessageData, at?: Position | DataPath): void;
  /**
   * Record how many instances the rule examined (containers, stages, subnets…). Rubric items that
   * give partial credit use `(checked - failed) / checked`; each `report` counts as one failed instance
   * unless `failed` is recorded explicitly.
   */
  tally(checked: number, failed?: number): void;
  /** Declare that the rule does not apply to this document (e.g. no containers at all). */
  notApplicable(reason: string): void;
}

export interface Rule<K extends FileKind = FileKind, MessageId extends string = string> {
  meta: RuleMeta<MessageId> & { target: K };
  check(doc: DocOfKind[K], ctx: RuleContext<MessageId>): void;
}

/** What running one rule on one document produced. */
export interface RuleOutcome {
  ruleId: string;
  findings: Finding[];
  checked: number | null;
  failed: number | null;
  notApplicable: string | null;
  /** Set when the rule threw: the engine's own failure, never the learner's. */
  crash: { message: string; stack: string } | null;
}

// ---------------------------------------------------------------------------------------------
// Labs and rubrics: the rubric owns the points.

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

export interface LabFile {
  /** How rubric items refer to the file: `dockerfile`, `dockerignore`, `taskdef`, `template`. */
  id: string;
  /** Candidate paths relative to the lab folder, first found wins (`template.yaml`, `template.yml`, …). */
  paths: readonly string[];
  kind: FileKind;
  /** A missing required file makes its items not-gradable; a missing optional one makes them fail. */
  required: boolean;
  /** Lint this file with cfn-lint (CloudFormation templates only). */
  cfnLint?: boolean;
}

/** What a custom item check sees: the lab's parsed files and the findings of rules already run. */
export interface ItemCheckContext {
  lab: Lab;
  doc<K extends FileKind>(fileId: string, kind: K): DocOfKind[K] | undefined;
  /** The path (relative to the submission root) a lab file id resolved to, if found. */
  pathOf(fileId: string): string | undefined;
}

export interface ItemCheckResult {
  /** 0..1 of the item's points. */
  fraction: number;
  findings?: Finding[];
  /** Replaces the item's default pass/fail feedback. */
  feedback?: string;
}

export interface RubricItem {
  /** Stable kebab-case id, unique within the lab; also the README anchor. */
  id: string;
  title: string;
  points: number;
  /** The lab file the item grades. */
  file: string;
  /** Rule ids (from the rule registry) whose findings decide the item. */
  rules?: readonly string[];
  /** cfn-lint rule ids that must not fire on the file; passed to cfn-lint with `-m`. */
  cfnLint?: readonly string[];
  /** Custom check for what no single rule can express. Runs only when the file parsed. */
  check?: (ctx: ItemCheckContext) => ItemCheckResult;
  /**
   * `all`: full points when nothing is reported, else none.
   * `proportional`: the share of instances that pass, from the rules' tallies, else rules passed / rules.
   */
  scoring?: 'all' | 'proportional';
  /** Why it matters and what to do, shown when the item is not passed. */
  hint: string;
  /** Shown when passed. */
  praise?: string;
  evidence: readonly Evidence[];
  /** The primary "learn more" link. */
  docsUrl: string;
  /** Needs a sandbox deploy; skipped (never failed) when deploy is off. */
  requiresDeploy?: boolean;
}

export interface Lab {
  id: string;
  title: string;
  /** Course part(s) from curriculum.md. */
  part: string;
  /** Short learner-facing summary. */
  summary: string;
  files: readonly LabFile[];
  items: readonly RubricItem[];
}

// ---------------------------------------------------------------------------------------------
// The report (schemaVersion 1). Reporters and exports read only this.

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
