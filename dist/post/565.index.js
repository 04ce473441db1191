export const id = 565;
export const ids = [565];
export const modules = {

/***/ 8565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  teardownFromState: () => (/* binding */ teardownFromState)
});

// UNUSED EXPORTS: SANDBOX_INPUTS, abortOnSignals, actionsLog, createClients, parseSandboxSettings, runIdentityFromEnv, runSandbox, sandboxLabs, sweep

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 20 modules
var core = __webpack_require__(3218);
// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
;// CONCATENATED MODULE: ./graders/rules/lib/cloudformation.ts
// The CloudFormation model that template rules share: find resources, follow Ref/GetAtt/Sub between them,
// and read literal values where a template gives them. Rules work on the long form the parser produces,
// which is also what CDK synthesizes, so the same rules serve CloudFormation and CDK labs.

/** Re-exported so template rules take everything they share from this module; implemented once, in the engine. */

/**
 * Every resource of a template, built once per template: rules look resources up by name inside loops over
 * resources, and rebuilding the list for each lookup made that quadratic. Templates are never changed after
 * parsing, so the list stays true; callers get copies.
 */
const ALL = new WeakMap();
function indexOf(t) {
    let index = ALL.get(t);
    if (!index) {
        const list = [];
        for (const [name, resource] of Object.entries(t.Resources ?? {})) {
            if (!(0,record/* isRecord */.u)(resource))
                continue;
            list.push({
                name,
                resource,
                path: ['Resources', name],
                props: (0,record/* isRecord */.u)(resource.Properties) ? resource.Properties : {},
            });
        }
        index = { list, byName: new Map(list.map((r) => [r.name, r])) };
        ALL.set(t, index);
    }
    return index;
}
/** Resources in template order, optionally of one or more types. */
function cloudformation_resources(t, ...types) {
    const { list } = indexOf(t);
    return types.length ? list.filter((r) => types.includes(String(r.resource.Type))) : [...list];
}
function resource(t, name) {
    return indexOf(t).byName.get(name);
}
/** Safe property access along a path of keys and indexes. */
function cloudformation_get(value, path) {
    let cur = value;
    for (const seg of path) {
        if (typeof seg === 'number')
            cur = Array.isArray(cur) ? cur[seg] : undefined;
        else
            cur = (0,record/* isRecord */.u)(cur) ? cur[seg] : undefined;
        if (cur === undefined)
            return undefined;
    }
    return cur;
}
const INTRINSIC = /^(Ref|Condition|Fn::[A-Za-z]+)$/;
/** `{ "Ref": … }`, `{ "Fn::GetAtt": … }` and friends: a single-key object naming an intrinsic function. */
function isIntrinsic(v) {
    if (!(0,record/* isRecord */.u)(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && INTRINSIC.test(keys[0]);
}
/** The logical id a value points at directly: `!Ref X`, `!GetAtt X.Attr`, or a Sub that is only `${X}`/`${X.Attr}`. */
function cloudformation_targetOf(v) {
    if (!(0,record/* isRecord */.u)(v))
        return undefined;
    if (typeof v['Ref'] === 'string')
        return v['Ref'];
    const ga = v['Fn::GetAtt'];
    if (Array.isArray(ga) && typeof ga[0] === 'string')
        return ga[0];
    if (typeof ga === 'string')
        return ga.split('.')[0];
    const sub = v['Fn::Sub'];
    const s = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    const m = s === undefined ? null : /^\$\{([A-Za-z0-9]+)(\.[A-Za-z0-9.]+)?\}$/.exec(s);
    return m?.[1];
}
/** The attribute named by a GetAtt (`Arn`, `GroupId`, `Endpoint.Address`), if the value is one. */
function attributeOf(v) {
    if (!isRecord(v))
        return undefined;
    const ga = v['Fn::GetAtt'];
    if (Array.isArray(ga) && typeof ga[1] === 'string')
        return ga[1];
    if (typeof ga === 'string' && ga.includes('.'))
        return ga.slice(ga.indexOf('.') + 1);
    return undefined;
}
/** Every logical id (resource or parameter) a value refers to anywhere inside it, including `${X}` in Subs. */
function referencesIn(v) {
    const out = new Set();
    const stack = [v];
    while (stack.length) {
        const cur = stack.pop();
        if (Array.isArray(cur)) {
            stack.push(...cur);
            continue;
        }
        if (!isRecord(cur))
            continue;
        const direct = cloudformation_targetOf(cur);
        if (direct && !direct.startsWith('AWS::'))
            out.add(direct);
        const sub = cur['Fn::Sub'];
        const s = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
        if (s)
            for (const m of s.matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g))
                if (!m[1].startsWith('AWS'))
                    out.add(m[1]);
        stack.push(...Object.values(cur));
    }
    return out;
}
/** Whether a value refers to the named resource (directly, or anywhere inside an intrinsic). */
function refersTo(v, logicalId) {
    return referencesIn(v).has(logicalId);
}
/**
 * The literal value of a property where the template fixes it: a plain value, or a `Ref` to a parameter
 * with a `Default`. Anything decided at deploy time (conditions, imports, pseudo parameters) is unknown.
 */
function literal(t, v) {
    if (!isIntrinsic(v))
        return { known: true, value: v };
    const ref = (0,record/* isRecord */.u)(v) && typeof v['Ref'] === 'string' ? v['Ref'] : undefined;
    if (ref && (0,record/* isRecord */.u)(t.Parameters?.[ref]) && t.Parameters[ref]['Default'] !== undefined) {
        return { known: true, value: t.Parameters[ref]['Default'] };
    }
    return { known: false, why: `decided at deploy time (${Object.keys(v)[0]})` };
}
/** A literal as a number, accepting numeric strings ("1024") as CloudFormation does. */
function literalNumber(t, v) {
    const r = literal(t, v);
    if (!r.known)
        return undefined;
    if (typeof r.value === 'number')
        return r.value;
    if (typeof r.value === 'string' && r.value.trim() !== '' && Number.isFinite(Number(r.value)))
        return Number(r.value);
    return undefined;
}
function literalString(t, v) {
    const r = literal(t, v);
    if (!r.known)
        return undefined;
    return typeof r.value === 'string' || typeof r.value === 'number' || typeof r.value === 'boolean'
        ? String(r.value)
        : undefined;
}
/** CloudFormation booleans may be true/false or the strings "true"/"false". */
function literalBool(t, v) {
    const s = literalString(t, v);
    return s === undefined
        ? undefined
        : s.toLowerCase() === 'true'
            ? true
            : s.toLowerCase() === 'false'
                ? false
                : undefined;
}
/** A list property as an array (a literal list), or undefined when it is computed (`!Split`, `!Ref` to a list). */
function literalList(t, v) {
    const r = literal(t, v);
    if (r.known && Array.isArray(r.value))
        return r.value;
    if (r.known && typeof r.value === 'string' && (0,record/* isRecord */.u)(v))
        return r.value.split(',').map((s) => s.trim());
    return undefined;
}
/** The resource a value points at, if it points at a resource of this template. */
function targetResource(t, v) {
    const id = cloudformation_targetOf(v);
    return id ? resource(t, id) : undefined;
}
/** Resources whose properties refer to the named resource anywhere. */
function referrers(t, logicalId, ...types) {
    return cloudformation_resources(t, ...types).filter((r) => refersTo(r.resource.Properties, logicalId));
}
/** The parameter of this template with that logical id, if it declares one. */
function parameter(t, name) {
    const p = t.Parameters?.[name];
    if (!isRecord(p))
        return undefined;
    return {
        name,
        type: typeof p['Type'] === 'string' ? p['Type'].trim() : undefined,
        description: typeof p['Description'] === 'string' ? p['Description'] : undefined,
        hasDefault: p['Default'] !== undefined,
        path: ['Parameters', name],
    };
}
/**
 * What a parameter type holds: one value or a list, of an AWS-specific type (`AWS::EC2::Subnet::Id`) or
 * plain text, and whether it is read from Systems Manager Parameter Store. CloudFormation validates an
 * AWS-specific type against the account when the stack is created, so the type itself is a statement the
 * template makes: `List<AWS::EC2::Subnet::Id>` can only hold subnet ids.
 */
function parameterValueType(type) {
    let s = (type ?? '').trim();
    let ssm = false;
    const ssmMatch = /^AWS::SSM::Parameter::Value<(.*)>$/.exec(s);
    if (ssmMatch) {
        ssm = true;
        s = ssmMatch[1].trim();
    }
    const listMatch = /^List<(.*)>$/.exec(s);
    if (listMatch) {
        const inner = listMatch[1].trim();
        return { list: true, awsType: inner.startsWith('AWS::') ? inner : undefined, ssm };
    }
    if (s === 'CommaDelimitedList')
        return { list: true, awsType: undefined, ssm };
    return { list: false, awsType: s.startsWith('AWS::') ? s : undefined, ssm };
}

// EXTERNAL MODULE: ./action/state.ts
var state = __webpack_require__(9052);
// EXTERNAL MODULE: ./action/util/errors.ts
var errors = __webpack_require__(9411);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-cloudformation/dist-cjs/index.js
var dist_cjs = __webpack_require__(3805);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-ecs/dist-cjs/index.js
var client_ecs_dist_cjs = __webpack_require__(212);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-elastic-load-balancing-v2/dist-cjs/index.js
var client_elastic_load_balancing_v2_dist_cjs = __webpack_require__(586);
;// CONCATENATED MODULE: ./graders/engine/version.ts
// Kept in step with package.json by test/action/version.test.ts; a constant keeps package.json out of the bundle.
const TOOL_NAME = 'labgrade';
const TOOL_VERSION = '0.1.0';
const SCHEMA_VERSION = 1;

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
        customUserAgent: [[`${TOOL_NAME}-sandbox`, TOOL_VERSION]],
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

;// CONCATENATED MODULE: ./action/sandbox/limits.ts
// Every bound on sandbox time, in one place: the waits use them and the cost estimate adds them up, so the
// estimate covers the longest a stack can live in a normal run. Pure constants, no SDK.
/** Stack creation waits for `deploy-timeout-minutes`, never longer than this. */
const limits_MAX_WAIT_CREATE_SECONDS = 120 * 60;
/** ECS services reaching runningCount == desiredCount: a Fargate task usually starts in 1-3 minutes. */
const limits_MAX_WAIT_SERVICES_SECONDS = 10 * 60;
/** Targets turning healthy once tasks run: a few health-check intervals. */
const limits_MAX_WAIT_TARGETS_SECONDS = 5 * 60;
/** The HTTP probe: new ALB DNS names take a minute or two to resolve everywhere. */
const limits_MAX_WAIT_HTTP_SECONDS = 2 * 60;
/** Teardown in the main step: deleting a VPC with a NAT gateway and an ALB takes 5-15 minutes. */
const limits_MAX_WAIT_DELETE_SECONDS = 20 * 60;
/**
 * Teardown in the post step: a cancelled job is force-killed 5 minutes after cancellation (platform.md §6), so
 * the post step asks for deletion and waits only briefly; the janitor finishes anything left.
 */
const POST_MAX_WAIT_DELETE_SECONDS = 3 * 60;
/** One HTTP request of the probe. */
const limits_HTTP_REQUEST_TIMEOUT_MS = 10_000;
const VERIFY_MAX_MINUTES = (limits_MAX_WAIT_SERVICES_SECONDS + limits_MAX_WAIT_TARGETS_SECONDS + limits_MAX_WAIT_HTTP_SECONDS) / 60;
const TEARDOWN_MAX_MINUTES = limits_MAX_WAIT_DELETE_SECONDS / 60;
/** Added to the longest normal lifetime for the TTL tag, so the janitor never deletes a stack still in use. */
const TTL_MARGIN_MINUTES = 30;
/** The longest a lab stack lives in a normal run: create, verify, delete. */
function limits_lifetimeMinutes(timeoutMinutes) {
    return Math.min(timeoutMinutes, limits_MAX_WAIT_CREATE_SECONDS / 60) + VERIFY_MAX_MINUTES + TEARDOWN_MAX_MINUTES;
}
/** How long after creation the janitor may delete a stack. */
function limits_ttlMinutes(timeoutMinutes) {
    return limits_lifetimeMinutes(timeoutMinutes) + TTL_MARGIN_MINUTES;
}
const limits_AWS_POLL_DELAYS = {
    stackMs: 10_000,
    servicesMs: 15_000,
    targetsMs: 10_000,
    httpMs: 10_000,
    deleteMs: 10_000,
};

;// CONCATENATED MODULE: ./graders/engine/log.ts
const silentLog = { info: () => { }, warn: () => { }, debug: () => { } };

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
            last = `${opts.label}: ${(0,errors/* errorMessage */.g)(e)}`;
            opts.log.debug(`${opts.label}: transient error, polling again: ${(0,errors/* errorMessage */.g)(e)}`);
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

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/prices.ts
// Data module (exports no rule): the one table of AWS Fargate prices the lab 04 cost estimate uses.
// Region us-east-1 (US East, N. Virginia), Linux, in US dollars. Change prices here and nowhere else.
//
// Where the figures come from (looked up 2026-11-26 with the project's `search` tool):
// - AWS's own pricing page, https://aws.amazon.com/fargate/pricing/ , is the authority, but its per-region rate
//   tables are rendered in the browser: the stored copy of the page has the table headings ("Linux/X86",
//   "Linux/ARM") without the figures. Its text does state that Fargate Spot runs tasks "at up to a 70% discount off
//   the regular Fargate price", that billing is per second, and that 20 GB of ephemeral storage is included.
// - The figures themselves are taken from third-party pages that quote that AWS page for us-east-1 and agree
//   with each other: https://www.vantage.sh/blog/fargate-pricing (Linux/x86 $0.04048 per vCPU-hour and
//   $0.004445 per GB-hour; Linux/ARM $0.03238 and $0.00356; $0.000111 per GB-hour of ephemeral storage above
//   20 GB), confirmed by https://cloudburn.io/blog/aws-fargate-pricing ("US East (N. Virginia) pricing as of
//   March 2026", from the AWS Price List API), https://fortem.dev/fargate-spot/ (on-demand rates "verified June
//   2026 from aws.amazon.com/fargate/pricing") and https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/
//   (June 2026).
// - No source gives current Fargate Spot rates: AWS publishes them only in a table that changes with supply and
//   demand. The estimate therefore applies AWS's stated discount, 70%, to the on-demand rates for both
//   architectures. Real Spot prices move; treat Spot figures as the best case and leave headroom in a budget.
// - Fargate Spot has run ARM64 (Graviton) tasks since September 2024
//   (https://aws.amazon.com/about-aws/whats-new/2024/09/amazon-ecs-graviton-based-spot-compute-fargate/).
const PRICES_SOURCE = {
    /** The authority; its rate tables render in the browser only. */
    url: 'https://aws.amazon.com/fargate/pricing/',
    /** Where the us-east-1 figures below were read, and the pages that agree with it. */
    figuresFrom: [
        'https://www.vantage.sh/blog/fargate-pricing',
        'https://cloudburn.io/blog/aws-fargate-pricing',
        'https://fortem.dev/fargate-spot/',
        'https://www.factualminds.com/blog/amazon-fargate-ecs-task-pricing-2026/',
    ],
    /** The date the figures were taken. */
    taken: '2026-11-26',
    region: 'us-east-1',
    currency: 'USD',
};
/** A month, for estimates: 365 days × 24 hours ÷ 12, the convention AWS's own calculator uses. */
const HOURS_PER_MONTH = 730;
/** On-demand Fargate rates for Linux tasks in us-east-1, by CPU architecture. */
const FARGATE_ON_DEMAND = {
    X86_64: { vcpuHour: 0.04048, gbHour: 0.004445 },
    ARM64: { vcpuHour: 0.03238, gbHour: 0.00356 },
};
/**
 * Fargate Spot's discount off the on-demand rate: AWS states "up to 70%". No current Spot rate could be found
 * in a stored source (AWS publishes it in a dynamic table), so this is AWS's stated figure, not a measured one.
 */
const FARGATE_SPOT_DISCOUNT = 0.7;
/** Ephemeral storage included with every task; only what is configured above it is billed. */
const INCLUDED_EPHEMERAL_GIB = 20;
/**
 * US dollars per GB-hour of ephemeral storage above the included 20 GB. Charged at this rate on Spot too (the
 * sources give no Spot storage rate), which keeps the estimate on the safe side.
 */
const EPHEMERAL_STORAGE_GB_HOUR = 0.000111;

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/fargate-sizes.ts
// Data module (exports no rule): the Fargate task CPU/memory table, and parsers for the forms the ECS API
// accepts for task-level `cpu` and `memory` (an integer, a numeric string, or a unit string such as
// '1 vCPU' or '2 GB'; the API converts strings to integers when the task definition is registered).
//
// Source: ECS API Reference, RegisterTaskDefinition `cpu` and `memory`
// (https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html) and the
// developer guide's table of valid combinations
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html);
// the same table drives cfn-lint E3047. Checked 2026-11-26. 8 and 16 vCPU need Linux on platform 1.4.0 or later;
// Windows needs at least 1 vCPU. A 32 vCPU size appears on the newest developer-guide page only, not in the API
// text or cfn-lint, so it is left out until it is confirmed.
const FARGATE_SIZES_SOURCE = {
    url: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RegisterTaskDefinition.html',
    checked: '2026-11-26',
};
function range(from, to, step) {
    const out = [];
    for (let m = from; m <= to; m += step)
        out.push(m);
    return out;
}
const FARGATE_SIZES = [
    { cpu: 256, vcpu: '.25', memory: [512, 1024, 2048], windows: false },
    { cpu: 512, vcpu: '.5', memory: range(1024, 4096, 1024), windows: false },
    { cpu: 1024, vcpu: '1', memory: range(2048, 8192, 1024), windows: true },
    { cpu: 2048, vcpu: '2', memory: range(4096, 16384, 1024), windows: true },
    { cpu: 4096, vcpu: '4', memory: range(8192, 30720, 1024), windows: true },
    { cpu: 8192, vcpu: '8', memory: range(16384, 61440, 4096), windows: false },
    { cpu: 16384, vcpu: '16', memory: range(32768, 122880, 8192), windows: false },
];
const NUMBER = '(\\d+(?:\\.\\d+)?|\\.\\d+)';
const VCPU = new RegExp(`^${NUMBER}\\s*vcpu$`, 'i');
const GB = new RegExp(`^${NUMBER}\\s*gb$`, 'i');
const INTEGER = /^\d+$/;
/** Parses task `cpu`: 1024, "1024", "1 vCPU", ".25 vCPU", "0.5 vcpu". Returns CPU units. */
function parseCpu(v) {
    return parseWithUnit(v, VCPU, 1024);
}
/** Parses task `memory`: 2048, "2048", "2 GB", "2GB", ".5 GB". Returns MiB. */
function parseMemory(v) {
    return parseWithUnit(v, GB, 1024);
}
function parseWithUnit(v, unit, factor) {
    if (typeof v === 'number')
        return Number.isSafeInteger(v) && v > 0 ? { ok: true, value: v } : { ok: false };
    if (typeof v !== 'string')
        return { ok: false };
    const s = v.trim();
    if (INTEGER.test(s)) {
        const n = Number(s);
        return Number.isSafeInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false };
    }
    const m = unit.exec(s);
    if (!m?.[1])
        return { ok: false };
    const n = Number(m[1]) * factor;
    return Number.isSafeInteger(n) && n > 0 ? { ok: true, value: n } : { ok: false };
}
function sizeForCpu(cpu) {
    return FARGATE_SIZES.find((s) => s.cpu === cpu);
}
function isValidPair(cpu, memory) {
    return sizeForCpu(cpu)?.memory.includes(memory) ?? false;
}
/** CPU sizes that accept this memory, smallest first. */
function cpusForMemory(memory) {
    return FARGATE_SIZES.filter((s) => s.memory.includes(memory));
}
/** The smallest valid cpu at or above `cpu`, else the largest. */
function nearestCpu(cpu) {
    const last = FARGATE_SIZES[FARGATE_SIZES.length - 1];
    return FARGATE_SIZES.find((s) => s.cpu >= cpu) ?? last;
}
/** The smallest memory valid for `size` at or above `memory`, else its largest. */
function nearestMemory(size, memory) {
    return size.memory.find((m) => m >= memory) ?? size.memory[size.memory.length - 1];
}
/** "'2048'–'8192' MiB in steps of '1024'", or "'512', '1024' or '2048' MiB" for .25 vCPU. */
function describeMemory(size) {
    const first = size.memory[0];
    const last = size.memory[size.memory.length - 1];
    const step = size.memory[1] - first;
    const regular = size.memory.every((m, i) => m === first + i * step);
    if (regular && size.memory.length > 3)
        return `'${first}'–'${last}' MiB in steps of '${step}'`;
    const quoted = size.memory.map((m) => `'${m}'`);
    return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]} MiB`;
}
/** "'256', '512', '1024', '2048', '4096', '8192' or '16384'". */
function describeCpus() {
    const quoted = FARGATE_SIZES.map((s) => `'${s.cpu}'`);
    return `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

;// CONCATENATED MODULE: ./action/sandbox/prices.ts
// Data module: the hourly prices the sandbox cost estimate uses besides Fargate's (which live in
// graders/rules/fargate-capacity/prices.ts, shared with lab 04). Region us-east-1, US dollars. Change prices here only.
//
// Where the figures come from (looked up 2026-11-26 with the project's `search` tool):
// - AWS's pricing pages are the authority: https://aws.amazon.com/elasticloadbalancing/pricing/ and
//   https://aws.amazon.com/vpc/pricing/ . The stored copies carry the billing rules ("each hour or partial hour
//   that an Application Load Balancer is running, and the number of Load Balancer Capacity Units (LCU) used per
//   hour") but not the per-region figures, which the pages render in the browser.
// - ALB: $0.0225 per ALB-hour and $0.008 per LCU-hour in US East, from
//   https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/ (2026-05-08), matching the us-east-1 row of
//   https://cal53.calculator.city/aws-alb-cost-calculator/ .
// - NAT gateway: $0.045 per NAT gateway-hour and $0.045 per GB processed in us-east-1, from
//   https://cloudburn.io/blog/aws-nat-gateway-pricing (2026-02-24), https://basavytix.com/blog/aws-nat-gateway-pricing
//   and https://cloudpipelines.pages.dev/guides/aws-nat-gateway-pricing-2026/ , which agree.
// - Public IPv4: $0.005 per address-hour since 2024-02-01, in use or idle, in every region; AWS announced it on
//   its blog (https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/), quoted by
//   https://www.repost.aws/articles/ARapCqBMkaTfCidGWemmSjAA/public-ipv4-addresses-cost-projection and others.
// Usage-based charges (LCUs beyond one per hour, NAT data processed, data transfer) are left out: a sandbox run
// sends a handful of health checks and one probe, fractions of a cent.
const SANDBOX_PRICES_SOURCE = {
    urls: [
        'https://aws.amazon.com/elasticloadbalancing/pricing/',
        'https://aws.amazon.com/vpc/pricing/',
        'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
        'https://cloudburn.io/blog/aws-nat-gateway-pricing',
        'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
    ],
    taken: '2026-11-26',
    region: 'us-east-1',
    currency: 'USD',
};
const HOURLY_PRICES = {
    /** One Application Load Balancer, running. */
    albHour: {
        usdPerHour: 0.0225,
        billing: 'per-started-hour',
        source: 'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
    },
    /** One LCU-hour: the estimate counts one per load balancer per hour, the floor of an idle ALB's usage. */
    albLcuHour: {
        usdPerHour: 0.008,
        billing: 'per-started-hour',
        source: 'https://cloud-horizons.com/blog/alb-the-line-item-nobody-watches/',
    },
    /** One NAT gateway, provisioned. */
    natGatewayHour: {
        usdPerHour: 0.045,
        billing: 'per-started-hour',
        source: 'https://cloudburn.io/blog/aws-nat-gateway-pricing',
    },
    /** One public IPv4 address (an Elastic IP, or one per subnet of an internet-facing load balancer). */
    publicIpv4Hour: {
        usdPerHour: 0.005,
        billing: 'per-started-hour',
        source: 'https://aws.amazon.com/blogs/aws/new-aws-public-ipv4-address-charge-public-ip-insights/',
    },
};

;// CONCATENATED MODULE: ./graders/engine/plural.ts
// Counts in messages read naturally ("1 subnet", "2 subnets"), never "1 subnet(s)". English only: the course is.
/** `count` and the noun that agrees with it: `countNoun(1, 'task')` is "1 task", `countNoun(2, 'task')` "2 tasks". */
function countNoun(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}

;// CONCATENATED MODULE: ./action/sandbox/cost.ts






function taskSize(t, props) {
    const cpuRaw = literalString(t, props['Cpu']);
    const memRaw = literalString(t, props['Memory']);
    const cpu = cpuRaw === undefined ? null : parseCpu(cpuRaw);
    const memory = memRaw === undefined ? null : parseMemory(memRaw);
    const arch = literalString(t, cloudformation_get(props, ['RuntimePlatform', 'CpuArchitecture']));
    const storage = literalNumber(t, cloudformation_get(props, ['EphemeralStorage', 'SizeInGiB']));
    return {
        cpu: cpu?.ok ? cpu.value : null,
        memory: memory?.ok ? memory.value : null,
        architecture: arch?.toUpperCase() === 'ARM64' ? 'ARM64' : 'X86_64',
        ephemeralGib: storage ?? INCLUDED_EPHEMERAL_GIB,
    };
}
/** `DesiredCount` as CloudFormation reads it: absent means 1; undefined means "computed at deploy time". */
function desiredCount(t, props) {
    if (props['DesiredCount'] === undefined)
        return 1;
    return literalNumber(t, props['DesiredCount']);
}
function cost_estimateCost(t, timeoutMinutes) {
    const lines = [];
    const notEstimated = [];
    for (const svc of cloudformation_resources(t, 'AWS::ECS::Service')) {
        const count = desiredCount(t, svc.props);
        const td = targetResource(t, svc.props['TaskDefinition']);
        const size = td ? taskSize(t, td.props) : null;
        if (count === undefined || !size || size.cpu === null || size.memory === null) {
            notEstimated.push(svc.name);
            continue;
        }
        if (count === 0)
            continue;
        const rate = FARGATE_ON_DEMAND[size.architecture];
        const vcpu = size.cpu / 1024;
        const gb = size.memory / 1024;
        const extraStorage = Math.max(0, size.ephemeralGib - INCLUDED_EPHEMERAL_GIB);
        const perTask = vcpu * rate.vcpuHour + gb * rate.gbHour + extraStorage * EPHEMERAL_STORAGE_GB_HOUR;
        lines.push({
            logicalId: svc.name,
            what: `${countNoun(count, 'Fargate task')} (${vcpu} vCPU, ${gb} GB, ${size.architecture}${extraStorage ? `, ${extraStorage} GiB extra storage` : ''})`,
            usdPerHour: count * perTask,
            billing: 'per-second',
        });
    }
    for (const lb of cloudformation_resources(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer')) {
        lines.push({
            logicalId: lb.name,
            what: 'load balancer, with one LCU',
            usdPerHour: HOURLY_PRICES.albHour.usdPerHour + HOURLY_PRICES.albLcuHour.usdPerHour,
            billing: 'per-started-hour',
        });
        const scheme = literalString(t, lb.props['Scheme']) ?? 'internet-facing';
        if (scheme === 'internet-facing') {
            // One public address per subnet; a load balancer spans at least two Availability Zones.
            const subnets = literalList(t, lb.props['Subnets']) ?? literalList(t, lb.props['SubnetMappings']);
            const n = Math.max(2, subnets?.length ?? 2);
            lines.push({
                logicalId: lb.name,
                what: `${n} public IPv4 addresses`,
                usdPerHour: n * HOURLY_PRICES.publicIpv4Hour.usdPerHour,
                billing: 'per-started-hour',
            });
        }
    }
    for (const nat of cloudformation_resources(t, 'AWS::EC2::NatGateway')) {
        lines.push({
            logicalId: nat.name,
            what: 'NAT gateway',
            usdPerHour: HOURLY_PRICES.natGatewayHour.usdPerHour,
            billing: 'per-started-hour',
        });
    }
    for (const eip of cloudformation_resources(t, 'AWS::EC2::EIP')) {
        lines.push({
            logicalId: eip.name,
            what: '1 public IPv4 address',
            usdPerHour: HOURLY_PRICES.publicIpv4Hour.usdPerHour,
            billing: 'per-started-hour',
        });
    }
    for (const r of cloudformation_resources(t, 'AWS::ECS::ExpressGatewayService', 'AWS::AppRunner::Service', 'AWS::EC2::VPCEndpoint')) {
        notEstimated.push(r.name);
    }
    const runMinutes = limits_lifetimeMinutes(timeoutMinutes);
    const hours = runMinutes / 60;
    const hourlyUsd = sum(lines.map((l) => l.usdPerHour));
    const runUsd = sum(lines.map((l) => l.usdPerHour * (l.billing === 'per-second' ? hours : Math.ceil(hours))));
    return { hourlyUsd, runUsd, runMinutes, lines, notEstimated };
}
function sum(xs) {
    return xs.reduce((a, b) => a + b, 0);
}
/** "$0.1152/hour" — four decimals, because a sandbox run costs cents. */
function usd(n) {
    return `$${n.toFixed(4)}`;
}

;// CONCATENATED MODULE: ./action/sandbox/guard/util/define.ts
// What every guard rule shares: the settings it may read (ESLint-style rule options, passed by guardTemplate),
// a defineRule that types them per rule, and the template as CloudFormation will deploy it.

/**
 * defineRule for guard rules: `defineGuardRule<'caps' | 'parameters'>()({ meta, check })`. The options a rule
 * reads are its type parameter, so its tests pass exactly those; the second call lets TypeScript infer the
 * message ids as defineRule does.
 */
function defineGuardRule() {
    return (rule) => rule;
}
/**
 * The template as it will be deployed: a parameter the instructor supplies takes that value, so every rule and
 * the estimate read what CloudFormation will use. Positions are unaffected (only the parsed value changes).
 */
function define_deployedTemplate(doc, values = {}) {
    const t = doc.template;
    const params = t.Parameters ?? {};
    if (!Object.keys(values).some((k) => Object.hasOwn(params, k)))
        return t;
    const next = {};
    for (const [k, p] of Object.entries(params)) {
        next[k] = Object.hasOwn(values, k) && (0,record/* isRecord */.u)(p) ? { ...p, Default: values[k] } : p;
    }
    return { ...t, Parameters: next };
}
/** Long-lived IAM credentials: refused outright by SBX004, so the other per-resource rules leave them alone. */
const CREDENTIAL_TYPES = [
    'AWS::IAM::User',
    'AWS::IAM::AccessKey',
    'AWS::IAM::UserToGroupAddition',
];

;// CONCATENATED MODULE: ./action/sandbox/guard/billable-options.ts
// SBX019: no paid options the estimate does not price. EFS provisioned throughput is billed per MiB/s for every
// hour it is set, whether anything reads the file system or not (1,024 MiB/s is thousands of dollars a month), and
// once raised it cannot be lowered again for a day; elastic and bursting throughput bill for use only.


/* harmony default export */ const billable_options = (defineGuardRule()({
    meta: {
        id: 'SBX019',
        name: 'billable-options',
        target: 'cloudformation',
        severity: 'error',
        title: 'Use no provisioned capacity the estimate does not price',
        description: "No EFS file system sets 'ThroughputMode: provisioned' or 'ProvisionedThroughputInMibps', which bill for every hour whatever the use, and 'ThroughputMode' is a value the guard can read. Use 'elastic' or 'bursting' throughput.",
        docsUrl: 'https://docs.aws.amazon.com/efs/latest/ug/performance.html#throughput-modes',
        evidence: ['Amazon EFS pricing: provisioned throughput'],
        messages: {
            provisioned: "File system '{{name}}' provisions throughput ('{{value}}'), billed for every hour it is set whether used or not, and not lowered again for 24 hours. Use 'ThroughputMode: elastic' for the sandbox.",
            computed: "File system '{{name}}' computes 'ThroughputMode' at deploy time, so the guard cannot tell whether it provisions throughput. Write 'elastic' or 'bursting'.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        for (const fs of cloudformation_resources(t, 'AWS::EFS::FileSystem')) {
            const mode = fs.props['ThroughputMode'];
            const modeText = literalString(t, mode);
            const mibps = fs.props['ProvisionedThroughputInMibps'];
            if (mode !== undefined && modeText === undefined)
                ctx.report('computed', { name: fs.name }, [...fs.path, 'Properties', 'ThroughputMode']);
            else if (modeText?.toLowerCase() === 'provisioned')
                ctx.report('provisioned', {
                    name: fs.name,
                    value: `provisioned${mibps !== undefined ? `, ${literalString(t, mibps) ?? 'computed'} MiB/s` : ''}`,
                }, [...fs.path, 'Properties', 'ThroughputMode']);
            else if (mibps !== undefined)
                ctx.report('provisioned', { name: fs.name, value: `ProvisionedThroughputInMibps ${literalString(t, mibps) ?? 'computed'}` }, [...fs.path, 'Properties', 'ProvisionedThroughputInMibps']);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/lib/policy.ts
// IAM policy documents as templates hold them: an object, or JSON text (older templates, and ECR's
// RepositoryPolicyText), with `Statement` either one statement or a list, and string-or-list fields. The ECR rules
// and the sandbox guard read policies through these, so both see the same statements.

/** A policy document given as JSON text, parsed; `undefined` when the text is not JSON; anything else as given. */
function policyDocument(v) {
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return undefined;
    }
}
/** A policy document's statements (a single statement object counts as one); entries that are not objects are skipped. */
function policyStatements(document) {
    const st = (0,record/* isRecord */.u)(document) ? document['Statement'] : undefined;
    if (Array.isArray(st))
        return st.flatMap((statement, index) => ((0,record/* isRecord */.u)(statement) ? [{ statement, index }] : []));
    return (0,record/* isRecord */.u)(st) ? [{ statement: st, index: null }] : [];
}
/** A string-or-list IAM field (Action, Resource, a Principal's values) as a list of strings; non-strings are dropped. */
function stringList(v) {
    if (typeof v === 'string')
        return [v];
    if (Array.isArray(v))
        return v.filter((x) => typeof x === 'string');
    return [];
}
/**
 * Whether an IAM action pattern (`ecr:*`, `xray:Put*`, `s3:Get?bject`, `*`) matches an action as IAM matches them:
 * `*` any run of characters, `?` one character, case-insensitively.
 */
function actionMatches(pattern, action) {
    const re = new RegExp(`^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'i');
    return re.test(action);
}

;// CONCATENATED MODULE: ./action/sandbox/guard/util/iam.ts
// IAM values as templates write them, for the guard's IAM rules: every policy document a template can carry (and
// where), values resolved as far as the guard can without deploying, wildcard matching as IAM does it, and
// whether a principal is this stack's own account.



/** The text of an ARN written literally or as a `!Sub` string. */
function arnText(v) {
    if (typeof v === 'string')
        return v;
    const sub = (0,record/* isRecord */.u)(v) ? v['Fn::Sub'] : undefined;
    if (typeof sub === 'string')
        return sub;
    return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
}
/** A `!Sub` whose variables map, if any, is empty: only then do `${AWS::…}` names mean the pseudo parameters. */
function plainSub(v) {
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string')
        return sub;
    if (Array.isArray(sub) && typeof sub[0] === 'string' && (sub[1] === undefined || emptyRecord(sub[1])))
        return sub[0];
    return undefined;
}
function emptyRecord(v) {
    return (0,record/* isRecord */.u)(v) && Object.keys(v).length === 0;
}
const OWN_ARN = /^arn:(\$\{AWS::Partition\}|aws[a-z-]*):iam::\$\{AWS::AccountId\}:[^$]*$/;
/**
 * A principal in this stack's own account: `!Ref AWS::AccountId`, a `!Sub` ARN whose account field is
 * `${AWS::AccountId}` (and nothing else substituted), or `!GetAtt` of a resource (CloudFormation only accepts a
 * GetAtt of a resource in the same template). A Join or Select is never one: which element it picks is decided at
 * deploy time, so `!Select [1, [!Ref AWS::AccountId, '999999999999']]` would pass for this account.
 */
function isOwnAccount(v) {
    if (!isIntrinsic(v))
        return false;
    if (v['Ref'] === 'AWS::AccountId' || v['Fn::GetAtt'] !== undefined)
        return true;
    const s = plainSub(v);
    return s !== undefined && (s === '${AWS::AccountId}' || OWN_ARN.test(s));
}
const RESOURCE_POLICIES = [
    ['AWS::ECR::Repository', 'RepositoryPolicyText'],
    ['AWS::ECR::RegistryPolicy', 'PolicyText'],
    ['AWS::KMS::Key', 'KeyPolicy'],
    ['AWS::EFS::FileSystem', 'FileSystemPolicy'],
    ['AWS::EC2::VPCEndpoint', 'PolicyDocument'],
];
function policyLists(t) {
    return cloudformation_resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')
        .filter((r) => r.props['Policies'] !== undefined)
        .map((r) => ({ owner: r.name, value: r.props['Policies'], path: [...r.path, 'Properties', 'Policies'] }));
}
/** Every policy document in the template: trust, inline and standalone identity policies, resource policies. */
function policyDocs(t) {
    const out = [];
    for (const r of cloudformation_resources(t)) {
        const type = String(r.resource.Type);
        const props = [...r.path, 'Properties'];
        if (type === 'AWS::IAM::Role' && r.props['AssumeRolePolicyDocument'] !== undefined)
            out.push({
                owner: r.name,
                type,
                kind: 'trust',
                value: r.props['AssumeRolePolicyDocument'],
                path: [...props, 'AssumeRolePolicyDocument'],
            });
        if (['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group'].includes(type)) {
            const inline = r.props['Policies'];
            if (Array.isArray(inline))
                inline.forEach((p, i) => {
                    if ((0,record/* isRecord */.u)(p))
                        out.push({
                            owner: r.name,
                            type,
                            kind: 'identity',
                            value: cloudformation_get(p, ['PolicyDocument']),
                            path: [...props, 'Policies', i, 'PolicyDocument'],
                        });
                });
        }
        if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy')
            out.push({
                owner: r.name,
                type,
                kind: 'identity',
                value: r.props['PolicyDocument'],
                path: [...props, 'PolicyDocument'],
            });
        for (const [rt, prop] of RESOURCE_POLICIES)
            if (type === rt && r.props[prop] !== undefined)
                out.push({ owner: r.name, type, kind: 'resource', value: r.props[prop], path: [...props, prop] });
    }
    return out;
}
/** A policy document's statements as objects, or undefined when the document or its Statement is computed. */
function literalStatements(doc) {
    const d = policyDocument(doc);
    if (!(0,record/* isRecord */.u)(d) || isIntrinsic(d))
        return undefined;
    const st = d['Statement'];
    if (st === undefined)
        return [];
    const list = Array.isArray(st) ? st : [st];
    if (list.some((s) => !(0,record/* isRecord */.u)(s) || isIntrinsic(s)))
        return undefined;
    return list;
}
/** Whether an intrinsic function (a key such as 'Fn::If') appears anywhere inside a value. */
function containsFunction(v, name) {
    const stack = [v];
    while (stack.length) {
        const cur = stack.pop();
        if (Array.isArray(cur))
            stack.push(...cur);
        else if ((0,record/* isRecord */.u)(cur)) {
            if (Object.hasOwn(cur, name))
                return true;
            stack.push(...Object.values(cur));
        }
    }
    return false;
}
const PSEUDO = new Set([
    'AWS::AccountId',
    'AWS::Partition',
    'AWS::Region',
    'AWS::URLSuffix',
    'AWS::StackName',
    'AWS::StackId',
]);
/**
 * A policy value (Resource, a principal, a condition value) as far as the guard can know it before deploying: a
 * literal, `!Ref` of a parameter with a value, of a pseudo parameter or of a resource, `!GetAtt` of a resource, or
 * a `!Sub` of those. Anything else (Join, Select, If, FindInMap, ImportValue, a Sub with its own variables) is
 * decided at deploy time: undefined.
 */
function resolveText(t, v, instructorValues = {}) {
    if (typeof v === 'string')
        return { text: v, instructor: false, fromDefault: false };
    if (typeof v === 'number' || typeof v === 'boolean')
        return { text: String(v), instructor: false, fromDefault: false };
    if (!isIntrinsic(v))
        return undefined;
    const name = (id) => {
        if (PSEUDO.has(id))
            return { text: `\${${id}}`, instructor: false, fromDefault: false };
        const param = t.Parameters?.[id];
        if ((0,record/* isRecord */.u)(param)) {
            if (Object.hasOwn(instructorValues, id))
                return { text: instructorValues[id] ?? '', instructor: true, fromDefault: false };
            const d = param['Default'];
            if (typeof d === 'string' || typeof d === 'number')
                return { text: String(d), instructor: false, fromDefault: true };
            return undefined;
        }
        if ((0,record/* isRecord */.u)(t.Resources?.[id]))
            return { text: `\${${id}}`, instructor: false, fromDefault: false };
        return undefined;
    };
    if (typeof v['Ref'] === 'string')
        return name(v['Ref']);
    const ga = v['Fn::GetAtt'];
    if (ga !== undefined) {
        const [res, attr] = Array.isArray(ga) ? ga : typeof ga === 'string' ? ga.split(/\.(.*)/s) : [];
        if (typeof res === 'string' && typeof attr === 'string' && (0,record/* isRecord */.u)(t.Resources?.[res]))
            return { text: `\${${res}.${attr}}`, instructor: false, fromDefault: false };
        return undefined;
    }
    const sub = plainSub(v);
    if (sub === undefined)
        return undefined;
    let instructor = false;
    let fromDefault = false;
    let ok = true;
    const text = sub.replace(/\$\{([^}]*)\}/g, (whole, inner) => {
        if (inner.startsWith('!'))
            return `\${${inner.slice(1)}}`;
        const [id, attr] = inner.split(/\.(.*)/s);
        if (attr !== undefined) {
            if (id && (0,record/* isRecord */.u)(t.Resources?.[id]))
                return whole;
            ok = false;
            return whole;
        }
        const r = name(inner);
        if (!r) {
            ok = false;
            return whole;
        }
        instructor ||= r.instructor;
        fromDefault ||= r.fromDefault;
        return r.text;
    });
    return ok ? { text, instructor, fromDefault } : undefined;
}
/** A resolved value as a concrete string to match against: pseudo parameters and resources become plain names. */
function probeText(text) {
    return text
        .replace(/\$\{AWS::Partition\}/g, 'aws')
        .replace(/\$\{AWS::AccountId\}/g, PROBE_ACCOUNT)
        .replace(/\$\{AWS::Region\}/g, 'us-east-1')
        .replace(/\$\{AWS::URLSuffix\}/g, 'amazonaws.com')
        .replace(/\$\{[^}]*\}/g, 'labgrade-stack-resource');
}
const PROBE_ACCOUNT = '000000000000';
/** IAM's wildcard match: `*` any run of characters, `?` any one; case-insensitive (wider is safer here). */
function wildcardMatches(pattern, value) {
    const re = pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.');
    return new RegExp(`^${re}$`, 'is').test(value);
}
/** Resources of unrelated services and accounts: a pattern matching all of them matches every resource. */
const ANY_RESOURCE = [
    `arn:aws:iam::${PROBE_ACCOUNT}:user/labgrade-probe`,
    'arn:aws:s3:::labgrade-probe/key',
    `arn:aws:ec2:us-east-1:111122223333:instance/i-0labgradeprobe`,
];
/** A role nobody named: a pattern matching it matches every role. */
const ANY_ROLE = `arn:aws:iam::${PROBE_ACCOUNT}:role/labgrade-probe-role`;
/** Whether a Resource pattern (already probed) covers every resource: '*', 'arn:*', 'arn:aws:*:*', … */
function coversEveryResource(patterns) {
    return ANY_RESOURCE.every((arn) => patterns.some((p) => wildcardMatches(p, arn)));
}
/** Whether a Resource pattern (already probed) covers every IAM role: '*', 'arn:aws:iam::*:role/*', … */
function coversEveryRole(patterns) {
    return patterns.some((p) => wildcardMatches(p, ANY_ROLE));
}
/** Actions of unrelated services: an Action pattern matching all of them grants every action. */
const ANY_ACTION = ['iam:CreateUser', 's3:GetObject', 'ec2:RunInstances', 'organizations:LeaveOrganization'];
function coversEveryAction(patterns) {
    return ANY_ACTION.every((a) => patterns.some((p) => wildcardMatches(p, a)));
}
/** Where statement i of a document sits, for ctx.report; a document written as JSON text is reported whole. */
function statementPath(d, i) {
    if (typeof d.value === 'string')
        return d.path;
    return Array.isArray(cloudformation_get(d.value, ['Statement'])) ? [...d.path, 'Statement', i] : [...d.path, 'Statement'];
}
/** A string-or-list policy field as a list of raw values (literals and intrinsics alike). */
function valueList(v) {
    return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

;// CONCATENATED MODULE: ./action/sandbox/guard/broad-policy.ts
// SBX005: no policy that amounts to administrator access. A role a learner's template creates runs in the
// sandbox account; "everything" or "all of IAM" there lets a task (or anyone who breaks into it) escalate to the
// account and past the guard.




/** AWS managed policies that amount to "everything" or "all of IAM". */
const BROAD_MANAGED_POLICIES = ['AdministratorAccess', 'IAMFullAccess', 'PowerUserAccess'];
/* harmony default export */ const broad_policy = (defineGuardRule()({
    meta: {
        id: 'SBX005',
        name: 'broad-policy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Grant no administrator or full IAM access',
        description: "No IAM policy in the template allows every action (any pattern that matches them all, such as '*' or '*:*') on every resource (any pattern that matches them all, such as '*' or 'arn:*'), or 'NotAction' on every resource, and no role, user or group attaches 'AdministratorAccess', 'IAMFullAccess' or 'PowerUserAccess'. Each lets whoever holds the role take over the sandbox account. IAM write actions are SBX014's.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
        evidence: ['CKV_AWS_62', 'CKV_AWS_63', 'CKV_AWS_110', 'AwsSolutions-IAM5'],
        messages: {
            adminAccess: "'{{owner}}' allows every action on every resource (an Action pattern such as '*' with a Resource pattern such as '*' or 'arn:*'): administrator access. List only the actions the task needs, on its own resources.",
            notAction: "'{{owner}}' allows 'NotAction' on every resource, which grants every action except the few listed, including IAM. List the actions the task needs under 'Action' instead.",
            managedPolicy: "Role '{{role}}' attaches the AWS managed policy '{{policy}}', which grants far more than any lab needs. Attach a policy that names only the actions and resources the task uses.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const { parameters } = ctx.options;
        for (const d of policyDocs(t)) {
            if (d.kind !== 'identity')
                continue;
            const statements = literalStatements(d.value);
            if (!statements)
                continue; // computed documents are SBX015's
            statements.forEach((st, i) => {
                if (st['Effect'] !== 'Allow')
                    return;
                const at = statementPath(d, i);
                const resolved = valueList(st['Resource']).map((r) => resolveText(t, r, parameters));
                const everyResource = st['NotResource'] !== undefined ||
                    coversEveryResource(resolved.flatMap((r) => (r ? [probeText(r.text)] : [])));
                if (st['NotAction'] !== undefined && everyResource)
                    ctx.report('notAction', { owner: d.owner }, at);
                else if (coversEveryAction(stringList(st['Action'])) && everyResource)
                    ctx.report('adminAccess', { owner: d.owner }, at);
            });
        }
        for (const r of cloudformation_resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
            const managed = r.props['ManagedPolicyArns'];
            if (!Array.isArray(managed))
                continue;
            managed.forEach((arn, i) => {
                const s = resolveText(t, arn, parameters)?.text ?? arnText(arn) ?? '';
                const policy = BROAD_MANAGED_POLICIES.find((p) => wildcardMatches(`*:policy/${p}`, s));
                if (policy)
                    ctx.report('managedPolicy', { role: r.name, policy }, [
                        ...r.path,
                        'Properties',
                        'ManagedPolicyArns',
                        i,
                    ]);
            });
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/budget.ts
// SBX013: one run costs no more than the instructor's budget. The estimate prices the whole run at its longest
// (create, verify and delete, each at its bound), so a refusal here is before any money is spent.


/* harmony default export */ const budget = (defineGuardRule()({
    meta: {
        id: 'SBX013',
        name: 'budget',
        target: 'cloudformation',
        severity: 'error',
        title: 'Stay within the per-run budget',
        description: "The estimated cost of one sandbox run (Fargate tasks, load balancers, NAT gateways and public IPv4 addresses, for the longest the run can last) is no more than 'deploy-budget-usd'.",
        docsUrl: 'https://aws.amazon.com/fargate/pricing/',
        evidence: ['AWS Fargate pricing', 'Elastic Load Balancing pricing', 'VPC NAT gateway pricing'],
        messages: {
            overBudget: "One sandbox run of this template is estimated at {{run}} ({{hourly}} per hour for up to {{minutes}} minutes), above the per-run budget of {{budget}}. The largest items: {{largest}}. Use fewer or smaller tasks, or ask your instructor to raise 'deploy-budget-usd'.",
        },
    },
    check(doc, ctx) {
        const { budgetUsd, timeoutMinutes, parameters } = ctx.options;
        const estimate = cost_estimateCost(define_deployedTemplate(doc, parameters), timeoutMinutes);
        if (estimate.runUsd <= budgetUsd)
            return;
        const top = [...estimate.lines].sort((a, b) => b.usdPerHour - a.usdPerHour).slice(0, 3);
        ctx.report('overBudget', {
            run: usd(estimate.runUsd),
            hourly: usd(estimate.hourlyUsd),
            minutes: estimate.runMinutes,
            budget: usd(budgetUsd),
            largest: top.map((l) => `'${l.logicalId}' ${l.what} ${usd(l.usdPerHour)}/hour`).join('; '),
        });
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/computed-size.ts


/* harmony default export */ const computed_size = (defineGuardRule()({
    meta: {
        id: 'SBX018',
        name: 'computed-size',
        target: 'cloudformation',
        severity: 'error',
        title: 'State task sizes and scaling limits as values',
        description: "A task definition's 'Cpu', 'Memory' and 'RequiresCompatibilities', and a scalable target's 'ServiceNamespace', 'MinCapacity' and 'MaxCapacity', are literals or parameters with a value, so the guard can apply the sandbox caps and price the run. ('DesiredCount' is SBX009's.)",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
        evidence: ['E3047', 'E3048'],
        messages: {
            computed: "'{{name}}' computes '{{property}}' at deploy time, so the guard cannot check it against the sandbox caps or price it. Write it as a value, such as {{example}}, or use a parameter with a Default.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        const known = (v) => literalString(t, v) !== undefined;
        const report = (name, path, property, example) => ctx.report('computed', { name, property, example }, [...path, 'Properties', property]);
        for (const td of cloudformation_resources(t, 'AWS::ECS::TaskDefinition')) {
            if (td.props['Cpu'] !== undefined && !known(td.props['Cpu']))
                report(td.name, td.path, 'Cpu', "'256'");
            if (td.props['Memory'] !== undefined && !known(td.props['Memory']))
                report(td.name, td.path, 'Memory', "'512'");
            const compat = td.props['RequiresCompatibilities'];
            if (compat !== undefined && !knownList(t, compat))
                report(td.name, td.path, 'RequiresCompatibilities', "['FARGATE']");
        }
        for (const st of cloudformation_resources(t, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
            const ns = st.props['ServiceNamespace'];
            if (!known(ns))
                report(st.name, st.path, 'ServiceNamespace', "'ecs'");
            if (!known(st.props['MinCapacity']))
                report(st.name, st.path, 'MinCapacity', '1');
            // An ECS target's MaxCapacity is SBX009's, which also holds it to the cap.
            if (literalString(t, ns) !== 'ecs' && !known(st.props['MaxCapacity']))
                report(st.name, st.path, 'MaxCapacity', '2');
        }
    },
}));
function knownList(t, v) {
    const list = literalList(t, v);
    return list !== undefined && list.every((x) => literalString(t, x) !== undefined);
}

;// CONCATENATED MODULE: ./action/sandbox/guard/desired-count.ts
// SBX009: services stay within the instructor's task cap. DesiredCount (and an auto-scaling maximum) multiplies
// every task's cost; a number computed at deploy time cannot be checked, so it is refused too.



/* harmony default export */ const desired_count = (defineGuardRule()({
    meta: {
        id: 'SBX009',
        name: 'desired-count',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run no more tasks per service than the sandbox cap',
        description: "Every ECS service's DesiredCount, and every ECS scalable target's MinCapacity and MaxCapacity, is a number (or a parameter with a Default) no larger than 'deploy-max-desired-count', so the guard can bound the run's cost.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
        evidence: [
            'ECS API CreateService desiredCount',
            'Application Auto Scaling RegisterScalableTarget MaxCapacity',
        ],
        messages: {
            computed: "Service '{{service}}' computes its DesiredCount at deploy time, so the guard cannot check it against the sandbox cap of {{cap}}. Use a number, or a parameter with a Default.",
            overCap: "Service '{{service}}' asks for DesiredCount {{count}}; the sandbox runs at most {{cap}} tasks per service to bound cost. Use {{cap}} or fewer (two tasks in two Availability Zones show high availability).",
            scalingComputed: "Scalable target '{{target}}' may scale to a capacity computed at deploy time; the sandbox runs at most {{cap}} tasks per service. Set MaxCapacity to {{cap}} or less for the sandbox.",
            scalingMinOverCap: "Scalable target '{{target}}' keeps at least {{min}} tasks running ('MinCapacity'); the sandbox runs at most {{cap}} tasks per service. Set MinCapacity to {{cap}} or less for the sandbox.",
            scalingOverCap: "Scalable target '{{target}}' may scale to {{max}} tasks; the sandbox runs at most {{cap}} tasks per service. Set MaxCapacity to {{cap}} or less for the sandbox.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        const cap = ctx.options.caps.maxDesiredCount;
        for (const svc of cloudformation_resources(t, 'AWS::ECS::Service')) {
            const count = desiredCount(t, svc.props);
            const at = [...svc.path, 'Properties', 'DesiredCount'];
            if (count === undefined)
                ctx.report('computed', { service: svc.name, cap }, at);
            else if (count > cap)
                ctx.report('overCap', { service: svc.name, count, cap }, at);
        }
        for (const st of cloudformation_resources(t, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
            if (literalString(t, st.props['ServiceNamespace']) !== 'ecs')
                continue;
            const max = literalNumber(t, st.props['MaxCapacity']);
            const at = [...st.path, 'Properties', 'MaxCapacity'];
            if (max === undefined)
                ctx.report('scalingComputed', { target: st.name, cap }, at);
            else if (max > cap)
                ctx.report('scalingOverCap', { target: st.name, max, cap }, at);
            // MinCapacity is the floor the service is scaled to at once, whatever MaxCapacity says.
            const min = literalNumber(t, st.props['MinCapacity']);
            if (min !== undefined && min > cap && (max === undefined || min > max || max <= cap))
                ctx.report('scalingMinOverCap', { target: st.name, min, cap }, [
                    ...st.path,
                    'Properties',
                    'MinCapacity',
                ]);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/iam-credentials.ts
// SBX004: no long-lived IAM credentials. Users, access keys and console passwords outlive the stack's purpose,
// can be leaked from logs or outputs, and are the one thing a task never needs: it gets credentials from its role.


/* harmony default export */ const iam_credentials = (defineGuardRule()({
    meta: {
        id: 'SBX004',
        name: 'iam-credentials',
        target: 'cloudformation',
        severity: 'error',
        title: 'Create no IAM users, access keys or console passwords',
        description: "The template creates no 'AWS::IAM::User', 'AWS::IAM::AccessKey' or 'AWS::IAM::UserToGroupAddition', and no 'LoginProfile'. ECS tasks get temporary credentials from their task role; long-lived keys in a sandbox can be leaked and outlive it.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
        evidence: ['CKV_AWS_107', 'IAM API CreateAccessKey', 'IAM API CreateLoginProfile'],
        messages: {
            iamUser: "Resource '{{name}}' creates an IAM user ('{{type}}'). Long-lived IAM users and keys can outlive the sandbox and be leaked; ECS tasks get credentials from a task role instead. Remove it and use 'AWS::IAM::Role'.",
            accessKey: "Resource '{{name}}' creates an access key ('{{type}}'). Long-lived IAM users and keys can outlive the sandbox and be leaked; ECS tasks get credentials from a task role instead. Remove it and use 'AWS::IAM::Role'.",
            loginProfile: "Resource '{{name}}' sets a 'LoginProfile', a console password. The sandbox never creates sign-in credentials; remove it.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        for (const r of cloudformation_resources(t, ...CREDENTIAL_TYPES)) {
            const type = r.resource.Type;
            ctx.report(type === 'AWS::IAM::AccessKey' ? 'accessKey' : 'iamUser', { name: r.name, type }, [
                ...r.path,
                'Type',
            ]);
        }
        for (const r of cloudformation_resources(t, 'AWS::IAM::User')) {
            if (r.props['LoginProfile'] !== undefined)
                ctx.report('loginProfile', { name: r.name }, [...r.path, 'Properties', 'LoginProfile']);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/iam-write.ts
// SBX014: no IAM writes. A task (or whoever breaks into it) that can create users or keys, attach or write
// policies, or rewrite a trust policy can give itself any permission in the sandbox account; one that can pass or
// assume any role can borrow the deploy roles'. Actions are matched as IAM matches them, wildcards and all, so
// 'iam:Create*' and 'iam:*' are refused for the 'iam:CreateUser' they cover.



/** IAM writes refused on any resource: each creates credentials, grants permissions or rewrites trust. */
const IAM_WRITE_ACTIONS = [
    'iam:CreateUser',
    'iam:UpdateUser',
    'iam:CreateGroup',
    'iam:AddUserToGroup',
    'iam:CreateAccessKey',
    'iam:UpdateAccessKey',
    'iam:CreateLoginProfile',
    'iam:UpdateLoginProfile',
    'iam:CreateServiceSpecificCredential',
    'iam:UploadSSHPublicKey',
    'iam:UploadSigningCertificate',
    'iam:CreateRole',
    'iam:UpdateRole',
    'iam:UpdateAssumeRolePolicy',
    'iam:AttachUserPolicy',
    'iam:AttachGroupPolicy',
    'iam:AttachRolePolicy',
    'iam:PutUserPolicy',
    'iam:PutGroupPolicy',
    'iam:PutRolePolicy',
    'iam:CreatePolicy',
    'iam:CreatePolicyVersion',
    'iam:SetDefaultPolicyVersion',
    'iam:PutRolePermissionsBoundary',
    'iam:DeleteRolePermissionsBoundary',
    'iam:PutUserPermissionsBoundary',
    'iam:DeleteUserPermissionsBoundary',
    'iam:CreateInstanceProfile',
    'iam:AddRoleToInstanceProfile',
    'iam:CreateOpenIDConnectProvider',
    'iam:CreateSAMLProvider',
];
/** Refused on every role (a Resource pattern that covers any role name), allowed on a named one. */
const ANY_ROLE_ACTIONS = ['iam:PassRole', 'sts:AssumeRole'];
/* harmony default export */ const iam_write = (defineGuardRule()({
    meta: {
        id: 'SBX014',
        name: 'iam-write',
        target: 'cloudformation',
        severity: 'error',
        title: 'Grant no IAM write actions',
        description: "No IAM policy in the template allows, in any form ('iam:*', 'iam:Create*', 'iam:Attach*' or the action itself, or through 'NotAction'), an action that creates IAM users, access keys or login profiles, attaches, puts or versions policies, or changes a trust policy or permissions boundary; nor 'iam:PassRole' or 'sts:AssumeRole' on every role.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html',
        evidence: ['CKV_AWS_107', 'CKV_AWS_109', 'CKV_AWS_110', 'AwsSolutions-IAM5'],
        messages: {
            write: "'{{owner}}' allows '{{action}}' (through '{{pattern}}'), an IAM write that lets whoever holds it create credentials or grant itself any permission, past the sandbox's guard. Remove it; a task needs no IAM writes.",
            notAction: "'{{owner}}' allows every action except those under 'NotAction', which leaves '{{action}}' allowed, an IAM write that lets whoever holds it grant itself any permission. List the actions the task needs under 'Action' instead.",
            anyRole: "'{{owner}}' allows '{{action}}' (through '{{pattern}}') on every role ('{{resource}}'), so whoever holds it can use any role in the sandbox account, including the deploy roles. Name the one role, such as '!GetAtt TaskRole.Arn'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        for (const d of policyDocs(t)) {
            if (d.kind !== 'identity')
                continue;
            const statements = literalStatements(d.value);
            if (!statements)
                continue; // computed documents are SBX015's
            statements.forEach((st, i) => {
                if (st['Effect'] !== 'Allow')
                    return;
                const at = statementPath(d, i);
                const owner = d.owner;
                if (st['NotAction'] !== undefined) {
                    const excluded = stringList(st['NotAction']);
                    const left = [...IAM_WRITE_ACTIONS, ...ANY_ROLE_ACTIONS].find((a) => !excluded.some((p) => wildcardMatches(p, a)));
                    if (left)
                        ctx.report('notAction', { owner, action: left }, at);
                    return;
                }
                const patterns = stringList(st['Action']);
                const write = IAM_WRITE_ACTIONS.map((a) => [a, patterns.find((p) => wildcardMatches(p, a))]).find(([, p]) => p !== undefined);
                if (write) {
                    ctx.report('write', { owner, action: write[0], pattern: write[1] ?? '' }, at);
                    return;
                }
                const resolved = valueList(st['Resource']).flatMap((r) => {
                    const x = resolveText(t, r, ctx.options.parameters);
                    return x ? [x.text] : [];
                });
                const broad = st['NotResource'] !== undefined
                    ? 'NotResource'
                    : resolved.find((r) => coversEveryRole([probeText(r)]));
                if (broad === undefined)
                    return;
                for (const a of ANY_ROLE_ACTIONS) {
                    const p = patterns.find((x) => wildcardMatches(x, a));
                    if (p) {
                        ctx.report('anyRole', { owner, action: a, pattern: p, resource: broad }, at);
                        return;
                    }
                }
            });
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/load-balancers.ts
// SBX012: no more load balancers than the lab teaches. Each bills by the started hour, with public addresses on
// top; services share one through listener rules.


/* harmony default export */ const load_balancers = (defineGuardRule()({
    meta: {
        id: 'SBX012',
        name: 'load-balancers',
        target: 'cloudformation',
        severity: 'error',
        title: 'Create no more load balancers than the lab allows',
        description: "The template creates at most as many Elastic Load Balancing v2 load balancers as the lab's sandbox declaration allows ('maxLoadBalancers'); each is billed by the hour, and several services can share one through listener rules.",
        docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/listener-update-rules.html',
        evidence: ['Elastic Load Balancing pricing'],
        messages: {
            tooMany: "The template creates {{count}} load balancers ({{names}}); lab '{{lab}}' may create at most {{max}} in the sandbox. Route several services through one load balancer with listener rules.",
        },
    },
    check(doc, ctx) {
        const max = ctx.options.sandbox.maxLoadBalancers;
        const lbs = cloudformation_resources(doc.template, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
        const extra = lbs[max];
        if (!extra)
            return;
        ctx.report('tooMany', { count: lbs.length, names: lbs.map((n) => `'${n.name}'`).join(', '), lab: ctx.options.labId, max }, [...extra.path, 'Type']);
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/nat-gateways.ts
// SBX011: no more NAT gateways than the lab teaches. Each bills by the started hour whether traffic flows or not,
// so the lab's declaration caps them (one per zone only where high availability is the lesson).



/* harmony default export */ const nat_gateways = (defineGuardRule()({
    meta: {
        id: 'SBX011',
        name: 'nat-gateways',
        target: 'cloudformation',
        severity: 'error',
        title: 'Create no more NAT gateways than the lab allows',
        description: "The template creates at most as many NAT gateways as the lab's sandbox declaration allows ('maxNatGateways'); each is billed by the hour whether or not traffic flows.",
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-pricing.html',
        evidence: ['VPC NAT gateway pricing'],
        messages: {
            tooMany: "The template creates {{count}} NAT gateways ({{names}}); lab '{{lab}}' may create at most {{max}} in the sandbox. Each costs about {{hourly}} an hour; share one, or use VPC endpoints.",
        },
    },
    check(doc, ctx) {
        const max = ctx.options.sandbox.maxNatGateways;
        const nats = cloudformation_resources(doc.template, 'AWS::EC2::NatGateway');
        const extra = nats[max];
        if (!extra)
            return;
        ctx.report('tooMany', {
            count: nats.length,
            names: nats.map((n) => `'${n.name}'`).join(', '),
            lab: ctx.options.labId,
            max,
            hourly: `$${HOURLY_PRICES.natGatewayHour.usdPerHour}`,
        }, [...extra.path, 'Type']);
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/no-transform.ts
// SBX002: no macros. A Transform expands into resources only CloudFormation sees, after the guard has passed the
// template, so nothing the guard checks would bind what is deployed. That holds for the template-level
// 'Transform' and for 'Fn::Transform' anywhere, inside Properties included.


/* harmony default export */ const no_transform = (defineGuardRule()({
    meta: {
        id: 'SBX002',
        name: 'no-transform',
        target: 'cloudformation',
        severity: 'error',
        title: 'Write plain CloudFormation, without macros',
        description: "The template declares no 'Transform' and uses no 'Fn::Transform' anywhere (Properties included). Macros (AWS::Serverless, AWS::Include, custom ones) expand into resources and values the guard cannot see before deploying, and the sandbox never grants CAPABILITY_AUTO_EXPAND.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html',
        evidence: ['CloudFormation CAPABILITY_AUTO_EXPAND'],
        messages: {
            transform: "The template declares a 'Transform'. Macros expand into resources the guard cannot see before deploying, so the sandbox refuses them; write the resources out in plain CloudFormation.",
            fnTransform: "'Fn::Transform' at '{{where}}' runs a macro ('{{macro}}') whose output the guard cannot see before deploying, so the sandbox refuses it; write the value out in plain CloudFormation.",
        },
    },
    check(doc, ctx) {
        if (doc.template['Transform'] !== undefined)
            ctx.report('transform', {}, ['Transform']);
        const walk = (v, path) => {
            if (Array.isArray(v))
                v.forEach((x, i) => walk(x, [...path, i]));
            else if ((0,record/* isRecord */.u)(v))
                for (const [k, x] of Object.entries(v)) {
                    if (k === 'Fn::Transform') {
                        const name = (0,record/* isRecord */.u)(x) ? x['Name'] : undefined;
                        ctx.report('fnTransform', { where: path.join('.'), macro: typeof name === 'string' ? name : 'computed' }, [...path, k]);
                    }
                    else
                        walk(x, [...path, k]);
                }
        };
        for (const [k, v] of Object.entries(doc.template))
            if (k !== 'Transform')
                walk(v, [k]);
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/open-trust.ts
// SBX006: roles trust only services and this account. A trust policy open to everyone, another account or a
// federated identity lets someone outside the sandbox assume a role inside it.





/* harmony default export */ const open_trust = (defineGuardRule()({
    meta: {
        id: 'SBX006',
        name: 'open-trust',
        target: 'cloudformation',
        severity: 'error',
        title: 'Let only services and this account assume the roles',
        description: "Every role's trust policy names service principals (such as 'ecs-tasks.amazonaws.com') or this stack's own account: never '*', 'NotPrincipal', another account or a federated identity, any of which lets someone outside the sandbox assume the role.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_principal.html',
        evidence: ['CKV_AWS_60', 'CKV_AWS_61', 'IAM API AssumeRolePolicyDocument'],
        messages: {
            anyone: "Role '{{role}}' can be assumed by anyone ('{{how}}'). Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
            anyService: "Role '{{role}}' trusts every service ('Service: *'). Name the one service that uses it.",
            anyAccount: "Role '{{role}}' trusts every AWS account ('AWS: *'). Anyone could assume it; trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
            otherAccount: "Role '{{role}}' trusts the principal '{{principal}}'. The sandbox refuses roles that other accounts could assume; use '!Ref AWS::AccountId' for this account, or a service principal.",
            otherKind: "Role '{{role}}' trusts a '{{kind}}' principal, so identities outside the sandbox account could assume it. Trust only the service that uses it, such as 'ecs-tasks.amazonaws.com'.",
        },
    },
    check(doc, ctx) {
        for (const r of cloudformation_resources(doc.template, 'AWS::IAM::Role')) {
            const role = r.name;
            const path = [...r.path, 'Properties', 'AssumeRolePolicyDocument'];
            for (const { statement: st, index } of policyStatements(policyDocument(r.props['AssumeRolePolicyDocument']))) {
                if (st['Effect'] !== 'Allow')
                    continue;
                const at = index === null ? [...path, 'Statement'] : [...path, 'Statement', index, 'Principal'];
                const principal = st['Principal'];
                if (st['NotPrincipal'] !== undefined || principal === '*') {
                    ctx.report('anyone', { role, how: st['NotPrincipal'] !== undefined ? 'NotPrincipal' : 'Principal: *' }, at);
                    continue;
                }
                if (!(0,record/* isRecord */.u)(principal))
                    continue;
                for (const [kind, value] of Object.entries(principal)) {
                    for (const p of Array.isArray(value) ? value : [value]) {
                        if (kind === 'Service') {
                            if (p === '*')
                                ctx.report('anyService', { role }, at);
                        }
                        else if (kind === 'AWS' && p === '*')
                            ctx.report('anyAccount', { role }, at);
                        else if (kind === 'AWS' && !isOwnAccount(p))
                            ctx.report('otherAccount', { role, principal: typeof p === 'string' ? p : JSON.stringify(p) }, at);
                        else if (kind !== 'AWS')
                            ctx.report('otherKind', { role, kind }, at);
                    }
                }
            }
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/parameter-default.ts
// SBX003: every parameter has a value. The sandbox passes only the values the instructor configured, so a
// parameter with neither a Default nor such a value makes CloudFormation reject the stack.


/* harmony default export */ const parameter_default = (defineGuardRule()({
    meta: {
        id: 'SBX003',
        name: 'parameter-default',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give every parameter a Default',
        description: "Every parameter has a 'Default' or a value in the instructor's 'deploy-parameters'; CloudFormation rejects a stack with a parameter that has neither.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
        evidence: ['CloudFormation CreateStack Parameters'],
        messages: {
            noDefault: "Parameter '{{name}}' has no 'Default'. The sandbox passes only the values your instructor configured ('deploy-parameters'), and none for '{{name}}', so CloudFormation would reject the stack; give it a Default.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        for (const [name, param] of Object.entries(t.Parameters ?? {})) {
            if (!(0,record/* isRecord */.u)(param) || param['Default'] === undefined)
                ctx.report('noDefault', { name }, ['Parameters', name]);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/parameter-value.ts
// SBX022: every value the deploy passes satisfies its parameter's declared constraints. CloudFormation would reject
// the stack at CreateStack anyway, but the guard says so offline (`labgrade sandbox plan`), names the parameter, and
// tells an instructor's typo in 'deploy-parameters' from a learner's Default. CloudFormation itself checks that
// AWS-specific values (a subnet id, a VPC id) exist in the account, before creating anything.


/** The id shapes of the AWS-specific parameter types the labs use; CloudFormation checks existence itself. */
const ID_SHAPES = {
    'AWS::EC2::VPC::Id': /^vpc-[0-9a-f]{8,17}$/,
    'AWS::EC2::Subnet::Id': /^subnet-[0-9a-f]{8,17}$/,
    'AWS::EC2::SecurityGroup::Id': /^sg-[0-9a-f]{8,17}$/,
    'AWS::EC2::AvailabilityZone::Name': /^[a-z]{2}(-[a-z]+)+-\d[a-z]$/,
};
/* harmony default export */ const parameter_value = (defineGuardRule()({
    meta: {
        id: 'SBX022',
        name: 'parameter-value',
        target: 'cloudformation',
        severity: 'error',
        title: "Pass only values a parameter's constraints accept",
        description: "Each value the deploy passes (the instructor's 'deploy-parameters', else the Default) fits the parameter's Type (Number, lists, AWS-specific ids), AllowedValues, AllowedPattern, MinLength/MaxLength and MinValue/MaxValue, as CloudFormation checks them at CreateStack.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html',
        evidence: ['CloudFormation parameter constraints (Parameters section)'],
        messages: {
            invalid: "Parameter '{{name}}' would be passed '{{value}}' ({{source}}), but {{why}}, so CloudFormation would reject the stack. {{fix}}",
        },
    },
    check(doc, ctx) {
        const supplied = ctx.options.parameters;
        const t = define_deployedTemplate(doc, supplied);
        for (const [name, param] of Object.entries(t.Parameters ?? {})) {
            if (!(0,record/* isRecord */.u)(param) || param['Default'] === undefined)
                continue; // SBX003's
            const value = String(param['Default']);
            const fromInstructor = Object.hasOwn(supplied, name);
            const why = violation(param, value);
            if (!why)
                continue;
            ctx.report('invalid', {
                name,
                value: value.length > 80 ? `${value.slice(0, 77)}...` : value,
                source: fromInstructor ? "from the instructor's 'deploy-parameters'" : 'its Default',
                why,
                fix: fromInstructor
                    ? "Ask your instructor to correct 'deploy-parameters'."
                    : 'Correct the Default, or the constraint.',
            }, ['Parameters', name, fromInstructor ? 'Type' : 'Default']);
        }
    },
}));
/** Why CloudFormation would refuse the value, or null. */
function violation(param, value) {
    const type = typeof param['Type'] === 'string' ? param['Type'] : 'String';
    const list = /^List<(.+)>$/.exec(type);
    const items = list || type === 'CommaDelimitedList' ? value.split(',').map((v) => v.trim()) : [value];
    const itemType = list ? list[1] : type === 'CommaDelimitedList' ? 'String' : type;
    for (const item of items) {
        if (itemType === 'Number' && (item === '' || !Number.isFinite(Number(item))))
            return `'${item}' is not a number (Type '${type}')`;
        const shape = ID_SHAPES[itemType];
        if (shape && !shape.test(item))
            return `'${item}' is not a '${itemType}' (Type '${type}')`;
    }
    const allowed = param['AllowedValues'];
    if (Array.isArray(allowed) && !items.every((i) => allowed.map(String).includes(i)))
        return `it is not one of AllowedValues ${allowed.map((v) => `'${String(v)}'`).join(', ')}`;
    if (typeof param['AllowedPattern'] === 'string') {
        let re = null;
        try {
            // CloudFormation matches the whole value (Java regular expressions; the common subset is the same).
            re = new RegExp(`^(?:${param['AllowedPattern']})$`, 'u');
        }
        catch {
            re = null; // a pattern JavaScript cannot read is cfn-lint's to report, not a reason to refuse
        }
        if (re && !items.every((i) => re.test(i)))
            return `it does not match AllowedPattern '${param['AllowedPattern']}'`;
    }
    const num = (k) => typeof param[k] === 'number' || typeof param[k] === 'string' ? Number(param[k]) : null;
    const minLen = num('MinLength');
    const maxLen = num('MaxLength');
    if (minLen !== null && value.length < minLen)
        return `it is shorter than MinLength ${minLen}`;
    if (maxLen !== null && value.length > maxLen)
        return `it is longer than MaxLength ${maxLen}`;
    const minVal = num('MinValue');
    const maxVal = num('MaxValue');
    if (minVal !== null && items.some((i) => Number(i) < minVal))
        return `it is below MinValue ${minVal}`;
    if (maxVal !== null && items.some((i) => Number(i) > maxVal))
        return `it is above MaxValue ${maxVal}`;
    return null;
}

;// CONCATENATED MODULE: ./action/sandbox/guard/policy-literal.ts
// SBX015: every policy the guard reads is the policy that is deployed. The other IAM rules compare Effect, Action,
// Resource, Principal and Condition with what is safe; a value computed at deploy time (`Effect: !Sub Allow`,
// `Resource: !Sub '*'`, a principal built with Join or Select, a document under `Fn::If`) would pass those checks
// and still deploy as something else, so it is refused. Parameters with a value count as known.




/* harmony default export */ const policy_literal = (defineGuardRule()({
    meta: {
        id: 'SBX015',
        name: 'policy-literal',
        target: 'cloudformation',
        severity: 'error',
        title: 'Write every policy so the guard can read it',
        description: "Every policy document (trust, identity and resource policies) is an object or JSON text with no 'Fn::If' anywhere in it, and in every statement 'Effect', 'Action' and 'NotAction' are literal strings, while 'Resource', 'NotResource', 'Principal', 'NotPrincipal' and 'Condition' values are literals, parameters with a value, or '!Ref', '!GetAtt' and '!Sub' of this stack's resources and pseudo parameters: never Join, Select, If, FindInMap or ImportValue.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html',
        evidence: ['E3510', 'E3512', 'E3530'],
        messages: {
            conditional: "The policy at '{{owner}}' depends on a condition ('Fn::If'), so the guard cannot tell which document is deployed. Write one unconditional policy; the sandbox deploys a single configuration.",
            computedDocument: "The policy document at '{{owner}}' is computed at deploy time (a function in place of the document or of its 'Statement'), so the guard cannot read it. Write the document, and each statement, as an object.",
            computedStatement: "A statement of '{{owner}}' computes '{{field}}' at deploy time, so the guard cannot check what it allows. Write '{{field}}' as a literal ('Allow' or 'Deny' for Effect; action names for Action); for resources and principals, '!Ref', '!GetAtt' and '!Sub' of this stack's resources are fine, Join and Select are not.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const { parameters } = ctx.options;
        for (const list of policyLists(t)) {
            if (containsFunction(list.value, 'Fn::If'))
                ctx.report('conditional', { owner: list.owner }, list.path);
            else if (!Array.isArray(list.value) || list.value.some((p) => !(0,record/* isRecord */.u)(p) || isIntrinsic(p)))
                ctx.report('computedDocument', { owner: list.owner }, list.path);
        }
        for (const d of policyDocs(t)) {
            if (containsFunction(d.value, 'Fn::If')) {
                ctx.report('conditional', { owner: d.owner }, d.path);
                continue;
            }
            const statements = literalStatements(d.value);
            if (!statements) {
                ctx.report('computedDocument', { owner: d.owner }, d.path);
                continue;
            }
            const known = (v) => resolveText(t, v, parameters) !== undefined;
            statements.forEach((st, i) => {
                const at = statementPath(d, i);
                const bad = (field) => ctx.report('computedStatement', { owner: d.owner, field }, at);
                const effect = st['Effect'];
                if (effect !== 'Allow' && effect !== 'Deny')
                    bad('Effect');
                for (const field of ['Action', 'NotAction'])
                    if (st[field] !== undefined && !valueList(st[field]).every((a) => typeof a === 'string'))
                        bad(field);
                for (const field of ['Resource', 'NotResource'])
                    if (st[field] !== undefined && !valueList(st[field]).every(known))
                        bad(field);
                for (const field of ['Principal', 'NotPrincipal']) {
                    const p = st[field];
                    if (p === undefined || p === '*')
                        continue;
                    if (!(0,record/* isRecord */.u)(p) ||
                        isIntrinsic(p) ||
                        !Object.values(p).every((v) => valueList(v).length > 0 && valueList(v).every(known)))
                        bad(field);
                }
                const cond = st['Condition'];
                if (cond !== undefined &&
                    (!(0,record/* isRecord */.u)(cond) ||
                        isIntrinsic(cond) ||
                        !Object.values(cond).every((keys) => (0,record/* isRecord */.u)(keys) &&
                            !isIntrinsic(keys) &&
                            Object.values(keys).every((v) => valueList(v).every(known)))))
                    bad('Condition');
            });
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/policy-target.ts
// SBX020: policies attach only to what the template creates, and only policies the guard can read are attached.
// An `AWS::IAM::Policy` whose `Roles` names a role already in the account (the deploy role, the CloudFormation
// service role) widens that role from inside a learner's stack; a `ManagedPolicyArns` entry that is computed, or
// that names a customer managed policy already in the account, attaches permissions the guard never sees.




const ATTACH_TO = {
    Roles: 'AWS::IAM::Role',
    Users: 'AWS::IAM::User',
    Groups: 'AWS::IAM::Group',
};
/** An AWS managed policy: account 'aws' in the ARN, whatever the partition. */
const AWS_MANAGED = /^arn:(\$\{AWS::Partition\}|aws[a-z-]*):iam::aws:policy\/[\w+=,.@/-]+$/;
/* harmony default export */ const policy_target = (defineGuardRule()({
    meta: {
        id: 'SBX020',
        name: 'policy-target',
        target: 'cloudformation',
        severity: 'error',
        title: 'Attach policies only to roles the template creates',
        description: "Every 'AWS::IAM::Policy' and 'AWS::IAM::ManagedPolicy' attaches only to roles, users and groups the template creates ('!Ref'), and every 'ManagedPolicyArns' entry is an AWS managed policy written out (or '!Sub') or '!Ref' of a managed policy in the template: never a policy or role that already exists in the sandbox account, or a computed ARN.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html',
        evidence: ['CKV_AWS_40', 'AwsSolutions-IAM4'],
        messages: {
            foreignTarget: "Policy '{{policy}}' attaches to '{{target}}' in '{{property}}', which this template does not create, so it would change an identity that already exists in the sandbox account. Attach it only to '!Ref' of a role the template creates.",
            foreignManaged: "'{{owner}}' attaches the managed policy '{{arn}}', which is neither an AWS managed policy nor one this template creates, so the guard cannot see what it grants. Write the permissions as an inline policy in the template.",
            computedManaged: "'{{owner}}' attaches a managed policy whose ARN is computed at deploy time, so the guard cannot tell which. Write the ARN out, such as '!Sub arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        for (const p of cloudformation_resources(t, 'AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy')) {
            for (const [property, type] of Object.entries(ATTACH_TO)) {
                const v = p.props[property];
                if (v === undefined)
                    continue;
                valueList(v).forEach((entry, i) => {
                    if (targetResource(t, entry)?.resource.Type === type)
                        return;
                    ctx.report('foreignTarget', { policy: p.name, property, target: typeof entry === 'string' ? entry : JSON.stringify(entry) }, Array.isArray(v) ? [...p.path, 'Properties', property, i] : [...p.path, 'Properties', property]);
                });
            }
        }
        for (const r of cloudformation_resources(t, 'AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group')) {
            const managed = r.props['ManagedPolicyArns'];
            if (managed === undefined)
                continue;
            const at = [...r.path, 'Properties', 'ManagedPolicyArns'];
            if (!Array.isArray(managed)) {
                ctx.report('computedManaged', { owner: r.name }, at);
                continue;
            }
            managed.forEach((arn, i) => {
                if ((0,record/* isRecord */.u)(arn) && targetResource(t, arn)?.resource.Type === 'AWS::IAM::ManagedPolicy')
                    return;
                const text = resolveText(t, arn, ctx.options.parameters)?.text;
                if (text === undefined)
                    ctx.report('computedManaged', { owner: r.name }, [...at, i]);
                else if (!AWS_MANAGED.test(text))
                    ctx.report('foreignManaged', { owner: r.name, arn: text }, [...at, i]);
            });
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/resource-policy.ts
// SBX016: resources stay inside the sandbox account. A repository, registry, key or file system policy that
// grants '*' makes the resource public; one that grants another account (or a role the learner named, whose
// account the guard cannot know) lets someone outside the sandbox push, pull, decrypt or mount; a replication
// rule to another registry copies the images out. Only this stack's account, its own resources, service
// principals and principals the instructor supplied ('deploy-parameters') may be granted.




/** Condition keys that pin a '*' principal to this account when they equal `${AWS::AccountId}`. */
const ACCOUNT_KEYS = [
    'aws:principalaccount',
    'aws:sourceaccount',
    'aws:resourceaccount',
    'kms:calleraccount',
];
/* harmony default export */ const resource_policy = (defineGuardRule()({
    meta: {
        id: 'SBX016',
        name: 'resource-policy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep repositories, keys and file systems private to the sandbox account',
        description: "ECR repository and registry policies, KMS key policies and EFS file system policies grant access only to this account ('!Ref AWS::AccountId', or an ARN with '${AWS::AccountId}'), to this stack's resources, to service principals, or to principals the instructor supplied in 'deploy-parameters': never to '*' (unless a condition pins it to this account) or to another account. ECR replication stays in this registry.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
        evidence: ['CKV_AWS_32', 'AwsSolutions-ECR1', 'E3512', 'E3513'],
        messages: {
            public: "The policy of '{{owner}}' allows '{{how}}' to use it, which makes it public: anyone with an AWS account could reach it. Grant this account or its roles instead, such as '!GetAtt TaskExecutionRole.Arn'.",
            otherAccount: "The policy of '{{owner}}' grants the principal '{{principal}}', which the guard cannot show is in the sandbox account, so someone outside it could use the resource. Grant a role of this stack ('!GetAtt Role.Arn') or this account ('!Ref AWS::AccountId'); an instructor can supply a sandbox principal in 'deploy-parameters'.",
            otherKind: "The policy of '{{owner}}' grants a '{{kind}}' principal, an identity outside the sandbox account. Grant this account or its roles instead.",
            replication: "Replication rule {{rule}} of '{{owner}}' copies images to registry '{{registry}}', which the guard cannot show is the sandbox account's, so images would leave the sandbox. Use 'RegistryId: !Ref AWS::AccountId'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const { parameters } = ctx.options;
        /** The principal is this account, one of its resources, or one the instructor supplied. */
        const inside = (p) => {
            if (isOwnAccount(p))
                return true;
            const r = resolveText(t, p, parameters);
            if (!r)
                return false;
            if (r.instructor && !r.fromDefault)
                return true;
            // '${Role.Arn}' or '${Role}': a resource of this stack, in this account.
            return /^\$\{[A-Za-z0-9]+(\.[A-Za-z0-9.]+)?\}$/.test(r.text) && !r.text.startsWith('${AWS::');
        };
        const pinned = (cond) => (0,record/* isRecord */.u)(cond) &&
            Object.entries(cond).some(([op, keys]) => /^String(Equals|Like)$/i.test(op) &&
                (0,record/* isRecord */.u)(keys) &&
                Object.entries(keys).some(([k, v]) => ACCOUNT_KEYS.includes(k.toLowerCase()) &&
                    valueList(v).length > 0 &&
                    valueList(v).every((x) => resolveText(t, x)?.text === '${AWS::AccountId}')));
        for (const d of policyDocs(t)) {
            if (d.kind !== 'resource' || d.type === 'AWS::EC2::VPCEndpoint')
                continue;
            const statements = literalStatements(d.value);
            if (!statements)
                continue; // computed documents are SBX015's
            statements.forEach((st, i) => {
                if (st['Effect'] !== 'Allow')
                    return;
                const at = statementPath(d, i);
                const owner = d.owner;
                if (st['NotPrincipal'] !== undefined) {
                    ctx.report('public', { owner, how: 'NotPrincipal' }, at);
                    return;
                }
                const principal = st['Principal'];
                if (principal === '*') {
                    if (!pinned(st['Condition']))
                        ctx.report('public', { owner, how: 'Principal: *' }, at);
                    return;
                }
                if (!(0,record/* isRecord */.u)(principal))
                    return;
                for (const [kind, value] of Object.entries(principal)) {
                    if (kind === 'Service')
                        continue;
                    for (const p of valueList(value)) {
                        if (kind !== 'AWS')
                            ctx.report('otherKind', { owner, kind }, at);
                        else if (p === '*') {
                            if (!pinned(st['Condition']))
                                ctx.report('public', { owner, how: 'AWS: *' }, at);
                        }
                        else if (!inside(p)) {
                            const r = resolveText(t, p, parameters);
                            ctx.report('otherAccount', { owner, principal: r?.text ?? JSON.stringify(p) }, at);
                        }
                        else
                            continue;
                        return;
                    }
                }
            });
        }
        for (const r of cloudformation_resources(t, 'AWS::ECR::ReplicationConfiguration')) {
            const rules = cloudformation_get(r.props, ['ReplicationConfiguration', 'Rules']);
            if (!Array.isArray(rules))
                continue;
            rules.forEach((rule, ri) => {
                const dests = cloudformation_get(rule, ['Destinations']);
                if (!Array.isArray(dests))
                    return;
                dests.forEach((dest, di) => {
                    const registry = cloudformation_get(dest, ['RegistryId']);
                    if (registry === undefined || resolveText(t, registry)?.text === '${AWS::AccountId}')
                        return;
                    ctx.report('replication', {
                        owner: r.name,
                        rule: ri + 1,
                        registry: resolveText(t, registry, parameters)?.text ?? JSON.stringify(registry),
                    }, [
                        ...r.path,
                        'Properties',
                        'ReplicationConfiguration',
                        'Rules',
                        ri,
                        'Destinations',
                        di,
                        'RegistryId',
                    ]);
                });
            });
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rubrics/lib/sandbox.ts
// What a lab may deploy to the sandbox, declared in the lab's own rubric (`sandbox:` in defineLab), so a lab and
// its allow-list come and go together. The lists are deliberately short: every type here has been thought about
// for cost, for teardown (nothing that outlives DeleteStack) and for blast radius (nothing account-wide, such as
// GuardDuty detectors or Security Hub). The guard (action/sandbox/guard/) refuses everything else.

/** What every container lab is built from: a VPC, an ECS service on Fargate behind a load balancer, roles, logs. */
const COMMON_TYPES = [
    'AWS::CDK::Metadata',
    'AWS::EC2::EIP',
    'AWS::EC2::InternetGateway',
    'AWS::EC2::NatGateway',
    'AWS::EC2::Route',
    'AWS::EC2::RouteTable',
    'AWS::EC2::SecurityGroup',
    'AWS::EC2::SecurityGroupEgress',
    'AWS::EC2::SecurityGroupIngress',
    'AWS::EC2::Subnet',
    'AWS::EC2::SubnetRouteTableAssociation',
    'AWS::EC2::VPC',
    'AWS::EC2::VPCGatewayAttachment',
    'AWS::ECS::Cluster',
    'AWS::ECS::ClusterCapacityProviderAssociations',
    'AWS::ECS::Service',
    'AWS::ECS::TaskDefinition',
    'AWS::ElasticLoadBalancingV2::Listener',
    'AWS::ElasticLoadBalancingV2::ListenerRule',
    'AWS::ElasticLoadBalancingV2::LoadBalancer',
    'AWS::ElasticLoadBalancingV2::TargetGroup',
    'AWS::IAM::Policy',
    'AWS::IAM::Role',
    'AWS::Logs::LogGroup',
];
const AUTO_SCALING_TYPES = (/* unused pure expression or super */ null && ([
    'AWS::ApplicationAutoScaling::ScalableTarget',
    'AWS::ApplicationAutoScaling::ScalingPolicy',
]));
const KMS_TYPES = (/* unused pure expression or super */ null && (['AWS::KMS::Alias', 'AWS::KMS::Key']));
/** One load balancer and one NAT gateway: the shape of every service lab. */
function service(types = []) {
    return { deployable: true, types, maxLoadBalancers: 1, maxNatGateways: 1 };
}
/** A lab whose shape differs from a service lab's (no load balancer, or one NAT gateway per zone). */
function deployable(declaration) {
    return { deployable: true, ...declaration };
}
/** A lab the sandbox never deploys; `reason` is what the learner reads instead of deploy results. */
function notDeployed(reason) {
    return { deployable: false, reason };
}
/** Every type a deployable lab may use, sorted. */
function allowedTypes(sandbox) {
    return [...new Set([...COMMON_TYPES, ...sandbox.types])].sort();
}
const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;
/**
 * Why a value is not a usable sandbox declaration, one sentence each; empty when it is. TypeScript already
 * requires the field, so this catches what the type cannot: a lab assembled at run time, typos in resource
 * types, negative caps, an empty reason.
 */
function sandboxDeclarationProblems(value) {
    const fix = "declare it with service(), deployable() or notDeployed() from 'graders/rubrics/lib/sandbox.ts'";
    if (!isRecord(value))
        return [`the lab has no sandbox declaration; ${fix}`];
    if (value['deployable'] === false) {
        const reason = value['reason'];
        return typeof reason === 'string' && reason.trim().length >= 20
            ? []
            : ['a lab that is not deployed needs a reason of at least 20 characters, shown to the learner'];
    }
    if (value['deployable'] !== true)
        return [`'deployable' must be true or false; ${fix}`];
    const problems = [];
    const types = value['types'];
    if (!Array.isArray(types))
        problems.push("'types' must be a list of CloudFormation resource types");
    else {
        types.forEach((t, i) => {
            if (typeof t !== 'string' || !RESOURCE_TYPE.test(t))
                problems.push(`'types' entry ${i} (${JSON.stringify(t)}) is not a resource type such as 'AWS::ECR::Repository'`);
            else if (COMMON_TYPES.includes(t))
                problems.push(`'${t}' is already allowed for every lab; remove it`);
            else if (types.indexOf(t) !== i)
                problems.push(`'${t}' is listed twice`);
        });
    }
    for (const cap of ['maxLoadBalancers', 'maxNatGateways']) {
        const n = value[cap];
        if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
            problems.push(`'${cap}' must be a whole number of 0 or more, got ${JSON.stringify(n)}`);
    }
    return problems;
}

;// CONCATENATED MODULE: ./action/sandbox/guard/resource-type.ts
// SBX007: only the resource types the lab teaches. Each type has been weighed for cost, for teardown (nothing
// that outlives DeleteStack) and for blast radius (nothing account-wide); the lab's rubric declares its list.



/* harmony default export */ const resource_type = (defineGuardRule()({
    meta: {
        id: 'SBX007',
        name: 'resource-type',
        target: 'cloudformation',
        severity: 'error',
        title: "Create only the resource types the lab's sandbox allows",
        description: "Every resource has a type the sandbox deploys for this lab: the common building blocks of a container service (VPC, ECS, load balancer, roles, logs) plus the types the lab's rubric declares. Anything else could cost more, outlive teardown or reach beyond the stack.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
        evidence: ['CloudFormation resource type reference', 'SCP service allow-list'],
        messages: {
            notAllowed: "Resource '{{name}}' has type '{{type}}', which the sandbox does not deploy for lab '{{lab}}'. Each lab may create only the types it teaches (see the README's sandbox section), to bound cost and clean-up; remove it or ask your instructor.",
        },
    },
    check(doc, ctx) {
        const allowed = new Set(allowedTypes(ctx.options.sandbox));
        for (const r of cloudformation_resources(doc.template)) {
            const type = String(r.resource.Type);
            // IAM users and keys are SBX004's, with a message that says why.
            if (CREDENTIAL_TYPES.includes(type) || allowed.has(type))
                continue;
            ctx.report('notAllowed', { name: r.name, type, lab: ctx.options.labId }, [...r.path, 'Type']);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/retained-resource.ts
// SBX008: nothing survives teardown. A DeletionPolicy of Retain or Snapshot keeps the resource (or a snapshot)
// after DeleteStack, where it bills until someone finds it.


const RETAINING = ['Retain', 'RetainExceptOnCreate', 'Snapshot'];
/* harmony default export */ const retained_resource = (defineGuardRule()({
    meta: {
        id: 'SBX008',
        name: 'retained-resource',
        target: 'cloudformation',
        severity: 'error',
        title: 'Let every resource be deleted with the stack',
        description: "No resource has a DeletionPolicy of 'Retain', 'RetainExceptOnCreate' or 'Snapshot', which would leave it (or a snapshot) behind after the sandbox deletes the stack.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
        evidence: ['CloudFormation DeletionPolicy attribute'],
        messages: {
            retained: "Resource '{{name}}' has DeletionPolicy '{{policy}}', so it (or a snapshot) would survive the sandbox's teardown and keep costing money. Remove the DeletionPolicy for the sandbox run.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        for (const r of cloudformation_resources(t)) {
            // IAM users and keys are refused outright (SBX004); one reason per resource is enough.
            if (CREDENTIAL_TYPES.includes(String(r.resource.Type)))
                continue;
            const policy = literalString(t, r.resource['DeletionPolicy']);
            if (policy !== undefined && RETAINING.includes(policy))
                ctx.report('retained', { name: r.name, policy }, [...r.path, 'DeletionPolicy']);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/task-role.ts
// SBX017: tasks run only with roles this template creates. A task role or execution role named by ARN (written
// out, or through a parameter) can be any role already in the sandbox account, such as the deploy role or the
// CloudFormation service role, and the learner's container would then run with its permissions. A role the
// template creates is checked by the other IAM rules; one that exists already is not.


const ROLE_PROPS = ['TaskRoleArn', 'ExecutionRoleArn'];
/* harmony default export */ const task_role = (defineGuardRule()({
    meta: {
        id: 'SBX017',
        name: 'task-role',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run tasks only with roles the template creates',
        description: "Every task definition's 'TaskRoleArn' and 'ExecutionRoleArn' is '!GetAtt' (or '!Ref') of an 'AWS::IAM::Role' in the same template, never an ARN or a parameter naming a role that already exists in the sandbox account, whose permissions the guard cannot see.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
        evidence: ['CKV_AWS_249', 'ECS task IAM role'],
        messages: {
            external: "Task definition '{{name}}' sets '{{property}}' to a role the template does not create ('{{value}}'). It could be any role in the sandbox account, with permissions the guard cannot check. Create the role in the template and use '!GetAtt {{suggest}}.Arn'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        for (const td of cloudformation_resources(t, 'AWS::ECS::TaskDefinition')) {
            for (const property of ROLE_PROPS) {
                const v = cloudformation_get(td.props, [property]);
                if (v === undefined)
                    continue;
                if (targetResource(t, v)?.resource.Type === 'AWS::IAM::Role')
                    continue;
                ctx.report('external', {
                    name: td.name,
                    property,
                    value: typeof v === 'string' ? v : JSON.stringify(v),
                    suggest: property === 'TaskRoleArn' ? 'TaskRole' : 'ExecutionRole',
                }, [...td.path, 'Properties', property]);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/task-size.ts
// SBX010: tasks stay within the instructor's size caps, and their size can be read. The cost estimate and the
// caps both need a literal task-level Cpu and Memory from a task definition in the same template.



/* harmony default export */ const task_size = (defineGuardRule()({
    meta: {
        id: 'SBX010',
        name: 'task-size',
        target: 'cloudformation',
        severity: 'error',
        title: 'Size every task within the sandbox caps',
        description: "Every service runs a task definition from the same template, every Fargate task definition states a literal task-level Cpu and Memory, and none asks for more than 'deploy-max-task-cpu' or 'deploy-max-task-memory'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
        evidence: ['E3047', 'ECS API RegisterTaskDefinition cpu and memory'],
        messages: {
            externalTaskDefinition: "Service '{{service}}' runs a task definition that is not in this template, so the guard cannot check its size or cost. Define the task definition in the template and reference it with '!Ref'.",
            unsized: "Fargate task definition '{{name}}' has no literal task-level Cpu and Memory, so the guard cannot check its size or cost. Set both, such as Cpu '256' and Memory '512'.",
            cpuOverCap: "Task definition '{{name}}' asks for Cpu '{{cpu}}'; the sandbox allows at most '{{cap}}' CPU units per task. Use a smaller size; the lab's app needs far less.",
            memoryOverCap: "Task definition '{{name}}' asks for Memory '{{memory}}' MiB; the sandbox allows at most '{{cap}}' MiB per task. Use a smaller size.",
        },
    },
    check(doc, ctx) {
        const t = define_deployedTemplate(doc, ctx.options.parameters);
        const { maxTaskCpu, maxTaskMemory } = ctx.options.caps;
        for (const svc of cloudformation_resources(t, 'AWS::ECS::Service')) {
            const ref = svc.props['TaskDefinition'];
            if (ref !== undefined && !targetResource(t, ref))
                ctx.report('externalTaskDefinition', { service: svc.name }, [
                    ...svc.path,
                    'Properties',
                    'TaskDefinition',
                ]);
        }
        for (const td of cloudformation_resources(t, 'AWS::ECS::TaskDefinition')) {
            const size = taskSize(t, td.props);
            const compat = cloudformation_get(td.props, ['RequiresCompatibilities']);
            const fargate = Array.isArray(compat) && compat.some((c) => literalString(t, c) === 'FARGATE');
            if (fargate && (size.cpu === null || size.memory === null))
                ctx.report('unsized', { name: td.name }, [...td.path, 'Properties']);
            if (size.cpu !== null && size.cpu > maxTaskCpu)
                ctx.report('cpuOverCap', { name: td.name, cpu: size.cpu, cap: maxTaskCpu }, [
                    ...td.path,
                    'Properties',
                    'Cpu',
                ]);
            if (size.memory !== null && size.memory > maxTaskMemory)
                ctx.report('memoryOverCap', { name: td.name, memory: size.memory, cap: maxTaskMemory }, [
                    ...td.path,
                    'Properties',
                    'Memory',
                ]);
        }
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/template-size.ts
// SBX001: the template fits in a CreateStack call. The sandbox passes the template inline (TemplateBody), and a
// larger one would need an S3 bucket the sandbox does not have.

/** CloudFormation's limit for a TemplateBody passed inline (larger ones need an S3 upload). */
const MAX_TEMPLATE_BYTES = 51_200;
/* harmony default export */ const template_size = (defineGuardRule()({
    meta: {
        id: 'SBX001',
        name: 'template-size',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep the template within the inline size limit',
        description: `The template is at most ${MAX_TEMPLATE_BYTES} bytes, the most CloudFormation accepts as an inline TemplateBody; the sandbox has no S3 bucket to upload a larger one to.`,
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
        evidence: ['CloudFormation quota: template body size in a request'],
        messages: {
            tooLarge: 'The template is {{bytes}} bytes; CloudFormation accepts at most {{max}} bytes inline, so the sandbox cannot deploy it. Remove comments or unused resources to bring it under the limit.',
        },
    },
    check(doc, ctx) {
        const bytes = Buffer.byteLength(doc.text, 'utf8');
        if (bytes > MAX_TEMPLATE_BYTES)
            ctx.report('tooLarge', { bytes, max: MAX_TEMPLATE_BYTES });
    },
}));

;// CONCATENATED MODULE: ./action/sandbox/guard/unique-name.ts
// SBX021: a physical name that must be unique in the account or Region carries the stack's name. Stack names are
// unique per run, but a hard-coded name is not: two learners' lab 05 runs would both create the ECR repository
// 'labs-web', and the second CreateStack fails with "already exists". The registry's one replication configuration
// is shared by every run, so its rules must only ever touch this stack's repositories.



/**
 * Name properties that must be unique in the account (IAM) or the account and Region (the rest). A sandbox stack
 * name runs to 128 characters, so a name whose limit is shorter can only be left out (CloudFormation then
 * generates a unique one): load balancers and target groups (32), IAM roles (64) and managed policies (128, with
 * no room left for anything beside the stack's name). Limits: the CloudFormation resource schemas.
 */
const NAMES = {
    'AWS::ECR::Repository': { property: 'RepositoryName' },
    'AWS::ECS::Cluster': { property: 'ClusterName' },
    'AWS::Logs::LogGroup': { property: 'LogGroupName' },
    'AWS::KMS::Alias': { property: 'AliasName' },
    'AWS::ServiceDiscovery::HttpNamespace': { property: 'Name' },
    'AWS::SecretsManager::Secret': { property: 'Name' },
    'AWS::IAM::Role': { property: 'RoleName', omitOnly: { what: 'IAM role', max: 64 } },
    'AWS::IAM::ManagedPolicy': {
        property: 'ManagedPolicyName',
        omitOnly: { what: 'managed policy', max: 128 },
    },
    'AWS::ElasticLoadBalancingV2::LoadBalancer': {
        property: 'Name',
        omitOnly: { what: 'load balancer', max: 32 },
    },
    'AWS::ElasticLoadBalancingV2::TargetGroup': {
        property: 'Name',
        omitOnly: { what: 'target group', max: 32 },
    },
};
/** A name built from the stack's: '/ecs/web' becomes '/ecs/${AWS::StackName}-web'. */
function stackScopedName(value) {
    const slash = value.lastIndexOf('/');
    const head = value.slice(0, slash + 1);
    const last = value.slice(slash + 1);
    return `${head}${STACK_NAME}${last ? `-${last}` : ''}`;
}
/**
 * The value is built from the stack's name: `!Ref AWS::StackName`, `!Sub '...${AWS::StackName}...'` or a Join
 * holding `!Ref AWS::StackName`.
 */
function carriesStackName(v) {
    if (!(0,record/* isRecord */.u)(v))
        return false;
    if (isStackNameRef(v))
        return true;
    const text = subText(v);
    if (text !== null)
        return text.includes(STACK_NAME);
    return joinParts(v).some(isStackNameRef);
}
const STACK_NAME = '${AWS::StackName}';
const isStackNameRef = (part) => (0,record/* isRecord */.u)(part) && part['Ref'] === 'AWS::StackName';
/** The template string of a `Fn::Sub` (short or long form), or null. */
function subText(v) {
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string')
        return sub;
    return Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : null;
}
/** The parts a `Fn::Join` joins, or none. */
function joinParts(v) {
    const join = v['Fn::Join'];
    return Array.isArray(join) && Array.isArray(join[1]) ? join[1] : [];
}
/* harmony default export */ const unique_name = (defineGuardRule()({
    meta: {
        id: 'SBX021',
        name: 'unique-name',
        target: 'cloudformation',
        severity: 'error',
        title: "Build names that must be unique from the stack's name",
        description: "Repository, cluster, log group, alias, role, namespace and secret names are unique in an account or Region, so a hard-coded one collides with another learner's run: leave it out or build it with '!Sub ${AWS::StackName}-…'. Load balancer, target group, IAM role and managed policy names, too short to hold a stack's name, are left out. An ECR replication configuration is one per registry, so each of its rules replicates only repositories whose names start with the stack's name.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-name.html',
        evidence: ['CloudFormation Name type', 'AWS::ECR::ReplicationConfiguration (one per registry)'],
        messages: {
            literal: "'{{property}}' of '{{name}}' is '{{value}}', a name that must be unique in the account or Region, so a second learner's run (or yours, re-run) fails with \"already exists\". Leave it out, or build it from the stack's name: \"!Sub '{{suggestion}}'\".",
            computed: "'{{property}}' of '{{name}}' is computed without the stack's name, and it must be unique in the account or Region, so two runs can collide with \"already exists\". Leave it out, or build it with '!Sub ${AWS::StackName}-…'.",
            omit: "'{{property}}' of '{{name}}' is set, but {{what}} names are at most {{max}} characters, too short to hold a sandbox stack's name (up to 128), and must be unique in the account or Region, so a second run collides. Leave '{{property}}' out: CloudFormation generates a unique one.",
            replicationUnscoped: "Replication rule {{rule}} of '{{name}}' {{why}}. The registry has one replication configuration, shared by every run in the sandbox account, so a rule must touch only this stack's repositories: add 'RepositoryFilters: [{ Filter: !Sub \"${AWS::StackName}\", FilterType: PREFIX_MATCH }]' and name the repositories '!Sub ${AWS::StackName}-…'.",
        },
    },
    check(doc, ctx) {
        for (const r of cloudformation_resources(doc.template)) {
            const type = String(r.resource.Type);
            const props = (0,record/* isRecord */.u)(r.resource.Properties) ? r.resource.Properties : {};
            if (type === 'AWS::ECR::ReplicationConfiguration') {
                const conf = props['ReplicationConfiguration'];
                const rules = (0,record/* isRecord */.u)(conf) && Array.isArray(conf['Rules']) ? conf['Rules'] : [];
                rules.forEach((rule, i) => {
                    const at = [...r.path, 'Properties', 'ReplicationConfiguration', 'Rules', i];
                    const filters = (0,record/* isRecord */.u)(rule) ? rule['RepositoryFilters'] : undefined;
                    if (!Array.isArray(filters) || filters.length === 0) {
                        ctx.report('replicationUnscoped', {
                            rule: i + 1,
                            name: r.name,
                            why: 'has no repository filter, so it replicates every repository in the registry',
                        }, at);
                        return;
                    }
                    filters.forEach((f, j) => {
                        const scoped = (0,record/* isRecord */.u)(f) &&
                            f['FilterType'] === 'PREFIX_MATCH' &&
                            carriesStackName(f['Filter']) &&
                            startsWithStackName(f['Filter']);
                        if (!scoped)
                            ctx.report('replicationUnscoped', {
                                rule: i + 1,
                                name: r.name,
                                why: "has a repository filter that does not start with the stack's name, so it can replicate other runs' repositories",
                            }, [...at, 'RepositoryFilters', j]);
                    });
                });
                continue;
            }
            const named = NAMES[type];
            if (!named || props[named.property] === undefined)
                continue;
            const value = props[named.property];
            const at = [...r.path, 'Properties', named.property];
            if (named.omitOnly) {
                ctx.report('omit', { property: named.property, name: r.name, ...named.omitOnly }, at);
            }
            else if (typeof value === 'string') {
                ctx.report('literal', { property: named.property, name: r.name, value, suggestion: stackScopedName(value) }, at);
            }
            else if (!carriesStackName(value)) {
                ctx.report('computed', { property: named.property, name: r.name }, at);
            }
        }
    },
}));
/** A prefix filter scopes to this stack only when the stack's name leads it. */
function startsWithStackName(v) {
    if (!(0,record/* isRecord */.u)(v))
        return false;
    const text = subText(v);
    if (text !== null)
        return text.startsWith(STACK_NAME);
    return isStackNameRef(joinParts(v)[0]);
}

;// CONCATENATED MODULE: ./action/sandbox/guard/index.ts
// The guard: a policy over the exact template the sandbox would deploy, checked before any AWS call. Deploying
// learner-written infrastructure runs untrusted input with AWS permissions and costs money, so anything that could
// mint credentials, widen access, escape teardown or exceed the budget is refused, with the resource and the
// reason at its line. The checks are rules like the grader's, one per file here (prefix SBX), run by the engine's
// runRule with the lab's sandbox declaration and the instructor's settings as options. The static grade never
// depends on them.

























/** Every guard rule, in the order their refusals are listed. */
const GUARD_RULES = [
    template_size, // SBX001
    no_transform, // SBX002
    parameter_default, // SBX003
    iam_credentials, // SBX004
    broad_policy, // SBX005
    open_trust, // SBX006
    resource_type, // SBX007
    retained_resource, // SBX008
    desired_count, // SBX009
    task_size, // SBX010
    nat_gateways, // SBX011
    load_balancers, // SBX012
    budget, // SBX013
    iam_write, // SBX014
    policy_literal, // SBX015
    resource_policy, // SBX016
    task_role, // SBX017
    computed_size, // SBX018
    billable_options, // SBX019
    policy_target, // SBX020
    unique_name, // SBX021
    parameter_value, // SBX022
];
/**
 * Runs every guard rule on the template. A rule that crashes throws here rather than passing: a check that did not
 * run must never let a template through, and the caller reports it as the grader's failure.
 */
function guard_guardTemplate(doc, options, rules = GUARD_RULES) {
    const refusals = [];
    for (const rule of rules) {
        const outcome = runRule(rule, doc, options);
        if (outcome.crash)
            throw new Error(`guard rule ${rule.meta.id} crashed: ${outcome.crash.message}`);
        refusals.push(...outcome.findings);
    }
    return {
        refusals,
        estimate: estimateCost(deployedTemplate(doc, options.parameters), options.timeoutMinutes),
    };
}

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
const stack_name_TAG = {
    managedBy: 'labgrade:managed-by',
    lab: 'labgrade:lab',
    repository: 'labgrade:repository',
    pr: 'labgrade:pr',
    runId: 'labgrade:run-id',
    sha: 'labgrade:sha',
    expiresAt: 'labgrade:expires-at',
};
/** The value of the managed-by tag; the janitor deletes nothing without it. */
const stack_name_MANAGED_BY = 'labgrade';
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
        { Key: stack_name_TAG.managedBy, Value: stack_name_MANAGED_BY },
        { Key: stack_name_TAG.lab, Value: labId },
        { Key: stack_name_TAG.repository, Value: run.repository },
        { Key: stack_name_TAG.pr, Value: run.prNumber === null ? 'none' : String(run.prNumber) },
        { Key: stack_name_TAG.runId, Value: `${run.runId}-${run.runAttempt}` },
        { Key: stack_name_TAG.sha, Value: run.sha },
        { Key: stack_name_TAG.expiresAt, Value: expiresAt.toISOString() },
    ];
}

;// CONCATENATED MODULE: ./action/sandbox/sweep.ts
// The janitor's sweep: delete sandbox stacks whose TTL has passed. A lost runner or a force-killed job skips the
// post step, so without this a learner's load balancer and NAT gateway would bill until someone noticed. Only
// stacks carrying our managed-by tag and the configured name prefix are touched.



/** A stack with our tags but no readable expiry is treated as expired this long after creation. */
const FALLBACK_TTL_MS = (/* unused pure expression or super */ null && (6 * 60 * 60 * 1000));
/** DescribeStacks pages (100 stacks each); a sandbox account never holds more. */
const MAX_PAGES = 50;
async function sweep_sweepExpiredStacks(a) {
    const now = a.clock.now();
    const stacks = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page++) {
        const r = await a.clients.cloudformation.send(new DescribeStacksCommand(token ? { NextToken: token } : {}));
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
            await a.clients.cloudformation.send(new DeleteStackCommand({ StackName: id }));
            a.log.info(`Deleting expired stack '${s.StackName}' (${status}, expired ${base.expiresAt}).`);
            out.push({ ...base, action: 'deleted' });
        }
        catch (e) {
            a.log.warn(`Could not delete expired stack '${s.StackName}': ${errorMessage(e)}`);
            out.push({ ...base, action: 'failed', error: errorMessage(e) });
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
        await a.clients.cloudformation.send(new dist_cjs/* DeleteStackCommand */.fAr({ StackName: a.ref.stackId }));
        return null;
    }
    catch (e) {
        const name = e.name;
        return `${name ? `${name}: ` : ''}${(0,errors/* errorMessage */.g)(e)}`;
    }
}
async function observe(a, deleteErrored) {
    const settled = (value) => ({ done: true, value });
    const waited = await wait_waitFor({
        label: `deleting ${a.ref.stackName}`,
        maxWaitMs: a.maxWaitMs,
        delayMs: a.pollMs,
        clock: a.clock,
        log: a.log,
        signal: a.signal,
    }, async () => {
        let status;
        try {
            const d = await a.clients.cloudformation.send(new dist_cjs/* DescribeStacksCommand */.Y47({ StackName: a.ref.stackId }));
            status = d.Stacks?.[0]?.StackStatus ?? 'DELETE_COMPLETE';
        }
        catch (e) {
            if (!/does not exist/i.test((0,errors/* errorMessage */.g)(e)))
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
        const r = await clients.cloudformation.send(new dist_cjs/* ListStackResourcesCommand */.XnL({ StackName: stackId, ...(token ? { NextToken: token } : {}) }));
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

;// CONCATENATED MODULE: ./action/sandbox/settings.ts
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
    const timeoutMinutes = settings_int('deploy-timeout-minutes', raw('deploy-timeout-minutes'), MIN_TIMEOUT_MINUTES, MAX_TIMEOUT_MINUTES);
    const budgetUsd = money('deploy-budget-usd', raw('deploy-budget-usd'));
    const sessionMinutes = settings_int('deploy-session-minutes', raw('deploy-session-minutes'), 15, 720);
    const caps = {
        maxDesiredCount: settings_int('deploy-max-desired-count', raw('deploy-max-desired-count'), 1, MAX_DESIRED_COUNT_CAP),
        maxTaskCpu: settings_int('deploy-max-task-cpu', raw('deploy-max-task-cpu'), 256, MAX_TASK_CPU_CAP),
        maxTaskMemory: settings_int('deploy-max-task-memory', raw('deploy-max-task-memory'), 512, MAX_TASK_MEMORY_CAP),
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
    if (!isRecord(parsed))
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
function settings_int(name, v, min, max) {
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

;// CONCATENATED MODULE: ./action/sandbox/index.ts
// The sandbox deploy, per lab: guard → deploy → verify → teardown (in a finally). Loaded only when deploy is on
// (the action's main does `await import('./sandbox/index.js')`), because this folder is the only place that
// imports the AWS SDK and static grading should not pay for it.




















/** Messages go to the Actions log; debug lines appear with step debugging on. */
const actionsLog = {
    info: (m) => core/* info */.pq(m),
    warn: (m) => core/* warning */.$e(m),
    debug: (m) => core/* debug */.Yz(m),
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
    const refs = options.refs ?? (0,state/* getStackIds */.Tx)();
    const out = [];
    for (const ref of refs) {
        try {
            const clients = options.clients ? options.clients(ref.region) : clients_createClients(ref.region);
            const result = await teardown_teardownStack({
                clients,
                ref,
                clock: options.clock ?? clock_realClock,
                log,
                pollMs: options.pollMs ?? limits_AWS_POLL_DELAYS.deleteMs,
                maxWaitMs: options.maxWaitMs ?? POST_MAX_WAIT_DELETE_SECONDS * 1000,
            });
            if (result.status === 'deleted')
                log.info(result.message);
            else
                log.warn(result.message);
            out.push({ ref, result });
        }
        catch (e) {
            const message = `Could not tear down stack '${ref.stackName}' (${ref.stackId}): ${(0,errors/* errorMessage */.g)(e)}. The scheduled janitor deletes it once its TTL passes.`;
            log.warn(message);
            out.push({ ref, result: { status: 'leaked', leaks: [], message } });
        }
    }
    return out;
}
/** `labgrade sandbox sweep`: delete stacks with our tags whose TTL has passed. */
async function sweep(options) {
    return sweepExpiredStacks({
        clients: options.clients ?? createClients(options.region),
        prefix: options.prefix,
        dryRun: options.dryRun,
        clock: options.clock ?? realClock,
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


/***/ })

};
