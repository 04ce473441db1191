// Timeouts for tests that start a process, sized for a busy 2-core machine (vitest's 5 s default is not: one
// cfn-lint run is ~2 s on an idle machine and several times that when four test files share two cores).
// test/meta/timeouts.test.ts fails when a test file that starts a process has a test without one of these.

/** A short-lived process: `node -e`, a shell script, a fake python, the built CLI with --no-lint. */
export const PROCESS_TEST_TIMEOUT_MS = 60_000;

/**
 * A test that runs the real cfn-lint once or twice, or grades (which may run it). One run took 12–17 s on two
 * cores at load 8 (issue 10), against ~2 s idle.
 */
export const CFN_LINT_TEST_TIMEOUT_MS = 120_000;

/** The whole action bundle against a fake GitHub (it grades, so runs cfn-lint), or several cfn-lint runs. */
export const SLOW_PROCESS_TEST_TIMEOUT_MS = 180_000;

/** A test against moto_server (the server itself is started in beforeAll; see helpers/moto.ts). */
export const MOTO_TEST_TIMEOUT_MS = 60_000;
