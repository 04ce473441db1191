// Deploy: CreateStack, hand the StackId to the caller at once (it goes to the action's state before any waiting),
// then wait, bounded, for the stack to finish. A failed stack's events become learner feedback. A CreateStack
// call that errors synchronously is checked against DescribeStacks by name, because a request that timed out on
// the wire (or that moto half-applied) may still have left a stack behind to delete.
import {
  CreateStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  type Output,
  type StackEvent,
  type Tag,
} from '@aws-sdk/client-cloudformation';
import type { StackRef } from '../state.js';
import { errorMessage } from '../util/errors.js';
import type { SandboxClients } from './clients.js';
import { MAX_WAIT_CREATE_SECONDS } from './limits.js';
import { waitFor, type Clock, type Log } from './wait.js';

export interface DeployArgs {
  clients: SandboxClients;
  labId: string;
  stackName: string;
  templateBody: string;
  tags: Tag[];
  timeoutMinutes: number;
  /** Values for the template's declared parameters (the instructor's `deploy-parameters`). */
  parameters: Readonly<Record<string, string>>;
  /** CloudFormation service role; CloudFormation then creates and deletes resources with its permissions. */
  roleArn: string | null;
  /** Called right after CreateStack returns, before any wait: saves the id for the post step. */
  onCreated(ref: StackRef): void;
  clock: Clock;
  log: Log;
  pollMs: number;
  signal?: AbortSignal | undefined;
}

export interface FailedResource {
  logicalId: string;
  type: string;
  status: string;
  reason: string;
}

export type DeployOutcome =
  | { kind: 'created'; ref: StackRef; outputs: Record<string, string>; waitedMs: number }
  /** The template's fault: CloudFormation rejected it or rolled it back. */
  | { kind: 'failed'; ref: StackRef | null; status: string; message: string; failures: FailedResource[] }
  | { kind: 'timeout'; ref: StackRef; status: string; waitedMs: number }
  /** Not the learner's fault: credentials, throttling, quotas, an emulator gap. */
  | { kind: 'error'; ref: StackRef | null; message: string }
  | { kind: 'aborted'; ref: StackRef };

/** Capabilities a lab template may need: roles, possibly named. Never CAPABILITY_AUTO_EXPAND (macros). */
const CAPABILITIES = ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'] as const;

const COMPLETE = new Set(['CREATE_COMPLETE']);
const IN_PROGRESS = /_IN_PROGRESS$/;

export async function deployStack(a: DeployArgs): Promise<DeployOutcome> {
  const cfn = a.clients.cloudformation;
  let stackId: string | undefined;
  try {
    // Throttling is retried inside send, by the SDK (clients.ts); a retry here would multiply its attempts.
    const res = await cfn.send(
      new CreateStackCommand({
        StackName: a.stackName,
        TemplateBody: a.templateBody,
        Capabilities: [...CAPABILITIES],
        Tags: a.tags,
        TimeoutInMinutes: a.timeoutMinutes,
        // Keep a failed stack (ROLLBACK_COMPLETE) so its events can be read; teardown deletes it.
        OnFailure: 'ROLLBACK',
        EnableTerminationProtection: false,
        ...(a.roleArn ? { RoleARN: a.roleArn } : {}),
        ...(Object.keys(a.parameters).length
          ? {
              Parameters: Object.entries(a.parameters).map(([ParameterKey, ParameterValue]) => ({
                ParameterKey,
                ParameterValue,
              })),
            }
          : {}),
      }),
    );
    stackId = res.StackId;
  } catch (e) {
    const ref = await findByName(a).catch(() => null);
    if (ref) a.onCreated(ref);
    const name = (e as { name?: string }).name ?? '';
    if (name === 'ValidationError') {
      return {
        kind: 'failed',
        ref,
        status: 'REJECTED',
        message: `CloudFormation rejected the template before creating anything: ${errorMessage(e)}`,
        failures: [],
      };
    }
    return {
      kind: 'error',
      ref,
      message: `CreateStack failed: ${name ? `${name}: ` : ''}${errorMessage(e)}`,
    };
  }
  if (!stackId) {
    const ref = await findByName(a).catch(() => null);
    if (ref) a.onCreated(ref);
    return { kind: 'error', ref, message: 'CreateStack returned no StackId' };
  }
  const ref: StackRef = { stackId, stackName: a.stackName, region: a.clients.region, labId: a.labId };
  a.onCreated(ref);
  a.log.info(`Created stack '${a.stackName}' (${stackId}); waiting for CloudFormation.`);

  const maxWaitMs = Math.min(a.timeoutMinutes * 60, MAX_WAIT_CREATE_SECONDS) * 1000;
  const waited = await waitFor(
    {
      label: `stack ${a.stackName}`,
      maxWaitMs,
      delayMs: a.pollMs,
      clock: a.clock,
      log: a.log,
      signal: a.signal,
    },
    async () => {
      const d = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
      const stack = d.Stacks?.[0];
      const status = stack?.StackStatus ?? 'UNKNOWN';
      // A rollback is waited out too: its events hold the reason the learner needs.
      if (IN_PROGRESS.test(status)) return { done: false, state: status };
      return { done: true, value: { status, outputs: stack?.Outputs ?? [] } };
    },
  );
  if (!waited.ok) {
    if (waited.reason === 'aborted') return { kind: 'aborted', ref };
    return { kind: 'timeout', ref, status: waited.last, waitedMs: waited.waitedMs };
  }
  const { status, outputs } = waited.value;
  if (COMPLETE.has(status)) {
    return { kind: 'created', ref, outputs: outputMap(outputs), waitedMs: waited.waitedMs };
  }
  const failures = await failureEvents(a.clients, stackId).catch((e: unknown) => {
    a.log.warn(`Could not read the events of stack '${a.stackName}': ${errorMessage(e)}`);
    return [];
  });
  return { kind: 'failed', ref, status, message: `The stack ended in '${status}'.`, failures };
}

async function findByName(a: DeployArgs): Promise<StackRef | null> {
  const d = await a.clients.cloudformation.send(new DescribeStacksCommand({ StackName: a.stackName }));
  const id = d.Stacks?.[0]?.StackId;
  return id ? { stackId: id, stackName: a.stackName, region: a.clients.region, labId: a.labId } : null;
}

export function outputMap(outputs: readonly Output[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const o of outputs) if (o.OutputKey && o.OutputValue !== undefined) out[o.OutputKey] = o.OutputValue;
  return out;
}

/** Events are newest first; enough pages for any lab stack's create and rollback. */
const MAX_EVENT_PAGES = 5;

/**
 * The resources that failed, oldest first: the first is usually the cause, the rest its consequences.
 * "Resource creation cancelled" only says another resource failed first, so it is left out.
 */
export async function failureEvents(clients: SandboxClients, stackId: string): Promise<FailedResource[]> {
  const events: StackEvent[] = [];
  let token: string | undefined;
  for (let page = 0; page < MAX_EVENT_PAGES; page++) {
    const r = await clients.cloudformation.send(
      new DescribeStackEventsCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) }),
    );
    events.push(...(r.StackEvents ?? []));
    token = r.NextToken;
    if (!token) break;
  }
  const seen = new Set<string>();
  const out: FailedResource[] = [];
  for (const e of events.reverse()) {
    const status = e.ResourceStatus ?? '';
    const reason = e.ResourceStatusReason ?? '';
    if (!status.endsWith('_FAILED') || !reason || /Resource creation cancelled/i.test(reason)) continue;
    // The stack's own event repeats its resources' reasons ("The following resource(s) failed to create: …").
    if (e.ResourceType === 'AWS::CloudFormation::Stack' && /following resource\(s\) failed/i.test(reason))
      continue;
    const key = `${e.LogicalResourceId}\u0000${reason}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ logicalId: e.LogicalResourceId ?? '?', type: e.ResourceType ?? '?', status, reason });
  }
  return out;
}

export interface Hint {
  kind: 'capacity' | 'permissions' | 'invalid-property' | 'name-conflict' | 'service-unstable' | 'quota';
  text: string;
}

const HINTS: { kind: Hint['kind']; test: RegExp; text: string }[] = [
  {
    kind: 'capacity',
    test: /sufficient capacity|insufficient.*capacity|capacity is not available|no capacity|unable to place|InsufficientInstanceCapacity/i,
    text: 'AWS had no spare capacity for this request at that moment. This is not a fault in your template; push again later, or pick a more common size.',
  },
  {
    kind: 'permissions',
    test: /not authorized|AccessDenied|UnauthorizedOperation|explicit deny|permissions boundary/i,
    text: 'The sandbox role may not do this. Its permissions are deliberately narrow; if the lab needs it, tell your instructor (not your fault), otherwise remove the resource or the property that needs it.',
  },
  {
    kind: 'name-conflict',
    test: /already exists/i,
    text: 'A resource with this name already exists in the account. Leave names such as RoleName or ClusterName out, so CloudFormation generates unique ones for each stack.',
  },
  {
    kind: 'quota',
    test: /LimitExceeded|limit exceeded|quota/i,
    text: 'The sandbox account hit a service quota. This is not your fault; tell your instructor.',
  },
  {
    kind: 'service-unstable',
    test: /did not stabilize|circuit breaker/i,
    text: "The service's tasks did not start or did not stay healthy. Check the image URI and tag, the container port, the health check command and the execution role's permissions to pull the image and write logs.",
  },
  {
    kind: 'invalid-property',
    test: /validation fail|unsupported property|Invalid|Value of property|required property|is not valid|must be|Unable to resolve|does not exist|Template error/i,
    text: "CloudFormation rejected a property value. Compare the property's name and value with the resource's reference page, and run 'cfn-lint' on the template locally.",
  },
];

export function hintFor(reason: string): Hint | undefined {
  const h = HINTS.find((x) => x.test.test(reason));
  return h ? { kind: h.kind, text: h.text } : undefined;
}

/** The learner-facing account of a failed stack: each failed resource, its reason, and a hint. */
export function failureFeedback(status: string, failures: readonly FailedResource[], limit = 5): string {
  if (failures.length === 0) {
    return `The stack ended in '${status}' without a resource-level reason. Open the stack's Events tab in the CloudFormation console of the sandbox account, or ask your instructor.`;
  }
  const lines = failures.slice(0, limit).map((f) => {
    const hint = hintFor(f.reason);
    return `'${f.logicalId}' (${f.type}) ${f.status}: ${f.reason.trim()}${hint ? ` Hint: ${hint.text}` : ''}`;
  });
  const more = failures.length > limit ? ` (${failures.length - limit} more in the stack's events)` : '';
  return `The stack ended in '${status}'. ${lines.join(' ')}${more}`;
}
