// The janitor's sweep: delete sandbox stacks whose TTL has passed. A lost runner or a force-killed job skips the
// post step, so without this a learner's load balancer and NAT gateway would bill until someone noticed. Only
// stacks carrying our managed-by tag and the configured name prefix are touched.
import { DeleteStackCommand, DescribeStacksCommand, type Stack } from '@aws-sdk/client-cloudformation';
import { errorMessage } from '../util/errors.js';
import type { SandboxClients } from './clients.js';
import { MANAGED_BY, TAG } from './stack-name.js';
import type { Clock, Log } from './wait.js';

export interface SweepArgs {
  clients: SandboxClients;
  prefix: string;
  dryRun: boolean;
  clock: Clock;
  log: Log;
}

export interface SweptStack {
  stackName: string;
  stackId: string;
  status: string;
  expiresAt: string;
  action: 'deleted' | 'would-delete' | 'failed';
  error?: string;
}

/** A stack with our tags but no readable expiry is treated as expired this long after creation. */
export const FALLBACK_TTL_MS = 6 * 60 * 60 * 1000;
/** DescribeStacks pages (100 stacks each); a sandbox account never holds more. */
const MAX_PAGES = 50;

export async function sweepExpiredStacks(a: SweepArgs): Promise<SweptStack[]> {
  const now = a.clock.now();
  const stacks: Stack[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const r = await a.clients.cloudformation.send(
      new DescribeStacksCommand(token ? { NextToken: token } : {}),
    );
    stacks.push(...(r.Stacks ?? []));
    token = r.NextToken;
    if (!token) break;
  }
  const out: SweptStack[] = [];
  for (const s of stacks) {
    const tags = new Map((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
    if (tags.get(TAG.managedBy) !== MANAGED_BY) continue;
    if (!s.StackName?.startsWith(`${a.prefix}-`) || !s.StackId) continue;
    const status = s.StackStatus ?? '';
    if (status === 'DELETE_COMPLETE' || status === 'DELETE_IN_PROGRESS') continue;
    const parsed = Date.parse(tags.get(TAG.expiresAt) ?? '');
    const created = s.CreationTime?.getTime() ?? now;
    const expires = Number.isFinite(parsed) ? parsed : created + FALLBACK_TTL_MS;
    if (expires > now) continue;
    const base = {
      stackName: s.StackName,
      stackId: s.StackId,
      status,
      expiresAt: new Date(expires).toISOString(),
    };
    if (a.dryRun) {
      out.push({ ...base, action: 'would-delete' });
      continue;
    }
    try {
      const id = s.StackId;
      await a.clients.cloudformation.send(new DeleteStackCommand({ StackName: id }));
      a.log.info(`Deleting expired stack '${s.StackName}' (${status}, expired ${base.expiresAt}).`);
      out.push({ ...base, action: 'deleted' });
    } catch (e) {
      a.log.warn(`Could not delete expired stack '${s.StackName}': ${errorMessage(e)}`);
      out.push({ ...base, action: 'failed', error: errorMessage(e) });
    }
  }
  return out;
}
