// The one logging interface of the grader and everything that delivers it (CLI, action, sandbox). Grading
// logs to it, never to stdout: the CLI's report owns stdout, and the action's log is the runner's.
export interface Log {
  info(message: string): void;
  warn(message: string): void;
  /** Grader internals (stack traces of crashing rules); shown only with --debug or step debugging. */
  debug(message: string): void;
}

export const silentLog: Log = { info: () => {}, warn: () => {}, debug: () => {} };
