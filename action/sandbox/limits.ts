// Every bound on sandbox time, in one place: the waits use them and the cost estimate adds them up, so the
// estimate covers the longest a stack can live in a normal run. Pure constants, no SDK.

/** Stack creation waits for `deploy-timeout-minutes`, never longer than this. */
export const MAX_WAIT_CREATE_SECONDS = 120 * 60;
/** ECS services reaching runningCount == desiredCount: a Fargate task usually starts in 1-3 minutes. */
export const MAX_WAIT_SERVICES_SECONDS = 10 * 60;
/** Targets turning healthy once tasks run: a few health-check intervals. */
export const MAX_WAIT_TARGETS_SECONDS = 5 * 60;
/** The HTTP probe: new ALB DNS names take a minute or two to resolve everywhere. */
export const MAX_WAIT_HTTP_SECONDS = 2 * 60;
/** Teardown in the main step: deleting a VPC with a NAT gateway and an ALB takes 5-15 minutes. */
export const MAX_WAIT_DELETE_SECONDS = 20 * 60;
/**
 * Teardown in the post step: a cancelled job is force-killed 5 minutes after cancellation (platform.md §6), so
 * the post step asks for deletion and waits only briefly; the janitor finishes anything left.
 */
export const POST_MAX_WAIT_DELETE_SECONDS = 3 * 60;
/** One HTTP request of the probe. */
export const HTTP_REQUEST_TIMEOUT_MS = 10_000;

export const VERIFY_MAX_MINUTES =
  (MAX_WAIT_SERVICES_SECONDS + MAX_WAIT_TARGETS_SECONDS + MAX_WAIT_HTTP_SECONDS) / 60;
export const TEARDOWN_MAX_MINUTES = MAX_WAIT_DELETE_SECONDS / 60;
/** Added to the longest normal lifetime for the TTL tag, so the janitor never deletes a stack still in use. */
export const TTL_MARGIN_MINUTES = 30;

/** The longest a lab stack lives in a normal run: create, verify, delete. */
export function lifetimeMinutes(timeoutMinutes: number): number {
  return Math.min(timeoutMinutes, MAX_WAIT_CREATE_SECONDS / 60) + VERIFY_MAX_MINUTES + TEARDOWN_MAX_MINUTES;
}

/** How long after creation the janitor may delete a stack. */
export function ttlMinutes(timeoutMinutes: number): number {
  return lifetimeMinutes(timeoutMinutes) + TTL_MARGIN_MINUTES;
}

/** Delays between polls on AWS. Tests pass smaller ones (and a fake clock). */
export interface PollDelays {
  stackMs: number;
  servicesMs: number;
  targetsMs: number;
  httpMs: number;
  deleteMs: number;
}

export const AWS_POLL_DELAYS: PollDelays = {
  stackMs: 10_000,
  servicesMs: 15_000,
  targetsMs: 10_000,
  httpMs: 10_000,
  deleteMs: 10_000,
};
