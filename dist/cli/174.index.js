export const id = 174;
export const ids = [174];
export const modules = {

/***/ 5695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GP: () => (/* binding */ deployable),
/* harmony export */   Mr: () => (/* binding */ KMS_TYPES),
/* harmony export */   _k: () => (/* binding */ notDeployed),
/* harmony export */   eu: () => (/* binding */ service),
/* harmony export */   qm: () => (/* binding */ allowedTypes),
/* harmony export */   wM: () => (/* binding */ AUTO_SCALING_TYPES)
/* harmony export */ });
/* unused harmony exports COMMON_TYPES, sandboxDeclarationProblems */
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
const AUTO_SCALING_TYPES = [
    'AWS::ApplicationAutoScaling::ScalableTarget',
    'AWS::ApplicationAutoScaling::ScalingPolicy',
];
const KMS_TYPES = ['AWS::KMS::Alias', 'AWS::KMS::Key'];
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


/***/ }),

/***/ 6434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $s: () => (/* binding */ describeMemory),
/* harmony export */   J_: () => (/* binding */ isValidPair),
/* harmony export */   Oh: () => (/* binding */ parseCpu),
/* harmony export */   Ol: () => (/* binding */ cpusForMemory),
/* harmony export */   P1: () => (/* binding */ nearestCpu),
/* harmony export */   P4: () => (/* binding */ describeCpus),
/* harmony export */   Pw: () => (/* binding */ parseMemory),
/* harmony export */   Rt: () => (/* binding */ sizeForCpu),
/* harmony export */   qi: () => (/* binding */ FARGATE_SIZES),
/* harmony export */   s_: () => (/* binding */ nearestMemory)
/* harmony export */ });
/* unused harmony export FARGATE_SIZES_SOURCE */
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


/***/ }),

/***/ 705:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ FARGATE_ON_DEMAND),
/* harmony export */   Q9: () => (/* binding */ INCLUDED_EPHEMERAL_GIB),
/* harmony export */   TZ: () => (/* binding */ EPHEMERAL_STORAGE_GB_HOUR),
/* harmony export */   mk: () => (/* binding */ FARGATE_SPOT_DISCOUNT),
/* harmony export */   nn: () => (/* binding */ PRICES_SOURCE),
/* harmony export */   x4: () => (/* binding */ HOURS_PER_MONTH)
/* harmony export */ });
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


/***/ }),

/***/ 9325:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ targetOf),
/* harmony export */   ES: () => (/* binding */ resources),
/* harmony export */   I9: () => (/* binding */ isIntrinsic),
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   KG: () => (/* binding */ literalBool),
/* harmony export */   RB: () => (/* binding */ referrers),
/* harmony export */   TB: () => (/* binding */ literalNumber),
/* harmony export */   Wi: () => (/* binding */ parameter),
/* harmony export */   Zc: () => (/* binding */ resource),
/* harmony export */   cR: () => (/* binding */ targetResource),
/* harmony export */   dc: () => (/* binding */ literalString),
/* harmony export */   eu: () => (/* binding */ literal),
/* harmony export */   ii: () => (/* binding */ referencesIn),
/* harmony export */   t8: () => (/* binding */ parameterValueType),
/* harmony export */   u4: () => (/* reexport safe */ _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__.u),
/* harmony export */   uG: () => (/* binding */ literalList),
/* harmony export */   w4: () => (/* binding */ attributeOf),
/* harmony export */   zA: () => (/* binding */ refersTo)
/* harmony export */ });
/* harmony import */ var _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1290);
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
            if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(resource))
                continue;
            list.push({
                name,
                resource,
                path: ['Resources', name],
                props: (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(resource.Properties) ? resource.Properties : {},
            });
        }
        index = { list, byName: new Map(list.map((r) => [r.name, r])) };
        ALL.set(t, index);
    }
    return index;
}
/** Resources in template order, optionally of one or more types. */
function resources(t, ...types) {
    const { list } = indexOf(t);
    return types.length ? list.filter((r) => types.includes(String(r.resource.Type))) : [...list];
}
function resource(t, name) {
    return indexOf(t).byName.get(name);
}
/** Safe property access along a path of keys and indexes. */
function get(value, path) {
    let cur = value;
    for (const seg of path) {
        if (typeof seg === 'number')
            cur = Array.isArray(cur) ? cur[seg] : undefined;
        else
            cur = (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(cur) ? cur[seg] : undefined;
        if (cur === undefined)
            return undefined;
    }
    return cur;
}
const INTRINSIC = /^(Ref|Condition|Fn::[A-Za-z]+)$/;
/** `{ "Ref": … }`, `{ "Fn::GetAtt": … }` and friends: a single-key object naming an intrinsic function. */
function isIntrinsic(v) {
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v))
        return false;
    const keys = Object.keys(v);
    return keys.length === 1 && INTRINSIC.test(keys[0]);
}
/** The logical id a value points at directly: `!Ref X`, `!GetAtt X.Attr`, or a Sub that is only `${X}`/`${X.Attr}`. */
function targetOf(v) {
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v))
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
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v))
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
        if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(cur))
            continue;
        const direct = targetOf(cur);
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
    const ref = (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v) && typeof v['Ref'] === 'string' ? v['Ref'] : undefined;
    if (ref && (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(t.Parameters?.[ref]) && t.Parameters[ref]['Default'] !== undefined) {
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
    if (r.known && typeof r.value === 'string' && (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(v))
        return r.value.split(',').map((s) => s.trim());
    return undefined;
}
/** The resource a value points at, if it points at a resource of this template. */
function targetResource(t, v) {
    const id = targetOf(v);
    return id ? resource(t, id) : undefined;
}
/** Resources whose properties refer to the named resource anywhere. */
function referrers(t, logicalId, ...types) {
    return resources(t, ...types).filter((r) => refersTo(r.resource.Properties, logicalId));
}
/** The parameter of this template with that logical id, if it declares one. */
function parameter(t, name) {
    const p = t.Parameters?.[name];
    if (!(0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(p))
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


/***/ }),

/***/ 5327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ actionMatches),
/* harmony export */   H9: () => (/* binding */ policyStatements),
/* harmony export */   Yn: () => (/* binding */ stringList),
/* harmony export */   yr: () => (/* binding */ policyDocument)
/* harmony export */ });
/* harmony import */ var _engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1290);
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
    const st = (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(document) ? document['Statement'] : undefined;
    if (Array.isArray(st))
        return st.flatMap((statement, index) => ((0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(statement) ? [{ statement, index }] : []));
    return (0,_engine_parsers_record_js__WEBPACK_IMPORTED_MODULE_0__/* .isRecord */ .u)(st) ? [{ statement: st, index: null }] : [];
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


/***/ })

};
