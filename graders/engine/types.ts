// The grading contract. Rules, rubrics and the engine meet here; the report they produce is in report.ts.
// Later work adds to these types but never renames what is here.

import type { Evidence, Finding, MessageData, Severity } from './report.js';

export type {
  DeployLabReport,
  DeployLabStatus,
  DeployReport,
  Evidence,
  Finding,
  ItemReport,
  ItemStatus,
  LabReport,
  LabStatus,
  MessageData,
  Report,
  Severity,
} from './report.js';

/** 1-based line and column; `{ line: 1, column: 1 }` stands for "the whole file". */
export interface Position {
  line: number;
  column: number;
}

/** A position in a named file: how a rule on a file set (`files`) points at one of its files. */
export interface FilePosition extends Position {
  file: string;
}

/** A path into parsed data: object keys and array indexes, as cfn-lint's `Location.Path`. */
export type DataPath = readonly (string | number)[];

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

/**
 * Kubernetes manifests: every non-empty document of one multi-document YAML file, or of every manifest file of a
 * folder (a `LabFile` path ending in `/`), so selectors and references resolve across documents and files. Each
 * document names its own file; a rule reports on it with `{ file, line, column }`, since the set has no locator.
 */
export interface KubernetesDoc {
  kind: 'kubernetes';
  /** The one file, or the folder (`labs/<id>/k8s`) the documents were read from. */
  file: string;
  /** The file's text; empty for a folder. */
  text: string;
  /** In file order, then document order. */
  documents: YamlDoc[];
  /** The manifest files read, sorted: one for a single file; none when a folder holds no manifest. */
  files: string[];
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

/**
 * Every text file of a lab folder, for checks that must see all of them (a hard-coded credential can sit in any
 * file). Walked through the workspace reader without following symbolic links; binary, oversized and unreadable
 * files are left out, and listed in `skipped` with the reason.
 */
export interface FileSetDoc {
  kind: 'files';
  /** The lab folder, `labs/<id>`. */
  file: string;
  text: '';
  /** Sorted by path. */
  files: TextDoc[];
  skipped: { path: string; reason: string }[];
  /** Set when the folder held more files than the walk reads; the rest were not looked at. */
  truncated: boolean;
}

export type ParsedDoc =
  JsonDoc | YamlDoc | CfnTemplateDoc | KubernetesDoc | DockerfileDoc | TextDoc | FileSetDoc;

/** What a lab's file spec asks the engine to parse a file as. */
/**
 * `yaml` is one YAML document (a CodeDeploy appspec); `kubernetes` a multi-document stream, or every manifest of a
 * folder; `files` every text file of the lab folder (a `LabFile` of this kind lists `paths: ['**']`) or of one of
 * its subfolders (`paths: ['parameters/']`).
 */
export type FileKind = 'dockerfile' | 'text' | 'json' | 'yaml' | 'cloudformation' | 'kubernetes' | 'files';

/** Maps each file kind to the document its rules receive. */
export interface DocOfKind {
  dockerfile: DockerfileDoc;
  text: TextDoc;
  json: JsonDoc;
  yaml: YamlDoc;
  cloudformation: CfnTemplateDoc;
  kubernetes: KubernetesDoc;
  files: FileSetDoc;
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

export interface RuleContext<MessageId extends string = string, Options = undefined> {
  /**
   * Report a problem at a position (or a data path, for structured documents). A rule on a file set reports on
   * one of its files with `{ file, line, column }`.
   */
  report(messageId: MessageId, data?: MessageData, at?: Position | FilePosition | DataPath): void;
  /**
   * Record how many instances the rule examined (containers, stages, subnets…). Rubric items that
   * give partial credit use `(checked - failed) / checked`; each `report` counts as one failed instance
   * unless `failed` is recorded explicitly.
   */
  tally(checked: number, failed?: number): void;
  /** Declare that the rule does not apply to this document (e.g. no containers at all). */
  notApplicable(reason: string): void;
  /**
   * The settings the caller passed to `runRule` (ESLint's `context.options`): limits and other values that are not
   * in the document. `undefined` for rules that take none, which is every grading rule.
   */
  readonly options: Options;
}

export interface Rule<
  K extends FileKind = FileKind,
  MessageId extends string = string,
  /** What `ctx.options` holds; rules without options leave it `undefined`. */
  Options = undefined,
> {
  meta: RuleMeta<MessageId> & { target: K };
  /**
   * Loads what `check` needs that is too large to load with every run (the Kubernetes schemas). The engine awaits
   * it once before the rule first runs in a grading run, and only when some started lab grades with the rule, so
   * a run that never uses the rule never pays for it. `check` stays synchronous.
   */
  prepare?: () => Promise<void>;
  check(doc: DocOfKind[K], ctx: RuleContext<MessageId, Options>): void;
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

export interface LabFile {
  /** How rubric items refer to the file: `dockerfile`, `dockerignore`, `taskdef`, `template`. */
  id: string;
  /**
   * Candidate paths relative to the lab folder, in order: the first that exists is graded (`template.yaml`, then
   * `template.yml`, then `template.json`), passing over an untouched starter when a later candidate holds the
   * learner's work. Every other candidate that also exists gets a warning notice saying it is not graded, so a
   * learner never edits a file the grader ignores without being told.
   *
   * A path ending in `/` is a folder, for the kinds that read several files: `kubernetes` reads every `.yaml` and
   * `.yml` file under it, `files` every text file. A folder is one candidate like any other.
   */
  paths: readonly string[];
  kind: FileKind;
  /** A missing required file makes its items not-gradable; a missing optional one makes them fail. */
  required: boolean;
  /** Lint this file with cfn-lint (CloudFormation templates only). */
  cfnLint?: boolean;
  /**
   * Whether a CDK app may supply this template (kind `cloudformation` only). `allowed`: when the lab folder holds
   * `cdk.json`, the template the app synthesizes is graded instead of a hand-written one. `only`: the lab is solved
   * in CDK, and a hand-written template is never read. Unset: templates are read as written.
   */
  cdk?: 'allowed' | 'only';
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

/**
 * A lab without its checks: its id, and its items' ids, points and cfn-lint checks. Enough to select labs, apply
 * a course's points, and find a lab in the result cache, so a run whose labs all come from the result cache need
 * not load the rubrics (which import much of the rules' code). Every Lab is one.
 */
export interface LabOutline {
  readonly id: string;
  readonly items: readonly Pick<RubricItem, 'id' | 'points' | 'cfnLint'>[];
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
  /** What the sandbox deploy may do with the lab's template, or why it never deploys the lab. */
  sandbox: SandboxDeclaration;
  /**
   * The starter files learners receive: sha256 (hex) of each one's text as the workspace reader returns it (UTF-8,
   * LF line endings), by path relative to the lab folder. A lab whose graded files are all missing or equal to
   * their starter is `not-started` and earns nothing. The registry (graders/index.ts) fills this in from the
   * generated graders/starters.generated.ts; a lab without it counts every file present as the learner's work.
   */
  starters?: Readonly<Record<string, string>>;
}

/**
 * A lab's sandbox declaration (README, "Sandbox deploy"). Every lab states one, if only to say why it is never
 * deployed; the guard refuses whatever a deployable lab's declaration does not allow. Constructors and the common
 * resource types are in graders/rubrics/lib/sandbox.ts.
 */
export type SandboxDeclaration =
  | {
      deployable: true;
      /** Resource types allowed on top of the common ones every lab may create. */
      types: readonly string[];
      maxLoadBalancers: number;
      maxNatGateways: number;
    }
  | {
      deployable: false;
      /** Shown to the learner in place of the deploy items. */
      reason: string;
    };
