// The post step's body. It reads the state first and loads the AWS SDK (through ./index.js) only when the main
// step saved a stack, so a job that never deployed pays nothing. It never fails the job: a failed teardown is a
// warning, and the scheduled janitor deletes whatever is left once its TTL passes.
import * as core from '@actions/core';
import { getStackIds } from '../state.js';
import { errorMessage } from '../util/errors.js';

export async function runPost(): Promise<void> {
  try {
    const refs = getStackIds();
    if (refs.length === 0) return;
    const { teardownFromState } = await import('./index.js');
    await teardownFromState({ refs });
  } catch (e) {
    core.warning(
      `Sandbox teardown in the post step failed: ${errorMessage(e)}. This is not your fault; the scheduled janitor deletes expired sandbox stacks.`,
    );
  }
}
