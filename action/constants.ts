// Names shared with action.yml: inputs, outputs and the files the action writes. Kept in one place so
// the metadata test can check action.yml against them.

export const Input = {
  Mode: 'mode',
  GithubToken: 'github-token',
  Root: 'root',
  Labs: 'labs',
  Comment: 'comment',
  CommentAuthor: 'comment-author',
  Lint: 'lint',
  ReportDir: 'report-dir',
  MinScore: 'min-score',
  CommitStatus: 'commit-status',
  CourseConfig: 'course-config',
} as const;

export const Output = {
  Score: 'score',
  MaxScore: 'max-score',
  Report: 'report',
  Markdown: 'markdown',
  Result: 'result',
  /** report mode: the folder of PR lab files it regraded (for the sandbox deploy workflow). */
  TrustedRoot: 'trusted-root',
} as const;

/** Files in the report folder; in `evaluate` mode this folder is the artifact the `report` job reads. */
export const ReportFile = {
  Report: 'report.json',
  Markdown: 'comment.md',
  PrNumber: 'pr-number',
  HeadSha: 'head-sha',
  /** The labs the PR changed, one id a line, or the word `all` when GitHub's file list was incomplete. */
  ChangedLabs: 'changed-labs',
  Classroom50: 'result.json',
} as const;

/** The hidden marker that identifies our comment; versioned so a future format can coexist. */
export const COMMENT_MARKER = '<!-- labgrade:comment:v1 -->';

/** GitHub rejects comment bodies over 65,536 characters (platform.md §7.1). */
export const COMMENT_MAX_CHARS = 65_536;

/** An artifact report larger than this is refused in `report` mode: ours are a few tens of KiB. */
export const MAX_ARTIFACT_REPORT_BYTES = 2 * 1024 * 1024;

/** Paths a learner's PR should not touch: the grader, its tests and its workflows. */
export const PROTECTED_PATHS = [
  '.github/',
  'action/',
  'graders/',
  'test/',
  'dist/',
  'action.yml',
  'package.json',
  'package-lock.json',
];

/** The commit status the trusted job sets, for branch protection on fork PRs. */
export const STATUS_CONTEXT = 'labgrade / trusted grade';
