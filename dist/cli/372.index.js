export const id = 372;
export const ids = [372];
export const modules = {

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
