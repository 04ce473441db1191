export const id = 727;
export const ids = [727,372];
export const modules = {

/***/ 1727:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  sweep: () => (/* binding */ sweep)
});

// UNUSED EXPORTS: SANDBOX_INPUTS, abortOnSignals, actionsLog, createClients, parseSandboxSettings, runIdentityFromEnv, runSandbox, sandboxLabs, teardownFromState

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(6421);
// EXTERNAL MODULE: ./graders/rules/lib/cloudformation.ts
var cloudformation = __webpack_require__(9325);
;// CONCATENATED MODULE: ./action/state.ts
// The only user of core.saveState/core.getState. The main step saves every sandbox stack it creates the moment
// CreateStack returns, so the post step (a separate process, which sees the state as STATE_<name> variables)
// can delete stacks even when the main step was cancelled or killed while waiting.


const STATE = {
    /** JSON array of StackRef. camelCase: the runner turns it into an environment variable name. */
    stacks: 'sandboxStacks',
};
function state_saveStackIds(refs) {
    core.saveState(STATE.stacks, JSON.stringify(refs));
}
/** The saved stacks; anything unreadable counts as none, because the post step must never fail the job. */
function state_getStackIds() {
    const raw = core.getState(STATE.stacks);
    if (!raw)
        return [];
    let parsed;
    try {
        parsed = JSON.parse(raw);
    }
    catch {
        return [];
    }
    if (!Array.isArray(parsed))
        return [];
    return parsed.filter((r) => isRecord(r) &&
        typeof r['stackId'] === 'string' &&
        r['stackId'] !== '' &&
        typeof r['stackName'] === 'string' &&
        typeof r['region'] === 'string' &&
        typeof r['labId'] === 'string');
}

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
// EXTERNAL MODULE: ./graders/engine/version.ts
var version = __webpack_require__(7236);
;// CONCATENATED MODULE: ./action/sandbox/clients.ts
// The AWS clients, created once per run and region, configured in one place: our user agent (so AWS-side logs
// and CloudTrail show which calls the grader made), a bounded number of attempts, and the SDK's standard retry
// mode. No endpoint is set here: the SDK itself honours AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>), which
// is how the tests point the same code at moto_server; test/action/sandbox/sweep.test.ts proves it, and
// retries.test.ts that the SDK's retries are the only ones.




/**
 * Attempts per AWS call, the first included. The SDK is the only thing that retries an AWS call: its standard
 * mode retries throttling, 5xx answers and dropped connections with jittered back-off under a retry quota, and
 * the sandbox code adds no loop of its own on top (action/util/retry.ts is for GitHub calls only), so this is the
 * whole bound. Five, not the SDK's default three, because CreateStack and DeleteStack must not be lost to
 * CloudFormation's per-account rate limit when a class pushes at once: throttled back-off waits up to 1, 2, 4 and
 * 8 seconds, about 15 seconds in all at worst.
 */
const SDK_MAX_ATTEMPTS = 5;
const cache = new Map();
function clients_createClients(region, overrides = {}) {
    const key = JSON.stringify([region, overrides.endpoint ?? null, overrides.maxAttempts ?? null]);
    const hit = overrides.credentials ? undefined : cache.get(key);
    if (hit)
        return hit;
    const config = {
        region,
        maxAttempts: overrides.maxAttempts ?? SDK_MAX_ATTEMPTS,
        retryMode: 'standard',
        customUserAgent: [[`${version/* TOOL_NAME */.lH}-sandbox`, version/* TOOL_VERSION */.wr]],
        ...(overrides.endpoint ? { endpoint: overrides.endpoint } : {}),
        ...(overrides.credentials ? { credentials: overrides.credentials } : {}),
    };
    const clients = {
        region,
        cloudformation: new dist_cjs/* CloudFormationClient */.m1N(config),
        ecs: new client_ecs_dist_cjs/* ECSClient */.Zgc(config),
        elb: new client_elastic_load_balancing_v2_dist_cjs/* ElasticLoadBalancingV2Client */.MlD(config),
    };
    if (!overrides.credentials)
        cache.set(key, clients);
    return clients;
}
/**
 * AWS_ENDPOINT_URL* variables silently redirect every call; worth a warning in a real run, where one leaked from
 * a test setup would send the learner's stack nowhere.
 */
function clients_endpointOverrides(env = process.env) {
    return Object.keys(env)
        .filter((k) => k === 'AWS_ENDPOINT_URL' || k.startsWith('AWS_ENDPOINT_URL_'))
        .filter((k) => (env[k] ?? '') !== '')
        .map((k) => `${k}='${env[k] ?? ''}'`);
}

// EXTERNAL MODULE: ./action/sandbox/limits.ts
var limits = __webpack_require__(5777);
// EXTERNAL MODULE: ./graders/engine/log.ts
var log = __webpack_require__(7626);
;// CONCATENATED MODULE: ./action/util/clock.ts
// Time, injectable: the retry helper and the sandbox's waits take a Clock, so tests pass a fake one and never
// sleep.
const clock_realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    random: () => Math.random(),
};

;// CONCATENATED MODULE: ./action/sandbox/wait.ts



/**
 * Polls until `probe` says done or `maxWaitMs` passes. The first poll is immediate. A probe that throws a
 * throttling or transient error, which the SDK has already retried, counts as "not done yet": the next poll comes
 * after the usual delay and the wait's own bound still holds, so this adds no attempts of its own. Any other
 * error propagates.
 */
async function wait_waitFor(opts, probe) {
    const start = opts.clock.now();
    let last = 'not checked yet';
    for (;;) {
        const waitedMs = opts.clock.now() - start;
        if (opts.signal?.aborted)
            return { ok: false, reason: 'aborted', last, waitedMs };
        try {
            const r = await probe();
            if (r.done)
                return { ok: true, value: r.value, waitedMs: opts.clock.now() - start };
            last = r.state;
        }
        catch (e) {
            if (!isTransient(e))
                throw e;
            last = `${opts.label}: ${errorMessage(e)}`;
            opts.log.debug(`${opts.label}: transient error, polling again: ${errorMessage(e)}`);
        }
        const elapsed = opts.clock.now() - start;
        if (elapsed + opts.delayMs > opts.maxWaitMs) {
            return { ok: false, reason: 'timeout', last, waitedMs: elapsed };
        }
        opts.log.debug(`${opts.label}: ${last}; next check in ${Math.round(opts.delayMs / 1000)} s`);
        await opts.clock.sleep(opts.delayMs);
    }
}
const THROTTLING = new Set([
    'Throttling',
    'ThrottlingException',
    'ThrottledException',
    'TooManyRequestsException',
    'RequestLimitExceeded',
    'RequestThrottled',
    'RequestThrottledException',
    'SlowDown',
]);
/** The SDK marks throttling on `$retryable`; the names cover mocks and services that do not. */
function isThrottling(e) {
    const err = e;
    return Boolean(err && (THROTTLING.has(err.name ?? '') || err.$retryable?.throttling));
}
/** Throttling, 5xx answers and dropped connections: worth another try later. */
function isTransient(e) {
    if (isThrottling(e))
        return true;
    const err = e;
    const status = err?.$metadata?.httpStatusCode ?? 0;
    return (status >= 500 ||
        ['ECONNRESET', 'ECONNREFUSED', 'ETIMEDOUT', 'EPIPE'].includes(err?.code ?? '') ||
        err?.name === 'TimeoutError');
}

;// CONCATENATED MODULE: ./action/sandbox/deploy.ts
// Deploy: CreateStack, hand the StackId to the caller at once (it goes to the action's state before any waiting),
// then wait, bounded, for the stack to finish. A failed stack's events become learner feedback. A CreateStack
// call that errors synchronously is checked against DescribeStacks by name, because a request that timed out on
// the wire (or that moto half-applied) may still have left a stack behind to delete.




/** Capabilities a lab template may need: roles, possibly named. Never CAPABILITY_AUTO_EXPAND (macros). */
const CAPABILITIES = (/* unused pure expression or super */ null && (['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM']));
const COMPLETE = new Set(['CREATE_COMPLETE']);
const IN_PROGRESS = /_IN_PROGRESS$/;
async function deploy_deployStack(a) {
    const cfn = a.clients.cloudformation;
    let stackId;
    try {
        // Throttling is retried inside send, by the SDK (clients.ts); a retry here would multiply its attempts.
        const res = await cfn.send(new CreateStackCommand({
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
        }));
        stackId = res.StackId;
    }
    catch (e) {
        const ref = await findByName(a).catch(() => null);
        if (ref)
            a.onCreated(ref);
        const name = e.name ?? '';
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
        if (ref)
            a.onCreated(ref);
        return { kind: 'error', ref, message: 'CreateStack returned no StackId' };
    }
    const ref = { stackId, stackName: a.stackName, region: a.clients.region, labId: a.labId };
    a.onCreated(ref);
    a.log.info(`Created stack '${a.stackName}' (${stackId}); waiting for CloudFormation.`);
    const maxWaitMs = Math.min(a.timeoutMinutes * 60, MAX_WAIT_CREATE_SECONDS) * 1000;
    const waited = await waitFor({
        label: `stack ${a.stackName}`,
        maxWaitMs,
        delayMs: a.pollMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        const d = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
        const stack = d.Stacks?.[0];
        const status = stack?.StackStatus ?? 'UNKNOWN';
        // A rollback is waited out too: its events hold the reason the learner needs.
        if (IN_PROGRESS.test(status))
            return { done: false, state: status };
        return { done: true, value: { status, outputs: stack?.Outputs ?? [] } };
    });
    if (!waited.ok) {
        if (waited.reason === 'aborted')
            return { kind: 'aborted', ref };
        return { kind: 'timeout', ref, status: waited.last, waitedMs: waited.waitedMs };
    }
    const { status, outputs } = waited.value;
    if (COMPLETE.has(status)) {
        return { kind: 'created', ref, outputs: outputMap(outputs), waitedMs: waited.waitedMs };
    }
    const failures = await failureEvents(a.clients, stackId).catch((e) => {
        a.log.warn(`Could not read the events of stack '${a.stackName}': ${errorMessage(e)}`);
        return [];
    });
    return { kind: 'failed', ref, status, message: `The stack ended in '${status}'.`, failures };
}
async function findByName(a) {
    const d = await a.clients.cloudformation.send(new DescribeStacksCommand({ StackName: a.stackName }));
    const id = d.Stacks?.[0]?.StackId;
    return id ? { stackId: id, stackName: a.stackName, region: a.clients.region, labId: a.labId } : null;
}
function outputMap(outputs) {
    const out = {};
    for (const o of outputs)
        if (o.OutputKey && o.OutputValue !== undefined)
            out[o.OutputKey] = o.OutputValue;
    return out;
}
/** Events are newest first; enough pages for any lab stack's create and rollback. */
const MAX_EVENT_PAGES = 5;
/**
 * The resources that failed, oldest first: the first is usually the cause, the rest its consequences.
 * "Resource creation cancelled" only says another resource failed first, so it is left out.
 */
async function failureEvents(clients, stackId) {
    const events = [];
    let token;
    for (let page = 0; page < MAX_EVENT_PAGES; page++) {
        const r = await clients.cloudformation.send(new DescribeStackEventsCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) }));
        events.push(...(r.StackEvents ?? []));
        token = r.NextToken;
        if (!token)
            break;
    }
    const seen = new Set();
    const out = [];
    for (const e of events.reverse()) {
        const status = e.ResourceStatus ?? '';
        const reason = e.ResourceStatusReason ?? '';
        if (!status.endsWith('_FAILED') || !reason || /Resource creation cancelled/i.test(reason))
            continue;
        // The stack's own event repeats its resources' reasons ("The following resource(s) failed to create: …").
        if (e.ResourceType === 'AWS::CloudFormation::Stack' && /following resource\(s\) failed/i.test(reason))
            continue;
        const key = `${e.LogicalResourceId}\u0000${reason}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        out.push({ logicalId: e.LogicalResourceId ?? '?', type: e.ResourceType ?? '?', status, reason });
    }
    return out;
}
const HINTS = [
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
function hintFor(reason) {
    const h = HINTS.find((x) => x.test.test(reason));
    return h ? { kind: h.kind, text: h.text } : undefined;
}
/** The learner-facing account of a failed stack: each failed resource, its reason, and a hint. */
function deploy_failureFeedback(status, failures, limit = 5) {
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

// EXTERNAL MODULE: ./action/sandbox/guard/index.ts + 24 modules
var guard = __webpack_require__(752);
;// CONCATENATED MODULE: ./action/sandbox/items.ts
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const ECS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const ALB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';
const DEPLOY_ITEMS = {
    guard: {
        id: 'sandbox-policy',
        title: 'Template passes the sandbox policy',
        points: 0,
        docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
    },
    stack: {
        id: 'stack-created',
        title: 'Stack created',
        points: 3,
        docs: `${CFN}/troubleshooting.html`,
    },
    services: {
        id: 'services-steady',
        title: 'ECS services reach their desired count',
        points: 2,
        docs: `${ECS}/service-event-messages.html`,
    },
    tasks: {
        id: 'tasks-running',
        title: 'Tasks are running',
        points: 1,
        docs: `${ECS}/stopped-task-errors.html`,
    },
    targets: {
        id: 'targets-healthy',
        title: 'Load balancer targets are healthy',
        points: 2,
        docs: `${ALB}/target-group-health-checks.html`,
    },
    http: {
        id: 'http-answers',
        title: 'The service URL answers with 2xx',
        points: 2,
        docs: `${ALB}/load-balancer-troubleshooting.html`,
    },
    teardown: {
        // Worth nothing: clean-up is the grader's job, and a leak is reported to the instructor, not scored.
        id: 'teardown',
        title: 'Stack deleted',
        points: 0,
        docs: `${CFN}/troubleshooting.html#troubleshooting-errors-delete-stack-fails`,
    },
};
/** The verify items, in report order. */
const items_VERIFY_KEYS = (/* unused pure expression or super */ null && ([
    'services',
    'tasks',
    'targets',
    'http',
]));
const evidence = (url) => [{ kind: 'aws-doc', url }];
function items_item(key, status, feedback, opts = {}) {
    const def = DEPLOY_ITEMS[key];
    const fraction = opts.fraction ?? (status === 'passed' ? 1 : 0);
    return {
        id: def.id,
        title: def.title,
        points: def.points,
        earned: def.points * fraction,
        status,
        feedback,
        docs: def.docs,
        evidence: evidence(def.docs),
        findings: opts.findings ?? [],
    };
}
/** Not applicable to this stack: worth nothing either way. */
function items_notApplicable(key, feedback) {
    return { ...items_item(key, 'skipped', feedback), points: 0, earned: 0 };
}
/** Skipped because an earlier step failed: the points are lost with it. */
function items_blocked(key, feedback) {
    return items_item(key, 'skipped', feedback);
}
/** The sandbox itself failed (credentials, quotas, a bug): never the learner's fault, and said so. */
function items_graderErrorItem(key, detail) {
    return items_item(key, 'grader-error', `The sandbox could not check this; this is not your fault. Please tell your instructor (${detail}).`);
}

;// CONCATENATED MODULE: ./action/sandbox/stack-name.ts
/** CloudFormation: a letter, then letters, digits and hyphens, 128 characters at most. */
const STACK_NAME_PATTERN = /^[A-Za-z][-A-Za-z0-9]*$/;
const MAX_STACK_NAME = 128;
const TAG = {
    managedBy: 'labgrade:managed-by',
    lab: 'labgrade:lab',
    repository: 'labgrade:repository',
    pr: 'labgrade:pr',
    runId: 'labgrade:run-id',
    sha: 'labgrade:sha',
    expiresAt: 'labgrade:expires-at',
};
/** The value of the managed-by tag; the janitor deletes nothing without it. */
const MANAGED_BY = 'labgrade';
function runIdentityFromEnv(env, prNumber) {
    return {
        repository: env['GITHUB_REPOSITORY'] || 'local/repository',
        runId: env['GITHUB_RUN_ID'] || String(Date.now()),
        runAttempt: env['GITHUB_RUN_ATTEMPT'] || '1',
        sha: env['GITHUB_SHA'] || '0000000',
        prNumber,
    };
}
function slug(s) {
    return s
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
function stack_name_stackName(prefix, run, labId) {
    const who = run.prNumber === null ? `run${slug(run.runId)}` : `pr${run.prNumber}-${slug(run.runId)}`;
    const tail = [who, slug(run.runAttempt) || '1', slug(labId), slug(run.sha).slice(0, 7) || 'nosha']
        .filter(Boolean)
        .join('-');
    const repo = slug(run.repository.split('/').pop() ?? '') || 'repo';
    // The repository name is the only part without a natural bound, so it is the part that gets shortened.
    const room = MAX_STACK_NAME - prefix.length - tail.length - 2;
    const parts = room > 0 ? [prefix, repo.slice(0, room).replace(/-+$/, ''), tail] : [prefix, tail];
    let name = parts.filter(Boolean).join('-').slice(0, MAX_STACK_NAME).replace(/-+$/, '');
    if (!/^[A-Za-z]/.test(name))
        name = `s${name}`.slice(0, MAX_STACK_NAME);
    return name;
}
function stack_name_stackTags(run, labId, expiresAt) {
    return [
        { Key: TAG.managedBy, Value: MANAGED_BY },
        { Key: TAG.lab, Value: labId },
        { Key: TAG.repository, Value: run.repository },
        { Key: TAG.pr, Value: run.prNumber === null ? 'none' : String(run.prNumber) },
        { Key: TAG.runId, Value: `${run.runId}-${run.runAttempt}` },
        { Key: TAG.sha, Value: run.sha },
        { Key: TAG.expiresAt, Value: expiresAt.toISOString() },
    ];
}

// EXTERNAL MODULE: ./action/util/errors.ts
var errors = __webpack_require__(9411);
;// CONCATENATED MODULE: ./action/sandbox/sweep.ts
// The janitor's sweep: delete sandbox stacks whose TTL has passed. A lost runner or a force-killed job skips the
// post step, so without this a learner's load balancer and NAT gateway would bill until someone noticed. Only
// stacks carrying our managed-by tag and the configured name prefix are touched.



/** A stack with our tags but no readable expiry is treated as expired this long after creation. */
const FALLBACK_TTL_MS = 6 * 60 * 60 * 1000;
/** DescribeStacks pages (100 stacks each); a sandbox account never holds more. */
const MAX_PAGES = 50;
async function sweepExpiredStacks(a) {
    const now = a.clock.now();
    const stacks = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const r = await a.clients.cloudformation.send(new dist_cjs/* DescribeStacksCommand */.Y47(token ? { NextToken: token } : {}));
        stacks.push(...(r.Stacks ?? []));
        token = r.NextToken;
        if (!token)
            break;
    }
    const out = [];
    for (const s of stacks) {
        const tags = new Map((s.Tags ?? []).map((t) => [t.Key ?? '', t.Value ?? '']));
        if (tags.get(TAG.managedBy) !== MANAGED_BY)
            continue;
        if (!s.StackName?.startsWith(`${a.prefix}-`) || !s.StackId)
            continue;
        const status = s.StackStatus ?? '';
        if (status === 'DELETE_COMPLETE' || status === 'DELETE_IN_PROGRESS')
            continue;
        const parsed = Date.parse(tags.get(TAG.expiresAt) ?? '');
        const created = s.CreationTime?.getTime() ?? now;
        const expires = Number.isFinite(parsed) ? parsed : created + FALLBACK_TTL_MS;
        if (expires > now)
            continue;
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
            await a.clients.cloudformation.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: id }));
            a.log.info(`Deleting expired stack '${s.StackName}' (${status}, expired ${base.expiresAt}).`);
            out.push({ ...base, action: 'deleted' });
        }
        catch (e) {
            a.log.warn(`Could not delete expired stack '${s.StackName}': ${(0,errors/* errorMessage */.g)(e)}`);
            out.push({ ...base, action: 'failed', error: (0,errors/* errorMessage */.g)(e) });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./action/sandbox/teardown.ts
// Teardown: delete a stack by id and make sure it is gone. Idempotent (DeleteStack on a deleted stack succeeds),
// so the main step's finally and the post step can both call it. DELETE_FAILED is retried once; whatever still
// stands after that is reported as a leak with its logical ids, for the instructor to clean up.



async function teardown_teardownStack(a) {
    const name = a.ref.stackName;
    // Read before deleting: if the stack record disappears after a failed delete (moto does this), this list is
    // the only record of what may remain.
    const before = await listResources(a.clients, a.ref.stackId).catch(() => null);
    let lastError = null;
    let lastStatus = '';
    for (let attempt = 1; attempt <= 2; attempt++) {
        lastError = await requestDelete(a);
        if (a.signal?.aborted) {
            return {
                status: 'requested',
                leaks: [],
                message: `Deletion of stack '${name}' was requested; the run was cancelled before it finished, so the post step or the janitor will confirm it.`,
            };
        }
        const seen = await observe(a, lastError !== null);
        if (seen.kind === 'gone') {
            return { status: 'deleted', leaks: [], message: `Stack '${name}' was deleted.` };
        }
        if (seen.kind === 'aborted') {
            return {
                status: 'requested',
                leaks: [],
                message: `Deletion of stack '${name}' is under way; the run was cancelled while waiting.`,
            };
        }
        if (seen.kind === 'timeout') {
            return {
                status: 'timeout',
                leaks: [],
                message: `Stack '${name}' was still '${seen.status}' after ${Math.round(a.maxWaitMs / 1000)} s; the scheduled janitor will finish deleting it.`,
            };
        }
        if (seen.kind === 'vanished') {
            const leaks = leftovers(before, a.declared);
            return {
                status: 'leaked',
                leaks,
                message: `Deleting stack '${name}' failed (${lastError ?? 'no reason given'}) and the stack record is gone, so CloudFormation can no longer delete what remains. These resources may still exist: ${quoteList(leaks)}. Not your fault; the instructor has to delete them by hand.`,
            };
        }
        lastStatus = seen.status;
        if (attempt === 1)
            a.log.warn(`Stack '${name}' is '${seen.status}'${lastError ? ` (${lastError})` : ''}; retrying the deletion once.`);
    }
    const after = await listResources(a.clients, a.ref.stackId).catch(() => null);
    const remaining = after
        ? after.filter((r) => r.ResourceStatus !== 'DELETE_COMPLETE' && r.ResourceStatus !== 'DELETE_SKIPPED')
        : null;
    const leaks = remaining ? remaining.map((r) => r.LogicalResourceId ?? '?') : leftovers(before, a.declared);
    const reasons = (remaining ?? [])
        .filter((r) => r.ResourceStatusReason)
        .slice(0, 3)
        .map((r) => `'${r.LogicalResourceId ?? '?'}': ${r.ResourceStatusReason ?? ''}`);
    return {
        status: 'leaked',
        leaks,
        message: `Stack '${name}' could not be deleted after two attempts (${lastStatus || lastError || 'unknown state'}). Left behind: ${quoteList(leaks)}.${reasons.length ? ` ${reasons.join(' ')}` : ''} Not your fault; the instructor has to delete them by hand.`,
    };
}
/** DeleteStack; returns the error text instead of throwing, since a failed request is itself a teardown state. */
async function requestDelete(a) {
    try {
        // The SDK retries throttling inside send (clients.ts); DELETE_FAILED is what teardownStack retries.
        await a.clients.cloudformation.send(new DeleteStackCommand({ StackName: a.ref.stackId }));
        return null;
    }
    catch (e) {
        const name = e.name;
        return `${name ? `${name}: ` : ''}${errorMessage(e)}`;
    }
}
async function observe(a, deleteErrored) {
    const settled = (value) => ({ done: true, value });
    const waited = await waitFor({
        label: `deleting ${a.ref.stackName}`,
        maxWaitMs: a.maxWaitMs,
        delayMs: a.pollMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        let status;
        try {
            const d = await a.clients.cloudformation.send(new DescribeStacksCommand({ StackName: a.ref.stackId }));
            status = d.Stacks?.[0]?.StackStatus ?? 'DELETE_COMPLETE';
        }
        catch (e) {
            if (!/does not exist/i.test(errorMessage(e)))
                throw e;
            // AWS keeps a deleted stack's record (DELETE_COMPLETE) when asked by id. A missing record after a
            // failed DeleteStack means the record was dropped with resources still standing.
            return settled(deleteErrored ? { kind: 'vanished' } : { kind: 'gone' });
        }
        if (status === 'DELETE_COMPLETE')
            return settled({ kind: 'gone' });
        if (status === 'DELETE_FAILED')
            return settled({ kind: 'failed', status });
        // A refused DeleteStack changes nothing, so waiting for it would only burn the bound.
        if (deleteErrored && status !== 'DELETE_IN_PROGRESS')
            return settled({ kind: 'failed', status });
        return { done: false, state: status };
    });
    if (waited.ok)
        return waited.value;
    return waited.reason === 'aborted' ? { kind: 'aborted' } : { kind: 'timeout', status: waited.last };
}
async function listResources(clients, stackId) {
    const out = [];
    let token;
    do {
        const r = await clients.cloudformation.send(new ListStackResourcesCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) }));
        out.push(...(r.StackResourceSummaries ?? []));
        token = r.NextToken;
    } while (token);
    return out;
}
function leftovers(before, declared) {
    const ids = before
        ? before.filter((r) => r.ResourceStatus !== 'DELETE_COMPLETE').map((r) => r.LogicalResourceId ?? '')
        : [...(declared ?? [])];
    return [...new Set(ids.filter(Boolean))].sort();
}
function quoteList(ids) {
    return ids.length ? ids.map((i) => `'${i}'`).join(', ') : 'unknown resources (see the account)';
}

;// CONCATENATED MODULE: ./action/sandbox/verify.ts
// Verify a created stack, each step bounded and reported as its own deploy item: ECS services reach their desired
// count, their tasks run (with the stopped tasks' reasons when they do not), the load balancer's targets turn
// healthy, and the stack's URL output answers 2xx. Only facts read from AWS count; nothing here trusts the
// template's claims.








/** Runs every verify step; a step that throws becomes a grader-error item and the others still run. */
async function verify_verifyStack(a) {
    let stackResources;
    try {
        stackResources = await verify_listResources(a.clients, a.ref.stackId);
    }
    catch (e) {
        const detail = `listing the stack's resources failed: ${errorMessage(e)}`;
        return {
            services: graderErrorItem('services', detail),
            tasks: graderErrorItem('tasks', detail),
            targets: graderErrorItem('targets', detail),
            http: graderErrorItem('http', detail),
        };
    }
    const services = serviceRefs(a.template, stackResources);
    const step = async (key, fn) => {
        try {
            return await fn();
        }
        catch (e) {
            a.log.debug(`verify ${key} crashed: ${e.stack ?? errorMessage(e)}`);
            return graderErrorItem(key, `${key} check failed: ${errorMessage(e)}`);
        }
    };
    let observed = [];
    const servicesItem = await step('services', async () => {
        const r = await checkServices(a, services);
        observed = r.observed;
        return r.item;
    });
    const tasksItem = await step('tasks', () => checkTasks(a, services, observed));
    const targetsItem = servicesItem.status === 'failed'
        ? blocked('targets', 'Skipped: the services did not reach their desired count, so their targets cannot be healthy.')
        : await step('targets', () => checkTargets(a, stackResources));
    const httpItem = targetsItem.status === 'failed' || (servicesItem.status === 'failed' && targetsItem.status !== 'passed')
        ? blocked('http', 'Skipped: the load balancer has no healthy targets to answer with.')
        : await step('http', () => checkHttp(a, stackResources));
    return { services: servicesItem, tasks: tasksItem, targets: targetsItem, http: httpItem };
}
async function verify_listResources(clients, stackId) {
    const out = [];
    let token;
    do {
        const r = await clients.cloudformation.send(new ListStackResourcesCommand({ StackName: stackId, ...(token ? { NextToken: token } : {}) }));
        out.push(...(r.StackResourceSummaries ?? []));
        token = r.NextToken;
    } while (token);
    return out;
}
/** A service ARN names its cluster (`service/<cluster>/<name>`); the old format does not, so fall back to the template. */
function serviceRefs(t, stackResources) {
    const physical = new Map(stackResources.map((r) => [r.LogicalResourceId ?? '', r.PhysicalResourceId ?? '']));
    return stackResources
        .filter((r) => r.ResourceType === 'AWS::ECS::Service' && r.PhysicalResourceId)
        .map((r) => {
        const arn = r.PhysicalResourceId ?? '';
        const parts = arn.split(':').pop()?.split('/') ?? [];
        let cluster = parts.length === 3 ? (parts[1] ?? '') : '';
        if (!cluster) {
            const clusterId = targetOf(get(t.Resources[r.LogicalResourceId ?? '']?.Properties, ['Cluster']));
            cluster = (clusterId && physical.get(clusterId)) || 'default';
        }
        return { logicalId: r.LogicalResourceId ?? '?', cluster, arn, name: parts[parts.length - 1] ?? arn };
    });
}
function byCluster(services) {
    const m = new Map();
    for (const s of services)
        m.set(s.cluster, [...(m.get(s.cluster) ?? []), s]);
    return m;
}
async function describeServices(a, services) {
    const found = [];
    const missing = [];
    for (const [cluster, list] of byCluster(services)) {
        // DescribeServices takes at most 10 services per call.
        for (let i = 0; i < list.length; i += 10) {
            const chunk = list.slice(i, i + 10);
            const r = await a.clients.ecs.send(new DescribeServicesCommand({ cluster, services: chunk.map((s) => s.arn) }));
            found.push(...(r.services ?? []));
            for (const f of r.failures ?? [])
                missing.push(`${f.arn ?? '?'} (${f.reason ?? 'unknown'})`);
        }
    }
    return { found, missing };
}
function logicalOf(services, svc) {
    return (services.find((s) => s.arn === svc.serviceArn || s.name === svc.serviceName)?.logicalId ??
        svc.serviceName ??
        '?');
}
async function checkServices(a, services) {
    if (services.length === 0)
        return { item: notApplicable('services', 'Not applicable: the stack has no ECS service.'), observed: [] };
    let observed = [];
    const waited = await waitFor({
        label: 'ECS services',
        maxWaitMs: MAX_WAIT_SERVICES_SECONDS * 1000,
        delayMs: a.delays.servicesMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        const { found, missing } = await describeServices(a, services);
        observed = found;
        const failed = found.filter((s) => s.deployments?.some((d) => d.status === 'PRIMARY' && d.rolloutState === 'FAILED'));
        if (missing.length || failed.length)
            return { done: true, value: false };
        const steady = found.every((s) => s.status === 'ACTIVE' && (s.runningCount ?? 0) === (s.desiredCount ?? 0));
        const state = found
            .map((s) => `'${logicalOf(services, s)}' running ${s.runningCount ?? 0} of ${s.desiredCount ?? 0}`)
            .join(', ');
        return steady && found.length === services.length
            ? { done: true, value: true }
            : { done: false, state };
    });
    const summary = observed
        .map((s) => `'${logicalOf(services, s)}' runs ${s.runningCount ?? 0} of ${s.desiredCount ?? 0} tasks`)
        .join('; ');
    if (waited.ok && waited.value) {
        return {
            item: item('services', 'passed', `Every service reached its desired count (${summary}).`),
            observed,
        };
    }
    const events = observed.flatMap((s) => (s.events ?? []).slice(0, 3).map((e) => `'${logicalOf(services, s)}': ${e.message ?? ''}`));
    const rolledBack = observed.some((s) => s.deployments?.some((d) => d.status === 'PRIMARY' && d.rolloutState === 'FAILED'));
    const why = !waited.ok
        ? waited.reason === 'aborted'
            ? 'The run was cancelled while waiting.'
            : `After ${Math.round(waited.waitedMs / 1000)} s: ${summary || waited.last}.`
        : rolledBack
            ? `The deployment failed (circuit breaker): ${summary}.`
            : `A service could not be found: ${summary}.`;
    return {
        item: item('services', 'failed', `${why}${events.length ? ` Latest service events: ${events.join(' | ')}` : ''} Tasks that stop at once usually mean a wrong image or tag, a missing execution role permission, or a failing container health check; see 'Tasks are running' for the reasons ECS gave.`),
        observed,
    };
}
async function describeTasks(a, cluster, arns) {
    const out = [];
    for (let i = 0; i < arns.length; i += 100) {
        const r = await a.clients.ecs.send(new DescribeTasksCommand({ cluster, tasks: arns.slice(i, i + 100) }));
        out.push(...(r.tasks ?? []));
    }
    return out;
}
function stoppedReasons(tasks) {
    const reasons = new Set();
    for (const t of tasks) {
        const containers = (t.containers ?? [])
            .filter((c) => c.reason || (c.exitCode !== undefined && c.exitCode !== 0))
            .map((c) => `container '${c.name ?? '?'}' ${c.reason ?? ''}${c.exitCode !== undefined ? ` (exit code ${c.exitCode})` : ''}`.trim());
        reasons.add([t.stoppedReason ?? t.stopCode ?? 'stopped', ...containers].join('; '));
    }
    return [...reasons].slice(0, 3);
}
async function checkTasks(a, services, observed) {
    if (services.length === 0)
        return notApplicable('tasks', 'Not applicable: the stack has no ECS service.');
    const problems = [];
    const fine = [];
    let unverifiable = 0;
    for (const s of services) {
        const svc = observed.find((o) => o.serviceArn === s.arn || o.serviceName === s.name);
        // Without the service's own counts there is nothing to compare the tasks with.
        if (!svc) {
            unverifiable++;
            continue;
        }
        const desired = svc.desiredCount ?? 0;
        const listed = await a.clients.ecs.send(new ListTasksCommand({ cluster: s.cluster, serviceName: s.name, desiredStatus: 'RUNNING' }));
        const tasks = await describeTasks(a, s.cluster, listed.taskArns ?? []);
        const running = tasks.filter((t) => t.lastStatus === 'RUNNING');
        const unhealthy = running.filter((t) => t.healthStatus === 'UNHEALTHY');
        if (running.length >= desired && unhealthy.length === 0) {
            if (tasks.length === 0 && desired > 0) {
                unverifiable++;
                continue;
            }
            fine.push(`'${s.logicalId}' ${running.length} running`);
            continue;
        }
        const stoppedArns = await a.clients.ecs.send(new ListTasksCommand({ cluster: s.cluster, serviceName: s.name, desiredStatus: 'STOPPED' }));
        const stopped = await describeTasks(a, s.cluster, (stoppedArns.taskArns ?? []).slice(0, 10));
        if (tasks.length === 0 && stopped.length === 0 && (svc.runningCount ?? 0) >= desired && desired > 0) {
            unverifiable++;
            continue;
        }
        const reasons = stoppedReasons(stopped);
        problems.push(`'${s.logicalId}' has ${running.length} of ${desired} tasks running${unhealthy.length ? `, ${unhealthy.length} of them UNHEALTHY (the container health check fails)` : ''}${reasons.length ? `; stopped tasks say: ${reasons.map((r) => `'${r}'`).join(', ')}` : ''}.`);
    }
    if (problems.length)
        return item('tasks', 'failed', problems.join(' '));
    if (unverifiable && fine.length === 0) {
        // moto reports running counts for CloudFormation-made services but lists no tasks (moto.md §2).
        return notApplicable('tasks', 'Not checked: ECS listed no tasks for the services (it reports them running), so there was nothing to inspect.');
    }
    return item('tasks', 'passed', `Every task is running (${fine.join(', ')}).`);
}
function requiredTargetGroups(t) {
    const out = new Set();
    for (const svc of resources(t, 'AWS::ECS::Service')) {
        const lbs = svc.props['LoadBalancers'];
        if (!Array.isArray(lbs))
            continue;
        for (const lb of lbs) {
            const id = targetOf(get(lb, ['TargetGroupArn']));
            if (id)
                out.add(id);
        }
    }
    return out;
}
const TARGET_HINTS = (/* unused pure expression or super */ null && ([
    [
        /ResponseCodeMismatch/,
        "The health check got an unexpected HTTP status: point 'HealthCheckPath' at a path the app answers with 200, such as '/health'.",
    ],
    [
        /Timeout/,
        "The health check timed out: the service's security group must admit the load balancer's security group on the container port.",
    ],
    [
        /FailedHealthChecks/,
        'The targets failed their health checks: check the container port and the health check path.',
    ],
]));
async function checkTargets(a, stackResources) {
    const groups = stackResources.filter((r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::TargetGroup' && r.PhysicalResourceId);
    if (groups.length === 0)
        return notApplicable('targets', 'Not applicable: the stack has no target group.');
    const required = requiredTargetGroups(a.template);
    let last = new Map();
    const waited = await waitFor({
        label: 'target health',
        maxWaitMs: MAX_WAIT_TARGETS_SECONDS * 1000,
        delayMs: a.delays.targetsMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        const now = new Map();
        for (const g of groups) {
            const r = await a.clients.elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: g.PhysicalResourceId }));
            now.set(g.LogicalResourceId ?? '?', r.TargetHealthDescriptions ?? []);
        }
        last = now;
        const ok = [...now].every(([id, ts]) => {
            const states = ts.map((t) => t.TargetHealth?.State ?? 'unknown').filter((s) => s !== 'draining');
            const healthy = states.filter((s) => s === 'healthy').length;
            return healthy === states.length && (!required.has(id) || healthy > 0);
        });
        return ok ? { done: true, value: true } : { done: false, state: describeTargets(now) };
    });
    if (waited.ok)
        return item('targets', 'passed', `Every target is healthy (${describeTargets(last)}).`);
    const reasons = [...last.values()]
        .flat()
        .map((t) => `${t.TargetHealth?.Reason ?? ''} ${t.TargetHealth?.Description ?? ''}`);
    const hint = TARGET_HINTS.find(([re]) => reasons.some((r) => re.test(r)))?.[1];
    const details = [...last.values()]
        .flat()
        .filter((t) => t.TargetHealth?.State !== 'healthy' && t.TargetHealth?.Description)
        .slice(0, 3)
        .map((t) => `'${t.TargetHealth?.Description ?? ''}'`);
    return item('targets', 'failed', `${waited.reason === 'aborted' ? 'The run was cancelled while waiting.' : `After ${Math.round(waited.waitedMs / 1000)} s: ${describeTargets(last)}.`}${details.length ? ` The load balancer says ${details.join(', ')}.` : ''} ${hint ?? 'A target group used by a service needs at least one healthy target.'}`);
}
function describeTargets(groups) {
    return [...groups]
        .map(([id, ts]) => {
        const counts = new Map();
        for (const t of ts)
            counts.set(t.TargetHealth?.State ?? 'unknown', (counts.get(t.TargetHealth?.State ?? 'unknown') ?? 0) + 1);
        const text = [...counts].map(([s, n]) => `${n} ${s}`).join(', ');
        return `'${id}' ${text || 'no targets registered'}`;
    })
        .join('; ');
}
const MAX_REDIRECTS = 3;
/**
 * Whether the probe may call a URL: http(s) to one of this stack's own load balancers, by the DNS name AWS gave it
 * (DescribeLoadBalancers of the stack's load balancer resources), and nothing else. A suffix such as '*.on.aws' or
 * '*.elb.amazonaws.com' is not enough: a learner's own Lambda function URL, or another account's load balancer,
 * has one too, and would answer 2xx for a stack that does not work.
 */
function probeHostAllowed(url, stackHosts) {
    const host = url.hostname.toLowerCase().replace(/\.$/, '');
    return (url.protocol === 'http:' || url.protocol === 'https:') && stackHosts.includes(host);
}
/** The DNS names of the stack's own load balancers, as AWS reports them. */
async function stackLoadBalancerHosts(clients, stackResources) {
    const arns = stackResources
        .filter((r) => r.ResourceType === 'AWS::ElasticLoadBalancingV2::LoadBalancer' && r.PhysicalResourceId)
        .map((r) => r.PhysicalResourceId);
    if (!arns.length)
        return [];
    const out = await clients.elb.send(new DescribeLoadBalancersCommand({ LoadBalancerArns: arns }));
    return (out.LoadBalancers ?? []).flatMap((lb) => lb.DNSName ? [lb.DNSName.toLowerCase().replace(/\.$/, '')] : []);
}
/** The output to probe: one whose key mentions a URL or endpoint, else the first output that looks like a URL. */
function urlOutput(outputs) {
    const entries = Object.entries(outputs).filter(([, v]) => /^https?:\/\//i.test(v.trim()));
    const pick = entries.find(([k]) => /url|endpoint|address|dns/i.test(k)) ?? entries[0];
    return pick ? { key: pick[0], url: pick[1].trim() } : undefined;
}
async function checkHttp(a, stackResources) {
    if (!a.httpProbe)
        return notApplicable('http', "Not checked: 'deploy-http-probe' is 'false'.");
    const out = urlOutput(a.outputs);
    if (!out)
        return notApplicable('http', "Not checked: the stack has no output holding an http(s) URL. Add one, such as 'ServiceUrl' with '!Sub http://${LoadBalancer.DNSName}/', to have it probed.");
    let start;
    try {
        start = new URL(out.url);
    }
    catch {
        return item('http', 'failed', `Output '${out.key}' holds '${out.url}', which is not a valid URL.`);
    }
    const hosts = await stackLoadBalancerHosts(a.clients, stackResources);
    if (!probeHostAllowed(start, hosts)) {
        return notApplicable('http', `Not checked: output '${out.key}' points at '${start.hostname}', which is not one of this stack's load balancers${hosts.length ? ` (${hosts.map((h) => `'${h}'`).join(', ')})` : ' (it has none)'}, and the sandbox calls only those. Use '!Sub http://\${LoadBalancer.DNSName}/'.`);
    }
    const waited = await waitFor({
        label: `GET ${out.url}`,
        maxWaitMs: MAX_WAIT_HTTP_SECONDS * 1000,
        delayMs: a.delays.httpMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        const r = await probeOnce(a.fetch, start, hosts);
        return r.ok ? { done: true, value: r.text } : { done: false, state: r.text };
    });
    if (waited.ok)
        return item('http', 'passed', `'${out.url}' (output '${out.key}') answered ${waited.value}.`);
    return item('http', 'failed', `'${out.url}' (output '${out.key}') did not answer with 2xx within ${MAX_WAIT_HTTP_SECONDS} s; last: ${waited.last}. Check the listener's port and default action, and that the app answers on '/'.`);
}
async function probeOnce(fetchFn, start, hosts) {
    let url = start;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        let res;
        try {
            res = await fetchFn(url.href, {
                redirect: 'manual',
                signal: AbortSignal.timeout(HTTP_REQUEST_TIMEOUT_MS),
            });
        }
        catch (e) {
            const cause = e.cause;
            return { ok: false, text: `could not connect (${cause?.code ?? cause?.message ?? errorMessage(e)})` };
        }
        await res.body?.cancel().catch(() => { });
        if (res.status >= 200 && res.status < 300)
            return { ok: true, text: `HTTP ${res.status}` };
        const location = res.headers.get('location');
        if (res.status >= 300 && res.status < 400 && location) {
            const next = new URL(location, url);
            if (!probeHostAllowed(next, hosts))
                return { ok: false, text: `HTTP ${res.status} redirect to '${next.hostname}', not followed` };
            url = next;
            continue;
        }
        return { ok: false, text: `HTTP ${res.status}` };
    }
    return { ok: false, text: `more than ${MAX_REDIRECTS} redirects` };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./action/sandbox/probe-fetch.ts
// The probe's HTTP client. It reaches a load balancer by the DNS name AWS gave it ('…elb.amazonaws.com'), but an
// HTTPS listener serves the certificate for the name the instructor points at it, so the two names never match and
// a plain fetch refuses every HTTPS answer. For https the probe still verifies the certificate chain (ACM and public
// CAs chain to Node's roots) and skips only the host-name check. That is safe because verify.ts calls only this
// stack's own load balancers and the probe sends nothing secret; it answers "does the app answer", not "is the
// name right".

function probe_fetch_probeFetch(options = {}) {
    return (url, init) => {
        if (new URL(url).protocol !== 'https:')
            return fetch(url, init);
        return httpsGet(url, init.signal ?? undefined, options.ca);
    };
}
function httpsGet(url, signal, ca) {
    return new Promise((resolve, reject) => {
        const req = https.request(url, {
            method: 'GET',
            ...(ca !== undefined ? { ca } : {}),
            checkServerIdentity: () => undefined,
            ...(signal ? { signal } : {}),
        }, (res) => {
            // Only the status and headers matter (a redirect's Location); the body is drained, not read.
            res.resume();
            const headers = new Headers();
            for (const [name, value] of Object.entries(res.headers)) {
                if (value === undefined)
                    continue;
                for (const v of Array.isArray(value) ? value : [value])
                    headers.append(name, v);
            }
            try {
                resolve(new Response(null, { status: res.statusCode ?? 0, headers }));
            }
            catch (e) {
                reject(e instanceof Error ? e : new Error(String(e)));
            }
        });
        req.on('error', (e) => reject(new TypeError('fetch failed', { cause: e })));
        req.end();
    });
}

// EXTERNAL MODULE: ./action/sandbox/settings.ts
var settings = __webpack_require__(4372);
;// CONCATENATED MODULE: ./action/sandbox/index.ts
// The sandbox deploy, per lab: guard → deploy → verify → teardown (in a finally). Loaded only when deploy is on
// (the action's main does `await import('./sandbox/index.js')`), because this folder is the only place that
// imports the AWS SDK and static grading should not pay for it.




















/** Messages go to the Actions log; debug lines appear with step debugging on. */
const actionsLog = {
    info: (m) => lib_core/* info */.pq(m),
    warn: (m) => lib_core/* warning */.$e(m),
    debug: (m) => lib_core/* debug */.Yz(m),
};
async function runSandbox(labs, settings, options) {
    const clock = options.clock ?? realClock;
    const log = options.log ?? actionsLog;
    const t0 = clock.now();
    const overrides = endpointOverrides();
    if (overrides.length)
        log.warn(`AWS calls go to ${overrides.join(', ')} instead of AWS, because these variables are set.`);
    const clients = options.clients ?? createClients(settings.region);
    const live = [];
    const save = options.saveStacks ?? saveStackIds;
    const deps = {
        clients,
        clock,
        log,
        delays: options.delays ?? AWS_POLL_DELAYS,
        fetch: options.fetch ?? probeFetch(),
        signal: options.signal,
        identity: options.identity,
        track: (ref) => {
            if (!live.some((r) => r.stackId === ref.stackId))
                live.push(ref);
            save(live);
        },
        untrack: (ref) => {
            const i = live.findIndex((r) => r.stackId === ref.stackId);
            if (i >= 0)
                live.splice(i, 1);
            save(live);
        },
    };
    const reports = [];
    // The run is bounded as a whole: its labs share one budget, and a lab starts only if its worst case (create,
    // verify, teardown) ends before the credentials expire, so nothing is left running that the run cannot delete.
    const worstCaseMinutes = lifetimeMinutes(settings.timeoutMinutes);
    let spentUsd = 0;
    for (const lab of labs) {
        const leftMinutes = settings.sessionMinutes - (clock.now() - t0) / 60_000;
        if (lab.sandbox.deployable && worstCaseMinutes > leftMinutes) {
            reports.push(outOfTime(lab, settings, worstCaseMinutes, leftMinutes));
            continue;
        }
        const report = await runLab(lab, settings, deps, spentUsd);
        if (report.stackName !== null && report.estimate)
            spentUsd += report.estimate.runUsd;
        reports.push(report);
    }
    const all = reports.flatMap((r) => r.items);
    return {
        region: settings.region,
        score: all.reduce((s, i) => s + i.earned, 0),
        maxScore: all.reduce((s, i) => s + i.points, 0),
        labs: reports,
        durationMs: Math.round(clock.now() - t0),
    };
}
/** Which verify items could apply to this template; the rest are left out rather than scored. */
function applicable(doc, settings) {
    const t = doc.template;
    const hasService = resources(t, 'AWS::ECS::Service').length > 0;
    return {
        services: hasService,
        tasks: hasService,
        targets: resources(t, 'AWS::ElasticLoadBalancingV2::TargetGroup').length > 0,
        http: settings.httpProbe && Object.keys(t.Outputs ?? {}).length > 0,
    };
}
function blockedItems(doc, settings, why) {
    const can = applicable(doc, settings);
    return VERIFY_KEYS.filter((k) => can[k]).map((k) => blocked(k, why));
}
/** A lab the run has no time left for: nothing is created, and the learner is told how to get it deployed. */
function outOfTime(lab, settings, worstCaseMinutes, leftMinutes) {
    const why = `Skipped: this run's AWS credentials last ${settings.sessionMinutes} minutes ('deploy-session-minutes') and ${Math.max(0, Math.floor(leftMinutes))} are left, but one lab can take up to ${worstCaseMinutes} minutes to create, verify and delete, so '${lab.id}' was not started: a stack the run could not delete would outlive it. Change only this lab in a pull request, or ask your instructor to deploy it on its own.`;
    return {
        id: lab.id,
        leaks: [],
        stackName: null,
        status: 'skipped',
        estimate: null,
        items: [
            item('guard', 'skipped', why),
            blocked('stack', why),
            ...blockedItems(lab.template, settings, why),
        ],
    };
}
async function runLab(lab, settings, d, spentUsd) {
    const base = { id: lab.id, leaks: [] };
    if (!lab.sandbox.deployable) {
        return {
            ...base,
            stackName: null,
            status: 'skipped',
            estimate: null,
            items: [notApplicable('guard', lab.sandbox.reason)],
        };
    }
    // Only the parameters this template declares: CloudFormation rejects values for undeclared ones.
    const parameters = declaredParameters(lab.template, settings.parameters);
    let guard;
    try {
        guard = guardTemplate(lab.template, {
            labId: lab.id,
            sandbox: lab.sandbox,
            parameters,
            caps: settings.caps,
            budgetUsd: settings.budgetUsd,
            timeoutMinutes: settings.timeoutMinutes,
        });
    }
    catch (e) {
        // A check that did not run cannot pass a template: nothing is deployed, and the failure is the grader's.
        d.log.debug(`guard for ${lab.id} crashed: ${e.stack ?? errorMessage(e)}`);
        const why = 'Skipped: the sandbox could not check the template (not your fault).';
        return {
            ...base,
            stackName: null,
            status: 'grader-error',
            estimate: null,
            items: [
                graderErrorItem('guard', errorMessage(e)),
                blocked('stack', why),
                ...blockedItems(lab.template, settings, why),
            ],
        };
    }
    const estimate = {
        hourlyUsd: round(guard.estimate.hourlyUsd),
        runUsd: round(guard.estimate.runUsd),
        budgetUsd: settings.budgetUsd,
    };
    if (guard.refusals.length) {
        const items = [
            item('guard', 'failed', `The sandbox did not deploy this template: ${guard.refusals.length} ${guard.refusals.length === 1 ? 'problem' : 'problems'} below. Nothing was created in AWS, and your static grade is unaffected. Fix them and push again.`, { findings: guard.refusals }),
            blocked('stack', 'Skipped: the sandbox policy refused the template.'),
            ...blockedItems(lab.template, settings, 'Skipped: the sandbox policy refused the template.'),
        ];
        return { ...base, stackName: null, status: 'refused', estimate, items };
    }
    if (spentUsd + estimate.runUsd > settings.budgetUsd) {
        const why = 'Skipped: the run budget was used by the labs deployed before this one.';
        return {
            ...base,
            stackName: null,
            status: 'refused',
            estimate,
            items: [
                item('guard', 'failed', `This lab was not deployed: it is estimated at $${estimate.runUsd.toFixed(4)} for this run, and the labs deployed before it in the same run already used $${spentUsd.toFixed(4)} of the run's budget of $${settings.budgetUsd.toFixed(2)} ('deploy-budget-usd'). Nothing was created in AWS, and your static grade is unaffected. Change only this lab in a pull request, or ask your instructor to deploy it on its own.`),
                blocked('stack', why),
                ...blockedItems(lab.template, settings, why),
            ],
        };
    }
    const guardItem = item('guard', 'passed', `The template is within the sandbox policy; estimated $${estimate.runUsd.toFixed(4)} for this run ($${estimate.hourlyUsd.toFixed(4)}/hour), budget $${settings.budgetUsd.toFixed(2)}.${guard.estimate.notEstimated.length ? ` Not in the estimate: ${guard.estimate.notEstimated.map((n) => `'${n}'`).join(', ')}.` : ''}`);
    const name = stackName(settings.stackPrefix, d.identity, lab.id);
    const expiresAt = new Date(d.clock.now() + ttlMinutes(settings.timeoutMinutes) * 60_000);
    let outcome = null;
    const items = [guardItem];
    const leaks = [];
    let teardown = null;
    try {
        outcome = await deployStack({
            clients: d.clients,
            labId: lab.id,
            stackName: name,
            templateBody: lab.template.text,
            tags: stackTags(d.identity, lab.id, expiresAt),
            timeoutMinutes: settings.timeoutMinutes,
            roleArn: settings.cloudFormationRoleArn,
            parameters,
            onCreated: (ref) => d.track(ref),
            clock: d.clock,
            log: d.log,
            pollMs: d.delays.stackMs,
            signal: d.signal,
        });
        items.push(...(await afterDeploy(lab, settings, d, outcome)));
    }
    catch (e) {
        d.log.debug(`sandbox run for ${lab.id} crashed: ${e.stack ?? errorMessage(e)}`);
        items.push(graderErrorItem('stack', `the sandbox run failed: ${errorMessage(e)}`));
    }
    finally {
        const ref = outcome?.ref ?? null;
        if (ref) {
            teardown = await teardownStack({
                clients: d.clients,
                ref,
                clock: d.clock,
                log: d.log,
                pollMs: d.delays.deleteMs,
                maxWaitMs: MAX_WAIT_DELETE_SECONDS * 1000,
                declared: Object.keys(lab.template.template.Resources),
                signal: d.signal,
            }).catch((e) => ({
                status: 'leaked',
                leaks: Object.keys(lab.template.template.Resources).sort(),
                message: `Teardown of stack '${ref.stackName}' failed: ${errorMessage(e)}. Not your fault; the post step retries it and the janitor deletes expired stacks.`,
            }));
            leaks.push(...teardown.leaks);
            if (teardown.status === 'deleted')
                d.untrack(ref);
            if (teardown.status === 'leaked')
                d.log.warn(teardown.message);
        }
    }
    if (teardown) {
        items.push(item('teardown', teardown.status === 'deleted' ? 'passed' : teardown.status === 'leaked' ? 'failed' : 'skipped', teardown.message));
    }
    return { id: lab.id, stackName: name, status: labStatus(items), estimate, items, leaks };
}
async function afterDeploy(lab, settings, d, outcome) {
    switch (outcome.kind) {
        case 'created': {
            const verify = await verifyStack({
                clients: d.clients,
                ref: outcome.ref,
                template: lab.template.template,
                outputs: outcome.outputs,
                httpProbe: settings.httpProbe,
                clock: d.clock,
                log: d.log,
                delays: d.delays,
                fetch: d.fetch,
                signal: d.signal,
            });
            const can = applicable(lab.template, settings);
            // A check the template cannot have (no service, no target group) is dropped; one that became
            // not applicable only on AWS (no URL among the outputs) stays, with 0 points, to say why.
            const kept = VERIFY_KEYS.filter((k) => can[k] || verify[k].status !== 'skipped').map((k) => verify[k]);
            const secs = Math.round(outcome.waitedMs / 1000);
            return [
                item('stack', 'passed', `Stack '${outcome.ref.stackName}' reached 'CREATE_COMPLETE'${secs ? ` in ${secs} s` : ''}.`),
                ...kept,
            ];
        }
        case 'failed': {
            const feedback = outcome.failures.length || outcome.status !== 'REJECTED'
                ? failureFeedback(outcome.status, outcome.failures)
                : `${outcome.message} Run 'cfn-lint' on the template locally to find the problem.`;
            return [
                item('stack', 'failed', feedback),
                ...blockedItems(lab.template, settings, 'Skipped: the stack was not created.'),
            ];
        }
        case 'timeout':
            return [
                item('stack', 'failed', `The stack was still '${outcome.status}' after ${settings.timeoutMinutes} minutes ('deploy-timeout-minutes'), so the sandbox stopped waiting and deleted it. A resource that never finishes creating is often an ECS service whose tasks keep failing: check the image, the port and the health check.`),
                ...blockedItems(lab.template, settings, 'Skipped: the stack did not finish creating in time.'),
            ];
        case 'aborted':
            return [
                item('stack', 'skipped', 'The run was cancelled while the stack was being created; nothing was scored.'),
                ...blockedItems(lab.template, settings, 'Skipped: the run was cancelled.'),
            ];
        case 'error':
            return [
                graderErrorItem('stack', outcome.message),
                ...blockedItems(lab.template, settings, 'Skipped: the sandbox could not create the stack (not your fault).'),
            ];
    }
}
function labStatus(items) {
    if (items.some((i) => i.status === 'grader-error'))
        return 'grader-error';
    const points = items.reduce((s, i) => s + i.points, 0);
    const earned = items.reduce((s, i) => s + i.earned, 0);
    if (points === 0)
        return items.some((i) => i.status === 'failed') ? 'failed' : 'skipped';
    if (earned >= points)
        return 'passed';
    return earned === 0 ? 'failed' : 'partial';
}
function round(n) {
    return Math.round(n * 10_000) / 10_000;
}
/**
 * The post step: delete every stack the main step saved, idempotently. Never throws; leaks and failures are
 * warnings, because failing the job here would hide the grade without deleting anything more.
 */
async function teardownFromState(options = {}) {
    const log = options.log ?? actionsLog;
    const refs = options.refs ?? getStackIds();
    const out = [];
    for (const ref of refs) {
        try {
            const clients = options.clients ? options.clients(ref.region) : createClients(ref.region);
            const result = await teardownStack({
                clients,
                ref,
                clock: options.clock ?? realClock,
                log,
                pollMs: options.pollMs ?? AWS_POLL_DELAYS.deleteMs,
                maxWaitMs: options.maxWaitMs ?? POST_MAX_WAIT_DELETE_SECONDS * 1000,
            });
            if (result.status === 'deleted')
                log.info(result.message);
            else
                log.warn(result.message);
            out.push({ ref, result });
        }
        catch (e) {
            const message = `Could not tear down stack '${ref.stackName}' (${ref.stackId}): ${errorMessage(e)}. The scheduled janitor deletes it once its TTL passes.`;
            log.warn(message);
            out.push({ ref, result: { status: 'leaked', leaks: [], message } });
        }
    }
    return out;
}
/** `labgrade sandbox sweep`: delete stacks with our tags whose TTL has passed. */
async function sweep(options) {
    return sweepExpiredStacks({
        clients: options.clients ?? clients_createClients(options.region),
        prefix: options.prefix,
        dryRun: options.dryRun,
        clock: options.clock ?? clock_realClock,
        log: options.log ?? actionsLog,
    });
}
/**
 * An AbortSignal that fires on SIGINT or SIGTERM (the runner's cancellation), so waits stop at once and the
 * post step, which still runs, does the deleting. `dispose` removes the handlers.
 */
function abortOnSignals(log = actionsLog) {
    const controller = new AbortController();
    const onSignal = (sig) => {
        log.warn(`Received ${sig}: stopping the sandbox deploy; the post step deletes what was created.`);
        controller.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    return {
        signal: controller.signal,
        dispose: () => {
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}


/***/ }),

/***/ 4372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseSandboxSettings: () => (/* binding */ parseSandboxSettings)
/* harmony export */ });
/* unused harmony export SANDBOX_INPUTS */
/* harmony import */ var _graders_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1290);
// The sandbox deploy's inputs: raw strings in, one validated settings object out. The lead's inputs.ts calls
// parseSandboxSettings with core.getInput; action.yml lists SANDBOX_INPUTS. This file imports no AWS SDK, so
// inputs can be validated (and a typo reported) before anything is loaded.

/** The inputs, in the order action.yml should list them. Defaults here are the only defaults. */
const SANDBOX_INPUTS = [
    {
        name: 'deploy',
        description: "Deploy each graded lab's template to a sandbox AWS account, verify it and tear it down. Needs AWS credentials (OIDC); see the README. Deploy results are reported beside the static score, never inside it.",
        default: 'false',
    },
    {
        name: 'aws-region',
        description: 'Region for the sandbox stacks. Empty means the AWS_REGION set by aws-actions/configure-aws-credentials. Cost estimates use us-east-1 prices.',
        default: '',
    },
    {
        name: 'stack-prefix',
        description: "First part of every sandbox stack name (a letter, then up to 19 letters, digits or '-'). The janitor deletes only expired stacks with this prefix and the labgrade tags.",
        default: 'labgrade',
    },
    {
        name: 'deploy-timeout-minutes',
        description: 'Minutes CloudFormation may take to create a stack (5-120). Verification and teardown have their own bounds.',
        default: '20',
    },
    {
        name: 'deploy-budget-usd',
        description: 'Budget in US dollars for the whole run, shared by the labs it deploys. The guard estimates Fargate, load balancer, NAT gateway and public IPv4 costs of each stack; a lab that would take the run over the budget is not deployed.',
        default: '0.50',
    },
    {
        name: 'deploy-session-minutes',
        description: "How long the run's AWS credentials last, in minutes (15-720; match configure-aws-credentials' role-duration-seconds). A lab is deployed only if its worst-case create, verify and teardown fit in what is left.",
        default: '60',
    },
    {
        name: 'deploy-max-desired-count',
        description: 'Largest DesiredCount (or auto-scaling MaxCapacity) one ECS service may ask for in the sandbox. The budget, not this cap, is the main cost control.',
        default: '4',
    },
    {
        name: 'deploy-max-task-cpu',
        description: 'Largest task-level CPU in CPU units (1024 = 1 vCPU) a sandbox task definition may ask for.',
        default: '1024',
    },
    {
        name: 'deploy-max-task-memory',
        description: 'Largest task-level memory in MiB a sandbox task definition may ask for.',
        default: '2048',
    },
    {
        name: 'deploy-http-probe',
        description: "Call the stack's URL output (an AWS load balancer or service address) and expect a 2xx answer.",
        default: 'true',
    },
    {
        name: 'deploy-cloudformation-role-arn',
        description: "ARN of a CloudFormation service role to create and delete the stacks with. Recommended: CloudFormation then acts with this role's permissions (bounded by a permissions boundary), and the workflow's own role needs little more than cloudformation:* on the sandbox stacks and iam:PassRole on this role.",
        default: '',
    },
    {
        name: 'deploy-parameters',
        description: 'JSON object of CloudFormation parameter values for the sandbox, such as {"PrivateSubnetIds": "subnet-a,subnet-b"}, for labs whose templates take an existing VPC. Each applies only to templates that declare that parameter; other parameters need a Default.',
        default: '{}',
    },
    {
        name: 'pr-number',
        description: 'Pull request the sandbox stacks belong to, used in stack names and tags. Empty means the number from the triggering pull_request event, or none (the run id is used).',
        default: '',
    },
];
const DEFAULTS = Object.fromEntries(SANDBOX_INPUTS.map((i) => [i.name, i.default]));
/** Timeout bounds: under 5 minutes even a small VPC cannot be created; over 2 hours the run costs too much. */
const MIN_TIMEOUT_MINUTES = 5;
const MAX_TIMEOUT_MINUTES = 120;
/** No sandbox lab needs more; a bigger cap is almost certainly a typo. */
const MAX_DESIRED_COUNT_CAP = 10;
const MAX_TASK_CPU_CAP = 16384;
const MAX_TASK_MEMORY_CAP = 122880;
const MAX_BUDGET_USD = 100;
/**
 * Reads and validates the sandbox inputs. `env` supplies the region when `aws-region` is empty
 * (configure-aws-credentials exports AWS_REGION).
 */
function parseSandboxSettings(getInput, env = process.env) {
    const raw = (name) => {
        const v = getInput(name).trim();
        return v === '' ? (DEFAULTS[name] ?? '') : v;
    };
    const enabled = bool('deploy', raw('deploy'));
    const httpProbe = bool('deploy-http-probe', raw('deploy-http-probe'));
    const stackPrefix = raw('stack-prefix');
    if (!/^[A-Za-z][-A-Za-z0-9]{0,19}$/.test(stackPrefix) || stackPrefix.endsWith('-')) {
        throw new Error(`Input 'stack-prefix' must start with a letter and hold at most 20 letters, digits or '-' (not ending in '-'), got '${stackPrefix}'. CloudFormation stack names allow only these characters.`);
    }
    const timeoutMinutes = int('deploy-timeout-minutes', raw('deploy-timeout-minutes'), MIN_TIMEOUT_MINUTES, MAX_TIMEOUT_MINUTES);
    const budgetUsd = money('deploy-budget-usd', raw('deploy-budget-usd'));
    const sessionMinutes = int('deploy-session-minutes', raw('deploy-session-minutes'), 15, 720);
    const caps = {
        maxDesiredCount: int('deploy-max-desired-count', raw('deploy-max-desired-count'), 1, MAX_DESIRED_COUNT_CAP),
        maxTaskCpu: int('deploy-max-task-cpu', raw('deploy-max-task-cpu'), 256, MAX_TASK_CPU_CAP),
        maxTaskMemory: int('deploy-max-task-memory', raw('deploy-max-task-memory'), 512, MAX_TASK_MEMORY_CAP),
    };
    const prRaw = raw('pr-number');
    if (prRaw !== '' && !/^[1-9][0-9]{0,9}$/.test(prRaw))
        throw new Error(`Input 'pr-number' must be a pull request number such as '12', got '${prRaw}'.`);
    const prNumber = prRaw === '' ? null : Number(prRaw);
    const roleRaw = raw('deploy-cloudformation-role-arn');
    if (roleRaw !== '' && !/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/.test(roleRaw)) {
        throw new Error(`Input 'deploy-cloudformation-role-arn' must be an IAM role ARN such as 'arn:aws:iam::123456789012:role/labgrade-cfn', got '${roleRaw}'.`);
    }
    const cloudFormationRoleArn = roleRaw === '' ? null : roleRaw;
    const parameters = parseParameters(raw('deploy-parameters'));
    let region = raw('aws-region');
    if (region === '')
        region = (env['AWS_REGION'] ?? env['AWS_DEFAULT_REGION'] ?? '').trim();
    if (region !== '' && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region)) {
        throw new Error(`Input 'aws-region' must be an AWS region such as 'us-east-1', got '${region}'.`);
    }
    if (enabled && region === '') {
        throw new Error("Input 'deploy' is 'true' but no region is known: set input 'aws-region', or run aws-actions/configure-aws-credentials (which sets AWS_REGION) before this step.");
    }
    return {
        enabled,
        region,
        stackPrefix,
        timeoutMinutes,
        budgetUsd,
        sessionMinutes,
        caps,
        httpProbe,
        prNumber,
        cloudFormationRoleArn,
        parameters,
    };
}
function parseParameters(v) {
    const fail = (why) => {
        throw new Error(`Input 'deploy-parameters' must be a JSON object of parameter names to string values, such as '{"PrivateSubnetIds": "subnet-a,subnet-b"}'; ${why}.`);
    };
    let parsed;
    try {
        parsed = JSON.parse(v);
    }
    catch {
        return fail(`'${v}' is not JSON`);
    }
    if (!(0,_graders_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(parsed))
        return fail(`got '${v}'`);
    const out = {};
    for (const [k, val] of Object.entries(parsed)) {
        if (!/^[A-Za-z0-9]{1,255}$/.test(k))
            fail(`'${k}' is not a CloudFormation parameter name`);
        if (typeof val !== 'string')
            fail(`the value of '${k}' is not a string`);
        out[k] = val;
    }
    return out;
}
function bool(name, v) {
    const s = v.toLowerCase();
    if (s !== 'true' && s !== 'false')
        throw new Error(`Input '${name}' must be 'true' or 'false', got '${v}'.`);
    return s === 'true';
}
function int(name, v, min, max) {
    if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) {
        throw new Error(`Input '${name}' must be a whole number from ${min} to ${max}, got '${v}'.`);
    }
    return Number(v);
}
function money(name, v) {
    const n = Number(v);
    if (!/^\d+(\.\d{1,2})?$/.test(v) || !(n > 0) || n > MAX_BUDGET_USD) {
        throw new Error(`Input '${name}' must be an amount in US dollars above 0 and at most ${MAX_BUDGET_USD}, such as '0.50', got '${v}'.`);
    }
    return n;
}


/***/ })

};
