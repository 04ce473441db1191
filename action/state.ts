// The only user of core.saveState/core.getState. The main step saves every sandbox stack it creates the moment
// CreateStack returns, so the post step (a separate process, which sees the state as STATE_<name> variables)
// can delete stacks even when the main step was cancelled or killed while waiting.
import * as core from '@actions/core';
import { isRecord } from '../graders/engine/parsers/record.js';

export const STATE = {
  /** JSON array of StackRef. camelCase: the runner turns it into an environment variable name. */
  stacks: 'sandboxStacks',
} as const;

/** Enough to delete a stack from another process: CloudFormation finds deleted stacks reliably only by id. */
export interface StackRef {
  stackId: string;
  stackName: string;
  region: string;
  labId: string;
}

export function saveStackIds(refs: readonly StackRef[]): void {
  core.saveState(STATE.stacks, JSON.stringify(refs));
}

/** The saved stacks; anything unreadable counts as none, because the post step must never fail the job. */
export function getStackIds(): StackRef[] {
  const raw = core.getState(STATE.stacks);
  if (!raw) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (r): r is StackRef =>
      isRecord(r) &&
      typeof r['stackId'] === 'string' &&
      r['stackId'] !== '' &&
      typeof r['stackName'] === 'string' &&
      typeof r['region'] === 'string' &&
      typeof r['labId'] === 'string',
  );
}
