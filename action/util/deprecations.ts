// kubernetes-models' schema validator reaches Node's built-in 'punycode' module (ajv-formats-draft2019's
// idn-hostname format requires it by that name, so the bundler cannot swap in the userland package). Node 21+
// deprecates the built-in (DEP0040) and prints a warning on stderr whenever lab 12 is graded, which a learner would
// read as something wrong with their work or their set-up. That one warning is dropped; every other still prints.
const DROPPED = new Set(['DEP0040']);

/** Drops Node's warnings that only concern the grader's own dependencies, once per process. */
export function dropDependencyDeprecations(proc: NodeJS.Process = process): void {
  const marker = Symbol.for('labgrade.dropDependencyDeprecations');
  const holder = proc as unknown as Record<symbol, boolean>;
  if (holder[marker]) return;
  holder[marker] = true;
  const emit = proc.emitWarning.bind(proc) as (...args: unknown[]) => void;
  proc.emitWarning = ((warning: unknown, ...rest: unknown[]) => {
    // emitWarning(warning, type, code) or emitWarning(warning, { type, code }).
    const options = rest[0];
    const code =
      typeof options === 'object' && options !== null ? (options as { code?: unknown }).code : rest[1];
    if (typeof code === 'string' && DROPPED.has(code)) return;
    emit(warning, ...rest);
  }) as NodeJS.Process['emitWarning'];
}
