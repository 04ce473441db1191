export const id = 806;
export const ids = [806];
export const modules = {

/***/ 7806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LABS: () => (/* reexport */ labs.LABS),
  REGISTRY: () => (/* binding */ REGISTRY),
  RUBRICS: () => (/* reexport */ labs.RUBRICS),
  RULES: () => (/* binding */ RULES),
  findLab: () => (/* reexport */ labs.findLab),
  findRule: () => (/* binding */ findRule)
});

// EXTERNAL MODULE: ./graders/labs.ts + 21 modules
var labs = __webpack_require__(6959);
// EXTERNAL MODULE: ./graders/engine/define.ts
var engine_define = __webpack_require__(2793);
// EXTERNAL MODULE: ./graders/rules/lib/cloudformation.ts
var cloudformation = __webpack_require__(9325);
// EXTERNAL MODULE: ./graders/rules/auto-scaling/model.ts
var model = __webpack_require__(2408);
;// CONCATENATED MODULE: ./graders/rules/auto-scaling/scalable-target.ts
// SCL001: every REPLICA ECS service of the stack is registered with Application Auto Scaling: a scalable target in
// the 'ecs' namespace, on the 'ecs:service:DesiredCount' dimension, whose ResourceId names this stack's cluster and
// service ('service/<cluster name>/<service name>'). A ResourceId built from the service's ARN (`!Ref Service`) or a
// hard-coded name registers nothing that exists, and the stack fails or scales another stack's service.



const DOCS = 'https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-ecs.html';
/* harmony default export */ const scalable_target = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL001',
        name: 'scalable-target',
        target: 'cloudformation',
        severity: 'error',
        title: "Register the service as a scalable target of this stack's cluster",
        description: "Every REPLICA ECS service has an 'AWS::ApplicationAutoScaling::ScalableTarget' with 'ServiceNamespace: ecs', 'ScalableDimension: ecs:service:DesiredCount' and a 'ResourceId' of 'service/<cluster name>/<service name>' that resolves to this stack's cluster ('!Ref Cluster') and service ('!GetAtt Service.Name').",
        docsUrl: DOCS,
        evidence: ['Application Auto Scaling RegisterScalableTarget', 'REL07-BP01'],
        messages: {
            ...model/* scalingMessages */.WV,
            noTarget: "Service '{{service}}' has no Application Auto Scaling scalable target, so its task count never changes with load: it either pays for idle tasks or runs out of capacity. Add an 'AWS::ApplicationAutoScaling::ScalableTarget' with 'ServiceNamespace: ecs', 'ScalableDimension: ecs:service:DesiredCount' and \"ResourceId: !Sub 'service/{{cluster}}/{{name}}'\".",
            namespace: "Scalable target '{{target}}' has 'ServiceNamespace' {{value}}, but an ECS service is registered in the 'ecs' namespace; with any other namespace Application Auto Scaling looks for a different kind of resource and the target fails to register. Set 'ServiceNamespace: ecs'.",
            dimension: "Scalable target '{{target}}' has 'ScalableDimension' {{value}}; the only dimension of an ECS service is 'ecs:service:DesiredCount', the number of tasks. Set 'ScalableDimension: ecs:service:DesiredCount'.",
            resourceIdShape: "Scalable target '{{target}}' has 'ResourceId' '{{value}}', but an ECS service's resource id is 'service/<cluster name>/<service name>': three parts, starting with 'service'. Write \"!Sub 'service/{{cluster}}/{{name}}'\".",
            resourceIdCluster: "Scalable target '{{target}}' names the cluster '{{got}}' in its 'ResourceId', but service '{{service}}' runs in '{{want}}'. The id needs the cluster's name ('!Ref Cluster' returns it; an ARN or another cluster's name points at nothing). Write \"!Sub 'service/{{want}}/{{name}}'\".",
            resourceIdService: "Scalable target '{{target}}' names the service '{{got}}' in its 'ResourceId', which is not the name of service '{{service}}'. '!Ref' of an ECS service returns its ARN, not its name: use '{{want}}' ('!GetAtt {{service}}.Name'), as in \"!Sub 'service/{{cluster}}/{{want}}'\".",
            resourceIdForeign: "Scalable target '{{target}}' has 'ResourceId' {{value}}, which names no service of this stack: hard-coded names scale whatever service happens to have them, or nothing. Build it from this stack's resources: \"!Sub 'service/${Cluster}/${Service.Name}'\".",
            resourceIdUnknown: "Scalable target '{{target}}' builds its 'ResourceId' with something the grader does not follow ({{value}}), so it cannot tell which service is scaled. Build it with '!Sub' or '!Join' from '!Ref Cluster' and '!GetAtt Service.Name'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, model/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        let checks = 0;
        let failures = 0;
        for (const target of (0,model/* ecsTargets */.KC)(t)) {
            checks++;
            // One failed instance per target, however many of its properties are wrong.
            let bad = false;
            const fail = (...args) => {
                bad = true;
                ctx.report(...args);
            };
            const at = [...target.path, 'Properties'];
            const ns = target.props['ServiceNamespace'];
            if ((0,cloudformation/* literalString */.dc)(t, ns) !== model/* ECS_NAMESPACE */.OJ)
                fail('namespace', { target: target.name, value: (0,model/* quote */.hD)(ns) }, [...at, 'ServiceNamespace']);
            const dim = target.props['ScalableDimension'];
            if ((0,cloudformation/* literalString */.dc)(t, dim) !== model/* ECS_DIMENSION */.D7)
                fail('dimension', { target: target.name, value: (0,model/* quote */.hD)(dim) }, [...at, 'ScalableDimension']);
            const rid = target.props['ResourceId'];
            const svc = (0,model/* intendedService */.Nk)(t, rid);
            const ridAt = [...at, 'ResourceId'];
            if (!svc)
                fail('resourceIdForeign', { target: target.name, value: (0,model/* quote */.hD)(rid) }, ridAt);
            else {
                const cluster = (0,model/* renderForm */.rk)((0,model/* clusterNameForms */.jp)(t, svc)?.[0] ?? { ref: 'Cluster' });
                const name = (0,model/* renderForm */.rk)((0,model/* serviceNameForms */.O1)(t, svc)[0]);
                const judged = (0,model/* judgeResourceId */.Tt)(t, rid, svc);
                const base = { target: target.name, service: svc.name, cluster, name };
                if (judged.kind === 'unknown')
                    fail('resourceIdUnknown', { ...base, value: (0,model/* quote */.hD)(rid) }, ridAt);
                else if (judged.kind === 'shape')
                    fail('resourceIdShape', { ...base, value: judged.got }, ridAt);
                else if (judged.kind === 'cluster')
                    fail('resourceIdCluster', { ...base, got: judged.got, want: judged.want }, ridAt);
                else if (judged.kind === 'service')
                    fail('resourceIdService', { ...base, got: judged.got, want: judged.want }, ridAt);
            }
            if (bad)
                failures++;
        }
        for (const svc of (0,model/* replicaServices */.PS)(t)) {
            if ((0,model/* targetsOf */.QR)(t, svc).length > 0)
                continue;
            checks++;
            failures++;
            const cluster = (0,model/* renderForm */.rk)((0,model/* clusterNameForms */.jp)(t, svc)?.[0] ?? { ref: 'Cluster' });
            const name = (0,model/* renderForm */.rk)((0,model/* serviceNameForms */.O1)(t, svc)[0]);
            ctx.report('noTarget', { service: svc.name, cluster, name }, svc.path);
        }
        if (checks === 0)
            ctx.notApplicable(`no REPLICA service and no ${model/* SCALABLE_TARGET */.QM}`);
        else
            ctx.tally(checks, failures);
    },
}));

// EXTERNAL MODULE: ./graders/engine/plural.ts
var plural = __webpack_require__(5792);
;// CONCATENATED MODULE: ./graders/rules/auto-scaling/scaling-capacity.ts
// SCL002: the capacity an ECS scalable target allows. MinCapacity is the floor scale-in never goes below, so it
// is what keeps two tasks in two Availability Zones at three in the morning; MaxCapacity is the ceiling, the
// cost a bad deploy or a flood of requests can run up. A ceiling at or below the floor leaves nothing to scale.



const MIN_TASKS = 2;
/**
 * A ceiling above this many tasks for one lab service is a typo or no ceiling at all (ECS allows 5,000 tasks a
 * service): MaxCapacity is the cost limit, so it should be a number someone chose.
 */
const MAX_SENSIBLE_TASKS = 100;
/* harmony default export */ const scaling_capacity = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL002',
        name: 'scaling-capacity',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep at least two tasks and a deliberate ceiling',
        description: `Every ECS scalable target sets 'MinCapacity' to at least ${MIN_TASKS}, so scale-in never leaves one task in one Availability Zone, and 'MaxCapacity' above 'MinCapacity' (room to scale) and at most ${MAX_SENSIBLE_TASKS} (a cost ceiling someone chose).`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-auto-scaling.html',
        evidence: ['Application Auto Scaling RegisterScalableTarget', 'REL10-BP01', 'REL07-BP03'],
        messages: {
            minTooLow: `Scalable target '{{target}}' has 'MinCapacity' {{min}}, so scale-in can leave {{tasks}}: one task failure or one Availability Zone outage then stops the service. Set 'MinCapacity: ${MIN_TASKS}' or more.`,
            maxNotAboveMin: "Scalable target '{{target}}' has 'MaxCapacity' {{max}} and 'MinCapacity' {{min}}, so there is no room to scale out and every scaling policy does nothing. Set 'MaxCapacity' above {{min}}, to the most tasks you are willing to pay for at peak.",
            maxTooHigh: `Scalable target '{{target}}' has 'MaxCapacity' {{max}}: a runaway policy or a flood of requests could run that many tasks, and bill for them. Set the ceiling to the peak you expect plus headroom, at most ${MAX_SENSIBLE_TASKS}.`,
            unknown: "Scalable target '{{target}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a Default.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const targets = (0,model/* ecsTargets */.KC)(t);
        if (targets.length === 0) {
            ctx.notApplicable('no ECS scalable target');
            return;
        }
        let failures = 0;
        for (const target of targets) {
            const at = [...target.path, 'Properties'];
            const { min, max } = (0,model/* capacityOf */.A$)(t, target);
            const before = failures;
            if (min === undefined) {
                failures++;
                ctx.report('unknown', { target: target.name, property: 'MinCapacity' }, [...at, 'MinCapacity']);
            }
            else if (min < MIN_TASKS) {
                failures++;
                ctx.report('minTooLow', { target: target.name, min, tasks: (0,plural/* countNoun */.y)(min, 'task') }, [
                    ...at,
                    'MinCapacity',
                ]);
            }
            if (max === undefined) {
                failures++;
                ctx.report('unknown', { target: target.name, property: 'MaxCapacity' }, [...at, 'MaxCapacity']);
            }
            else if (min !== undefined && max <= min) {
                failures++;
                ctx.report('maxNotAboveMin', { target: target.name, min, max }, [...at, 'MaxCapacity']);
            }
            else if (max > MAX_SENSIBLE_TASKS) {
                failures++;
                ctx.report('maxTooHigh', { target: target.name, max }, [...at, 'MaxCapacity']);
            }
            if (failures > before)
                failures = before + 1;
        }
        ctx.tally(targets.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/cpu-target-tracking.ts
// SCL003: every REPLICA ECS service has a target-tracking policy on its average CPU utilization, attached to the
// service's scalable target, with a target a busy service can hold. The predefined metric
// 'ECSServiceAverageCPUUtilization' is the usual form; a customized metric on AWS/ECS 'CPUUtilization' (Average)
// whose dimensions name this stack's cluster and service tracks the same number and is accepted too.



const CPU_TARGET_RANGE = { min: 10, max: 90 };
/** Whether a policy tracks the service's CPU: the predefined metric, or the same metric customized. */
function tracksCpu(t, p) {
    if ((0,model/* predefinedMetric */.lb)(t, p) === model/* CPU_METRIC */.mH)
        return true;
    const custom = (0,cloudformation/* get */.Jt)((0,model/* targetTrackingConfig */.n2)(p), ['CustomizedMetricSpecification']);
    return ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(custom, ['MetricName'])) === 'CPUUtilization' &&
        (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(custom, ['Namespace'])) === 'AWS/ECS');
}
/* harmony default export */ const cpu_target_tracking = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL003',
        name: 'cpu-target-tracking',
        target: 'cloudformation',
        severity: 'error',
        title: "Track the service's average CPU with a target-tracking policy",
        description: `Every REPLICA ECS service has a 'TargetTrackingScaling' policy on 'ECSServiceAverageCPUUtilization' (or the same metric, AWS/ECS 'CPUUtilization' averaged over this service, customized), attached to its scalable target, with a 'TargetValue' from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max} percent.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling-targettracking.html',
        evidence: ['Application Auto Scaling PredefinedMetricSpecification', 'REL07-BP01', 'REL07-BP03'],
        messages: {
            ...model/* scalingMessages */.WV,
            missing: "Service '{{service}}' has no target-tracking policy on its CPU, so it does not add tasks when they get busy or remove them when they idle. Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: TargetTrackingScaling', 'ScalingTargetId' of the service's scalable target and 'PredefinedMetricType: ECSServiceAverageCPUUtilization'.",
            detached: "Scaling policy '{{policy}}' tracks CPU but is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
            policyType: "Scaling policy '{{policy}}' has a target-tracking configuration but 'PolicyType' {{value}}, so Application Auto Scaling ignores that configuration. Set 'PolicyType: TargetTrackingScaling'.",
            targetValue: `Scaling policy '{{policy}}' keeps CPU at {{value}}%: above ${CPU_TARGET_RANGE.max}% leaves no headroom while new tasks start, and below ${CPU_TARGET_RANGE.min}% pays for tasks that mostly idle. Choose a 'TargetValue' from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max}, such as 60.`,
            targetUnknown: "Scaling policy '{{policy}}' sets 'TargetValue' to a value decided at deploy time, so the grader cannot check it. Write the percentage, or give its parameter a Default.",
            dimensions: "Scaling policy '{{policy}}' tracks a customized CPU metric whose '{{name}}' dimension is '{{got}}' where this stack's service needs '{{want}}', so it follows another service's load, or none. Set the dimension's Value to '{{want}}', or use 'PredefinedMetricType: ECSServiceAverageCPUUtilization'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, model/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        (0,model/* judgeServicePolicies */.zH)(ctx, t, (0,model/* policies */.R3)(t).filter((p) => tracksCpu(t, p)), (p, svc) => judge(t, p, svc));
        function judge(t, p, svc) {
            const out = [];
            if (p.type !== 'TargetTrackingScaling')
                out.push([
                    'policyType',
                    { policy: p.r.name, value: (0,model/* quote */.hD)(p.r.props['PolicyType']) },
                    [...(0,model/* policyPath */.k1)(p, 'PolicyType')],
                ]);
            const raw = (0,model/* targetTrackingConfig */.n2)(p)?.['TargetValue'];
            const value = (0,cloudformation/* literalNumber */.TB)(t, raw);
            const at = [...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
            if (value === undefined)
                out.push(['targetUnknown', { policy: p.r.name }, at]);
            else if (value < CPU_TARGET_RANGE.min || value > CPU_TARGET_RANGE.max)
                out.push(['targetValue', { policy: p.r.name, value }, at]);
            if ((0,model/* predefinedMetric */.lb)(t, p) !== model/* CPU_METRIC */.mH) {
                const dims = (0,cloudformation/* get */.Jt)((0,model/* targetTrackingConfig */.n2)(p), ['CustomizedMetricSpecification', 'Dimensions']);
                for (const d of (0,model/* judgeServiceDimensions */.m5)(t, dims, svc))
                    out.push([
                        'dimensions',
                        { policy: p.r.name, ...d },
                        [...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration', 'CustomizedMetricSpecification')],
                    ]);
            }
            return out;
        }
    },
}));

// EXTERNAL MODULE: ./graders/rules/ecs-service/util/service.ts
var service = __webpack_require__(7121);
;// CONCATENATED MODULE: ./graders/rules/lib/load-balancer-name.ts

const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
/**
 * The load balancer whose ARN part `index` a value selects: `!Select [index, !Split ['/', !Ref X]]`, where X is a
 * load balancer (`arn:…:loadbalancer/app/<name>/<id>`) or a listener of one in this template
 * (`arn:…:listener/app/<name>/<id>/<listener-id>`). Parts 1 to 3 of either are the load balancer's full name.
 */
function arnPartOf(t, v, index) {
    const sel = (0,cloudformation/* isRecord */.u4)(v) ? v['Fn::Select'] : undefined;
    if (!Array.isArray(sel) || sel.length !== 2 || String(sel[0]) !== String(index))
        return undefined;
    const split = (0,cloudformation/* isRecord */.u4)(sel[1]) ? sel[1]['Fn::Split'] : undefined;
    if (!Array.isArray(split) || split[0] !== '/' || !(0,cloudformation/* isRecord */.u4)(split[1]))
        return undefined;
    const ref = split[1]['Ref'];
    if (typeof ref !== 'string')
        return undefined;
    const r = (0,cloudformation/* resource */.Zc)(t, ref);
    if (r?.resource.Type === LOAD_BALANCER)
        return ref;
    if (r?.resource.Type !== LISTENER || !(0,cloudformation/* isRecord */.u4)(r.props['LoadBalancerArn']))
        return undefined;
    const lb = r.props['LoadBalancerArn']['Ref'];
    return typeof lb === 'string' && (0,cloudformation/* resource */.Zc)(t, lb)?.resource.Type === LOAD_BALANCER ? lb : undefined;
}
/**
 * The value with every `part 1 / part 2 / part 3` of one load balancer's (or its listener's) ARN read as
 * `!GetAtt LB.LoadBalancerFullName`; anything else is left as written, so a wrong selection (parts 2 to 4, another
 * separator) still reads as something the grader does not follow. A join that was only that name becomes the GetAtt
 * itself.
 */
function foldLoadBalancerFullName(t, raw) {
    const join = (0,cloudformation/* isRecord */.u4)(raw) ? raw['Fn::Join'] : undefined;
    if (!Array.isArray(join) || typeof join[0] !== 'string' || !Array.isArray(join[1]))
        return raw;
    const sep = join[0];
    const flat = join[1].flatMap((part, i) => (i > 0 && sep !== '' ? [sep, part] : [part]));
    const out = [];
    let folded = false;
    for (let i = 0; i < flat.length; i++) {
        const lb = arnPartOf(t, flat[i], 1);
        if (lb !== undefined &&
            flat[i + 1] === '/' &&
            arnPartOf(t, flat[i + 2], 2) === lb &&
            flat[i + 3] === '/' &&
            arnPartOf(t, flat[i + 4], 3) === lb) {
            out.push({ 'Fn::GetAtt': [lb, 'LoadBalancerFullName'] });
            folded = true;
            i += 4;
        }
        else
            out.push(flat[i]);
    }
    if (!folded)
        return raw;
    return out.length === 1 ? out[0] : { 'Fn::Join': ['', out] };
}

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/request-count-tracking.ts
// SCL004: every load-balanced REPLICA ECS service has a target-tracking policy on 'ALBRequestCountPerTarget', whose
// 'ResourceLabel' names this stack's load balancer and the target group the service registers in:
// '<LoadBalancerFullName>/<TargetGroupFullName>', which is 'app/<lb>/<id>/targetgroup/<tg>/<id>'. ARNs ('!Ref'),
// short names or hard-coded labels name a metric that does not exist, so the policy never scales.
// The CDK's spelling of the load balancer's full name (from its listener's ARN) reads as the same name
// (lib/load-balancer-name.ts).





const LB_ATTR = 'LoadBalancerFullName';
const TG_ATTR = 'TargetGroupFullName';
/** The target groups a service registers its tasks in (its `LoadBalancers` entries). */
function servedTargetGroups(t, svc) {
    const entries = (0,service/* loadBalancerEntries */.TF)(svc);
    return (0,cloudformation/* resources */.ES)(t, model/* TARGET_GROUP */._4).filter((tg) => entries.some(({ entry }) => (0,cloudformation/* refersTo */.zA)(entry['TargetGroupArn'], tg.name)));
}
/** Whether a listener of the load balancer (or a rule of such a listener) sends traffic to the target group. */
function routesTo(t, lb, tg) {
    const listeners = (0,cloudformation/* resources */.ES)(t, model/* LISTENER */.Z).filter((l) => (0,cloudformation/* refersTo */.zA)(l.props['LoadBalancerArn'], lb));
    if (listeners.some((l) => (0,cloudformation/* refersTo */.zA)(l.props['DefaultActions'], tg)))
        return true;
    return (0,cloudformation/* resources */.ES)(t, model/* LISTENER_RULE */.EP).some((r) => (0,cloudformation/* refersTo */.zA)(r.props['Actions'], tg) && listeners.some((l) => (0,cloudformation/* refersTo */.zA)(r.props['ListenerArn'], l.name)));
}
function refTo(tokens, type, t) {
    return tokens.find((x) => 'ref' in x && (0,cloudformation/* resource */.Zc)(t, x.ref)?.resource.Type === type);
}
function judge(t, p, svc) {
    const out = [];
    const policy = p.r.name;
    if (p.type !== 'TargetTrackingScaling')
        out.push([
            'policyType',
            { policy, value: (0,model/* quote */.hD)(p.r.props['PolicyType']) },
            [...(0,model/* policyPath */.k1)(p, 'PolicyType')],
        ]);
    const config = (0,model/* targetTrackingConfig */.n2)(p);
    const valueAt = [...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
    const value = (0,cloudformation/* literalNumber */.TB)(t, config?.['TargetValue']);
    if (value === undefined)
        out.push(['targetUnknown', { policy }, valueAt]);
    else if (value <= 0)
        out.push(['targetValue', { policy, value }, valueAt]);
    const labelAt = [
        ...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration', 'PredefinedMetricSpecification', 'ResourceLabel'),
    ];
    const raw = config?.['PredefinedMetricSpecification']?.['ResourceLabel'];
    const served = servedTargetGroups(t, svc);
    const tgName = served[0]?.name ?? 'TargetGroup';
    const lbName = (0,cloudformation/* resources */.ES)(t, model/* LOAD_BALANCER */.E5)[0]?.name ?? 'LoadBalancer';
    const want = `\${${lbName}.${LB_ATTR}}/\${${tgName}.${TG_ATTR}}`;
    if (raw === undefined) {
        out.push(['labelMissing', { policy, want }, labelAt]);
        return out;
    }
    const tokens = (0,model/* tokensOf */.k8)(foldLoadBalancerFullName(t, raw));
    if (!tokens) {
        out.push(['labelUnknown', { policy, value: (0,model/* quote */.hD)(raw), want }, labelAt]);
        return out;
    }
    const got = (0,model/* renderTokens */.lX)(tokens);
    if (tokens.every((x) => 'text' in x)) {
        out.push(['labelLiteral', { policy, value: got, want }, labelAt]);
        return out;
    }
    const lb = refTo(tokens, model/* LOAD_BALANCER */.E5, t);
    const tg = refTo(tokens, model/* TARGET_GROUP */._4, t);
    for (const [ref, attr] of [
        [lb, LB_ATTR],
        [tg, TG_ATTR],
    ]) {
        if (ref && ref.attr !== attr)
            out.push([
                'labelAttribute',
                {
                    policy,
                    got: ref.attr ? `!GetAtt ${ref.ref}.${ref.attr}` : `!Ref ${ref.ref}`,
                    want: `!GetAtt ${ref.ref}.${attr}`,
                    attr,
                },
                labelAt,
            ]);
    }
    if (out.some(([id]) => id === 'labelAttribute'))
        return out;
    const shapeOk = lb !== undefined &&
        tg !== undefined &&
        tokens.length === 3 &&
        tokens[0] === lb &&
        tokens[2] === tg &&
        'text' in tokens[1] &&
        tokens[1].text === '/';
    if (!shapeOk) {
        out.push(['labelShape', { policy, value: got, want }, labelAt]);
        return out;
    }
    if (!served.some((s) => s.name === tg.ref))
        out.push(['targetGroupNotServed', { policy, targetGroup: tg.ref, service: svc.name }, labelAt]);
    else if (!routesTo(t, lb.ref, tg.ref))
        out.push(['targetGroupNotRouted', { policy, targetGroup: tg.ref, loadBalancer: lb.ref }, labelAt]);
    return out;
}
/* harmony default export */ const request_count_tracking = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL004',
        name: 'request-count-tracking',
        target: 'cloudformation',
        severity: 'error',
        title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
        description: "Every load-balanced REPLICA ECS service has a 'TargetTrackingScaling' policy on 'ALBRequestCountPerTarget', attached to its scalable target, with a positive 'TargetValue' and a 'ResourceLabel' of '!Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]' (or the same with '!Sub', or the load balancer's full name taken from its listener's ARN as the CDK writes it), where the target group is the one the service registers in and a listener of that load balancer forwards to it.",
        docsUrl: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html',
        evidence: ['Application Auto Scaling PredefinedMetricSpecification.ResourceLabel', 'REL07-BP01'],
        messages: {
            ...model/* scalingMessages */.WV,
            notLoadBalanced: "Service '{{service}}' is not attached to a target group ('LoadBalancers'), so there is no request count per target to scale on. Attach it to the load balancer's target group first.",
            missing: "Service '{{service}}' has no target-tracking policy on 'ALBRequestCountPerTarget'. CPU alone reacts late to a service that waits on I/O; requests per task measure the load directly. Add a 'TargetTrackingScaling' policy with 'PredefinedMetricType: ALBRequestCountPerTarget' and a 'ResourceLabel'.",
            detached: "Scaling policy '{{policy}}' tracks requests per target but is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
            policyType: "Scaling policy '{{policy}}' has a target-tracking configuration but 'PolicyType' {{value}}, so Application Auto Scaling ignores that configuration. Set 'PolicyType: TargetTrackingScaling'.",
            targetValue: "Scaling policy '{{policy}}' aims at {{value}} requests per target; the target must be a positive number of requests a task can serve in a minute. Measure one task (a load test) and set 'TargetValue' a little below what it sustains.",
            targetUnknown: "Scaling policy '{{policy}}' sets 'TargetValue' to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a Default.",
            labelMissing: "Scaling policy '{{policy}}' tracks 'ALBRequestCountPerTarget' without a 'ResourceLabel', which this metric requires: it says which load balancer and target group to count. Add \"ResourceLabel: !Sub '{{want}}'\".",
            labelUnknown: "Scaling policy '{{policy}}' builds its 'ResourceLabel' with something the grader does not follow ({{value}}), so it cannot tell which target group is counted. Write \"!Sub '{{want}}'\".",
            labelLiteral: "Scaling policy '{{policy}}' has the hard-coded 'ResourceLabel' '{{value}}'. The ids in a label are generated when the load balancer and target group are created, so a written-out label names another stack's resources or none, and the policy never sees a request. Build it from this stack's resources: \"!Sub '{{want}}'\".",
            labelAttribute: "Scaling policy '{{policy}}' builds its 'ResourceLabel' from '{{got}}', which is not the '{{attr}}' the label needs ('!Ref' returns an ARN, and the short name lacks the 'app/' or 'targetgroup/' prefix and id). Use '{{want}}'.",
            labelShape: "Scaling policy '{{policy}}' has 'ResourceLabel' '{{value}}', but the label is the load balancer's full name, a '/', then the target group's full name, nothing else. Write \"!Sub '{{want}}'\".",
            targetGroupNotServed: "Scaling policy '{{policy}}' counts requests to target group '{{targetGroup}}', but service '{{service}}' does not register its tasks there, so the count says nothing about its load. Label the target group named in the service's 'LoadBalancers'.",
            targetGroupNotRouted: "Scaling policy '{{policy}}' counts requests that load balancer '{{loadBalancer}}' sends to target group '{{targetGroup}}', but no listener of that load balancer forwards to it, so the metric stays empty. Label the load balancer whose listener forwards to the target group.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, model/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        (0,model/* judgeServicePolicies */.zH)(ctx, t, (0,model/* policies */.R3)(t).filter((p) => (0,model/* predefinedMetric */.lb)(t, p) === model/* REQUEST_METRIC */.j8), (p, svc) => judge(t, p, svc), (svc, anyDetached) => {
            if (servedTargetGroups(t, svc).length === 0 && !Array.isArray(svc.props['LoadBalancers']))
                ctx.report('notLoadBalanced', { service: svc.name }, svc.path);
            else if (!anyDetached)
                ctx.report('missing', { service: svc.name }, svc.path);
        });
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/scaling-cooldowns.ts
// SCL005: every target-tracking policy of an ECS service states both cooldowns, with scale-out shorter than
// scale-in: add tasks quickly when load rises, remove them slowly so a dip between two peaks does not throw away
// capacity that is needed a minute later. Left out, both default to 300 seconds for ECS (Application Auto Scaling
// API, TargetTrackingScalingPolicyConfiguration), which is slow to react to a spike.



/** An hour: a cooldown longer than that stops a policy reacting to anything within the hour. */
const MAX_COOLDOWN_SECONDS = 3600;
/* harmony default export */ const scaling_cooldowns = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL005',
        name: 'scaling-cooldowns',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Scale out faster than you scale in',
        description: `Every target-tracking policy of an ECS service sets 'ScaleOutCooldown' and 'ScaleInCooldown' (both default to 300 seconds for ECS), each from 0 to ${MAX_COOLDOWN_SECONDS} seconds, with scale-out shorter than scale-in.`,
        docsUrl: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_TargetTrackingScalingPolicyConfiguration.html',
        evidence: ['Application Auto Scaling TargetTrackingScalingPolicyConfiguration', 'REL07-BP01'],
        messages: {
            noPolicies: 'The template has no target-tracking scaling policy for an ECS service, so there are no cooldowns to tune yet. Add the CPU and request-count policies first.',
            missing: "Scaling policy '{{policy}}' does not set {{missing}}, so the ECS default of 300 seconds applies, not a choice you made. Set 'ScaleOutCooldown' short (such as 60) so tasks are added quickly, and 'ScaleInCooldown' longer (such as 300) so they are removed carefully.",
            unknown: "Scaling policy '{{policy}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number of seconds.",
            outNotShorter: "Scaling policy '{{policy}}' waits {{out}} seconds between scale-outs and {{in}} between scale-ins. Scaling out must be the faster of the two: a service that sheds tasks quickly and adds them slowly drops requests at every spike. Make 'ScaleOutCooldown' shorter than 'ScaleInCooldown' (for example 60 and 300).",
            outOfRange: `Scaling policy '{{policy}}' sets '{{property}}' to {{value}} seconds; a cooldown is from 0 to ${MAX_COOLDOWN_SECONDS} seconds, since a longer one stops the policy reacting for over an hour. Choose a value in that range.`,
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tracked = (0,model/* policies */.R3)(t).filter((p) => p.service && (0,model/* targetTrackingConfig */.n2)(p));
        if (tracked.length === 0) {
            ctx.report('noPolicies', {}, ['Resources']);
            return;
        }
        let failures = 0;
        for (const p of tracked) {
            const config = (0,model/* targetTrackingConfig */.n2)(p);
            const at = (prop) => [...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration', prop)];
            const absent = ['ScaleOutCooldown', 'ScaleInCooldown'].filter((k) => config[k] === undefined);
            if (absent.length > 0)
                ctx.report('missing', { policy: p.r.name, missing: absent.map((k) => `'${k}'`).join(' or ') }, [
                    ...(0,model/* policyPath */.k1)(p, 'TargetTrackingScalingPolicyConfiguration'),
                ]);
            const read = (property) => {
                const raw = config[property];
                if (raw === undefined)
                    return null;
                const n = (0,cloudformation/* literalNumber */.TB)(t, raw);
                if (n === undefined)
                    ctx.report('unknown', { policy: p.r.name, property }, at(property));
                else if (n < 0 || n > MAX_COOLDOWN_SECONDS)
                    ctx.report('outOfRange', { policy: p.r.name, property, value: n }, at(property));
                else
                    return n;
                return null;
            };
            const out = read('ScaleOutCooldown');
            const inn = read('ScaleInCooldown');
            if (out === null || inn === null) {
                failures++;
                continue;
            }
            if (out >= inn) {
                failures++;
                ctx.report('outNotShorter', { policy: p.r.name, out, in: inn }, at('ScaleOutCooldown'));
            }
        }
        ctx.tally(tracked.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/lib/alarms.ts

const ALARM = 'AWS::CloudWatch::Alarm';
/** The metrics an alarm watches: its own metric, or each MetricStat of a metric-math alarm, with their paths. */
function alarmMetrics(alarm) {
    const at = [...alarm.path, 'Properties'];
    if (alarm.props['MetricName'] !== undefined)
        return [
            {
                namespace: alarm.props['Namespace'],
                metricName: alarm.props['MetricName'],
                dimensions: alarm.props['Dimensions'],
                path: [...at, 'Dimensions'],
            },
        ];
    const metrics = alarm.props['Metrics'];
    if (!Array.isArray(metrics))
        return [];
    return metrics.flatMap((m, i) => {
        const metric = (0,cloudformation/* get */.Jt)(m, ['MetricStat', 'Metric']);
        if (!(0,cloudformation/* isRecord */.u4)(metric))
            return [];
        return [
            {
                namespace: metric['Namespace'],
                metricName: metric['MetricName'],
                dimensions: metric['Dimensions'],
                path: [...at, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
            },
        ];
    });
}
/** The value of the named dimension in a `[{ Name, Value }]` list, or undefined when it is absent. */
function dimensionValue(t, dimensions, name) {
    if (!Array.isArray(dimensions))
        return undefined;
    return dimensions.find((d) => (0,cloudformation/* isRecord */.u4)(d) && (0,cloudformation/* literalString */.dc)(t, d['Name']) === name)?.['Value'];
}

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/step-scaling-alarm.ts
// SCL006: every REPLICA ECS service has a step-scaling policy (attached to its scalable target, with step
// adjustments) that a CloudWatch alarm invokes through 'AlarmActions', and the alarm watches this service: its
// metric's 'ClusterName' and 'ServiceName' dimensions resolve to this stack's cluster and service. An alarm on
// hard-coded names watches another stack's service, or a metric that does not exist, and never fires.




/** Whether the step configuration has at least one step adjustment. */
function hasSteps(p) {
    const steps = (0,cloudformation/* get */.Jt)(p.r.props, ['StepScalingPolicyConfiguration', 'StepAdjustments']);
    return Array.isArray(steps) && steps.length > 0;
}
function step_scaling_alarm_judge(t, p, svc) {
    const out = [];
    const policy = p.r.name;
    if (!hasSteps(p))
        out.push(['noSteps', { policy }, [...(0,model/* policyPath */.k1)(p, 'StepScalingPolicyConfiguration')]]);
    const alarms = (0,cloudformation/* resources */.ES)(t, model/* ALARM */._$).filter((a) => (0,cloudformation/* refersTo */.zA)(a.props['AlarmActions'], p.r.name));
    if (alarms.length === 0) {
        out.push(['noAlarm', { policy }, [...(0,model/* policyPath */.k1)(p)]]);
        return out;
    }
    // One alarm that watches this service is enough; report the first alarm's problems otherwise.
    const judged = alarms.map((alarm) => {
        const problems = [];
        const metrics = alarmMetrics(alarm);
        const ecs = metrics.filter((m) => (0,cloudformation/* literalString */.dc)(t, m.namespace) === 'AWS/ECS');
        if (ecs.length === 0) {
            problems.push([
                'alarmNamespace',
                {
                    alarm: alarm.name,
                    policy,
                    value: metrics.length ? String((0,cloudformation/* literalString */.dc)(t, metrics[0].namespace) ?? 'computed') : 'none',
                },
                [...alarm.path, 'Properties'],
            ]);
            return problems;
        }
        const best = ecs
            .map((m) => ({ m, problems: (0,model/* judgeServiceDimensions */.m5)(t, m.dimensions, svc) }))
            .sort((a, b) => a.problems.length - b.problems.length)[0];
        for (const d of best.problems)
            problems.push(['alarmDimension', { alarm: alarm.name, policy, service: svc.name, ...d }, best.m.path]);
        return problems;
    });
    if (!judged.some((list) => list.length === 0))
        out.push(...judged[0]);
    return out;
}
/* harmony default export */ const step_scaling_alarm = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL006',
        name: 'step-scaling-alarm',
        target: 'cloudformation',
        severity: 'error',
        title: 'Drive a step-scaling policy from an alarm on this service',
        description: "Every REPLICA ECS service has a 'StepScaling' policy with step adjustments, attached to its scalable target, that a CloudWatch alarm names in 'AlarmActions'; the alarm watches an AWS/ECS metric whose 'ClusterName' and 'ServiceName' dimensions resolve to this stack's cluster ('!Ref Cluster') and service ('!GetAtt Service.Name').",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-autoscaling-stepscaling.html',
        evidence: [
            'Application Auto Scaling StepScalingPolicyConfiguration',
            'CloudWatch PutMetricAlarm AlarmActions',
        ],
        messages: {
            ...model/* scalingMessages */.WV,
            missing: "Service '{{service}}' has no step-scaling policy, so nothing adds tasks in bigger jumps when a spike breaches an alarm. Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: StepScaling', the service's scalable target and a 'StepScalingPolicyConfiguration', and an alarm that invokes it.",
            detached: "Step-scaling policy '{{policy}}' is attached to no scalable target of this stack's services ('ScalingTargetId' {{value}}), so the alarm that invokes it scales nothing. Set \"ScalingTargetId: !Ref\" the service's scalable target.",
            noSteps: "Step-scaling policy '{{policy}}' has no 'StepAdjustments', so when its alarm fires it has nothing to apply. Add at least one, such as '{ MetricIntervalLowerBound: 0, ScalingAdjustment: 2 }' with 'AdjustmentType: ChangeInCapacity'.",
            noAlarm: "Step-scaling policy '{{policy}}' is named in no CloudWatch alarm's 'AlarmActions', so nothing ever invokes it. Add an 'AWS::CloudWatch::Alarm' on the service's metric with \"AlarmActions: [!Ref {{policy}}]\".",
            alarmNamespace: "Alarm '{{alarm}}' invokes '{{policy}}' but watches a metric in namespace '{{value}}', not 'AWS/ECS', so it does not measure the service it scales. Watch an AWS/ECS metric such as 'CPUUtilization' with the service's 'ClusterName' and 'ServiceName' dimensions.",
            alarmDimension: "Alarm '{{alarm}}' invokes '{{policy}}', but its '{{name}}' dimension is '{{got}}' where service '{{service}}' of this stack needs '{{want}}'. An alarm on another name watches another service's metric, or one that does not exist, and never fires. Set the dimension's Value to '{{want}}'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, model/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        const steps = (0,model/* policies */.R3)(t).filter((p) => p.type === 'StepScaling' || p.r.props['StepScalingPolicyConfiguration'] !== undefined);
        (0,model/* judgeServicePolicies */.zH)(ctx, t, steps, (p, svc) => step_scaling_alarm_judge(t, p, svc));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/desired-count-scaling.ts
// SCL007: once Application Auto Scaling owns a service's task count, the template's DesiredCount must not fight
// it. CloudFormation sends DesiredCount whenever a stack update changes the service, so an update sets the count back
// to the template's number, whatever the scaler had chosen; outside [MinCapacity, MaxCapacity] the scaler then pulls
// it back again. Leaving DesiredCount out (CloudFormation starts a new service at its default and keeps the
// current count on updates) or keeping it within the bounds is accepted.



/* harmony default export */ const desired_count_scaling = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCL007',
        name: 'desired-count-scaling',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Leave the task count to the scaler',
        description: "A service with an ECS scalable target leaves out 'DesiredCount' (CloudFormation then keeps the current count on updates) or sets it within the target's 'MinCapacity' and 'MaxCapacity', so a stack update and the scaler do not pull the count in opposite directions.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount',
        evidence: ['AWS::ECS::Service DesiredCount', 'Application Auto Scaling RegisterScalableTarget'],
        messages: {
            outside: "Service '{{service}}' sets 'DesiredCount' {{count}}, outside the {{min}}–{{max}} tasks its scalable target '{{target}}' allows. Every stack update that changes the service (a new image, say) sets the count to {{count}} and the scaler then pulls it back into range: needless task churn, or a service that briefly runs below its floor. Leave 'DesiredCount' out, so CloudFormation keeps whatever count the scaler chose.",
            unknown: "Service '{{service}}' sets 'DesiredCount' to a value decided at deploy time, so the grader cannot compare it with the scalable target's bounds. Leave 'DesiredCount' out, or write a number within them.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        let checked = 0;
        let failures = 0;
        for (const svc of (0,model/* replicaServices */.PS)(t)) {
            const target = (0,model/* targetsOf */.QR)(t, svc)[0];
            if (!target)
                continue;
            checked++;
            const raw = svc.props['DesiredCount'];
            if (raw === undefined)
                continue;
            const at = [...svc.path, 'Properties', 'DesiredCount'];
            const count = (0,cloudformation/* literalNumber */.TB)(t, raw);
            const { min, max } = (0,model/* capacityOf */.A$)(t, target);
            if (count === undefined) {
                failures++;
                ctx.report('unknown', { service: svc.name }, at);
            }
            else if ((min !== undefined && count < min) || (max !== undefined && count > max)) {
                failures++;
                ctx.report('outside', { service: svc.name, count, min: min ?? '?', max: max ?? '?', target: target.name }, at);
            }
        }
        if (checked === 0)
            ctx.notApplicable('no service has an ECS scalable target');
        else
            ctx.tally(checked, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/index.ts
// ECS service auto scaling rules (prefix SCL) for CloudFormation templates, sorted by id: the scalable target,
// its capacity, target-tracking and step-scaling policies, cooldowns, and the service's own DesiredCount. Each
// file holds one rule; model.ts reads targets, policies and the strings (ResourceId, ResourceLabel, alarm
// dimensions) that must name this stack's resources.







const autoScalingRules = [
    scalable_target, // SCL001
    scaling_capacity, // SCL002
    cpu_target_tracking, // SCL003
    request_count_tracking, // SCL004
    scaling_cooldowns, // SCL005
    step_scaling_alarm, // SCL006
    desired_count_scaling, // SCL007
];

// EXTERNAL MODULE: ./graders/rules/cdk/nag-pack-applied.ts
var nag_pack_applied = __webpack_require__(8912);
;// CONCATENATED MODULE: ./graders/rules/cdk/nag-suppression-reasons.ts
// CDK002: every cdk-nag acknowledgment in the synthesized template says why. With
// `writeSuppressionsToCloudFormation: true`, cdk-nag 3 copies each `Validations.of(construct).acknowledge({ id,
// reason })` into the Metadata of every resource under that construct, as
// `cdk_nag: { rules_to_suppress: [{ id, reason }] }` (observed with cdk-nag 3.0.2 and aws-cdk-lib 2.276.0).
// cdk-nag 3 itself accepts any reason, even an empty one (observed); cdk-nag 2's `NagPackSuppression` asked for
// at least 10 characters, and this rule keeps that bar and turns away placeholders. The CDK library's own
// acknowledgments (namespace `CloudFormation-Validate::`) are not the learner's and are not judged.



/** The minimum reason length cdk-nag 2 documented for `NagPackSuppression.reason`. */
const MIN_REASON = 10;
/** Rule ids of cdk-nag's packs, after an optional `Namespace::` prefix. */
const NAG_ID = /^(?:[\w.-]+::)?(?:AwsSolutions|HIPAA\.Security|NIST\.800\.53\.R[45]|PCI\.DSS\.321|Serverless)-/;
/** Reasons that say nothing: the whole (trimmed, lower-cased) reason is one of these words or phrases. */
const PLACEHOLDER = /^(?:todo|tbd|fixme|xxx+|n\/?a|none|null|undefined|ok(?:ay)?|fine|reason|no reason|suppress(?:ed)?|ignored?|acknowledged?|not needed|not required|false positive|lorem ipsum.*|test(?:ing)?|temp(?:orary)?|placeholder|wip|\.+|-+)[.!]*$/;
/** Every cdk-nag suppression in the template's resource Metadata, in template order. */
function nagSuppressions(resources) {
    const out = [];
    for (const [name, r] of Object.entries(resources)) {
        if (!(0,cloudformation/* isRecord */.u4)(r) || !(0,cloudformation/* isRecord */.u4)(r['Metadata']))
            continue;
        const nag = r['Metadata']['cdk_nag'];
        const list = (0,cloudformation/* isRecord */.u4)(nag) ? nag['rules_to_suppress'] : undefined;
        if (!Array.isArray(list))
            continue;
        list.forEach((entry, index) => {
            if (!(0,cloudformation/* isRecord */.u4)(entry) || typeof entry['id'] !== 'string' || !NAG_ID.test(entry['id']))
                return;
            out.push({ resource: name, index, id: entry['id'], reason: entry['reason'] });
        });
    }
    return out;
}
function problemOf(s) {
    if (typeof s.reason !== 'string' || s.reason.trim() === '')
        return 'noReason';
    const reason = s.reason.trim();
    const bare = s.id.replace(/^[\w.-]+::/, '');
    if (PLACEHOLDER.test(reason.toLowerCase()) || reason === s.id || reason === bare)
        return 'placeholderReason';
    if (reason.length < MIN_REASON)
        return 'shortReason';
    return undefined;
}
/* harmony default export */ const nag_suppression_reasons = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CDK002',
        name: 'nag-suppression-reasons',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give every cdk-nag acknowledgment a real reason',
        description: "Every cdk-nag rule acknowledged in the synthesized template (Metadata 'cdk_nag.rules_to_suppress') carries a reason of at least 10 characters that is not a placeholder, so a reviewer can tell a deliberate exception from a silenced warning.",
        docsUrl: 'https://github.com/cdklabs/cdk-nag#acknowledging-a-rule',
        evidence: ['AwsSolutions', 'AwsSolutions-IAM5'],
        messages: {
            noReason: "The cdk-nag finding '{{id}}' is acknowledged with no reason ({{covers}}), so nobody reviewing the stack can tell a deliberate exception from a silenced warning. Say why in the acknowledgment: \"Validations.of(construct).acknowledge({ id: '{{id}}', reason: '<why this is acceptable here>' })\", or fix the finding and drop the acknowledgment.",
            shortReason: "The cdk-nag finding '{{id}}' is acknowledged with the reason {{reason}} ({{covers}}), which is shorter than {{min}} characters and cannot say why the exception is safe. Write a sentence a reviewer can check, such as why the wildcard or the open port is needed here.",
            placeholderReason: "The cdk-nag finding '{{id}}' is acknowledged with the placeholder reason {{reason}} ({{covers}}). Replace it with why this exception is acceptable for this resource, or fix the finding and drop the acknowledgment.",
        },
    },
    check(doc, ctx) {
        const all = nagSuppressions(doc.template.Resources ?? {});
        if (all.length === 0) {
            ctx.notApplicable('the template acknowledges no cdk-nag finding');
            return;
        }
        // An acknowledgment on a construct is copied to every resource under it; judge each one once, where it first
        // appears, and say how many resources it covers.
        const groups = new Map();
        for (const s of all) {
            const key = JSON.stringify([s.id, s.reason]);
            groups.set(key, [...(groups.get(key) ?? []), s]);
        }
        let failed = 0;
        for (const group of groups.values()) {
            const first = group[0];
            const problem = problemOf(first);
            if (!problem)
                continue;
            failed++;
            const covers = group.length === 1
                ? `on resource '${first.resource}'`
                : `on '${first.resource}' and ${(0,plural/* countNoun */.y)(group.length - 1, 'more resource')}`;
            const reason = typeof first.reason === 'string' ? `'${first.reason.trim()}'` : 'none';
            ctx.report(problem, { id: first.id, reason, covers, min: MIN_REASON }, [
                'Resources',
                first.resource,
                'Metadata',
                'cdk_nag',
                'rules_to_suppress',
                first.index,
            ]);
        }
        ctx.tally(groups.size, failed);
    },
}));

// EXTERNAL MODULE: ./graders/rules/cdk/source-text.ts
var source_text = __webpack_require__(2561);
;// CONCATENATED MODULE: ./graders/rules/cdk/stack-unit-tests.ts
// CDK003: the app has unit tests that synthesize the stack with `Template.fromStack` (aws-cdk-lib/assertions) and
// assert on it, including on the service and the HTTPS listener, so a refactor that drops either fails a test
// before anything is deployed. Judged from the test files' text: the grader never runs them (the learner runs
// `npx vitest run labs/15-cdk-capstone`).



/** How many assertions the tests must make, at least. */
const MIN_ASSERTIONS = 3;
const IMPORTS_ASSERTIONS = /(?:from\s*|require\s*\(\s*)['"]aws-cdk-lib\/assertions['"]/;
const FROM_STACK = /\bTemplate\s*\.\s*fromStack\s*\(/;
const ASSERTION = /\.\s*(?:hasResourceProperties|hasResource|resourceCountIs|resourcePropertiesCountIs|allResources|allResourcesProperties|templateMatches|hasOutput|hasParameter|hasMapping|hasCondition)\s*\(/g;
/** A Template method call (assertion or query) whose first argument names the given resource type. */
const about = (type) => new RegExp(String.raw `\.\s*(?:hasResourceProperties|hasResource|resourceCountIs|resourcePropertiesCountIs|allResources|allResourcesProperties|findResources)\s*\(\s*['"\`]${type}['"\`]`);
const COVERS = [
    { type: 'AWS::ECS::Service', what: 'the Fargate service' },
    { type: 'AWS::ElasticLoadBalancingV2::Listener', what: 'the load balancer listeners' },
];
/* harmony default export */ const stack_unit_tests = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CDK003',
        name: 'stack-unit-tests',
        target: 'files',
        severity: 'error',
        title: 'Unit-test the stack with Template.fromStack',
        description: "The app's tests (test/*.test.ts) import 'aws-cdk-lib/assertions', synthesize the stack with 'Template.fromStack', and make at least three assertions, among them one on the ECS service and one on the load balancer listener.",
        docsUrl: 'https://docs.aws.amazon.com/cdk/v2/guide/testing.html',
        evidence: ['aws-cdk-lib/assertions'],
        messages: {
            noTests: "The app has no unit test: no 'test/*.test.ts' file. Add 'test/capstone-stack.test.ts' that builds the stack in a new App, takes \"const template = Template.fromStack(stack)\" and asserts on it, such as \"template.hasResourceProperties('AWS::ECS::Service', { LaunchType: 'FARGATE' })\".",
            noAssertionsImport: "'{{file}}' does not import from 'aws-cdk-lib/assertions', the CDK's own library for testing synthesized templates. Add \"import { Template } from 'aws-cdk-lib/assertions';\".",
            noTemplate: 'The tests never call \'Template.fromStack(stack)\', so they do not look at the template the stack synthesizes. Build the stack in a new App and take "const template = Template.fromStack(stack)".',
            fewAssertions: "The tests make {{assertions}} on the template; make at least {{min}} ('hasResourceProperties', 'resourceCountIs', 'hasResource', ...), so a change that breaks the stack breaks a test.",
            uncovered: "No test asserts on '{{type}}' ({{what}}). Add one, such as \"template.hasResourceProperties('{{type}}', { ... })\" with the properties that matter.",
        },
    },
    check(doc, ctx) {
        const tests = (0,source_text/* testFiles */.us)(doc);
        if (tests.length === 0) {
            ctx.report('noTests');
            ctx.tally(1, 1);
            return;
        }
        const code = new Map(tests.map((f) => [f, (0,source_text/* codeText */.ph)(f)]));
        const all = [...code.values()].join('\n');
        let failed = 0;
        const importing = tests.filter((f) => IMPORTS_ASSERTIONS.test(code.get(f)));
        if (importing.length === 0) {
            failed++;
            ctx.report('noAssertionsImport', { file: tests[0].file }, { file: tests[0].file, line: 1, column: 1 });
        }
        if (!FROM_STACK.test(all)) {
            failed++;
            ctx.report('noTemplate', {}, { file: tests[0].file, line: 1, column: 1 });
        }
        const count = [...all.matchAll(ASSERTION)].length;
        if (count < MIN_ASSERTIONS) {
            failed++;
            ctx.report('fewAssertions', { count, assertions: (0,plural/* countNoun */.y)(count, 'assertion'), min: MIN_ASSERTIONS }, { file: tests[0].file, line: 1, column: 1 });
        }
        for (const c of COVERS)
            if (!about(c.type).test(all)) {
                failed++;
                ctx.report('uncovered', { type: c.type, what: c.what }, { file: tests[0].file, line: 1, column: 1 });
            }
        ctx.tally(3 + COVERS.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/cdk/index.ts
// CDK rules (prefix CDK) for lab 15's app: the cdk-nag pack applied with its acknowledgments written into the
// template (read from the app's source text), every acknowledgment reasoned (read from the synthesized template),
// and unit tests that assert on the synthesized stack (read from the test files' text). Nothing is executed.



const cdkRules = [
    nag_pack_applied/* default */.Ay, // CDK001
    nag_suppression_reasons, // CDK002
    stack_unit_tests, // CDK003
];

// EXTERNAL MODULE: ./graders/rules/deployment/model.ts
var deployment_model = __webpack_require__(872);
;// CONCATENATED MODULE: ./graders/rules/deployment/deployment-strategy.ts
// BGD001: every load-balanced ECS service deploys new revisions blue/green, in one of two designs. Either ECS
// shifts the traffic itself (DeploymentConfiguration.Strategy BLUE_GREEN, LINEAR or CANARY, under the ECS
// deployment controller), or CodeDeploy does: the CODE_DEPLOY controller, an AWS::CodeDeploy::Application on the
// ECS compute platform, and a deployment group of it whose DeploymentStyle is BLUE_GREEN with traffic control
// and whose ECSServices names this stack's cluster and service. A rolling update replaces tasks in place: there
// is no old revision left serving to return to.





/* harmony default export */ const deployment_strategy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'BGD001',
        name: 'deployment-strategy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Deploy blue/green: with an ECS deployment strategy or with CodeDeploy',
        description: "Every load-balanced ECS service either sets DeploymentConfiguration.Strategy to BLUE_GREEN, LINEAR or CANARY under the ECS deployment controller, or uses the CODE_DEPLOY controller with an 'AWS::CodeDeploy::Application' (ComputePlatform ECS) and a deployment group of it (DeploymentStyle BLUE_GREEN, WITH_TRAFFIC_CONTROL) whose ECSServices names this stack's cluster and service.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
        evidence: ['ECS DeploymentConfiguration.Strategy', 'CodeDeploy DeploymentStyle', 'OPS06-BP03'],
        messages: {
            ...deployment_model/* deploymentMessages */.IY,
            rolling: "Service '{{service}}' uses the {{strategy}} deployment strategy, which replaces tasks in place: once the old ones are stopped there is nothing to shift traffic back to. Set 'DeploymentConfiguration: { Strategy: BLUE_GREEN }' (or LINEAR or CANARY), or hand the deployment to CodeDeploy.",
            external: "Service '{{service}}' uses the EXTERNAL deployment controller, so neither ECS nor CodeDeploy shifts its traffic and the grader cannot see a blue/green deployment. Use the ECS controller with 'Strategy: BLUE_GREEN', or 'CODE_DEPLOY' with a deployment group.",
            notCodeDeployController: "CodeDeploy deployment group '{{group}}' names service '{{service}}', but the service's 'DeploymentController' is {{value}}, so CodeDeploy is refused when it tries to deploy it. Set \"DeploymentController: { Type: CODE_DEPLOY }\" on the service.",
            noGroup: "Service '{{service}}' uses the CODE_DEPLOY controller, but no 'AWS::CodeDeploy::DeploymentGroup' names it in 'ECSServices', so nothing can deploy it. Add a deployment group with \"ECSServices: [{ ClusterName: {{cluster}}, ServiceName: {{name}} }]\".",
            groupCluster: "Deployment group '{{group}}' names the cluster '{{got}}' for service '{{service}}', which runs in this stack's cluster, so CodeDeploy looks for the service in the wrong place. Set 'ClusterName: {{want}}'.",
            noApplication: "Deployment group '{{group}}' belongs to no 'AWS::CodeDeploy::Application' of this template ('ApplicationName' {{value}}). Add an application with 'ComputePlatform: ECS' and set \"ApplicationName: !Ref\" to it.",
            platform: "CodeDeploy application '{{application}}' has 'ComputePlatform' {{value}}; a deployment group for an ECS service must belong to an application on the 'ECS' platform. Set 'ComputePlatform: ECS'.",
            style: "Deployment group '{{group}}' has 'DeploymentStyle' {{value}}; ECS services deploy only blue/green with traffic control. Set \"DeploymentStyle: { DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL }\".",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,deployment_model/* readServices */.JQ)(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            let bad = false;
            const fail = (...args) => {
                bad = true;
                ctx.report(...args);
            };
            const controller = (0,service/* deploymentController */.Ye)(t, svc);
            if ((0,deployment_model/* designOf */.et)(t, svc) === 'ecs') {
                const strategy = (0,deployment_model/* strategyOf */.xS)(t, svc);
                if (controller === 'EXTERNAL')
                    fail('external', { service: svc.name }, (0,deployment_model/* servicePath */.VF)(svc, 'DeploymentController'));
                else if (!deployment_model/* SHIFTING_STRATEGIES */.x7.includes(strategy))
                    fail('rolling', { service: svc.name, strategy }, (0,deployment_model/* existingPath */.Jf)(svc, ['DeploymentConfiguration', 'Strategy']));
            }
            else {
                const groups = (0,deployment_model/* deploymentGroupsOf */.hT)(t, svc);
                const names = (0,deployment_model/* serviceNamesFor */.Tw)(t, svc);
                if (controller !== 'CODE_DEPLOY')
                    fail('notCodeDeployController', {
                        group: groups[0]?.name ?? '',
                        service: svc.name,
                        value: (0,deployment_model/* shown */.SP)(t, (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentController', 'Type'])),
                    }, (0,deployment_model/* existingPath */.Jf)(svc, ['DeploymentController', 'Type']));
                if (groups.length === 0)
                    fail('noGroup', { service: svc.name, cluster: names.cluster, name: names.service }, svc.path);
                for (const g of groups) {
                    const at = [...g.path, 'Properties'];
                    const forms = (0,model/* clusterNameForms */.jp)(t, svc);
                    const entry = g.props['ECSServices'].find((e) => (0,deployment_model/* namesService */.cM)(t, e, svc));
                    const cluster = entry?.['ClusterName'];
                    const tokens = (0,model/* tokensOf */.k8)(cluster);
                    if (forms && entry && (!tokens || !(0,model/* partIs */.OA)(tokens, forms)))
                        fail('groupCluster', {
                            group: g.name,
                            service: svc.name,
                            got: (0,deployment_model/* shown */.SP)(t, cluster).replace(/'/g, ''),
                            want: names.cluster,
                        }, [...at, 'ECSServices']);
                    const app = (0,cloudformation/* targetResource */.cR)(t, g.props['ApplicationName']);
                    const byName = (0,cloudformation/* resources */.ES)(t, deployment_model/* CD_APPLICATION */.tF).find((a) => (0,cloudformation/* literalString */.dc)(t, a.props['ApplicationName']) === (0,cloudformation/* literalString */.dc)(t, g.props['ApplicationName']));
                    const application = app?.resource.Type === deployment_model/* CD_APPLICATION */.tF ? app : byName;
                    if (!application)
                        fail('noApplication', { group: g.name, value: (0,deployment_model/* shown */.SP)(t, g.props['ApplicationName']) }, [
                            ...at,
                            'ApplicationName',
                        ]);
                    else if ((0,cloudformation/* literalString */.dc)(t, application.props['ComputePlatform'])?.toUpperCase() !== 'ECS')
                        fail('platform', { application: application.name, value: (0,deployment_model/* shown */.SP)(t, application.props['ComputePlatform']) }, [...application.path, 'Properties']);
                    const type = (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(g.props, ['DeploymentStyle', 'DeploymentType']));
                    const option = (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(g.props, ['DeploymentStyle', 'DeploymentOption']));
                    if (type !== 'BLUE_GREEN' || option !== 'WITH_TRAFFIC_CONTROL')
                        fail('style', { group: g.name, value: `'${type ?? 'IN_PLACE'}/${option ?? 'WITHOUT_TRAFFIC_CONTROL'}'` }, [...at, ...(g.props['DeploymentStyle'] === undefined ? [] : ['DeploymentStyle'])]);
                }
            }
            if (bad)
                failures++;
        }
        ctx.tally(services.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/ip-target-group.ts
// SVC006: every load-balanced ECS service registers its tasks in a target group of type 'ip' (the only type
// awsvpc tasks can use), that target group has a listener in front of it, and it health-checks the app's
// health endpoint: exactly '/health'. The app (labs/01-production-dockerfile/server.js) compares the whole
// request URL with '/health', so even '/health?probe=1' is a 404 there.



const LISTENERS = ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule'];
/** The labs' app reports whether it can serve requests at this path, and nowhere else. */
const HEALTH_PATH = '/health';
/**
 * Whether a health-check path calls the app's health endpoint. The app matches the request URL exactly, query
 * string included, so only '/health' itself answers 200.
 */
function isHealthPath(path) {
    return path.trim() === HEALTH_PATH;
}
/* harmony default export */ const ip_target_group = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC006',
        name: 'ip-target-group',
        target: 'cloudformation',
        severity: 'error',
        title: "Register tasks in an 'ip' target group with a health-check path",
        description: "Every ECS service sits behind a load balancer through a target group that has TargetType 'ip' (required for awsvpc tasks), a listener forwarding to it, and a HealthCheckPath pointing at the application's health endpoint.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
        evidence: ['CKV_AWS_261', 'E3049', 'E3053'],
        messages: {
            ...service/* serviceMessages */.g3,
            notLoadBalanced: "Service '{{service}}' has no 'LoadBalancers', so the load balancer never learns the tasks' addresses and sends them no traffic. Add 'LoadBalancers: [{ ContainerName: …, ContainerPort: …, TargetGroupArn: !Ref TargetGroup }]'.",
            noTargetGroupArn: "A 'LoadBalancers' entry of service '{{service}}' has no 'TargetGroupArn'. Point it at the target group with 'TargetGroupArn: !Ref TargetGroup'.",
            unresolved: "Service '{{service}}' uses a target group the grader cannot follow to this template, so it cannot check its type or health check. Define the target group in this template and reference it with '!Ref'.",
            notIp: "Target group '{{group}}' has target type {{type}}, but tasks with awsvpc networking (every Fargate task) register by IP address, and ECS rejects an 'instance' target group for them. Set 'TargetType: ip'.",
            noListener: "No listener or listener rule forwards to target group '{{group}}', and ECS cannot create a service whose target group has no load balancer. Add an 'AWS::ElasticLoadBalancingV2::Listener' whose default action forwards to it.",
            noHealthCheckPath: "Target group '{{group}}' has no 'HealthCheckPath', so the load balancer checks '/' (the default), the app's greeting page rather than its health endpoint: the checks then say only that the server accepts connections, not that the app can serve. Set 'HealthCheckPath: /health'.",
            wrongHealthCheckPath: "Target group '{{group}}' health-checks '{{path}}', but the lab app reports its health only at '/health' (labs/01-production-dockerfile/server.js): {{why}} Set 'HealthCheckPath: /health'.",
            healthCheckDisabled: "Target group '{{group}}' turns health checks off, so the load balancer keeps sending requests to tasks that have stopped answering and ECS never replaces them. Remove 'HealthCheckEnabled: false' and set 'HealthCheckPath'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const failed = new Set();
        // A target group shared by two services is reported once; both services count as failed.
        const groupOk = new Map();
        const checkGroup = (tg, awsvpc) => {
            let ok = true;
            const report = (...args) => {
                ok = false;
                ctx.report(...args);
            };
            const at = [...tg.path, 'Properties'];
            const type = (0,cloudformation/* literalString */.dc)(t, tg.props['TargetType'])?.toLowerCase();
            if (awsvpc && type !== 'ip') {
                report('notIp', { group: tg.name, type: type ? `'${type}'` : "'instance' (the default)" }, tg.props['TargetType'] !== undefined ? [...at, 'TargetType'] : at);
            }
            if (!(0,cloudformation/* resources */.ES)(t, ...LISTENERS).some((l) => (0,cloudformation/* refersTo */.zA)(l.props, tg.name)))
                report('noListener', { group: tg.name }, tg.path);
            const protocol = (0,cloudformation/* literalString */.dc)(t, tg.props['HealthCheckProtocol'] ?? tg.props['Protocol'])?.toUpperCase();
            const http = protocol === undefined || protocol === 'HTTP' || protocol === 'HTTPS';
            const path = tg.props['HealthCheckPath'];
            if ((0,cloudformation/* literalBool */.KG)(t, tg.props['HealthCheckEnabled']) === false) {
                report('healthCheckDisabled', { group: tg.name }, [...at, 'HealthCheckEnabled']);
            }
            else if (http) {
                // A path decided at deploy time (a parameter without a default) is given the benefit of the doubt.
                const text = path === undefined ? '' : (0,cloudformation/* literalString */.dc)(t, path);
                if (text !== undefined && text.trim() === '')
                    report('noHealthCheckPath', { group: tg.name }, at);
                else if (text !== undefined && !isHealthPath(text)) {
                    const p = text.trim();
                    const why = p === '/'
                        ? "'/' is the greeting page, which answers whenever the HTTP server is up, so a task that cannot serve still looks healthy."
                        : p.startsWith(`${HEALTH_PATH}?`)
                            ? `the app compares the whole request URL, query string included, with '/health', so it answers 404 at '${p}': every target fails its health check, the load balancer sends no traffic, and ECS keeps replacing the tasks.`
                            : `the app answers 404 at '${p}', so every target fails its health check, the load balancer sends no traffic, and ECS keeps replacing the tasks.`;
                    report('wrongHealthCheckPath', { group: tg.name, path: p, why }, [...at, 'HealthCheckPath']);
                }
            }
            return ok;
        };
        for (const svc of services) {
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            const entries = (0,service/* loadBalancerEntries */.TF)(svc);
            if (entries.length === 0) {
                fail('notLoadBalanced', { service: svc.name }, [...svc.path, 'Properties']);
                continue;
            }
            const awsvpc = (0,service/* awsvpcConfiguration */.jH)(svc) !== undefined;
            for (const { entry, path } of entries) {
                if (entry['TargetGroupArn'] === undefined) {
                    // A classic load balancer ('LoadBalancerName') cannot front awsvpc tasks either.
                    fail('noTargetGroupArn', { service: svc.name }, path);
                    continue;
                }
                const tg = (0,cloudformation/* targetResource */.cR)(t, entry['TargetGroupArn']);
                if (!tg || tg.resource.Type !== service/* TARGET_GROUP */._4) {
                    fail('unresolved', { service: svc.name }, [...path, 'TargetGroupArn']);
                    continue;
                }
                let ok = groupOk.get(tg.name);
                if (ok === undefined) {
                    ok = checkGroup(tg, awsvpc);
                    groupOk.set(tg.name, ok);
                }
                if (!ok)
                    failed.add(svc.name);
            }
        }
        if (services.length > 0)
            ctx.tally(services.length, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/blue-green-target-groups.ts
// BGD002: a blue/green deployment needs two target groups, one for the revision serving production (blue) and one
// the new revision registers in while it is tested (green): the service's own target group plus the alternate one
// (AdvancedConfiguration.AlternateTargetGroupArn for ECS, the deployment group's TargetGroupPairInfoList for
// CodeDeploy). The roles swap at every deployment, so both must be 'ip' target groups that health-check the app's
// '/health' endpoint: a green revision judged by a weaker check is promoted while it cannot serve.




/** What is wrong with one target group for blue/green use. */
function judgeGroup(t, tg) {
    const out = [];
    const at = [...tg.path, 'Properties'];
    const type = (0,cloudformation/* literalString */.dc)(t, tg.props['TargetType'])?.toLowerCase();
    if (type !== 'ip')
        out.push(['notIp', { group: tg.name, value: type ?? 'instance' }, at]);
    const path = (0,cloudformation/* literalString */.dc)(t, tg.props['HealthCheckPath']);
    if ((0,cloudformation/* literalBool */.KG)(t, tg.props['HealthCheckEnabled']) === false)
        out.push(['healthCheckOff', { group: tg.name }, [...at, 'HealthCheckEnabled']]);
    else if (tg.props['HealthCheckPath'] === undefined || (path !== undefined && !isHealthPath(path)))
        out.push([
            'healthPath',
            { group: tg.name, value: path ?? '/ (the default)' },
            tg.props['HealthCheckPath'] === undefined ? at : [...at, 'HealthCheckPath'],
        ]);
    return out;
}
/* harmony default export */ const blue_green_target_groups = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'BGD002',
        name: 'blue-green-target-groups',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give blue and green each an ip target group that checks /health',
        description: "Every load-balanced ECS service has two distinct target groups of this template, its own and an alternate one (AdvancedConfiguration.AlternateTargetGroupArn, or the two 'TargetGroups' of the CodeDeploy deployment group's TargetGroupPairInfoList, one of them the service's), and both are 'ip' target groups whose health check calls '/health'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb-resources-for-blue-green.html',
        evidence: [
            'ECS AdvancedConfiguration.AlternateTargetGroupArn',
            'CodeDeploy TargetGroupPairInfo',
            'E3049',
        ],
        messages: {
            ...deployment_model/* deploymentMessages */.IY,
            noPrimary: "Service '{{service}}' registers its tasks in no target group of this template, so there is no blue side to pair with a green one. Point 'LoadBalancers[0].TargetGroupArn' at a target group defined here with '!Ref'.",
            noAlternate: "Service '{{service}}' has no alternate target group, so the new revision has nowhere to register while it is tested and ECS cannot shift traffic between two sides. Add a second target group and set 'AdvancedConfiguration: { AlternateTargetGroupArn: !Ref GreenTargetGroup, … }' in the service's 'LoadBalancers' entry.",
            alternateUnresolved: "The alternate target group of service '{{service}}' is {{value}}, which is no target group of this template, so the grader cannot check it and a stack of another name would not have it. Define it here and reference it with '!Ref'.",
            sameGroup: "Service '{{service}}' uses '{{group}}' as both its target group and the alternate one; green tasks would land beside blue ones and receive production traffic before they are tested. Use a second, separate target group as the alternate.",
            noPair: 'Service \'{{service}}\' is deployed by CodeDeploy, but {{where}} lists no target group pair, so CodeDeploy has nowhere to put the green task set. Add "LoadBalancerInfo: { TargetGroupPairInfoList: [{ TargetGroups: [{ Name: !GetAtt BlueTargetGroup.TargetGroupName }, { Name: !GetAtt GreenTargetGroup.TargetGroupName }], … }] }".',
            pairShape: "The target group pair of deployment group '{{group}}' names {{value}}, but a blue/green pair is exactly two different target groups of this template, one for each side. Name the service's target group and one more, each with '!GetAtt <group>.TargetGroupName'.",
            pairMissesPrimary: "The target group pair of deployment group '{{group}}' does not include '{{primary}}', the target group service '{{service}}' registers in, so CodeDeploy's first deployment starts from a group with no tasks. Make '{{primary}}' one of the two.",
            notIp: "Target group '{{group}}' has target type '{{value}}', but Fargate tasks (awsvpc networking) register by IP address, so ECS cannot place the blue or green tasks in it. Set 'TargetType: ip'.",
            healthCheckOff: "Target group '{{group}}' turns its health check off, so a green revision that cannot serve looks as healthy as one that can, and is promoted. Remove 'HealthCheckEnabled: false' and set 'HealthCheckPath: /health'.",
            healthPath: "Target group '{{group}}' health-checks '{{value}}', not the app's '/health' endpoint, so the green revision is judged healthy when its web server merely answers. Both target groups must judge the app the same, honest way: set 'HealthCheckPath: /health'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,deployment_model/* readServices */.JQ)(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        const judged = new Set();
        for (const svc of services) {
            const found = [];
            const primary = (0,deployment_model/* primaryEntry */.Zl)(t, svc);
            const groups = [];
            if (!primary?.tg)
                found.push(['noPrimary', { service: svc.name }, primary?.path ?? svc.path]);
            else
                groups.push(primary.tg);
            if ((0,deployment_model/* designOf */.et)(t, svc) === 'ecs') {
                const advanced = (0,deployment_model/* advancedConfiguration */.hd)(svc);
                const v = advanced?.config['AlternateTargetGroupArn'];
                const alt = (0,deployment_model/* targetGroupOf */.gw)(t, v);
                if (v === undefined)
                    found.push(['noAlternate', { service: svc.name }, primary?.path ?? svc.path]);
                else if (!alt)
                    found.push([
                        'alternateUnresolved',
                        { service: svc.name, value: `'${(0,cloudformation/* literalString */.dc)(t, v) ?? 'computed'}'` },
                        [...advanced.path, 'AlternateTargetGroupArn'],
                    ]);
                else if (alt.name === primary?.tg?.name)
                    found.push([
                        'sameGroup',
                        { service: svc.name, group: alt.name },
                        [...advanced.path, 'AlternateTargetGroupArn'],
                    ]);
                else
                    groups.push(alt);
            }
            else {
                const group = (0,deployment_model/* deploymentGroupsOf */.hT)(t, svc)[0];
                const pair = group ? (0,deployment_model/* targetGroupPair */.lP)(group) : undefined;
                const list = pair ? (0,cloudformation/* get */.Jt)(pair.pair, ['TargetGroups']) : undefined;
                if (!group || !Array.isArray(list))
                    found.push([
                        'noPair',
                        { service: svc.name, where: group ? `deployment group '${group.name}'` : 'no deployment group' },
                        group ? [...group.path, 'Properties'] : svc.path,
                    ]);
                else {
                    const named = list.map((e) => (0,deployment_model/* targetGroupOf */.gw)(t, (0,cloudformation/* get */.Jt)(e, ['Name'])));
                    const distinct = new Set(named.map((n) => n?.name));
                    if (named.length !== 2 || named.some((n) => !n) || distinct.size !== 2)
                        found.push([
                            'pairShape',
                            {
                                group: group.name,
                                value: named.length
                                    ? named
                                        .map((n) => (n ? `'${n.name}'` : 'a target group not in this template'))
                                        .join(' and ')
                                    : 'nothing',
                            },
                            [...pair.path, 'TargetGroups'],
                        ]);
                    else if (primary?.tg && !distinct.has(primary.tg.name))
                        found.push([
                            'pairMissesPrimary',
                            { group: group.name, primary: primary.tg.name, service: svc.name },
                            [...pair.path, 'TargetGroups'],
                        ]);
                    else
                        for (const n of named)
                            if (n && n.name !== primary?.tg?.name)
                                groups.push(n);
                }
            }
            let bad = found.length > 0;
            for (const tg of groups) {
                const problems = judgeGroup(t, tg);
                if (problems.length > 0)
                    bad = true;
                // A target group shared by two services is reported once; both count as failed.
                if (!judged.has(tg.name))
                    found.push(...problems);
                judged.add(tg.name);
            }
            if (bad)
                failures++;
            for (const [id, data, at] of found)
                ctx.report(id, data, at);
        }
        ctx.tally(services.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/traffic-routes.ts
// BGD003: a blue/green deployment moves traffic between the two target groups through two routes of this stack's
// load balancer: the production route users reach, and a test route that reaches the green revision before
// production does. ECS names them in LoadBalancers[].AdvancedConfiguration (ProductionListenerRule and
// TestListenerRule: listener rules of an Application Load Balancer) and moves them with the role in its RoleArn;
// CodeDeploy names them in the deployment group's TargetGroupPairInfoList (ProdTrafficRoute and TestTrafficRoute
// listeners) and moves them with the group's ServiceRoleArn. Each route must be a listener (rule) of this template
// that forwards to the pair, the two must differ, and the role must be one the service may assume and use.



function traffic_routes_judge(t, d) {
    const out = [];
    const routes = [];
    for (const which of ['production', 'test']) {
        const v = d[which];
        const property = d.names[which];
        if (v === undefined) {
            out.push(['noRoute', { service: d.service.name, which, property }, d.at[which]]);
            continue;
        }
        const route = (0,deployment_model/* listenerOf */.Al)(t, v, ...d.types);
        if (!route) {
            out.push(['routeUnresolved', { service: d.service.name, which, property }, d.at[which]]);
            continue;
        }
        routes.push(route);
        if (!(0,deployment_model/* forwardedGroups */.Ds)(t, route).some((g) => d.groups.includes(g.name)))
            out.push([
                'routeForward',
                { which, route: route.name, groups: d.groups.map((g) => `'${g}'`).join(' and ') },
                route.path,
            ]);
    }
    if (routes.length === 2 && routes[0].name === routes[1].name)
        out.push(['sameRoute', { service: d.service.name, route: routes[0].name }, d.at.test]);
    else if (d.coverBoth && routes.length === 2 && d.groups.length === 2) {
        const reached = new Set(routes.flatMap((r) => (0,deployment_model/* forwardedGroups */.Ds)(t, r).map((g) => g.name)));
        const missed = d.groups.find((g) => !reached.has(g));
        if (missed && out.length === 0)
            out.push(['routesMissGroup', { service: d.service.name, group: missed }, d.at.production]);
    }
    const problem = (0,deployment_model/* judgeRole */.CK)(t, d.role, d.principal, d.policy, d.action);
    const data = {
        service: d.service.name,
        property: d.names.role,
        principal: d.principal,
        policy: d.policy,
        action: d.action,
    };
    if (problem === 'unresolved')
        out.push(['noRole', data, d.at.role]);
    else if (problem === 'trust')
        out.push(['roleTrust', data, d.at.role]);
    else if (problem === 'permission')
        out.push(['rolePermission', data, d.at.role]);
    return out;
}
function ecsDesign(t, svc) {
    const advanced = (0,deployment_model/* advancedConfiguration */.hd)(svc);
    const base = advanced?.path ?? (0,deployment_model/* primaryEntry */.Zl)(t, svc)?.path ?? svc.path;
    const c = advanced?.config ?? {};
    const groups = [(0,deployment_model/* primaryEntry */.Zl)(t, svc)?.tg?.name, (0,deployment_model/* targetGroupOf */.gw)(t, c['AlternateTargetGroupArn'])?.name];
    const at = (k) => (c[k] === undefined ? base : [...base, k]);
    return {
        service: svc,
        production: c['ProductionListenerRule'],
        test: c['TestListenerRule'],
        role: c['RoleArn'],
        at: { production: at('ProductionListenerRule'), test: at('TestListenerRule'), role: at('RoleArn') },
        names: {
            production: 'AdvancedConfiguration.ProductionListenerRule',
            test: 'AdvancedConfiguration.TestListenerRule',
            role: 'AdvancedConfiguration.RoleArn',
        },
        types: [deployment_model/* LISTENER_RULE */.EP, deployment_model/* LISTENER */.Z],
        groups: groups.filter((g) => g !== undefined),
        principal: 'ecs.amazonaws.com',
        policy: 'AmazonECSInfrastructureRolePolicyForLoadBalancers',
        action: 'elasticloadbalancing:ModifyRule',
        coverBoth: true,
    };
}
function codeDeployDesign(t, svc, group) {
    const pair = (0,deployment_model/* targetGroupPair */.lP)(group);
    const base = pair?.path ?? [...group.path, 'Properties'];
    const p = pair?.pair ?? {};
    const first = (k) => {
        const list = (0,cloudformation/* get */.Jt)(p, [k, 'ListenerArns']);
        return Array.isArray(list) ? list[0] : undefined;
    };
    const at = (k) => ((0,cloudformation/* get */.Jt)(p, [k, 'ListenerArns']) === undefined ? base : [...base, k, 'ListenerArns']);
    const listed = (0,cloudformation/* get */.Jt)(p, ['TargetGroups']);
    const groups = Array.isArray(listed) ? listed.map((e) => (0,deployment_model/* targetGroupOf */.gw)(t, (0,cloudformation/* get */.Jt)(e, ['Name']))?.name) : [];
    return {
        service: svc,
        production: first('ProdTrafficRoute'),
        test: first('TestTrafficRoute'),
        role: group.props['ServiceRoleArn'],
        at: {
            production: at('ProdTrafficRoute'),
            test: at('TestTrafficRoute'),
            role: group.props['ServiceRoleArn'] === undefined
                ? [...group.path, 'Properties']
                : [...group.path, 'Properties', 'ServiceRoleArn'],
        },
        names: {
            production: 'ProdTrafficRoute.ListenerArns',
            test: 'TestTrafficRoute.ListenerArns',
            role: 'ServiceRoleArn',
        },
        types: [deployment_model/* LISTENER */.Z],
        groups: groups.filter((g) => g !== undefined),
        principal: 'codedeploy.amazonaws.com',
        policy: 'AWSCodeDeployRoleForECS',
        action: 'elasticloadbalancing:ModifyListener',
        coverBoth: false,
    };
}
/* harmony default export */ const traffic_routes = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'BGD003',
        name: 'traffic-routes',
        target: 'cloudformation',
        severity: 'error',
        title: 'Route production and test traffic through separate listeners',
        description: 'Every load-balanced ECS service names a production route and a separate test route of this template that forward to its blue/green target groups (ECS: AdvancedConfiguration.ProductionListenerRule and TestListenerRule; CodeDeploy: ProdTrafficRoute and TestTrafficRoute listeners), and a role the deployment may assume to move them (ECS: AdvancedConfiguration.RoleArn trusted by ecs.amazonaws.com; CodeDeploy: ServiceRoleArn trusted by codedeploy.amazonaws.com).',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb-resources-for-blue-green.html',
        evidence: [
            'ECS AdvancedConfiguration.ProductionListenerRule',
            'CodeDeploy TrafficRoute',
            'AmazonECSInfrastructureRolePolicyForLoadBalancers',
            'AWSCodeDeployRoleForECS',
        ],
        messages: {
            ...deployment_model/* deploymentMessages */.IY,
            noRoute: "Service '{{service}}' has no {{which}} route ('{{property}}' is missing), so the deployment cannot move {{which}} traffic between blue and green. Point it at a listener rule (or listener) of this stack that forwards to the two target groups.",
            routeUnresolved: "The {{which}} route of service '{{service}}' ('{{property}}') is not a listener or listener rule of this template, so the grader cannot follow it and another stack's listener would be moved. Reference one defined here with '!Ref'.",
            routeForward: "The {{which}} route '{{route}}' forwards to neither {{groups}}, so shifting it moves no traffic between blue and green. Make its forward action send traffic to the service's target groups.",
            sameRoute: "Service '{{service}}' uses '{{route}}' for both production and test traffic, so green is exposed to users the moment it is tested. Give test traffic its own listener rule (say, on a second port or behind a header condition).",
            routesMissGroup: "Neither listener rule of service '{{service}}' forwards to target group '{{group}}'; ECS rolls such a deployment back ('Both targetGroup and alternateTargetGroup must be associated with the productionListenerRule or testListenerRule'). List both target groups in the rules' forward actions, with weights 100 and 0.",
            noRole: "Service '{{service}}' names no role of this template in '{{property}}', so the deployment has no permission to move the load balancer's traffic. Add an 'AWS::IAM::Role' that '{{principal}}' may assume, with the '{{policy}}' managed policy, and reference it with '!GetAtt <role>.Arn'.",
            roleTrust: "The role in '{{property}}' of service '{{service}}' cannot be assumed by '{{principal}}', so the deployment fails when it first moves traffic. Allow 'sts:AssumeRole' for that service principal in the role's 'AssumeRolePolicyDocument'.",
            rolePermission: "The role in '{{property}}' of service '{{service}}' may not call '{{action}}', so the deployment cannot move traffic. Attach the AWS managed policy '{{policy}}' to it.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,deployment_model/* readServices */.JQ)(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            let design;
            if ((0,deployment_model/* designOf */.et)(t, svc) === 'ecs')
                design = ecsDesign(t, svc);
            else {
                const group = (0,deployment_model/* deploymentGroupsOf */.hT)(t, svc)[0];
                if (!group) {
                    // BGD001 asks for the deployment group; there are no routes to judge without one.
                    failures++;
                    ctx.report('noRoute', { service: svc.name, which: 'production', property: 'ProdTrafficRoute' }, svc.path);
                    continue;
                }
                design = codeDeployDesign(t, svc, group);
            }
            const found = traffic_routes_judge(t, design);
            if (found.length > 0)
                failures++;
            for (const [id, data, at] of found)
                ctx.report(id, data, at);
        }
        ctx.tally(services.length, failures);
    },
}));

// EXTERNAL MODULE: ./graders/rules/deployment/bake-time.ts
var bake_time = __webpack_require__(788);
// EXTERNAL MODULE: ./graders/rules/lib/policy.ts
var lib_policy = __webpack_require__(5327);
;// CONCATENATED MODULE: ./graders/rules/deployment/alarm-rollback.ts
// BGD005: a bad release rolls itself back when CloudWatch alarms on this stack's own resources fire. ECS:
// DeploymentConfiguration.Alarms with Enable and Rollback true and AlarmNames that are alarms of this template.
// CodeDeploy: AutoRollbackConfiguration enabled for DEPLOYMENT_FAILURE and DEPLOYMENT_STOP_ON_ALARM, and an
// enabled AlarmConfiguration naming alarms of this template. Each alarm must watch this stack: every dimension of
// its metric is filled in from this template's load balancer, target groups, cluster or service, since an alarm
// on a hard-coded name watches another stack's resources, or nothing, and never stops a deployment.




/** Judges a list of alarm references: each names an alarm of this template that watches this stack. */
function judgeAlarms(t, refs, owner) {
    const out = [];
    if (refs.length === 0)
        return [['noAlarmNames', { owner }, []]];
    for (const { value, path } of refs) {
        const alarm = (0,deployment_model/* alarmOf */.pR)(t, value);
        if (!alarm) {
            out.push(['alarmUnresolved', { owner, value: (0,deployment_model/* shown */.SP)(t, value) }, path]);
            continue;
        }
        const problems = (0,deployment_model/* watchProblems */.Wc)(t, alarm);
        if (problems === 'noMetric')
            out.push(['alarmNoMetric', { alarm: alarm.name }, [...alarm.path, 'Properties']]);
        else
            for (const p of problems)
                out.push(p.name === undefined
                    ? ['alarmNoDimensions', { alarm: alarm.name }, p.path.slice(0, -1)]
                    : ['alarmForeign', { alarm: alarm.name, name: p.name, got: p.got, want: p.want }, p.path]);
    }
    return out;
}
/* harmony default export */ const alarm_rollback = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'BGD005',
        name: 'alarm-rollback',
        target: 'cloudformation',
        severity: 'error',
        title: 'Roll back automatically when alarms on this stack fire',
        description: "Every load-balanced ECS service rolls a deployment back when CloudWatch alarms of this template go into ALARM (ECS: DeploymentConfiguration.Alarms with Enable and Rollback true; CodeDeploy: AutoRollbackConfiguration for DEPLOYMENT_FAILURE and DEPLOYMENT_STOP_ON_ALARM with an enabled AlarmConfiguration), and every such alarm's metric dimensions resolve to this stack's load balancer, target groups, cluster or service.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html',
        evidence: ['ECS DeploymentAlarms', 'CodeDeploy AutoRollbackConfiguration', 'OPS06-BP04'],
        messages: {
            ...deployment_model/* deploymentMessages */.IY,
            noAlarms: "Service '{{service}}' has no deployment alarms, so a release that passes its health checks but serves errors stays in production until someone notices. Add \"DeploymentConfiguration: { Alarms: { AlarmNames: [!Ref TargetErrorsAlarm], Enable: true, Rollback: true } }\" with an alarm on this stack's target groups.",
            alarmsOff: "Service '{{service}}' lists deployment alarms but 'Enable' is {{value}}, so ECS ignores them. Set 'Enable: true'.",
            noRollback: "Service '{{service}}' fails a deployment when its alarms fire but does not roll back ('Rollback' is {{value}}), leaving users on the bad release. Set 'Rollback: true'.",
            noAlarmNames: "{{owner}} names no alarm, so nothing can stop a bad deployment. Name at least one alarm of this template with '!Ref'.",
            alarmUnresolved: "{{owner}} names the alarm {{value}}, which is no 'AWS::CloudWatch::Alarm' of this template, so the grader cannot tell what it watches, and another stack's alarm may not exist. Define the alarm here and name it with '!Ref <alarm>'.",
            alarmNoMetric: "Alarm '{{alarm}}' watches no metric ('MetricName' or 'Metrics'), so it can never judge a deployment. Watch a metric of this stack, such as 'HTTPCode_Target_5XX_Count' of a target group.",
            alarmForeign: "Alarm '{{alarm}}' has its '{{name}}' dimension set to '{{got}}' where this stack's resource needs '{{want}}'. An alarm on a name written out watches another stack's resources, or none, and never rolls this deployment back.",
            alarmNoDimensions: "Alarm '{{alarm}}' watches a metric without dimensions, which adds up the whole namespace across the account rather than this stack's release. Give it dimensions from this stack, such as \"TargetGroup: !GetAtt <group>.TargetGroupFullName\" with the matching 'LoadBalancer'.",
            noGroup: "Service '{{service}}' is deployed by CodeDeploy, but no deployment group names it, so nothing rolls a deployment back. Add the deployment group (task 1) with an 'AutoRollbackConfiguration' and an 'AlarmConfiguration'.",
            autoRollbackOff: "Deployment group '{{group}}' does not roll back automatically ('AutoRollbackConfiguration.Enabled' is {{value}}), so a failed or alarmed deployment is left in place. Set \"AutoRollbackConfiguration: { Enabled: true, Events: [DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM] }\".",
            rollbackEvents: "Deployment group '{{group}}' rolls back on {{value}}, but not on '{{missing}}', so that kind of failure leaves users on the bad release. Add '{{missing}}' to 'AutoRollbackConfiguration.Events'.",
            alarmConfigOff: "Deployment group '{{group}}' has no enabled 'AlarmConfiguration' (it is {{value}}), so CodeDeploy never stops a deployment on an alarm. Set \"AlarmConfiguration: { Enabled: true, Alarms: [{ Name: !Ref TargetErrorsAlarm }] }\".",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,deployment_model/* readServices */.JQ)(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            const found = [];
            if ((0,deployment_model/* designOf */.et)(t, svc) === 'ecs') {
                const alarms = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'Alarms']);
                const at = (0,deployment_model/* servicePath */.VF)(svc, 'DeploymentConfiguration', 'Alarms');
                if (!(0,cloudformation/* isRecord */.u4)(alarms))
                    found.push([
                        'noAlarms',
                        { service: svc.name },
                        (0,deployment_model/* existingPath */.Jf)(svc, ['DeploymentConfiguration', 'Alarms']),
                    ]);
                else {
                    if ((0,cloudformation/* literalBool */.KG)(t, alarms['Enable']) !== true)
                        found.push([
                            'alarmsOff',
                            { service: svc.name, value: (0,deployment_model/* shown */.SP)(t, alarms['Enable']) },
                            [...at, 'Enable'],
                        ]);
                    if ((0,cloudformation/* literalBool */.KG)(t, alarms['Rollback']) !== true)
                        found.push([
                            'noRollback',
                            { service: svc.name, value: (0,deployment_model/* shown */.SP)(t, alarms['Rollback']) },
                            [...at, 'Rollback'],
                        ]);
                    const names = Array.isArray(alarms['AlarmNames']) ? alarms['AlarmNames'] : [];
                    const judged = judgeAlarms(t, names.map((value, i) => ({ value, path: [...at, 'AlarmNames', i] })), `The deployment alarms of service '${svc.name}'`);
                    found.push(...judged.map(([id, data, p]) => [id, data, p.length ? p : at]));
                }
            }
            else {
                const group = (0,deployment_model/* deploymentGroupsOf */.hT)(t, svc)[0];
                if (!group)
                    found.push(['noGroup', { service: svc.name }, svc.path]);
                else {
                    const at = [...group.path, 'Properties'];
                    const auto = group.props['AutoRollbackConfiguration'];
                    const enabled = (0,cloudformation/* literalBool */.KG)(t, (0,cloudformation/* get */.Jt)(auto, ['Enabled']));
                    if (enabled !== true)
                        found.push([
                            'autoRollbackOff',
                            { group: group.name, value: auto === undefined ? 'missing' : (0,deployment_model/* shown */.SP)(t, (0,cloudformation/* get */.Jt)(auto, ['Enabled'])) },
                            auto === undefined ? at : [...at, 'AutoRollbackConfiguration'],
                        ]);
                    else {
                        const events = (0,lib_policy/* stringList */.Yn)((0,cloudformation/* get */.Jt)(auto, ['Events'])).map((e) => (0,cloudformation/* literalString */.dc)(t, e) ?? e);
                        for (const missing of ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'])
                            if (!events.includes(missing))
                                found.push([
                                    'rollbackEvents',
                                    {
                                        group: group.name,
                                        missing,
                                        value: events.length ? events.map((e) => `'${e}'`).join(', ') : 'nothing',
                                    },
                                    [...at, 'AutoRollbackConfiguration'],
                                ]);
                    }
                    const config = group.props['AlarmConfiguration'];
                    if ((0,cloudformation/* literalBool */.KG)(t, (0,cloudformation/* get */.Jt)(config, ['Enabled'])) !== true)
                        found.push([
                            'alarmConfigOff',
                            {
                                group: group.name,
                                value: config === undefined
                                    ? 'missing'
                                    : `'Enabled: ${(0,deployment_model/* shown */.SP)(t, (0,cloudformation/* get */.Jt)(config, ['Enabled'])).replace(/'/g, '')}'`,
                            },
                            config === undefined ? at : [...at, 'AlarmConfiguration'],
                        ]);
                    else {
                        const list = (0,cloudformation/* get */.Jt)(config, ['Alarms']);
                        const entries = Array.isArray(list) ? list : [];
                        const judged = judgeAlarms(t, entries.map((e, i) => ({
                            value: (0,cloudformation/* get */.Jt)(e, ['Name']),
                            path: [...at, 'AlarmConfiguration', 'Alarms', i, 'Name'],
                        })), `The alarm configuration of deployment group '${group.name}'`);
                        found.push(...judged.map(([id, data, p]) => [
                            id,
                            data,
                            p.length ? p : [...at, 'AlarmConfiguration'],
                        ]));
                    }
                }
            }
            if (found.length > 0)
                failures++;
            for (const [id, data, at] of found)
                ctx.report(id, data, at);
        }
        ctx.tally(services.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/lifecycle-hook.ts
// BGD006: in the ECS design, a Lambda lifecycle hook tests the green revision while only test traffic reaches it
// (lifecycle stage TEST_TRAFFIC_SHIFT or POST_TEST_TRAFFIC_SHIFT), before any user does; a hook that answers
// FAILED rolls the deployment back. The hook names a Lambda function by its ARN and a role that ecs.amazonaws.com
// may assume to invoke it. In the CodeDeploy design the hooks live in appspec.yaml, which the rubric reads beside
// the template, so this rule does not apply there.




/** The stages at which green has test traffic and no production traffic. */
const TEST_STAGES = ['TEST_TRAFFIC_SHIFT', 'POST_TEST_TRAFFIC_SHIFT'];
/** Whether a hook target is a Lambda function's ARN: `!GetAtt Fn.Arn` of this template, or an ARN given as text. */
function judgeTarget(t, v) {
    const r = (0,cloudformation/* targetResource */.cR)(t, v);
    if (r?.resource.Type === deployment_model/* LAMBDA */.GL)
        return (0,cloudformation/* attributeOf */.w4)(v) === 'Arn' ? 'ok' : 'name';
    if (r)
        return 'unresolved';
    const text = (0,cloudformation/* literalString */.dc)(t, v);
    if (text !== undefined)
        return /^arn:[^:]+:lambda:/.test(text) ? 'ok' : 'unresolved';
    // A parameter without a default: the ARN of a function deployed elsewhere.
    return t.Parameters?.[(0,cloudformation/* targetOf */.$r)(v) ?? ''] ? 'ok' : 'unresolved';
}
/* harmony default export */ const lifecycle_hook = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'BGD006',
        name: 'lifecycle-hook',
        target: 'cloudformation',
        severity: 'error',
        title: 'Test green with a lifecycle hook before production traffic',
        description: "Every load-balanced ECS service deployed by ECS has a DeploymentConfiguration.LifecycleHooks entry at 'TEST_TRAFFIC_SHIFT' or 'POST_TEST_TRAFFIC_SHIFT' whose HookTargetArn is a Lambda function's ARN and whose RoleArn is a role that ecs.amazonaws.com may assume, allowed 'lambda:InvokeFunction'. Services deployed by CodeDeploy are judged on their appspec hooks instead.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-lifecycle-hooks.html',
        evidence: ['ECS DeploymentLifecycleHook', 'lambda:InvokeFunction'],
        messages: {
            ...deployment_model/* deploymentMessages */.IY,
            noHooks: "Service '{{service}}' has no lifecycle hooks, so nothing tests the green revision before users reach it: a release that starts and passes its health check goes straight to production. Add a 'LifecycleHooks' entry that runs a Lambda function at 'POST_TEST_TRAFFIC_SHIFT'.",
            noTestStage: "The lifecycle hooks of service '{{service}}' run at {{stages}}, never while green has only test traffic, so they cannot stop a bad release before users see it. Add 'POST_TEST_TRAFFIC_SHIFT' (or 'TEST_TRAFFIC_SHIFT') to a hook's 'LifecycleStages'.",
            targetName: "The lifecycle hook of service '{{service}}' names Lambda function '{{function}}' with '!Ref', which returns its name, but 'HookTargetArn' needs its ARN. Write '!GetAtt {{function}}.Arn'.",
            targetUnresolved: "The lifecycle hook of service '{{service}}' targets {{value}}, which is not a Lambda function's ARN. Point 'HookTargetArn' at a function of this template with '!GetAtt <function>.Arn'.",
            noRole: "The lifecycle hook of service '{{service}}' names no role of this template in 'RoleArn', so ECS cannot invoke the function and the deployment fails at that stage. Add a role that 'ecs.amazonaws.com' may assume, allowed 'lambda:InvokeFunction', and reference it with '!GetAtt <role>.Arn'.",
            roleTrust: "The role of the lifecycle hook of service '{{service}}' cannot be assumed by 'ecs.amazonaws.com', so ECS cannot invoke the hook. Allow 'sts:AssumeRole' for that principal in its 'AssumeRolePolicyDocument'.",
            rolePermission: "The role of the lifecycle hook of service '{{service}}' may not call 'lambda:InvokeFunction', so ECS cannot run the hook. Allow that action on the hook's function in the role's policy.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const balanced = (0,deployment_model/* readServices */.JQ)(t, ctx);
        if (balanced.length === 0)
            return;
        const services = balanced.filter((s) => (0,deployment_model/* designOf */.et)(t, s) === 'ecs');
        if (services.length === 0) {
            ctx.notApplicable('no load-balanced service is deployed by ECS; CodeDeploy hooks are read from appspec.yaml');
            return;
        }
        let failures = 0;
        for (const svc of services) {
            const found = [];
            const hooks = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'LifecycleHooks']);
            const list = Array.isArray(hooks) ? hooks.filter(cloudformation/* isRecord */.u4) : [];
            const at = (0,deployment_model/* servicePath */.VF)(svc, 'DeploymentConfiguration', 'LifecycleHooks');
            if (list.length === 0)
                found.push([
                    'noHooks',
                    { service: svc.name },
                    (0,deployment_model/* existingPath */.Jf)(svc, ['DeploymentConfiguration', 'LifecycleHooks']),
                ]);
            else {
                const stagesOf = (h) => (0,lib_policy/* stringList */.Yn)(h['LifecycleStages']).map((s) => s.toUpperCase());
                const i = list.findIndex((h) => stagesOf(h).some((s) => TEST_STAGES.includes(s)));
                if (i < 0) {
                    const stages = [...new Set(list.flatMap(stagesOf))];
                    found.push([
                        'noTestStage',
                        {
                            service: svc.name,
                            stages: stages.length ? stages.map((s) => `'${s}'`).join(', ') : 'no stage',
                        },
                        at,
                    ]);
                }
                else {
                    const hook = list[i];
                    const hookAt = [...at, hooks.indexOf(hook)];
                    const target = judgeTarget(t, hook['HookTargetArn']);
                    if (target === 'name')
                        found.push([
                            'targetName',
                            { service: svc.name, function: (0,cloudformation/* targetOf */.$r)(hook['HookTargetArn']) ?? '' },
                            [...hookAt, 'HookTargetArn'],
                        ]);
                    else if (target === 'unresolved')
                        found.push([
                            'targetUnresolved',
                            {
                                service: svc.name,
                                value: hook['HookTargetArn'] === undefined
                                    ? 'nothing'
                                    : `'${(0,cloudformation/* literalString */.dc)(t, hook['HookTargetArn']) ?? 'a computed value'}'`,
                            },
                            hook['HookTargetArn'] === undefined ? hookAt : [...hookAt, 'HookTargetArn'],
                        ]);
                    const role = (0,deployment_model/* judgeRole */.CK)(t, hook['RoleArn'], 'ecs.amazonaws.com', 'AWSLambdaRole', 'lambda:InvokeFunction');
                    const roleAt = hook['RoleArn'] === undefined ? hookAt : [...hookAt, 'RoleArn'];
                    if (role === 'unresolved')
                        found.push(['noRole', { service: svc.name }, roleAt]);
                    else if (role === 'trust')
                        found.push(['roleTrust', { service: svc.name }, roleAt]);
                    else if (role === 'permission')
                        found.push(['rolePermission', { service: svc.name }, roleAt]);
                }
            }
            if (found.length > 0)
                failures++;
            for (const [id, data, p] of found)
                ctx.report(id, data, p);
        }
        ctx.tally(services.length, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/index.ts
// Blue/green deployment rules (prefix BGD) for CloudFormation templates, sorted by id: the deployment design (an
// ECS deployment strategy or CodeDeploy), the two target groups, the production and test routes, the bake time,
// alarm-driven rollback and the lifecycle hook that tests green. Each file holds one rule; model.ts reads both
// designs, and appspec.ts reads the CodeDeploy AppSpec file that the rubric checks beside the template.






const deploymentRules = [
    deployment_strategy, // BGD001
    blue_green_target_groups, // BGD002
    traffic_routes, // BGD003
    bake_time/* default */.A, // BGD004
    alarm_rollback, // BGD005
    lifecycle_hook, // BGD006
];

// EXTERNAL MODULE: ./node_modules/dockerfile-utils/lib/main.js
var main = __webpack_require__(285);
;// CONCATENATED MODULE: ./graders/rules/dockerfile/dockerfile-syntax.ts
// DKR000: the Dockerfile is one Docker can build. Reports dockerfile-utils' errors (its warnings, such as
// instruction casing, are style and are left to the other rules).


// LSP DiagnosticSeverity.Error: what dockerfile-utils uses for problems that stop `docker build`.
const LSP_ERROR = 1;
/* harmony default export */ const dockerfile_syntax = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR000',
        name: 'dockerfile-syntax',
        target: 'dockerfile',
        severity: 'error',
        title: 'Write a Dockerfile that Docker can build',
        description: 'Checks the file the way the Docker builder parses it: unknown instructions, missing or extra arguments, invalid flags and stage names. Any of these stops docker build before it starts.',
        docsUrl: 'https://docs.docker.com/reference/dockerfile/',
        evidence: ['DL1000'],
        messages: {
            noFrom: "The Dockerfile has no 'FROM' instruction, so Docker has no base image to build on. Start it with 'FROM <image>:<tag>'; only comments, parser directives and 'ARG' may come before it.",
            invalid: 'Docker cannot build this line ({{problem}}). Fix it using the syntax in the Dockerfile reference; docker build stops at the first such error.',
        },
    },
    check(doc, ctx) {
        for (const d of (0,main.validate)(doc.text)) {
            if (d.severity !== LSP_ERROR)
                continue;
            const at = { line: d.range.start.line + 1, column: d.range.start.character + 1 };
            if (d.code === main.ValidationCode.NO_SOURCE_IMAGE)
                ctx.report('noFrom', {}, at);
            else {
                const problem = typeof d.message === 'string' ? d.message : d.message.value;
                ctx.report('invalid', { problem: problem.replace(/\.$/, '') }, at);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/support.ts
/**
 * The global build arguments: the `ARG`s before the first `FROM`, the only ones a `FROM` line can use, each with
 * its default ('' when it has none). A plain `docker build` uses these defaults.
 */
function globalArgs(ast) {
    const firstFrom = ast.getFROMs()[0]?.getRange().start.line ?? Number.POSITIVE_INFINITY;
    const args = new Map();
    for (const arg of ast.getARGs()) {
        if (arg.getRange().start.line >= firstFrom)
            continue;
        const p = arg.getProperty();
        const name = p?.getName();
        if (name)
            args.set(name, p?.getValue() ?? '');
    }
    return args;
}
/** A text with its `$NAME`, `${NAME}`, `${NAME:-default}` and `${NAME:+alt}` references replaced, and the names used. */
function expandArgs(text, args) {
    const used = [];
    const out = text.replace(/\$(?:\{(\w+)(?::([-+])([^}]*))?\}|(\w+))/g, (_m, braced, op, word, bare) => {
        const name = (braced ?? bare);
        used.push(name);
        const value = args.get(name) ?? '';
        if (op === '-')
            return value === '' ? (word ?? '') : value;
        if (op === '+')
            return value === '' ? '' : (word ?? '');
        return value;
    });
    return { text: out, used };
}
/** An image reference's parts: `registry/name:tag@digest`; the tag is what follows the last ':' after the last '/'. */
function parseImageRef(ref) {
    const at = ref.indexOf('@');
    const digest = at >= 0 ? ref.slice(at + 1) : null;
    const rest = at >= 0 ? ref.slice(0, at) : ref;
    const colon = rest.lastIndexOf(':');
    const tagged = colon > rest.lastIndexOf('/');
    return { name: tagged ? rest.slice(0, colon) : rest, tag: tagged ? rest.slice(colon + 1) : null, digest };
}
/** The image a FROM names, with global ARG defaults filled in, as a plain `docker build` resolves it. */
function resolvedFromImage(ast, from) {
    const image = from.getImage();
    if (image === null)
        return null;
    const { text, used } = expandArgs(image, globalArgs(ast));
    return { image: text, used };
}
/**
 * The stages that make up the shipped image, final stage first: when a stage is built `FROM` an earlier
 * stage, it inherits that stage's USER, HEALTHCHECK, CMD and labels, so those are part of the chain too.
 */
function finalStageChain(ast) {
    const froms = ast.getFROMs();
    const chain = [];
    let index = froms.length - 1;
    while (index >= 0) {
        const from = froms[index];
        const stage = from ? ast.getContainingImage(from.getRange().start) : null;
        if (!from || !stage)
            break;
        chain.push({ from, stage });
        // Stage names are case-insensitive; only stages defined before this FROM can be its base. `FROM ${STAGE}`
        // names a stage through a global ARG.
        const resolved = resolvedFromImage(ast, from);
        const base = (resolved ? parseImageRef(resolved.image).name : from.getImageName())?.toLowerCase();
        index =
            base === undefined
                ? -1
                : froms.slice(0, index).findLastIndex((f) => f.getBuildStage()?.toLowerCase() === base);
    }
    return chain;
}
/**
 * The RUN instructions whose results ship: those of the stages in {@link finalStageChain}, in file order. A build
 * stage outside the chain hands on only what the final image copies from it, so caches it leaves stay behind.
 */
function finalImageRuns(ast) {
    return finalStageChain(ast)
        .flatMap(({ stage }) => stage.getInstructions().filter((i) => i.getKeyword() === 'RUN'))
        .sort((a, b) => a.getRange().start.line - b.getRange().start.line);
}
/** The simple commands of a RUN, split on `&&`, `||`, `;` and `|`, each as its words (leading `VAR=…` and `sudo` dropped). */
function runCommands(run) {
    let text = (run.getArgumentsContent() ?? '').trim();
    if (text.startsWith('[')) {
        try {
            const v = JSON.parse(text);
            if (Array.isArray(v))
                text = v.map(String).join(' ');
        }
        catch {
            // not JSON: Docker runs it through a shell, and so do we
        }
    }
    return text
        .split(/&&|\|\||[;|\n]/)
        .map((c) => {
        const words = c
            .trim()
            .split(/\s+/)
            .filter((w) => w !== '');
        // `DEBIAN_FRONTEND=noninteractive apt-get …` and `sudo apt-get …` run the same command.
        while (words.length > 0 && (/^\w+=/.test(words[0] ?? '') || words[0] === 'sudo'))
            words.shift();
        return words;
    })
        .filter((words) => words.length > 0);
}
/** Targets of the RUN's `--mount=type=cache` mounts: caches there never reach the image. */
function cacheMountTargets(run) {
    const targets = [];
    for (const flag of run.getFlags()) {
        if (flag.getName() !== 'mount')
            continue;
        const options = new Map(flag.getOptions().map((o) => [o.getName(), o.getValue() ?? '']));
        if (options.get('type') === 'cache')
            targets.push(options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '');
    }
    return targets;
}
/** 1-based position of an instruction's first character. */
function startOf(i) {
    const s = i.getRange().start;
    return { line: s.line + 1, column: s.character + 1 };
}

;// CONCATENATED MODULE: ./graders/rules/dockerfile/pinned-base-image.ts
// DKR001: every external base image names a version (tag or digest), and the tag is not `latest`. A FROM that
// takes its image or tag from a build argument is judged by what a plain `docker build` uses: the default of
// the global ARG (declared before the first FROM). `ARG NODE_VERSION=latest` or an ARG with no default pins
// nothing, so it fails like `node:latest`; a stage named through an ARG is a stage, not an image.


/* harmony default export */ const pinned_base_image = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR001',
        name: 'pinned-base-image',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Pin base images to a version',
        description: "Every FROM names an explicit tag or digest other than latest, also when it comes from a global ARG's default, so rebuilding the image tomorrow gives the same base as today.",
        docsUrl: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
        evidence: ['DL3006', 'DL3007', 'CKV_DOCKER_7'],
        messages: {
            untagged: "Base image '{{image}}' has no tag, so Docker pulls 'latest', which changes without notice. Pin a version tag such as '{{image}}:22-alpine' or a digest.",
            latest: "Base image '{{image}}' uses the 'latest' tag, which changes without notice. Pin a release tag or a digest ('{{name}}@sha256:…').",
            argUnpinned: "Base image '{{image}}' takes its version from the build argument {{args}}, and a plain 'docker build' uses {{value}}, so it pulls '{{resolved}}', which changes without notice. Give the argument a version as its default, for example 'ARG {{first}}={{example}}', declared before the first 'FROM'.",
        },
    },
    check(doc, ctx) {
        const ast = doc.ast;
        const args = globalArgs(ast);
        // Stage names declared earlier can be used as a base: `FROM build AS test`.
        const stages = new Set();
        let checked = 0;
        for (const from of ast.getFROMs()) {
            const image = from.getImage();
            const resolved = resolvedFromImage(ast, from);
            const stage = from.getBuildStage();
            const start = from.getRange().start;
            const at = { line: start.line + 1, column: start.character + 1 };
            if (image !== null && resolved !== null) {
                const ref = parseImageRef(resolved.image);
                const name = ref.name.toLowerCase();
                if (name !== '' && !stages.has(name) && name !== 'scratch') {
                    checked++;
                    if (ref.digest === null || ref.digest === '') {
                        const unpinned = ref.tag === null || ref.tag === '' || ref.tag === 'latest';
                        if (unpinned && resolved.used.length > 0) {
                            const first = resolved.used[0];
                            const value = args.get(first);
                            // An ARG naming the whole image wants an image as its example; one naming the tag, a tag.
                            const wholeImage = image.startsWith('$');
                            ctx.report('argUnpinned', {
                                image,
                                args: resolved.used.map((a) => `'${a}'`).join(' and '),
                                value: value === undefined
                                    ? "an empty value (no ARG of that name comes before the first 'FROM', and only those reach 'FROM' lines)"
                                    : value === ''
                                        ? 'an empty value (it has no default)'
                                        : `its default '${value}'`,
                                resolved: ref.tag === null || ref.tag === '' ? `${ref.name}:latest` : resolved.image,
                                first,
                                example: wholeImage ? `${ref.name || 'node'}:22-alpine` : '22-alpine',
                            }, at);
                        }
                        else if (ref.tag === null || ref.tag === '')
                            ctx.report('untagged', { image: resolved.image }, at);
                        else if (ref.tag === 'latest')
                            ctx.report('latest', { image: resolved.image, name: ref.name }, at);
                    }
                }
            }
            if (stage)
                stages.add(stage.toLowerCase());
        }
        if (checked === 0)
            ctx.notApplicable('no external base image');
        else
            ctx.tally(checked);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/multi-stage-build.ts
// DKR002: the Dockerfile has at least two stages, and the final stage copies from an earlier one.

/* harmony default export */ const multi_stage_build = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR002',
        name: 'multi-stage-build',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Use a multi-stage build',
        description: 'The Dockerfile has a build stage and a final stage that copies only what runs from it with COPY --from, so build tools, dev dependencies and tests stay out of the shipped image.',
        docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
        evidence: ['DL3022'],
        messages: {
            singleStage: "The Dockerfile has a single stage, so everything used to build the app ships in the image. Add a build stage ('FROM <image>:<tag> AS build') for installing and testing, then start a slim final stage and 'COPY --from=build' only what the app needs to run.",
            noCopyFrom: "The final stage (line {{line}}) copies nothing from an earlier stage, so the earlier stages do not make the shipped image any smaller. Copy the app into it with 'COPY --from={{stage}} <source> <destination>'.",
            unknownStage: "'COPY --from={{ref}}' names no earlier stage, so Docker tries to pull an image called '{{ref}}' and the build fails. Use the name of a stage defined above it: {{stages}}.",
        },
    },
    check(doc, ctx) {
        const froms = doc.ast.getFROMs();
        const first = froms[0];
        const last = froms.at(-1);
        if (!first || !last) {
            ctx.notApplicable('no FROM instruction');
            return;
        }
        const at = (f) => {
            const s = f.getRange().start;
            return { line: s.line + 1, column: s.character + 1 };
        };
        // Check every COPY --from that looks like a stage reference (an image reference has a tag, digest or path).
        const earlier = [];
        for (const from of froms) {
            const stage = doc.ast.getContainingImage(from.getRange().start);
            for (const copy of stage?.getCOPYs() ?? []) {
                const ref = copy.getFromFlag()?.getValue();
                if (!ref || /^\d+$/.test(ref) || /[:@/$]/.test(ref) || earlier.includes(ref.toLowerCase()))
                    continue;
                const stages = earlier.length > 0
                    ? earlier.map((s) => `'${s}'`).join(', ')
                    : `none yet (name one with 'FROM <image> AS <name>')`;
                ctx.report('unknownStage', { ref, stages }, at(copy));
            }
            const name = from.getBuildStage();
            if (name)
                earlier.push(name.toLowerCase());
        }
        if (froms.length < 2) {
            ctx.report('singleStage', {}, at(first));
            return;
        }
        // The final stage must itself copy from an earlier stage (by name or index).
        const lastIndex = froms.length - 1;
        const finalStage = doc.ast.getContainingImage(last.getRange().start);
        const names = new Map();
        froms.forEach((f, i) => {
            const n = f.getBuildStage();
            if (n && i < lastIndex)
                names.set(n.toLowerCase(), i);
        });
        const copiesFromStage = (finalStage?.getCOPYs() ?? []).some((c) => {
            const ref = c.getFromFlag()?.getValue()?.toLowerCase();
            if (ref === undefined)
                return false;
            return names.has(ref) || (/^\d+$/.test(ref) && Number(ref) < lastIndex);
        });
        if (!copiesFromStage) {
            const previous = froms[lastIndex - 1];
            const stage = previous?.getBuildStage() ?? String(lastIndex - 1);
            ctx.report('noCopyFrom', { line: at(last).line, stage }, at(last));
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/non-root-user.ts
// DKR003: the shipped image runs as an unprivileged user: the last USER of the final stage (or of the
// stage it is built from) is neither `root` nor UID 0.


/* harmony default export */ const non_root_user = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR003',
        name: 'non-root-user',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Run the final stage as a non-root user',
        description: 'The last USER of the final stage names an unprivileged user, so a compromised or buggy app cannot act as root inside the container.',
        docsUrl: 'https://docs.docker.com/build/building/best-practices/#user',
        evidence: ['DL3002', 'CKV_DOCKER_3', 'CKV_DOCKER_8'],
        messages: {
            missing: "The final stage never sets 'USER', so the app runs as 'root' and anyone who exploits it controls the whole container. Add a 'USER' line with an unprivileged account after the steps that need root (the official Node.js images include one called 'node'; elsewhere create one with 'adduser').",
            root: "The last 'USER' of the final stage is '{{user}}', so the app runs with root privileges. Switch to an unprivileged account (such as 'node' in the official Node.js images) after the steps that need root.",
        },
    },
    check(doc, ctx) {
        const chain = finalStageChain(doc.ast);
        const final = chain[0];
        if (!final) {
            ctx.notApplicable('no FROM instruction');
            return;
        }
        for (const { stage } of chain) {
            const user = stage
                .getInstructions()
                .filter((i) => i.getKeyword() === 'USER')
                .at(-1);
            if (!user)
                continue;
            const raw = user.getArguments()[0]?.getValue() ?? '';
            const name = resolve(raw.split(':')[0] ?? '', (v) => doc.ast.resolveVariable(v, user.getRange().start.line));
            // A user we cannot resolve statically (a build argument with no default) gets the benefit of the doubt.
            if (name !== null && (name === 'root' || /^0+$/.test(name))) {
                const s = user.getRange().start;
                ctx.report('root', { user: raw }, { line: s.line + 1, column: s.character + 1 });
            }
            return;
        }
        // No USER anywhere in the chain: only images published to run unprivileged (distroless ':nonroot') pass.
        const base = chain.at(-1)?.from;
        if (base && /nonroot/i.test(base.getImageTag() ?? ''))
            return;
        const s = final.from.getRange().start;
        ctx.report('missing', {}, { line: s.line + 1, column: s.character + 1 });
    },
}));
/** Expands a lone `$NAME` or `${NAME}`; null when it has no value at that line. */
function resolve(value, lookup) {
    const m = /^\$\{?(\w+)\}?$/.exec(value);
    if (!m?.[1])
        return value;
    return lookup(m[1]) ?? null;
}

;// CONCATENATED MODULE: ./graders/rules/dockerfile/healthcheck.ts
// DKR004: the shipped image defines a HEALTHCHECK (in the final stage or the stage it is built from) and
// does not switch health checks off with HEALTHCHECK NONE.


/* harmony default export */ const healthcheck = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR004',
        name: 'healthcheck',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Declare a HEALTHCHECK in the final stage',
        description: 'The shipped image has one HEALTHCHECK that probes the app, so Docker can report a container that is running but no longer answering as unhealthy.',
        docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
        evidence: ['CKV_DOCKER_2', 'DL3057', 'DL3012'],
        messages: {
            missing: "The final stage has no 'HEALTHCHECK', so Docker can only tell that the process is running, not that it answers requests. Add one that probes the app's health endpoint, such as 'HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"healthcheck.js\"]'.",
            disabled: "'HEALTHCHECK NONE' switches off every health check, including the base image's, so an app that hangs still looks healthy. Replace it with a 'HEALTHCHECK CMD …' that probes the app.",
            multiple: "This stage has {{count}} 'HEALTHCHECK' instructions, and only the last one takes effect. Keep a single 'HEALTHCHECK'.",
        },
    },
    check(doc, ctx) {
        const chain = finalStageChain(doc.ast);
        const final = chain[0];
        if (!final) {
            ctx.notApplicable('no FROM instruction');
            return;
        }
        const pos = (r) => ({
            line: r.start.line + 1,
            column: r.start.character + 1,
        });
        for (const { stage } of chain) {
            const checks = stage.getHEALTHCHECKs();
            const last = checks.at(-1);
            if (!last)
                continue;
            for (const extra of checks.slice(0, -1))
                ctx.report('multiple', { count: checks.length }, pos(extra.getRange()));
            if (last.getSubcommand()?.getValue().toUpperCase() === 'NONE')
                ctx.report('disabled', {}, pos(last.getRange()));
            return;
        }
        ctx.report('missing', {}, pos(final.from.getRange()));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/exec-form-command.ts


/* harmony default export */ const exec_form_command = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR005',
        name: 'exec-form-command',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Start the app with an exec-form CMD or ENTRYPOINT',
        description: 'CMD and ENTRYPOINT are JSON arrays, so the app itself is PID 1 and receives SIGTERM when Docker or ECS stops the container, and can shut down cleanly.',
        docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
        evidence: ['DL3025'],
        messages: {
            shellForm: "'{{keyword}} {{command}}' uses shell form, so '/bin/sh -c' runs as PID 1 and does not pass SIGTERM on to the app: 'docker stop' and ECS wait out the stop timeout, then kill it. Use exec form: '{{keyword}} {{suggestion}}'.",
            invalidJson: "'{{keyword}} {{command}}' looks like exec form but is not valid JSON (exec form needs double quotes), so Docker runs it through a shell. Write it as '{{keyword}} {{suggestion}}'.",
            missing: "The final stage sets neither 'CMD' nor 'ENTRYPOINT', so the container runs whatever the base image '{{image}}' starts by default. Add an exec-form 'CMD', such as 'CMD [\"node\", \"server.js\"]'.",
        },
    },
    check(doc, ctx) {
        const chain = finalStageChain(doc.ast);
        const final = chain[0];
        if (!final) {
            ctx.notApplicable('no FROM instruction');
            return;
        }
        const pos = (i) => {
            const s = i.getRange().start;
            return { line: s.line + 1, column: s.character + 1 };
        };
        const commands = [...doc.ast.getCMDs(), ...doc.ast.getENTRYPOINTs()].sort((a, b) => a.getRange().start.line - b.getRange().start.line);
        let checked = 0;
        let failed = 0;
        for (const cmd of commands) {
            const content = (cmd.getArgumentsContent() ?? '').trim();
            if (content === '')
                continue; // an empty CMD is dockerfile-syntax's business
            checked++;
            const keyword = cmd.getKeyword();
            if (content.startsWith('[')) {
                if (isJsonStringArray(content))
                    continue;
                failed++;
                ctx.report('invalidJson', { keyword, command: content, suggestion: content.replace(/'/g, '"') }, pos(cmd));
            }
            else {
                failed++;
                ctx.report('shellForm', { keyword, command: content, suggestion: execFormOf(content) }, pos(cmd));
            }
        }
        const startsApp = chain.some(({ stage }) => stage.getCMDs().length + stage.getENTRYPOINTs().length > 0);
        if (!startsApp) {
            checked++;
            failed++;
            const s = final.from.getRange().start;
            ctx.report('missing', { image: chain.at(-1)?.from.getImage() ?? 'scratch' }, { line: s.line + 1, column: s.character + 1 });
        }
        ctx.tally(checked, failed);
    },
}));
function isJsonStringArray(text) {
    try {
        const v = JSON.parse(text);
        return Array.isArray(v) && v.every((x) => typeof x === 'string');
    }
    catch {
        return false;
    }
}
/** The exec form of a simple shell command; a placeholder when it needs a shell (pipes, variables, &&). */
function execFormOf(command) {
    if (/[|&;<>$`*(){}]/.test(command))
        return '["<executable>", "<argument>", …]';
    const words = command.split(/\s+/).map((w) => w.replace(/^(["'])(.*)\1$/, '$2'));
    return '[' + words.map((w) => JSON.stringify(w)).join(', ') + ']';
}

;// CONCATENATED MODULE: ./graders/rules/dockerfile/copy-not-add.ts

const ARCHIVE = /\.(tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz|tar\.zst)$/i;
/* harmony default export */ const copy_not_add = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR006',
        name: 'copy-not-add',
        target: 'dockerfile',
        severity: 'error',
        title: 'Use COPY, not ADD, for local files',
        description: 'Local files and folders are copied with COPY, whose only job is copying; ADD, which also unpacks archives and downloads URLs, is kept for those cases, with remote files pinned by checksum.',
        docsUrl: 'https://docs.docker.com/build/building/best-practices/#add-or-copy',
        evidence: ['DL3020', 'CKV_DOCKER_4'],
        messages: {
            useCopy: "'ADD {{args}}' copies local files ('{{source}}'), which 'COPY' does more predictably: 'ADD' also unpacks archives and downloads URLs, so it can do more than you meant. Use 'COPY {{args}}'.",
            remoteNoChecksum: "'ADD {{source}}' downloads a file without verifying it, so a changed or tampered download goes into the image unnoticed. Add '--checksum=sha256:<digest>' to the 'ADD', or download it in a 'RUN' step that checks its hash.",
        },
    },
    check(doc, ctx) {
        const adds = doc.ast.getInstructions().filter((i) => i.getKeyword() === 'ADD');
        if (adds.length === 0) {
            ctx.notApplicable('no ADD instructions');
            return;
        }
        for (const add of adds) {
            const s = add.getRange().start;
            const at = { line: s.line + 1, column: s.character + 1 };
            const args = argumentsOf(add.getArgumentsContent() ?? '');
            const sources = args.slice(0, -1);
            const hasChecksum = add.getFlags().some((f) => f.getName() === 'checksum');
            const remote = sources.find((src) => /^https?:\/\//i.test(src));
            const local = sources.find((src) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(src) && !/^git@/.test(src) && !ARCHIVE.test(src));
            if (local !== undefined)
                ctx.report('useCopy', { source: local, args: args.join(' ') }, at);
            else if (remote !== undefined && !hasChecksum)
                ctx.report('remoteNoChecksum', { source: remote }, at);
        }
        ctx.tally(adds.length);
    },
}));
/** ADD's source and destination arguments, from shell form or JSON form, without flags. */
function argumentsOf(content) {
    const text = content.trim();
    if (text.startsWith('[')) {
        try {
            const v = JSON.parse(text);
            if (Array.isArray(v))
                return v.map(String);
        }
        catch {
            // not JSON: fall through to shell-form splitting, as Docker does
        }
    }
    return text.split(/\s+/).filter((w) => w !== '');
}

;// CONCATENATED MODULE: ./graders/rules/dockerfile/no-secrets-in-env.ts

// Name words that mark a secret, after splitting on `_`, `-`, `.` and camelCase.
const SECRET_WORDS = new Set([
    'PASSWORD',
    'PASSWD',
    'SECRET',
    'TOKEN',
    'APIKEY',
    'CREDENTIAL',
    'CREDENTIALS',
    'PRIVATEKEY',
]);
const SECRET_PAIRS = [
    ['API', 'KEY'],
    ['PRIVATE', 'KEY'],
    ['ACCESS', 'KEY'],
    ['SECRET', 'KEY'],
    ['AUTH', 'KEY'],
];
// Names that hold where a secret is, not the secret: `DB_PASSWORD_FILE=/run/secrets/db`, `API_TOKEN_SECRET_ARN`.
const REFERENCE_SUFFIXES = new Set([
    'FILE',
    'PATH',
    'DIR',
    'ARN',
    'NAME',
    'ID',
    'URL',
    'URI',
    'ENDPOINT',
    'HEADER',
    'LENGTH',
]);
// Always secrets, whatever their suffix.
const ALWAYS = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);
const AWS_KEY_ID = /\b(AKIA|ASIA)[A-Z0-9]{16}\b/;
function isSecretName(name) {
    if (ALWAYS.has(name.toUpperCase()))
        return true;
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toUpperCase()
        .split(/[_.-]+/)
        .filter((w) => w !== '');
    if (words.length === 0 || REFERENCE_SUFFIXES.has(words.at(-1) ?? ''))
        return false;
    if (words.some((w) => SECRET_WORDS.has(w)))
        return true;
    return SECRET_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}
/* harmony default export */ const no_secrets_in_env = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR007',
        name: 'no-secrets-in-env',
        target: 'dockerfile',
        severity: 'error',
        title: 'Keep secrets out of ARG and ENV',
        description: 'No ARG or ENV carries a password, token, API key or AWS credential: ENV values are stored in the image configuration and build arguments in its history, where anyone who can pull the image can read them.',
        docsUrl: 'https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/',
        evidence: ['DL3064', 'ECS.8'],
        messages: {
            env: "'ENV {{name}}' stores a secret in the image, where anyone who can pull it reads the value with 'docker inspect'. Remove it and supply the value when the container starts (on ECS, through the task definition's 'secrets' from Secrets Manager or SSM Parameter Store).",
            arg: "'ARG {{name}}' passes a secret as a build argument, which is recorded in the image history and build metadata. Use a secret mount instead: 'RUN --mount=type=secret,id={{id}} …' with 'docker build --secret id={{id}},env={{name}}'.",
            awsKey: "'{{keyword}} {{name}}' holds what looks like an AWS access key ID ('{{prefix}}…'), and anything in a Dockerfile ends up in the image and in Git. Remove it, deactivate the key in IAM, and give the container an IAM task role instead of keys.",
        },
    },
    check(doc, ctx) {
        const variables = doc.ast
            .getInstructions()
            .filter((i) => i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG');
        let checked = 0;
        let failed = 0;
        for (const instruction of variables) {
            const keyword = instruction.getKeyword();
            for (const property of instruction.getProperties()) {
                checked++;
                const name = property.getName();
                const value = property.getValue() ?? '';
                const s = property.getNameRange().start;
                const at = { line: s.line + 1, column: s.character + 1 };
                const key = AWS_KEY_ID.exec(value);
                if (key) {
                    failed++;
                    ctx.report('awsKey', { keyword, name, prefix: key[0].slice(0, 4) }, at);
                }
                else if (isSecretName(name)) {
                    failed++;
                    if (keyword === 'ENV')
                        ctx.report('env', { name }, at);
                    else
                        ctx.report('arg', { name, id: name.toLowerCase().replace(/_/g, '-') }, at);
                }
            }
        }
        if (checked === 0)
            ctx.notApplicable('no ARG or ENV instructions');
        else
            ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/apt-get-hygiene.ts
// DKR008: apt-get installs leave nothing behind: -y, --no-install-recommends, package lists removed in the
// same RUN, and apt-get rather than apt. Package lists and recommended packages matter only where they ship: in
// the stages the final image is made of. A build stage the final image only copies from may keep them, but its
// RUNs still execute, so '-y' and 'apt-get' are judged in every stage: without '-y' the build itself stops.


/* harmony default export */ const apt_get_hygiene = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR008',
        name: 'apt-get-hygiene',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Install apt packages without leftovers',
        description: "Every apt-get install runs non-interactively; in the final image's stages it also uses --no-install-recommends and its RUN removes /var/lib/apt/lists, so the layer holds only the packages (build stages the final image only copies from may keep them); 'apt', meant for people at a terminal, is not used.",
        docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
        evidence: ['DL3009', 'DL3014', 'DL3015', 'DL3027', 'CKV_DOCKER_9'],
        messages: {
            lists: "This 'RUN' installs with apt-get but leaves the package lists in '/var/lib/apt/lists', tens of megabytes the app never uses. End the same 'RUN' with '&& rm -rf /var/lib/apt/lists/*'.",
            recommends: "'apt-get install' without '--no-install-recommends' also installs recommended packages the app does not need, which makes the image bigger and gives attackers more to work with. Add '--no-install-recommends'.",
            yes: "'apt-get install' without '-y' waits for a confirmation nobody can type during a build, so the step fails. Add '-y'.",
            apt: "'apt' is made for people at a terminal and warns that its command line may change. Use 'apt-get' in Dockerfiles.",
        },
    },
    check(doc, ctx) {
        const shipped = new Set(finalImageRuns(doc.ast).map((r) => r.getRange().start.line));
        let checked = 0;
        let failed = 0;
        for (const run of doc.ast.getInstructions().filter((i) => i.getKeyword() === 'RUN')) {
            const ships = shipped.has(run.getRange().start.line);
            const commands = runCommands(run);
            const usesApt = commands.some((w) => w[0] === 'apt');
            const installs = commands.filter((w) => w[0] === 'apt-get' && w.includes('install'));
            if (!usesApt && installs.length === 0)
                continue;
            checked++;
            const found = new Set();
            if (usesApt)
                found.add('apt');
            for (const words of installs) {
                const yes = words.some((w) => /^-(y|qq?y|yq)$/.test(w) || w === '--yes' || w === '--assume-yes');
                if (!yes)
                    found.add('yes');
                if (ships &&
                    !words.includes('--no-install-recommends') &&
                    !words.some((w) => /Install-Recommends=(false|0)/i.test(w))) {
                    found.add('recommends');
                }
            }
            const cleaned = commands.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/lib/apt/lists'))) ||
                cacheMountTargets(run).some((t) => t.startsWith('/var/lib/apt'));
            if (ships && installs.length > 0 && !cleaned)
                found.add('lists');
            if (found.size > 0)
                failed++;
            for (const id of found)
                ctx.report(id, {}, startOf(run));
        }
        if (checked === 0)
            ctx.notApplicable('no apt-get install');
        else
            ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/apk-no-cache.ts
// DKR009: `apk add` keeps no package index in the layer: --no-cache, or the cache removed in the same RUN.
// Only the stages the shipped image is made of count: a build stage's index never reaches the final image.


/* harmony default export */ const apk_no_cache = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR009',
        name: 'apk-no-cache',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Install Alpine packages with apk add --no-cache',
        description: "Every 'apk add' in the final image's stages uses --no-cache, so the Alpine package index is fetched for the install and not stored in the image layer. Build stages the final image only copies from may keep theirs.",
        docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
        evidence: ['DL3019'],
        messages: {
            noCache: "'apk add' in the final image without '--no-cache' stores the package index in '/var/cache/apk', where it stays in the layer for nothing. Use 'apk add --no-cache {{packages}}'.",
        },
    },
    check(doc, ctx) {
        let checked = 0;
        let failed = 0;
        for (const run of finalImageRuns(doc.ast)) {
            const commands = runCommands(run);
            const cleaned = commands.some((w) => w[0] === 'rm' && w.some((a) => a.startsWith('/var/cache/apk'))) ||
                cacheMountTargets(run).some((t) => t.startsWith('/var/cache/apk') || t.startsWith('/etc/apk/cache'));
            for (const words of commands) {
                if (words[0] !== 'apk' || !words.includes('add'))
                    continue;
                checked++;
                if (words.includes('--no-cache') || cleaned)
                    continue;
                const packages = words.slice(words.indexOf('add') + 1).filter((w) => !w.startsWith('-'));
                failed++;
                ctx.report('noCache', { packages: packages.join(' ') || '<package>' }, startOf(run));
            }
        }
        if (checked === 0)
            ctx.notApplicable('no apk add in the final image');
        else
            ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/pip-no-cache-dir.ts
// DKR010: `pip install` keeps no download cache in the layer: --no-cache-dir, PIP_NO_CACHE_DIR or a cache mount.
// Only the stages the shipped image is made of count: a build stage's cache never reaches the final image.


/* harmony default export */ const pip_no_cache_dir = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR010',
        name: 'pip-no-cache-dir',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Install Python packages with pip --no-cache-dir',
        description: "Every 'pip install' in the final image's stages runs with --no-cache-dir (or PIP_NO_CACHE_DIR set, or a cache mount), so downloaded wheels are not stored in the image layer. Build stages the final image only copies from may keep their cache.",
        docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
        evidence: ['DL3042'],
        messages: {
            noCacheDir: "'{{command}}' in the final image keeps every downloaded package in pip's cache ('~/.cache/pip'), which then ships in the layer. Add '--no-cache-dir', or set 'ENV PIP_NO_CACHE_DIR=1' before it.",
        },
    },
    check(doc, ctx) {
        // ENV and ARG reach a RUN only through its own stage or the stages it is built from: the chain.
        const chain = finalStageChain(doc.ast).flatMap(({ stage }) => stage.getInstructions());
        const envSetsNoCache = (line) => chain
            .filter((i) => (i.getKeyword() === 'ENV' || i.getKeyword() === 'ARG') && i.getRange().start.line < line)
            .some((i) => i
            .getProperties()
            .some((p) => p.getName() === 'PIP_NO_CACHE_DIR' && p.getValue()));
        let checked = 0;
        let failed = 0;
        for (const run of finalImageRuns(doc.ast)) {
            const mounted = cacheMountTargets(run).some((t) => t.includes('pip'));
            for (const words of runCommands(run)) {
                const at = pipInstallAt(words);
                if (at < 0)
                    continue;
                checked++;
                if (mounted || words.includes('--no-cache-dir') || envSetsNoCache(run.getRange().start.line))
                    continue;
                failed++;
                ctx.report('noCacheDir', { command: words.slice(0, at + 2).join(' ') }, startOf(run));
            }
        }
        if (checked === 0)
            ctx.notApplicable('no pip install in the final image');
        else
            ctx.tally(checked, failed);
    },
}));
/** Index of the `pip` word of `pip install …`, `pip3 install …` or `python -m pip install …`; -1 when not one. */
function pipInstallAt(words) {
    const pip = /^pip(\d+(\.\d+)?)?$/;
    if (pip.test(words[0] ?? '') && words[1] === 'install')
        return 0;
    if (/^python(\d+(\.\d+)?)?$/.test(words[0] ?? '') &&
        words[1] === '-m' &&
        pip.test(words[2] ?? '') &&
        words[3] === 'install')
        return 2;
    return -1;
}

;// CONCATENATED MODULE: ./graders/rules/dockerfile/node-package-cache.ts
// DKR011: npm and Yarn installs in the shipped image leave no package cache behind. Build stages may keep
// theirs: only what the final stage (and the stages it is built from) runs ends up in the image.


/* harmony default export */ const node_package_cache = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR011',
        name: 'node-package-cache',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Leave no npm or Yarn cache in the final image',
        description: 'An npm or Yarn install in the final stage cleans its cache in the same RUN or uses a cache mount, so downloaded tarballs do not ship; installing in a build stage and copying node_modules avoids the problem altogether.',
        docsUrl: 'https://docs.docker.com/build/cache/optimize/#use-cache-mounts',
        evidence: ['DL3060'],
        messages: {
            npm: "'{{command}}' in the final stage leaves npm's download cache ('~/.npm') in the image. Add '&& npm cache clean --force' to the same 'RUN', use a cache mount ('RUN --mount=type=cache,target=/root/.npm …'), or install in a build stage and copy only 'node_modules'.",
            yarn: "'{{command}}' in the final stage leaves Yarn's cache in the image. Add '&& yarn cache clean' to the same 'RUN', or install in a build stage and copy only 'node_modules'.",
        },
    },
    check(doc, ctx) {
        let checked = 0;
        let failed = 0;
        for (const { stage } of finalStageChain(doc.ast)) {
            for (const run of stage.getInstructions().filter((i) => i.getKeyword() === 'RUN')) {
                const commands = runCommands(run);
                const mounted = cacheMountTargets(run).length > 0;
                const npmCleaned = commands.some((w) => w[0] === 'npm' && w[1] === 'cache' && (w[2] === 'clean' || w[2] === 'clear'));
                const yarnCleaned = commands.some((w) => w[0] === 'yarn' && w[1] === 'cache' && w[2] === 'clean');
                for (const words of commands) {
                    if (words[0] === 'npm' && ['install', 'i', 'ci', 'add'].includes(words[1] ?? '')) {
                        checked++;
                        if (mounted || npmCleaned)
                            continue;
                        failed++;
                        ctx.report('npm', { command: words.slice(0, 2).join(' ') }, startOf(run));
                    }
                    else if (words[0] === 'yarn' &&
                        (words.length === 1 || ['install', 'add'].includes(words[1] ?? '') || words[1]?.startsWith('-'))) {
                        checked++;
                        if (mounted || yarnCleaned)
                            continue;
                        failed++;
                        ctx.report('yarn', { command: words.slice(0, 2).join(' ') }, startOf(run));
                    }
                }
            }
        }
        if (checked === 0)
            ctx.notApplicable('no npm or Yarn install in the final stage');
        else
            ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/absolute-workdir.ts
// DKR012: every WORKDIR is an absolute path, so where files land does not depend on the base image.


/* harmony default export */ const absolute_workdir = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR012',
        name: 'absolute-workdir',
        target: 'dockerfile',
        severity: 'error',
        title: 'Use an absolute WORKDIR',
        description: "Every WORKDIR is an absolute path, so COPY destinations and the app's working directory are the same whatever directory the base image leaves you in.",
        docsUrl: 'https://docs.docker.com/reference/dockerfile/#workdir',
        evidence: ['DL3000', 'CKV_DOCKER_10'],
        messages: {
            relative: "'WORKDIR {{path}}' is relative, so it resolves against the directory set before it (by you or by the base image) and moves when that changes. Use an absolute path such as '{{suggestion}}'.",
        },
    },
    check(doc, ctx) {
        const workdirs = doc.ast.getInstructions().filter((i) => i.getKeyword() === 'WORKDIR');
        if (workdirs.length === 0) {
            ctx.notApplicable('no WORKDIR instructions');
            return;
        }
        for (const workdir of workdirs) {
            const raw = (workdir.getArgumentsContent() ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
            // Expand a leading variable when its value is known; an unknown one gets the benefit of the doubt.
            const m = /^\$\{?(\w+)\}?/.exec(raw);
            let path = raw;
            if (m?.[1]) {
                const value = doc.ast.resolveVariable(m[1], workdir.getRange().start.line);
                path = value ? value + raw.slice(m[0].length) : null;
            }
            if (path === null || path === '' || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path))
                continue;
            ctx.report('relative', { path: raw, suggestion: '/' + raw.replace(/^\.\//, '') }, startOf(workdir));
        }
        ctx.tally(workdirs.length);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/oci-labels.ts


const REQUIRED = [
    {
        key: 'org.opencontainers.image.source',
        what: 'where its source code lives',
        example: 'https://github.com/<owner>/<repo>',
    },
    { key: 'org.opencontainers.image.version', what: 'which release it is', example: '1.0.0' },
    { key: 'org.opencontainers.image.title', what: 'what it is called', example: '<app name>' },
];
/* harmony default export */ const oci_labels = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR013',
        name: 'oci-labels',
        target: 'dockerfile',
        severity: 'info',
        title: 'Label the image with OCI annotations',
        description: 'The final stage sets the org.opencontainers.image.source, .version and .title labels, so anyone inspecting the image, and registries such as ECR, can tell what it is and where it came from.',
        docsUrl: 'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
        evidence: ['DL3049', 'DL3051'],
        messages: {
            missing: "The image has no '{{key}}' label, so people and tools that inspect it cannot tell {{what}}. Add 'LABEL {{key}}=\"{{example}}\"' to the final stage.",
        },
    },
    check(doc, ctx) {
        const chain = finalStageChain(doc.ast);
        const final = chain[0];
        if (!final) {
            ctx.notApplicable('no FROM instruction');
            return;
        }
        const labels = new Set();
        for (const { stage } of chain) {
            for (const label of stage.getInstructions().filter((i) => i.getKeyword() === 'LABEL')) {
                for (const p of label.getProperties())
                    if (p.getValue())
                        labels.add(p.getName());
            }
        }
        const s = final.from.getRange().start;
        let failed = 0;
        for (const { key, what, example } of REQUIRED) {
            if (labels.has(key))
                continue;
            failed++;
            ctx.report('missing', { key, what, example }, { line: s.line + 1, column: s.character + 1 });
        }
        ctx.tally(REQUIRED.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/no-ssh-port.ts
// DKR014: the image does not advertise SSH (port 22).

/* harmony default export */ const no_ssh_port = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKR014',
        name: 'no-ssh-port',
        target: 'dockerfile',
        severity: 'warning',
        title: 'Do not expose SSH',
        description: 'No EXPOSE includes port 22: a container runs one app and is not a server to log into, and an SSH daemon is one more service to patch and attack.',
        docsUrl: 'https://docs.docker.com/reference/dockerfile/#expose',
        evidence: ['CKV_DOCKER_1'],
        messages: {
            ssh: "'EXPOSE {{port}}' advertises SSH, but a container is not a server to log into, and an SSH daemon is one more service to patch and attack. Remove it; to get a shell in a running container use 'docker exec', or ECS Exec on ECS.",
        },
    },
    check(doc, ctx) {
        let checked = 0;
        let failed = 0;
        for (const expose of doc.ast.getInstructions().filter((i) => i.getKeyword() === 'EXPOSE')) {
            for (const arg of expose.getArguments()) {
                const port = arg.getValue();
                checked++;
                const m = /^(\d+)(?:-(\d+))?(?:\/(tcp|udp|sctp))?$/i.exec(port);
                if (!m)
                    continue;
                const low = Number(m[1]);
                const high = m[2] === undefined ? low : Number(m[2]);
                if (low <= 22 && 22 <= high && m[3]?.toLowerCase() !== 'udp') {
                    failed++;
                    const s = arg.getRange().start;
                    ctx.report('ssh', { port }, { line: s.line + 1, column: s.character + 1 });
                }
            }
        }
        if (checked === 0)
            ctx.notApplicable('no EXPOSE instructions');
        else
            ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerfile/index.ts
// Dockerfile rules (prefix DKR), sorted by id. Each file holds one rule; the meta-test keeps this list complete.















const dockerfileRules = [
    dockerfile_syntax,
    pinned_base_image,
    multi_stage_build,
    non_root_user,
    healthcheck,
    exec_form_command,
    copy_not_add,
    no_secrets_in_env,
    apt_get_hygiene,
    apk_no_cache,
    pip_no_cache_dir,
    node_package_cache,
    absolute_workdir,
    oci_labels,
    no_ssh_port,
];

;// CONCATENATED MODULE: ./graders/rules/dockerignore/patterns.ts
// .dockerignore pattern matching, shared by the DKI rules. Not a rule (the registry test skips modules without one).
/**
 * Whether the build context leaves `path` out, following .dockerignore's rules: one pattern per line, `#`
 * comments, a leading `/` ignored, `*` and `?` within one path segment, `**` across segments, `!` re-including,
 * the last matching line winning, and a pattern that matches a directory also covering everything inside it.
 */
function isExcluded(lines, path) {
    const segments = path.split('/');
    const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
    let result = { excluded: false, decidedBy: null };
    lines.forEach((raw, index) => {
        const text = raw.trim();
        if (text === '' || text.startsWith('#'))
            return;
        const negated = text.startsWith('!');
        const pattern = clean(negated ? text.slice(1).trim() : text);
        if (pattern === '')
            return;
        const re = toRegExp(pattern);
        if (re && candidates.some((c) => re.test(c)))
            result = { excluded: !negated, decidedBy: { line: index + 1, pattern: text } };
    });
    return result;
}
function clean(pattern) {
    let p = pattern.replace(/\\/g, '/');
    p = p
        .replace(/\/{2,}/g, '/')
        .replace(/^(\.\/)+/, '')
        .replace(/^\/+/, '')
        .replace(/\/+$/, '');
    return p === '.' ? '' : p;
}
/** The pattern as an anchored regular expression; null when it is malformed (Docker rejects those too). */
function toRegExp(pattern) {
    let re = '';
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === '*' && pattern.charAt(i + 1) === '*') {
            // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
            if (pattern.charAt(i + 2) === '/') {
                re += '(?:.*/)?';
                i += 2;
            }
            else {
                re += '.*';
                i += 1;
            }
        }
        else if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const end = pattern.indexOf(']', i + 1);
            if (end < 0)
                re += '\\[';
            else {
                re +=
                    '[' +
                        pattern
                            .slice(i + 1, end)
                            .replace(/^!/, '^')
                            .replace(/\\/g, '\\\\') +
                        ']';
                i = end;
            }
        }
        else
            re += c.replace(/[.+^${}()|\\]/g, '\\$&');
    }
    try {
        return new RegExp('^' + re + '$');
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./graders/rules/dockerignore/excludes-git.ts
// DKI001: `.dockerignore` keeps the Git directory out of the build context.


/* harmony default export */ const excludes_git = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKI001',
        name: 'excludes-git',
        target: 'text',
        severity: 'warning',
        title: 'Keep .git out of the build context',
        description: "'.dockerignore' excludes the .git directory, so the repository's history (and anything ever committed to it) is neither sent to the builder nor copied into the image by 'COPY . .'.",
        docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
        evidence: ['S6470', 'DKL-LI-0003'],
        messages: {
            missing: "'.dockerignore' does not exclude '.git', so 'COPY . .' puts the repository's whole history into the image, including anything ever committed and later deleted. Add a line '.git'.",
            reincluded: "'.git' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
        },
    },
    check(doc, ctx) {
        const r = isExcluded(doc.lines, '.git/HEAD');
        if (r.excluded)
            return;
        if (r.decidedBy)
            ctx.report('reincluded', { pattern: r.decidedBy.pattern, line: r.decidedBy.line }, { line: r.decidedBy.line, column: 1 });
        else
            ctx.report('missing');
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerignore/excludes-dependencies.ts
// DKI002: `.dockerignore` keeps locally installed dependencies (node_modules) out of the build context.


/* harmony default export */ const excludes_dependencies = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKI002',
        name: 'excludes-dependencies',
        target: 'text',
        severity: 'warning',
        title: 'Keep node_modules out of the build context',
        description: "'.dockerignore' excludes node_modules, so the image gets the dependencies 'npm ci' installs inside it, not the ones on your machine, and the build context stays small.",
        docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
        evidence: ['S6470'],
        messages: {
            missing: "'.dockerignore' does not exclude 'node_modules', so the packages installed on your machine (built for its OS, dev dependencies included) are sent to the builder and 'COPY . .' can overwrite the ones 'npm ci' installed. Add a line 'node_modules'.",
            reincluded: "'node_modules' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
        },
    },
    check(doc, ctx) {
        const r = isExcluded(doc.lines, 'node_modules/package/index.js');
        if (r.excluded)
            return;
        if (r.decidedBy)
            ctx.report('reincluded', { pattern: r.decidedBy.pattern, line: r.decidedBy.line }, { line: r.decidedBy.line, column: 1 });
        else
            ctx.report('missing');
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerignore/excludes-env-files.ts
// DKI003: `.dockerignore` keeps local secret files (.env) out of the build context.


/* harmony default export */ const excludes_env_files = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'DKI003',
        name: 'excludes-env-files',
        target: 'text',
        severity: 'warning',
        title: 'Keep .env files out of the build context',
        description: "'.dockerignore' excludes .env, the file where local passwords and API keys usually live, so 'COPY . .' cannot bake them into the image.",
        docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
        evidence: ['S6470', 'CIS-DI-0010'],
        messages: {
            missing: "'.dockerignore' does not exclude '.env', so the local secrets it holds are sent to the builder and 'COPY . .' bakes them into the image. Add a line '.env' (or '.env*' to cover '.env.local' too).",
            reincluded: "'.env' is excluded, but '{{pattern}}' on line {{line}} brings it back into the build context. Remove that exception, or make it narrower.",
        },
    },
    check(doc, ctx) {
        const r = isExcluded(doc.lines, '.env');
        if (r.excluded)
            return;
        if (r.decidedBy)
            ctx.report('reincluded', { pattern: r.decidedBy.pattern, line: r.decidedBy.line }, { line: r.decidedBy.line, column: 1 });
        else
            ctx.report('missing');
    },
}));

;// CONCATENATED MODULE: ./graders/rules/dockerignore/index.ts
// .dockerignore rules (prefix DKI), sorted by id. Each file holds one rule; the meta-test keeps this list complete.



const dockerignoreRules = [excludes_git, excludes_dependencies, excludes_env_files];

// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
// EXTERNAL MODULE: ./graders/rules/ecr/model.ts
var ecr_model = __webpack_require__(1297);
;// CONCATENATED MODULE: ./graders/rules/ecr/image-scanning.ts
// ECR001: every repository's images are scanned for vulnerabilities when pushed: a registry scanning configuration
// (basic scan on push, or enhanced scanning) whose filters cover it, which is the current way, or the repository's own
// ScanOnPush, which ECR is deprecating (PutImageScanningConfiguration "is being deprecated, in favor of specifying the
// image scanning configuration at the registry level", ECR API reference) but still honours.




/** Registry-level rules that scan on push or continuously, with their WILDCARD filters (as name patterns). */
function registryScanRules(t) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ECR::RegistryScanningConfiguration').map((r) => {
        const scanType = (0,cloudformation/* literalString */.dc)(t, r.props['ScanType']) ?? '';
        const rules = [];
        const list = r.props['Rules'];
        if (Array.isArray(list)) {
            for (const rule of list) {
                if (!(0,record/* isRecord */.u)(rule))
                    continue;
                const frequency = (0,cloudformation/* literalString */.dc)(t, rule['ScanFrequency']) ?? '';
                const filters = Array.isArray(rule['RepositoryFilters'])
                    ? rule['RepositoryFilters'].flatMap((f) => {
                        const v = (0,record/* isRecord */.u)(f) ? (0,ecr_model/* namePattern */._u)(t, f['Filter']) : undefined;
                        return v === undefined ? [] : [v];
                    })
                    : [];
                rules.push({ frequency, filters });
            }
        }
        return { scanType, rules };
    });
}
/* harmony default export */ const image_scanning = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR001',
        name: 'image-scanning',
        target: 'cloudformation',
        severity: 'error',
        title: 'Scan images on push',
        description: "Every ECR repository has its images scanned for known vulnerabilities: an AWS::ECR::RegistryScanningConfiguration (basic scan on push, or enhanced scanning with Amazon Inspector) whose repository filters match it whatever the stack is called (a filter without '*' matches every name that contains it), or the repository's ImageScanningConfiguration.ScanOnPush true, which ECR still honours but is deprecating.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
        evidence: ['ECR.1', 'CKV_AWS_163'],
        messages: {
            noRepository: "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
            notScanned: "Repository '{{repository}}' does not scan images on push, so a vulnerable base image goes unnoticed until it runs. Add an 'AWS::ECR::RegistryScanningConfiguration' with 'ScanType: BASIC' and a rule '{ ScanFrequency: SCAN_ON_PUSH, RepositoryFilters: [{ Filter: \"*\", FilterType: WILDCARD }] }' (ECR is deprecating the repository-level 'ScanOnPush').",
            scanOff: "Repository '{{repository}}' sets 'ScanOnPush: false' and no registry scanning rule covers it, so its images are never scanned on push. Add an 'AWS::ECR::RegistryScanningConfiguration' whose scan-on-push rule matches it (or set 'ScanOnPush: true').",
            filtersMiss: "The registry scanning configuration scans on push only repositories matching {{filters}}, and '{{repository}}' matches none of them (a filter without '*' must appear somewhere in the name; one with '*' must match the whole name). Add a filter that matches it, such as '{{suggestion}}' or '*'.",
            filtersMissComputed: "The registry scanning configuration scans on push only repositories matching {{filters}}, but the name '{{repository}}' depends on the stack name, so none of them is sure to match it. Use a filter that matches whatever the stack is called, such as '{{suggestion}}' or '*'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const repos = (0,ecr_model/* repositories */.bN)(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        const registry = registryScanRules(t);
        let failed = 0;
        for (const repo of repos) {
            const cfg = repo.props['ImageScanningConfiguration'];
            const scanOnPush = (0,record/* isRecord */.u)(cfg) ? (0,cloudformation/* literalBool */.KG)(t, cfg['ScanOnPush']) : undefined;
            if (scanOnPush === true)
                continue;
            const pattern = (0,ecr_model/* repositoryNamePattern */.qI)(t, repo);
            const repository = pattern === undefined ? repo.name : (0,ecr_model/* describePattern */.Qs)(pattern);
            const active = registry.flatMap((r) => r.rules.filter((rule) => rule.frequency === 'SCAN_ON_PUSH' ||
                (rule.frequency === 'CONTINUOUS_SCAN' && r.scanType === 'ENHANCED')));
            const covered = active.some((rule) => rule.filters.some((f) => f === '*' || (pattern !== undefined && (0,ecr_model/* scanFilterMatches */.vA)(f, pattern))));
            if (covered)
                continue;
            failed++;
            const filters = active.flatMap((r) => r.filters);
            if (filters.length > 0) {
                const computed = pattern === undefined || (0,ecr_model/* isComputed */.YQ)(pattern);
                // The literal tail of the name ('-web' of '${AWS::StackName}-web') matches it whatever the stack is called.
                const tail = pattern !== undefined ? (0,ecr_model/* literalTail */.GB)(pattern) : '';
                const suggestion = !computed
                    ? ((0,ecr_model/* repositoryName */.aR)(t, repo) ?? '*')
                    : tail.replace(/^[^a-z0-9]+/, '') || '*';
                ctx.report(computed ? 'filtersMissComputed' : 'filtersMiss', {
                    repository,
                    filters: filters.map((f) => `'${(0,ecr_model/* describePattern */.Qs)(f)}'`).join(', '),
                    suggestion,
                }, repo.path);
            }
            else if (scanOnPush === false) {
                ctx.report('scanOff', { repository }, [
                    ...repo.path,
                    'Properties',
                    'ImageScanningConfiguration',
                    'ScanOnPush',
                ]);
            }
            else
                ctx.report('notScanned', { repository }, repo.path);
        }
        ctx.tally(repos.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/immutable-tags.ts
// ECR002: every repository makes image tags immutable, so a tag such as '1.0.0' always means the same image:
// IMMUTABLE, or IMMUTABLE_WITH_EXCLUSION, where every tag is immutable except those matching the repository's
// ImageTagMutabilityExclusionFilters (say 'latest' or 'dev-*'); an exclusion filter of '*' alone excludes every tag,
// which is MUTABLE by another name.



/* harmony default export */ const immutable_tags = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR002',
        name: 'immutable-tags',
        target: 'cloudformation',
        severity: 'error',
        title: 'Make image tags immutable',
        description: "Every ECR repository sets ImageTagMutability to IMMUTABLE, or to IMMUTABLE_WITH_EXCLUSION with exclusion filters that leave release tags immutable, so a pushed release tag can never be moved to another image: a task definition that names ':1.0.0' always runs the same code, and a compromised pipeline cannot overwrite a release.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-tag-mutability.html',
        evidence: ['ECR.2', 'CKV_AWS_51'],
        messages: {
            noRepository: "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
            mutableDefault: "Repository '{{repository}}' does not set 'ImageTagMutability', so tags are MUTABLE: pushing ':1.0.0' again silently replaces the image that running tasks were started from. Add 'ImageTagMutability: IMMUTABLE'.",
            mutable: "Repository '{{repository}}' sets 'ImageTagMutability: {{value}}', so any tag can be overwritten by a later push. Use 'IMMUTABLE' and give every build a new tag (a version or the commit SHA).",
            mutableWithExclusion: "Repository '{{repository}}' uses 'MUTABLE_WITH_EXCLUSION', so every tag except those matching its exclusion filters can be overwritten by a later push. Use 'IMMUTABLE', or 'IMMUTABLE_WITH_EXCLUSION' with 'ImageTagMutabilityExclusionFilters' naming only the tags you move on purpose (such as 'latest').",
            noExclusionFilters: "Repository '{{repository}}' uses 'IMMUTABLE_WITH_EXCLUSION' without 'ImageTagMutabilityExclusionFilters', which that setting needs to know which tags stay mutable. Add a filter such as '{ ImageTagMutabilityExclusionFilterType: WILDCARD, ImageTagMutabilityExclusionFilterValue: latest }', or use 'IMMUTABLE'.",
            excludesEverything: "Repository '{{repository}}' uses 'IMMUTABLE_WITH_EXCLUSION' with the exclusion filter '*', which matches every tag, so every tag can still be overwritten. Exclude only the tags you move on purpose, such as 'latest'.",
            computed: "'ImageTagMutability' of repository '{{repository}}' is decided at deploy time, so the grader cannot tell whether tags are immutable. Write 'IMMUTABLE'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const repos = (0,ecr_model/* repositories */.bN)(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = (0,ecr_model/* repositoryName */.aR)(t, repo) ?? repo.name;
            const raw = repo.props['ImageTagMutability'];
            const at = [...repo.path, 'Properties', 'ImageTagMutability'];
            if (raw === undefined) {
                failed++;
                ctx.report('mutableDefault', { repository }, repo.path);
                continue;
            }
            const r = (0,cloudformation/* literal */.eu)(t, raw);
            if (!r.known) {
                failed++;
                ctx.report('computed', { repository }, at);
            }
            else if (r.value === 'IMMUTABLE_WITH_EXCLUSION') {
                const problem = exclusionProblem(t, repo.props['ImageTagMutabilityExclusionFilters']);
                if (problem) {
                    failed++;
                    ctx.report(problem, { repository }, [...repo.path, 'Properties']);
                }
            }
            else if (r.value !== 'IMMUTABLE') {
                failed++;
                const value = (0,ecr_model/* asText */.e1)(r.value);
                ctx.report(value === 'MUTABLE_WITH_EXCLUSION' ? 'mutableWithExclusion' : 'mutable', { repository, value }, at);
            }
        }
        ctx.tally(repos.length, failed);
    },
}));
/** Why IMMUTABLE_WITH_EXCLUSION does not keep release tags immutable, if it does not. */
function exclusionProblem(t, raw) {
    if (raw === undefined)
        return 'noExclusionFilters';
    if (!Array.isArray(raw))
        return undefined; // computed: cfn-lint checks the shape; the grader gives the benefit
    if (raw.length === 0)
        return 'noExclusionFilters';
    const values = raw.map((f) => (0,cloudformation/* isRecord */.u4)(f) ? (0,cloudformation/* literalString */.dc)(t, f['ImageTagMutabilityExclusionFilterValue']) : undefined);
    return values.some((v) => v !== undefined && /^\*+$/.test(v)) ? 'excludesEverything' : undefined;
}

;// CONCATENATED MODULE: ./graders/rules/ecr/kms-encryption.ts
// ECR003: every repository encrypts its images with a customer managed AWS KMS key, and a key the template
// declares rotates its key material (EnableKeyRotation: true).




const KMS_TYPES = ['KMS', 'KMS_DSSE'];
/* harmony default export */ const kms_encryption = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR003',
        name: 'kms-encryption',
        target: 'cloudformation',
        severity: 'error',
        title: 'Encrypt the repository with a customer managed KMS key',
        description: "Every ECR repository sets EncryptionConfiguration with EncryptionType KMS (or KMS_DSSE) and a KmsKey you manage, so you control the key's policy, rotation and audit trail; a key declared in the template sets EnableKeyRotation: true. Without it ECR uses AES-256 with an AWS-owned key; KMS without a KmsKey uses the AWS managed key 'aws/ecr'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/encryption-at-rest.html',
        evidence: ['ECR.5', 'CKV_AWS_136', 'AwsSolutions-KMS5', 'CKV_AWS_7'],
        messages: {
            noRepository: "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
            defaultAes: "Repository '{{repository}}' has no 'EncryptionConfiguration', so images are encrypted with AES-256 under a key AWS owns and you cannot audit or revoke. Add an 'AWS::KMS::Key' and 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt Key.Arn }'.",
            aes: "Repository '{{repository}}' uses 'EncryptionType: {{type}}'. Use 'KMS' with a 'KmsKey' you manage, so access to the images also needs access to the key.",
            awsManagedKey: "Repository '{{repository}}' uses KMS with the AWS managed key ('aws/ecr'){{why}}; Security Hub ECR.5 asks for a customer managed key. Create an 'AWS::KMS::Key' (with rotation on) and set 'KmsKey' to it.",
            computed: "The encryption settings of repository '{{repository}}' are decided at deploy time, so the grader cannot check them. Write 'EncryptionType: KMS' and a 'KmsKey'.",
            noRotation: "KMS key '{{key}}', which encrypts repository '{{repository}}', {{state}}, so the same key material protects every image for as long as the key exists. Set 'EnableKeyRotation: true' on '{{key}}': AWS KMS then rotates it every year and keeps the old material to decrypt older images (cdk-nag AwsSolutions-KMS5).",
            rotationComputed: "'EnableKeyRotation' of KMS key '{{key}}', which encrypts repository '{{repository}}', is decided at deploy time, so the grader cannot check it. Write 'EnableKeyRotation: true'.",
            notObject: "'EncryptionConfiguration' of repository '{{repository}}' must be an object such as '{ EncryptionType: KMS, KmsKey: !GetAtt Key.Arn }'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const repos = (0,ecr_model/* repositories */.bN)(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = (0,ecr_model/* repositoryName */.aR)(t, repo) ?? repo.name;
            const props = [...repo.path, 'Properties'];
            const enc = repo.props['EncryptionConfiguration'];
            const fail = (...args) => {
                failed++;
                ctx.report(...args);
            };
            if (enc === undefined) {
                fail('defaultAes', { repository }, repo.path);
                continue;
            }
            if (!(0,record/* isRecord */.u)(enc)) {
                fail('notObject', { repository }, [...props, 'EncryptionConfiguration']);
                continue;
            }
            const at = [...props, 'EncryptionConfiguration'];
            const typeRaw = (0,cloudformation/* literal */.eu)(t, enc['EncryptionType']);
            if (!typeRaw.known) {
                fail('computed', { repository }, [...at, 'EncryptionType']);
                continue;
            }
            const type = typeRaw.value === undefined ? 'AES256' : (0,ecr_model/* asText */.e1)(typeRaw.value);
            if (!KMS_TYPES.includes(type)) {
                fail('aes', { repository, type }, [...at, 'EncryptionType']);
                continue;
            }
            const key = enc['KmsKey'];
            if (key === undefined) {
                fail('awsManagedKey', { repository, why: " because no 'KmsKey' is set" }, at);
                continue;
            }
            const keyText = (0,cloudformation/* literalString */.dc)(t, key);
            const target = (0,cloudformation/* targetResource */.cR)(t, key);
            if (keyText !== undefined && /(^|:|\/)alias\/aws\/ecr$/.test(keyText)) {
                fail('awsManagedKey', { repository, why: '' }, [...at, 'KmsKey']);
            }
            else if (target &&
                !['AWS::KMS::Key', 'AWS::KMS::ReplicaKey', 'AWS::KMS::Alias'].includes(target.resource.Type)) {
                fail('computed', { repository }, [...at, 'KmsKey']);
            }
            else if (target) {
                // An alias of the template leads to its key; a replica key rotates with its primary.
                const keyResource = target.resource.Type === 'AWS::KMS::Alias'
                    ? (0,cloudformation/* targetResource */.cR)(t, target.props['TargetKeyId'])
                    : target;
                if (keyResource?.resource.Type !== 'AWS::KMS::Key')
                    continue;
                const raw = keyResource.props['EnableKeyRotation'];
                const rotationAt = [...keyResource.path, 'Properties', 'EnableKeyRotation'];
                const rotation = (0,cloudformation/* literalBool */.KG)(t, raw);
                const written = (0,cloudformation/* literal */.eu)(t, raw);
                if (raw === undefined)
                    fail('noRotation', {
                        key: keyResource.name,
                        repository,
                        state: "does not set 'EnableKeyRotation' (it defaults to false)",
                    }, keyResource.path);
                else if (!written.known)
                    fail('rotationComputed', { key: keyResource.name, repository }, rotationAt);
                else if (rotation !== true)
                    fail('noRotation', {
                        key: keyResource.name,
                        repository,
                        state: `sets 'EnableKeyRotation: ${(0,ecr_model/* asText */.e1)(written.value)}'`,
                    }, rotationAt);
            }
        }
        ctx.tally(repos.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/lifecycle.ts
// Helper module (exports no rule): Amazon ECR's own rules for a lifecycle policy document, shared by ECR004
// (the learner's lifecycle-policy.json) and ECR006 (a LifecyclePolicyText embedded in the template), plus the
// retention semantics ECR005 grades.
//
// Source: "Lifecycle policy properties in Amazon ECR" and "Examples of lifecycle policies"
// (https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html,
// …/lifecycle_policy_examples.html), checked 2026-11-26. These pages now include the archive storage class
// (`storageClass`, the `transition` action with `targetStorageClass: archive`, and the `sinceImagePulled` and
// `sinceImageTransitioned` count types), which the older summary in shared/reference/rules.md §6.4 predates; a
// policy that uses them is valid and is not marked down.

const TAG_STATUSES = ['tagged', 'untagged', 'any'];
const COUNT_TYPES = [
    'imageCountMoreThan',
    'sinceImagePushed',
    'sinceImagePulled',
    'sinceImageTransitioned',
];
const ACTION_TYPES = ['expire', 'transition'];
const STORAGE_CLASSES = ['standard', 'archive'];
/** ECR accepts at most this many `*` wildcards in one tagPatternList string. */
const MAX_WILDCARDS = 4;
const POLICY_KEYS = ['rules'];
const RULE_KEYS = ['rulePriority', 'description', 'selection', 'action'];
const SELECTION_KEYS = [
    'tagStatus',
    'tagPatternList',
    'tagPrefixList',
    'storageClass',
    'countType',
    'countUnit',
    'countNumber',
];
const ACTION_KEYS = ['type', 'targetStorageClass'];
/** Prose for every problem, keyed by messageId; `{{where}}` names the rule ("rule 2 (rulePriority 3)"). */
const lifecycleMessages = {
    notObject: 'A lifecycle policy is one JSON object with a \'rules\' list, but this is {{what}}. Start from \'{ "rules": [ { "rulePriority": 1, "selection": { … }, "action": { "type": "expire" } } ] }\'.',
    noRules: "The policy has no 'rules' list, so ECR rejects it. Add '\"rules\": [ … ]' with at least one rule.",
    rulesNotList: "'rules' must be a list of rule objects ('[ { … } ]'), but it is {{what}}.",
    emptyRules: "'rules' is empty, so the policy expires nothing. Add a rule that expires untagged images.",
    unknownKey: "{{where}} has a key '{{key}}' that ECR's lifecycle policy format does not have, so ECR rejects the policy. Allowed here: {{allowed}}.",
    ruleNotObject: "{{where}} is {{what}}, not a rule object with 'rulePriority', 'selection' and 'action'.",
    missingField: "{{where}} has no '{{field}}', which ECR requires. {{fix}}",
    notAnObject: "'{{field}}' in {{where}} must be an object, but it is {{what}}.",
    badPriority: "'rulePriority' in {{where}} is {{what}}; it must be a whole number of 1 or more (rules run from the lowest number up).",
    duplicatePriority: 'Rules {{rules}} {{verb}} rulePriority {{priority}}; ECR requires a unique rulePriority for every rule and rejects the policy. Renumber them (the numbers need not be consecutive).',
    anyNotLast: "{{where}} selects 'tagStatus: any' but has rulePriority {{priority}}, lower than rule priority {{max}}; ECR requires the 'any' rule to have the highest rulePriority, so it is evaluated last. Give it the largest number.",
    badEnum: "'{{field}}' in {{where}} is {{what}}; ECR accepts {{allowed}}.",
    badType: "'{{field}}' in {{where}} must be {{expected}}, but it is {{what}}.",
    taggedNeedsList: "{{where}} selects 'tagStatus: tagged' without a 'tagPrefixList' or 'tagPatternList', so ECR rejects it. Add the tags it applies to, such as '\"tagPatternList\": [\"v*\"]'.",
    listNotAllowed: "{{where}} selects 'tagStatus: {{tagStatus}}' but also sets '{{field}}'; tag lists are only for 'tagged' rules, so ECR rejects it. Remove '{{field}}', or use 'tagStatus: tagged'.",
    badList: '\'{{field}}\' in {{where}} must be a non-empty list of tag strings, such as \'["v", "release-"]\'.',
    tooManyWildcards: "Tag pattern '{{pattern}}' in {{where}} has {{count}} '*' wildcards; ECR allows at most 4 in each pattern.",
    countUnitRequired: "{{where}} counts by age ('countType: {{countType}}') but has no 'countUnit'; add '\"countUnit\": \"days\"'.",
    countUnitNotAllowed: "{{where}} counts images ('countType: imageCountMoreThan'), so it must not set 'countUnit'; remove it ('countUnit' is only for age-based count types).",
    badCountUnit: "'countUnit' in {{where}} is {{what}}; the only unit ECR accepts is 'days'.",
    badCountNumber: "'countNumber' in {{where}} is {{what}}; it must be a whole number of 1 or more (the number of images to keep, or of days).",
    archiveCountType: '{{where}} uses \'countType: sinceImageTransitioned\', which applies only to archived images; set \'"storageClass": "archive"\' in its selection.',
    standardOnly: "{{where}} sets 'storageClass: archive' with 'countType: {{countType}}'; only 'sinceImageTransitioned' selects archived images, so use 'standard' (or leave 'storageClass' out).",
    transitionNeedsTarget: '{{where}} has \'action.type: transition\' without \'"targetStorageClass": "archive"\'; ECR needs the target storage class.',
    targetNotAllowed: "{{where}} sets 'targetStorageClass' on an 'expire' action; it belongs only to 'transition' actions. Remove it.",
};
/** "a list", "the text 'x'", "the number '0'": how a wrong value reads in a message. */
function describe(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return "'null'";
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'string')
        return `the text '${v.length > 60 ? `${v.slice(0, 57)}…` : v}'`;
    if (typeof v === 'number')
        return `the number '${v}'`;
    if (typeof v === 'boolean')
        return `'${v}'`;
    return 'an object';
}
const quoted = (xs) => xs.map((x) => `'${x}'`).join(', ');
/** The policy's rule objects with their index and label; entries that are not objects are skipped. */
function policyRules(policy) {
    if (!(0,record/* isRecord */.u)(policy) || !Array.isArray(policy['rules']))
        return [];
    const out = [];
    policy['rules'].forEach((rule, index) => {
        if ((0,record/* isRecord */.u)(rule))
            out.push({ index, rule, where: ruleLabel(index, rule) });
    });
    return out;
}
function ruleLabel(index, rule) {
    const p = (0,record/* isRecord */.u)(rule) ? rule['rulePriority'] : undefined;
    return typeof p === 'number' ? `rule ${index + 1} (rulePriority ${p})` : `rule ${index + 1}`;
}
/** Every way the document breaks ECR's lifecycle policy rules; empty when ECR would accept it. */
function validateLifecyclePolicy(policy) {
    const out = [];
    const add = (messageId, data, path) => out.push({ messageId, data, path });
    if (!(0,record/* isRecord */.u)(policy)) {
        add('notObject', { what: describe(policy) }, []);
        return out;
    }
    for (const key of Object.keys(policy)) {
        if (!POLICY_KEYS.includes(key))
            add('unknownKey', { where: 'The policy', key, allowed: quoted(POLICY_KEYS) }, [key]);
    }
    const rules = policy['rules'];
    if (rules === undefined) {
        add('noRules', {}, []);
        return out;
    }
    if (!Array.isArray(rules)) {
        add('rulesNotList', { what: describe(rules) }, ['rules']);
        return out;
    }
    if (rules.length === 0) {
        add('emptyRules', {}, ['rules']);
        return out;
    }
    const priorities = new Map();
    const anyRules = [];
    rules.forEach((rule, index) => {
        const where = ruleLabel(index, rule);
        const at = (...rest) => ['rules', index, ...rest];
        if (!(0,record/* isRecord */.u)(rule)) {
            add('ruleNotObject', { where: capitalize(where), what: describe(rule) }, at());
            return;
        }
        for (const key of Object.keys(rule)) {
            if (!RULE_KEYS.includes(key))
                add('unknownKey', { where: capitalize(where), key, allowed: quoted(RULE_KEYS) }, at(key));
        }
        const priority = rule['rulePriority'];
        if (priority === undefined) {
            add('missingField', {
                where: capitalize(where),
                field: 'rulePriority',
                fix: 'Add a unique \'"rulePriority"\' such as 1.',
            }, at());
        }
        else if (typeof priority !== 'number' || !Number.isInteger(priority) || priority < 1) {
            add('badPriority', { where, what: describe(priority) }, at('rulePriority'));
        }
        else {
            priorities.set(priority, [...(priorities.get(priority) ?? []), index]);
        }
        const description = rule['description'];
        if (description !== undefined && typeof description !== 'string') {
            add('badType', { field: 'description', where, expected: 'text', what: describe(description) }, at('description'));
        }
        const selection = rule['selection'];
        let tagStatus;
        if (selection === undefined) {
            add('missingField', {
                where: capitalize(where),
                field: 'selection',
                fix: 'Add a \'"selection"\' object saying which images the rule applies to.',
            }, at());
        }
        else if (!(0,record/* isRecord */.u)(selection)) {
            add('notAnObject', { field: 'selection', where, what: describe(selection) }, at('selection'));
        }
        else {
            tagStatus = checkSelection(selection, where, (...rest) => at('selection', ...rest), add);
            if (tagStatus === 'any' &&
                typeof priority === 'number' &&
                Number.isInteger(priority) &&
                priority >= 1) {
                anyRules.push({ index, priority, where });
            }
        }
        const action = rule['action'];
        if (action === undefined) {
            add('missingField', { where: capitalize(where), field: 'action', fix: 'Add \'"action": { "type": "expire" }\'.' }, at());
        }
        else if (!(0,record/* isRecord */.u)(action)) {
            add('notAnObject', { field: 'action', where, what: describe(action) }, at('action'));
        }
        else {
            checkAction(action, where, (...rest) => at('action', ...rest), add);
        }
    });
    for (const [priority, indexes] of priorities) {
        if (indexes.length < 2)
            continue;
        const names = indexes.map((i) => String(i + 1));
        add('duplicatePriority', {
            rules: `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`,
            verb: names.length === 2 ? 'both use' : 'all use',
            priority,
        }, ['rules', indexes[1], 'rulePriority']);
    }
    const max = Math.max(...priorities.keys());
    for (const a of anyRules) {
        if (a.priority < max)
            add('anyNotLast', { where: capitalize(a.where), priority: a.priority, max }, [
                'rules',
                a.index,
                'rulePriority',
            ]);
    }
    return out;
}
function checkSelection(sel, where, at, add) {
    const Where = capitalize(where);
    for (const key of Object.keys(sel)) {
        if (!SELECTION_KEYS.includes(key))
            add('unknownKey', { where: `The selection of ${where}`, key, allowed: quoted(SELECTION_KEYS) }, at(key));
    }
    const rawStatus = sel['tagStatus'];
    let tagStatus;
    if (rawStatus === undefined) {
        add('missingField', { where: Where, field: 'tagStatus', fix: "Add '\"tagStatus\"': 'tagged', 'untagged' or 'any'." }, at());
    }
    else if (typeof rawStatus !== 'string' || !TAG_STATUSES.includes(rawStatus)) {
        add('badEnum', { field: 'tagStatus', where, what: describe(rawStatus), allowed: quoted(TAG_STATUSES) }, at('tagStatus'));
    }
    else
        tagStatus = rawStatus;
    const lists = ['tagPrefixList', 'tagPatternList'].filter((f) => sel[f] !== undefined);
    for (const field of lists) {
        const list = sel[field];
        if (!Array.isArray(list) || list.length === 0 || list.some((s) => typeof s !== 'string' || s === '')) {
            add('badList', { field, where }, at(field));
            continue;
        }
        if (field === 'tagPatternList') {
            for (const pattern of list) {
                const count = (pattern.match(/\*/g) ?? []).length;
                if (count > MAX_WILDCARDS)
                    add('tooManyWildcards', { pattern, where, count }, at(field));
            }
        }
    }
    if (tagStatus === 'tagged' && lists.length === 0)
        add('taggedNeedsList', { where: Where }, at('tagStatus'));
    if ((tagStatus === 'untagged' || tagStatus === 'any') && lists.length > 0) {
        for (const field of lists)
            add('listNotAllowed', { where: Where, tagStatus, field }, at(field));
    }
    const countType = sel['countType'];
    const validCountType = typeof countType === 'string' && COUNT_TYPES.includes(countType);
    if (countType === undefined) {
        add('missingField', {
            where: Where,
            field: 'countType',
            fix: "Add '\"countType\"': 'imageCountMoreThan' to keep a number of images, or 'sinceImagePushed' to expire by age.",
        }, at());
    }
    else if (!validCountType) {
        add('badEnum', { field: 'countType', where, what: describe(countType), allowed: quoted(COUNT_TYPES) }, at('countType'));
    }
    const countUnit = sel['countUnit'];
    if (validCountType) {
        if (countType === 'imageCountMoreThan') {
            if (countUnit !== undefined)
                add('countUnitNotAllowed', { where: Where }, at('countUnit'));
        }
        else if (countUnit === undefined)
            add('countUnitRequired', { where: Where, countType }, at());
    }
    if (countUnit !== undefined &&
        countUnit !== 'days' &&
        !(validCountType && countType === 'imageCountMoreThan')) {
        add('badCountUnit', { where, what: describe(countUnit) }, at('countUnit'));
    }
    const countNumber = sel['countNumber'];
    if (countNumber === undefined) {
        add('missingField', {
            where: Where,
            field: 'countNumber',
            fix: 'Add \'"countNumber"\': how many images to keep, or after how many days to act.',
        }, at());
    }
    else if (typeof countNumber !== 'number' || !Number.isInteger(countNumber) || countNumber < 1) {
        add('badCountNumber', { where, what: describe(countNumber) }, at('countNumber'));
    }
    const storageClass = sel['storageClass'];
    if (storageClass !== undefined &&
        (typeof storageClass !== 'string' || !STORAGE_CLASSES.includes(storageClass))) {
        add('badEnum', { field: 'storageClass', where, what: describe(storageClass), allowed: quoted(STORAGE_CLASSES) }, at('storageClass'));
    }
    else if (validCountType) {
        if (countType === 'sinceImageTransitioned' && storageClass !== 'archive')
            add('archiveCountType', { where: Where }, at());
        if (countType !== 'sinceImageTransitioned' && storageClass === 'archive')
            add('standardOnly', { where: Where, countType }, at('storageClass'));
    }
    return tagStatus;
}
function checkAction(action, where, at, add) {
    const Where = capitalize(where);
    for (const key of Object.keys(action)) {
        if (!ACTION_KEYS.includes(key))
            add('unknownKey', { where: `The action of ${where}`, key, allowed: quoted(ACTION_KEYS) }, at(key));
    }
    const type = action['type'];
    if (type === undefined) {
        add('missingField', { where: Where, field: 'action.type', fix: 'Add \'"type": "expire"\' to the action.' }, at());
        return;
    }
    if (typeof type !== 'string' || !ACTION_TYPES.includes(type)) {
        add('badEnum', { field: 'action.type', where, what: describe(type), allowed: quoted(ACTION_TYPES) }, at('type'));
        return;
    }
    const target = action['targetStorageClass'];
    if (type === 'transition' && target !== 'archive')
        add('transitionNeedsTarget', { where: Where }, at());
    if (type === 'expire' && target !== undefined)
        add('targetNotAllowed', { where: Where }, at('targetStorageClass'));
}
function capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}
// ---------------------------------------------------------------------------------------------
// Retention semantics (ECR005): what a full-score policy does, beyond being valid.
const retentionMessages = {
    notAPolicy: "The file is not a lifecycle policy with a 'rules' list, so it expires nothing. Write '{ \"rules\": [ … ] }' with the two rules the lab asks for.",
    noUntaggedRule: 'No rule expires untagged images (\'"tagStatus": "untagged"\' with \'"action": { "type": "expire" }\'), so every image that loses its tag to a newer push stays and is billed for storage. Add one, for example expire untagged images \'sinceImagePushed\' 7 days, or keep only \'imageCountMoreThan\' 1.',
    noTaggedCountRule: 'No rule keeps the last N tagged images (\'"tagStatus": "tagged"\' with a tag list, \'"countType": "imageCountMoreThan"\' and \'"action": { "type": "expire" }\'), so tagged releases pile up forever{{detail}}. Add one, for example keep the last 20 images whose tags match \'v*\'.',
};
/** The two retention goals a full-score policy meets (expire untagged; keep the last N tagged): what is missing. */
function retentionProblems(policy) {
    const problems = [];
    if (!(0,record/* isRecord */.u)(policy) || !Array.isArray(policy['rules'])) {
        return { goals: 2, missed: 2, problems: [{ messageId: 'notAPolicy', data: {}, path: [] }] };
    }
    const rules = policyRules(policy);
    const expires = (r) => (0,record/* isRecord */.u)(r['action']) && r['action']['type'] === 'expire';
    const sel = (r) => ((0,record/* isRecord */.u)(r['selection']) ? r['selection'] : {});
    const untagged = rules.some(({ rule }) => sel(rule)['tagStatus'] === 'untagged' && expires(rule));
    const taggedRules = rules.filter(({ rule }) => sel(rule)['tagStatus'] === 'tagged' && expires(rule));
    const keepsN = taggedRules.some(({ rule }) => {
        const s = sel(rule);
        const n = s['countNumber'];
        const hasList = Array.isArray(s['tagPrefixList']) || Array.isArray(s['tagPatternList']);
        return (hasList &&
            s['countType'] === 'imageCountMoreThan' &&
            typeof n === 'number' &&
            Number.isInteger(n) &&
            n >= 1);
    });
    if (!untagged)
        problems.push({ messageId: 'noUntaggedRule', data: {}, path: ['rules'] });
    if (!keepsN) {
        const byAge = taggedRules.find(({ rule }) => sel(rule)['countType'] !== 'imageCountMoreThan');
        problems.push({
            messageId: 'noTaggedCountRule',
            data: {
                detail: byAge
                    ? ` (${byAge.where} expires tagged images by age, which deletes even the newest release if nothing is pushed for a while)`
                    : '',
            },
            path: byAge ? ['rules', byAge.index] : ['rules'],
        });
    }
    return { goals: 2, missed: problems.length, problems };
}

;// CONCATENATED MODULE: ./graders/rules/ecr/lifecycle-policy-valid.ts
// ECR004: the learner's lifecycle-policy.json is a policy ECR accepts, checked against ECR's own rules (unique
// priorities, the 'any' rule last, tag lists only where they belong, count types and units, actions).



/* harmony default export */ const lifecycle_policy_valid = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR004',
        name: 'lifecycle-policy-valid',
        target: 'json',
        severity: 'error',
        title: 'Write a lifecycle policy ECR accepts',
        description: "The lifecycle policy document follows ECR's rules: every rule has a unique rulePriority, a 'tagStatus: any' rule has the highest priority, 'tagged' rules name a tagPrefixList or tagPatternList (at most four '*' per pattern) and 'untagged' rules name neither, countType and countUnit agree, countNumber is a positive whole number, and the action is 'expire' (or 'transition' to archive). ECR rejects a policy that breaks any of them.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_parameters.html',
        evidence: ['ECR.3', 'ECR API PutLifecyclePolicy'],
        messages: lifecycleMessages,
    },
    check(doc, ctx) {
        const problems = validateLifecyclePolicy(doc.value);
        for (const p of problems)
            ctx.report(p.messageId, p.data, p.path);
        // Partial credit per rule; a problem with the policy as a whole fails every rule.
        const list = (0,record/* isRecord */.u)(doc.value) ? doc.value['rules'] : undefined;
        if (!Array.isArray(list) || list.length === 0)
            return;
        const failed = new Set();
        for (const p of problems) {
            if (p.path[0] === 'rules' && typeof p.path[1] === 'number')
                failed.add(p.path[1]);
            else
                list.forEach((_, i) => failed.add(i));
        }
        ctx.tally(list.length, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/lifecycle-retention.ts
// ECR005: the lifecycle policy does what the lab asks: it expires untagged images and keeps the last N tagged
// ones, so the repository holds every release you may roll back to and nothing else.


/* harmony default export */ const lifecycle_retention = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR005',
        name: 'lifecycle-retention',
        target: 'json',
        severity: 'warning',
        title: 'Expire untagged images and keep the last N tagged',
        description: 'The lifecycle policy has a rule that expires untagged images and a rule that keeps only the most recent N tagged images (tagStatus tagged, a tag list, countType imageCountMoreThan). Untagged images are left behind by every re-push; without a count limit, releases accumulate and are billed for storage forever.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/lifecycle_policy_examples.html',
        evidence: ['ECR.3', 'CONTAINER_BUILD_COST_01'],
        messages: retentionMessages,
    },
    check(doc, ctx) {
        const r = retentionProblems(doc.value);
        for (const p of r.problems)
            ctx.report(p.messageId, p.data, p.path);
        ctx.tally(r.goals, r.missed);
    },
}));

// EXTERNAL MODULE: ./graders/engine/run-rule.ts
var run_rule = __webpack_require__(3900);
;// CONCATENATED MODULE: ./graders/rules/ecr/repository-lifecycle-policy.ts
// ECR006: a lifecycle policy embedded in the template (LifecyclePolicy.LifecyclePolicyText of an ECR repository)
// is valid JSON that follows ECR's lifecycle rules — the same checks as ECR004, through the shared helper.





/** Where in the policy a problem is, for a finding that can only point at the whole text: "rules[1].selection". */
function jsonPath(path) {
    return path.reduce((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}
/* harmony default export */ const repository_lifecycle_policy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR006',
        name: 'repository-lifecycle-policy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Embed a valid lifecycle policy in the repository',
        description: "When an ECR repository in the template carries LifecyclePolicy.LifecyclePolicyText, the text is a JSON string that follows ECR's lifecycle policy rules (the same checks as ECR004); CloudFormation passes it to ECR unchanged and the stack fails if ECR rejects it. cfn-lint checks only its length (E3033).",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
        evidence: ['ECR.3', 'E3033'],
        messages: {
            invalid: "The lifecycle policy of repository '{{repository}}' is not one ECR accepts ({{at}}): {{problem}}",
            notObject: "'LifecyclePolicy' of repository '{{repository}}' must be an object with 'LifecyclePolicyText', such as 'LifecyclePolicy: { LifecyclePolicyText: \"{\\\"rules\\\": […]}\" }'.",
            noText: "'LifecyclePolicy' of repository '{{repository}}' has no 'LifecyclePolicyText', so no policy is applied. Paste the contents of lifecycle-policy.json into it as a string{{how}}.",
            notString: "'LifecyclePolicyText' of repository '{{repository}}' must be the policy as a JSON string, not {{mapping}}; CloudFormation rejects anything else. Write it as a string{{how}}.",
            notJson: "'LifecyclePolicyText' of repository '{{repository}}' is not valid JSON ({{error}}), so ECR rejects it. Paste the contents of a valid lifecycle-policy.json.",
            computed: "'LifecyclePolicyText' of repository '{{repository}}' is built at deploy time, so the grader cannot check it. Write the JSON text itself.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const withPolicy = (0,ecr_model/* repositories */.bN)(t).filter((r) => r.props['LifecyclePolicy'] !== undefined);
        if (withPolicy.length === 0) {
            ctx.notApplicable('no repository in the template embeds a lifecycle policy');
            return;
        }
        // How to write JSON text inside this template: a YAML block scalar, or an escaped JSON string.
        const how = doc.format === 'yaml'
            ? " (a YAML block scalar, 'LifecyclePolicyText: |' followed by the JSON, keeps it readable)"
            : " (in a JSON template, the policy's text with its quotes escaped, as JSON.stringify writes it)";
        const mapping = doc.format === 'yaml' ? 'a YAML mapping' : 'a JSON object';
        let failed = 0;
        for (const repo of withPolicy) {
            const repository = (0,ecr_model/* repositoryName */.aR)(t, repo) ?? repo.name;
            const lp = repo.props['LifecyclePolicy'];
            const at = [...repo.path, 'Properties', 'LifecyclePolicy'];
            if (!(0,record/* isRecord */.u)(lp)) {
                failed++;
                ctx.report('notObject', { repository }, at);
                continue;
            }
            if (lp['LifecyclePolicyText'] === undefined) {
                failed++;
                ctx.report('noText', { repository, how }, at);
                continue;
            }
            const textAt = [...at, 'LifecyclePolicyText'];
            const v = (0,ecr_model/* jsonProperty */.U)(t, lp['LifecyclePolicyText'], false);
            if (v.kind === 'computed')
                ctx.report('computed', { repository }, textAt);
            else if (v.kind === 'wrongType')
                ctx.report('notString', { repository, how, mapping }, textAt);
            else if (v.kind === 'notJson')
                ctx.report('notJson', { repository, error: v.error }, textAt);
            if (v.kind !== 'ok') {
                failed++;
                continue;
            }
            const problems = validateLifecyclePolicy(v.value);
            for (const p of problems) {
                ctx.report('invalid', {
                    repository,
                    at: p.path.length ? jsonPath(p.path) : 'the whole policy',
                    problem: (0,run_rule/* renderMessage */.e4)(lifecycleMessages[p.messageId], p.data),
                }, textAt);
            }
            if (problems.length)
                failed++;
        }
        ctx.tally(withPolicy.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/actions.ts
// Helper module (exports no rule): the Amazon ECR IAM action names, kept in one place, and the groups of them
// that repository policies care about (pull, push, administration).
//
// Source: the operations of the Amazon ECR API Reference ("Actions",
// https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Operations.html), each of which is an IAM action
// of the same name, plus the permission-only actions of the Service Authorization Reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html):
// BatchImportUpstreamImage, GetImageCopyStatus and ReplicateImage. Cross-checked against botocore's ECR model
// (2015-09-21) and cfn-lint 1.51's Policies.json. When ECR adds an action, add it here.

/** Shared with every rule that reads IAM policies; kept here for the ECR rules that import it from this module. */

const ECR_ACTIONS = [
    'BatchCheckLayerAvailability',
    'BatchDeleteImage',
    'BatchGetImage',
    'BatchGetRepositoryScanningConfiguration',
    'BatchImportUpstreamImage',
    'CompleteLayerUpload',
    'CreatePullThroughCacheRule',
    'CreateRepository',
    'CreateRepositoryCreationTemplate',
    'DeleteLifecyclePolicy',
    'DeletePullThroughCacheRule',
    'DeleteRegistryPolicy',
    'DeleteRepository',
    'DeleteRepositoryCreationTemplate',
    'DeleteRepositoryPolicy',
    'DeleteSigningConfiguration',
    'DeregisterPullTimeUpdateExclusion',
    'DescribeImageReplicationStatus',
    'DescribeImageScanFindings',
    'DescribeImageSigningStatus',
    'DescribeImages',
    'DescribePullThroughCacheRules',
    'DescribeRegistry',
    'DescribeRepositories',
    'DescribeRepositoryCreationTemplates',
    'GetAccountSetting',
    'GetAuthorizationToken',
    'GetDownloadUrlForLayer',
    'GetImageCopyStatus',
    'GetLifecyclePolicy',
    'GetLifecyclePolicyPreview',
    'GetRegistryPolicy',
    'GetRegistryScanningConfiguration',
    'GetRepositoryPolicy',
    'GetSigningConfiguration',
    'InitiateLayerUpload',
    'ListImageReferrers',
    'ListImages',
    'ListPullTimeUpdateExclusions',
    'ListTagsForResource',
    'PutAccountSetting',
    'PutImage',
    'PutImageScanningConfiguration',
    'PutImageTagMutability',
    'PutLifecyclePolicy',
    'PutRegistryPolicy',
    'PutRegistryScanningConfiguration',
    'PutReplicationConfiguration',
    'PutSigningConfiguration',
    'RegisterPullTimeUpdateExclusion',
    'ReplicateImage',
    'SetRepositoryPolicy',
    'StartImageScan',
    'StartLifecyclePolicyPreview',
    'TagResource',
    'UntagResource',
    'UpdateImageStorageClass',
    'UpdatePullThroughCacheRule',
    'UpdateRepositoryCreationTemplate',
    'UploadLayerPart',
    'ValidatePullThroughCacheRule',
].map((a) => `ecr:${a}`);
/** What a principal needs to pull an image (BatchCheckLayerAvailability is usual but not strictly required). */
const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
/**
 * Actions that delete or reconfigure the repository (or the registry) rather than pull or push: no principal needs
 * them in a repository policy. Each with what it lets the principal do, for messages.
 */
const ADMIN_EFFECT = {
    'ecr:DeleteRepository': 'delete the repository',
    'ecr:BatchDeleteImage': 'delete images',
    'ecr:SetRepositoryPolicy': 'rewrite this policy',
    'ecr:DeleteRepositoryPolicy': 'remove this policy',
    'ecr:PutLifecyclePolicy': 'replace the lifecycle policy',
    'ecr:DeleteLifecyclePolicy': 'remove the lifecycle policy',
    'ecr:PutImageTagMutability': 'make tags mutable again',
    'ecr:PutImageScanningConfiguration': 'turn off scanning on push',
    'ecr:PutReplicationConfiguration': "change the registry's replication",
};
const BY_LOWER = new Map(ECR_ACTIONS.map((a) => [a.toLowerCase(), a]));
/** The action's canonical spelling if it is an ECR action (IAM compares action names case-insensitively). */
function ecrAction(name) {
    return BY_LOWER.get(name.toLowerCase());
}
/** The closest ECR action to a misspelt name, if one is close enough to be a likely typo. */
function closestEcrAction(name) {
    const target = name.toLowerCase();
    let best;
    for (const action of ECR_ACTIONS) {
        const d = distance(target, action.toLowerCase());
        if (!best || d < best.distance)
            best = { action, distance: d };
    }
    return best && best.distance <= 3 ? best.action : undefined;
}
/** Levenshtein distance. */
function distance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length] ?? 0;
}

;// CONCATENATED MODULE: ./graders/rules/ecr/repository-policy-least-privilege.ts
// ECR007: every repository has a repository policy that grants named principals only the ECR actions they need:
// no '*' principal, no wildcard or NotAction and no repository-administration action in any Allow statement,
// only action names ECR has, and the pull actions granted to someone.





const repository_policy_least_privilege_quoted = (names) => {
    const q = names.map((n) => `'${n}'`);
    return q.length <= 1 ? q.join('') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
};
const joinOr = (parts) => parts.length <= 1
    ? parts.join('')
    : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
/** Whether a Principal value opens the statement to everyone: '*', { AWS: '*' } or a list holding '*'. */
function isPublic(principal) {
    if (principal === '*')
        return true;
    if (!(0,record/* isRecord */.u)(principal))
        return false;
    return Object.values(principal).some((v) => (0,lib_policy/* stringList */.Yn)(v).includes('*'));
}
/* harmony default export */ const repository_policy_least_privilege = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR007',
        name: 'repository-policy-least-privilege',
        target: 'cloudformation',
        severity: 'error',
        title: 'Grant least privilege in the repository policy',
        description: "Every ECR repository has a RepositoryPolicyText whose Allow statements name specific principals (never '*') and list specific ECR actions (no 'ecr:*', no wildcards, no NotAction, no actions that delete or reconfigure the repository), whose action names all exist in ECR, and that lets some principal pull ('ecr:BatchGetImage' and 'ecr:GetDownloadUrlForLayer'), so pushing stays with the pipeline and pulling with the roles that run the image.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-policies.html',
        evidence: ['AwsSolutions-ECR1', 'CKV_AWS_32', 'E3513'],
        messages: {
            noRepository: "The template has no 'AWS::ECR::Repository', so there is no repository policy to check. Add the repository for the labs-web image.",
            missing: "Repository '{{repository}}' has no 'RepositoryPolicyText', so the lab's pipeline role cannot push and the deployment role cannot pull unless their own IAM policies say so. Add a repository policy that allows the pipeline role the push actions and the execution role the pull actions.",
            computed: "'RepositoryPolicyText' of repository '{{repository}}' is built at deploy time, so the grader cannot check it. Write the policy document itself.",
            notJson: "'RepositoryPolicyText' of repository '{{repository}}' is not a policy document (an object, or a JSON string): {{error}}.",
            noStatement: "The policy of repository '{{repository}}' has no statements, so it grants nothing. Add Allow statements for the pipeline (push) and the execution role (pull).",
            noAllow: "The policy of repository '{{repository}}' has no 'Allow' statement, so it grants nothing. Allow the pipeline role the push actions and the execution role the pull actions.",
            publicPrincipal: "Statement {{sid}} of repository '{{repository}}' allows the principal '*', which lets any AWS account {{verb}} images. Name the roles or accounts instead, such as '{ AWS: !GetAtt PipelineRole.Arn }'.",
            notPrincipal: "Statement {{sid}} of repository '{{repository}}' combines 'Allow' with 'NotPrincipal', which grants everyone except the listed principals. Use 'Principal' with the roles that need access.",
            wildcardAction: "Statement {{sid}} of repository '{{repository}}' allows {{actions}}, which includes deleting images and changing the repository's policy. List only what the principal needs: pull is 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer' and 'ecr:BatchCheckLayerAvailability'; push adds 'ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart' and 'ecr:CompleteLayerUpload'.",
            notAction: "Statement {{sid}} of repository '{{repository}}' combines 'Allow' with 'NotAction', which grants every action not listed, including ones ECR adds later. List the allowed actions in 'Action' instead.",
            adminAction: "Statement {{sid}} of repository '{{repository}}' allows {{actions}}, so the principal can {{effects}}. A repository policy is for pulling and pushing; remove {{them}} from the statement and leave administering the repository to CloudFormation and your administrators' own IAM permissions.",
            unknownAction: "Statement {{sid}} of repository '{{repository}}' names '{{action}}', which is not an Amazon ECR action, so that entry {{effect}} nothing.{{suggestion}} Check the spelling against the list of actions in the ECR API reference (https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Operations.html).",
            noPull: "The policy of repository '{{repository}}' allows no principal both 'ecr:BatchGetImage' and 'ecr:GetDownloadUrlForLayer'{{missing}}, so it lets no one pull the image. Add a statement that allows the execution role 'ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer' and 'ecr:BatchCheckLayerAvailability'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const repos = (0,ecr_model/* repositories */.bN)(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = (0,ecr_model/* repositoryName */.aR)(t, repo) ?? repo.name;
            const at = [...repo.path, 'Properties', 'RepositoryPolicyText'];
            let problems = 0;
            const report = (...args) => {
                problems++;
                ctx.report(...args);
            };
            const v = (0,ecr_model/* jsonProperty */.U)(t, repo.props['RepositoryPolicyText'], true);
            if (v.kind === 'absent')
                report('missing', { repository }, repo.path);
            else if (v.kind === 'computed')
                report('computed', { repository }, at);
            else if (v.kind === 'notJson')
                report('notJson', { repository, error: v.error }, at);
            else if (v.kind === 'wrongType')
                report('notJson', { repository, error: 'it is neither an object nor text' }, at);
            else {
                // Statement numbers and paths count only the statements that are objects.
                const list = (0,lib_policy/* policyStatements */.H9)(v.value).map((s) => s.statement);
                const raw = (0,record/* isRecord */.u)(v.value) ? v.value['Statement'] : undefined;
                const stmtPath = (i) => v.fromString ? at : Array.isArray(raw) ? [...at, 'Statement', i] : [...at, 'Statement'];
                /** Where action j of statement i sits, as close as the document lets the grader point. */
                const actionPath = (i, field, j) => v.fromString ? at : j === undefined ? [...stmtPath(i), field] : [...stmtPath(i), field, j];
                if (list.length === 0)
                    report('noStatement', { repository }, at);
                else if (!list.some((s) => s['Effect'] === 'Allow'))
                    report('noAllow', { repository }, at);
                /** Actions each principal is allowed, keyed by the principal as written. */
                const granted = new Map();
                list.forEach((s, i) => {
                    const sid = typeof s['Sid'] === 'string' ? `'${s['Sid']}'` : `${i + 1}`;
                    for (const field of ['Action', 'NotAction']) {
                        const value = s[field];
                        const entries = typeof value === 'string'
                            ? [[value, undefined]]
                            : Array.isArray(value)
                                ? value.flatMap((a, j) => typeof a === 'string' ? [[a, j]] : [])
                                : [];
                        for (const [action, j] of entries) {
                            if (!/^ecr:/i.test(action) || /[*?]/.test(action) || ecrAction(action))
                                continue;
                            const near = closestEcrAction(action);
                            report('unknownAction', {
                                sid,
                                repository,
                                action,
                                effect: s['Effect'] === 'Deny' ? 'denies' : 'allows',
                                suggestion: near ? ` Did you mean '${near}'?` : '',
                            }, actionPath(i, field, j));
                        }
                    }
                    if (s['Effect'] !== 'Allow')
                        return;
                    const actions = (0,lib_policy/* stringList */.Yn)(s['Action']);
                    if (s['Principal'] !== undefined || s['NotPrincipal'] !== undefined) {
                        // Allow with NotAction (or NotPrincipal) grants more than it names; both are reported below all the same.
                        const notActions = (0,lib_policy/* stringList */.Yn)(s['NotAction']);
                        const effective = s['NotAction'] === undefined
                            ? actions
                            : PULL_ACTIONS.filter((p) => !notActions.some((a) => (0,lib_policy/* actionMatches */.GE)(a, p)));
                        const key = (0,ecr_model/* asText */.e1)([s['Principal'], s['NotPrincipal']]);
                        granted.set(key, [...(granted.get(key) ?? []), ...effective]);
                    }
                    const pushes = actions.some((a) => /^(\*|ecr:\*|ecr:(PutImage|UploadLayerPart|InitiateLayerUpload|CompleteLayerUpload))$/i.test(a));
                    if (isPublic(s['Principal']))
                        report('publicPrincipal', { sid, repository, verb: pushes ? 'push and pull' : 'pull' }, stmtPath(i));
                    if (s['NotPrincipal'] !== undefined)
                        report('notPrincipal', { sid, repository }, stmtPath(i));
                    const wild = actions.filter((a) => a.includes('*'));
                    if (wild.length)
                        report('wildcardAction', { sid, repository, actions: wild.map((a) => `'${a}'`).join(', ') }, stmtPath(i));
                    if (s['NotAction'] !== undefined)
                        report('notAction', { sid, repository }, stmtPath(i));
                    const admin = [...new Set(actions.map((a) => ecrAction(a)))].filter((a) => a !== undefined && Object.hasOwn(ADMIN_EFFECT, a));
                    if (admin.length)
                        report('adminAction', {
                            sid,
                            repository,
                            actions: repository_policy_least_privilege_quoted(admin),
                            effects: joinOr([...new Set(admin.map((a) => ADMIN_EFFECT[a] ?? 'administer it'))]),
                            them: admin.length > 1 ? 'them' : 'it',
                        }, stmtPath(i));
                });
                if (list.some((s) => s['Effect'] === 'Allow')) {
                    // The principal that comes closest to pulling says what is missing.
                    let fewestMissing = [...PULL_ACTIONS];
                    for (const actions of granted.values()) {
                        const missing = PULL_ACTIONS.filter((p) => !actions.some((a) => (0,lib_policy/* actionMatches */.GE)(a, p)));
                        if (missing.length < fewestMissing.length)
                            fewestMissing = missing;
                    }
                    if (fewestMissing.length > 0) {
                        const missing = fewestMissing.length === 1 ? ` (the closest is missing '${fewestMissing[0]}')` : '';
                        report('noPull', { repository, missing }, at);
                    }
                }
            }
            if (problems > 0)
                failed++;
        }
        ctx.tally(repos.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/cross-region-replication.ts
// ECR008: the registry replicates images to another AWS Region, so a regional outage does not take the images
// with it (and the second Region pulls locally). A destination of `AWS::Region` is the stack's own Region: ECR's
// replication is cross-Region or cross-account (replication.html), so it costs the item. A literal Region cannot be
// compared with the deploy Region from the template alone; a lab that states its deploy Region compares it itself
// (lab 05's rubric). Only one replication configuration exists per registry and Region, so a stack that declares
// one replaces whatever the account had.




const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;
/** `!Ref AWS::Region` or `!Sub '${AWS::Region}'`: the stack's own Region. */
function isOwnRegion(v) {
    if (!(0,cloudformation/* isIntrinsic */.I9)(v))
        return false;
    const o = v;
    return o['Ref'] === 'AWS::Region' || o['Fn::Sub'] === '${AWS::Region}';
}
/** `!Ref AWS::AccountId` (or nothing, which cfn-lint reports): the source registry's own account. */
function isOwnAccount(t, v) {
    if (v === undefined)
        return true;
    if ((0,record/* isRecord */.u)(v) && (v['Ref'] === 'AWS::AccountId' || v['Fn::Sub'] === '${AWS::AccountId}'))
        return true;
    // A literal account id may still be the deploying account; it cannot be told apart, so it counts as own.
    return (0,cloudformation/* literal */.eu)(t, v).known;
}
/* harmony default export */ const cross_region_replication = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'ECR008',
        name: 'cross-region-replication',
        target: 'cloudformation',
        severity: 'error',
        title: 'Replicate images to another Region',
        description: "The template has an AWS::ECR::ReplicationConfiguration with at least one destination in another AWS Region (a literal Region name, never the stack's own AWS::Region), and any repository filters match the template's repositories, so every pushed image is copied out of the Region.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html',
        evidence: ['AWS::ECR::ReplicationConfiguration', 'ECR API PutReplicationConfiguration'],
        messages: {
            missing: "The template has no 'AWS::ECR::ReplicationConfiguration', so images live in one Region only and a regional outage takes them with it. Add one with a destination 'Region' such as 'us-west-2' and 'RegistryId: !Ref AWS::AccountId'.",
            noRules: "The replication configuration '{{name}}' has no rules with destinations, so nothing is replicated. Add 'ReplicationConfiguration: { Rules: [ { Destinations: [ { Region: us-west-2, RegistryId: !Ref AWS::AccountId } ] } ] }'.",
            ownRegion: "A destination of '{{name}}' is the Region the stack deploys to ('AWS::Region') in your own registry: ECR replicates a registry to other Regions or other accounts, not into itself, and a copy in the same Region would not survive a regional outage anyway. Name another Region, such as 'us-west-2'.",
            ownRegionOtherAccount: "A destination of '{{name}}' is the Region the stack deploys to ('AWS::Region') in another account: that is cross-account replication, and the copy goes down with the Region. Name another Region, such as 'us-west-2'.",
            computedRegion: "A destination Region of '{{name}}' is decided at deploy time, so the grader cannot tell whether it is another Region. Write the Region name (for example 'us-west-2') or give the parameter a 'Default'.",
            badRegion: "Destination Region '{{region}}' of '{{name}}' is not an AWS Region name such as 'us-west-2'.",
            noOtherRegion: "No destination of '{{name}}' is a named Region other than the stack's own, so images are not copied to another Region. Add a destination 'Region' such as 'us-west-2'.",
            filterMisses: "The rule {{rule}} of '{{name}}' replicates only repositories whose names start with {{filters}} ('PREFIX_MATCH'), and none of the template's repositories ({{repositories}}) can, whatever the stack is called, so nothing is replicated. Fix the prefix or remove 'RepositoryFilters'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const configs = (0,cloudformation/* resources */.ES)(t, 'AWS::ECR::ReplicationConfiguration');
        if (configs.length === 0) {
            ctx.report('missing', {}, ['Resources']);
            return;
        }
        // Every repository's name as a pattern; undefined when CloudFormation generates it (no prefix can be judged).
        const names = (0,ecr_model/* repositories */.bN)(t).map((r) => (0,ecr_model/* repositoryNamePattern */.qI)(t, r));
        let crossRegion = false;
        let specific = false;
        for (const cfg of configs) {
            const name = cfg.name;
            const rc = cfg.props['ReplicationConfiguration'];
            const rules = (0,record/* isRecord */.u)(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
            const base = [...cfg.path, 'Properties', 'ReplicationConfiguration', 'Rules'];
            const destinations = rules.flatMap((r, i) => (0,record/* isRecord */.u)(r) && Array.isArray(r['Destinations'])
                ? r['Destinations'].map((d, j) => ({ d, i, j }))
                : []);
            if (destinations.length === 0) {
                ctx.report('noRules', { name }, cfg.path);
                specific = true;
                continue;
            }
            const covered = new Set();
            for (const { d, i, j } of destinations) {
                const at = [...base, i, 'Destinations', j, 'Region'];
                const raw = (0,record/* isRecord */.u)(d) ? d['Region'] : undefined;
                if (raw === undefined)
                    continue; // cfn-lint E3003 reports the missing property
                if (isOwnRegion(raw)) {
                    ctx.report(isOwnAccount(t, (0,record/* isRecord */.u)(d) ? d['RegistryId'] : undefined)
                        ? 'ownRegion'
                        : 'ownRegionOtherAccount', { name }, at);
                    specific = true;
                    continue;
                }
                const r = (0,cloudformation/* literal */.eu)(t, raw);
                if (!r.known) {
                    ctx.report('computedRegion', { name }, at);
                    specific = true;
                    continue;
                }
                const region = (0,ecr_model/* asText */.e1)(r.value);
                if (!REGION.test(region)) {
                    ctx.report('badRegion', { name, region }, at);
                    specific = true;
                    continue;
                }
                crossRegion = true;
                covered.add(i);
            }
            // Repository filters (PREFIX_MATCH) must be able to select a repository of the template; a miss is reported
            // only when it holds for every stack name and every repository's name is known.
            rules.forEach((r, i) => {
                if (!covered.has(i) || !(0,record/* isRecord */.u)(r) || !Array.isArray(r['RepositoryFilters']) || names.length === 0)
                    return;
                const prefixes = r['RepositoryFilters'].flatMap((f) => {
                    const v = (0,record/* isRecord */.u)(f) ? (0,ecr_model/* namePattern */._u)(t, f['Filter']) : undefined;
                    return v === undefined ? [] : [v];
                });
                if (prefixes.length === 0 || names.some((n) => n === undefined))
                    return;
                const known = names;
                if (known.some((n) => prefixes.some((p) => (0,ecr_model/* prefixMatches */["in"])(p, n) !== 'no')))
                    return;
                ctx.report('filterMisses', {
                    name,
                    rule: i + 1,
                    filters: prefixes.map((p) => `'${(0,ecr_model/* describePattern */.Qs)(p)}'`).join(' or '),
                    repositories: known.map((n) => `'${(0,ecr_model/* describePattern */.Qs)(n)}'`).join(', '),
                }, [...base, i, 'RepositoryFilters']);
                specific = true;
            });
        }
        if (!crossRegion && !specific)
            ctx.report('noOtherRegion', { name: configs[0].name }, configs[0].path);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecr/index.ts
// Amazon ECR rules (prefix ECR), sorted by id: repository settings in CloudFormation templates, and the
// lifecycle policy document. Each file holds one rule; the meta-test keeps this list complete. lifecycle.ts
// (ECR's lifecycle policy rules, shared by ECR004 and ECR006), actions.ts (the ECR action names, for ECR007) and
// model.ts are helper modules, not rules.








const ecrRules = [
    image_scanning, // ECR001
    immutable_tags, // ECR002
    kms_encryption, // ECR003
    lifecycle_policy_valid, // ECR004
    lifecycle_retention, // ECR005
    repository_lifecycle_policy, // ECR006
    repository_policy_least_privilege, // ECR007
    cross_region_replication, // ECR008
];

;// CONCATENATED MODULE: ./graders/rules/ecs-service/cluster-container-insights.ts
// SVC001: every ECS cluster turns on CloudWatch Container Insights ('enabled' or 'enhanced'), and every
// service runs in a cluster of the template, so the setting actually covers it.



const CLUSTER = 'AWS::ECS::Cluster';
const ON = ['enabled', 'enhanced'];
/* harmony default export */ const cluster_container_insights = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC001',
        name: 'cluster-container-insights',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Turn on Container Insights for the cluster',
        description: "Every AWS::ECS::Cluster sets the 'containerInsights' cluster setting to 'enabled' or 'enhanced', so CPU, memory, network and task counts reach CloudWatch for every service in it.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
        evidence: ['ECS.12', 'CKV_AWS_65', 'AwsSolutions-ECS4', 'CT.ECS.PR.2'],
        messages: {
            noCluster: "The template defines no 'AWS::ECS::Cluster', so the service would land in the account's 'default' cluster, whose settings this template does not control. Add a cluster with 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' and point the service's 'Cluster' at it.",
            missing: "Cluster '{{cluster}}' does not turn on Container Insights, so CloudWatch gets no per-task CPU, memory or network metrics and you cannot see why a task was slow or stopped. Add 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' ('enhanced' adds container-level detail).",
            disabled: "Cluster '{{cluster}}' sets 'containerInsights' to {{value}}. Set it to 'enabled' (or 'enhanced' for container-level detail) so CloudWatch collects the cluster's task metrics.",
            defaultCluster: "Service '{{service}}' has no 'Cluster', so it runs in the account's 'default' cluster, which this template does not configure. Set 'Cluster: !Ref {{cluster}}'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const clusters = (0,cloudformation/* resources */.ES)(t, CLUSTER);
        if (clusters.length === 0) {
            ctx.report('noCluster', {}, ['Resources']);
            return;
        }
        for (const c of clusters) {
            const settings = c.props['ClusterSettings'];
            const entry = Array.isArray(settings)
                ? settings.find((s) => (0,cloudformation/* isRecord */.u4)(s) && (0,cloudformation/* literalString */.dc)(t, s['Name'])?.toLowerCase() === 'containerinsights')
                : undefined;
            if (!(0,cloudformation/* isRecord */.u4)(entry)) {
                ctx.report('missing', { cluster: c.name }, [...c.path, 'Properties']);
                continue;
            }
            const value = (0,cloudformation/* literalString */.dc)(t, entry['Value']);
            if (value === undefined || !ON.includes(value.toLowerCase())) {
                const i = settings.indexOf(entry);
                ctx.report('disabled', { cluster: c.name, value: value === undefined ? 'a value decided at deploy time' : `'${value}'` }, [...c.path, 'Properties', 'ClusterSettings', i, 'Value']);
            }
        }
        // A service whose cluster comes from another stack (a parameter or import) is that stack's concern.
        for (const s of (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV)) {
            if (s.props['Cluster'] === undefined) {
                ctx.report('defaultCluster', { service: s.name, cluster: clusters[0].name }, [
                    ...s.path,
                    'Properties',
                ]);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/fargate-service.ts
// SVC002: every ECS service launches its tasks on Fargate (a FARGATE launch type or a capacity-provider
// strategy of FARGATE and FARGATE_SPOT), as a REPLICA service, with a task definition that lists FARGATE.



const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
/* harmony default export */ const fargate_service = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC002',
        name: 'fargate-service',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run the service on Fargate',
        description: "Every ECS service launches on Fargate, through 'LaunchType: FARGATE' or a capacity-provider strategy of FARGATE and FARGATE_SPOT, uses the REPLICA scheduler, and runs a task definition that lists FARGATE in RequiresCompatibilities.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
        evidence: ['E3054', 'E3044', 'E3048'],
        messages: {
            ...service/* serviceMessages */.g3,
            notFargate: "Service '{{service}}' uses launch type {{launchType}}, which needs EC2 instances or on-premises servers you manage. Set 'LaunchType: FARGATE' so AWS runs the tasks for you.",
            noLaunchType: "Service '{{service}}' sets neither 'LaunchType' nor a Fargate capacity-provider strategy, so ECS falls back to the cluster's default strategy or the EC2 launch type. Set 'LaunchType: FARGATE'.",
            notFargateProvider: "Service '{{service}}' uses capacity provider {{provider}}, which is not Fargate. Use 'FARGATE' (and optionally 'FARGATE_SPOT'), or set 'LaunchType: FARGATE' instead of a strategy.",
            daemon: "Service '{{service}}' uses the DAEMON scheduler, which Fargate does not support (cfn-lint E3044). Remove 'SchedulingStrategy' or set it to 'REPLICA'.",
            noTaskDefinition: "Service '{{service}}' has no 'TaskDefinition', so ECS has nothing to run. Set 'TaskDefinition: !Ref <your task definition>'.",
            taskNotFargate: "Service '{{service}}' runs task definition '{{taskDefinition}}', which does not list FARGATE in 'RequiresCompatibilities', so ECS does not check it against Fargate's rules. Add 'RequiresCompatibilities: [FARGATE]' to the task definition.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const failed = new Set();
        for (const svc of services) {
            const at = [...svc.path, 'Properties'];
            const report = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            const launchType = (0,cloudformation/* literalString */.dc)(t, svc.props['LaunchType'])?.toUpperCase();
            const strategy = svc.props['CapacityProviderStrategy'];
            if (svc.props['LaunchType'] !== undefined) {
                if (launchType !== 'FARGATE') {
                    report('notFargate', { service: svc.name, launchType: launchType ? `'${launchType}'` : 'decided at deploy time' }, [...at, 'LaunchType']);
                }
            }
            else if (Array.isArray(strategy) && strategy.length > 0) {
                strategy.forEach((item, i) => {
                    const provider = (0,cloudformation/* isRecord */.u4)(item) ? (0,cloudformation/* literalString */.dc)(t, item['CapacityProvider']) : undefined;
                    if (provider === undefined || !FARGATE_PROVIDERS.includes(provider.toUpperCase())) {
                        report('notFargateProvider', { service: svc.name, provider: provider ? `'${provider}'` : 'decided at deploy time' }, [...at, 'CapacityProviderStrategy', i]);
                    }
                });
            }
            else {
                report('noLaunchType', { service: svc.name }, at);
            }
            if ((0,service/* schedulingStrategy */.w)(t, svc) === 'DAEMON')
                report('daemon', { service: svc.name }, [...at, 'SchedulingStrategy']);
            if (svc.props['TaskDefinition'] === undefined) {
                report('noTaskDefinition', { service: svc.name }, at);
                continue;
            }
            const td = (0,service/* taskDefinitionOf */.Ib)(t, svc);
            if (!td)
                continue; // a task definition from another stack: checked where it is defined
            const rc = td.props['RequiresCompatibilities'];
            const listsFargate = Array.isArray(rc) && rc.some((v) => (0,cloudformation/* literalString */.dc)(t, v)?.toUpperCase() === 'FARGATE');
            if (!listsFargate) {
                report('taskNotFargate', { service: svc.name, taskDefinition: td.name }, [...td.path, 'Properties']);
            }
        }
        if (services.length > 0)
            ctx.tally(services.length, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/no-public-ip.ts
// SVC003: no ECS service gives its tasks public IP addresses. 'AssignPublicIp' must be DISABLED, which is
// also what ECS does when the property is left out (Security Hub ECS.2 fails only on ENABLED).



/* harmony default export */ const no_public_ip = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC003',
        name: 'no-public-ip',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give tasks no public IP address',
        description: "Every awsvpc service keeps 'AssignPublicIp' DISABLED, so its tasks cannot be reached from the internet directly; traffic comes through the load balancer and outbound calls through a NAT gateway or VPC endpoints.",
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-2',
        evidence: ['ECS.2', 'CKV_AWS_333', 'CT.ECS.PR.9'],
        messages: {
            ...service/* serviceMessages */.g3,
            enabled: "Service '{{service}}' sets 'AssignPublicIp: ENABLED', so every task gets a public IP address and anyone on the internet can try its ports, bypassing the load balancer. Set 'AssignPublicIp: DISABLED' and run the tasks in private subnets.",
            unknown: "Service '{{service}}' sets 'AssignPublicIp' to a value decided at deploy time, so the grader cannot confirm the tasks stay private. Write 'AssignPublicIp: DISABLED'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        let checked = 0;
        for (const svc of services) {
            const vpc = (0,service/* awsvpcConfiguration */.jH)(svc);
            if (!vpc)
                continue; // no awsvpc networking: SVC004 and cfn-lint E3052 say so
            checked++;
            const raw = vpc.config['AssignPublicIp'];
            if (raw === undefined)
                continue;
            const value = (0,cloudformation/* literalString */.dc)(t, raw)?.toUpperCase();
            if (value === 'DISABLED')
                continue;
            ctx.report(value === 'ENABLED' ? 'enabled' : 'unknown', { service: svc.name }, [
                ...vpc.path,
                'AssignPublicIp',
            ]);
        }
        if (services.length > 0 && checked === 0)
            ctx.notApplicable('no service uses awsvpc networking');
        else if (checked > 0)
            ctx.tally(checked);
    },
}));

// EXTERNAL MODULE: ./graders/rules/vpc/util/network.ts
var network = __webpack_require__(1844);
;// CONCATENATED MODULE: ./graders/rules/ecs-service/util/subnet-parameters.ts


/** The parameter a subnet reference names: `subnetRefs` splits a list default into `PrivateSubnetIds[0]`, `[1]`. */
function parameterName(ref) {
    return ref.name.replace(/\[\d+\]$/, '');
}
/** Whether a reference is a parameter that holds a list whose values the template does not fix. */
function isOpenList(t, ref) {
    if (ref.kind !== 'parameter')
        return false;
    const name = parameterName(ref);
    const p = (0,cloudformation/* parameter */.Wi)(t, name);
    if (!p)
        return false;
    const type = (0,cloudformation/* parameterValueType */.t8)(p.type);
    // A Systems Manager parameter's Default names the SSM parameter, not the subnets, so its values are open.
    if (type.ssm)
        return true;
    // A list default with commas is split into one reference per subnet; one without is a single subnet.
    return type.list && name === ref.name && !hasSingleDefault(t, name);
}
function hasSingleDefault(t, name) {
    const d = t.Parameters?.[name]?.['Default'];
    return typeof d === 'string' && d.trim() !== '' && !d.includes(',');
}
/**
 * How many subnets the references name, or undefined when one of them is a list (or Systems Manager) parameter
 * whose values are decided at deploy time: such a list may hold any number of subnets.
 */
function subnetCount(t, refs) {
    return refs.some((r) => isOpenList(t, r)) ? undefined : refs.length;
}
/**
 * Distinct Availability Zones among the references (subnets the template only names count as a zone each), or
 * undefined when a list parameter's subnets cannot be counted.
 */
function zoneCount(t, refs) {
    return subnetCount(t, refs) === undefined ? undefined : (0,network/* distinctZones */.gb)(t, refs, true);
}
function tierOfText(text) {
    const s = text.toLowerCase();
    const priv = /private|isolated/.test(s);
    const pub = /public/.test(s);
    if (priv && !pub)
        return 'private';
    if (pub && !priv)
        return 'public';
    return 'unknown';
}
/**
 * Public or private. Subnets of this template by their routes; a parameter by the tier its name declares
 * (`PublicSubnetIds`, `PrivateSubnetIds`), or, when its name says neither, by its description ("public subnets
 * for the load balancer"); an import by its name.
 */
function declaredTier(t, ref) {
    if (ref.kind !== 'parameter')
        return (0,network/* tierOf */.kx)(t, ref);
    const name = parameterName(ref);
    const byName = tierOfText(name);
    if (byName !== 'unknown')
        return byName;
    return tierOfText((0,cloudformation/* parameter */.Wi)(t, name)?.description ?? '');
}
/**
 * How a message names a subnet reference: `'PrivateSubnetA'`, "the subnets of parameter 'PrivateSubnetIds'",
 * "the subnet of parameter 'SubnetA'", "the import 'network-PrivateSubnets'".
 */
function describeSubnet(t, ref) {
    if (ref.kind === 'parameter') {
        const name = parameterName(ref);
        const type = (0,cloudformation/* parameterValueType */.t8)((0,cloudformation/* parameter */.Wi)(t, name)?.type);
        return type.list ? `the subnets of parameter '${name}'` : `the subnet of parameter '${name}'`;
    }
    if (ref.kind === 'import')
        return `the import '${ref.name}'`;
    return `'${ref.name}'`;
}
/** One reference per parameter: a list default split into entries is judged (and reported) once. */
function oncePerParameter(refs) {
    const seen = new Set();
    return refs.filter((r) => {
        if (r.kind !== 'parameter')
            return true;
        const key = `${parameterName(r)}@${JSON.stringify(r.path)}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./graders/rules/ecs-service/private-subnets.ts
// SVC004: every ECS service runs its tasks in private subnets: subnets with no route to an internet gateway.
// Subnets of the template are classified by their route tables; subnets the template takes from a typed
// parameter (`PrivateSubnetIds` of type `List<AWS::EC2::Subnet::Id>`, the style of AWS's reference
// architectures) by the tier the parameter's name or description declares, and imports by their name, since
// the grader cannot see their routes.




/* harmony default export */ const private_subnets = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC004',
        name: 'private-subnets',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run the tasks in private subnets',
        description: 'Every ECS service uses awsvpc networking with subnets that have no route to an internet gateway, so the tasks sit in the network layer that the internet cannot reach and only the load balancer is public.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-networking.html',
        evidence: ['SEC05-BP01', 'E3052'],
        messages: {
            ...service/* serviceMessages */.g3,
            noNetworkConfiguration: "Service '{{service}}' has no 'NetworkConfiguration.AwsvpcConfiguration', which a Fargate (awsvpc) service needs to know its subnets and security groups (cfn-lint E3052). Add one with the private subnets and the service's security group.",
            noSubnets: "Service '{{service}}' lists no 'Subnets', so ECS cannot place its tasks. List the private subnets, one per Availability Zone.",
            publicSubnet: "Service '{{service}}' places tasks in '{{subnet}}', a public subnet (its route table sends traffic to an internet gateway). Tasks there are one security-group mistake away from the internet. Use the private subnets, whose default route goes to a NAT gateway or which reach AWS through VPC endpoints.",
            publicSubnetParameter: "Service '{{service}}' places tasks in {{subnet}}, which the template's own name or description for them declares public (subnets with a route to an internet gateway). Tasks there are one security-group mistake away from the internet. Take the tasks' subnets from a parameter for the private subnets, such as 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'.",
            unverifiable: "Service '{{service}}' places tasks in {{subnet}}, and nothing in the template says whether that is a private subnet: the grader cannot see its routes. Reference the private subnets defined in the template (for example '!Ref PrivateSubnetA'), or take them from a parameter whose name or description says they are private (for example 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>').",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const failed = new Set();
        for (const svc of services) {
            const vpc = (0,service/* awsvpcConfiguration */.jH)(svc);
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            if (!vpc) {
                fail('noNetworkConfiguration', { service: svc.name }, [...svc.path, 'Properties']);
                continue;
            }
            const refs = (0,network/* subnetRefs */.mx)(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']);
            if (refs.length === 0) {
                fail('noSubnets', { service: svc.name }, vpc.path);
                continue;
            }
            for (const ref of oncePerParameter(refs)) {
                const tier = declaredTier(t, ref);
                if (tier === 'public') {
                    if (ref.kind === 'resource')
                        fail('publicSubnet', { service: svc.name, subnet: ref.name }, ref.path);
                    else
                        fail('publicSubnetParameter', { service: svc.name, subnet: describeSubnet(t, ref) }, ref.path);
                }
                else if (tier === 'unknown') {
                    fail('unverifiable', { service: svc.name, subnet: describeSubnet(t, ref) }, ref.path);
                }
            }
        }
        if (services.length > 0)
            ctx.tally(services.length, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/alb-public-subnets.ts
// SVC005: the template has an Application Load Balancer in at least two subnets in two Availability Zones;
// it is internet-facing (the lab's service is reached from the internet; an omitted Scheme is internet-facing)
// and sits in public subnets (a route to the internet gateway), the only place it can receive that traffic.
// Subnets from a typed list parameter ('PublicSubnetIds' of type 'List<AWS::EC2::Subnet::Id>') cannot be
// counted or placed in zones statically; they are judged by the tier the parameter declares.





/* harmony default export */ const alb_public_subnets = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC005',
        name: 'alb-public-subnets',
        target: 'cloudformation',
        severity: 'error',
        title: 'Put the load balancer in public subnets in two Availability Zones',
        description: "The template has an Application Load Balancer with subnets in at least two Availability Zones; it is internet-facing (not 'Scheme: internal') and uses public subnets, so it stays up when one zone fails and can receive traffic from the internet.",
        docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones',
        evidence: ['E3680', 'ELB.13', 'REL10-BP01'],
        messages: {
            noLoadBalancer: "The template defines no Application Load Balancer ('AWS::ElasticLoadBalancingV2::LoadBalancer'), so nothing spreads requests across the tasks or replaces an unhealthy one in rotation. Add an internet-facing ALB in the two public subnets.",
            tooFewSubnets: "Load balancer '{{lb}}' has {{subnets}}; an Application Load Balancer needs at least two, in different Availability Zones (cfn-lint E3680, Security Hub ELB.13). List one public subnet per zone.",
            oneZone: "Load balancer '{{lb}}' has {{subnets}} but they are all in one Availability Zone, so an outage of that zone takes the whole service down. Use subnets in two zones, for example with '!Select [0, !GetAZs \"\"]' and '!Select [1, !GetAZs \"\"]'.",
            internal: "Load balancer '{{lb}}' has 'Scheme: internal', so it gets only private addresses in the VPC and nobody outside the VPC can reach the service through it. This lab's load balancer serves the internet: set 'Scheme: internet-facing' (or leave 'Scheme' out, since internet-facing is the default) and place it in the public subnets.",
            privateSubnet: "Internet-facing load balancer '{{lb}}' uses '{{subnet}}', which has no route to an internet gateway, so requests from the internet cannot reach the load balancer there. Use the public subnets, and keep the private ones for the tasks.",
            privateSubnetParameter: "Internet-facing load balancer '{{lb}}' uses {{subnet}}, which the template's own name or description for them declares private (no route to an internet gateway), so requests from the internet cannot reach the load balancer there. Take the load balancer's subnets from a parameter for the public subnets, such as 'PublicSubnetIds' of type 'List<AWS::EC2::Subnet::Id>', and keep the private ones for the tasks.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const albs = (0,cloudformation/* resources */.ES)(t, network/* ALB */.ON).filter((lb) => {
            const type = (0,cloudformation/* literalString */.dc)(t, lb.props['Type']);
            return type === undefined || type.toLowerCase() === 'application';
        });
        if (albs.length === 0) {
            ctx.report('noLoadBalancer', {}, ['Resources']);
            return;
        }
        const failed = new Set();
        for (const lb of albs) {
            const at = [...lb.path, 'Properties'];
            const fail = (...args) => {
                failed.add(lb.name);
                ctx.report(...args);
            };
            const subnets = (0,network/* loadBalancerSubnets */.Jl)(t, lb);
            // Undefined when a list parameter's subnets are chosen at deploy time: nothing to count, so no finding.
            const count = subnetCount(t, subnets);
            const zones = zoneCount(t, subnets);
            if (count !== undefined && count < 2) {
                fail('tooFewSubnets', { lb: lb.name, subnets: (0,plural/* countNoun */.y)(count, 'subnet') }, lb.props['Subnets'] !== undefined ? [...at, 'Subnets'] : at);
            }
            else if (count !== undefined && zones !== undefined && zones < 2) {
                fail('oneZone', { lb: lb.name, subnets: (0,plural/* countNoun */.y)(count, 'subnet') }, [
                    ...at,
                    lb.props['Subnets'] !== undefined ? 'Subnets' : 'SubnetMappings',
                ]);
            }
            // A computed Scheme is given the benefit of the doubt and checked as internet-facing.
            const scheme = (0,cloudformation/* literalString */.dc)(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
            if (scheme === 'internal') {
                fail('internal', { lb: lb.name }, [...at, 'Scheme']);
                continue; // its subnets are right for an internal load balancer; the scheme is the mistake
            }
            if (scheme !== 'internet-facing')
                continue;
            for (const ref of oncePerParameter(subnets)) {
                if (declaredTier(t, ref) !== 'private')
                    continue;
                if (ref.kind === 'resource')
                    fail('privateSubnet', { lb: lb.name, subnet: ref.name }, ref.path);
                else
                    fail('privateSubnetParameter', { lb: lb.name, subnet: describeSubnet(t, ref) }, ref.path);
            }
        }
        ctx.tally(albs.length, failed.size);
    },
}));

// EXTERNAL MODULE: ./graders/rules/ecs-task-definition/util/task-definition.ts
var task_definition = __webpack_require__(3133);
;// CONCATENATED MODULE: ./graders/rules/ecs-service/service-ingress-from-load-balancer.ts
// SVC007: the security groups of every ECS service admit traffic only from other security groups, never from
// an address range; for a load-balanced service, only from the load balancer's security group, and only on the
// container port(s) its 'LoadBalancers' entries name. Ingress rules are read both inline ('SecurityGroupIngress')
// and as separate AWS::EC2::SecurityGroupIngress resources.
// Labs 03, 06 and 08 grade this rule.





/* harmony default export */ const service_ingress_from_load_balancer = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC007',
        name: 'service-ingress-from-load-balancer',
        target: 'cloudformation',
        severity: 'error',
        title: "Admit traffic to the tasks only from the load balancer's security group",
        description: "Every ingress rule of an ECS service's security groups, inline or as an AWS::EC2::SecurityGroupIngress, names a source security group (SourceSecurityGroupId as a Ref or GetAtt), never a CIDR range; a load-balanced service admits only the load balancer's security group, and only on the container port its 'LoadBalancers' entries name.",
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
        evidence: ['SEC05-BP02', 'AwsSolutions-EC23', 'CKV_AWS_260'],
        messages: {
            ...service/* serviceMessages */.g3,
            defaultGroup: "Service '{{service}}' lists no 'SecurityGroups', so its tasks get the VPC's default security group, which this template does not control. Create a security group for the service and list it in 'AwsvpcConfiguration.SecurityGroups'.",
            unresolvedGroup: "Service '{{service}}' uses {{group}}, which the grader cannot follow to this template, so it cannot check what the group admits. Define the service's security group in this template and reference it with '!GetAtt <Group>.GroupId'.",
            cidrSource: "Security group '{{group}}' of service '{{service}}' admits {{ports}} from the address range {{cidr}}, so anything in that range can reach the tasks without passing the load balancer. Replace 'CidrIp' with 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
            prefixListSource: "Security group '{{group}}' of service '{{service}}' admits {{ports}} from a prefix list, which is a set of address ranges. Admit the load balancer's security group instead ('SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId').",
            notLoadBalancerSource: "Security group '{{group}}' of load-balanced service '{{service}}' admits {{ports}} from {{source}}, which is not the load balancer's security group. Only the load balancer should reach the tasks: use 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
            loadBalancerPorts: "Security group '{{group}}' of service '{{service}}' admits {{ports}} from the load balancer's security group, but the load balancer sends requests and health checks only to container port {{expected}} (the 'ContainerPort' of the service's 'LoadBalancers'). A rule that misses the container port leaves the health checks failing, and every extra port exposes more of the tasks than the load balancer needs. Open only the container port: 'IpProtocol: tcp' with 'FromPort' and 'ToPort' both {{expected}}.",
            noIngressFromLoadBalancer: "No security group of service '{{service}}' admits traffic from the load balancer's security group, so the load balancer's requests and health checks cannot reach the tasks and ECS keeps replacing them. Add an ingress rule for the container port with 'SourceSecurityGroupId: !GetAtt {{suggestion}}.GroupId'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const lbGroups = (0,network/* loadBalancerGroups */.p5)(t);
        const suggestion = [...lbGroups][0] ?? 'LoadBalancerSecurityGroup';
        const failed = new Set();
        let checked = 0;
        for (const svc of services) {
            const vpc = (0,service/* awsvpcConfiguration */.jH)(svc);
            if (!vpc)
                continue; // no awsvpc networking, so no task-level security groups
            checked++;
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            const behindLb = (0,service/* isLoadBalanced */.le)(svc);
            const groups = vpc.config['SecurityGroups'];
            if (!Array.isArray(groups) || groups.length === 0) {
                fail('defaultGroup', { service: svc.name }, groups === undefined ? vpc.path : [...vpc.path, 'SecurityGroups']);
                continue;
            }
            let admitsLb = false;
            groups.forEach((g, i) => {
                const group = (0,network/* securityGroupOf */.FN)(t, g);
                if (group === undefined) {
                    fail('unresolvedGroup', { service: svc.name, group: describeSource(g) }, [
                        ...vpc.path,
                        'SecurityGroups',
                        i,
                    ]);
                    admitsLb = true; // unknown, so do not also claim nothing admits the load balancer
                    return;
                }
                const containerPorts = behindLb ? containerPortsBehind(t, services, group) : undefined;
                for (const { rule, path } of (0,network/* ingressRulesOf */.Kt)(t, group)) {
                    const src = (0,network/* sourceOf */.vz)(t, rule);
                    const ports = (0,network/* describePorts */.QP)((0,network/* portsOf */.a5)(t, rule));
                    const data = { service: svc.name, group, ports, suggestion };
                    if (src.kind === 'cidr') {
                        fail('cidrSource', { ...data, cidr: src.cidr === undefined ? 'decided at deploy time' : `'${src.cidr}'` }, [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp']);
                    }
                    else if (src.kind === 'prefix-list') {
                        fail('prefixListSource', data, [...path, 'SourcePrefixListId']);
                    }
                    else if (src.kind === 'group' && behindLb) {
                        const fromLb = src.group !== undefined
                            ? lbGroups.has(src.group)
                            : lbGroups.size === 0 && !isLiteral(t, src.value);
                        if (fromLb) {
                            admitsLb = true;
                            const range = (0,network/* portsOf */.a5)(t, rule);
                            if (containerPorts !== undefined && opensOtherPorts(range, containerPorts)) {
                                fail('loadBalancerPorts', {
                                    ...data,
                                    ports: `'${(0,network/* describePorts */.QP)(range)}'`,
                                    expected: [...containerPorts].map((p) => `'${p}'`).join(' or '),
                                }, portsPath(t, rule, path));
                            }
                        }
                        else {
                            const at = [
                                ...path,
                                rule['SourceSecurityGroupId'] !== undefined
                                    ? 'SourceSecurityGroupId'
                                    : 'SourceSecurityGroupName',
                            ];
                            fail('notLoadBalancerSource', {
                                ...data,
                                source: src.group !== undefined ? `security group '${src.group}'` : describeSource(src.value),
                            }, at);
                        }
                    }
                }
            });
            if (behindLb && !admitsLb)
                fail('noIngressFromLoadBalancer', { service: svc.name, suggestion }, [...vpc.path, 'SecurityGroups']);
        }
        if (services.length > 0 && checked === 0)
            ctx.notApplicable('no service uses awsvpc networking');
        else if (checked > 0)
            ctx.tally(checked, failed.size);
    },
}));
/**
 * The container ports that load balancers send traffic to through a security group: every 'ContainerPort'
 * of the load-balanced services that use the group (a group may be shared). Undefined when any of them is not
 * a literal (a parameter without a default, an import), so the grader cannot tell which ports are right.
 */
function containerPortsBehind(t, services, group) {
    const ports = new Set();
    for (const svc of services) {
        const groups = (0,service/* awsvpcConfiguration */.jH)(svc)?.config['SecurityGroups'];
        if (!Array.isArray(groups) || !groups.some((g) => (0,network/* securityGroupOf */.FN)(t, g) === group))
            continue;
        for (const { entry } of (0,service/* loadBalancerEntries */.TF)(svc)) {
            const port = (0,cloudformation/* literalNumber */.TB)(t, entry['ContainerPort']);
            if (port === undefined)
                return undefined;
            ports.add(port);
        }
    }
    return ports.size > 0 ? ports : undefined;
}
/**
 * Whether a rule opens anything besides the given ports. TCP and UDP are judged by port (a Network Load
 * Balancer may forward UDP); any other protocol (ICMP…) is something else. Ranges the grader cannot read pass.
 */
function opensOtherPorts(range, allowed) {
    if (range === undefined)
        return false;
    if (!('from' in range))
        return true; // all protocols, all ports
    if (range.protocol !== 'tcp' && range.protocol !== 'udp')
        return true;
    if (range.from > range.to)
        return false; // not a range at all; cfn-lint's concern, not this rule's
    const inside = [...allowed].filter((p) => range.from <= p && p <= range.to).length;
    return range.to - range.from + 1 > inside;
}
/** Where to point at a rule's ports: 'FromPort' of a TCP or UDP rule, else 'IpProtocol' ('-1', 'icmp'…). */
function portsPath(t, rule, path) {
    const proto = (0,cloudformation/* literalString */.dc)(t, rule['IpProtocol'])?.toLowerCase();
    if (['tcp', '6', 'udp', '17'].includes(proto ?? '') && rule['FromPort'] !== undefined)
        return [...path, 'FromPort'];
    return rule['IpProtocol'] !== undefined ? [...path, 'IpProtocol'] : path;
}
/** A security group a value names without pointing at this template, as a noun phrase for messages. */
function describeSource(v) {
    const target = (0,cloudformation/* targetOf */.$r)(v);
    if (target !== undefined)
        return `the security group in parameter '${target}'`;
    if ((0,cloudformation/* isRecord */.u4)(v) && v['Fn::ImportValue'] !== undefined)
        return 'an imported security group';
    return typeof v === 'string' ? `security group '${v}'` : `a security group given as ${(0,task_definition/* describeValue */.bp)(v)}`;
}
function isLiteral(t, v) {
    return (typeof v === 'string' ||
        ((0,cloudformation/* isRecord */.u4)(v) && typeof v['Ref'] === 'string' && (0,cloudformation/* literalString */.dc)(t, v) !== undefined));
}

;// CONCATENATED MODULE: ./graders/rules/ecs-service/deployment-circuit-breaker.ts
// SVC008: every ECS service deployed by ECS itself turns on the deployment circuit breaker with rollback, so a
// release whose tasks never become healthy stops and returns to the last working one instead of retrying
// for hours. Services deployed by CodeDeploy or an external controller have their own rollback.



/* harmony default export */ const deployment_circuit_breaker = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC008',
        name: 'deployment-circuit-breaker',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Turn on the deployment circuit breaker with rollback',
        description: "Every service that ECS deploys sets DeploymentConfiguration.DeploymentCircuitBreaker with 'Enable: true' and 'Rollback: true', so a failed deployment stops and rolls back automatically.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-circuit-breaker.html',
        evidence: ['OPS06-BP04'],
        messages: {
            ...service/* serviceMessages */.g3,
            missing: "Service '{{service}}' has no deployment circuit breaker, so a release whose tasks keep failing is retried for hours and the CloudFormation update hangs. Add 'DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }'.",
            disabled: "Service '{{service}}' has a deployment circuit breaker with 'Enable' {{value}}, so it never trips. Set 'Enable: true' and 'Rollback: true'.",
            noRollback: "Service '{{service}}' stops a failing deployment but does not roll back ('Rollback' is {{value}}), leaving the service on the broken release. Set 'Rollback: true' so ECS returns to the last deployment that worked.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        let checked = 0;
        for (const svc of services) {
            if ((0,service/* deploymentController */.Ye)(t, svc) !== 'ECS')
                continue;
            checked++;
            const path = [...svc.path, 'Properties', 'DeploymentConfiguration', 'DeploymentCircuitBreaker'];
            const cb = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'DeploymentCircuitBreaker']);
            if (!(0,cloudformation/* isRecord */.u4)(cb)) {
                const at = (0,cloudformation/* isRecord */.u4)(svc.props['DeploymentConfiguration'])
                    ? path.slice(0, -1)
                    : [...svc.path, 'Properties'];
                ctx.report('missing', { service: svc.name }, at);
                continue;
            }
            const enable = (0,cloudformation/* literalBool */.KG)(t, cb['Enable']);
            const rollback = (0,cloudformation/* literalBool */.KG)(t, cb['Rollback']);
            if (enable !== true)
                ctx.report('disabled', { service: svc.name, value: show(cb['Enable'], enable) }, [...path, 'Enable']);
            else if (rollback !== true)
                ctx.report('noRollback', { service: svc.name, value: show(cb['Rollback'], rollback) }, [
                    ...path,
                    'Rollback',
                ]);
        }
        if (services.length > 0 && checked === 0)
            ctx.notApplicable('every service is deployed by CodeDeploy or an external controller');
        else if (checked > 0)
            ctx.tally(checked);
    },
}));
function show(raw, value) {
    if (raw === undefined)
        return 'missing';
    return value === undefined ? 'decided at deploy time' : `'${value}'`;
}

;// CONCATENATED MODULE: ./graders/rules/ecs-service/deployment-healthy-percent.ts
// SVC009: every rolling-update (ECS-controller, REPLICA) service states its deployment bounds: at least 100%
// of the desired tasks stay healthy and up to at least 200% may run during a deployment.
//
// Why 100/200 and not 50: on Fargate there is no cluster capacity to free up, so stopping old tasks before new
// ones are healthy buys nothing. With two tasks in two Availability Zones, 50% would let a deployment run on one
// task in one zone; 100% keeps both while the new tasks start, and 200% lets ECS start a full new set at once,
// which also makes deployments faster. These equal the ECS defaults, and stating them keeps a later edit (or a
// tool's different default) from quietly lowering them.



const MIN_HEALTHY_PERCENT = 100;
const MIN_MAXIMUM_PERCENT = 200;
/* harmony default export */ const deployment_healthy_percent = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC009',
        name: 'deployment-healthy-percent',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Keep full capacity during deployments',
        description: `Every rolling-update service sets DeploymentConfiguration.MinimumHealthyPercent to at least ${MIN_HEALTHY_PERCENT} and MaximumPercent to at least ${MIN_MAXIMUM_PERCENT}, so a deployment starts new tasks before it stops old ones and never drops below the desired count.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-ecs.html',
        evidence: ['OPS06-BP03', 'REL10-BP01'],
        messages: {
            ...service/* serviceMessages */.g3,
            minMissing: `Service '{{service}}' does not state 'MinimumHealthyPercent'. Set it to ${MIN_HEALTHY_PERCENT} so ECS keeps every desired task running while a deployment replaces them; on Fargate, stopping tasks first saves nothing.`,
            minTooLow: `Service '{{service}}' sets 'MinimumHealthyPercent' to {{value}}, so a deployment may stop {{stopped}} before their replacements are healthy: with two tasks, one task in one Availability Zone carries all traffic. Set it to ${MIN_HEALTHY_PERCENT}.`,
            maxMissing: `Service '{{service}}' does not state 'MaximumPercent'. Set it to ${MIN_MAXIMUM_PERCENT} so ECS can start a full set of new tasks alongside the old ones during a deployment.`,
            maxTooLow: `Service '{{service}}' sets 'MaximumPercent' to {{value}}, which leaves little or no room to start new tasks beside the old ones, so the deployment is slow or, with 'MinimumHealthyPercent' at 100, cannot start at all. Set it to ${MIN_MAXIMUM_PERCENT}.`,
            unknown: "Service '{{service}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const failed = new Set();
        let checked = 0;
        for (const svc of services) {
            if ((0,service/* deploymentController */.Ye)(t, svc) !== 'ECS' || (0,service/* schedulingStrategy */.w)(t, svc) !== 'REPLICA')
                continue;
            // Blue/green, linear and canary deployments size the new revision themselves (lab 10).
            const strategy = (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'Strategy']))?.toUpperCase();
            if (strategy !== undefined && strategy !== 'ROLLING')
                continue;
            checked++;
            const config = svc.props['DeploymentConfiguration'];
            const base = [...svc.path, 'Properties', 'DeploymentConfiguration'];
            const at = (0,cloudformation/* isRecord */.u4)(config) ? base : [...svc.path, 'Properties'];
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            const rawMin = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'MinimumHealthyPercent']);
            const min = (0,cloudformation/* literalNumber */.TB)(t, rawMin);
            if (rawMin === undefined)
                fail('minMissing', { service: svc.name }, at);
            else if (min === undefined)
                fail('unknown', { service: svc.name, property: 'MinimumHealthyPercent' }, [
                    ...base,
                    'MinimumHealthyPercent',
                ]);
            else if (min < MIN_HEALTHY_PERCENT) {
                fail('minTooLow', { service: svc.name, value: min, stopped: min <= 0 ? 'every task' : `${100 - min}% of the tasks` }, [...base, 'MinimumHealthyPercent']);
            }
            const rawMax = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'MaximumPercent']);
            const max = (0,cloudformation/* literalNumber */.TB)(t, rawMax);
            if (rawMax === undefined)
                fail('maxMissing', { service: svc.name }, at);
            else if (max === undefined)
                fail('unknown', { service: svc.name, property: 'MaximumPercent' }, [...base, 'MaximumPercent']);
            else if (max < MIN_MAXIMUM_PERCENT)
                fail('maxTooLow', { service: svc.name, value: max }, [...base, 'MaximumPercent']);
        }
        if (services.length > 0 && checked === 0)
            ctx.notApplicable('no service uses rolling updates');
        else if (checked > 0)
            ctx.tally(checked, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/health-check-grace-period.ts
// SVC010: every load-balanced ECS service sets a health-check grace period, so a new task has time to start
// before failing health checks count against it. The period covers Elastic Load Balancing, VPC Lattice and
// container health checks alike (CreateService, healthCheckGracePeriodSeconds).



/** ECS accepts up to 2,147,483,647 seconds; anything past an hour hides real failures for too long. */
const MAX_SENSIBLE_SECONDS = 3600;
/* harmony default export */ const health_check_grace_period = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC010',
        name: 'health-check-grace-period',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Give new tasks a health-check grace period',
        description: `Every service behind a load balancer sets HealthCheckGracePeriodSeconds above 0 (and at most ${MAX_SENSIBLE_SECONDS}), so the ECS service scheduler ignores failing Elastic Load Balancing, VPC Lattice and container health checks while a new task starts instead of stopping it before it is ready.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
        evidence: ['CONTAINER_BUILD_OPS_02', 'OPS06-BP03'],
        messages: {
            ...service/* serviceMessages */.g3,
            missing: "Service '{{service}}' is behind a load balancer but sets no 'HealthCheckGracePeriodSeconds', so a task that needs a few seconds to start can fail its first health checks and be stopped before it ever serves. Set it to how long the app takes to become healthy, for example 'HealthCheckGracePeriodSeconds: 60'.",
            notPositive: "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}, which gives new tasks no time to start. Set it to how long the app takes to become healthy, for example 60.",
            tooLong: `Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}; for that long ECS ignores failing health checks, so a broken task keeps its place. Keep it at or below ${MAX_SENSIBLE_SECONDS} seconds, close to the app's real start-up time.`,
            unknown: "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to a value decided at deploy time, so the grader cannot check it. Write the number of seconds.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        const balanced = services.filter(service/* isLoadBalanced */.le);
        if (services.length > 0 && balanced.length === 0) {
            ctx.notApplicable('no service is attached to a load balancer');
            return;
        }
        for (const svc of balanced) {
            const raw = svc.props['HealthCheckGracePeriodSeconds'];
            const at = [...svc.path, 'Properties', 'HealthCheckGracePeriodSeconds'];
            if (raw === undefined) {
                ctx.report('missing', { service: svc.name }, [...svc.path, 'Properties']);
                continue;
            }
            const value = (0,cloudformation/* literalNumber */.TB)(t, raw);
            if (value === undefined)
                ctx.report('unknown', { service: svc.name }, at);
            else if (value <= 0)
                ctx.report('notPositive', { service: svc.name, value }, at);
            else if (value > MAX_SENSIBLE_SECONDS)
                ctx.report('tooLong', { service: svc.name, value }, at);
        }
        if (balanced.length > 0)
            ctx.tally(balanced.length);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/multi-az-tasks.ts
// SVC011: every REPLICA service runs at least two tasks, in subnets of at least two Availability Zones, so
// losing a task or a zone leaves the service answering. ECS spreads a service's tasks across the zones of
// its subnets by default.





const multi_az_tasks_MIN_TASKS = 2;
/* harmony default export */ const multi_az_tasks = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC011',
        name: 'multi-az-tasks',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Run at least two tasks across two Availability Zones',
        description: `Every REPLICA service keeps at least ${multi_az_tasks_MIN_TASKS} tasks (DesiredCount, or the MinCapacity of its auto scaling target) and, with awsvpc networking, places them in subnets of at least two Availability Zones.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/capacity-availability-best-practice.html',
        evidence: ['REL10-BP01', 'ELB.13'],
        messages: {
            ...service/* serviceMessages */.g3,
            noCount: `Service '{{service}}' sets no 'DesiredCount', so CloudFormation creates it with one task: any task failure or deployment leaves nothing serving. Set 'DesiredCount: ${multi_az_tasks_MIN_TASKS}' or more.`,
            tooFew: `Service '{{service}}' runs {{tasks}} at minimum, so one task failure or one Availability Zone outage stops the service. Run at least ${multi_az_tasks_MIN_TASKS} ('DesiredCount: ${multi_az_tasks_MIN_TASKS}').`,
            unknownCount: "Service '{{service}}' sets its task count to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a default.",
            oneZone: "Service '{{service}}' places its tasks in subnets of {{zones}}, so every task shares the fate of one zone. List one private subnet in each of two zones.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,service/* readServices */.JQ)(doc, ctx);
        let checks = 0;
        let failures = 0;
        for (const svc of services) {
            if ((0,service/* schedulingStrategy */.w)(t, svc) !== 'REPLICA')
                continue;
            // Two checks per awsvpc service, so one that gets the count right but not the zones earns half.
            // Without awsvpc networking the tasks' zones are the container instances', which the template
            // does not show, so only the count is checked.
            const vpc = (0,service/* awsvpcConfiguration */.jH)(svc);
            checks += vpc ? 2 : 1;
            const props = [...svc.path, 'Properties'];
            const tasks = (0,service/* minimumTasks */.Rh)(t, svc);
            if (tasks.from === 'none') {
                failures++;
                ctx.report('noCount', { service: svc.name }, props);
            }
            else if (tasks.count === undefined) {
                failures++;
                ctx.report('unknownCount', { service: svc.name }, tasks.from === 'desired' ? [...props, 'DesiredCount'] : props);
            }
            else if (tasks.count < multi_az_tasks_MIN_TASKS) {
                failures++;
                ctx.report('tooFew', { service: svc.name, tasks: (0,plural/* countNoun */.y)(tasks.count, 'task') }, tasks.from === 'desired' ? [...props, 'DesiredCount'] : props);
            }
            if (!vpc)
                continue;
            // Undefined for a list parameter whose subnets are chosen at deploy time ('PrivateSubnetIds' of type
            // 'List<AWS::EC2::Subnet::Id>'): the template states no zones to count, so the spread is not held against it.
            const zones = zoneCount(t, (0,network/* subnetRefs */.mx)(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']));
            if (zones !== undefined && zones < 2) {
                failures++;
                ctx.report('oneZone', { service: svc.name, zones: (0,plural/* countNoun */.y)(zones, 'Availability Zone') }, [
                    ...vpc.path,
                    'Subnets',
                ]);
            }
        }
        if (services.length > 0 && checks === 0)
            ctx.notApplicable('no service uses the REPLICA scheduler');
        else if (checks > 0)
            ctx.tally(checks, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/efs-transit-encryption.ts
// SVC012: every EFS volume of a task definition encrypts traffic in transit and mounts through an EFS access
// point of the same file system, which fixes the POSIX user and the directory the task sees.



/* harmony default export */ const efs_transit_encryption = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC012',
        name: 'efs-transit-encryption',
        target: 'cloudformation',
        severity: 'error',
        title: 'Encrypt EFS volumes in transit and mount them through an access point',
        description: "Every EFSVolumeConfiguration of a task definition sets 'TransitEncryption: ENABLED' and an 'AuthorizationConfig.AccessPointId' of an access point on the same file system, so file traffic is encrypted with TLS and the task only sees its own directory, as its own user.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/efs-volumes.html',
        evidence: ['ECS.18', 'CKV_AWS_97'],
        messages: {
            transitOff: "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' does not encrypt traffic in transit ('TransitEncryption' is {{value}}), so file contents cross the network in clear text. Set 'TransitEncryption: ENABLED'.",
            noAccessPoint: "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' mounts the file system without an access point, so the task sees the whole file system as whatever user it runs as. Create an 'AWS::EFS::AccessPoint' with a 'PosixUser' and 'RootDirectory', and set 'AuthorizationConfig: { AccessPointId: !Ref AccessPoint, IAM: ENABLED }'.",
            rootDirectoryWithAccessPoint: "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' sets 'RootDirectory' {{value}} as well as an access point, which ECS rejects: the access point's own 'RootDirectory' decides the directory. Remove 'RootDirectory' from the volume (or set it to '/').",
            otherFileSystem: "EFS volume '{{volume}}' of task definition '{{taskDefinition}}' uses access point '{{accessPoint}}', which belongs to a different file system than 'FilesystemId', so the mount fails. Point both at the same file system.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        let checked = 0;
        let failures = 0;
        for (const td of (0,cloudformation/* resources */.ES)(t, service/* TASK_DEFINITION */.ML)) {
            for (const vol of (0,service/* efsVolumes */.U4)(td)) {
                checked++;
                let ok = true;
                const data = { volume: vol.name, taskDefinition: td.name };
                const transit = (0,cloudformation/* literalString */.dc)(t, vol.config['TransitEncryption'])?.toUpperCase();
                if (transit !== 'ENABLED') {
                    ok = false;
                    const value = vol.config['TransitEncryption'] === undefined
                        ? "missing, which means 'DISABLED'"
                        : transit
                            ? `'${transit}'`
                            : 'decided at deploy time';
                    ctx.report('transitOff', { ...data, value }, vol.config['TransitEncryption'] === undefined ? vol.path : [...vol.path, 'TransitEncryption']);
                }
                const apRaw = (0,cloudformation/* get */.Jt)(vol.config, ['AuthorizationConfig', 'AccessPointId']);
                if (apRaw === undefined) {
                    ok = false;
                    ctx.report('noAccessPoint', data, vol.path);
                }
                else {
                    const root = (0,cloudformation/* literalString */.dc)(t, vol.config['RootDirectory']);
                    if (vol.config['RootDirectory'] !== undefined && root !== '/') {
                        ok = false;
                        ctx.report('rootDirectoryWithAccessPoint', { ...data, value: root ? `'${root}'` : 'set' }, [
                            ...vol.path,
                            'RootDirectory',
                        ]);
                    }
                    const ap = (0,cloudformation/* targetResource */.cR)(t, apRaw);
                    const fsOfVolume = (0,cloudformation/* targetOf */.$r)(vol.config['FilesystemId']);
                    const fsOfAp = ap?.resource.Type === 'AWS::EFS::AccessPoint' ? (0,cloudformation/* targetOf */.$r)(ap.props['FileSystemId']) : undefined;
                    if (fsOfVolume !== undefined && fsOfAp !== undefined && fsOfVolume !== fsOfAp) {
                        ok = false;
                        ctx.report('otherFileSystem', { ...data, accessPoint: ap.name }, [
                            ...vol.path,
                            'AuthorizationConfig',
                            'AccessPointId',
                        ]);
                    }
                }
                if (!ok)
                    failures++;
            }
        }
        if (checked === 0)
            ctx.notApplicable('no task definition declares an EFS volume');
        else
            ctx.tally(checked, failures);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/https-listener.ts
// SVC013: every internet-facing Application Load Balancer serves HTTPS and sends plain HTTP there. It has an
// HTTPS listener with a certificate and a TLS 1.3 security policy, its security groups admit the HTTPS port, and
// every HTTP listener's default action redirects to HTTPS (Security Hub ELB.1 fails an ALB with any HTTP listener
// that does not redirect). CloudFormation's default policy when 'SslPolicy' is left out is
// ELBSecurityPolicy-2016-08, which still accepts TLS 1.0, so the policy must be written.



const https_listener_LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const HTTPS_PORT = 443;
/** The policy this lab teaches; any 'ELBSecurityPolicy-TLS13-…' policy is accepted (Security Hub ELB.17). */
const RECOMMENDED_SSL_POLICY = 'ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09';
const TLS13_POLICY = /^ELBSecurityPolicy-TLS13-/;
/* harmony default export */ const https_listener = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SVC013',
        name: 'https-listener',
        target: 'cloudformation',
        severity: 'error',
        title: 'Serve HTTPS with a TLS 1.3 policy and redirect HTTP to it',
        description: "Every internet-facing Application Load Balancer has an HTTPS listener with 'Certificates' and a TLS 1.3 'SslPolicy' (ELBSecurityPolicy-TLS13-*), its security groups admit the HTTPS port, and every HTTP listener's default action redirects to HTTPS, so no request or response crosses the internet in clear text.",
        docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/create-https-listener.html',
        evidence: ['ELB.1', 'ELB.17', 'E3676', 'CKV_AWS_2', 'CKV_AWS_103'],
        messages: {
            noHttpsListener: "Internet-facing load balancer '{{lb}}' has no HTTPS listener, so requests, responses and any cookies or tokens in them cross the internet in clear text (Security Hub ELB.1 fails an ALB whose HTTP listeners do not redirect to HTTPS). Add an 'AWS::ElasticLoadBalancingV2::Listener' with 'Protocol: HTTPS', 'Port: 443', 'Certificates: [{ CertificateArn: !Ref CertificateArn }]' and 'SslPolicy: " +
                RECOMMENDED_SSL_POLICY +
                "'.",
            httpsPort: "HTTPS listener '{{listener}}' listens on port {{port}}, but browsers open 'https://' addresses on port 443, so visitors would have to type the port. Set 'Port: 443'.",
            noCertificate: "HTTPS listener '{{listener}}' has no 'Certificates', and an HTTPS listener cannot start without one (cfn-lint E3676). Request or import a certificate in AWS Certificate Manager, take its ARN as a parameter, and set 'Certificates: [{ CertificateArn: !Ref CertificateArn }]'.",
            defaultSslPolicy: "HTTPS listener '{{listener}}' sets no 'SslPolicy', so CloudFormation gives it ELBSecurityPolicy-2016-08, which still accepts TLS 1.0 and 1.1 (Security Hub ELB.17 asks for a TLS 1.3 policy). Set 'SslPolicy: " +
                RECOMMENDED_SSL_POLICY +
                "', or another 'ELBSecurityPolicy-TLS13-…' policy.",
            oldSslPolicy: "HTTPS listener '{{listener}}' uses 'SslPolicy: {{policy}}', which is not a TLS 1.3 policy: Security Hub ELB.17 asks for the recommended 'ELBSecurityPolicy-TLS13-…' policies, which drop the old protocol versions and ciphers. Set 'SslPolicy: " +
                RECOMMENDED_SSL_POLICY +
                "'.",
            noHttpsIngress: "No security group of load balancer '{{lb}}' admits TCP {{port}}, so browsers cannot reach its HTTPS listener and the connection times out. Add an ingress rule for TCP {{port}} from '0.0.0.0/0' to the load balancer's security group.",
            httpNotRedirected: "HTTP listener '{{listener}}' of load balancer '{{lb}}' {{action}}, so anyone who types 'http://' talks to the app in clear text, and Security Hub ELB.1 fails the load balancer. Make its default action redirect to HTTPS: 'DefaultActions: [{ Type: redirect, RedirectConfig: { Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301 } }]'.",
            redirectPort: "HTTP listener '{{listener}}' redirects to HTTPS on {{port}}, but the HTTPS listener is on port {{https}}, so the redirected browser reaches no listener. Set 'Port: \"{{https}}\"' in 'RedirectConfig' (when 'Port' is left out, the redirect keeps the request's port, 80).",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const albs = (0,cloudformation/* resources */.ES)(t, network/* ALB */.ON).filter((lb) => {
            const type = (0,cloudformation/* literalString */.dc)(t, lb.props['Type'])?.toLowerCase();
            const scheme = (0,cloudformation/* literalString */.dc)(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
            return (type === undefined || type === 'application') && scheme === 'internet-facing';
        });
        if (albs.length === 0) {
            ctx.notApplicable('the template has no internet-facing Application Load Balancer');
            return;
        }
        const failed = new Set();
        for (const lb of albs) {
            const fail = (...args) => {
                failed.add(lb.name);
                ctx.report(...args);
            };
            const listeners = (0,cloudformation/* resources */.ES)(t, https_listener_LISTENER).filter((l) => (0,cloudformation/* refersTo */.zA)(l.props['LoadBalancerArn'], lb.name));
            const protocolOf = (l) => (0,cloudformation/* literalString */.dc)(t, l.props['Protocol'])?.toUpperCase();
            const https = listeners.filter((l) => protocolOf(l) === 'HTTPS');
            if (https.length === 0) {
                fail('noHttpsListener', { lb: lb.name }, [...lb.path, 'Properties']);
                continue; // the redirect has nowhere to go yet; one finding says what to add
            }
            let httpsPort = HTTPS_PORT;
            for (const l of https) {
                const at = [...l.path, 'Properties'];
                const port = (0,cloudformation/* literalNumber */.TB)(t, l.props['Port']);
                if (port !== undefined && port !== HTTPS_PORT) {
                    httpsPort = port;
                    fail('httpsPort', { listener: l.name, port }, [...at, 'Port']);
                }
                const certs = l.props['Certificates'];
                if (certs === undefined || (Array.isArray(certs) && certs.length === 0))
                    fail('noCertificate', { listener: l.name }, at);
                const policy = l.props['SslPolicy'];
                if (policy === undefined)
                    fail('defaultSslPolicy', { listener: l.name }, at);
                else {
                    // A policy decided at deploy time (a parameter without a default) is given the benefit of the doubt.
                    const name = (0,cloudformation/* literalString */.dc)(t, policy);
                    if (name !== undefined && !TLS13_POLICY.test(name))
                        fail('oldSslPolicy', { listener: l.name, policy: name }, [...at, 'SslPolicy']);
                }
            }
            // The HTTPS port must be open to the load balancer's own security groups (those this template defines).
            const groups = Array.isArray(lb.props['SecurityGroups'])
                ? lb.props['SecurityGroups'].map((g) => (0,network/* securityGroupOf */.FN)(t, g))
                : [];
            const known = groups.filter((g) => g !== undefined);
            if (known.length > 0 && known.length === groups.length) {
                const open = known.some((g) => (0,network/* ingressRulesOf */.Kt)(t, g).some((r) => (0,network/* reaches */.O6)((0,network/* portsOf */.a5)(t, r.rule), httpsPort)));
                if (!open)
                    fail('noHttpsIngress', { lb: lb.name, port: httpsPort }, [
                        ...lb.path,
                        'Properties',
                        'SecurityGroups',
                    ]);
            }
            for (const l of listeners.filter((x) => protocolOf(x) === 'HTTP')) {
                const actions = l.props['DefaultActions'];
                const first = Array.isArray(actions)
                    ? [...actions]
                        .filter(cloudformation/* isRecord */.u4)
                        .sort((a, b) => ((0,cloudformation/* literalNumber */.TB)(t, a['Order']) ?? 0) - ((0,cloudformation/* literalNumber */.TB)(t, b['Order']) ?? 0))[0]
                    : undefined;
                const type = first ? (0,cloudformation/* literalString */.dc)(t, first['Type'])?.toLowerCase() : undefined;
                const at = [...l.path, 'Properties', 'DefaultActions'];
                const redirect = first?.['RedirectConfig'];
                const toHttps = type === 'redirect' && (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(redirect, ['Protocol']))?.toUpperCase() === 'HTTPS';
                if (!toHttps) {
                    const action = type === 'forward'
                        ? 'forwards requests to the tasks'
                        : type === 'redirect'
                            ? 'redirects without switching to HTTPS'
                            : type === undefined
                                ? 'has no default action the grader can read'
                                : `answers with a '${type}' action`;
                    fail('httpNotRedirected', { listener: l.name, lb: lb.name, action }, at);
                    continue;
                }
                // Without 'Port' the redirect keeps the request's port ('#{port}', 80 here), where no HTTPS listener is.
                const portValue = (0,cloudformation/* get */.Jt)(redirect, ['Port']);
                const port = portValue === undefined ? '#{port}' : (0,cloudformation/* literalString */.dc)(t, portValue);
                if (port !== undefined && (port === '#{port}' || Number(port) !== httpsPort)) {
                    const where = port === '#{port}' ? "the request's own port" : `port ${port}`;
                    fail('redirectPort', { listener: l.name, port: where, https: httpsPort }, at);
                }
            }
        }
        ctx.tally(albs.length, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-service/index.ts
// ECS service rules (prefix SVC), sorted by id: the service, its cluster, load balancer, target group,
// security groups, deployment settings and storage, read from a CloudFormation template (or CDK output).
// Each file holds one rule; util/ holds helpers, and graders/rules/vpc/util/network.ts the shared network model.













const ecsServiceRules = [
    cluster_container_insights, // SVC001
    fargate_service, // SVC002
    no_public_ip, // SVC003
    private_subnets, // SVC004
    alb_public_subnets, // SVC005
    ip_target_group, // SVC006
    service_ingress_from_load_balancer, // SVC007
    deployment_circuit_breaker, // SVC008
    deployment_healthy_percent, // SVC009
    health_check_grace_period, // SVC010
    multi_az_tasks, // SVC011
    efs_transit_encryption, // SVC012
    https_listener, // SVC013
];

// EXTERNAL MODULE: ./graders/rules/eks/model.ts
var eks_model = __webpack_require__(406);
;// CONCATENATED MODULE: ./graders/rules/eks/schemas.ts
/**
 * The schema-checked kinds, by `apiVersion/kind`, each with its model's module. The modules are imported by
 * `loadSchemas`, which the engine awaits (through EKS001's `prepare`) only when a run grades Kubernetes manifests,
 * so a run that does not pays nothing for them.
 */
const MODEL_MODULES = new Map([
    ['v1/Namespace', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(543)]).then(__webpack_require__.bind(__webpack_require__, 3543))],
    ['v1/ServiceAccount', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(759)]).then(__webpack_require__.bind(__webpack_require__, 4759))],
    ['v1/ConfigMap', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(324)]).then(__webpack_require__.bind(__webpack_require__, 8324))],
    ['v1/Service', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 2679))],
    ['apps/v1/Deployment', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(626)]).then(__webpack_require__.bind(__webpack_require__, 1626))],
    [
        'autoscaling/v2/HorizontalPodAutoscaler',
        () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(182)]).then(__webpack_require__.bind(__webpack_require__, 7182)),
    ],
    ['policy/v1/PodDisruptionBudget', () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(142)]).then(__webpack_require__.bind(__webpack_require__, 4142))],
    [
        'networking.k8s.io/v1/NetworkPolicy',
        () => Promise.all(/* import() */[__webpack_require__.e(750), __webpack_require__.e(973)]).then(__webpack_require__.bind(__webpack_require__, 5973)),
    ],
]);
/** The loaded models, by `apiVersion/kind`; empty until `loadSchemas` resolves. */
const MODELS = new Map();
let loading;
/** Imports every model once; later calls return the same promise. */
function loadSchemas() {
    loading ??= Promise.all([...MODEL_MODULES].map(async ([key, load]) => {
        const kind = key.slice(key.lastIndexOf('/') + 1);
        MODELS.set(key, (await load())[kind]);
    })).then(() => undefined);
    return loading;
}
/** The apiVersion each schema-checked kind is served at, for a message when a manifest names another. */
const SERVED_VERSION = Object.fromEntries([...MODEL_MODULES.keys()].map((k) => {
    const i = k.lastIndexOf('/');
    return [k.slice(i + 1), k.slice(0, i)];
}));
/**
 * API versions Kubernetes has removed, for the kinds of this lab and their usual neighbours, with the release that
 * removed each and its replacement (Kubernetes deprecated API migration guide,
 * https://kubernetes.io/docs/reference/using-api/deprecation-guide/).
 */
const REMOVED_APIS = {
    'extensions/v1beta1/Deployment': { removedIn: '1.16', use: 'apps/v1' },
    'apps/v1beta1/Deployment': { removedIn: '1.16', use: 'apps/v1' },
    'apps/v1beta2/Deployment': { removedIn: '1.16', use: 'apps/v1' },
    'extensions/v1beta1/DaemonSet': { removedIn: '1.16', use: 'apps/v1' },
    'apps/v1beta2/DaemonSet': { removedIn: '1.16', use: 'apps/v1' },
    'apps/v1beta1/StatefulSet': { removedIn: '1.16', use: 'apps/v1' },
    'apps/v1beta2/StatefulSet': { removedIn: '1.16', use: 'apps/v1' },
    'extensions/v1beta1/ReplicaSet': { removedIn: '1.16', use: 'apps/v1' },
    'extensions/v1beta1/NetworkPolicy': { removedIn: '1.16', use: 'networking.k8s.io/v1' },
    'extensions/v1beta1/Ingress': { removedIn: '1.22', use: 'networking.k8s.io/v1' },
    'networking.k8s.io/v1beta1/Ingress': { removedIn: '1.22', use: 'networking.k8s.io/v1' },
    'policy/v1beta1/PodDisruptionBudget': { removedIn: '1.25', use: 'policy/v1' },
    'batch/v1beta1/CronJob': { removedIn: '1.25', use: 'batch/v1' },
    'autoscaling/v2beta1/HorizontalPodAutoscaler': { removedIn: '1.25', use: 'autoscaling/v2' },
    'autoscaling/v2beta2/HorizontalPodAutoscaler': { removedIn: '1.26', use: 'autoscaling/v2' },
};
/**
 * Other API versions the cluster still serves for a schema-checked kind: valid, but not checked here (the
 * autoscaler rule asks for autoscaling/v2 on its own terms).
 */
const ALSO_SERVED = new Set(['autoscaling/v1/HorizontalPodAutoscaler']);
/** Whether the object's apiVersion and kind have a schema here. */
function hasSchema(apiVersion, kind) {
    return MODEL_MODULES.has(`${apiVersion}/${kind}`);
}
/**
 * Validates one object against its schema: the errors, none when it is valid, or undefined when its apiVersion
 * and kind have no schema here (custom resources such as Karpenter's NodePool, kinds this lab does not use).
 */
function validateObject(value) {
    const key = `${String(value['apiVersion'])}/${String(value['kind'])}`;
    if (!MODEL_MODULES.has(key))
        return undefined;
    const model = MODELS.get(key);
    // The engine awaits EKS001's prepare before running it; reaching this is the grader's fault, never the learner's.
    if (!model)
        throw new Error('the Kubernetes schemas were not loaded: await loadSchemas() before validating');
    try {
        new model(value).validate();
        return [];
    }
    catch (e) {
        const errors = e.errors;
        if (Array.isArray(errors))
            return errors;
        throw e;
    }
}

;// CONCATENATED MODULE: ./graders/rules/eks/manifest-schema.ts
// EKS001: every manifest is an object Kubernetes accepts. Each document names an apiVersion and kind, has a name,
// and, for the kinds this lab uses, matches the Kubernetes OpenAPI schema (kubernetes-models). A wrong field type
// or a missing required field makes `kubectl apply` refuse the whole file, so nothing else in it is created.
// Custom resources (Karpenter's NodePool, Gateway API routes) have no schema here and are not findings.



/** At most this many schema findings per document: the first few say what is wrong; the rest repeat it. */
const MAX_PER_DOCUMENT = 8;
/** A JSON pointer ('/spec/ports/0/port') as a data path and as text for messages ('spec.ports[0].port'). */
function pointerPath(pointer) {
    const path = pointer
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
        .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    const text = path.reduce((acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s), '');
    return { path, text };
}
const TYPE_WORD = {
    integer: 'a whole number',
    number: 'a number',
    string: 'a string',
    boolean: 'true or false',
    object: 'a mapping',
    array: 'a list',
};
/** One sentence fragment for the errors ajv gave at one place ('must be a whole number'). */
function manifest_schema_problemOf(errors) {
    const formats = errors.filter((e) => e.keyword === 'format').map((e) => String(e.params['format']));
    if (formats.includes('quantity'))
        return "must be a quantity such as '250m' or '0.5' (CPU) or '512Mi' (memory)";
    const types = [...new Set(errors.filter((e) => e.keyword === 'type').map((e) => String(e.params['type'])))];
    if (types.length > 0)
        return `must be ${types.map((t) => TYPE_WORD[t] ?? t).join(' or ')}`;
    const en = errors.find((e) => e.keyword === 'enum');
    if (en) {
        const allowed = Array.isArray(en.params['allowedValues']) ? en.params['allowedValues'] : [];
        return `must be one of ${allowed.map((a) => `'${String(a)}'`).join(', ')}`;
    }
    const first = errors.find((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf') ?? errors[0];
    return first?.message ?? 'is not valid';
}
/* harmony default export */ const manifest_schema = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS001',
        name: 'manifest-schema',
        target: 'kubernetes',
        severity: 'error',
        title: 'Write manifests Kubernetes accepts',
        description: 'Every manifest document names its apiVersion, kind and name, uses an API version the cluster still serves, and, for the kinds this lab uses, matches the Kubernetes schema (kubernetes-models), so kubectl apply creates every object.',
        docsUrl: 'https://kubernetes.io/docs/reference/kubernetes-api/',
        evidence: ['Kubernetes OpenAPI schema', 'Kubernetes deprecated API migration guide'],
        messages: {
            notObject: "Document {{index}} of '{{file}}' is not a mapping, so it is not a Kubernetes object and 'kubectl apply' refuses the file. Write each object as 'apiVersion', 'kind', 'metadata' and 'spec' keys, separated from the next by '---'.",
            noTypeMeta: "Document {{index}} of '{{file}}' has no {{missing}}, so Kubernetes cannot tell what object it is and 'kubectl apply' refuses the file. Add, for example, 'apiVersion: apps/v1' and 'kind: Deployment'.",
            noName: "{{object}} has no 'metadata.name', so the API server refuses to create it. Give it a name such as 'labs-web'.",
            removedApi: "{{object}} uses 'apiVersion: {{apiVersion}}', which Kubernetes removed in {{removedIn}}; every Kubernetes version EKS supports refuses it. Use 'apiVersion: {{use}}' (check the fields that changed with it).",
            wrongVersion: "{{object}} uses 'apiVersion: {{apiVersion}}', which serves no {{kind}}. Use 'apiVersion: {{expected}}'.",
            invalid: "{{object}} does not match the Kubernetes schema: '{{path}}' {{problem}}. 'kubectl apply' refuses the whole file until it does.",
            missingField: "{{object}} does not match the Kubernetes schema: '{{path}}' needs the field '{{field}}'. 'kubectl apply' refuses the whole file until it has it.",
        },
    },
    prepare: loadSchemas,
    check(set, ctx) {
        let checked = 0;
        let failed = 0;
        const typed = new Set((0,eks_model/* objects */.JD)(set).map((o) => o.doc));
        for (const doc of set.documents) {
            checked++;
            const v = doc.value;
            if (!typed.has(doc)) {
                failed++;
                if (typeof v !== 'object' || v === null || Array.isArray(v)) {
                    ctx.report('notObject', { index: doc.index + 1, file: doc.file }, (0,eks_model.at)(doc, []));
                }
                else {
                    const r = v;
                    const missing = [
                        (0,eks_model/* str */.gx)(r['apiVersion']) === undefined ? "'apiVersion'" : '',
                        (0,eks_model/* str */.gx)(r['kind']) === undefined ? "'kind'" : '',
                    ]
                        .filter(Boolean)
                        .join(' and ');
                    ctx.report('noTypeMeta', { index: doc.index + 1, file: doc.file, missing }, (0,eks_model.at)(doc, []));
                }
            }
        }
        for (const o of (0,eks_model/* objects */.JD)(set)) {
            const object = (0,eks_model/* describe */.q0)(o);
            const meta = (0,eks_model/* rec */.D9)(o.value['metadata']);
            let bad = false;
            // kubectl's List wrapper holds other objects; their own documents are what matter, and it has no name. A
            // kustomization.yaml is kustomize's configuration, read by 'kubectl apply -k', not an API object.
            if (o.kind === 'List' || o.kind.endsWith('List') || o.apiVersion.startsWith('kustomize.config.k8s.io/'))
                continue;
            if (!(0,eks_model/* str */.gx)(meta['name']) && !(0,eks_model/* str */.gx)(meta['generateName'])) {
                bad = true;
                ctx.report('noName', { object }, (0,eks_model.at)(o.doc, ['metadata']));
            }
            const removed = REMOVED_APIS[`${o.apiVersion}/${o.kind}`];
            const served = SERVED_VERSION[o.kind];
            if (removed) {
                bad = true;
                ctx.report('removedApi', { object, apiVersion: o.apiVersion, removedIn: removed.removedIn, use: removed.use }, (0,eks_model.at)(o.doc, ['apiVersion']));
            }
            else if (served !== undefined &&
                served !== o.apiVersion &&
                !ALSO_SERVED.has(`${o.apiVersion}/${o.kind}`) &&
                sameGroup(served, o.apiVersion)) {
                bad = true;
                ctx.report('wrongVersion', { object, apiVersion: o.apiVersion, kind: o.kind, expected: served }, (0,eks_model.at)(o.doc, ['apiVersion']));
            }
            const errors = validateObject(o.value);
            if (errors && errors.length > 0) {
                bad = true;
                const groups = new Map();
                for (const e of errors) {
                    const key = e.keyword === 'required'
                        ? `${e.instancePath}\u0000${String(e.params['missingProperty'])}`
                        : e.instancePath;
                    groups.set(key, [...(groups.get(key) ?? []), e]);
                }
                for (const group of [...groups.values()].slice(0, MAX_PER_DOCUMENT)) {
                    const first = group[0];
                    const { path, text } = pointerPath(first.instancePath);
                    if (first.keyword === 'required') {
                        ctx.report('missingField', { object, path: text || '(top level)', field: String(first.params['missingProperty']) }, (0,eks_model.at)(o.doc, path));
                    }
                    else {
                        ctx.report('invalid', { object, path: text || '(top level)', problem: manifest_schema_problemOf(group) }, (0,eks_model.at)(o.doc, path));
                    }
                }
            }
            if (bad)
                failed++;
        }
        ctx.tally(checked, failed);
    },
}));
/** Whether two apiVersions belong to the same API group ('autoscaling/v1' and 'autoscaling/v2'; 'v1' is core). */
function sameGroup(a, b) {
    const group = (v) => (v.includes('/') ? v.slice(0, v.indexOf('/')) : '');
    return group(a) === group(b);
}

;// CONCATENATED MODULE: ./graders/rules/eks/scaling.ts
// Helper module (exports no rule): HorizontalPodAutoscalers and the workloads they scale, shared by the replicas
// rule (EKS002), which accepts a Deployment that leaves its replica count to an autoscaler, and the autoscaler rule
// (EKS008).

/** The autoscalers (any apiVersion) whose `scaleTargetRef` names this workload in its namespace. */
function hpasFor(hpas, target) {
    return hpas.filter((h) => {
        const ref = (0,eks_model/* rec */.D9)((0,eks_model/* rec */.D9)(h.value['spec'])['scaleTargetRef']);
        return ((0,eks_model/* namespaceOf */.N6)(h) === (0,eks_model/* namespaceOf */.N6)(target) &&
            (0,eks_model/* str */.gx)(ref['kind']) === target.kind &&
            (0,eks_model/* str */.gx)(ref['name']) === target.name);
    });
}
/** An autoscaler's floor: `minReplicas`, which defaults to 1. */
function hpaMinReplicas(h) {
    const min = (0,eks_model/* rec */.D9)(h.value['spec'])['minReplicas'];
    return typeof min === 'number' ? min : 1;
}

;// CONCATENATED MODULE: ./graders/rules/eks/replicas.ts
// EKS002: every Deployment runs at least two pods. One replica is a single point of failure: a node drain, an
// eviction or a crash takes the application down until the pod is rescheduled. A Deployment that leaves `replicas`
// out to a HorizontalPodAutoscaler with `minReplicas` of two or more is as good, and is how the Kubernetes
// documentation recommends combining the two (a fixed `replicas` is reset on every apply).



const MIN_REPLICAS = 2;
/* harmony default export */ const replicas = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS002',
        name: 'replicas',
        target: 'kubernetes',
        severity: 'error',
        title: 'Run at least two replicas',
        description: "Every Deployment sets 'replicas' to 2 or more, or leaves it to a HorizontalPodAutoscaler whose 'minReplicas' is 2 or more, so one pod's failure or eviction does not take the application down.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/application.html',
        evidence: ['EKS best practices: reliability (applications)'],
        messages: {
            noDeployment: "The manifests define no Deployment, so nothing runs the application. Add an 'apps/v1' Deployment with 'replicas: {{min}}'.",
            tooFew: "{{object}} runs {{replicas}}: one node drain, eviction or crash takes the application down until a new pod starts. Set 'replicas: {{min}}' or more (or leave 'replicas' out and let a HorizontalPodAutoscaler with 'minReplicas: {{min}}' own it).",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        const deployments = (0,eks_model/* workloads */.bH)(all, ['Deployment']);
        if (deployments.length === 0) {
            ctx.report('noDeployment', { min: MIN_REPLICAS }, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        let failed = 0;
        for (const w of deployments) {
            const replicas = (0,eks_model/* rec */.D9)(w.obj.value['spec'])['replicas'];
            if (typeof replicas === 'number' && replicas >= MIN_REPLICAS)
                continue;
            if (replicas === undefined) {
                const min = hpasFor((0,eks_model/* ofKind */.CZ)(all, 'HorizontalPodAutoscaler'), w.obj).map(hpaMinReplicas);
                if (min.some((m) => m >= MIN_REPLICAS))
                    continue;
            }
            failed++;
            ctx.report('tooFew', {
                object: (0,eks_model/* describe */.q0)(w.obj),
                replicas: replicas === undefined
                    ? "one replica ('replicas' is not set, and the default is 1)"
                    : `'replicas: ${String(replicas)}'`,
                min: MIN_REPLICAS,
            }, (0,eks_model.at)(w.obj.doc, replicas === undefined ? ['spec'] : ['spec', 'replicas']));
        }
        ctx.tally(deployments.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/eks/resources.ts
// EKS003: every container requests CPU and memory and has a memory limit. The scheduler places pods by their
// requests, so a pod without them can land on a full node; the HorizontalPodAutoscaler's resource metrics are a
// percentage of the request, so without one it cannot scale; and a container without a memory limit can take the
// node's memory from its neighbours. A CPU limit is not required: CPU is compressible, and the EKS best practices
// guide explains when a limit throttles more than it protects.


const NEEDED = [
    ['requests', 'cpu'],
    ['requests', 'memory'],
    ['limits', 'memory'],
];
/* harmony default export */ const resources = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS003',
        name: 'resources',
        target: 'kubernetes',
        severity: 'error',
        title: 'Request CPU and memory, and limit memory',
        description: "Every container of every workload sets 'resources.requests.cpu', 'resources.requests.memory' and 'resources.limits.memory', so the scheduler places it on a node with room, the autoscaler can compute utilisation, and one container cannot exhaust a node's memory.",
        docsUrl: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/',
        evidence: ['CKV_K8S_10', 'CKV_K8S_12', 'CKV_K8S_13', 'EKS best practices: pod security'],
        messages: {
            noWorkload: "The manifests define no workload (Deployment, StatefulSet, DaemonSet, Job or Pod), so there is no container to size. Add the application's Deployment.",
            missing: "Container '{{container}}' of {{object}} sets no {{missing}}. Without requests the scheduler can place the pod on a node that has no room for it and the HorizontalPodAutoscaler cannot compute utilisation; without a memory limit one container can take a node's memory from its neighbours. Add, for example, \"resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { memory: '256Mi' } }\".",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* workloads */.bH)(set);
        if (all.length === 0) {
            ctx.report('noWorkload', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const w of all)
            for (const c of w.containers) {
                checked++;
                const res = (0,eks_model/* rec */.D9)(c.value['resources']);
                const missing = NEEDED.filter(([group, name]) => {
                    const v = (0,eks_model/* rec */.D9)(res[group])[name];
                    return !(typeof v === 'string' || typeof v === 'number');
                }).map(([group, name]) => `'${group}.${name}'`);
                if (missing.length === 0)
                    continue;
                failed++;
                ctx.report('missing', {
                    container: c.name,
                    object: (0,eks_model/* describe */.q0)(w.obj),
                    missing: missing.join(', ').replace(/, ([^,]*)$/, ' or $1'),
                }, (0,eks_model.at)(w.obj.doc, c.value['resources'] === undefined ? c.path : [...c.path, 'resources']));
            }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/eks/health-probes.ts
// EKS004: every container of a serving workload has a liveness and a readiness probe that call the application's
// health endpoint: an httpGet on path '/health' at one of the container's declared ports, by number or by name. The
// readiness probe keeps a pod out of the Service's endpoints until it can answer; the liveness probe restarts a
// container that hangs. A probe that runs 'true' or 'exit 0', or only opens a TCP connection, succeeds while the
// application is broken, so it tests nothing the lab asks for.


const health_probes_HEALTH_PATH = '/health';
const PROBES = ['livenessProbe', 'readinessProbe'];
/** Exec commands that succeed whatever the application does. */
function trivialExec(command) {
    const words = (0,eks_model/* list */.p_)(command).map((w) => String(w).trim());
    const joined = words.join(' ').replace(/\s+/g, ' ');
    return (words.length === 0 ||
        /^(\/bin\/|\/usr\/bin\/)?true$/.test(joined) ||
        /^(\/bin\/)?(ba)?sh -c (true|exit 0|:|echo( .*)?)$/.test(joined) ||
        /^exit 0$/.test(joined) ||
        /^(\/bin\/)?echo( .*)?$/.test(joined));
}
/** Why a probe does not check the health endpoint, or undefined when it does. */
function probeProblem(c, probe) {
    const http = probe['httpGet'];
    if (http === undefined) {
        const exec = (0,eks_model/* rec */.D9)(probe['exec']);
        if (probe['exec'] !== undefined && trivialExec(exec['command']))
            return {
                messageId: 'trivial',
                data: { command: (0,eks_model/* list */.p_)(exec['command']).map(String).join(' ') || '(empty)' },
            };
        const how = probe['exec'] !== undefined
            ? 'runs a command'
            : probe['tcpSocket'] !== undefined
                ? 'only opens a TCP connection'
                : probe['grpc'] !== undefined
                    ? 'calls gRPC'
                    : 'has no handler';
        return { messageId: 'notHttp', data: { how } };
    }
    const h = (0,eks_model/* rec */.D9)(http);
    const path = (0,eks_model/* str */.gx)(h['path']);
    if (path?.split('?')[0] !== health_probes_HEALTH_PATH)
        return { messageId: 'wrongPath', data: { path: path ?? '(none)' } };
    if ((0,eks_model/* resolvePort */.UH)(c, h['port']) === undefined) {
        const declared = (0,eks_model/* list */.p_)(c.value['ports']).map((p) => {
            const r = (0,eks_model/* rec */.D9)(p);
            return (0,eks_model/* str */.gx)(r['name'])
                ? `${String(r['containerPort'])} ('${String(r['name'])}')`
                : String(r['containerPort']);
        });
        return {
            messageId: 'wrongPort',
            data: { port: (0,eks_model/* portText */.ZY)(h['port']), ports: declared.length ? declared.join(', ') : 'none' },
        };
    }
    return undefined;
}
/* harmony default export */ const health_probes = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS004',
        name: 'health-probes',
        target: 'kubernetes',
        severity: 'error',
        title: "Probe liveness and readiness on the app's /health endpoint",
        description: "Every container of a Deployment (or other serving workload) has a 'livenessProbe' and a 'readinessProbe' that make an HTTP GET on '/health' at one of the container's declared ports, by number or by name, so Kubernetes routes traffic only to pods that answer and restarts containers that hang.",
        docsUrl: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/',
        evidence: ['CKV_K8S_8', 'CKV_K8S_9', 'EKS best practices: applications (probes)'],
        messages: {
            noWorkload: "The manifests define no Deployment, so there is no container to probe. Add the application's Deployment.",
            missing: "Container '{{container}}' of {{object}} has no '{{probe}}'. {{why}} Add \"{{probe}}: { httpGet: { path: /health, port: http } }\".",
            trivial: "The '{{probe}}' of container '{{container}}' ({{object}}) runs '{{command}}', which succeeds whether or not the application works, so it checks nothing. Call the health endpoint instead: \"httpGet: { path: /health, port: http }\".",
            notHttp: "The '{{probe}}' of container '{{container}}' ({{object}}) {{how}}, which does not show that the application can answer requests. Make it \"httpGet: { path: /health, port: http }\".",
            wrongPath: "The '{{probe}}' of container '{{container}}' ({{object}}) calls path '{{path}}', not the application's health endpoint '/health'. Set 'path: /health'.",
            wrongPort: "The '{{probe}}' of container '{{container}}' ({{object}}) calls port {{port}}, which is not one of the container's ports ({{ports}}), so the probe fails and Kubernetes restarts a healthy container. Use the container's port number or its name.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* workloads */.bH)(set, eks_model/* SERVING_KINDS */.LQ);
        if (all.length === 0) {
            ctx.report('noWorkload', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const w of all)
            for (const c of (0,eks_model/* appContainers */.So)(w)) {
                checked++;
                let bad = false;
                for (const probe of PROBES) {
                    const p = c.value[probe];
                    const base = { container: c.name, object: (0,eks_model/* describe */.q0)(w.obj), probe };
                    if (p === undefined) {
                        bad = true;
                        ctx.report('missing', {
                            ...base,
                            why: probe === 'readinessProbe'
                                ? 'Without it the Service sends requests to a pod as soon as it starts, before the application can answer.'
                                : 'Without it a container that hangs keeps its place and keeps failing requests until someone restarts it.',
                        }, (0,eks_model.at)(w.obj.doc, c.path));
                        continue;
                    }
                    const problem = probeProblem(c, (0,eks_model/* rec */.D9)(p));
                    if (problem) {
                        bad = true;
                        const where = [
                            ...c.path,
                            probe,
                            ...(problem.messageId === 'wrongPath'
                                ? ['httpGet', 'path']
                                : problem.messageId === 'wrongPort'
                                    ? ['httpGet', 'port']
                                    : []),
                        ];
                        ctx.report(problem.messageId, { ...base, ...problem.data }, (0,eks_model.at)(w.obj.doc, where));
                    }
                }
                if (bad)
                    failed++;
            }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/eks/security-context.ts
// EKS005: every container runs as a non-root user, with a read-only root filesystem, no privilege escalation,
// every Linux capability dropped and the runtime's default seccomp profile: the container settings the Pod Security
// Standards' 'restricted' profile asks for (and a namespace that enforces it refuses pods without). 'runAsNonRoot'
// and 'seccompProfile' may be set once on the pod ('spec.securityContext') for all its containers; the others
// exist only on the container, so each container sets them. A privileged container, or one that adds capabilities
// other than NET_BIND_SERVICE, undoes the rest.


/* harmony default export */ const security_context = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS005',
        name: 'security-context',
        target: 'kubernetes',
        severity: 'error',
        title: 'Run containers as non-root, read-only, without privilege escalation or capabilities',
        description: "Every container runs with 'runAsNonRoot: true' and a RuntimeDefault or Localhost 'seccompProfile' (its own or the pod's), 'readOnlyRootFilesystem: true', 'allowPrivilegeEscalation: false' and 'capabilities.drop: [ALL]', and is neither privileged nor adds capabilities beyond NET_BIND_SERVICE, as the Pod Security Standards' restricted profile requires.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/pod-security.html',
        evidence: [
            'CKV_K8S_20',
            'CKV_K8S_22',
            'CKV_K8S_23',
            'CKV_K8S_28',
            'CKV_K8S_37',
            'CKV_K8S_16',
            'CKV_K8S_31',
            'Pod Security Standards: restricted',
        ],
        messages: {
            noWorkload: "The manifests define no workload, so there is no container to harden. Add the application's Deployment.",
            missing: "Container '{{container}}' of {{object}} does not set {{missing}}. Each one removes a way for a compromised process to take over the node or persist: set them in the container's 'securityContext' ('runAsNonRoot' and 'seccompProfile' may instead be set in the pod's 'spec.securityContext'). A namespace that enforces the restricted profile refuses the pod until they are set.",
            privileged: "Container '{{container}}' of {{object}} runs privileged, with every capability and device of the node; a process that escapes it owns the node. Remove 'privileged: true'.",
            addsCapabilities: "Container '{{container}}' of {{object}} adds the capabilities {{added}}; the restricted profile allows only 'NET_BIND_SERVICE'. Remove them, and listen on a port above 1024 instead of binding a low one.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* workloads */.bH)(set);
        if (all.length === 0) {
            ctx.report('noWorkload', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const w of all) {
            const podSc = (0,eks_model/* rec */.D9)(w.podSpec['securityContext']);
            for (const c of w.containers) {
                checked++;
                const sc = (0,eks_model/* rec */.D9)(c.value['securityContext']);
                const caps = (0,eks_model/* rec */.D9)(sc['capabilities']);
                const where = (0,eks_model.at)(w.obj.doc, c.value['securityContext'] === undefined ? c.path : [...c.path, 'securityContext']);
                const base = { container: c.name, object: (0,eks_model/* describe */.q0)(w.obj) };
                const nonRoot = sc['runAsNonRoot'] === true || (sc['runAsNonRoot'] === undefined && podSc['runAsNonRoot'] === true);
                const runsAsRoot = sc['runAsUser'] === 0 || (sc['runAsUser'] === undefined && podSc['runAsUser'] === 0);
                const missing = [
                    nonRoot && !runsAsRoot ? '' : "'runAsNonRoot: true'",
                    sc['readOnlyRootFilesystem'] === true ? '' : "'readOnlyRootFilesystem: true'",
                    sc['allowPrivilegeEscalation'] === false ? '' : "'allowPrivilegeEscalation: false'",
                    (0,eks_model/* list */.p_)(caps['drop']).includes('ALL') ? '' : "'capabilities: { drop: [ALL] }'",
                    seccomp(sc, podSc) ? '' : "'seccompProfile: { type: RuntimeDefault }'",
                ].filter(Boolean);
                let bad = false;
                if (missing.length > 0) {
                    bad = true;
                    ctx.report('missing', { ...base, missing: missing.join(', ').replace(/, ([^,]*)$/, ' or $1') }, where);
                }
                if (sc['privileged'] === true) {
                    bad = true;
                    ctx.report('privileged', base, (0,eks_model.at)(w.obj.doc, [...c.path, 'securityContext', 'privileged']));
                }
                const added = (0,eks_model/* list */.p_)(caps['add'])
                    .map(String)
                    .filter((a) => a !== 'NET_BIND_SERVICE');
                if (added.length > 0) {
                    bad = true;
                    ctx.report('addsCapabilities', { ...base, added: added.map((a) => `'${a}'`).join(', ') }, (0,eks_model.at)(w.obj.doc, [...c.path, 'securityContext', 'capabilities', 'add']));
                }
                if (bad)
                    failed++;
            }
        }
        ctx.tally(checked, failed);
    },
}));
/** Whether the container runs under the runtime's default (or a node-local) seccomp profile, its own or the pod's. */
function seccomp(sc, podSc) {
    const own = (0,eks_model/* rec */.D9)(sc['seccompProfile'])['type'];
    const type = own ?? (0,eks_model/* rec */.D9)(podSc['seccompProfile'])['type'];
    return type === 'RuntimeDefault' || type === 'Localhost';
}

;// CONCATENATED MODULE: ./graders/rules/eks/ecr-image.ts
// EKS006: every container image comes from a private Amazon ECR repository and is pinned: by digest, or by a tag
// other than 'latest'. An image from ECR is pulled inside AWS with the node's (or Auto Mode's) IAM permissions and
// scanned there; a pinned reference means every replica, and every rollback, runs the same build.


/** `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/<repository>[:tag][@sha256:digest]` (FIPS endpoints too). */
const ECR_IMAGE = /^(\d{12})\.dkr\.ecr(?:-fips)?\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(?:\.cn)?\/([a-z0-9][a-z0-9._/-]*)(?::([A-Za-z0-9_][A-Za-z0-9_.-]{0,127}))?(?:@(sha256:[a-f0-9]{64}))?$/;
/** The parts of a private ECR image reference, or undefined when the image is not one. */
function parseEcrImage(image) {
    const m = ECR_IMAGE.exec(image);
    if (!m)
        return undefined;
    return { account: m[1], region: m[2], repository: m[3], tag: m[4], digest: m[5] };
}
/* harmony default export */ const ecr_image = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS006',
        name: 'ecr-image',
        target: 'kubernetes',
        severity: 'error',
        title: 'Pull a pinned image from Amazon ECR',
        description: "Every container's image is '<account>.dkr.ecr.<region>.amazonaws.com/<repository>' with a digest ('@sha256:…') or a tag other than 'latest', so every pod runs the same scanned build from your own registry.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/ECR_on_EKS.html',
        evidence: ['CKV_K8S_14', 'CKV_K8S_43', 'EKS best practices: image security'],
        messages: {
            noWorkload: "The manifests define no workload, so there is no image to check. Add the application's Deployment.",
            notEcr: "Container '{{container}}' of {{object}} pulls '{{image}}', which is not in a private Amazon ECR repository. Push the image to ECR and use '<account>.dkr.ecr.<region>.amazonaws.com/<repository>:<version>', so it is pulled inside AWS, scanned, and covered by your repository's policies.",
            notPinned: "Container '{{container}}' of {{object}} pulls '{{image}}' {{how}}, which can point at a different build tomorrow: two replicas may run different code and a rollback may not roll back. Pin a version tag such as ':1.4.2' or a digest ('@sha256:…').",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* workloads */.bH)(set);
        if (all.length === 0) {
            ctx.report('noWorkload', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const w of all)
            for (const c of w.containers) {
                checked++;
                const image = (0,eks_model/* str */.gx)(c.value['image']) ?? '';
                const base = { container: c.name, object: (0,eks_model/* describe */.q0)(w.obj), image };
                const where = (0,eks_model.at)(w.obj.doc, [...c.path, 'image']);
                const ecr = parseEcrImage(image.trim());
                if (!ecr) {
                    failed++;
                    ctx.report('notEcr', base, where);
                }
                else if (!ecr.digest && (ecr.tag === undefined || ecr.tag === 'latest')) {
                    failed++;
                    ctx.report('notPinned', { ...base, how: ecr.tag === undefined ? 'without a tag (so as latest)' : "by the tag 'latest'" }, where);
                }
            }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/eks/service-selector.ts
// EKS007: the application has a Service, and every Service reaches pods: its selector matches the pod template
// labels of a workload in the same namespace (in any manifest file), and each port's targetPort is a port those
// pods' containers declare, by number or by name. A selector with a typo or a targetPort that names the Service's
// own port gives a Service with no endpoints, or endpoints that refuse connections: kubectl accepts both silently.


/* harmony default export */ const service_selector = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS007',
        name: 'service-selector',
        target: 'kubernetes',
        severity: 'error',
        title: "Select the app's pods and target their port from a Service",
        description: "There is a Service, and every Service's selector matches the pod labels of a Deployment in its namespace, and every port's targetPort is a port those containers declare (by number or name), so the Service has endpoints that accept its traffic.",
        docsUrl: 'https://kubernetes.io/docs/concepts/services-networking/service/',
        evidence: ['Kubernetes Service selector and targetPort', 'EKS best practices: applications'],
        messages: {
            noService: "The manifests define no Service, so the pods get no stable name or address and nothing can reach them but their changing pod IPs. Add a Service whose 'selector' repeats the pod template's labels and whose 'targetPort' is the container's port.",
            noSelector: "{{object}} has no 'selector', so Kubernetes gives it no endpoints and traffic to it goes nowhere. Add 'selector' with the labels of the pods it serves ({{hint}}).",
            noMatch: "{{object}} selects {{selector}}, but no Deployment in namespace '{{namespace}}' has pods with those labels ({{hint}}), so the Service has no endpoints. Make the selector repeat the pod template's labels.",
            badTargetPort: "{{object}} sends port {{port}} to targetPort {{target}}, which the containers of {{workload}} do not declare ({{ports}}), so connections are refused. Set 'targetPort' to the container's port number or its name.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        const services = (0,eks_model/* ofKind */.CZ)(all, 'Service').filter((s) => (0,eks_model/* rec */.D9)(s.value['spec'])['type'] !== 'ExternalName');
        if (services.length === 0) {
            ctx.report('noService', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        const serving = (0,eks_model/* workloads */.bH)(all, eks_model/* SERVING_KINDS */.LQ);
        const podLabels = serving
            .map((w) => `${(0,eks_model/* describe */.q0)(w.obj)} in '${(0,eks_model/* namespaceOf */.N6)(w.obj)}' has ${JSON.stringify(w.podLabels)}`)
            .join('; ');
        const hint = podLabels || 'no Deployment defines pod labels';
        let failed = 0;
        for (const s of services) {
            const spec = (0,eks_model/* rec */.D9)(s.value['spec']);
            const selector = spec['selector'];
            if (!selector || Object.keys((0,eks_model/* rec */.D9)(selector)).length === 0) {
                failed++;
                ctx.report('noSelector', { object: (0,eks_model/* describe */.q0)(s), hint }, (0,eks_model.at)(s.doc, ['spec']));
                continue;
            }
            const selected = (0,eks_model/* selectedWorkloads */.yb)(serving, (0,eks_model/* namespaceOf */.N6)(s), selector, true);
            if (selected.length === 0) {
                failed++;
                ctx.report('noMatch', { object: (0,eks_model/* describe */.q0)(s), selector: JSON.stringify(selector), namespace: (0,eks_model/* namespaceOf */.N6)(s), hint }, (0,eks_model.at)(s.doc, ['spec', 'selector']));
                continue;
            }
            let bad = false;
            (0,eks_model/* list */.p_)(spec['ports']).forEach((p, i) => {
                const port = (0,eks_model/* rec */.D9)(p);
                const target = port['targetPort'] ?? port['port'];
                for (const w of selected) {
                    if ((0,eks_model/* appContainers */.So)(w).some((c) => (0,eks_model/* resolvePort */.UH)(c, target) !== undefined))
                        continue;
                    bad = true;
                    const ports = (0,eks_model/* appContainers */.So)(w)
                        .flatMap((c) => (0,eks_model/* list */.p_)(c.value['ports']).map((cp) => {
                        const r = (0,eks_model/* rec */.D9)(cp);
                        return (0,eks_model/* str */.gx)(r['name'])
                            ? `${String(r['containerPort'])} ('${String(r['name'])}')`
                            : String(r['containerPort']);
                    }))
                        .join(', ');
                    ctx.report('badTargetPort', {
                        object: (0,eks_model/* describe */.q0)(s),
                        port: (0,eks_model/* portText */.ZY)(port['port']),
                        target: (0,eks_model/* portText */.ZY)(target),
                        workload: (0,eks_model/* describe */.q0)(w.obj),
                        ports: ports || 'none declared',
                    }, (0,eks_model.at)(s.doc, ['spec', 'ports', i, port['targetPort'] === undefined ? 'port' : 'targetPort']));
                }
            });
            if (bad)
                failed++;
        }
        ctx.tally(services.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/eks/autoscaler.ts
// EKS008: the Deployment is scaled by an autoscaling/v2 HorizontalPodAutoscaler: its scaleTargetRef names that
// Deployment in the same namespace, 'minReplicas' keeps two pods or more, 'maxReplicas' leaves room above it, and
// it scales on a resource metric (CPU or memory utilisation) of containers that request that resource, since
// utilisation is measured as a share of the request and is undefined without one.




/* harmony default export */ const autoscaler = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS008',
        name: 'autoscaler',
        target: 'kubernetes',
        severity: 'error',
        title: 'Scale the Deployment with an autoscaling/v2 HorizontalPodAutoscaler',
        description: "Every Deployment has an 'autoscaling/v2' HorizontalPodAutoscaler whose scaleTargetRef names it in the same namespace, with 'minReplicas' of 2 or more, 'maxReplicas' above it, and a Resource metric (cpu or memory) on a resource every container requests.",
        docsUrl: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/',
        evidence: [
            'EKS best practices: applications (Horizontal Pod Autoscaler)',
            'Kubernetes HorizontalPodAutoscaler v2',
        ],
        messages: {
            noDeployment: "The manifests define no Deployment to scale. Add the application's Deployment.",
            noHpa: "No HorizontalPodAutoscaler targets {{object}} in namespace '{{namespace}}'{{near}}, so it keeps a fixed number of pods however busy it is. Add an 'autoscaling/v2' HorizontalPodAutoscaler with \"scaleTargetRef: { apiVersion: apps/v1, kind: Deployment, name: {{name}} }\".",
            oldApi: "{{hpa}} uses 'apiVersion: {{apiVersion}}'; use 'autoscaling/v2', the stable API that takes a 'metrics' list (autoscaling/v1 scales on CPU only).",
            lowMin: "{{hpa}} may scale {{object}} down to {{min}} pod(s), which leaves one point of failure. Set 'minReplicas: {{needed}}' or more.",
            noRoom: "{{hpa}} has 'maxReplicas: {{max}}', which is not above 'minReplicas' ({{min}}), so it can never add a pod. Raise 'maxReplicas'.",
            noResourceMetric: '{{hpa}} has no Resource metric, so it does not scale on the pods\' CPU or memory. Add "metrics: [{ type: Resource, resource: { name: cpu, target: { type: Utilization, averageUtilization: 70 } } }]".',
            noRequests: "{{hpa}} scales on {{resource}} utilisation, but container '{{container}}' of {{object}} requests no {{resource}}; utilisation is a share of the request, so the autoscaler cannot compute it. Add 'resources.requests.{{resource}}'.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        const deployments = (0,eks_model/* workloads */.bH)(all, ['Deployment']);
        if (deployments.length === 0) {
            ctx.report('noDeployment', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        const hpas = (0,eks_model/* ofKind */.CZ)(all, 'HorizontalPodAutoscaler');
        let failed = 0;
        for (const w of deployments) {
            const mine = hpasFor(hpas, w.obj);
            const object = (0,eks_model/* describe */.q0)(w.obj);
            if (mine.length === 0) {
                failed++;
                const other = hpas[0];
                const near = other
                    ? ` (${(0,eks_model/* describe */.q0)(other)} targets ${JSON.stringify((0,eks_model/* rec */.D9)(other.value['spec'])['scaleTargetRef'] ?? null)} in '${other.namespace ?? 'default'}')`
                    : '';
                ctx.report('noHpa', { object, namespace: w.obj.namespace ?? 'default', name: w.obj.name, near }, (0,eks_model.at)(w.obj.doc, ['metadata', 'name']));
                continue;
            }
            if (!mine.some((h) => hpaProblems(h, w, ctx, true) === 0)) {
                failed++;
                for (const h of mine)
                    hpaProblems(h, w, ctx, false);
            }
        }
        ctx.tally(deployments.length, failed);
    },
}));
/** Counts (and, unless `dryRun`, reports) what keeps this autoscaler from scaling this workload well. */
function hpaProblems(h, w, ctx, dryRun) {
    let n = 0;
    const report = (...args) => {
        n++;
        if (!dryRun)
            ctx.report(...args);
    };
    const hpa = (0,eks_model/* describe */.q0)(h);
    const object = (0,eks_model/* describe */.q0)(w.obj);
    const spec = (0,eks_model/* rec */.D9)(h.value['spec']);
    if (h.apiVersion !== 'autoscaling/v2')
        report('oldApi', { hpa, apiVersion: h.apiVersion }, (0,eks_model.at)(h.doc, ['apiVersion']));
    const min = hpaMinReplicas(h);
    if (min < MIN_REPLICAS)
        report('lowMin', { hpa, object, min, needed: MIN_REPLICAS }, (0,eks_model.at)(h.doc, spec['minReplicas'] === undefined ? ['spec'] : ['spec', 'minReplicas']));
    const max = spec['maxReplicas'];
    if (typeof max === 'number' && max <= min)
        report('noRoom', { hpa, max, min }, (0,eks_model.at)(h.doc, ['spec', 'maxReplicas']));
    const resources = (0,eks_model/* list */.p_)(spec['metrics'])
        .map(eks_model/* rec */.D9)
        .flatMap((m) => {
        const type = (0,eks_model/* str */.gx)(m['type']);
        if (type === 'Resource')
            return [(0,eks_model/* str */.gx)((0,eks_model/* rec */.D9)(m['resource'])['name'])];
        if (type === 'ContainerResource')
            return [(0,eks_model/* str */.gx)((0,eks_model/* rec */.D9)(m['containerResource'])['name'])];
        return [];
    })
        .filter((r) => r === 'cpu' || r === 'memory');
    if (resources.length === 0) {
        report('noResourceMetric', { hpa }, (0,eks_model.at)(h.doc, spec['metrics'] === undefined ? ['spec'] : ['spec', 'metrics']));
        return n;
    }
    for (const resource of new Set(resources))
        for (const c of w.containers.filter((x) => !x.init)) {
            const requested = (0,eks_model/* rec */.D9)((0,eks_model/* rec */.D9)(c.value['resources'])['requests'])[resource];
            if (typeof requested === 'string' || typeof requested === 'number')
                continue;
            report('noRequests', { hpa, resource, container: c.name, object }, (0,eks_model.at)(w.obj.doc, c.path));
        }
    return n;
}

;// CONCATENATED MODULE: ./graders/rules/eks/disruption-budget.ts
// EKS009: the Deployment's pods are covered by a PodDisruptionBudget (policy/v1) in their namespace, whose selector
// matches their labels, and which lets a drain proceed one pod at a time: a budget that allows no disruption
// ('maxUnavailable: 0', or 'minAvailable' equal to the replica count or '100%') blocks node upgrades and Auto Mode's
// node replacement instead of pacing them.



/* harmony default export */ const disruption_budget = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS009',
        name: 'disruption-budget',
        target: 'kubernetes',
        severity: 'error',
        title: "Cover the app's pods with a PodDisruptionBudget",
        description: "Every Deployment's pods are selected by a 'policy/v1' PodDisruptionBudget in the same namespace that still allows one pod at a time to be evicted, so node drains and upgrades keep the application up without being blocked.",
        docsUrl: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/',
        evidence: ['EKS best practices: applications (Pod Disruption Budgets)', 'Kubernetes PodDisruptionBudget'],
        messages: {
            noDeployment: "The manifests define no Deployment whose pods a budget could protect. Add the application's Deployment.",
            noBudget: "No PodDisruptionBudget in namespace '{{namespace}}' selects the pods of {{object}} (labels {{labels}}), so a node drain may evict all of them at once. Add a 'policy/v1' PodDisruptionBudget with 'minAvailable: 1' (or 'maxUnavailable: 1') and 'selector.matchLabels' repeating those labels.",
            blocks: "{{budget}} allows no voluntary disruption of {{object}} ({{why}}), so node drains, upgrades and Auto Mode's node replacement wait forever. Allow one pod at a time: 'maxUnavailable: 1', or 'minAvailable' below the replica count.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        const deployments = (0,eks_model/* workloads */.bH)(all, ['Deployment']);
        if (deployments.length === 0) {
            ctx.report('noDeployment', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        const budgets = (0,eks_model/* ofKind */.CZ)(all, 'PodDisruptionBudget');
        const hpas = (0,eks_model/* ofKind */.CZ)(all, 'HorizontalPodAutoscaler');
        let failed = 0;
        for (const w of deployments) {
            const mine = budgets.filter((b) => (0,eks_model/* namespaceOf */.N6)(b) === (0,eks_model/* namespaceOf */.N6)(w.obj) && (0,eks_model/* selects */.ko)((0,eks_model/* rec */.D9)(b.value['spec'])['selector'], w.podLabels));
            if (mine.length === 0) {
                failed++;
                ctx.report('noBudget', { namespace: (0,eks_model/* namespaceOf */.N6)(w.obj), object: (0,eks_model/* describe */.q0)(w.obj), labels: JSON.stringify(w.podLabels) }, (0,eks_model.at)(w.obj.doc, ['spec', 'template', 'metadata', 'labels']));
                continue;
            }
            // The fewest pods the Deployment runs: its replicas, or the floor of the autoscaler that owns it.
            const replicas = (0,eks_model/* rec */.D9)(w.obj.value['spec'])['replicas'];
            const floors = hpasFor(hpas, w.obj).map(hpaMinReplicas);
            const fewest = typeof replicas === 'number' ? replicas : floors.length ? Math.min(...floors) : 1;
            let blocked = false;
            for (const b of mine) {
                const spec = (0,eks_model/* rec */.D9)(b.value['spec']);
                const why = blocking(spec, fewest);
                if (why) {
                    blocked = true;
                    ctx.report('blocks', { budget: (0,eks_model/* describe */.q0)(b), object: (0,eks_model/* describe */.q0)(w.obj), why }, (0,eks_model.at)(b.doc, ['spec']));
                }
            }
            if (blocked)
                failed++;
        }
        ctx.tally(deployments.length, failed);
    },
}));
/** Why a budget allows no eviction of a workload running `pods` pods, or undefined when it allows one. */
function blocking(spec, pods) {
    const max = spec['maxUnavailable'];
    const min = spec['minAvailable'];
    if (max === 0 || max === '0%' || max === '0')
        return "'maxUnavailable: 0'";
    if (min === '100%')
        return "'minAvailable: 100%'";
    if (typeof min === 'number' && min >= pods)
        return `'minAvailable: ${min}' with ${pods} pod(s)`;
    return undefined;
}

;// CONCATENATED MODULE: ./graders/rules/eks/network-policy.ts
// EKS010: a NetworkPolicy in the Deployment's namespace selects its pods, so they accept only the traffic a policy
// allows. Kubernetes lets every pod reach every other pod until some policy selects it; a default-deny policy
// ('podSelector: {}') plus a policy that allows the application's own traffic is the pattern the EKS best practices
// guide recommends. A policy whose only ingress rule is '{}' allows everything and isolates nothing.


/* harmony default export */ const network_policy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS010',
        name: 'network-policy',
        target: 'kubernetes',
        severity: 'error',
        title: "Isolate the app's pods with a NetworkPolicy",
        description: "Every Deployment's pods are selected by a NetworkPolicy in their namespace (a default-deny 'podSelector: {}' counts) that restricts ingress, so only the traffic a policy allows reaches them.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/best-practices/network-security.html',
        evidence: ['EKS best practices: network security (default deny)', 'Kubernetes NetworkPolicy'],
        messages: {
            noDeployment: "The manifests define no Deployment whose pods a policy could isolate. Add the application's Deployment.",
            unselected: 'No NetworkPolicy in namespace \'{{namespace}}\' selects the pods of {{object}}, so any pod in the cluster can connect to them. Add a default-deny policy ("podSelector: {}", "policyTypes: [Ingress]") and a policy that allows the traffic the application needs.',
            allowsAll: "{{policy}} selects the pods of {{object}} but its ingress rule '{}' allows traffic from everywhere, so it isolates nothing. Name the allowed sources in 'from' (a podSelector, namespaceSelector or ipBlock) and the port in 'ports'.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        const deployments = (0,eks_model/* workloads */.bH)(all, ['Deployment']);
        if (deployments.length === 0) {
            ctx.report('noDeployment', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        const policies = (0,eks_model/* ofKind */.CZ)(all, 'NetworkPolicy');
        let failed = 0;
        for (const w of deployments) {
            const mine = policies.filter((p) => (0,eks_model/* namespaceOf */.N6)(p) === (0,eks_model/* namespaceOf */.N6)(w.obj) && (0,eks_model/* selects */.ko)((0,eks_model/* rec */.D9)(p.value['spec'])['podSelector'], w.podLabels));
            if (mine.some((p) => restrictsIngress((0,eks_model/* rec */.D9)(p.value['spec']))))
                continue;
            failed++;
            const open = mine.filter((p) => coversIngress((0,eks_model/* rec */.D9)(p.value['spec'])));
            if (open.length === 0)
                ctx.report('unselected', { namespace: (0,eks_model/* namespaceOf */.N6)(w.obj), object: (0,eks_model/* describe */.q0)(w.obj) }, (0,eks_model.at)(w.obj.doc, ['spec', 'template', 'metadata', 'labels']));
            else
                for (const p of mine)
                    ctx.report('allowsAll', { policy: (0,eks_model/* describe */.q0)(p), object: (0,eks_model/* describe */.q0)(w.obj) }, (0,eks_model.at)(p.doc, ['spec', 'ingress']));
        }
        ctx.tally(deployments.length, failed);
    },
}));
/** Whether a policy applies to ingress: named in 'policyTypes', or implied when 'policyTypes' is left out. */
function coversIngress(spec) {
    const types = spec['policyTypes'];
    return !Array.isArray(types) || types.includes('Ingress');
}
/**
 * Whether a policy isolates its pods for ingress without letting everything back in: it covers Ingress (named in
 * 'policyTypes', or implied when 'policyTypes' is left out) and no ingress rule is empty (an empty rule matches
 * every source on every port).
 */
function restrictsIngress(spec) {
    if (!coversIngress(spec))
        return false;
    return !(0,eks_model/* list */.p_)(spec['ingress']).some((r) => {
        const rule = (0,eks_model/* rec */.D9)(r);
        return (0,eks_model/* list */.p_)(rule['from']).length === 0 && (0,eks_model/* list */.p_)(rule['ports']).length === 0;
    });
}

;// CONCATENATED MODULE: ./graders/rules/eks/pod-security-namespace.ts
// EKS011: every namespaced object goes into a Namespace that the manifests define and label
// 'pod-security.kubernetes.io/enforce: restricted', so Pod Security Admission refuses any pod in it that breaks the
// restricted profile. Objects left without 'metadata.namespace' land in 'default', which no manifest here can
// label or isolate.


const ENFORCE_LABEL = 'pod-security.kubernetes.io/enforce';
/**
 * Namespaces EKS creates for the cluster's own components: a manifest may add to them (the aws-auth ConfigMap,
 * which EKS013 judges, lives in kube-system), but they are not the application's to define or label.
 */
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
/* harmony default export */ const pod_security_namespace = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS011',
        name: 'pod-security-namespace',
        target: 'kubernetes',
        severity: 'error',
        title: "Put the app in a namespace that enforces the 'restricted' Pod Security Standard",
        description: "Every namespaced object names its namespace, and that namespace is defined in the manifests with the label 'pod-security.kubernetes.io/enforce: restricted', so Pod Security Admission refuses pods that break the restricted profile.",
        docsUrl: 'https://kubernetes.io/docs/concepts/security/pod-security-admission/',
        evidence: ['CKV_K8S_21', 'Pod Security Standards: restricted', 'EKS best practices: pod security'],
        messages: {
            noObjects: 'The manifests define no Kubernetes objects. Add the Namespace and the application objects.',
            defaultNamespace: "{{object}} has no 'metadata.namespace', so it lands in the 'default' namespace, where no Pod Security label of yours applies. Set 'metadata.namespace' to the application's namespace.",
            undefinedNamespace: "{{object}} goes into namespace '{{namespace}}', which no manifest defines, so nothing here labels it for Pod Security Admission (and 'kubectl apply' fails if it does not exist yet). Add a Namespace '{{namespace}}' with the label '{{label}}: restricted'.",
            notEnforced: "Namespace '{{namespace}}' does not set the label '{{label}}: restricted' ({{current}}), so Pod Security Admission lets privileged or root pods run in it. Add that label under 'metadata.labels'.",
        },
    },
    check(set, ctx) {
        const all = (0,eks_model/* objects */.JD)(set);
        if (all.length === 0) {
            ctx.report('noObjects', {}, (0,eks_model/* setStart */.jV)(set));
            return;
        }
        const namespaces = new Map((0,eks_model/* ofKind */.CZ)(all, 'Namespace').map((n) => [n.name, n]));
        const users = new Map();
        for (const o of all) {
            if (eks_model/* CLUSTER_SCOPED */.Ov.has(o.kind) || o.kind === 'List' || o.kind.endsWith('List'))
                continue;
            if (SYSTEM_NAMESPACES.has((0,eks_model/* namespaceOf */.N6)(o)))
                continue;
            users.set((0,eks_model/* namespaceOf */.N6)(o), [...(users.get((0,eks_model/* namespaceOf */.N6)(o)) ?? []), o]);
        }
        let failed = 0;
        for (const [name, objs] of users) {
            if (objs.every((o) => o.namespace === undefined)) {
                failed++;
                for (const o of objs)
                    ctx.report('defaultNamespace', { object: (0,eks_model/* describe */.q0)(o) }, (0,eks_model.at)(o.doc, ['metadata']));
                continue;
            }
            const ns = namespaces.get(name);
            if (!ns) {
                failed++;
                const first = objs.find((o) => o.namespace !== undefined);
                ctx.report('undefinedNamespace', { object: (0,eks_model/* describe */.q0)(first), namespace: name, label: ENFORCE_LABEL }, (0,eks_model.at)(first.doc, ['metadata', 'namespace']));
                continue;
            }
            const labels = (0,eks_model/* rec */.D9)((0,eks_model/* rec */.D9)(ns.value['metadata'])['labels']);
            const level = labels[ENFORCE_LABEL];
            if (level !== 'restricted') {
                failed++;
                ctx.report('notEnforced', {
                    namespace: name,
                    label: ENFORCE_LABEL,
                    current: level === undefined ? 'it has no enforce label' : `it enforces '${String(level)}'`,
                }, (0,eks_model.at)(ns.doc, level === undefined ? ['metadata'] : ['metadata', 'labels', ENFORCE_LABEL]));
            }
        }
        ctx.tally(users.size, failed);
    },
}));

// EXTERNAL MODULE: ./graders/rules/eks/service-account.ts
var service_account = __webpack_require__(9946);
;// CONCATENATED MODULE: ./graders/rules/eks/no-aws-auth.ts
// EKS013: the manifests do not manage the 'aws-auth' ConfigMap. EKS has deprecated it in favour of access entries
// (Cluster Access Management), which the EKS API validates and CloudTrail records; an edit to aws-auth that breaks
// its YAML can lock every administrator out of the cluster.


/* harmony default export */ const no_aws_auth = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EKS013',
        name: 'no-aws-auth',
        target: 'kubernetes',
        severity: 'error',
        title: 'Grant cluster access with access entries, not the aws-auth ConfigMap',
        description: "No manifest defines the 'aws-auth' ConfigMap: cluster access is granted with EKS access entries (Cluster Access Management), which replace it.",
        docsUrl: 'https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html',
        evidence: ['EKS best practices: IAM (Cluster Access Manager)', 'AWS::EKS::AccessEntry'],
        messages: {
            awsAuth: "The manifests define the 'aws-auth' ConfigMap (namespace '{{namespace}}'). EKS has deprecated it: a typo in it can lock every administrator out, and its grants are not visible in the EKS API. Delete it and grant access with access entries instead (eksctl 'accessConfig.accessEntries', or 'AWS::EKS::AccessEntry').",
        },
    },
    check(set, ctx) {
        const maps = (0,eks_model/* ofKind */.CZ)((0,eks_model/* objects */.JD)(set), 'ConfigMap');
        let failed = 0;
        for (const m of maps)
            if (m.name === 'aws-auth') {
                failed++;
                ctx.report('awsAuth', { namespace: m.namespace ?? 'default' }, (0,eks_model.at)(m.doc, ['metadata', 'name']));
            }
        ctx.tally(Math.max(1, maps.length), failed);
    },
}));

// EXTERNAL MODULE: ./graders/rules/eks/eksctl-cluster-access.ts
var eksctl_cluster_access = __webpack_require__(9889);
// EXTERNAL MODULE: ./graders/rules/eks/eksctl-cluster-audit.ts
var eksctl_cluster_audit = __webpack_require__(1144);
// EXTERNAL MODULE: ./graders/rules/eks/cfn-cluster-access.ts
var cfn_cluster_access = __webpack_require__(7472);
// EXTERNAL MODULE: ./graders/rules/eks/cfn-cluster-audit.ts
var cfn_cluster_audit = __webpack_require__(4387);
;// CONCATENATED MODULE: ./graders/rules/eks/index.ts
// EKS rules (prefix EKS), sorted by id: Kubernetes manifests read as one set across documents and files (schema,
// replicas, resources, probes, security context, image, Service, autoscaler, disruption budget, network policy,
// Pod Security namespace, service account, no aws-auth), then the cluster definition in its two accepted forms,
// an eksctl ClusterConfig (yaml) and a CloudFormation AWS::EKS::Cluster (endpoint and access; logs and secrets
// encryption). model.ts, scaling.ts, cluster.ts and schemas.ts are shared helpers.

















const eksRules = [
    manifest_schema, // EKS001
    replicas, // EKS002
    resources, // EKS003
    health_probes, // EKS004
    security_context, // EKS005
    ecr_image, // EKS006
    service_selector, // EKS007
    autoscaler, // EKS008
    disruption_budget, // EKS009
    network_policy, // EKS010
    pod_security_namespace, // EKS011
    service_account/* default */.A, // EKS012
    no_aws_auth, // EKS013
    eksctl_cluster_access/* default */.A, // EKS014
    eksctl_cluster_audit/* default */.A, // EKS015
    cfn_cluster_access/* default */.A, // EKS016
    cfn_cluster_audit/* default */.A, // EKS017
];

// EXTERNAL MODULE: ./graders/rules/ecs-task-definition/fargate-sizes.ts
var fargate_sizes = __webpack_require__(6434);
;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/fargate-cpu-memory.ts
// TDF001: a Fargate task sets task-level `cpu` and `memory`, and the pair is one Fargate offers.



/* harmony default export */ const fargate_cpu_memory = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF001',
        name: 'fargate-cpu-memory',
        target: 'json',
        severity: 'error',
        title: 'Use a valid Fargate CPU and memory pair',
        description: 'A Fargate task sets task-level cpu and memory, and the pair is one of the sizes Fargate offers; any other pair fails to register or to run.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
        evidence: ['E3047', 'E3048'],
        messages: {
            ...task_definition/* taskDefinitionMessages */.N8,
            missingCpu: "The task has no 'cpu', which Fargate requires, so it cannot run there. Add a task-level 'cpu' such as {{suggestion}}.",
            missingMemory: "The task has no 'memory', which Fargate requires, so it cannot run there. Add a task-level 'memory' such as {{suggestion}}.",
            unreadableCpu: "Task 'cpu' is {{what}}, which ECS cannot read as a size. Write CPU units as a number or numeric text ('1024') or as vCPUs ('1 vCPU').",
            unreadableMemory: "Task 'memory' is {{what}}, which ECS cannot read as a size. Write MiB as a number or numeric text ('2048') or as GB ('2 GB').",
            unsupportedCpu: "Task cpu '{{cpu}}' is not a Fargate size, so the task definition cannot run on Fargate. Fargate offers {{cpus}} CPU units (1024 = 1 vCPU); the nearest is '{{nearest}}'.",
            invalidPair: "Fargate has no size with cpu '{{cpu}}' ({{vcpu}} vCPU) and memory '{{memory}}' MiB, so the task cannot run. With {{vcpu}} vCPU choose memory {{allowed}}, for example '{{nearestMemory}}'{{alternative}}.",
            windowsCpu: "Windows containers on Fargate need 1, 2 or 4 vCPU, but the task asks for cpu '{{cpu}}'. Use cpu '1024', '2048' or '4096' with a matching memory.",
        },
    },
    check(doc, ctx) {
        const td = (0,task_definition/* readTaskDefinition */.Lx)(doc, ctx);
        if (!td)
            return;
        if (!(0,task_definition/* targetsFargate */.HD)(td)) {
            ctx.notApplicable('the task definition does not target Fargate');
            return;
        }
        const rawCpu = td['cpu'];
        const rawMemory = td['memory'];
        const cpu = rawCpu === undefined ? undefined : (0,fargate_sizes/* parseCpu */.Oh)(rawCpu);
        const memory = rawMemory === undefined ? undefined : (0,fargate_sizes/* parseMemory */.Pw)(rawMemory);
        if (cpu === undefined) {
            const fits = memory?.ok ? (0,fargate_sizes/* cpusForMemory */.Ol)(memory.value) : [];
            const suggestion = fits.length > 0
                ? fits.map((s) => `'${s.cpu}' (${s.vcpu} vCPU)`).join(' or ') +
                    ` to go with memory '${memory?.ok ? memory.value : ''}'`
                : "'256' (.25 vCPU) or '1024' (1 vCPU)";
            ctx.report('missingCpu', { suggestion }, ['cpu']);
        }
        else if (!cpu.ok) {
            ctx.report('unreadableCpu', { what: (0,task_definition/* describeValue */.bp)(rawCpu) }, ['cpu']);
        }
        if (memory === undefined) {
            const size = cpu?.ok ? (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value) : undefined;
            const suggestion = size
                ? `${(0,fargate_sizes/* describeMemory */.$s)(size)} for cpu '${size.cpu}'`
                : "'512' MiB with cpu '256', or '2048' MiB with cpu '1024'";
            ctx.report('missingMemory', { suggestion }, ['memory']);
        }
        else if (!memory.ok) {
            ctx.report('unreadableMemory', { what: (0,task_definition/* describeValue */.bp)(rawMemory) }, ['memory']);
        }
        if (!cpu?.ok)
            return;
        const size = (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value);
        if (!size) {
            ctx.report('unsupportedCpu', { cpu: cpu.value, cpus: (0,fargate_sizes/* describeCpus */.P4)(), nearest: (0,fargate_sizes/* nearestCpu */.P1)(cpu.value).cpu }, ['cpu']);
            return;
        }
        if ((0,task_definition/* isWindows */.uF)(td) && !size.windows)
            ctx.report('windowsCpu', { cpu: cpu.value }, ['cpu']);
        if (!memory?.ok || size.memory.includes(memory.value))
            return;
        const others = (0,fargate_sizes/* cpusForMemory */.Ol)(memory.value);
        const alt = others[0];
        ctx.report('invalidPair', {
            cpu: cpu.value,
            vcpu: size.vcpu,
            memory: memory.value,
            allowed: (0,fargate_sizes/* describeMemory */.$s)(size),
            nearestMemory: (0,fargate_sizes/* nearestMemory */.s_)(size, memory.value),
            alternative: alt ? `, or keep '${memory.value}' MiB with cpu '${alt.cpu}' (${alt.vcpu} vCPU)` : '',
        }, ['memory']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/awsvpc-network-mode.ts
// TDF002: the task uses the `awsvpc` network mode, the only one Fargate supports.


/* harmony default export */ const awsvpc_network_mode = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF002',
        name: 'awsvpc-network-mode',
        target: 'json',
        severity: 'error',
        title: "Use the 'awsvpc' network mode",
        description: 'The task sets networkMode to awsvpc, which Fargate requires and which gives every task its own network interface and security group.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-networking-awsvpc.html',
        evidence: ['E3048', 'CT.ECS.PR.4'],
        messages: {
            ...task_definition/* taskDefinitionMessages */.N8,
            missing: "The task has no 'networkMode', so ECS uses 'bridge', which Fargate rejects. Add '\"networkMode\": \"awsvpc\"' so each task gets its own network interface and security group.",
            wrongMode: "Network mode '{{mode}}' does not work on Fargate, which supports only 'awsvpc' (and 'awsvpc' gives each task its own network interface and security group). Set 'networkMode' to 'awsvpc'.",
            sharedNetwork: "Network mode '{{mode}}' does not give each task a network interface of its own, so tasks cannot have their own security groups. AWS recommends 'awsvpc' for every task; set 'networkMode' to 'awsvpc'.",
            notText: "'networkMode' is {{what}}, but it must be the text 'awsvpc'. Write '\"networkMode\": \"awsvpc\"'.",
        },
    },
    check(doc, ctx) {
        const td = (0,task_definition/* readTaskDefinition */.Lx)(doc, ctx);
        if (!td)
            return;
        const mode = td['networkMode'];
        if (mode === undefined || mode === null)
            ctx.report('missing', {}, []);
        else if (typeof mode !== 'string')
            ctx.report('notText', { what: (0,task_definition/* describeValue */.bp)(mode) }, ['networkMode']);
        else if (mode !== 'awsvpc')
            ctx.report((0,task_definition/* targetsFargate */.HD)(td) ? 'wrongMode' : 'sharedNetwork', { mode }, ['networkMode']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/fargate-compatibility.ts
// TDF003: `requiresCompatibilities` lists FARGATE, so ECS validates the task definition against Fargate's rules.


/* harmony default export */ const fargate_compatibility = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF003',
        name: 'fargate-compatibility',
        target: 'json',
        severity: 'error',
        title: "List 'FARGATE' in requiresCompatibilities",
        description: 'The task definition lists FARGATE in requiresCompatibilities, so ECS checks it against Fargate when it is registered instead of when a service first tries to start it.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
        evidence: ['E3054'],
        messages: {
            ...task_definition/* taskDefinitionMessages */.N8,
            missing: "The task has no 'requiresCompatibilities', so ECS does not check it against Fargate's rules when you register it, and mistakes show up only when a service tries to start it. Add '\"requiresCompatibilities\": [\"FARGATE\"]'.",
            notList: '\'requiresCompatibilities\' must be a list, but it is {{what}}, and ECS rejects the task definition. Write \'"requiresCompatibilities": ["FARGATE"]\'.',
            noFargate: "'requiresCompatibilities' lists {{listed}} but not 'FARGATE', so the task cannot run on Fargate. Add 'FARGATE' to the list.",
        },
    },
    check(doc, ctx) {
        const td = (0,task_definition/* readTaskDefinition */.Lx)(doc, ctx);
        if (!td)
            return;
        const rc = td['requiresCompatibilities'];
        if (rc === undefined || rc === null)
            ctx.report('missing', {}, []);
        else if (!Array.isArray(rc))
            ctx.report('notList', { what: (0,task_definition/* describeValue */.bp)(rc) }, ['requiresCompatibilities']);
        else if (!rc.includes('FARGATE')) {
            const listed = rc.length === 0
                ? 'nothing'
                : rc.map((v) => (typeof v === 'string' ? `'${v}'` : (0,task_definition/* describeValue */.bp)(v))).join(', ');
            ctx.report('noFargate', { listed }, ['requiresCompatibilities']);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/runtime-platform.ts
// TDF004: the task states its operating system and CPU architecture, so the image and the platform match.


const ARCHITECTURES = ['X86_64', 'ARM64'];
/* harmony default export */ const runtime_platform = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF004',
        name: 'runtime-platform',
        target: 'json',
        severity: 'warning',
        title: 'Declare the runtime platform',
        description: 'The task sets runtimePlatform with an operating system family (LINUX for these labs) and a CPU architecture (X86_64 or ARM64) that match the image, so Fargate never starts an image built for another platform.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html',
        evidence: ['E3030'],
        messages: {
            ...task_definition/* taskDefinitionMessages */.N8,
            missing: 'The task has no \'runtimePlatform\', so nothing records which OS and CPU architecture the image was built for, and an image built for another architecture fails at start-up with \'exec format error\'. Add \'"runtimePlatform": { "operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64" }\' (or \'ARM64\' for Graviton).',
            platformNotObject: '\'runtimePlatform\' must be an object, but it is {{what}}. Write \'{ "operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64" }\'.',
            missingOs: "'runtimePlatform' has no 'operatingSystemFamily'. Add '\"operatingSystemFamily\": \"LINUX\"' so ECS knows the image runs on Linux.",
            unknownOs: "'operatingSystemFamily' is {{os}}, which is not a family ECS knows. Use 'LINUX' for a Linux image (or one of the 'WINDOWS_SERVER_…' families for Windows).",
            missingArch: "'runtimePlatform' has no 'cpuArchitecture'. Add 'X86_64', or 'ARM64' if the image is built for Graviton, so Fargate starts the task on a matching CPU.",
            unknownArch: "'cpuArchitecture' is {{arch}}, which is not an architecture Fargate offers. Use 'X86_64', or 'ARM64' for Graviton.",
            windowsArm: "Windows containers on Fargate run only on 'X86_64', but the task asks for 'ARM64'. Use 'X86_64', or 'LINUX' with 'ARM64'.",
        },
    },
    check(doc, ctx) {
        const td = (0,task_definition/* readTaskDefinition */.Lx)(doc, ctx);
        if (!td)
            return;
        const rp = td['runtimePlatform'];
        if (rp === undefined || rp === null) {
            ctx.report('missing', {}, []);
            return;
        }
        if (!(0,task_definition/* isRecord */.u4)(rp)) {
            ctx.report('platformNotObject', { what: (0,task_definition/* describeValue */.bp)(rp) }, ['runtimePlatform']);
            return;
        }
        const os = rp['operatingSystemFamily'];
        const arch = rp['cpuArchitecture'];
        const windows = typeof os === 'string' && /^WINDOWS_SERVER_\w+$/.test(os);
        if (os === undefined || os === null)
            ctx.report('missingOs', {}, ['runtimePlatform']);
        else if (os !== 'LINUX' && !windows)
            ctx.report('unknownOs', { os: (0,task_definition/* describeValue */.bp)(os) }, ['runtimePlatform', 'operatingSystemFamily']);
        if (arch === undefined || arch === null)
            ctx.report('missingArch', {}, ['runtimePlatform']);
        else if (typeof arch !== 'string' || !ARCHITECTURES.includes(arch)) {
            ctx.report('unknownArch', { arch: (0,task_definition/* describeValue */.bp)(arch) }, ['runtimePlatform', 'cpuArchitecture']);
        }
        else if (windows && arch === 'ARM64')
            ctx.report('windowsArm', {}, ['runtimePlatform', 'cpuArchitecture']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/essential-container.ts
// TDF005: at least one container is essential (an omitted `essential` means true), so the task stops and is
// replaced when the application exits. cfn-lint 1.51.0's E3042 is meant to check this but never fires.


/* harmony default export */ const essential_container = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF005',
        name: 'essential-container',
        target: 'json',
        severity: 'error',
        title: 'Mark at least one container essential',
        description: "At least one container is essential ('essential' true or left out), so ECS stops and replaces the task when the application exits; ECS rejects a task definition whose containers are all non-essential.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
        evidence: ['E3042'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            noneEssential: "Every container sets 'essential' to 'false', and ECS rejects a task definition without an essential container; the task would also keep running after the application died. Set '\"essential\": true' on the application container (leaving it out means true).",
            notBoolean: "Container '{{container}}' sets 'essential' to {{what}}, but it must be 'true' or 'false' without quotes. Write '\"essential\": true'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        let essential = 0;
        let malformed = 0;
        for (const c of list.containers) {
            const value = c.def['essential'];
            if (value === undefined || value === null || value === true)
                essential++;
            else if (typeof value !== 'boolean') {
                malformed++;
                ctx.report('notBoolean', { container: c.label, what: (0,task_definition/* describeValue */.bp)(value) }, [
                    ...c.path,
                    'essential',
                ]);
            }
        }
        // A quoted "true" is reported above; saying "none is essential" as well would only confuse.
        if (essential === 0 && malformed === 0 && list.containers.length > 0)
            ctx.report('noneEssential', {}, ['containerDefinitions']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/container-resources-fit.ts
// TDF006: container-level memory and cpu fit inside the task: reservations add up to no more than the task
// memory, no hard limit exceeds it, a reservation stays below its hard limit, and container cpu adds up to no
// more than the task cpu. cfn-lint 1.51.0 checks none of this.



/** Docker 20.10 and later reserve at least 6 MiB for a container. */
const MIN_CONTAINER_MIB = 6;
/* harmony default export */ const container_resources_fit = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF006',
        name: 'container-resources-fit',
        target: 'json',
        severity: 'error',
        title: 'Fit container memory and cpu inside the task',
        description: 'Container memory reservations add up to no more than the task memory, no container hard limit exceeds it, memoryReservation stays below memory (equal is rejected), and container cpu adds up to no more than the task cpu.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
        evidence: ['CT.ECS.PR.7'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            notInteger: "Container '{{container}}' sets '{{key}}' to {{what}}, but it must be a whole number without quotes ('{{key}}': 512), and ECS rejects anything else.",
            tooSmall: "Container '{{container}}' sets '{{key}}' to '{{value}}' MiB, below the '6' MiB Docker reserves for any container, so it cannot start. Give it at least '6' MiB, or leave it out and let the container share the task memory.",
            reservationAboveLimit: "Container '{{container}}' reserves '{{reservation}}' MiB ('memoryReservation') with a hard limit ('memory') of '{{limit}}' MiB, but ECS requires 'memory' to be greater than 'memoryReservation' and rejects the task definition otherwise. Lower 'memoryReservation' below '{{limit}}', or leave it out.",
            limitAboveTask: "Container '{{container}}' may use up to '{{limit}}' MiB ('memory'), more than the whole task's '{{task}}' MiB, so the limit can never be reached and ECS rejects it. Set it to at most '{{task}}', or leave it out.",
            memorySum: "The containers reserve '{{sum}}' MiB in total ({{parts}}), more than the task's '{{task}}' MiB, so ECS rejects the task definition. Lower the container values or raise the task 'memory' to a valid size.",
            cpuSum: "The containers ask for '{{sum}}' CPU units in total ({{parts}}), more than the task's '{{task}}', so the task cannot be placed. Lower the container 'cpu' values or raise the task 'cpu'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const { td, containers } = list;
        const taskMemory = (0,fargate_sizes/* parseMemory */.Pw)(td['memory']);
        const taskCpu = (0,fargate_sizes/* parseCpu */.Oh)(td['cpu']);
        const integer = (c, key) => {
            const v = c.def[key];
            if (v === undefined || v === null)
                return undefined;
            if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
                return v;
            ctx.report('notInteger', { container: c.label, key, what: (0,task_definition/* describeValue */.bp)(v) }, [...c.path, key]);
            return undefined;
        };
        const reserved = [];
        const cpus = [];
        let limitsAboveTask = 0;
        for (const c of containers) {
            const limit = integer(c, 'memory');
            const reservation = integer(c, 'memoryReservation');
            const cpu = integer(c, 'cpu');
            for (const [key, value] of [
                ['memory', limit],
                ['memoryReservation', reservation],
            ]) {
                if (value !== undefined && value < MIN_CONTAINER_MIB)
                    ctx.report('tooSmall', { container: c.label, key, value }, [...c.path, key]);
            }
            // The API wants 'memory' greater than 'memoryReservation' (rules.md §6.3; ContainerDefinition 'memory'):
            // an equal pair is rejected too, and would leave no room to burst anyway.
            if (limit !== undefined && reservation !== undefined && reservation >= limit) {
                ctx.report('reservationAboveLimit', { container: c.label, reservation, limit }, [
                    ...c.path,
                    'memoryReservation',
                ]);
            }
            if (limit !== undefined && taskMemory.ok && limit > taskMemory.value) {
                limitsAboveTask++;
                ctx.report('limitAboveTask', { container: c.label, limit, task: taskMemory.value }, [
                    ...c.path,
                    'memory',
                ]);
            }
            // ECS subtracts the reservation when one is set, and the hard limit otherwise.
            const mib = reservation ?? limit;
            if (mib !== undefined)
                reserved.push({ label: c.label, mib });
            if (cpu !== undefined && cpu > 0)
                cpus.push({ label: c.label, units: cpu });
        }
        const memorySum = reserved.reduce((s, r) => s + r.mib, 0);
        // One container whose hard limit is already reported as too big needs no second finding.
        const alreadySaid = reserved.length === 1 && limitsAboveTask > 0;
        if (taskMemory.ok && memorySum > taskMemory.value && !alreadySaid) {
            ctx.report('memorySum', {
                sum: memorySum,
                parts: reserved.map((r) => `'${r.label}' ${r.mib}`).join(' + '),
                task: taskMemory.value,
            }, ['memory']);
        }
        const cpuSum = cpus.reduce((s, r) => s + r.units, 0);
        if (taskCpu.ok && cpuSum > taskCpu.value) {
            ctx.report('cpuSum', { sum: cpuSum, parts: cpus.map((r) => `'${r.label}' ${r.units}`).join(' + '), task: taskCpu.value }, ['cpu']);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/container-logging.ts
// TDF007: every container sends its output somewhere durable: awslogs with a group, Region and stream prefix,
// or FireLens with a log-router container in the task. cfn-lint's E3046 requires only group and Region; the
// ECS API also requires the stream prefix on Fargate.


/** Log drivers Fargate supports. */
const FARGATE_DRIVERS = ['awslogs', 'awsfirelens', 'splunk'];
/* harmony default export */ const container_logging = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF007',
        name: 'container-logging',
        target: 'json',
        severity: 'error',
        title: 'Send every container’s logs to CloudWatch or FireLens',
        description: "Every container has a logConfiguration: awslogs with 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix', or awsfirelens with a log-router container, so its output outlives the task.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
        evidence: ['ECS.9', 'E3046', 'E3048', 'CT.ECS.PR.5', 'AwsSolutions-ECS7'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            missing: "Container '{{container}}' has no 'logConfiguration', so its output is lost when the task stops and you cannot debug it. Add a 'logConfiguration' with 'logDriver' 'awslogs' and the options 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix'.",
            configNotObject: 'Container \'{{container}}\' has a \'logConfiguration\' that is {{what}}, not an object. Write \'{ "logDriver": "awslogs", "options": { … } }\'.',
            noDriver: "Container '{{container}}' has a 'logConfiguration' without a 'logDriver', so ECS does not know where to send its output. Add '\"logDriver\": \"awslogs\"' (or 'awsfirelens').",
            unsupportedDriver: "Container '{{container}}' uses log driver {{driver}}, which Fargate does not support; Fargate offers 'awslogs', 'awsfirelens' and 'splunk'. Use 'awslogs' to send output to CloudWatch Logs.",
            optionsNotObject: 'Container \'{{container}}\' has \'options\' that are {{what}}; they must be an object of text values. Write \'"options": { "awslogs-group": "…", "awslogs-region": "…", "awslogs-stream-prefix": "…" }\'.',
            missingOptions: "Container '{{container}}' logs with 'awslogs' but is missing {{missing}}; ECS needs the group and Region to deliver logs, and on Fargate the stream prefix too, which also names each stream after its container and task. Add the missing option.",
            optionNotText: "Container '{{container}}' sets log option '{{option}}' to {{what}}, but every option value must be text in quotes ('\"{{option}}\": \"…\"'), and ECS rejects anything else.",
            noLogRouter: "Container '{{container}}' logs with 'awsfirelens', but no container in the task has a 'firelensConfiguration', so there is no log router to receive its output. Add a Fluent Bit log-router container with 'firelensConfiguration', or use 'awslogs'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const fargate = (0,task_definition/* targetsFargate */.HD)(list.td);
        const hasRouter = list.containers.some((c) => (0,task_definition/* isRecord */.u4)(c.def['firelensConfiguration']));
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of list.containers) {
            const lc = c.def['logConfiguration'];
            const at = [...c.path, 'logConfiguration'];
            const fail = (id, data, path = at) => {
                failed.add(c);
                ctx.report(id, { container: c.label, ...data }, path);
            };
            if (lc === undefined || lc === null) {
                fail('missing', {}, c.path);
                continue;
            }
            if (!(0,task_definition/* isRecord */.u4)(lc)) {
                fail('configNotObject', { what: (0,task_definition/* describeValue */.bp)(lc) });
                continue;
            }
            const driver = lc['logDriver'];
            if (typeof driver !== 'string' || driver.trim() === '') {
                fail('noDriver', {});
                continue;
            }
            if (fargate && !FARGATE_DRIVERS.includes(driver)) {
                fail('unsupportedDriver', { driver: `'${driver}'` }, [...at, 'logDriver']);
                continue;
            }
            const options = lc['options'];
            if (options !== undefined && options !== null && !(0,task_definition/* isRecord */.u4)(options)) {
                fail('optionsNotObject', { what: (0,task_definition/* describeValue */.bp)(options) }, [...at, 'options']);
                continue;
            }
            const opts = (0,task_definition/* isRecord */.u4)(options) ? options : {};
            for (const [option, value] of Object.entries(opts)) {
                if (typeof value !== 'string')
                    fail('optionNotText', { option, what: (0,task_definition/* describeValue */.bp)(value) }, [...at, 'options', option]);
            }
            if (driver === 'awslogs') {
                const required = ['awslogs-group', 'awslogs-region', ...(fargate ? ['awslogs-stream-prefix'] : [])];
                const missing = required.filter((k) => {
                    const v = opts[k];
                    return v === undefined || v === null || (typeof v === 'string' && v.trim() === '');
                });
                if (missing.length > 0) {
                    const quoted = missing.map((k) => `'${k}'`);
                    const text = quoted.length === 1
                        ? quoted[0]
                        : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
                    fail('missingOptions', { missing: text }, (0,task_definition/* isRecord */.u4)(options) ? [...at, 'options'] : at);
                }
            }
            else if (driver === 'awsfirelens' && !hasRouter) {
                fail('noLogRouter', {}, [...at, 'logDriver']);
            }
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/execution-role.ts
// TDF008: a task that needs ECS to act for it (awslogs, private ECR pulls, secrets, registry credentials) names
// a task execution role. cfn-lint has no rule for this (rules.md §1.8).


/* harmony default export */ const execution_role = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF008',
        name: 'execution-role',
        target: 'json',
        severity: 'error',
        title: 'Give the task an execution role',
        description: 'A task that logs with awslogs, pulls from private Amazon ECR, or reads secrets sets executionRoleArn to an IAM role ARN, because ECS does that work with the execution role, not the task role.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
        evidence: ['E3511'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            missing: "The task has no 'executionRoleArn', but ECS needs one to act for it here ({{needs}}), so the task fails to start. Add '\"executionRoleArn\": \"arn:aws:iam::ACCOUNT:role/ecsTaskExecutionRole\"', a role with the 'AmazonECSTaskExecutionRolePolicy' managed policy.",
            notRoleArn: "'executionRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot assume it. Use the role's full ARN: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const role = list.td['executionRoleArn'];
        if (role !== undefined && role !== null) {
            if (typeof role !== 'string' || !task_definition/* ROLE_ARN */.xG.test(role))
                ctx.report('notRoleArn', { what: (0,task_definition/* describeValue */.bp)(role) }, ['executionRoleArn']);
            return;
        }
        const needs = new Set();
        for (const c of list.containers) {
            const lc = c.def['logConfiguration'];
            if ((0,task_definition/* isRecord */.u4)(lc)) {
                if (lc['logDriver'] === 'awslogs')
                    needs.add("the 'awslogs' log driver");
                if (Array.isArray(lc['secretOptions']) && lc['secretOptions'].length > 0)
                    needs.add("log 'secretOptions'");
            }
            const image = c.def['image'];
            if (typeof image === 'string' && task_definition/* PRIVATE_ECR_IMAGE */.D6.test(image))
                needs.add('pulling an image from private Amazon ECR');
            if (Array.isArray(c.def['secrets']) && c.def['secrets'].length > 0)
                needs.add("reading 'secrets' from Secrets Manager or Parameter Store");
            if (c.def['repositoryCredentials'] !== undefined)
                needs.add("private registry 'repositoryCredentials'");
        }
        if (needs.size === 0) {
            ctx.notApplicable('nothing in the task needs an execution role');
            return;
        }
        ctx.report('missing', { needs: [...needs].join('; ') }, []);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/container-health-check.ts
// TDF009: every essential application container has a health check ECS can run, with values inside the API's
// ranges, whose command calls the app's '/health' endpoint on the container's port. cfn-lint 1.51.0 has no bounds
// for these (rules.md §1.8), so out-of-range values surface only at registration. A check that runs 'true' or
// asks '/' passes while the app is hung, so it earns nothing: the labs' app answers only 'GET /health'
// (labs/01-production-dockerfile/server.js), and its image ships 'healthcheck.js', which calls that endpoint.
// A FireLens log router (a container with 'firelensConfiguration') is not the app: it needs no app health check,
// and one it has is checked for shape and ranges only.


/** API ranges and defaults, in seconds except retries (ECS API HealthCheck). */
const RANGES = [
    { key: 'interval', min: 5, max: 300, fallback: '30' },
    { key: 'timeout', min: 2, max: 60, fallback: '5' },
    { key: 'retries', min: 1, max: 10, fallback: '3' },
    { key: 'startPeriod', min: 0, max: 300, fallback: 'off' },
];
/** The one path the labs' app answers health checks on (server.js: `req.url === '/health'`). */
const container_health_check_HEALTH_PATH = '/health';
/** Commands that succeed whatever the app does: the shell built-ins and the classic no-ops. */
const ALWAYS_PASSES = /^(?:exit\s+0|true|:|\/bin\/true|\/usr\/bin\/true|echo(?:\s.*)?)$/;
/**
 * Local HTTP addresses in a command: an optional scheme, a loopback host, an optional port (a number or a
 * `$PORT`-style variable the shell expands) and the path. The health check runs inside the container, so only
 * a loopback address reaches this container's app.
 */
const LOCAL_URL = /(?:https?:\/\/)?(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\$\{?\w+\}?|\d+))?(\/[^\s'"`)]*)?/g;
/** The lab image's probe script (labs/01-production-dockerfile/healthcheck.js): it calls '/health' on `PORT`. */
const PROBE_SCRIPT = /(?:^|[\s/'"])healthcheck\.js(?=$|[\s'"])/;
/** Ports the app may listen on: its `PORT` variable, else its container ports. Empty when unknown. */
function appPorts(c) {
    const env = c.def['environment'];
    if (Array.isArray(env)) {
        const port = env.find((e) => (0,task_definition/* isRecord */.u4)(e) && e['name'] === 'PORT');
        if ((0,task_definition/* isRecord */.u4)(port) && (typeof port['value'] === 'string' || typeof port['value'] === 'number'))
            return new Set([String(port['value']).trim()]);
    }
    const mappings = c.def['portMappings'];
    const ports = new Set();
    if (Array.isArray(mappings))
        for (const m of mappings)
            if ((0,task_definition/* isRecord */.u4)(m) && typeof m['containerPort'] === 'number')
                ports.add(String(m['containerPort']));
    return ports;
}
/** The health URL a message suggests for this container. */
function suggestedUrl(c) {
    const [port] = appPorts(c);
    return `http://localhost:${port ?? '8080'}${container_health_check_HEALTH_PATH}`;
}
/** Whether the command (after 'CMD'/'CMD-SHELL') calls the app's health endpoint on the app's port. */
function judgeCommand(c, args) {
    const line = args.join(' ').trim();
    const simple = line.replace(/\s*(?:\|\||&&|;)\s*exit\s+[01]\s*$/, '').trim();
    // '… || exit 0' and '… || true' turn any failure into success.
    if (ALWAYS_PASSES.test(simple) || /\|\|\s*(?:exit\s+0|true|:)\s*$/.test(line))
        return { ok: false, id: 'alwaysPasses', data: { command: line } };
    const urls = [...line.matchAll(LOCAL_URL)];
    const health = urls.filter((m) => (m[2] ?? '/') === container_health_check_HEALTH_PATH);
    if (health.length === 0) {
        if (PROBE_SCRIPT.test(line))
            return { ok: true };
        const asked = [...new Set(urls.map((m) => `'${m[2] ?? '/'}'`))];
        return {
            ok: false,
            id: 'wrongEndpoint',
            data: {
                command: line,
                asked: asked.length > 0 ? `asks ${asked.join(' and ')}` : 'calls no local HTTP address',
            },
        };
    }
    const ports = appPorts(c);
    if (ports.size === 0)
        return { ok: true };
    // A '$PORT'-style port is expanded by the shell from the container's own environment.
    const reaches = health.some((m) => m[1] === undefined ? ports.has('80') : m[1].startsWith('$') || ports.has(m[1]));
    if (reaches)
        return { ok: true };
    const first = health[0];
    return {
        ok: false,
        id: 'wrongPort',
        data: { port: first[1] ?? '80', ports: [...ports].join("' or '") },
    };
}
/* harmony default export */ const container_health_check = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF009',
        name: 'container-health-check',
        target: 'json',
        severity: 'error',
        title: "Give every essential container a health check that calls '/health'",
        description: "Every essential application container has a healthCheck whose command starts with 'CMD' or 'CMD-SHELL' and calls the app's '/health' endpoint on its port (with curl, wget or the image's 'healthcheck.js'), with interval 5–300 s, timeout 2–60 s, retries 1–10 and startPeriod 0–300 s, so ECS replaces a task that is running but no longer working. A FireLens log router needs no app health check.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
        evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_DOCKER_2'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            missing: 'Container \'{{container}}\' has no \'healthCheck\', so ECS only notices when the process exits, not when it hangs or stops answering. Add \'"healthCheck": { "command": ["CMD-SHELL", "wget -q -O /dev/null {{url}} || exit 1"] }\' (Alpine images have BusyBox \'wget\' but no \'curl\'), or \'["CMD", "node", "healthcheck.js"]\' with the lab 01 image.',
            checkNotObject: 'Container \'{{container}}\' has a \'healthCheck\' that is {{what}}, not an object. Write \'{ "command": ["CMD-SHELL", "…"], "interval": 30 }\'.',
            noCommand: "Container '{{container}}' has a 'healthCheck' without a 'command', so ECS has nothing to run and rejects it. Add '\"command\": [\"CMD-SHELL\", \"wget -q -O /dev/null {{url}} || exit 1\"]'.",
            commandNotList: "Container '{{container}}' gives the health check 'command' as {{what}}, but it must be a list of texts such as '[\"CMD-SHELL\", \"wget -q -O /dev/null {{url}} || exit 1\"]'.",
            badCommandStart: "Container '{{container}}' starts its health check command with {{first}}, but the first item must be 'CMD' (run the arguments directly) or 'CMD-SHELL' (run one line in the container's shell). Put one of them first.",
            emptyCommand: "Container '{{container}}' has a health check command with nothing after {{first}}, so there is nothing to run. Add the check itself, for example 'wget -q -O /dev/null {{url}} || exit 1'.",
            alwaysPasses: "Container '{{container}}' runs the health check '{{command}}', which succeeds whatever state the app is in, so ECS keeps a hung task running. Call the app instead: 'wget -q -O /dev/null {{url}} || exit 1', or 'node healthcheck.js' with the lab 01 image.",
            wrongEndpoint: "Container '{{container}}' has a health check that {{asked}}, but the app reports its health only on '/health' (every other path answers 404, or says nothing about the app's health), so the check does not test the app. Call '{{url}}'.",
            wrongPort: "Container '{{container}}' checks '/health' on port '{{port}}', but the app listens on '{{ports}}' (its 'PORT' or container port), so the check fails even while the app is healthy and ECS keeps replacing the task. Use '{{url}}'.",
            notInteger: "Container '{{container}}' sets health check '{{key}}' to {{what}}, but it must be a whole number without quotes; ECS rejects anything else. Use a value from '{{min}}' to '{{max}}' (default '{{fallback}}').",
            outOfRange: "Container '{{container}}' sets health check '{{key}}' to '{{value}}', outside the '{{min}}'–'{{max}}' ECS accepts, so registration fails. Use a value in that range (default '{{fallback}}').",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        // Sidecars that may stop without stopping the task do not need a check; essential ones do. A FireLens log
        // router is no app: its own health check, if it has one, is checked for shape and ranges only.
        const isLogRouter = (c) => (0,task_definition/* isRecord */.u4)(c.def['firelensConfiguration']);
        const apps = list.containers.filter((c) => c.def['essential'] !== false && !isLogRouter(c));
        const routersWithCheck = list.containers.filter((c) => isLogRouter(c) && c.def['healthCheck'] !== undefined && c.def['healthCheck'] !== null);
        if (apps.length === 0 && routersWithCheck.length === 0 && list.malformed === 0) {
            ctx.notApplicable('no essential application container to check');
            return;
        }
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of [...apps, ...routersWithCheck]) {
            const app = !isLogRouter(c);
            const hc = c.def['healthCheck'];
            const at = [...c.path, 'healthCheck'];
            const url = suggestedUrl(c);
            const report = (id, data = {}, path = at) => {
                failed.add(c);
                ctx.report(id, { container: c.label, url, ...data }, path);
            };
            if (hc === undefined || hc === null) {
                report('missing', {}, c.path);
                continue;
            }
            if (!(0,task_definition/* isRecord */.u4)(hc)) {
                report('checkNotObject', { what: (0,task_definition/* describeValue */.bp)(hc) });
                continue;
            }
            const command = hc['command'];
            const cmdAt = [...at, 'command'];
            if (command === undefined || command === null)
                report('noCommand');
            else if (!Array.isArray(command) || command.some((part) => typeof part !== 'string')) {
                report('commandNotList', { what: (0,task_definition/* describeValue */.bp)(command) }, cmdAt);
            }
            else {
                const first = command[0];
                const args = command.slice(1);
                if (first !== 'CMD' && first !== 'CMD-SHELL')
                    report('badCommandStart', { first: first === undefined ? 'nothing' : `'${first}'` }, cmdAt);
                else if (args.every((part) => part.trim() === ''))
                    report('emptyCommand', { first: `'${first}'` }, cmdAt);
                else if (app) {
                    const verdict = judgeCommand(c, args);
                    if (!verdict.ok)
                        report(verdict.id, verdict.data, cmdAt);
                }
            }
            for (const r of RANGES) {
                const v = hc[r.key];
                if (v === undefined || v === null)
                    continue;
                const data = { key: r.key, min: r.min, max: r.max, fallback: r.fallback };
                if (typeof v !== 'number' || !Number.isInteger(v))
                    report('notInteger', { ...data, what: (0,task_definition/* describeValue */.bp)(v) }, [...at, r.key]);
                else if (v < r.min || v > r.max)
                    report('outOfRange', { ...data, value: v }, [...at, r.key]);
            }
        }
        ctx.tally(apps.length + routersWithCheck.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/secrets-from-secret-store.ts
// TDF010: container `secrets` are references ECS resolves at start-up: each has a name and a valueFrom that is a
// Secrets Manager secret ARN or a Systems Manager Parameter Store parameter (ARN, or name in the same Region).


const SECRETS_MANAGER_ARN = /^arn:aws(?:-[a-z]+)*:secretsmanager:[a-z0-9-]+:\d{12}:secret:[^\s]+$/;
const SSM_PARAMETER_ARN = /^arn:aws(?:-[a-z]+)*:ssm:[a-z0-9-]+:\d{12}:parameter\/[^\s]+$/;
/** Parameter Store names: letters, digits, '.', '-', '_' and '/' for hierarchies. */
const SSM_PARAMETER_NAME = /^[A-Za-z0-9_.\-/]+$/;
/* harmony default export */ const secrets_from_secret_store = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF010',
        name: 'secrets-from-secret-store',
        target: 'json',
        severity: 'error',
        title: 'Inject secrets from Secrets Manager or Parameter Store',
        description: "Each entry in a container's secrets has a name and a valueFrom pointing to a Secrets Manager secret or an SSM Parameter Store parameter, so the value never appears in the task definition.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/specifying-sensitive-data.html',
        evidence: ['ECS.8', 'CT.ECS.PR.12'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            secretsNotList: "Container '{{container}}' has 'secrets' that are {{what}}, but they must be a list of '{ \"name\": …, \"valueFrom\": … }' objects. Wrap each secret in a list.",
            secretNotObject: 'Entry \'{{index}}\' of container \'{{container}}\' \'secrets\' is {{what}}, but each secret must be an object \'{ "name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:…" }\'.',
            plainValue: "Secret '{{name}}' of container '{{container}}' has a 'value', which puts the secret itself in the task definition where anyone who can describe it can read it, and ECS rejects the key anyway. Store the value in Secrets Manager or Parameter Store, and replace 'value' with 'valueFrom' set to its ARN.",
            noName: "Entry '{{index}}' of container '{{container}}' 'secrets' has no 'name', so ECS does not know which environment variable to set. Add '\"name\": \"DB_PASSWORD\"' (the variable your application reads).",
            noValueFrom: "Secret '{{name}}' of container '{{container}}' has no 'valueFrom', so ECS has nothing to fetch. Add '\"valueFrom\"' with the ARN of the Secrets Manager secret or Parameter Store parameter.",
            valueFromNotText: "Secret '{{name}}' of container '{{container}}' sets 'valueFrom' to {{what}}, but it must be the ARN text of a Secrets Manager secret or Parameter Store parameter.",
            wrongService: "Secret '{{name}}' of container '{{container}}' points to '{{valueFrom}}', an ARN of '{{service}}', but ECS reads secrets only from Secrets Manager ('arn:aws:secretsmanager:…:secret:…') or Parameter Store ('arn:aws:ssm:…:parameter/…'). Store the value there and use that ARN.",
            badArn: "Secret '{{name}}' of container '{{container}}' points to '{{valueFrom}}', which is not a complete Secrets Manager or Parameter Store ARN, so ECS cannot fetch it. Copy the full ARN, for example 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf'.",
            notReference: "Secret '{{name}}' of container '{{container}}' has a 'valueFrom' that looks like the secret value itself, not a reference to it. Put the value in Secrets Manager or Parameter Store and set 'valueFrom' to its ARN.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const withSecrets = list.containers.filter((c) => c.def['secrets'] !== undefined && c.def['secrets'] !== null);
        if (withSecrets.length === 0) {
            ctx.notApplicable('no container uses secrets');
            return;
        }
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of withSecrets) {
            const secrets = c.def['secrets'];
            const at = [...c.path, 'secrets'];
            const report = (id, data, path) => {
                failed.add(c);
                ctx.report(id, { container: c.label, ...data }, path);
            };
            if (!Array.isArray(secrets)) {
                report('secretsNotList', { what: (0,task_definition/* describeValue */.bp)(secrets) }, at);
                continue;
            }
            secrets.forEach((s, index) => {
                const sAt = [...at, index];
                if (!(0,task_definition/* isRecord */.u4)(s)) {
                    report('secretNotObject', { index, what: (0,task_definition/* describeValue */.bp)(s) }, sAt);
                    return;
                }
                const rawName = s['name'];
                const hasName = typeof rawName === 'string' && rawName.trim() !== '';
                const name = hasName ? rawName : `#${index + 1}`;
                if (!hasName)
                    report('noName', { index }, sAt);
                if (s['value'] !== undefined)
                    report('plainValue', { name }, [...sAt, 'value']);
                const valueFrom = s['valueFrom'];
                if (valueFrom === undefined || valueFrom === null) {
                    if (s['value'] === undefined)
                        report('noValueFrom', { name }, sAt);
                    return;
                }
                if (typeof valueFrom !== 'string') {
                    report('valueFromNotText', { name, what: (0,task_definition/* describeValue */.bp)(valueFrom) }, [...sAt, 'valueFrom']);
                    return;
                }
                const problem = classify(valueFrom);
                if (problem?.kind === 'wrongService')
                    report('wrongService', { name, valueFrom, service: problem.service }, [...sAt, 'valueFrom']);
                else if (problem?.kind === 'badArn')
                    report('badArn', { name, valueFrom }, [...sAt, 'valueFrom']);
                else if (problem?.kind === 'notReference')
                    report('notReference', { name }, [...sAt, 'valueFrom']);
            });
        }
        ctx.tally(withSecrets.length, failed.size);
    },
}));
function classify(valueFrom) {
    const v = valueFrom.trim();
    if (SECRETS_MANAGER_ARN.test(v) || SSM_PARAMETER_ARN.test(v))
        return undefined;
    if (v.startsWith('arn:')) {
        const service = v.split(':')[2] ?? '';
        return service !== '' && service !== 'secretsmanager' && service !== 'ssm'
            ? { kind: 'wrongService', service }
            : { kind: 'badArn' };
    }
    // A bare parameter name is valid when the parameter lives in the task's Region.
    return SSM_PARAMETER_NAME.test(v) && v.length <= 2048 ? undefined : { kind: 'notReference' };
}

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/no-secrets-in-environment.ts
// TDF011: no container puts a secret in plain `environment`, where anyone allowed to describe the task
// definition (and every revision after it) can read it. Security Hub ECS.8 looks for three AWS credential
// names; this rule also looks for common secret names and for values that are credentials whatever their name.


/** The names ECS.8 checks. */
const ECS8_NAMES = ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'ECS_ENGINE_AUTH_DATA'];
const SECRET_NAME = /PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL|AUTH_DATA|(?:^|_)PASS$|(?:^|_)PWD$/i;
/** Names that hold a reference to a secret (its ARN, file or URL), not the secret. */
const REFERENCE_SUFFIX = /_(?:ARN|FILE|PATH|NAME|ID|URL|URI|ENDPOINT|REGION|HEADER|TTL|TYPE|LENGTH)$/i;
const AWS_ACCESS_KEY = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/;
const URL_WITH_PASSWORD = /^[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:[^/\s@]+@/i;
const PRIVATE_KEY_BLOCK = /-----BEGIN [A-Z ]*PRIVATE KEY-----/;
/* harmony default export */ const no_secrets_in_environment = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF011',
        name: 'no-secrets-in-environment',
        target: 'json',
        severity: 'error',
        title: 'Keep secrets out of environment variables',
        description: "No container's environment holds a password, token, key or credential in plain text; secrets go in 'secrets' with a valueFrom reference instead.",
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
        evidence: ['ECS.8', 'CT.ECS.PR.12', 'AwsSolutions-ECS2', 'W1011'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            secretByName: "Container '{{container}}' sets '{{name}}' in plain text in 'environment', where anyone who can describe the task definition can read it, in every revision. Move it to 'secrets' with '\"valueFrom\"' set to a Secrets Manager or Parameter Store ARN.",
            secretByValue: "Container '{{container}}' sets '{{name}}' to a value that contains {{kind}}, in plain text in 'environment', where anyone who can describe the task definition can read it. Move the credential to Secrets Manager and inject it through 'secrets'.",
            envNotList: "Container '{{container}}' has an 'environment' that is {{what}}, but it must be a list of '{ \"name\": …, \"value\": … }' objects. Wrap the variables in a list.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of list.containers) {
            const env = c.def['environment'];
            if (env === undefined || env === null)
                continue;
            if (!Array.isArray(env)) {
                failed.add(c);
                ctx.report('envNotList', { container: c.label, what: (0,task_definition/* describeValue */.bp)(env) }, [
                    ...c.path,
                    'environment',
                ]);
                continue;
            }
            env.forEach((entry, i) => {
                if (!(0,task_definition/* isRecord */.u4)(entry))
                    return;
                const name = entry['name'];
                const value = entry['value'];
                if (typeof name !== 'string' || value === undefined || value === null || value === '')
                    return;
                const at = [...c.path, 'environment', i];
                const text = String(value);
                const kind = credentialIn(text);
                if (kind) {
                    failed.add(c);
                    ctx.report('secretByValue', { container: c.label, name, kind }, at);
                }
                else if (looksSecret(name) && !text.startsWith('arn:')) {
                    failed.add(c);
                    ctx.report('secretByName', { container: c.label, name }, at);
                }
            });
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));
function looksSecret(name) {
    const n = name.trim().toUpperCase();
    if (ECS8_NAMES.includes(n))
        return true;
    return SECRET_NAME.test(n) && !REFERENCE_SUFFIX.test(n);
}
function credentialIn(value) {
    if (AWS_ACCESS_KEY.test(value))
        return 'an AWS access key ID';
    if (PRIVATE_KEY_BLOCK.test(value))
        return 'a private key';
    if (URL_WITH_PASSWORD.test(value))
        return 'a URL with a password';
    return undefined;
}

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/read-only-root-filesystem.ts
// TDF012: every container mounts its root filesystem read-only, so an attacker or a bug cannot change the
// image's files at run time. Security Hub ECS.5 fails a container where the key is false or absent.


/* harmony default export */ const read_only_root_filesystem = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF012',
        name: 'read-only-root-filesystem',
        target: 'json',
        severity: 'warning',
        title: 'Make root filesystems read-only',
        description: 'Every container sets readonlyRootFilesystem to true, so nothing running in it can modify the files it was started from; writable paths become explicit volumes.',
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-5',
        evidence: ['ECS.5', 'CKV_AWS_336', 'CT.ECS.PR.6'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            absent: "Container '{{container}}' does not set 'readonlyRootFilesystem', so its root filesystem is writable and anything that gets in can change the application's files. Add '\"readonlyRootFilesystem\": true', and mount a volume for any directory the application must write to (such as '/tmp').",
            writable: "Container '{{container}}' sets 'readonlyRootFilesystem' to 'false', so anything that gets in can change the application's files. Set it to 'true', and mount a volume for any directory the application must write to (such as '/tmp').",
            notBoolean: "Container '{{container}}' sets 'readonlyRootFilesystem' to {{what}}, but it must be 'true' without quotes, and ECS rejects anything else. Write '\"readonlyRootFilesystem\": true'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        if ((0,task_definition/* isWindows */.uF)(list.td)) {
            ctx.notApplicable('Windows containers do not support a read-only root filesystem');
            return;
        }
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of list.containers) {
            const v = c.def['readonlyRootFilesystem'];
            if (v === true)
                continue;
            failed.add(c);
            if (v === undefined || v === null)
                ctx.report('absent', { container: c.label }, c.path);
            else if (v === false)
                ctx.report('writable', { container: c.label }, [...c.path, 'readonlyRootFilesystem']);
            else
                ctx.report('notBoolean', { container: c.label, what: (0,task_definition/* describeValue */.bp)(v) }, [
                    ...c.path,
                    'readonlyRootFilesystem',
                ]);
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/non-privileged-container.ts
// TDF013: no container runs privileged, which would give it root on the host. Fargate rejects the key outright;
// Security Hub ECS.4 fails any task definition where it is true.


/* harmony default export */ const non_privileged_container = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF013',
        name: 'non-privileged-container',
        target: 'json',
        severity: 'error',
        title: 'Never run containers privileged',
        description: 'No container sets privileged to true, which would give it nearly all the powers of root on the host and which Fargate does not allow.',
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-4',
        evidence: ['ECS.4', 'CKV_AWS_334', 'CT.ECS.PR.11'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            privileged: "Container '{{container}}' sets 'privileged' to 'true', which gives it nearly every power of root on the host, and Fargate rejects it. Remove 'privileged' (or set it to 'false'); if the application needs one kernel capability, that is a design question to raise, not a flag to flip.",
            notBoolean: "Container '{{container}}' sets 'privileged' to {{what}}, but it must be 'true' or 'false' without quotes, and ECS rejects anything else. Remove the key, or write '\"privileged\": false'.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of list.containers) {
            const v = c.def['privileged'];
            if (v === undefined || v === null || v === false)
                continue;
            failed.add(c);
            if (v === true)
                ctx.report('privileged', { container: c.label }, [...c.path, 'privileged']);
            else
                ctx.report('notBoolean', { container: c.label, what: (0,task_definition/* describeValue */.bp)(v) }, [...c.path, 'privileged']);
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/non-root-user.ts
// TDF014: every Linux container names a non-root `user`, so a compromised process has no root powers inside
// the container. Security Hub ECS.20 fails a container whose user is absent, 'root' or '0'.


/* harmony default export */ const ecs_task_definition_non_root_user = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF014',
        name: 'non-root-user',
        target: 'json',
        severity: 'warning',
        title: 'Run containers as a non-root user',
        description: "Every container sets user to a non-root user or UID (for example '1000' or 'node'), so a compromised process has no root powers; an absent user means the image's default, often root.",
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-20',
        evidence: ['ECS.20', 'CT.ECS.PR.3'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            absent: "Container '{{container}}' does not set 'user', so it runs as whatever the image says, often root, and ECS cannot prove otherwise. Add '\"user\": \"1000\"' (or the image's non-root user, such as 'node'); 'uid:gid' works too.",
            root: "Container '{{container}}' runs as {{user}}, which is root, so a compromised process can do anything inside the container. Set 'user' to a non-root user or UID such as '1000'.",
            notText: "Container '{{container}}' sets 'user' to {{what}}, but it must be text in quotes, such as '\"1000\"' or '\"1000:1000\"', and ECS rejects anything else.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        if ((0,task_definition/* isWindows */.uF)(list.td)) {
            ctx.notApplicable("Windows containers do not support 'user'");
            return;
        }
        const failed = new task_definition/* FailedContainers */.Y5();
        for (const c of list.containers) {
            const v = c.def['user'];
            const at = [...c.path, 'user'];
            if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
                failed.add(c);
                ctx.report('absent', { container: c.label }, c.path);
            }
            else if (typeof v !== 'string') {
                failed.add(c);
                ctx.report('notText', { container: c.label, what: (0,task_definition/* describeValue */.bp)(v) }, at);
            }
            else {
                // 'user', 'user:group', 'uid', 'uid:gid' …: only the part before ':' decides who the process is.
                const who = (v.split(':')[0] ?? '').trim().toLowerCase();
                if (who === 'root' || who === '' || /^0+$/.test(who)) {
                    failed.add(c);
                    ctx.report('root', { container: c.label, user: `'${v}'` }, at);
                }
            }
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/separate-task-role.ts
// TDF015: the application's task role is not the execution role. ECS uses the execution role to pull images,
// write logs and read secrets; the application should never hold those permissions (checkov CKV_AWS_249).


/* harmony default export */ const separate_task_role = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF015',
        name: 'separate-task-role',
        target: 'json',
        severity: 'warning',
        title: 'Keep the task role apart from the execution role',
        description: 'When the task has a taskRoleArn, it is a valid role ARN and a different role from executionRoleArn, so the application cannot use the permissions ECS needs to pull images, write logs and read every secret.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
        evidence: ['CKV_AWS_249', 'E3511'],
        messages: {
            ...task_definition/* taskDefinitionMessages */.N8,
            sameRole: "'taskRoleArn' and 'executionRoleArn' are the same role, '{{role}}', so the application holds every permission ECS needs for it, including reading all the task's secrets. Create a separate task role with only the AWS permissions the application itself uses.",
            executionRoleName: "'taskRoleArn' names '{{role}}', which by its name is an execution role, so the application may hold the permissions ECS uses to pull images and read secrets. Create a separate task role with only the AWS permissions the application itself uses.",
            notRoleArn: "'taskRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot give it to the application. Use the role's full ARN: 'arn:aws:iam::123456789012:role/web-task-role'.",
        },
    },
    check(doc, ctx) {
        const td = (0,task_definition/* readTaskDefinition */.Lx)(doc, ctx);
        if (!td)
            return;
        const task = td['taskRoleArn'];
        if (task === undefined || task === null) {
            ctx.notApplicable('the task has no task role, so the application gets no AWS permissions');
            return;
        }
        if (typeof task !== 'string' || !task_definition/* ROLE_ARN */.xG.test(task)) {
            ctx.report('notRoleArn', { what: (0,task_definition/* describeValue */.bp)(task) }, ['taskRoleArn']);
            return;
        }
        const execution = td['executionRoleArn'];
        if (task === execution)
            ctx.report('sameRole', { role: task }, ['taskRoleArn']);
        else if (/\/ecsTaskExecutionRole$/i.test(task))
            ctx.report('executionRoleName', { role: task }, ['taskRoleArn']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/pinned-container-image.ts
// TDF016: every container image names a version (a tag other than `latest`, or a digest), so every task of a
// service runs the same code and a rollback really goes back.


const DIGEST = /@sha256:[0-9a-f]{64}$/;
/* harmony default export */ const pinned_container_image = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'TDF016',
        name: 'pinned-container-image',
        target: 'json',
        severity: 'warning',
        title: 'Pin container images to a version',
        description: 'Every container image has a tag other than latest, or a digest, so new tasks of the same revision run the same code; an Amazon ECR repository with immutable tags makes the tag a promise.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ContainerDefinition.html',
        evidence: ['DL3007', 'CKV_K8S_14'],
        messages: {
            ...task_definition/* containerListMessages */.M1,
            noImage: "Container '{{container}}' has no 'image', so ECS has nothing to run. Add the image URI, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
            imageNotText: "Container '{{container}}' sets 'image' to {{what}}, but it must be the image URI as text, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
            untagged: "Container '{{container}}' uses image '{{image}}' without a tag, so ECS pulls 'latest', which can change between two tasks of the same service. Pin a version tag ('{{image}}:1.0.0') or a digest ('{{image}}@sha256:…').",
            latest: "Container '{{container}}' uses image '{{image}}' with the 'latest' tag, which can change between two tasks of the same service, and a rollback would not go back. Pin a version tag such as '{{name}}:1.0.0' or a digest.",
            badDigest: "Container '{{container}}' uses image '{{image}}', whose digest is not 'sha256:' followed by 64 hexadecimal characters, so the pull fails. Copy the digest exactly as the registry shows it.",
        },
    },
    check(doc, ctx) {
        const list = (0,task_definition/* readContainers */.ZW)(doc, ctx);
        if (!list)
            return;
        const failed = new task_definition/* FailedContainers */.Y5();
        let checked = list.malformed;
        for (const c of list.containers) {
            const image = c.def['image'];
            const at = [...c.path, 'image'];
            if (typeof image === 'string' && /[$<{]/.test(image))
                continue; // a placeholder a deploy step fills in
            checked++;
            if (image === undefined || image === null || image === '') {
                failed.add(c);
                ctx.report('noImage', { container: c.label }, c.path);
                continue;
            }
            if (typeof image !== 'string') {
                failed.add(c);
                ctx.report('imageNotText', { container: c.label, what: (0,task_definition/* describeValue */.bp)(image) }, at);
                continue;
            }
            const digestAt = image.indexOf('@');
            if (digestAt >= 0) {
                if (!DIGEST.test(image)) {
                    failed.add(c);
                    ctx.report('badDigest', { container: c.label, image }, at);
                }
                continue;
            }
            const lastSlash = image.lastIndexOf('/');
            const colon = image.indexOf(':', lastSlash + 1);
            const name = colon >= 0 ? image.slice(0, colon) : image;
            const tag = colon >= 0 ? image.slice(colon + 1) : '';
            if (tag === '') {
                failed.add(c);
                ctx.report('untagged', { container: c.label, image: name }, at);
            }
            else if (tag === 'latest') {
                failed.add(c);
                ctx.report('latest', { container: c.label, image, name }, at);
            }
        }
        if (checked === 0)
            ctx.notApplicable('every image is a placeholder filled in at deploy time');
        else
            ctx.tally(checked, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/index.ts
// ECS task-definition rules (prefix TDF), sorted by id. Each file holds one rule; the meta-test keeps this list
// complete. fargate-sizes.ts and util/ are data and helper modules, not rules.
















const taskDefinitionRules = [
    fargate_cpu_memory, // TDF001
    awsvpc_network_mode, // TDF002
    fargate_compatibility, // TDF003
    runtime_platform, // TDF004
    essential_container, // TDF005
    container_resources_fit, // TDF006
    container_logging, // TDF007
    execution_role, // TDF008
    container_health_check, // TDF009
    secrets_from_secret_store, // TDF010
    no_secrets_in_environment, // TDF011
    read_only_root_filesystem, // TDF012
    non_privileged_container, // TDF013
    ecs_task_definition_non_root_user, // TDF014
    separate_task_role, // TDF015
    pinned_container_image, // TDF016
];

// EXTERNAL MODULE: ./graders/rules/express-mode/model.ts
var express_mode_model = __webpack_require__(9235);
;// CONCATENATED MODULE: ./graders/rules/express-mode/service-port.ts
// EXP001: the service runs the labs-web container image and sends requests to the port the app listens on. The
// app listens on the PORT environment variable, or 3000 without it (labs/01-production-dockerfile/server.js). An
// Express service sends traffic to 'PrimaryContainer.ContainerPort'; an App Runner service to
// 'ImageConfiguration.Port', which App Runner defaults to 8080. A port the app does not listen on fails every health
// check, so the service never becomes healthy. App Runner can also build from source code, but Express Mode runs
// only images, so the lab grades an image-based App Runner service.



/** App Runner's default for 'ImageConfiguration.Port' (App Runner API, ImageConfiguration). */
const APP_RUNNER_DEFAULT_PORT = 8080;
/* harmony default export */ const service_port = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP001',
        name: 'service-port',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run the image and send traffic to the port the app listens on',
        description: "The Express service's primary container (or the App Runner service's image repository) runs an image, and the port requests are sent to ('ContainerPort', or App Runner's 'Port') is the one the app listens on: its PORT environment variable, or 3000.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-properties-ecs-expressgatewayservice-expressgatewaycontainer.html',
        evidence: ['ExpressGatewayContainer.containerPort', 'ImageConfiguration.Port'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noContainer: "Express service '{{service}}' has no 'PrimaryContainer', which Express Mode requires: it names the image to run. Add 'PrimaryContainer' with 'Image' and 'ContainerPort'.",
            noPort: "Express service '{{service}}' sets no 'PrimaryContainer.ContainerPort', so the load balancer Express Mode creates does not know the app listens on {{port}}. Add 'ContainerPort: {{port}}'.",
            wrongPort: "Express service '{{service}}' sends traffic to port {{given}}, but the app listens on {{port}} ({{why}}). Every health check then fails and no task becomes healthy. Set 'ContainerPort: {{port}}', or set the PORT environment variable to {{given}}.",
            sourceCode: "App Runner service '{{service}}' builds from a code repository. Express Mode, its successor, runs only container images, and this lab deploys the labs-web image from Amazon ECR. Use 'SourceConfiguration.ImageRepository' instead of 'CodeRepository'.",
            noImageRepository: "App Runner service '{{service}}' has no 'SourceConfiguration.ImageRepository', so App Runner has no image to run. Add one with 'ImageIdentifier', 'ImageRepositoryType: ECR' and 'ImageConfiguration.Port'.",
            wrongRunnerPort: "App Runner service '{{service}}' sends traffic to port {{given}}{{defaulted}}, but the app listens on {{port}} ({{why}}). Every health check then fails and the service never starts. Set 'ImageConfiguration.Port' to '{{port}}', or the PORT runtime variable to '{{given}}'.",
            unverifiable: "Service '{{service}}' takes its port or the app's PORT from a value decided at deploy time, so the grader cannot check that they match. Write the port in the template, or give its parameter a Default.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        const why = (env) => (0,express_mode_model/* portVariable */.kk)(t, env)
            ? 'its PORT variable says so'
            : `no PORT variable is set, so it uses its default, ${express_mode_model/* APP_DEFAULT_PORT */.Ij}`;
        if (s.design === 'express') {
            const container = svc.props['PrimaryContainer'];
            if (!(0,cloudformation/* isRecord */.u4)(container)) {
                ctx.report('noContainer', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            const port = (0,express_mode_model/* appPort */.v)(t, container['Environment']);
            const raw = container['ContainerPort'];
            const given = raw === undefined ? undefined : (0,cloudformation/* literalString */.dc)(t, raw);
            if (port === undefined || (raw !== undefined && given === undefined)) {
                ctx.report('unverifiable', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'PrimaryContainer'));
                return;
            }
            if (raw === undefined) {
                ctx.report('noPort', { service: svc.name, port }, (0,express_mode_model/* propPath */.Dy)(svc, 'PrimaryContainer'));
                return;
            }
            if (Number(given) !== port)
                ctx.report('wrongPort', { service: svc.name, given: given ?? '', port, why: why(container['Environment']) }, (0,express_mode_model/* propPath */.Dy)(svc, 'PrimaryContainer', 'ContainerPort'));
            return;
        }
        const source = svc.props['SourceConfiguration'];
        const image = (0,cloudformation/* get */.Jt)(source, ['ImageRepository']);
        if (!(0,cloudformation/* isRecord */.u4)(image)) {
            if ((0,cloudformation/* isRecord */.u4)(source) && source['CodeRepository'] !== undefined)
                ctx.report('sourceCode', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'SourceConfiguration', 'CodeRepository'));
            else
                ctx.report('noImageRepository', { service: svc.name }, (0,express_mode_model/* existingPath */.Jf)(svc, ['SourceConfiguration']));
            return;
        }
        const config = (0,cloudformation/* isRecord */.u4)(image['ImageConfiguration']) ? image['ImageConfiguration'] : {};
        const env = config['RuntimeEnvironmentVariables'];
        const port = (0,express_mode_model/* appPort */.v)(t, env);
        const raw = config['Port'];
        const given = raw === undefined ? String(APP_RUNNER_DEFAULT_PORT) : (0,cloudformation/* literalString */.dc)(t, raw);
        if (port === undefined || given === undefined) {
            ctx.report('unverifiable', { service: svc.name }, (0,express_mode_model/* existingPath */.Jf)(svc, ['SourceConfiguration', 'ImageRepository', 'ImageConfiguration']));
            return;
        }
        if (Number(given) !== port)
            ctx.report('wrongRunnerPort', {
                service: svc.name,
                given,
                defaulted: raw === undefined ? ", App Runner's default" : '',
                port,
                why: why(env),
            }, raw === undefined
                ? (0,express_mode_model/* existingPath */.Jf)(svc, ['SourceConfiguration', 'ImageRepository', 'ImageConfiguration'])
                : (0,express_mode_model/* propPath */.Dy)(svc, 'SourceConfiguration', 'ImageRepository', 'ImageConfiguration', 'Port'));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/task-size.ts
// EXP002: the service's CPU and memory are a pair the platform offers. Express Mode runs its tasks on Fargate, so
// 'Cpu' and 'Memory' (strings in CloudFormation: CPU units and MiB) must be one of the Fargate task sizes; left out,
// Express Mode uses 1024 CPU units and 2048 MiB, a valid pair. App Runner offers its own, shorter list of
// instance sizes ('InstanceConfiguration'), and defaults to 1 vCPU and 2 GB.
//
// Sources: "Resources created by Amazon ECS Express Mode services" (task definition defaults),
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html; the Fargate table in
// ../ecs-task-definition/fargate-sizes.ts; App Runner's InstanceConfiguration,
// https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html (shared/reference/rules.md §6.5).




/** App Runner instance sizes: CPU units, and the memory (MiB) each allows. */
const APP_RUNNER_SIZES = [
    { cpu: 256, memory: [512, 1024] },
    { cpu: 512, memory: [1024] },
    { cpu: 1024, memory: [2048, 3072, 4096] },
    { cpu: 2048, memory: [4096, 6144] },
    { cpu: 4096, memory: [8192, 10240, 12288] },
];
function isAppRunnerPair(cpu, memory) {
    return APP_RUNNER_SIZES.some((s) => s.cpu === cpu && s.memory.includes(memory));
}
function read(t, v, parse) {
    if (v === undefined)
        return { state: 'absent' };
    const r = (0,cloudformation/* literal */.eu)(t, v);
    if (!r.known)
        return { state: 'unknown' };
    const p = parse(r.value);
    return p.ok ? { state: 'ok', value: p.value } : { state: 'bad', text: String(r.value) };
}
/* harmony default export */ const task_size = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP002',
        name: 'task-size',
        target: 'cloudformation',
        severity: 'error',
        title: 'Size the service with a CPU and memory pair the platform offers',
        description: "The Express service's 'Cpu' and 'Memory' form a valid Fargate task size (or are left to Express Mode's default of 1024 and 2048); an App Runner service's 'InstanceConfiguration' names one of App Runner's instance sizes.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
        evidence: ['E3047', 'E3048'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            notNumber: "Service '{{service}}' sets '{{property}}' to '{{value}}', which is not a size: write CPU as units ('1024' is 1 vCPU) and memory in MiB ('2048' is 2 GB).",
            invalidPair: "Express service '{{service}}' asks for {{cpu}} CPU units with {{memory}} MiB, which Fargate does not offer, so Express Mode cannot create the task definition. With '{{cpu}}' CPU, Fargate allows {{allowed}}.",
            invalidCpu: "Express service '{{service}}' asks for {{cpu}} CPU units, which is not a Fargate task size. Use one of {{cpus}}.",
            halfSet: "Service '{{service}}' sets '{{given}}' but not '{{missing}}', so the other half takes the platform's default, which may not pair with it. Set both, as a pair the platform offers.",
            invalidRunnerPair: "App Runner service '{{service}}' asks for {{cpu}} CPU units with {{memory}} MiB, which is not an App Runner instance size, so App Runner rejects the service. {{allowed}}",
            unverifiable: "Service '{{service}}' takes its CPU or memory from a value decided at deploy time, so the grader cannot check the pair. Write the values, or give their parameters a Default.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        const base = s.design === 'express' ? [] : ['InstanceConfiguration'];
        const cpuRaw = (0,cloudformation/* get */.Jt)(svc.props, [...base, 'Cpu']);
        const memRaw = (0,cloudformation/* get */.Jt)(svc.props, [...base, 'Memory']);
        const cpu = read(t, cpuRaw, fargate_sizes/* parseCpu */.Oh);
        const mem = read(t, memRaw, fargate_sizes/* parseMemory */.Pw);
        const at = (0,express_mode_model/* existingPath */.Jf)(svc, base);
        if (cpu.state === 'absent' && mem.state === 'absent')
            return; // the platform's default pair is valid
        if (cpu.state === 'unknown' || mem.state === 'unknown') {
            ctx.report('unverifiable', { service: svc.name }, at);
            return;
        }
        for (const [r, property] of [
            [cpu, 'Cpu'],
            [mem, 'Memory'],
        ])
            if (r.state === 'bad') {
                ctx.report('notNumber', { service: svc.name, property, value: r.text }, (0,express_mode_model/* propPath */.Dy)(svc, ...base, property));
                return;
            }
        if (cpu.state !== 'ok' || mem.state !== 'ok') {
            const cpuSet = cpu.state === 'ok';
            ctx.report('halfSet', { service: svc.name, given: cpuSet ? 'Cpu' : 'Memory', missing: cpuSet ? 'Memory' : 'Cpu' }, at);
            return;
        }
        if (s.design === 'express') {
            const size = (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value);
            if (!size)
                ctx.report('invalidCpu', { service: svc.name, cpu: cpu.value, cpus: (0,fargate_sizes/* describeCpus */.P4)() }, (0,express_mode_model/* propPath */.Dy)(svc, 'Cpu'));
            else if (!(0,fargate_sizes/* isValidPair */.J_)(cpu.value, mem.value))
                ctx.report('invalidPair', { service: svc.name, cpu: cpu.value, memory: mem.value, allowed: (0,fargate_sizes/* describeMemory */.$s)(size) }, (0,express_mode_model/* propPath */.Dy)(svc, 'Memory'));
            return;
        }
        if (!isAppRunnerPair(cpu.value, mem.value)) {
            const size = APP_RUNNER_SIZES.find((x) => x.cpu === cpu.value);
            const allowed = size
                ? `With '${cpu.value}' CPU, App Runner allows ${size.memory.map((m) => `'${m}'`).join(' or ')} MiB.`
                : `App Runner's CPU sizes are ${APP_RUNNER_SIZES.map((x) => `'${x.cpu}'`).join(', ')}.`;
            ctx.report('invalidRunnerPair', { service: svc.name, cpu: cpu.value, memory: mem.value, allowed }, (0,express_mode_model/* propPath */.Dy)(svc, 'InstanceConfiguration'));
        }
    },
}));

// EXTERNAL MODULE: ./graders/rules/lib/iam.ts
var iam = __webpack_require__(492);
;// CONCATENATED MODULE: ./graders/rules/express-mode/ecr-image.ts
// EXP003: the service runs an image from a private Amazon ECR repository of this account, pinned to a version. The
// URI may be written out, built with Sub from 'AWS::AccountId' and 'AWS::Region', or from a repository's
// 'RepositoryUri' ('!Sub "${Repository.RepositoryUri}:1.0.0"'); a parameter is read through its Default. Express
// Mode pulls the image with the execution role; App Runner with the access role, and only for 'ImageRepositoryType:
// ECR' (ECR Public images need no role and are not this account's). 'latest', or no tag at all, can change between
// two tasks of one revision, and a rollback would not go back.





const ECR_REPOSITORY = 'AWS::ECR::Repository';
const ecr_image_DIGEST = /^sha256:[0-9a-f]{64}$/;
/**
 * The image URI as text, with pseudo parameters and repository URIs filled in by example values, so its shape can
 * be judged; a reference the template does not fix stays as '${Name}'. Undefined when it cannot be read.
 */
function imageText(t, v) {
    const text = (0,iam/* resolveText */.WY)(t, v);
    if (text === undefined)
        return undefined;
    return text.replace(/\$\{([A-Za-z0-9:]+)(?:\.([A-Za-z0-9.]+))?\}/g, (whole, ref, attr) => {
        if (ref === 'AWS::AccountId')
            return '123456789012';
        if (ref === 'AWS::Region')
            return 'us-east-1';
        if (ref === 'AWS::URLSuffix')
            return 'amazonaws.com';
        const r = (0,cloudformation/* resource */.Zc)(t, ref);
        if (r?.resource.Type === ECR_REPOSITORY && attr === 'RepositoryUri')
            return '123456789012.dkr.ecr.us-east-1.amazonaws.com/repository';
        return whole;
    });
}
/** What is wrong with an image URI, or undefined when it is a pinned private ECR image. */
function judgeImage(text) {
    if (text === undefined)
        return 'unverifiable';
    const s = text.trim();
    if (/^public\.ecr\.aws\//.test(s))
        return 'publicEcr';
    if (!task_definition/* PRIVATE_ECR_IMAGE */.D6.test(s))
        return s.startsWith('${') ? 'unverifiable' : 'notEcr';
    const name = s.slice(s.indexOf('/') + 1);
    const at = name.indexOf('@');
    if (at >= 0)
        return ecr_image_DIGEST.test(name.slice(at + 1)) ? undefined : 'badDigest';
    const colon = name.lastIndexOf(':');
    if (colon < 0)
        return 'untagged';
    const tag = name.slice(colon + 1);
    if (tag.includes('${'))
        return 'unverifiable';
    return tag === 'latest' ? 'latest' : undefined;
}
/* harmony default export */ const express_mode_ecr_image = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP003',
        name: 'ecr-image',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run a pinned image from this account’s Amazon ECR',
        description: "The service's image ('PrimaryContainer.Image', or App Runner's 'ImageIdentifier' with 'ImageRepositoryType: ECR') is a private Amazon ECR URI of this account, pinned by a tag other than 'latest' or by a digest.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/docker-pull-ecr-image.html',
        evidence: ['DL3007', 'CKV_K8S_14', 'CONTAINER_BUILD_PERF_03'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noImage: "Service '{{service}}' names no image, so there is nothing to run. Name the labs-web image in Lab 05's repository, pinned to a version.",
            notEcr: "Service '{{service}}' runs '{{image}}', which is not in a private Amazon ECR repository, so the image is not scanned, kept or replicated by Lab 05's repository, and pulls may be throttled by the public registry. Push the image to ECR and use its URI.",
            publicEcr: "Service '{{service}}' runs '{{image}}' from ECR Public, which anyone can publish to and which this account does not control. Push the labs-web image to this account's private repository and use its URI.",
            publicRepositoryType: "App Runner service '{{service}}' sets 'ImageRepositoryType: {{type}}', so App Runner pulls from ECR Public rather than this account's private repository. Set 'ImageRepositoryType: ECR' with the private image URI.",
            untagged: "Service '{{service}}' runs '{{image}}' without a tag, so the pull takes 'latest', which can change between two tasks of the same revision. Pin a version tag ('{{image}}:1.0.0') or a digest.",
            latest: "Service '{{service}}' runs '{{image}}' with the 'latest' tag, which can change between two tasks of the same revision, and a rollback would not go back. Pin a version tag such as '1.0.0' or a digest.",
            badDigest: "Service '{{service}}' runs '{{image}}', whose digest is not 'sha256:' followed by 64 hexadecimal characters, so the pull fails. Copy the digest exactly as ECR shows it.",
            unverifiable: "Service '{{service}}' takes its image from a value decided at deploy time, so the grader cannot check where it comes from or that it is pinned. Give the parameter a Default such as '123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web:1.0.0', or build the URI with Sub.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        const keys = s.design === 'express'
            ? ['PrimaryContainer', 'Image']
            : ['SourceConfiguration', 'ImageRepository', 'ImageIdentifier'];
        const raw = (0,cloudformation/* get */.Jt)(svc.props, keys);
        if (raw === undefined || raw === null || raw === '') {
            ctx.report('noImage', { service: svc.name }, (0,express_mode_model/* existingPath */.Jf)(svc, keys.slice(0, -1)));
            return;
        }
        if (s.design === 'apprunner') {
            const type = (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(svc.props, ['SourceConfiguration', 'ImageRepository', 'ImageRepositoryType']));
            if (type !== undefined && type !== 'ECR') {
                ctx.report('publicRepositoryType', { service: svc.name, type }, (0,express_mode_model/* propPath */.Dy)(svc, 'SourceConfiguration', 'ImageRepository', 'ImageRepositoryType'));
                return;
            }
        }
        const text = (0,cloudformation/* isRecord */.u4)(raw) || typeof raw === 'string' ? imageText(t, raw) : undefined;
        const problem = judgeImage(text);
        if (problem)
            ctx.report(problem, { service: svc.name, image: text ?? '' }, (0,express_mode_model/* propPath */.Dy)(svc, ...keys));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/actions.ts
// Helper module (exports no rule): the IAM action names the IAM rules judge, each table with its source.
/**
 * Actions that support no resource-level permissions, so `Resource: '*'` is the only way to grant them. Source:
 * the Service Authorization Reference, where these actions list no resource type:
 * - ecr:GetAuthorizationToken:
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html
 * - ssmmessages:* (the four channels ECS Exec opens):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonmessagegatewayservice.html
 * - xray:PutTraceSegments, PutTelemetryRecords, GetSamplingRules, GetSamplingTargets (the X-Ray daemon's calls):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsx-ray.html
 * - cloudwatch:PutMetricData (scoped by the cloudwatch:namespace condition key instead):
 *   https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazoncloudwatch.html
 * - logs:DescribeLogGroups, which the ECS Exec guide grants on '*' for session logging:
 *   https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html
 */
const NO_RESOURCE_LEVEL = [
    'ecr:GetAuthorizationToken',
    'ssmmessages:CreateControlChannel',
    'ssmmessages:CreateDataChannel',
    'ssmmessages:OpenControlChannel',
    'ssmmessages:OpenDataChannel',
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
    'cloudwatch:PutMetricData',
    'logs:DescribeLogGroups',
];
/** The channels ECS Exec opens from the task; the task role must allow all four. */
const ECS_EXEC_ACTIONS = [
    'ssmmessages:CreateControlChannel',
    'ssmmessages:CreateDataChannel',
    'ssmmessages:OpenControlChannel',
    'ssmmessages:OpenDataChannel',
];
/**
 * What ECS itself does with the task execution role: pull the image from Amazon ECR, send awslogs output to
 * CloudWatch Logs, and read the containers' secrets (decrypting them with a customer managed key). Source: "Amazon
 * ECS task execution IAM role", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html
 */
const IMAGE_PULL_ACTIONS = [
    'ecr:GetAuthorizationToken',
    'ecr:BatchCheckLayerAvailability',
    'ecr:GetDownloadUrlForLayer',
    'ecr:BatchGetImage',
];
const LOG_ACTIONS = ['logs:CreateLogStream', 'logs:PutLogEvents', 'logs:CreateLogGroup'];
const SECRET_ACTIONS = [
    'secretsmanager:GetSecretValue',
    'ssm:GetParameters',
    'ssm:GetParameter',
    'kms:Decrypt',
];
const EXECUTION_ACTIONS = [
    ...IMAGE_PULL_ACTIONS,
    ...LOG_ACTIONS,
    ...SECRET_ACTIONS,
];
/** The AWS managed policy for the execution role, which holds only the pull and log actions. */
const EXECUTION_MANAGED_POLICY = 'AmazonECSTaskExecutionRolePolicy';
/** AWS managed policies that grant whole services or everything (AwsSolutions-IAM4 flags every managed policy). */
function isFullAccessPolicy(name) {
    return /^(AdministratorAccess|PowerUserAccess)$/i.test(name) || /FullAccess(-v\d+)?$/i.test(name);
}
/**
 * Read-only action families, by the verb an action name starts with ('s3:Get*', 'dynamodb:Describe*'): a wildcard
 * over these grants reads only. IAM's access levels name these verbs:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_understand-policy-summary-access-level-summaries.html
 */
const READ_VERBS = /^(Get|List|Describe|BatchGet|Head|View|Lookup)[A-Za-z]*[*?]/;
/** How far an action pattern reaches: no wildcard, every service, every write of one service, or reads only. */
function wildcardKind(action) {
    if (!/[*?]/.test(action))
        return 'none';
    const colon = action.indexOf(':');
    if (colon <= 0)
        return 'all';
    const service = action.slice(0, colon);
    const name = action.slice(colon + 1);
    if (/[*?]/.test(service))
        return 'all';
    return READ_VERBS.test(name) ? 'read' : 'service';
}
function sameAction(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function isOneOf(action, list) {
    return list.some((x) => sameAction(x, action));
}

;// CONCATENATED MODULE: ./graders/rules/express-mode/separate-roles.ts
// EXP004: each party gets its own role, trusted by the right AWS service and holding only its own permissions.
// Express Mode: the execution role (ECS pulls the image and writes logs with it; ecs-tasks.amazonaws.com), the
// infrastructure role (ECS creates the load balancer, security groups, certificate and scaling with it;
// ecs.amazonaws.com, with the AWS managed policy AmazonECSInfrastructureRoleforExpressGatewayServices) and the task
// role (the app's own AWS identity; ecs-tasks.amazonaws.com). App Runner: the access role (App Runner pulls the
// image from ECR; build.apprunner.amazonaws.com) and the instance role (the app; tasks.apprunner.amazonaws.com).
// The app's role must not be able to pull images: that is the platform's job, and a shared role hands the app the
// registry (and, in Express Mode, the power to create load balancers).
//
// Sources: "Amazon ECS infrastructure IAM role",
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html; "Amazon ECS task
// execution IAM role", https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html;
// "How App Runner works with IAM", https://docs.aws.amazon.com/apprunner/latest/dg/security_iam_service-with-iam.html;
// AWSAppRunnerServicePolicyForECRAccess in the AWS Managed Policy Reference.






const INFRASTRUCTURE_POLICY = 'AmazonECSInfrastructureRoleforExpressGatewayServices';
const APP_RUNNER_ECR_POLICY = 'AWSAppRunnerServicePolicyForECRAccess';
const TASKS = 'ecs-tasks.amazonaws.com';
const EXPRESS_PARTS = [
    {
        property: ['ExecutionRoleArn'],
        label: 'execution role',
        principal: TASKS,
        app: false,
        pulls: EXECUTION_MANAGED_POLICY,
    },
    {
        property: ['InfrastructureRoleArn'],
        label: 'infrastructure role',
        principal: 'ecs.amazonaws.com',
        app: false,
        managed: INFRASTRUCTURE_POLICY,
    },
    { property: ['TaskRoleArn'], label: 'task role', principal: TASKS, app: true },
];
const APP_RUNNER_PARTS = [
    {
        property: ['SourceConfiguration', 'AuthenticationConfiguration', 'AccessRoleArn'],
        label: 'access role',
        principal: 'build.apprunner.amazonaws.com',
        app: false,
        pulls: APP_RUNNER_ECR_POLICY,
    },
    {
        property: ['InstanceConfiguration', 'InstanceRoleArn'],
        label: 'instance role',
        principal: 'tasks.apprunner.amazonaws.com',
        app: true,
    },
];
/** Where a role can pull images: the AWS managed policies and the statements that allow an image-pull action. */
function pullGrants(t, role) {
    const out = [];
    for (const m of (0,iam/* awsManagedPolicies */.pI)(t, role))
        if (m.name === EXECUTION_MANAGED_POLICY ||
            m.name === APP_RUNNER_ECR_POLICY ||
            m.name === INFRASTRUCTURE_POLICY)
            out.push({ what: `the managed policy '${m.name}'`, path: m.path });
    for (const { policy, s } of (0,iam/* allowsOfRole */.kW)(t, role.name))
        for (const action of s.actions)
            if (IMAGE_PULL_ACTIONS.some((p) => (0,lib_policy/* actionMatches */.GE)(action, p)))
                out.push({ what: `'${action}' in ${s.label} of ${policy.label}`, path: s.path });
    return out;
}
/* harmony default export */ const separate_roles = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP004',
        name: 'separate-roles',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give the platform and the app separate roles, each trusted by the right service',
        description: "Express Mode: the execution, infrastructure and task roles are three roles of this template, trusted by 'ecs-tasks.amazonaws.com', 'ecs.amazonaws.com' (with AmazonECSInfrastructureRoleforExpressGatewayServices) and 'ecs-tasks.amazonaws.com'; App Runner: the access and instance roles are two, trusted by 'build.apprunner.amazonaws.com' and 'tasks.apprunner.amazonaws.com'. The app's role cannot pull images.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/infrastructure_IAM_role.html',
        evidence: ['CKV_AWS_249', 'AwsSolutions-IAM4', 'SEC03-BP02'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            missing: "Service '{{service}}' names no {{label}} ('{{property}}'). {{why}} Add a role of this template and reference it with '!GetAtt <role>.Arn'.",
            byName: "Service '{{service}}' names its {{label}} with '!Ref {{role}}', which gives the role's name, but '{{property}}' takes its ARN. Use '!GetAtt {{role}}.Arn'.",
            external: "Service '{{service}}' takes its {{label}} from {{text}}, so the grader cannot read who may assume it or what it allows. Define the role in this template and reference it with '!GetAtt <role>.Arn'.",
            shared: "Service '{{service}}' uses role '{{role}}' as both its {{first}} and its {{second}}, so one identity holds both jobs' permissions and the app can do what only the platform should. Give each its own role.",
            wrongTrust: "Role '{{role}}', the service's {{label}}, trusts {{trusted}}, but '{{principal}}' must assume it: without that, the service cannot use it. Allow 'sts:AssumeRole' for the service principal '{{principal}}' in its 'AssumeRolePolicyDocument'.",
            noManagedPolicy: "Role '{{role}}', the service's {{label}}, does not attach the AWS managed policy '{{policy}}', which holds what Express Mode needs to create and manage the load balancer, security groups, certificate and scaling. Add \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/{{policy}}'\" to its 'ManagedPolicyArns'.",
            cannotPull: "Role '{{role}}', the service's {{label}}, can neither pull images from Amazon ECR nor attaches '{{policy}}', so the service cannot start. Attach \"!Sub 'arn:${AWS::Partition}:iam::aws:policy/service-role/{{policy}}'\".",
            appCanPull: "Role '{{role}}', the app's {{label}}, holds {{what}}: pulling images (and managing the service) is the platform's job, done with its own role. Remove it from the app's role.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        const parts = s.design === 'express' ? EXPRESS_PARTS : APP_RUNNER_PARTS;
        const seen = new Map();
        const report = ctx.report.bind(ctx);
        for (const part of parts) {
            const property = part.property.join('.');
            const use = (0,express_mode_model/* roleUse */.QX)(t, (0,cloudformation/* get */.Jt)(svc.props, part.property));
            if (!use) {
                const why = part.app
                    ? 'Without it the app runs with no AWS identity of its own, and the day it needs one it is tempting to reuse the platform role.'
                    : 'The service cannot be created without it.';
                report('missing', { service: svc.name, label: part.label, property, why }, (0,express_mode_model/* existingPath */.Jf)(svc, part.property.slice(0, -1)));
                continue;
            }
            const at = (0,express_mode_model/* propPath */.Dy)(svc, ...part.property);
            if (use.kind === 'external') {
                report('external', { service: svc.name, label: part.label, text: use.text }, at);
                continue;
            }
            if (use.kind === 'name') {
                report('byName', { service: svc.name, label: part.label, role: use.role.name, property }, at);
                continue;
            }
            const role = use.role;
            const other = seen.get(role.name);
            if (other) {
                report('shared', { service: svc.name, role: role.name, first: other.label, second: part.label }, at);
                continue;
            }
            seen.set(role.name, part);
            if (!(0,express_mode_model/* trusts */.i9)(t, role, part.principal))
                report('wrongTrust', {
                    role: role.name,
                    label: part.label,
                    trusted: (0,express_mode_model/* trustedPrincipals */.tF)(t, role),
                    principal: part.principal,
                }, [...role.path, 'Properties', 'AssumeRolePolicyDocument']);
            const managed = (0,iam/* awsManagedPolicies */.pI)(t, role).map((m) => m.name);
            if (part.managed && !managed.includes(part.managed))
                report('noManagedPolicy', { role: role.name, label: part.label, policy: part.managed }, [
                    ...role.path,
                    'Properties',
                ]);
            if (part.pulls && !managed.includes(part.pulls) && !(0,iam/* roleAllows */.fG)(t, role.name, 'ecr:BatchGetImage'))
                report('cannotPull', { role: role.name, label: part.label, policy: part.pulls }, [
                    ...role.path,
                    'Properties',
                ]);
            if (part.app)
                for (const g of pullGrants(t, role))
                    report('appCanPull', { role: role.name, label: part.label, what: g.what }, g.path);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/health-check-path.ts
// EXP005: the platform health-checks the app at its health endpoint, exactly '/health'. The app
// (labs/01-production-dockerfile/server.js) compares the whole request URL with '/health', so '/health?probe=1' is a
// 404 there, and '/' is the greeting page, which answers whenever the HTTP server is up. Express Mode: the load
// balancer it creates checks 'HealthCheckPath'. App Runner: 'HealthCheckConfiguration' with 'Protocol: HTTP' and
// 'Path'; App Runner's default is a TCP check, which only proves the port is open.




function whyWrong(p) {
    if (p === '/')
        return "'/' is the greeting page, which answers whenever the HTTP server is up, so a task that cannot serve still looks healthy.";
    if (p.startsWith(`${HEALTH_PATH}?`))
        return `the app compares the whole request URL, query string included, with '${HEALTH_PATH}', so it answers 404 at '${p}' and every check fails.`;
    return `the app answers 404 at '${p}', so every check fails and the service never becomes healthy.`;
}
/* harmony default export */ const health_check_path = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP005',
        name: 'health-check-path',
        target: 'cloudformation',
        severity: 'error',
        title: "Health-check the app at '/health'",
        description: "The Express service's 'HealthCheckPath' is exactly '/health'; an App Runner service has a 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-expressgatewayservice.html',
        evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_AWS_261'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noPath: "Express service '{{service}}' sets no 'HealthCheckPath', so the load balancer Express Mode creates checks a path of its own choosing instead of the app's health endpoint. Set 'HealthCheckPath: /health'.",
            wrongPath: "Service '{{service}}' health-checks '{{path}}': {{why}} Use '/health'.",
            noHealthCheck: "App Runner service '{{service}}' has no 'HealthCheckConfiguration', so App Runner falls back to a TCP check, which passes as soon as the port accepts connections, even when the app cannot serve. Add 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
            tcp: "App Runner service '{{service}}' health-checks over {{protocol}}, which passes as soon as the port accepts connections and never calls '/health'. Set 'Protocol: HTTP' and 'Path: /health'.",
            noRunnerPath: "App Runner service '{{service}}' checks over HTTP but sets no 'Path', so App Runner calls '/', the greeting page, which answers whenever the server is up. Set 'Path: /health'.",
            unverifiable: "Service '{{service}}' takes its health-check path from a value decided at deploy time, so the grader cannot check it. Write '/health', or give the parameter that Default.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        if (s.design === 'express') {
            const raw = svc.props['HealthCheckPath'];
            if (raw === undefined) {
                ctx.report('noPath', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            const path = (0,cloudformation/* literalString */.dc)(t, raw);
            if (path === undefined)
                ctx.report('unverifiable', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckPath'));
            else if (!isHealthPath(path))
                ctx.report('wrongPath', { service: svc.name, path: path.trim(), why: whyWrong(path.trim()) }, (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckPath'));
            return;
        }
        const hc = svc.props['HealthCheckConfiguration'];
        if (!(0,cloudformation/* isRecord */.u4)(hc)) {
            ctx.report('noHealthCheck', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
            return;
        }
        const protocol = hc['Protocol'] === undefined ? 'TCP' : (0,cloudformation/* literalString */.dc)(t, hc['Protocol']);
        const raw = (0,cloudformation/* get */.Jt)(hc, ['Path']);
        const path = raw === undefined ? undefined : (0,cloudformation/* literalString */.dc)(t, raw);
        if (protocol === undefined || (raw !== undefined && path === undefined)) {
            ctx.report('unverifiable', { service: svc.name }, (0,express_mode_model/* existingPath */.Jf)(svc, ['HealthCheckConfiguration']));
            return;
        }
        if (protocol.toUpperCase() !== 'HTTP') {
            ctx.report('tcp', {
                service: svc.name,
                protocol: hc['Protocol'] === undefined ? "TCP (App Runner's default)" : protocol,
            }, hc['Protocol'] === undefined
                ? (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckConfiguration')
                : (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckConfiguration', 'Protocol'));
            return;
        }
        if (path === undefined)
            ctx.report('noRunnerPath', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckConfiguration'));
        else if (!isHealthPath(path))
            ctx.report('wrongPath', { service: svc.name, path: path.trim(), why: whyWrong(path.trim()) }, (0,express_mode_model/* propPath */.Dy)(svc, 'HealthCheckConfiguration', 'Path'));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/scaling-target.ts
// EXP006: the service scales between at least two tasks and a ceiling someone chose, on a metric with a target in
// a sensible range. Express Mode: 'ScalingTarget' ('MinTaskCount', 'MaxTaskCount', and optionally
// 'AutoScalingMetric' and 'AutoScalingTargetValue', which default to average CPU at 60). App Runner:
// 'AutoScalingConfigurationArn' pointing at an 'AWS::AppRunner::AutoScalingConfiguration' of this template
// ('MinSize', 'MaxSize'). Two tasks survive one task failure or one Availability Zone outage; a ceiling caps the
// bill when traffic (or a bug) runs away. The bounds are lab 09's (graders/rules/auto-scaling).
//
// Sources: ExpressGatewayScalingTarget, https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayScalingTarget.html;
// AWS::AppRunner::AutoScalingConfiguration in the CloudFormation Template Reference.





/** App Runner's defaults when a configuration leaves them out (AWS::AppRunner::AutoScalingConfiguration). */
const APP_RUNNER_DEFAULT_MIN = 1;
const APP_RUNNER_DEFAULT_MAX = 25;
function count(t, v) {
    if (v === undefined)
        return { state: 'absent' };
    const n = (0,cloudformation/* literalNumber */.TB)(t, v);
    return n === undefined ? { state: 'unknown' } : { state: 'ok', value: n };
}
/* harmony default export */ const scaling_target = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP006',
        name: 'scaling-target',
        target: 'cloudformation',
        severity: 'error',
        title: `Scale between at least ${MIN_TASKS} tasks and a ceiling, on a sensible target`,
        description: `The Express service's 'ScalingTarget' (or the App Runner service's auto scaling configuration of this template) keeps at least ${MIN_TASKS} tasks, allows more, and caps them at ${MAX_SENSIBLE_TASKS} or fewer; a CPU or memory target lies from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max} percent, a request-count target is positive.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayScalingTarget.html',
        evidence: ['REL10-BP01', 'REL07-BP01'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noScaling: "Express service '{{service}}' has no 'ScalingTarget', so the grader cannot see how many tasks it keeps or how far it may grow. Add 'ScalingTarget' with 'MinTaskCount: 2', a 'MaxTaskCount' such as 6, and the metric to track.",
            noRunnerScaling: "App Runner service '{{service}}' names no auto scaling configuration, so it uses App Runner's default of 1 to 25 instances: one instance is a single point of failure. Add an 'AWS::AppRunner::AutoScalingConfiguration' and set 'AutoScalingConfigurationArn: !GetAtt <configuration>.AutoScalingConfigurationArn'.",
            unresolvedConfiguration: "App Runner service '{{service}}' takes its auto scaling configuration from something other than an 'AWS::AppRunner::AutoScalingConfiguration' of this template, so the grader cannot read its bounds. Define it here and use '!GetAtt <configuration>.AutoScalingConfigurationArn'.",
            minTooLow: `{{what}} lets the service shrink to {{min}}{{defaulted}}: one task failure or one Availability Zone outage then stops the service. Keep at least ${MIN_TASKS}.`,
            noMin: `{{what}} sets no minimum, so nobody chose how few tasks it may keep. Set {{property}} to ${MIN_TASKS} or more.`,
            noMax: '{{what}} sets no maximum, so nobody chose how far it may grow or what it may cost. Set {{property}}.',
            noRoom: '{{what}} allows at most {{max}} task(s) with a minimum of {{min}}, so it cannot scale out under load. Set the maximum above the minimum.',
            maxTooHigh: `{{what}} may run {{max}} tasks: a flood of requests or a runaway bug could start that many, and bill for them. Set the ceiling to the peak you expect plus headroom, at most ${MAX_SENSIBLE_TASKS}.`,
            targetOutOfRange: `{{what}} keeps {{metric}} at {{value}}%: above ${CPU_TARGET_RANGE.max}% leaves no headroom while new tasks start, and below ${CPU_TARGET_RANGE.min}% pays for tasks that mostly idle. Choose a target from ${CPU_TARGET_RANGE.min} to ${CPU_TARGET_RANGE.max}, such as 60.`,
            requestTarget: '{{what}} aims at {{value}} requests per target, which is not a positive number of requests a task can serve. Measure one task and set a target a little below what it sustains.',
            unverifiable: '{{what}} takes a bound or target from a value decided at deploy time, so the grader cannot check it. Write the number, or give the parameter a Default.',
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        let min;
        let max;
        let what;
        let maxProperty;
        let owner;
        let prefix;
        if (s.design === 'express') {
            const target = svc.props['ScalingTarget'];
            if (!(0,cloudformation/* isRecord */.u4)(target)) {
                ctx.report('noScaling', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            what = `The 'ScalingTarget' of Express service '${svc.name}'`;
            owner = svc;
            prefix = ['ScalingTarget'];
            maxProperty = "'MaxTaskCount' (such as 6)";
            min = count(t, target['MinTaskCount']);
            max = count(t, target['MaxTaskCount']);
            const metric = target['AutoScalingMetric'] === undefined
                ? 'AVERAGE_CPU'
                : (0,cloudformation/* literalString */.dc)(t, target['AutoScalingMetric']);
            const rawValue = target['AutoScalingTargetValue'];
            if (metric === undefined || (rawValue !== undefined && !(0,cloudformation/* literal */.eu)(t, rawValue).known)) {
                ctx.report('unverifiable', { what }, (0,express_mode_model/* propPath */.Dy)(svc, 'ScalingTarget'));
                return;
            }
            const value = rawValue === undefined ? undefined : (0,cloudformation/* literalNumber */.TB)(t, rawValue);
            if (value !== undefined) {
                const at = (0,express_mode_model/* propPath */.Dy)(svc, 'ScalingTarget', 'AutoScalingTargetValue');
                if (metric === 'REQUEST_COUNT_PER_TARGET') {
                    if (!(value > 0))
                        ctx.report('requestTarget', { what, value }, at);
                }
                else if (value < CPU_TARGET_RANGE.min || value > CPU_TARGET_RANGE.max)
                    ctx.report('targetOutOfRange', { what, metric: metric === 'AVERAGE_MEMORY' ? 'average memory' : 'average CPU', value }, at);
            }
        }
        else {
            const raw = svc.props['AutoScalingConfigurationArn'];
            if (raw === undefined) {
                ctx.report('noRunnerScaling', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            const config = (0,express_mode_model/* pointsAt */.DY)(t, raw, express_mode_model/* APP_RUNNER_SCALING */.P5, ['AutoScalingConfigurationArn']);
            if (!config) {
                ctx.report('unresolvedConfiguration', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'AutoScalingConfigurationArn'));
                return;
            }
            what = `Auto scaling configuration '${config.name}'`;
            owner = config;
            prefix = [];
            maxProperty = "'MaxSize' (such as 6)";
            min = count(t, config.props['MinSize']);
            max = count(t, config.props['MaxSize']);
        }
        const at = (...rest) => [...owner.path, 'Properties', ...prefix, ...rest];
        if (min.state === 'unknown' || max.state === 'unknown') {
            ctx.report('unverifiable', { what }, at());
            return;
        }
        const minProperty = s.design === 'express' ? "'MinTaskCount'" : "'MinSize'";
        let minValue;
        if (min.state === 'ok')
            minValue = min.value;
        else if (s.design === 'apprunner')
            minValue = APP_RUNNER_DEFAULT_MIN;
        else {
            ctx.report('noMin', { what, property: minProperty }, at());
            minValue = MIN_TASKS;
        }
        if (minValue < MIN_TASKS)
            ctx.report('minTooLow', { what, min: minValue, defaulted: min.state === 'absent' ? " (App Runner's default)" : '' }, at());
        if (max.state === 'absent' && s.design === 'express') {
            ctx.report('noMax', { what, property: maxProperty }, at());
            return;
        }
        const maxValue = max.state === 'ok' ? max.value : APP_RUNNER_DEFAULT_MAX;
        if (maxValue <= minValue && minValue >= MIN_TASKS)
            ctx.report('noRoom', { what, max: maxValue, min: minValue }, at());
        else if (maxValue > MAX_SENSIBLE_TASKS)
            ctx.report('maxTooHigh', { what, max: maxValue }, at());
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/private-network.ts
// EXP007: the service's tasks sit in private subnets, behind security groups that do not admit the internet.
// Express Mode: 'NetworkConfiguration' with 'Subnets' and 'SecurityGroups'; without it, an Express service uses the
// default VPC's subnets and security groups, and default subnets are public. Express Mode creates the Application
// Load Balancer and security groups with minimal ingress itself; the groups the template names are the tasks' own,
// and none of them may admit 0.0.0.0/0 or ::/0. App Runner: outbound traffic leaves through a VPC connector
// ('EgressConfiguration' with 'EgressType: VPC') whose subnets are private and whose security groups are named.
// Subnets are judged as lab 03's SVC004 judges them: subnets of this template by their routes, typed parameters by
// the tier their name or description declares; the grader never claims a count it did not read.
//
// Sources: ExpressGatewayServiceNetworkConfiguration,
// https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayServiceNetworkConfiguration.html;
// "Resources created by Amazon ECS Express Mode services",
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html;
// AWS::AppRunner::VpcConnector in the CloudFormation Template Reference.





/** What is wrong with a list of subnets and a list of security groups, named for messages as `owner`. */
function judgeNetwork(t, owner, subnets, subnetsAt, groups, groupsAt) {
    const out = [];
    const refs = (0,network/* subnetRefs */.mx)(t, subnets, subnetsAt);
    if (refs.length === 0)
        out.push(['noSubnets', { owner }, subnetsAt.slice(0, -1)]);
    for (const ref of oncePerParameter(refs)) {
        const tier = declaredTier(t, ref);
        if (tier === 'public')
            out.push(['publicSubnet', { owner, subnet: describeSubnet(t, ref) }, ref.path]);
        else if (tier === 'unknown')
            out.push(['unverifiableSubnet', { owner, subnet: describeSubnet(t, ref) }, ref.path]);
    }
    const list = Array.isArray(groups) ? groups : groups === undefined ? [] : [groups];
    if (list.length === 0)
        out.push(['noSecurityGroups', { owner }, groupsAt.slice(0, -1)]);
    list.forEach((g, i) => {
        const at = Array.isArray(groups) ? [...groupsAt, i] : groupsAt;
        const sg = (0,network/* securityGroupOf */.FN)(t, g);
        if (sg) {
            for (const rule of (0,network/* ingressRulesOf */.Kt)(t, sg)) {
                const src = (0,network/* sourceOf */.vz)(t, rule.rule);
                if (src.kind === 'cidr' && src.open)
                    out.push(['openIngress', { owner, group: sg, cidr: src.cidr ?? '' }, rule.path]);
            }
            return;
        }
        // A typed parameter: CloudFormation checks that it holds security group ids of the account.
        const id = (0,cloudformation/* targetOf */.$r)(g);
        const p = id === undefined ? undefined : (0,cloudformation/* parameter */.Wi)(t, id);
        const type = (0,cloudformation/* parameterValueType */.t8)(p?.type);
        if (p && type.awsType === 'AWS::EC2::SecurityGroup::Id')
            return;
        out.push(['unverifiableGroup', { owner, group: (0,cloudformation/* literalString */.dc)(t, g) ?? id ?? 'a computed value' }, at]);
    });
    return out;
}
/* harmony default export */ const private_network = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP007',
        name: 'private-network',
        target: 'cloudformation',
        severity: 'error',
        title: 'Place the service in private subnets, behind security groups closed to the internet',
        description: "The Express service's 'NetworkConfiguration' (or the App Runner service's VPC connector) names private subnets and security groups of this stack (or typed parameters) that admit nothing from 0.0.0.0/0 or ::/0.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ExpressGatewayServiceNetworkConfiguration.html',
        evidence: ['SEC05-BP01', 'CKV_AWS_260', 'AwsSolutions-EC23'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noNetwork: "Express service '{{service}}' has no 'NetworkConfiguration', so it runs in the default VPC, whose subnets are public, with its default security group. Add 'NetworkConfiguration' with the private subnets and the tasks' security group.",
            noEgress: "App Runner service '{{service}}' sends outbound traffic straight to the internet ('EgressType' is {{egress}}), outside your VPC, so it cannot reach private resources and its traffic bypasses your network controls. Set 'NetworkConfiguration.EgressConfiguration' to 'EgressType: VPC' with 'VpcConnectorArn: !GetAtt <connector>.VpcConnectorArn'.",
            unresolvedConnector: "App Runner service '{{service}}' names a VPC connector that is not an 'AWS::AppRunner::VpcConnector' of this template, so the grader cannot read its subnets. Define the connector here and use '!GetAtt <connector>.VpcConnectorArn'.",
            noSubnets: '{{owner}} lists no subnets. List the private subnets, one per Availability Zone.',
            publicSubnet: '{{owner}} uses {{subnet}}, which are public (by their route table, or by the name or description the template gives them). Tasks there are one security-group mistake away from the internet. Use the private subnets.',
            unverifiableSubnet: "{{owner}} uses {{subnet}}, and nothing in the template says whether it is private: the grader cannot see its routes. Reference private subnets of this template, or a parameter whose name or description says they are private, such as 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'.",
            noSecurityGroups: "{{owner}} names no security groups, so the template does not say what may reach the tasks. Add a security group of this stack, with no ingress from the internet, and list it in 'SecurityGroups'.",
            openIngress: "{{owner}} uses security group '{{group}}', which admits '{{cidr}}': anyone on the internet can reach the tasks directly, past the load balancer. Remove that rule, so the tasks are reached only through the load balancer Express Mode creates.",
            unverifiableGroup: "{{owner}} uses the security group '{{group}}', which the grader cannot read. Define the group in this template (with no ingress from the internet), or take it from a parameter of type 'AWS::EC2::SecurityGroup::Id'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        let problems;
        if (s.design === 'express') {
            const net = svc.props['NetworkConfiguration'];
            if (!(0,cloudformation/* isRecord */.u4)(net)) {
                ctx.report('noNetwork', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            problems = judgeNetwork(t, `Express service '${svc.name}'`, net['Subnets'], (0,express_mode_model/* propPath */.Dy)(svc, 'NetworkConfiguration', 'Subnets'), net['SecurityGroups'], (0,express_mode_model/* propPath */.Dy)(svc, 'NetworkConfiguration', 'SecurityGroups'));
        }
        else {
            const egress = (0,cloudformation/* get */.Jt)(svc.props, ['NetworkConfiguration', 'EgressConfiguration']);
            const type = (0,cloudformation/* isRecord */.u4)(egress) ? (0,cloudformation/* literalString */.dc)(t, egress['EgressType']) : undefined;
            if (!(0,cloudformation/* isRecord */.u4)(egress) || type !== 'VPC') {
                ctx.report('noEgress', { service: svc.name, egress: type ? `'${type}'` : "'DEFAULT'" }, (0,express_mode_model/* existingPath */.Jf)(svc, ['NetworkConfiguration', 'EgressConfiguration']));
                return;
            }
            const connector = (0,express_mode_model/* pointsAt */.DY)(t, egress['VpcConnectorArn'], express_mode_model/* APP_RUNNER_CONNECTOR */.hh, ['VpcConnectorArn']);
            if (!connector) {
                ctx.report('unresolvedConnector', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'NetworkConfiguration', 'EgressConfiguration'));
                return;
            }
            problems = judgeNetwork(t, `VPC connector '${connector.name}'`, connector.props['Subnets'], [...connector.path, 'Properties', 'Subnets'], connector.props['SecurityGroups'], [...connector.path, 'Properties', 'SecurityGroups']);
        }
        for (const [id, data, at] of problems)
            ctx.report(id, data, at);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/owned-data.ts
// EXP008: what the service stores stays under the stack's control. Express Mode creates a log group for the service
// unless 'PrimaryContainer.AwsLogsConfiguration' names one; naming a log group of this stack, with a retention period,
// means the logs are kept as long as the team decided and deleted with the stack. App Runner has no log setting of
// that kind, but it stores a copy of the source image, encrypted with an AWS owned key unless
// 'EncryptionConfiguration.KmsKey' names a customer managed key, which this stack's key policy then controls.
//
// Sources: "Resources created by Amazon ECS Express Mode services" ("Log group specific to the service"),
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html; AWS::AppRunner::Service
// EncryptionConfiguration in the CloudFormation Template Reference.




/* harmony default export */ const owned_data = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'EXP008',
        name: 'owned-data',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Keep what the service stores under this stack’s control',
        description: "The Express service's container logs to a log group of this template with 'RetentionInDays'; an App Runner service encrypts what it stores with a customer managed KMS key of this template ('EncryptionConfiguration.KmsKey').",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html',
        evidence: ['CKV_AWS_66', 'CKV_AWS_158'],
        messages: {
            ...express_mode_model/* expressMessages */.TS,
            noLogConfiguration: "Express service '{{service}}' sets no 'PrimaryContainer.AwsLogsConfiguration', so its logs go to a log group Express Mode creates, kept for as long as nobody decided. Add a log group with 'RetentionInDays' and name it: 'AwsLogsConfiguration: { LogGroup: !Ref LogGroup, LogStreamPrefix: web }'.",
            foreignLogGroup: "Express service '{{service}}' logs to a log group that is not an 'AWS::Logs::LogGroup' of this template, so the grader cannot see how long its logs are kept. Define the log group here and use 'LogGroup: !Ref <log group>'.",
            noRetention: "Log group '{{group}}', where Express service '{{service}}' logs, has no 'RetentionInDays', so its logs are kept forever and billed forever. Set a retention such as 30 days.",
            noKey: "App Runner service '{{service}}' has no 'EncryptionConfiguration', so App Runner encrypts the stored copy of the image with an AWS owned key that this stack's policies cannot govern. Add a customer managed 'AWS::KMS::Key' and set 'EncryptionConfiguration: { KmsKey: !GetAtt <key>.Arn }'.",
            foreignKey: "App Runner service '{{service}}' encrypts with a key that is not an 'AWS::KMS::Key' of this template, so the grader cannot see who may use it. Define the key here and use 'KmsKey: !GetAtt <key>.Arn'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const s = (0,express_mode_model/* readSubject */.$e)(doc, ctx);
        if (!s)
            return;
        ctx.tally(1);
        const { svc } = s;
        if (s.design === 'express') {
            const logs = (0,cloudformation/* get */.Jt)(svc.props, ['PrimaryContainer', 'AwsLogsConfiguration']);
            if (!(0,cloudformation/* isRecord */.u4)(logs)) {
                ctx.report('noLogConfiguration', { service: svc.name }, (0,cloudformation/* isRecord */.u4)(svc.props['PrimaryContainer']) ? (0,express_mode_model/* propPath */.Dy)(svc, 'PrimaryContainer') : (0,express_mode_model/* propPath */.Dy)(svc));
                return;
            }
            // '!Ref LogGroup', or the name the template gives one of its log groups ('/ecs/${AWS::StackName}').
            const id = (0,cloudformation/* targetOf */.$r)(logs['LogGroup']);
            const named = (0,iam/* resolveText */.WY)(t, logs['LogGroup']);
            const group = (id === undefined ? undefined : (0,cloudformation/* resource */.Zc)(t, id)) ??
                (0,cloudformation/* resources */.ES)(t, express_mode_model/* LOG_GROUP */.Rs).find((g) => named !== undefined && (0,iam/* resolveText */.WY)(t, g.props['LogGroupName']) === named);
            if (!group || group.resource.Type !== express_mode_model/* LOG_GROUP */.Rs) {
                ctx.report('foreignLogGroup', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'PrimaryContainer', 'AwsLogsConfiguration'));
                return;
            }
            if (group.props['RetentionInDays'] === undefined)
                ctx.report('noRetention', { group: group.name, service: svc.name }, [...group.path, 'Properties']);
            return;
        }
        const enc = svc.props['EncryptionConfiguration'];
        if (!(0,cloudformation/* isRecord */.u4)(enc)) {
            ctx.report('noKey', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc));
            return;
        }
        if (!(0,express_mode_model/* pointsAt */.DY)(t, enc['KmsKey'], express_mode_model/* KMS_KEY */.cC, ['Arn']))
            ctx.report('foreignKey', { service: svc.name }, (0,express_mode_model/* propPath */.Dy)(svc, 'EncryptionConfiguration'));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/express-mode/index.ts
// ECS Express Mode rules (prefix EXP) for CloudFormation templates, sorted by id: the service runs the image on the
// app's port, a valid task size, a pinned private ECR image, separate roles for the platform and the app, a health
// check on '/health', bounded scaling, private networking, and data the stack controls. Each rule reads an
// 'AWS::ECS::ExpressGatewayService', or an 'AWS::AppRunner::Service' (App Runner is closed to new customers, but
// existing accounts still run it); model.ts picks the service and reads roles and references.








const expressModeRules = [
    service_port, // EXP001
    task_size, // EXP002
    express_mode_ecr_image, // EXP003
    separate_roles, // EXP004
    health_check_path, // EXP005
    scaling_target, // EXP006
    private_network, // EXP007
    owned_data, // EXP008
];

// EXTERNAL MODULE: ./graders/rules/fargate-capacity/model.ts
var fargate_capacity_model = __webpack_require__(4742);
;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/service-capacity-provider-strategy.ts
// CAP001: each ECS service spreads its tasks over FARGATE and FARGATE_SPOT with a capacity-provider strategy,
// keeping a base of on-demand FARGATE tasks so the service stays up when Spot capacity is reclaimed.



const MAX_WEIGHT = 1000;
const MAX_BASE = 100000;
/* harmony default export */ const service_capacity_provider_strategy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP001',
        name: 'service-capacity-provider-strategy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Mix FARGATE and FARGATE_SPOT with an on-demand base',
        description: "Each ECS service sets a CapacityProviderStrategy that uses both FARGATE and FARGATE_SPOT, with a Base of at least one task on FARGATE and a Weight above zero on FARGATE_SPOT, so most tasks run at Spot prices while a floor of on-demand tasks survives Spot interruptions. It also applies the API's own rules: no LaunchType beside a strategy, and a base on one provider only.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
        evidence: ['ECS API CapacityProviderStrategyItem'],
        messages: {
            noService: "The template has no 'AWS::ECS::Service', so no tasks are placed on any capacity. Add a service that runs the task definition with a 'CapacityProviderStrategy'.",
            missing: "Service '{{service}}' sets no 'CapacityProviderStrategy', so every task runs on on-demand FARGATE (or on whatever the cluster's default happens to be). Add a strategy with 'FARGATE' (Base 1, Weight 1) and 'FARGATE_SPOT' (Weight 3) so most tasks run at Spot prices.",
            launchTypeOnly: "Service '{{service}}' uses 'LaunchType: {{launchType}}', which pins every task to one kind of capacity and cannot use Fargate Spot. Remove 'LaunchType' and add a 'CapacityProviderStrategy' with 'FARGATE' (Base 1) and 'FARGATE_SPOT'.",
            launchTypeAndStrategy: "Service '{{service}}' sets both 'LaunchType' and 'CapacityProviderStrategy'; ECS rejects a service that has both. Remove 'LaunchType': the strategy decides where tasks run.",
            computed: "Service '{{service}}' builds its 'CapacityProviderStrategy' with an intrinsic function, so the grader cannot see which providers it uses. Write the strategy as a literal list of 'CapacityProvider'/'Base'/'Weight' entries.",
            notList: "'CapacityProviderStrategy' of service '{{service}}' must be a list of entries such as '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }'.",
            entryNotObject: "Entry {{index}} of the 'CapacityProviderStrategy' of service '{{service}}' is not an object. Each entry is '{ CapacityProvider: …, Base: …, Weight: … }'.",
            unknownProvider: "Service '{{service}}' names capacity provider {{provider}}, which is not a Fargate provider. On Fargate the providers are 'FARGATE' and 'FARGATE_SPOT' (upper case, with an underscore).",
            ec2Provider: "Service '{{service}}' uses an EC2 Auto Scaling group capacity provider; a strategy may hold Fargate providers or Auto Scaling group providers, not both, and this lab runs on Fargate. Use 'FARGATE' and 'FARGATE_SPOT'.",
            duplicate: "Service '{{service}}' lists capacity provider '{{provider}}' twice. List each provider once; ECS rejects duplicates.",
            badNumber: "'{{field}}' for '{{provider}}' in service '{{service}}' must be a whole number from 0 to {{max}}, but it is {{value}}.",
            twoBases: "Service '{{service}}' gives a 'Base' to more than one provider ({{providers}}); ECS allows a base on one provider only. Keep the base on 'FARGATE' and remove it from the others.",
            noOnDemand: "Service '{{service}}' has no 'FARGATE' entry, so every task runs on Spot and a Spot interruption can stop them all at once. Add '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }'.",
            noSpot: "Service '{{service}}' has no 'FARGATE_SPOT' entry, so it pays on-demand prices for every task. Add '{ CapacityProvider: FARGATE_SPOT, Weight: 3 }' for tasks that can tolerate interruption.",
            noBase: "The 'FARGATE' entry of service '{{service}}' has no 'Base' (or 'Base: 0'), so when Spot capacity is reclaimed no task is guaranteed to keep running. Set 'Base: 1' (or more) on 'FARGATE'.",
            baseOnSpot: "Service '{{service}}' puts its 'Base' on 'FARGATE_SPOT', so its guaranteed minimum can itself be interrupted. Move the base to 'FARGATE'.",
            spotNoWeight: "'FARGATE_SPOT' in service '{{service}}' has 'Weight: 0', so no task ever runs on Spot. Give it a weight, such as 'Weight: 3' to run three Spot tasks for every on-demand task above the base.",
            allZeroWeights: "Every provider in the strategy of service '{{service}}' has weight 0; ECS needs at least one weight above zero to place tasks beyond the base.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service');
        if (services.length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const s of services) {
            let problems = 0;
            const report = (...args) => {
                problems++;
                ctx.report(...args);
            };
            checkService(s, report);
            if (problems > 0)
                failed++;
        }
        ctx.tally(services.length, failed);
        function checkService(s, report) {
            const service = s.name;
            const props = [...s.path, 'Properties'];
            const launchType = (0,cloudformation/* literalString */.dc)(t, s.props['LaunchType']);
            const strategy = (0,fargate_capacity_model/* readStrategy */.C)(t, s.props['CapacityProviderStrategy'], [
                ...props,
                'CapacityProviderStrategy',
            ]);
            if (strategy.kind === 'absent') {
                if (s.props['LaunchType'] !== undefined) {
                    report('launchTypeOnly', { service, launchType: launchType ?? '…' }, [...props, 'LaunchType']);
                }
                else
                    report('missing', { service }, s.path);
                return;
            }
            if (s.props['LaunchType'] !== undefined)
                report('launchTypeAndStrategy', { service }, [...props, 'LaunchType']);
            if (strategy.kind === 'computed')
                return report('computed', { service }, strategy.path);
            if (strategy.kind === 'invalid')
                return report('notList', { service }, strategy.path);
            const seen = new Set();
            const withBase = [];
            let weights = 0;
            for (const item of strategy.items) {
                if (!item.wellFormed) {
                    report('entryNotObject', { service, index: item.index + 1 }, item.path);
                    continue;
                }
                if (item.customProvider) {
                    report('ec2Provider', { service }, [...item.path, 'CapacityProvider']);
                    continue;
                }
                const provider = item.provider;
                if (provider !== fargate_capacity_model/* FARGATE */.Tr && provider !== fargate_capacity_model/* FARGATE_SPOT */.Ui) {
                    report('unknownProvider', { service, provider: provider === undefined ? '(not a literal name)' : `'${provider}'` }, [...item.path, 'CapacityProvider']);
                    continue;
                }
                if (seen.has(provider))
                    report('duplicate', { service, provider }, item.path);
                seen.add(provider);
                const check = (field, value, max) => {
                    if (value === undefined || !Number.isInteger(value) || value < 0 || value > max) {
                        report('badNumber', {
                            service,
                            provider,
                            field,
                            max,
                            value: value === undefined ? 'not a literal number' : `'${value}'`,
                        }, [...item.path, field]);
                        return false;
                    }
                    return true;
                };
                if (check('Base', item.base, MAX_BASE) && (item.base ?? 0) > 0)
                    withBase.push(provider);
                if (check('Weight', item.weight, MAX_WEIGHT))
                    weights += item.weight ?? 0;
            }
            if (withBase.length > 1)
                report('twoBases', { service, providers: withBase.map((p) => `'${p}'`).join(', ') }, strategy.path);
            if (strategy.items.length > 0 && weights === 0 && strategy.items.every((i) => i.weight !== undefined)) {
                report('allZeroWeights', { service }, strategy.path);
            }
            const onDemand = (0,fargate_capacity_model/* itemFor */.bH)(strategy, fargate_capacity_model/* FARGATE */.Tr);
            const spot = (0,fargate_capacity_model/* itemFor */.bH)(strategy, fargate_capacity_model/* FARGATE_SPOT */.Ui);
            if (!onDemand)
                report('noOnDemand', { service }, strategy.path);
            else if (onDemand.base === 0)
                report('noBase', { service }, onDemand.baseWritten ? [...onDemand.path, 'Base'] : onDemand.path);
            if (!spot)
                report('noSpot', { service }, strategy.path);
            else {
                if (spot.weight === 0)
                    report('spotNoWeight', { service }, spot.weightWritten ? [...spot.path, 'Weight'] : spot.path);
                if ((spot.base ?? 0) > 0 && withBase.length === 1)
                    report('baseOnSpot', { service }, [...spot.path, 'Base']);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/cluster-capacity-providers.ts
// CAP002: the cluster has FARGATE and FARGATE_SPOT associated and a default strategy that mixes them (FARGATE with
// a Base of at least 1, FARGATE_SPOT with a Weight), and every provider a service's strategy names is associated
// with the service's cluster (ECS rejects the service otherwise).



/* harmony default export */ const cluster_capacity_providers = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP002',
        name: 'cluster-capacity-providers',
        target: 'cloudformation',
        severity: 'error',
        title: 'Associate FARGATE and FARGATE_SPOT with the cluster',
        description: "The ECS cluster lists FARGATE and FARGATE_SPOT in CapacityProviders (on the cluster or in an AWS::ECS::ClusterCapacityProviderAssociations resource) and sets a DefaultCapacityProviderStrategy that mixes them like the service's (FARGATE with a Base of at least 1, FARGATE_SPOT with a Weight above 0), so tasks started without a strategy of their own are placed the same way; and every provider a service's strategy uses is associated with that service's cluster; a strategy naming an unassociated provider fails when the service is created.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
        evidence: ['ECS API PutClusterCapacityProviders'],
        messages: {
            noCluster: "The template has no 'AWS::ECS::Cluster', so there is no cluster to associate Fargate capacity providers with. Add a cluster with 'CapacityProviders: [FARGATE, FARGATE_SPOT]'.",
            noProviders: "Cluster '{{cluster}}' has no capacity providers associated, so a service strategy that names 'FARGATE_SPOT' is rejected. Add 'CapacityProviders: [FARGATE, FARGATE_SPOT]' to the cluster.",
            missingProvider: "Cluster '{{cluster}}' does not associate {{providers}}, so services in it cannot use {{them}}. Add {{providers}} to the cluster's 'CapacityProviders'.",
            computed: "The capacity providers of cluster '{{cluster}}' are computed with an intrinsic function, so the grader cannot check them. List them literally: 'CapacityProviders: [FARGATE, FARGATE_SPOT]'.",
            noDefault: "Cluster '{{cluster}}' has no 'DefaultCapacityProviderStrategy', so tasks started without a strategy (a one-off 'run-task', a new service) fall back to the EC2 launch type. Add a default such as FARGATE Base 1 Weight 1 and FARGATE_SPOT Weight 3.",
            defaultNotList: "'DefaultCapacityProviderStrategy' of cluster '{{cluster}}' must be a literal list of 'CapacityProvider'/'Base'/'Weight' entries.",
            defaultNotAssociated: "The default strategy of cluster '{{cluster}}' uses '{{provider}}', which is not in the cluster's 'CapacityProviders'; ECS rejects it. Associate '{{provider}}' or remove it from the default.",
            defaultNotMixed: "The default strategy of cluster '{{cluster}}' {{problem}}, so tasks started without a strategy of their own (a one-off 'run-task', a new service) {{consequence}}. Mix both providers as the service does: '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }' and '{ CapacityProvider: FARGATE_SPOT, Weight: 3 }'.",
            defaultNoBase: "The 'FARGATE' entry of the default strategy of cluster '{{cluster}}' has {{base}}, so tasks started without a strategy of their own (a one-off 'run-task', a new service) have no task guaranteed on on-demand capacity, and a Spot interruption can stop all of them at once. Set 'Base: 1' on 'FARGATE' in the default strategy, as in the service.",
            serviceNotAssociated: "Service '{{service}}' uses capacity provider '{{provider}}', but its cluster '{{cluster}}' does not associate it, so creating the service fails. Add '{{provider}}' to the cluster's 'CapacityProviders'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const clusters = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Cluster');
        if (clusters.length === 0) {
            ctx.report('noCluster', {}, ['Resources']);
            return;
        }
        const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service');
        let failed = 0;
        for (const cluster of clusters) {
            let problems = 0;
            const report = (...args) => {
                problems++;
                ctx.report(...args);
            };
            const name = cluster.name;
            const cap = (0,fargate_capacity_model/* clusterCapacity */.$D)(t, cluster);
            if (cap.providers.size === 0 && cap.uncertain)
                report('computed', { cluster: name }, cap.providersPath);
            else if (cap.providers.size === 0)
                report('noProviders', { cluster: name }, cap.providersPath);
            else if (!cap.uncertain) {
                const missing = [fargate_capacity_model/* FARGATE */.Tr, fargate_capacity_model/* FARGATE_SPOT */.Ui].filter((p) => !cap.providers.has(p));
                if (missing.length) {
                    report('missingProvider', { cluster: name, providers: (0,fargate_capacity_model/* quoteList */.JN)(missing), them: missing.length > 1 ? 'them' : 'it' }, cap.providersPath);
                }
            }
            const known = (p) => cap.uncertain || cap.providers.has(p);
            const def = cap.defaultStrategy;
            if (def.kind === 'absent')
                report('noDefault', { cluster: name }, [...cluster.path, 'Properties']);
            else if (def.kind !== 'list')
                report('defaultNotList', { cluster: name }, def.path);
            else if (def.items.length === 0)
                report('noDefault', { cluster: name }, def.path);
            else {
                for (const item of def.items) {
                    if (item.provider && cap.providers.size > 0 && !known(item.provider)) {
                        report('defaultNotAssociated', { cluster: name, provider: item.provider }, [
                            ...item.path,
                            'CapacityProvider',
                        ]);
                    }
                }
                checkMix(name, def, report);
            }
            for (const s of services) {
                if ((0,fargate_capacity_model/* clusterOf */.es)(t, s)?.name !== name || cap.providers.size === 0)
                    continue;
                const strategy = (0,fargate_capacity_model/* readStrategy */.C)(t, s.props['CapacityProviderStrategy'], [
                    ...s.path,
                    'Properties',
                    'CapacityProviderStrategy',
                ]);
                if (strategy.kind !== 'list')
                    continue;
                for (const item of strategy.items) {
                    if (item.provider && !known(item.provider)) {
                        report('serviceNotAssociated', { service: s.name, provider: item.provider, cluster: name }, [
                            ...item.path,
                            'CapacityProvider',
                        ]);
                    }
                }
            }
            if (problems > 0)
                failed++;
        }
        ctx.tally(clusters.length, failed);
        /** The default strategy mixes on-demand and Spot like the service's: FARGATE with a base, FARGATE_SPOT weighted. */
        function checkMix(cluster, def, report) {
            // A provider the grader cannot name (an intrinsic, a custom provider, an entry that is not an object) leaves
            // the mix undecided; CAP002 does not guess.
            if (def.items.some((i) => !i.wellFormed || i.customProvider || i.provider === undefined))
                return;
            const onDemand = (0,fargate_capacity_model/* itemFor */.bH)(def, fargate_capacity_model/* FARGATE */.Tr);
            const spot = (0,fargate_capacity_model/* itemFor */.bH)(def, fargate_capacity_model/* FARGATE_SPOT */.Ui);
            const only = (p) => `uses only '${p}'`;
            if (!spot && !onDemand) {
                const names = (0,fargate_capacity_model/* quoteList */.JN)([...new Set(def.items.map((i) => i.provider))]);
                report('defaultNotMixed', {
                    cluster,
                    problem: `names neither 'FARGATE' nor 'FARGATE_SPOT' (only ${names})`,
                    consequence: 'are not placed on Fargate at all',
                }, def.path);
            }
            else if (!spot) {
                report('defaultNotMixed', { cluster, problem: only(fargate_capacity_model/* FARGATE */.Tr), consequence: 'all run at on-demand prices' }, def.path);
            }
            else if (!onDemand) {
                report('defaultNotMixed', {
                    cluster,
                    problem: only(fargate_capacity_model/* FARGATE_SPOT */.Ui),
                    consequence: 'all run on Spot, with no on-demand task to survive an interruption',
                }, def.path);
            }
            else if (spot.weight === 0) {
                report('defaultNotMixed', {
                    cluster,
                    problem: "gives 'FARGATE_SPOT' 'Weight: 0'",
                    consequence: 'never run on Spot and all pay on-demand prices',
                }, spot.weightWritten ? [...spot.path, 'Weight'] : spot.path);
            }
            if (onDemand && spot && onDemand.base === 0) {
                report('defaultNoBase', { cluster, base: onDemand.baseWritten ? "'Base: 0'" : "no 'Base'" }, onDemand.baseWritten ? [...onDemand.path, 'Base'] : onDemand.path);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/graviton-runtime-platform.ts
// CAP003: Fargate task definitions run on Graviton: RuntimePlatform with CpuArchitecture ARM64 on Linux.



/* harmony default export */ const graviton_runtime_platform = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP003',
        name: 'graviton-runtime-platform',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Run Fargate tasks on Graviton (ARM64)',
        description: 'Each Fargate task definition sets RuntimePlatform with CpuArchitecture ARM64 and OperatingSystemFamily LINUX. Graviton costs about 20% less per vCPU-hour and per GB-hour than x86 on Fargate, and the image must be built for linux/arm64 (or be multi-architecture).',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-arm64.html',
        evidence: ['E3030', 'ECS API RuntimePlatform'],
        messages: {
            noTaskDefinition: "The template has no 'AWS::ECS::TaskDefinition', so there is no task to run on Graviton. Add the task definition the service runs.",
            missing: "Task definition '{{task}}' has no 'RuntimePlatform', so it runs on x86 ('X86_64'), which costs about 20% more than Graviton. Add 'RuntimePlatform: { CpuArchitecture: ARM64, OperatingSystemFamily: LINUX }' and build the image for 'linux/arm64'.",
            notObject: "'RuntimePlatform' of task definition '{{task}}' must be an object such as '{ CpuArchitecture: ARM64, OperatingSystemFamily: LINUX }'.",
            x86: "Task definition '{{task}}' runs on {{arch}}. Switch 'CpuArchitecture' to 'ARM64' to run on Graviton at a lower price, after building the image for 'linux/arm64' (for example 'docker buildx build --platform linux/amd64,linux/arm64').",
            unknownArch: "'CpuArchitecture' of task definition '{{task}}' is {{arch}}; Fargate offers 'X86_64' and 'ARM64'. Use 'ARM64' for Graviton.",
            notLiteral: "'CpuArchitecture' of task definition '{{task}}' is decided at deploy time, so the grader cannot tell whether it is 'ARM64'. Write 'ARM64' (or give the parameter a default of 'ARM64').",
            windows: "Task definition '{{task}}' runs Windows ('{{os}}'); Fargate runs Windows only on x86, so it cannot use Graviton. Run the Linux image with 'OperatingSystemFamily: LINUX' and 'CpuArchitecture: ARM64'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => (0,fargate_capacity_model/* allowsFargate */.ni)(t, td));
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const td of tds) {
            const task = td.name;
            const props = [...td.path, 'Properties'];
            const rp = td.props['RuntimePlatform'];
            const before = failed;
            const report = (id, data, at) => {
                if (failed === before)
                    failed++;
                ctx.report(id, data, at);
            };
            if (rp === undefined) {
                report('missing', { task }, td.path);
                continue;
            }
            if (!(0,cloudformation/* isRecord */.u4)(rp)) {
                report('notObject', { task }, [...props, 'RuntimePlatform']);
                continue;
            }
            const os = (0,cloudformation/* literalString */.dc)(t, rp['OperatingSystemFamily']);
            if (os && os.toUpperCase().startsWith('WINDOWS')) {
                report('windows', { task, os }, [...props, 'RuntimePlatform', 'OperatingSystemFamily']);
                continue;
            }
            const rawArch = rp['CpuArchitecture'];
            const arch = (0,cloudformation/* literalString */.dc)(t, rawArch);
            const at = rawArch === undefined
                ? [...props, 'RuntimePlatform']
                : [...props, 'RuntimePlatform', 'CpuArchitecture'];
            if (rawArch === undefined)
                report('x86', { task, arch: "x86 (no 'CpuArchitecture' means 'X86_64')" }, at);
            else if (arch === undefined)
                report('notLiteral', { task }, at);
            else if (arch.toUpperCase() === 'X86_64')
                report('x86', { task, arch: `'${arch}'` }, at);
            else if (arch !== 'ARM64')
                report('unknownArch', { task, arch: `'${arch}'` }, at);
        }
        ctx.tally(tds.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/fargate-task-size.ts
// CAP004: a Fargate task definition in a template sets Cpu and Memory, and the pair is a size Fargate offers
// (the template-side twin of TDF001; cfn-lint E3047/E3048 check the same, and the cost estimate needs it).




/* harmony default export */ const fargate_task_size = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP004',
        name: 'fargate-task-size',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give the Fargate task a valid CPU and memory pair',
        description: "Each Fargate task definition in the template sets task-level Cpu and Memory, and the pair is one of the sizes Fargate offers. Fargate bills the task's size, not what the app uses, so the size is also the cost.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
        evidence: ['E3047', 'E3048'],
        messages: {
            noTaskDefinition: "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no task size to check. Add the task definition the service runs, with 'RequiresCompatibilities: [FARGATE]'.",
            missingCpu: "Task definition '{{task}}' has no 'Cpu', which Fargate requires. Add a task-level 'Cpu' such as '512' (.5 vCPU).",
            missingMemory: "Task definition '{{task}}' has no 'Memory', which Fargate requires. Add a task-level 'Memory' such as {{suggestion}}.",
            notLiteral: "'{{field}}' of task definition '{{task}}' is decided at deploy time, so neither the grader nor the cost estimate can read it. Write the value (for example '512'), or give the parameter a 'Default'.",
            unreadable: "'{{field}}' of task definition '{{task}}' is {{what}}, which ECS cannot read as a size. Write {{form}}.",
            unsupportedCpu: "Task 'Cpu' '{{cpu}}' in '{{task}}' is not a Fargate size. Fargate offers {{cpus}} CPU units (1024 = 1 vCPU); the nearest is '{{nearest}}'.",
            invalidPair: "Fargate has no size with 'Cpu' '{{cpu}}' ({{vcpu}} vCPU) and 'Memory' '{{memory}}' MiB, so task definition '{{task}}' cannot run. With {{vcpu}} vCPU choose memory {{allowed}}, for example '{{nearestMemory}}'{{alternative}}.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => (0,fargate_capacity_model/* allowsFargate */.ni)(t, td));
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const td of tds) {
            const task = td.name;
            const props = [...td.path, 'Properties'];
            let problems = 0;
            const report = (...args) => {
                problems++;
                ctx.report(...args);
            };
            const read = (field) => {
                const raw = td.props[field];
                if (raw === undefined)
                    return { state: 'missing' };
                const r = (0,cloudformation/* literal */.eu)(t, raw);
                if (!r.known) {
                    report('notLiteral', { field, task }, [...props, field]);
                    return { state: 'unknown' };
                }
                const parsed = field === 'Cpu' ? (0,fargate_sizes/* parseCpu */.Oh)(r.value) : (0,fargate_sizes/* parseMemory */.Pw)(r.value);
                if (!parsed.ok) {
                    report('unreadable', {
                        field,
                        task,
                        what: `'${(0,fargate_capacity_model/* asText */.e1)(r.value)}'`,
                        form: field === 'Cpu' ? "CPU units ('512') or vCPUs ('.5 vCPU')" : "MiB ('1024') or GB ('1 GB')",
                    }, [...props, field]);
                    return { state: 'unknown' };
                }
                return { state: 'ok', value: parsed.value };
            };
            const cpu = read('Cpu');
            const memory = read('Memory');
            if (cpu.state === 'missing')
                report('missingCpu', { task }, props);
            if (memory.state === 'missing') {
                const size = cpu.state === 'ok' ? (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value) : undefined;
                report('missingMemory', { task, suggestion: size ? (0,fargate_sizes/* describeMemory */.$s)(size) : "'1024' (1 GB)" }, props);
            }
            if (cpu.state === 'ok') {
                const size = (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value);
                if (!size) {
                    report('unsupportedCpu', { task, cpu: cpu.value, cpus: (0,fargate_sizes/* describeCpus */.P4)(), nearest: (0,fargate_sizes/* nearestCpu */.P1)(cpu.value).cpu }, [...props, 'Cpu']);
                }
                else if (memory.state === 'ok' && !size.memory.includes(memory.value)) {
                    const alt = (0,fargate_sizes/* cpusForMemory */.Ol)(memory.value)[0];
                    report('invalidPair', {
                        task,
                        cpu: cpu.value,
                        vcpu: size.vcpu,
                        memory: memory.value,
                        allowed: (0,fargate_sizes/* describeMemory */.$s)(size),
                        nearestMemory: (0,fargate_sizes/* nearestMemory */.s_)(size, memory.value),
                        alternative: alt
                            ? `, or keep '${memory.value}' MiB with 'Cpu' '${alt.cpu}' (${alt.vcpu} vCPU)`
                            : '',
                    }, [...props, 'Memory']);
                }
            }
            if (problems > 0)
                failed++;
        }
        ctx.tally(tds.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/ephemeral-storage.ts
// CAP005: each Fargate task definition decides its ephemeral storage on purpose: EphemeralStorage.SizeInGiB
// within Fargate's 21–200 GiB, or a written decision to keep the included 20 GiB (Metadata.EphemeralStorage).



const MIN_GIB = 21;
const MAX_GIB = 200;
/** A decision is a sentence, not a placeholder: at least this many words. */
const MIN_DECISION_WORDS = 4;
/* harmony default export */ const ephemeral_storage = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP005',
        name: 'ephemeral-storage',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Size ephemeral storage deliberately',
        description: "Each Fargate task definition either sets EphemeralStorage.SizeInGiB within the 21–200 GiB Fargate accepts (storage above the included 20 GiB is billed per GB-hour, and the image counts against it), or records in the task definition's Metadata.EphemeralStorage why the included 20 GiB is enough. cfn-lint does not check the range.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-task-storage.html',
        evidence: ['ECS API EphemeralStorage'],
        messages: {
            noTaskDefinition: "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no storage decision to check. Add the task definition the service runs.",
            undecided: "Task definition '{{task}}' says nothing about ephemeral storage, so it gets the default 20 GiB whether or not the image and scratch files fit. Either set 'EphemeralStorage: { SizeInGiB: 21 }' (21–200; each GiB above 20 is billed) or add 'Metadata: { EphemeralStorage: \"<why 20 GiB is enough>\" }' to the task definition.",
            notObject: "'EphemeralStorage' of task definition '{{task}}' must be an object such as '{ SizeInGiB: 30 }'.",
            noSize: "'EphemeralStorage' of task definition '{{task}}' has no 'SizeInGiB'. Set it to a whole number of GiB from 21 to 200.",
            notLiteral: "'SizeInGiB' of task definition '{{task}}' is decided at deploy time, so the grader cannot check it is within 21–200. Write the number, or give the parameter a 'Default'.",
            outOfRange: "'SizeInGiB' of task definition '{{task}}' is '{{size}}', but Fargate accepts a whole number from 21 to 200 GiB (20 GiB is the default you get without the property). {{fix}}",
            thinDecision: "The 'Metadata.EphemeralStorage' note of task definition '{{task}}' is {{what}}; write a sentence saying why the default 20 GiB is enough (image size, scratch files), or set 'EphemeralStorage.SizeInGiB' instead.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => (0,fargate_capacity_model/* allowsFargate */.ni)(t, td));
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const td of tds) {
            const task = td.name;
            const props = [...td.path, 'Properties'];
            const es = td.props['EphemeralStorage'];
            const meta = (0,cloudformation/* isRecord */.u4)(td.resource.Metadata) ? td.resource.Metadata['EphemeralStorage'] : undefined;
            const fail = (...args) => {
                failed++;
                ctx.report(...args);
            };
            if (es === undefined) {
                if (meta === undefined)
                    fail('undecided', { task }, td.path);
                else {
                    const note = typeof meta === 'string' ? meta.trim() : '';
                    const words = note.split(/\s+/).filter(Boolean).length;
                    if (words < MIN_DECISION_WORDS) {
                        fail('thinDecision', { task, what: note === '' ? 'empty or not text' : `only '${note}'` }, [
                            ...td.path,
                            'Metadata',
                            'EphemeralStorage',
                        ]);
                    }
                }
                continue;
            }
            if (!(0,cloudformation/* isRecord */.u4)(es)) {
                fail('notObject', { task }, [...props, 'EphemeralStorage']);
                continue;
            }
            const raw = es['SizeInGiB'];
            if (raw === undefined) {
                fail('noSize', { task }, [...props, 'EphemeralStorage']);
                continue;
            }
            const size = (0,cloudformation/* literalNumber */.TB)(t, raw);
            const at = [...props, 'EphemeralStorage', 'SizeInGiB'];
            if (size === undefined) {
                const s = (0,cloudformation/* literalString */.dc)(t, raw);
                if (s === undefined)
                    fail('notLiteral', { task }, at);
                else
                    fail('outOfRange', { task, size: s, fix: 'Write a whole number such as 30.' }, at);
            }
            else if (!Number.isInteger(size) || size < MIN_GIB || size > MAX_GIB) {
                const fix = size < MIN_GIB
                    ? "To keep the default, remove 'EphemeralStorage' and record the decision in 'Metadata.EphemeralStorage'."
                    : `Use ${MAX_GIB} GiB at most, or mount Amazon EFS for larger data.`;
                fail('outOfRange', { task, size, fix: Number.isInteger(size) ? fix : 'Use a whole number of GiB.' }, at);
            }
        }
        ctx.tally(tds.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/spot-safe-stop-timeout.ts
// CAP006: every container of a Fargate task sets StopTimeout (at most 120 s on Fargate), so a task stopped by
// a Spot interruption or a deployment gets a known grace period between SIGTERM and SIGKILL, and the command
// does not hide the app behind a shell that never passes SIGTERM on. Fargate Spot's two-minute warning IS the
// SIGTERM, sent together with an EventBridge task state change event; there is no earlier signal to the task
// (https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html).



/** Fargate's ceiling for StopTimeout; also the time between a Spot interruption's SIGTERM and the task's end. */
const MAX_STOP_TIMEOUT = 120;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
/** `["sh", "-c", "a && b"]`: a shell that must stay PID 1 because it runs more than one command. */
function shellScript(t, v) {
    const r = (0,cloudformation/* literal */.eu)(t, v);
    if (!r.known || !Array.isArray(r.value) || r.value.length < 3)
        return undefined;
    const [bin, flag, script] = r.value;
    if (typeof bin !== 'string' || typeof script !== 'string' || flag !== '-c')
        return undefined;
    if (!SHELLS.has(bin.split('/').pop() ?? ''))
        return undefined;
    const s = script.trim();
    if (/^exec\s/.test(s))
        return undefined;
    return /&&|\|\||;|\|/.test(s) ? s : undefined;
}
/* harmony default export */ const spot_safe_stop_timeout = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'CAP006',
        name: 'spot-safe-stop-timeout',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Set a Spot-safe StopTimeout on every container',
        description: 'Every container of a Fargate task definition sets StopTimeout to at most 120 seconds. When Fargate Spot reclaims a task, its two-minute warning is the SIGTERM itself, sent to every container together with an EventBridge task state change event; ECS sends SIGKILL StopTimeout seconds later (30 s by default). A deliberate timeout, and an app that is PID 1 and handles SIGTERM, let in-flight requests finish.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
        evidence: ['ECS API ContainerDefinition.stopTimeout'],
        messages: {
            noTaskDefinition: "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no container to check. Add the task definition the service runs.",
            noContainers: "Task definition '{{task}}' has no container objects in 'ContainerDefinitions', so there is nothing to stop gracefully. Add the application container.",
            missing: "Container '{{container}}' in '{{task}}' has no 'StopTimeout', so ECS kills it 30 seconds after SIGTERM whatever it is doing. On Fargate Spot that SIGTERM is the two-minute interruption warning itself, so the default throws away most of the time the app has to finish. Set 'StopTimeout' deliberately, up to 120, for example 'StopTimeout: 90' for an app that drains connections.",
            notLiteral: "'StopTimeout' of container '{{container}}' in '{{task}}' is decided at deploy time, so the grader cannot check it is at most 120. Write the number of seconds.",
            outOfRange: "'StopTimeout' of container '{{container}}' in '{{task}}' is '{{value}}', but Fargate accepts a whole number of seconds up to 120 (a Spot interruption's SIGTERM comes two minutes before the task is stopped). Use a value from 1 to 120, such as 90.",
            shellWrapper: "Container '{{container}}' in '{{task}}' starts through a shell ('{{script}}'), which stays PID 1 and does not pass SIGTERM on, so the app is killed after 'StopTimeout' without a chance to finish. Start the app directly (exec form, as in Lab 01), or begin the script with 'exec'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => (0,fargate_capacity_model/* allowsFargate */.ni)(t, td));
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const td of tds) {
            const task = td.name;
            const containers = (0,fargate_capacity_model/* containersOf */.Mz)(td);
            if (containers.length === 0) {
                checked++;
                failed++;
                ctx.report('noContainers', { task }, [...td.path, 'Properties']);
                continue;
            }
            for (const c of containers) {
                checked++;
                let problems = 0;
                const report = (...args) => {
                    problems++;
                    ctx.report(...args);
                };
                const container = c.label;
                const raw = c.def['StopTimeout'];
                if (raw === undefined)
                    report('missing', { container, task }, c.path);
                else {
                    const value = (0,cloudformation/* literalNumber */.TB)(t, raw);
                    const r = (0,cloudformation/* literal */.eu)(t, raw);
                    if (!r.known)
                        report('notLiteral', { container, task }, [...c.path, 'StopTimeout']);
                    else if (value === undefined || !Number.isInteger(value) || value < 1 || value > MAX_STOP_TIMEOUT) {
                        report('outOfRange', { container, task, value: (0,fargate_capacity_model/* asText */.e1)(r.value) }, [...c.path, 'StopTimeout']);
                    }
                }
                for (const field of ['EntryPoint', 'Command']) {
                    const script = shellScript(t, c.def[field]);
                    if (script) {
                        report('shellWrapper', { container, task, script: script.length > 60 ? `${script.slice(0, 57)}…` : script }, [...c.path, field]);
                        break;
                    }
                }
                if (problems > 0)
                    failed++;
            }
        }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/index.ts
// Fargate capacity and cost rules (prefix CAP) for CloudFormation templates, sorted by id. Each file holds one
// rule; the meta-test keeps this list complete. prices.ts (the price table), estimate.ts (the monthly cost
// estimate) and model.ts (template readers) are data and helper modules, not rules.






const fargateCapacityRules = [
    service_capacity_provider_strategy, // CAP001
    cluster_capacity_providers, // CAP002
    graviton_runtime_platform, // CAP003
    fargate_task_size, // CAP004
    ephemeral_storage, // CAP005
    spot_safe_stop_timeout, // CAP006
];

;// CONCATENATED MODULE: ./graders/rules/iam/model.ts



const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const SERVICE = 'AWS::ECS::Service';
const model_CLUSTER = 'AWS::ECS::Cluster';


function roleRef(t, v) {
    if (v === undefined || v === null)
        return undefined;
    const id = (0,cloudformation/* targetOf */.$r)(v);
    if (id && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === iam/* ROLE */.z7)
        return { id, text: undefined };
    return { id: undefined, text: (0,iam/* resolveText */.WY)(t, v) };
}
function sameRole(a, b) {
    if (a.id !== undefined || b.id !== undefined)
        return a.id === b.id;
    return a.text !== undefined && a.text === b.text;
}
function taskDefinitions(t) {
    return (0,cloudformation/* resources */.ES)(t, TASK_DEFINITION);
}
/** The role resource of this template a task definition names by one of its role properties. */
function roleOfTask(t, td, prop) {
    return roleRef(t, td.props[prop])?.id;
}
// ---------------------------------------------------------------------------------------------
// ARNs.
/**
 * Whether a Resource entry covers every resource of a service or of a resource type: '*', 'arn:*',
 * 'arn:aws:s3:::*', or a whole type such as 'secret:*', 'key/*' or 'parameter/*'. A placeholder (a reference) is
 * never broad: it names one resource of the stack.
 */
function isBroadResource(text) {
    if (text === '*')
        return true;
    if (!text.startsWith('arn:'))
        return false;
    const parts = arnParts(text);
    if (parts.length < 6)
        return text.includes('*');
    const service = parts[2] ?? '';
    if (service.includes('*'))
        return true;
    const rest = parts.slice(5).join(':');
    if (rest === '' || rest === '*')
        return true;
    return service !== 's3' && /^[A-Za-z0-9-]+[/:]\*$/.test(rest);
}
/**
 * An ARN's colon-separated fields, with placeholders kept whole: '${AWS::Region}' holds colons of its own, so it
 * is masked while splitting ('${AWS::AccountId}' comes back as '${AWS::AccountId}').
 */
function arnParts(text) {
    const MASK = '\u0000';
    const masked = text.replace(/\$\{[^}]*\}/g, (m) => m.replaceAll(':', MASK));
    return masked.split(':').map((p) => p.replaceAll(MASK, ':'));
}
/**
 * The logical ids a Resource entry refers to: references inside its intrinsics, and `${Name}` placeholders left in
 * text (a policy written as a Sub of JSON text resolves to text that still names them).
 */
function refsOf(raw, text) {
    const out = new Set((0,cloudformation/* referencesIn */.ii)(raw));
    for (const m of (text ?? '').matchAll(/\$\{([A-Za-z0-9]+)(?:\.[A-Za-z0-9.]+)?\}/g))
        out.add(m[1]);
    return [...out];
}


;// CONCATENATED MODULE: ./graders/rules/iam/task-role-separation.ts
// IAM001: the application's task role and the execution role ECS uses are two roles, each with only its own
// permissions. ECS pulls the image, writes awslogs output and reads the containers' secrets with the execution
// role; the code in the container gets the task role. Sharing one role hands the application every secret of the
// task and the registry, and hands ECS the application's data.




/* harmony default export */ const task_role_separation = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM001',
        name: 'task-role-separation',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep the task role and the execution role apart',
        description: "Every task definition names an 'ExecutionRoleArn', and a 'TaskRoleArn' (when it has one) that is a different role; the task role holds none of the image-pull actions only ECS needs, and the execution role holds nothing beyond pulling images, writing logs and reading the task's secrets.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
        evidence: ['CKV_AWS_249', 'AwsSolutions-IAM4'],
        messages: {
            noTaskDefinition: "The template defines no 'AWS::ECS::TaskDefinition', so there are no task roles to check. Add the labs-web task definition (see the lab README).",
            noExecutionRole: "Task definition '{{task}}' has no 'ExecutionRoleArn', so ECS cannot pull a private image, send awslogs output or read secrets for it. Add an execution role that only ECS uses: 'ExecutionRoleArn: !GetAtt ExecutionRole.Arn'.",
            sameRole: "Task definition '{{task}}' uses {{role}} as both 'TaskRoleArn' and 'ExecutionRoleArn', so the application holds everything ECS needs to start it, including every secret the task reads. Create a second role for the application with only the AWS calls its code makes.",
            ecsActionOnTaskRole: "Task role '{{role}}' allows '{{action}}' in {{where}}: ECS does that with the execution role, so the application never needs it. Remove it from the task role.",
            executionPolicyOnTaskRole: "Task role '{{role}}' attaches '{{policy}}', the managed policy for execution roles, so the application can pull any image and write to any log group. Remove it; the execution role already has it.",
            appActionOnExecutionRole: "Execution role '{{role}}' allows '{{action}}' in {{where}}, which ECS never uses to start a task, so it belongs to the application. Move it to the task role and keep the execution role to pulling images, writing logs and reading this task's secrets.",
            managedPolicyOnExecutionRole: "Execution role '{{role}}' attaches the AWS managed policy '{{policy}}', which is for the application, not for ECS. Attach what the application needs to the task role; the execution role needs only '" +
                EXECUTION_MANAGED_POLICY +
                "' or your own pull, log and secret statements.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = taskDefinitions(t);
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const td of tds) {
            const at = [...td.path, 'Properties'];
            const exec = roleRef(t, td.props['ExecutionRoleArn']);
            const task = roleRef(t, td.props['TaskRoleArn']);
            let bad = false;
            if (!exec) {
                bad = true;
                ctx.report('noExecutionRole', { task: td.name }, at);
            }
            if (exec && task && sameRole(exec, task)) {
                ctx.report('sameRole', { task: td.name, role: `'${exec.id ?? exec.text ?? ''}'` }, [
                    ...at,
                    'TaskRoleArn',
                ]);
                failed++;
                continue;
            }
            if (task?.id) {
                for (const { policy, s } of (0,iam/* allowsOfRole */.kW)(t, task.id))
                    for (const action of s.actions)
                        // Log writes are left alone: the task role writes ECS Exec's session logs, and may ship its own.
                        if (isOneOf(action, IMAGE_PULL_ACTIONS)) {
                            bad = true;
                            ctx.report('ecsActionOnTaskRole', { role: task.id, action, where: `${s.label} of ${policy.label}` }, s.path);
                        }
                const role = (0,cloudformation/* resource */.Zc)(t, task.id);
                for (const m of (0,iam/* awsManagedPolicies */.pI)(t, role))
                    if (m.name === EXECUTION_MANAGED_POLICY) {
                        bad = true;
                        ctx.report('executionPolicyOnTaskRole', { role: task.id, policy: m.name }, m.path);
                    }
            }
            if (exec?.id) {
                for (const { policy, s } of (0,iam/* allowsOfRole */.kW)(t, exec.id))
                    for (const action of s.actions)
                        // Wildcards are IAM002's to judge; a named action ECS never uses is the application's.
                        if (wildcardKind(action) === 'none' && !isOneOf(action, EXECUTION_ACTIONS)) {
                            bad = true;
                            ctx.report('appActionOnExecutionRole', { role: exec.id, action, where: `${s.label} of ${policy.label}` }, s.path);
                        }
                const role = (0,cloudformation/* resource */.Zc)(t, exec.id);
                for (const m of (0,iam/* awsManagedPolicies */.pI)(t, role))
                    if (m.name !== EXECUTION_MANAGED_POLICY) {
                        bad = true;
                        ctx.report('managedPolicyOnExecutionRole', { role: exec.id, policy: m.name }, m.path);
                    }
            }
            if (bad)
                failed++;
        }
        ctx.tally(tds.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/wildcard-actions.ts
// IAM002: identity policies name the actions they allow. '*' (or 's3:*', 's3:Put*') grants every action a service
// has, including ones it adds later, so a leaked task credential can delete, overwrite or reconfigure. Wildcards
// over read verbs ('s3:Get*') are left to IAM003, which asks for scoped resources. The pattern is read after
// resolving Sub and Join, so `!Sub '${Svc}:*'` with 'Svc' defaulting to 's3' is 's3:*'.




/* harmony default export */ const wildcard_actions = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM002',
        name: 'wildcard-actions',
        target: 'cloudformation',
        severity: 'error',
        title: 'Allow named actions, not wildcards',
        description: "No Allow statement of an identity policy (inline, 'AWS::IAM::Policy' or 'AWS::IAM::ManagedPolicy') allows '*', a service wildcard such as 's3:*' or a wildcard over write actions such as 's3:Put*', or uses 'NotAction'; no role attaches an AWS managed '…FullAccess', 'PowerUserAccess' or 'AdministratorAccess' policy.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
        evidence: ['IAM.21', 'AwsSolutions-IAM5', 'AwsSolutions-IAM4', 'CKV_AWS_63', 'CKV_AWS_62', 'CKV_AWS_111'],
        messages: {
            allActions: "{{where}} allows '{{action}}', every action of every AWS service, so anyone holding the role's credentials can do anything the account allows. List the actions the task calls, such as 's3:GetObject' and 's3:PutObject'.",
            serviceWildcard: "{{where}} allows '{{action}}', which covers every matching action of '{{service}}', including deletes and configuration changes it may add later. List by name only the '{{service}}' actions the task calls.",
            notAction: "{{where}} combines 'Allow' with 'NotAction', which allows every action except the ones listed, including every action AWS adds later. List the allowed actions under 'Action' instead.",
            fullAccessPolicy: "Role '{{role}}' attaches the AWS managed policy '{{policy}}', which allows every action of a whole service (or of all of them), on every resource. Replace it with a policy that lists the actions the task calls on its own resources.",
            noPolicy: 'The template has no IAM role or policy yet, so there is no permission to judge. Give the application a task role with a policy listing the actions it calls.',
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const policies = (0,iam/* identityPolicies */.V2)(t);
        const roles = (0,cloudformation/* resources */.ES)(t, iam/* ROLE */.z7);
        if (policies.length === 0 && roles.length === 0) {
            ctx.report('noPolicy', {}, ['Resources']);
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const p of policies)
            for (const s of p.statements) {
                if (!s.allow)
                    continue;
                checked++;
                const where = `${s.label} of ${p.label}`;
                let bad = false;
                if (s.st['NotAction'] !== undefined) {
                    bad = true;
                    ctx.report('notAction', { where: wildcard_actions_capitalize(where) }, s.path);
                }
                for (const action of s.actions) {
                    const kind = wildcardKind(action);
                    if (kind === 'all')
                        ctx.report('allActions', { where: wildcard_actions_capitalize(where), action }, s.path);
                    else if (kind === 'service')
                        ctx.report('serviceWildcard', { where: wildcard_actions_capitalize(where), action, service: action.slice(0, action.indexOf(':')) }, s.path);
                    if (kind === 'all' || kind === 'service')
                        bad = true;
                }
                if (bad)
                    failed++;
            }
        for (const role of roles)
            for (const m of (0,iam/* awsManagedPolicies */.pI)(t, role)) {
                checked++;
                if (!isFullAccessPolicy(m.name))
                    continue;
                failed++;
                ctx.report('fullAccessPolicy', { role: role.name, policy: m.name }, m.path);
            }
        ctx.tally(checked, failed);
    },
}));
function wildcard_actions_capitalize(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}

;// CONCATENATED MODULE: ./graders/rules/iam/scoped-resources.ts
// IAM003: Allow statements name the resources they apply to. 'Resource: "*"' (or an ARN covering a whole service
// or resource type, such as 'arn:aws:s3:::*' or 'secret:*') lets the task touch every bucket, table or secret of
// the account. A few actions support no resource-level permissions at all (the Service Authorization Reference
// lists no resource type for them), and for those '*' is the only way to grant them: see NO_RESOURCE_LEVEL.



/* harmony default export */ const scoped_resources = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM003',
        name: 'scoped-resources',
        target: 'cloudformation',
        severity: 'error',
        title: 'Scope every statement to its resources',
        description: "Every Allow statement of an identity policy names its resources: no 'NotResource', and no '*' (or an ARN covering a whole service or resource type) unless every action of the statement is one that supports no resource-level permissions, such as 'ecr:GetAuthorizationToken', the 'ssmmessages' channels of ECS Exec or 'xray:PutTraceSegments'.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
        evidence: ['AwsSolutions-IAM5', 'CKV_AWS_108', 'CKV_AWS_111', 'CKV_AWS_107'],
        messages: {
            broadResource: "{{where}} allows {{actions}} on '{{resource}}', which covers every such resource in the account, not just this stack's. Name the resources, for example '!GetAtt UploadsBucket.Arn' or \"!Sub '${UploadsBucket.Arn}/*'\"; only actions without resource-level permissions, such as 'ecr:GetAuthorizationToken', need '*'.",
            notResource: "{{where}} combines 'Allow' with 'NotResource', which grants its actions on every resource except the ones listed, including resources created later. List the resources under 'Resource' instead.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        let checked = 0;
        let failed = 0;
        for (const p of (0,iam/* identityPolicies */.V2)(t))
            for (const s of p.statements) {
                if (!s.allow)
                    continue;
                checked++;
                const where = `${s.label} of ${p.label}`;
                const Where = where.charAt(0).toUpperCase() + where.slice(1);
                if (s.st['NotResource'] !== undefined) {
                    failed++;
                    ctx.report('notResource', { where: Where }, s.path);
                    continue;
                }
                const broad = s.resources.find(isBroadResource);
                if (broad === undefined)
                    continue;
                const scopable = s.actions.filter((a) => !isOneOf(a, NO_RESOURCE_LEVEL));
                if (scopable.length === 0)
                    continue;
                failed++;
                const shown = scopable.slice(0, 3).map((a) => `'${a}'`);
                const actions = scopable.length > 3 ? `${shown.join(', ')} and ${scopable.length - 3} more` : joinAnd(shown);
                ctx.report('broadResource', { where: Where, actions, resource: broad }, s.path);
            }
        ctx.tally(checked, failed);
    },
}));
function joinAnd(items) {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

;// CONCATENATED MODULE: ./graders/rules/iam/trust-policy.ts
// IAM004: who may assume each role. A trust policy that lets '*' (or a whole account, with no condition) assume a
// role hands its permissions to anyone that account lets call sts:AssumeRole. A role trusted by the service
// principal 'ecs-tasks.amazonaws.com' should also say for whom ECS may assume it: 'aws:SourceAccount' (or
// 'aws:SourceArn') set to this account, the cross-service confused-deputy protection the ECS task role guide
// recommends.



const ECS_TASKS = 'ecs-tasks.amazonaws.com';
const SOURCE_KEYS = ['aws:sourceaccount', 'aws:sourcearn'];
/** Whether a condition value names this stack's account: '${AWS::AccountId}' or a 12-digit account id, no wildcard-only value. */
function namesAccount(text) {
    if (text.trim() === '' || /^[*?]+$/.test(text))
        return false;
    const account = text.startsWith('arn:') ? (arnParts(text)[4] ?? '') : text;
    return account === '${AWS::AccountId}' || /^\d{12}$/.test(account);
}
/** 'arn:aws:iam::<account>:root', the account itself as a principal. */
function isAccountRoot(text) {
    const parts = arnParts(text);
    return parts[0] === 'arn' && parts[2] === 'iam' && parts.slice(5).join(':') === 'root';
}
/* harmony default export */ const trust_policy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM004',
        name: 'trust-policy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Trust only ECS, on behalf of this account',
        description: "No role's trust policy allows the principal '*', uses 'NotPrincipal', or trusts a whole account (its root or its id) without a condition; a role that 'ecs-tasks.amazonaws.com' may assume has an 'aws:SourceAccount' or 'aws:SourceArn' condition naming this account, so ECS assumes it only for this account's tasks.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
        evidence: ['CKV_AWS_60', 'CKV_AWS_61', 'IAM confused deputy prevention'],
        messages: {
            noRole: "The template defines no 'AWS::IAM::Role', so there is no trust policy to check. Add the task and execution roles, each trusting 'ecs-tasks.amazonaws.com'.",
            noTrust: "Role '{{role}}' has no 'AssumeRolePolicyDocument' the grader can read, so nothing says who may assume it. Write the trust policy as an object with an Allow statement for 'ecs-tasks.amazonaws.com'.",
            anyone: "The trust policy of role '{{role}}' ({{where}}) lets the principal '*' assume the role: any AWS identity that can reach it gets its permissions. Trust the service that uses the role, such as 'Service: ecs-tasks.amazonaws.com'.",
            notPrincipal: "The trust policy of role '{{role}}' ({{where}}) combines 'Allow' with 'NotPrincipal', which lets everyone except the listed principals assume the role. Use 'Principal' with the one service that uses it.",
            wholeAccount: "The trust policy of role '{{role}}' ({{where}}) trusts the account '{{principal}}' with no condition, so every user and role in it that is allowed sts:AssumeRole can take this role. Trust 'ecs-tasks.amazonaws.com' instead, or add a condition such as 'aws:PrincipalArn'.",
            noSourceCondition: "The trust policy of role '{{role}}' ({{where}}) lets 'ecs-tasks.amazonaws.com' assume the role with no 'aws:SourceAccount' or 'aws:SourceArn' condition, so nothing ties it to this account's tasks (the confused-deputy problem). Add \"Condition: { StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId } }\".",
            otherAccount: "The trust policy of role '{{role}}' ({{where}}) sets '{{key}}' to '{{value}}', which does not name this account. Use '!Ref AWS::AccountId' (or an ARN such as \"!Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*'\").",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const roles = (0,cloudformation/* resources */.ES)(t, iam/* ROLE */.z7);
        if (roles.length === 0) {
            ctx.report('noRole', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const role of roles) {
            const path = [...role.path, 'Properties', 'AssumeRolePolicyDocument'];
            const statements = (0,iam/* statementsOf */.GX)(t, role.props['AssumeRolePolicyDocument'], path);
            if (statements.length === 0) {
                failed++;
                ctx.report('noTrust', { role: role.name }, role.path);
                continue;
            }
            let bad = false;
            for (const s of statements) {
                if (!s.allow)
                    continue;
                const data = { role: role.name, where: s.label };
                if (s.st['NotPrincipal'] !== undefined) {
                    bad = true;
                    ctx.report('notPrincipal', data, s.path);
                    continue;
                }
                const principal = s.st['Principal'];
                const byKind = (k) => (0,cloudformation/* isRecord */.u4)(principal)
                    ? Object.entries(principal)
                        .filter(([key]) => key.toLowerCase() === k)
                        .flatMap(([, v]) => (0,iam/* texts */.Te)(t, v))
                    : [];
                const aws = byKind('aws');
                if (principal === '*' || aws.includes('*')) {
                    bad = true;
                    ctx.report('anyone', data, s.path);
                    continue;
                }
                const conditions = (0,cloudformation/* isRecord */.u4)(s.st['Condition']) ? s.st['Condition'] : undefined;
                const hasCondition = conditions !== undefined && Object.keys(conditions).length > 0;
                const root = aws.find((p) => isAccountRoot(p) || /^\d{12}$/.test(p) || p === '${AWS::AccountId}');
                if (root !== undefined && !hasCondition) {
                    bad = true;
                    ctx.report('wholeAccount', { ...data, principal: root }, s.path);
                }
                if (!byKind('service').some((p) => p.toLowerCase() === ECS_TASKS))
                    continue;
                // Every operator except the negated ones ('StringNotEquals', 'ArnNotLike') narrows who may assume.
                const sourceValues = [];
                for (const [op, block] of Object.entries(conditions ?? {})) {
                    if (/Not/.test(op) || !(0,cloudformation/* isRecord */.u4)(block))
                        continue;
                    for (const [key, v] of Object.entries(block))
                        if (SOURCE_KEYS.includes(key.toLowerCase()))
                            sourceValues.push({ key, values: (0,iam/* texts */.Te)(t, v) });
                }
                if (sourceValues.length === 0) {
                    bad = true;
                    ctx.report('noSourceCondition', data, s.path);
                    continue;
                }
                for (const { key, values } of sourceValues) {
                    const wrong = values.find((v) => !namesAccount(v));
                    if (wrong !== undefined || values.length === 0) {
                        bad = true;
                        ctx.report('otherAccount', { ...data, key, value: wrong ?? '' }, s.path);
                    }
                }
            }
            if (bad)
                failed++;
        }
        ctx.tally(roles.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/task-secrets.ts
// IAM005: the task's secrets come from Secrets Manager (or Parameter Store), encrypted with this stack's KMS key,
// and the execution role can read those secrets and nothing else. Secrets in plain 'Environment' values show up
// in the console, in DescribeTaskDefinition output and in every copy of the template; an execution role that can
// read '*' hands every secret of the account to whatever task uses it.




const SECRET = 'AWS::SecretsManager::Secret';
const KMS_KEY = 'AWS::KMS::Key';
const READ_SECRET = ['secretsmanager:GetSecretValue', 'ssm:GetParameters', 'ssm:GetParameter'];
const DECRYPT = 'kms:Decrypt';
/** Environment names that hold secrets (ECS.8 looks for AWS keys; passwords and tokens are no better). */
const task_secrets_SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY)/i;
/* harmony default export */ const task_secrets = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM005',
        name: 'task-secrets',
        target: 'cloudformation',
        severity: 'error',
        title: 'Read only this task’s secrets, encrypted with your key',
        description: "Containers take secrets through 'Secrets' (never plain 'Environment' values), each Secrets Manager secret the task reads is encrypted with a customer managed KMS key ('KmsKeyId'), and the execution role allows 'secretsmanager:GetSecretValue' or 'ssm:GetParameters' only on the secrets the containers name, and 'kms:Decrypt' only on a key.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-secrets-manager.html',
        evidence: ['ECS.8', 'CKV_AWS_149', 'AwsSolutions-ECS2', 'W1011'],
        messages: {
            noTaskDefinition: "The template defines no 'AWS::ECS::TaskDefinition', so there are no secrets to check. Add the labs-web task definition (see the lab README).",
            plainSecret: "Container '{{container}}' sets '{{name}}' in 'Environment', so the value is stored in the task definition for anyone who can describe it. Store it in an 'AWS::SecretsManager::Secret' and pass it under 'Secrets' with 'ValueFrom'.",
            noSecrets: "No container of the template takes a secret through 'Secrets', so the database password has nowhere safe to come from. Create an 'AWS::SecretsManager::Secret' and add \"Secrets: [{ Name: DB_PASSWORD, ValueFrom: !Ref DbSecret }]\" to the container.",
            secretWithoutKey: "Secret '{{secret}}' has no 'KmsKeyId', so it is encrypted with the AWS managed key that every role allowed to read secrets can use. Encrypt it with this stack's key: 'KmsKeyId: !Ref SecretsKey'.",
            otherSecret: "Execution role '{{role}}' allows '{{action}}' on '{{resource}}' in {{where}}, which is not a secret this task's containers name in 'Secrets'. Scope it to those secrets, such as '!Ref DbSecret'.",
            anyKey: "Execution role '{{role}}' allows 'kms:Decrypt' on '{{resource}}' in {{where}}, which is not one key. Scope it to the key that encrypts the task's secrets: '!GetAtt SecretsKey.Arn'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tds = taskDefinitions(t);
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let checked = 0;
        let failed = 0;
        const sources = [];
        for (const td of tds)
            for (const c of (0,fargate_capacity_model/* containersOf */.Mz)(td)) {
                checked++;
                let bad = false;
                const env = c.def['Environment'];
                if (Array.isArray(env))
                    env.forEach((e, i) => {
                        if (!(0,cloudformation/* isRecord */.u4)(e))
                            return;
                        const name = (0,cloudformation/* literalString */.dc)(t, e['Name']);
                        const value = (0,cloudformation/* literalString */.dc)(t, e['Value']);
                        if (name && task_secrets_SECRET_NAME.test(name) && value !== undefined && value.trim() !== '') {
                            bad = true;
                            ctx.report('plainSecret', { container: c.label, name }, [...c.path, 'Environment', i]);
                        }
                    });
                if (bad)
                    failed++;
                const secrets = c.def['Secrets'];
                if (Array.isArray(secrets))
                    for (const s of secrets)
                        if ((0,cloudformation/* isRecord */.u4)(s) && s['ValueFrom'] !== undefined)
                            sources.push(s['ValueFrom']);
            }
        if (sources.length === 0) {
            checked++;
            failed++;
            ctx.report('noSecrets', {}, [...tds[0].path, 'Properties', 'ContainerDefinitions']);
        }
        // Each Secrets Manager secret of this stack the task reads is encrypted with a customer managed key.
        const referenced = new Set(sources.flatMap((v) => [...(0,cloudformation/* referencesIn */.ii)(v)]));
        for (const id of referenced) {
            const r = (0,cloudformation/* resource */.Zc)(t, id);
            if (r?.resource.Type !== SECRET)
                continue;
            checked++;
            const key = r.props['KmsKeyId'];
            if (key === undefined) {
                failed++;
                ctx.report('secretWithoutKey', { secret: id }, [...r.path, 'Properties']);
            }
        }
        // The execution role reads those secrets and decrypts with a key, nothing wider.
        const sourceTexts = sources.flatMap((v) => {
            const s = (0,iam/* resolveText */.WY)(t, v);
            return s === undefined ? [] : [s];
        });
        const execRoles = new Set(tds.flatMap((td) => roleOfTask(t, td, 'ExecutionRoleArn') ?? []));
        for (const role of execRoles)
            for (const { policy, s } of (0,iam/* allowsOfRole */.kW)(t, role)) {
                const reads = s.actions.filter((a) => READ_SECRET.some((r) => (0,lib_policy/* actionMatches */.GE)(a, r)));
                const decrypts = s.actions.filter((a) => (0,lib_policy/* actionMatches */.GE)(a, DECRYPT));
                if (reads.length === 0 && decrypts.length === 0)
                    continue;
                checked++;
                const where = `${s.label} of ${policy.label}`;
                let bad = false;
                for (const raw of (0,iam/* valueList */.Q0)(t, s.st['Resource'])) {
                    const text = (0,iam/* resolveText */.WY)(t, raw) ?? '';
                    const refs = refsOf(raw, text);
                    if (reads.length > 0 && !isTaskSecret(text, refs, referenced, sourceTexts)) {
                        // A statement that also decrypts may name the key among its resources.
                        if (decrypts.length > 0 && isKey(t, text, refs))
                            continue;
                        bad = true;
                        ctx.report('otherSecret', { role, action: reads[0], resource: text, where }, s.path);
                    }
                    else if (reads.length === 0 && !isKey(t, text, refs)) {
                        bad = true;
                        ctx.report('anyKey', { role, resource: text, where }, s.path);
                    }
                }
                if (bad)
                    failed++;
            }
        ctx.tally(checked, failed);
    },
}));
/** A resource is one of the task's secrets: it refers to the same secret, or its ARN pattern matches a ValueFrom. */
function isTaskSecret(text, refs, referenced, sourceTexts) {
    if (refs.length > 0 && refs.every((r) => referenced.has(r)))
        return true;
    if (isBroadResource(text) || !/:(secret:|parameter\/)./.test(text))
        return false;
    // A trailing '*' may stand for the six random characters Secrets Manager appends to a secret's name.
    return sourceTexts.some((s) => (0,lib_policy/* actionMatches */.GE)(text, s) || (0,lib_policy/* actionMatches */.GE)(text, s.replace(/(:[^:]*){3}$/, '')));
}
/** A resource is one KMS key: a key of this stack, or a literal key ARN without wildcards. */
function isKey(t, text, refs) {
    if (refs.length === 1 && (0,cloudformation/* resource */.Zc)(t, refs[0])?.resource.Type === KMS_KEY)
        return true;
    const parts = arnParts(text);
    return parts[2] === 'kms' && /^key\/[^*?]+$/.test(parts.slice(5).join(':'));
}

;// CONCATENATED MODULE: ./graders/rules/iam/no-hard-coded-credentials.ts
// IAM006: no AWS access key anywhere in the lab folder: not in the template's 'Environment', not in a '.env',
// not in an app's config.json. A key committed to Git is public the moment the repository is, and it outlives the
// task; a task gets short-lived credentials from its task role instead. Findings point at file and line and never
// repeat the secret: an access key id is shown as its 4-letter prefix and last 4 characters (what the IAM console
// shows), a secret access key not at all.

/** Long-term (AKIA) and temporary (ASIA) access key ids: the prefix and 16 upper-case letters or digits. */
const KEY_ID = /(?<![A-Z0-9])(AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/g;
/** A 40-character secret access key, where a nearby name says that is what it is. */
const SECRET_VALUE = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;
const no_hard_coded_credentials_SECRET_NAME = /secret[_-]?access[_-]?key|aws[_-]?secret/i;
/** How many lines after a secret's name its value may sit (YAML's '- Name: …' then 'Value: …'). */
const NAME_REACH = 2;
/** An access key id as the IAM console shows it: prefix and last four, the middle hidden. */
function maskKeyId(id) {
    return `${id.slice(0, 4)}…${id.slice(-4)}`;
}
/* harmony default export */ const no_hard_coded_credentials = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM006',
        name: 'no-hard-coded-credentials',
        target: 'files',
        severity: 'error',
        title: 'Keep AWS access keys out of the lab',
        description: "No file of the lab folder holds an AWS access key id (starting 'AKIA' or 'ASIA') or a 40-character secret access key next to its name: the task gets short-lived credentials from its task role, and a key in Git is a key anyone can use.",
        docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#bp-workloads-use-roles',
        evidence: ['ECS.8', 'AwsSolutions-ECS2', 'CT.ECS.PR.12'],
        messages: {
            accessKeyId: 'This line holds the AWS access key id {{masked}}. A key in the repository is a key anyone with a copy can use, so deactivate it in the IAM console now (Git history keeps it), delete it here, and let the task role give the container its credentials.',
            secretAccessKey: 'This line holds what looks like an AWS secret access key (a 40-character value next to a secret key name; not repeated here). Deactivate that key in the IAM console now, since Git history keeps it, delete it here, and let the task role give the container its credentials.',
        },
    },
    check(doc, ctx) {
        let failed = 0;
        for (const f of doc.files) {
            let bad = false;
            f.lines.forEach((line, i) => {
                for (const m of line.matchAll(KEY_ID)) {
                    bad = true;
                    ctx.report('accessKeyId', { masked: `'${maskKeyId(m[0])}'` }, {
                        file: f.file,
                        line: i + 1,
                        column: m.index + 1,
                    });
                }
                const secret = SECRET_VALUE.exec(line);
                if (!secret)
                    return;
                const context = f.lines.slice(Math.max(0, i - NAME_REACH), i + 1).join('\n');
                if (!no_hard_coded_credentials_SECRET_NAME.test(context))
                    return;
                bad = true;
                ctx.report('secretAccessKey', {}, { file: f.file, line: i + 1, column: secret.index + 1 });
            });
            if (bad)
                failed++;
        }
        if (doc.files.length === 0)
            ctx.notApplicable('the lab folder holds no text file');
        else
            ctx.tally(doc.files.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/container-hardening.ts
// IAM007: what a compromised process can do inside its container. Security Hub fails a task definition whose
// containers run privileged (ECS.4), with a writable root filesystem (ECS.5) or as root (ECS.20); dropping every
// Linux capability removes the rest of root's kernel powers the process never uses.




/* harmony default export */ const container_hardening = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM007',
        name: 'container-hardening',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run containers read-only, unprivileged, as a non-root user, with no capabilities',
        description: "Every container of every task definition sets 'ReadonlyRootFilesystem: true', does not set 'Privileged: true', names a non-root 'User' (not absent, 'root' or '0'), and drops all Linux capabilities with 'LinuxParameters.Capabilities.Drop: [ALL]'.",
        docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
        evidence: ['ECS.4', 'ECS.5', 'ECS.20', 'CT.ECS.PR.3', 'CT.ECS.PR.6', 'CT.ECS.PR.11', 'CKV_AWS_336'],
        messages: {
            noContainers: 'The template has no container definitions to check. Add the labs-web task definition with its container (see the lab README).',
            privileged: "Container '{{container}}' sets 'Privileged: true', which gives it root on the host's kernel; Fargate rejects it and Security Hub fails the task (ECS.4). Remove 'Privileged'.",
            writableRoot: "Container '{{container}}' has a writable root filesystem ({{value}}), so an attacker can change its binaries and leave tools behind (ECS.5). Set 'ReadonlyRootFilesystem: true' and mount a volume where the app must write, such as '/tmp'.",
            noUser: "Container '{{container}}' sets no 'User', so it runs as the image's default user, often root, and ECS cannot prove otherwise (ECS.20). Set 'User' to a non-root user or UID, such as '1000'.",
            rootUser: "Container '{{container}}' runs as {{user}}, which is root, so a compromised process can do anything inside the container (ECS.20). Set 'User' to a non-root user or UID, such as '1000'.",
            noCapabilityDrop: "Container '{{container}}' keeps the default Linux capabilities, such as changing file owners and binding low ports, which the app never uses. Add 'LinuxParameters: { Capabilities: { Drop: [ALL] } }'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const containers = taskDefinitions(t).flatMap(fargate_capacity_model/* containersOf */.Mz);
        if (containers.length === 0) {
            ctx.report('noContainers', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const c of containers) {
            let bad = false;
            const data = { container: c.label };
            if ((0,cloudformation/* literalBool */.KG)(t, c.def['Privileged']) === true) {
                bad = true;
                ctx.report('privileged', data, [...c.path, 'Privileged']);
            }
            const ro = c.def['ReadonlyRootFilesystem'];
            if ((0,cloudformation/* literalBool */.KG)(t, ro) !== true) {
                bad = true;
                const value = ro === undefined ? 'not set' : `'ReadonlyRootFilesystem: ${(0,cloudformation/* literalString */.dc)(t, ro) ?? '…'}'`;
                ctx.report('writableRoot', { ...data, value }, ro === undefined ? c.path : [...c.path, 'ReadonlyRootFilesystem']);
            }
            const user = (0,cloudformation/* literalString */.dc)(t, c.def['User']);
            const who = (user ?? '').split(':')[0].trim().toLowerCase();
            if (c.def['User'] === undefined) {
                bad = true;
                ctx.report('noUser', data, c.path);
            }
            else if (user !== undefined && (who === '' || who === 'root' || /^0+$/.test(who))) {
                bad = true;
                ctx.report('rootUser', { ...data, user: `'${user}'` }, [...c.path, 'User']);
            }
            const drop = (0,iam/* texts */.Te)(t, (0,cloudformation/* get */.Jt)(c.def, ['LinuxParameters', 'Capabilities', 'Drop']));
            if (!drop.some((d) => d.toUpperCase() === 'ALL')) {
                bad = true;
                ctx.report('noCapabilityDrop', data, c.path);
            }
            if (bad)
                failed++;
        }
        ctx.tally(containers.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/ecs-exec-audit.ts
// IAM008: ECS Exec opens a shell in a running task. When a service turns it on, the cluster records every session
// (Logging 'OVERRIDE' to a log group or bucket, or 'DEFAULT' to the task's awslogs group) and encrypts the session
// with this stack's KMS key, and the task role can open the four Session Manager channels Exec needs. A service
// that leaves Exec off passes: no shell, nothing to audit.






/* harmony default export */ const ecs_exec_audit = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM008',
        name: 'ecs-exec-audit',
        target: 'cloudformation',
        severity: 'error',
        title: 'Turn on ECS Exec only with audit logging and encryption',
        description: "A service with 'EnableExecuteCommand: true' runs in a cluster of this template whose 'Configuration.ExecuteCommandConfiguration' logs sessions ('Logging: OVERRIDE' with a CloudWatch log group or S3 bucket, or 'DEFAULT' with awslogs containers) and sets 'KmsKeyId', and its task role allows the four 'ssmmessages' channel actions.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
        evidence: ['CKV_AWS_223', 'CKV_AWS_224'],
        messages: {
            unknownCluster: "Service '{{service}}' turns on ECS Exec, but its cluster is not defined in this template, so the grader cannot see whether sessions are logged. Define the cluster here, with 'Configuration.ExecuteCommandConfiguration'.",
            noConfiguration: "Service '{{service}}' turns on ECS Exec, but cluster '{{cluster}}' has no 'Configuration.ExecuteCommandConfiguration', so nobody can tell afterwards who ran what in the container. Add it with 'Logging: OVERRIDE', a 'LogConfiguration' naming a log group, and 'KmsKeyId'.",
            loggingOff: "Cluster '{{cluster}}' sets ECS Exec 'Logging' to 'NONE', so sessions in service '{{service}}' leave no record. Set 'Logging: OVERRIDE' with a 'LogConfiguration' naming a log group.",
            noDestination: "Cluster '{{cluster}}' sets ECS Exec 'Logging: OVERRIDE' without a 'CloudWatchLogGroupName' or 'S3BucketName' in 'LogConfiguration', so session output goes nowhere. Name this stack's log group: 'CloudWatchLogGroupName: !Ref ExecLogGroup'.",
            defaultWithoutAwslogs: "Cluster '{{cluster}}' logs ECS Exec sessions the 'DEFAULT' way, to each container's awslogs group, but task definition '{{task}}' has a container without the awslogs driver, so its sessions leave no record. Use 'Logging: OVERRIDE' with a log group, or give every container awslogs.",
            noKmsKey: "Cluster '{{cluster}}' does not set 'KmsKeyId' in 'ExecuteCommandConfiguration', so ECS Exec sessions of service '{{service}}' are not encrypted with your key. Add 'KmsKeyId: !Ref ExecKey', a key of this stack.",
            noTaskRole: "Service '{{service}}' turns on ECS Exec, but task definition '{{task}}' has no 'TaskRoleArn', and the Session Manager channels are opened with the task role, so 'aws ecs execute-command' fails. Add a task role that allows the four 'ssmmessages' channel actions.",
            missingChannels: "Service '{{service}}' turns on ECS Exec, but its task role '{{role}}' does not allow {{actions}}, so 'aws ecs execute-command' fails. Allow the four 'ssmmessages' channel actions on the task role (they take 'Resource: \"*\"').",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,cloudformation/* resources */.ES)(t, SERVICE).filter((s) => (0,cloudformation/* literalBool */.KG)(t, s.props['EnableExecuteCommand']) === true);
        if (services.length === 0) {
            ctx.notApplicable('no service turns on ECS Exec');
            return;
        }
        let failed = 0;
        for (const svc of services) {
            let bad = false;
            const at = [...svc.path, 'Properties', 'EnableExecuteCommand'];
            const data = { service: svc.name };
            const td = (0,cloudformation/* targetResource */.cR)(t, svc.props['TaskDefinition']);
            const task = td?.resource.Type === TASK_DEFINITION ? td : undefined;
            const cluster = (0,cloudformation/* targetResource */.cR)(t, svc.props['Cluster']);
            if (cluster?.resource.Type !== model_CLUSTER) {
                bad = true;
                ctx.report('unknownCluster', data, at);
            }
            else {
                const cfgPath = [...cluster.path, 'Properties', 'Configuration', 'ExecuteCommandConfiguration'];
                const cfg = (0,cloudformation/* get */.Jt)(cluster.props, ['Configuration', 'ExecuteCommandConfiguration']);
                const cdata = { ...data, cluster: cluster.name };
                if (cfg === undefined) {
                    bad = true;
                    ctx.report('noConfiguration', cdata, [...cluster.path, 'Properties']);
                }
                else {
                    const logging = ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(cfg, ['Logging'])) ?? 'DEFAULT').toUpperCase();
                    if (logging === 'NONE') {
                        bad = true;
                        ctx.report('loggingOff', cdata, [...cfgPath, 'Logging']);
                    }
                    else if (logging === 'OVERRIDE') {
                        const lc = (0,cloudformation/* get */.Jt)(cfg, ['LogConfiguration']);
                        if ((0,cloudformation/* get */.Jt)(lc, ['CloudWatchLogGroupName']) === undefined &&
                            (0,cloudformation/* get */.Jt)(lc, ['S3BucketName']) === undefined) {
                            bad = true;
                            ctx.report('noDestination', cdata, cfgPath);
                        }
                    }
                    else if (task) {
                        const plain = (0,fargate_capacity_model/* containersOf */.Mz)(task).some((c) => ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(c.def, ['LogConfiguration', 'LogDriver'])) ?? '') !== 'awslogs');
                        if (plain) {
                            bad = true;
                            ctx.report('defaultWithoutAwslogs', { ...cdata, task: task.name }, cfgPath);
                        }
                    }
                    if ((0,cloudformation/* get */.Jt)(cfg, ['KmsKeyId']) === undefined) {
                        bad = true;
                        ctx.report('noKmsKey', cdata, cfgPath);
                    }
                }
            }
            if (task) {
                const role = roleOfTask(t, task, 'TaskRoleArn');
                const missing = ECS_EXEC_ACTIONS.filter((a) => !role || !(0,iam/* roleAllows */.fG)(t, role, a));
                if (!role && task.props['TaskRoleArn'] === undefined) {
                    bad = true;
                    ctx.report('noTaskRole', { ...data, task: task.name }, at);
                }
                else if (role && missing.length > 0) {
                    bad = true;
                    const actions = missing.length === ECS_EXEC_ACTIONS.length
                        ? 'any of the four Session Manager channel actions'
                        : missing.map((a) => `'${a}'`).join(', ');
                    ctx.report('missingChannels', { ...data, role, actions }, at);
                }
            }
            if (bad)
                failed++;
        }
        ctx.tally(services.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/guardduty-runtime-monitoring.ts
// IAM009: GuardDuty Runtime Monitoring watches what runs inside the tasks (processes, file access, network calls)
// and reports crypto miners, reverse shells and the like. For Fargate, GuardDuty also has to manage its security
// agent, which it adds to each task as a sidecar: the detector's RUNTIME_MONITORING feature with the
// ECS_FARGATE_AGENT_MANAGEMENT additional configuration, both ENABLED.


const DETECTOR = 'AWS::GuardDuty::Detector';
/* harmony default export */ const guardduty_runtime_monitoring = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'IAM009',
        name: 'guardduty-runtime-monitoring',
        target: 'cloudformation',
        severity: 'error',
        title: 'Watch the tasks with GuardDuty Runtime Monitoring',
        description: "The template has an enabled 'AWS::GuardDuty::Detector' whose 'Features' turn on 'RUNTIME_MONITORING' with the additional configuration 'ECS_FARGATE_AGENT_MANAGEMENT' enabled, so GuardDuty watches the Fargate tasks at run time.",
        docsUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
        evidence: ['GuardDuty Runtime Monitoring', 'AWS::GuardDuty::Detector Features'],
        messages: {
            noDetector: "The template has no 'AWS::GuardDuty::Detector', so nothing watches the tasks for threats while they run. Add a detector with 'Enable: true' and the 'RUNTIME_MONITORING' feature (see the lab README).",
            disabled: "Detector '{{detector}}' sets 'Enable' to {{value}}, so GuardDuty produces no findings at all. Set 'Enable: true'.",
            noRuntimeMonitoring: "Detector '{{detector}}' does not turn on the 'RUNTIME_MONITORING' feature, so GuardDuty never sees what runs inside the tasks. Add \"Features: [{ Name: RUNTIME_MONITORING, Status: ENABLED, AdditionalConfiguration: [{ Name: ECS_FARGATE_AGENT_MANAGEMENT, Status: ENABLED }] }]\".",
            noFargateAgent: "Detector '{{detector}}' turns on 'RUNTIME_MONITORING' but not its 'ECS_FARGATE_AGENT_MANAGEMENT' configuration, so GuardDuty adds no security agent to the Fargate tasks and monitors none of them. Add \"AdditionalConfiguration: [{ Name: ECS_FARGATE_AGENT_MANAGEMENT, Status: ENABLED }]\" to that feature.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const detectors = (0,cloudformation/* resources */.ES)(t, DETECTOR);
        if (detectors.length === 0) {
            ctx.report('noDetector', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const d of detectors) {
            const data = { detector: d.name };
            const props = [...d.path, 'Properties'];
            if ((0,cloudformation/* literalBool */.KG)(t, d.props['Enable']) !== true) {
                failed++;
                const v = (0,cloudformation/* literalString */.dc)(t, d.props['Enable']);
                ctx.report('disabled', { ...data, value: v === undefined ? 'nothing' : `'${v}'` }, props);
                continue;
            }
            const features = Array.isArray(d.props['Features']) ? d.props['Features'] : [];
            const index = features.findIndex((f) => (0,cloudformation/* isRecord */.u4)(f) &&
                (0,cloudformation/* literalString */.dc)(t, f['Name']) === 'RUNTIME_MONITORING' &&
                (0,cloudformation/* literalString */.dc)(t, f['Status']) === 'ENABLED');
            if (index === -1) {
                failed++;
                ctx.report('noRuntimeMonitoring', data, props);
                continue;
            }
            const extra = features[index]['AdditionalConfiguration'];
            const agent = Array.isArray(extra) &&
                extra.some((c) => (0,cloudformation/* isRecord */.u4)(c) &&
                    (0,cloudformation/* literalString */.dc)(t, c['Name']) === 'ECS_FARGATE_AGENT_MANAGEMENT' &&
                    (0,cloudformation/* literalString */.dc)(t, c['Status']) === 'ENABLED');
            if (!agent) {
                failed++;
                ctx.report('noFargateAgent', data, [...props, 'Features', index]);
            }
        }
        ctx.tally(detectors.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/iam/index.ts
// IAM and container security rules (prefix IAM) for CloudFormation templates, sorted by id: task and execution
// roles kept apart, least-privilege actions and resources, trust policies, the task's secrets, hard-coded
// credentials in any file of the lab, container hardening, ECS Exec auditing and GuardDuty Runtime Monitoring.
// model.ts reads every policy document a template can carry; actions.ts holds the sourced action tables.









const iamRules = [
    task_role_separation, // IAM001
    wildcard_actions, // IAM002
    scoped_resources, // IAM003
    trust_policy, // IAM004
    task_secrets, // IAM005
    no_hard_coded_credentials, // IAM006
    container_hardening, // IAM007
    ecs_exec_audit, // IAM008
    guardduty_runtime_monitoring, // IAM009
];

;// CONCATENATED MODULE: ./graders/rules/vpc/no-hard-coded-az.ts
// VPC007: no resource names an Availability Zone as a literal ('us-east-1a'), so the template deploys in any
// Region and any account (zone names map to different physical zones in each account). cfn-lint W3010.


const AZ_KEYS = ['AvailabilityZone', 'AvailabilityZones', 'AvailabilityZoneId'];
/* harmony default export */ const no_hard_coded_az = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC007',
        name: 'no-hard-coded-az',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Look up Availability Zones instead of naming them',
        description: "No resource property 'AvailabilityZone', 'AvailabilityZones' or 'AvailabilityZoneId' holds a literal zone such as 'us-east-1a'; zones come from '!Select [i, !GetAZs \"\"]' or a parameter, so the template works in every Region and account.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
        evidence: ['W3010'],
        messages: {
            hardCoded: "'{{resource}}' names the Availability Zone '{{zone}}' literally, so the template fails in every other Region and may not match the zones of another account (cfn-lint W3010). Write 'AvailabilityZone: !Select [{{index}}, !GetAZs \"\"]' instead.",
        },
    },
    check(doc, ctx) {
        for (const r of (0,cloudformation/* resources */.ES)(doc.template)) {
            const stack = [
                { v: r.props, path: [...r.path, 'Properties'], underAz: false },
            ];
            while (stack.length) {
                const { v, path, underAz } = stack.pop();
                if (typeof v === 'string') {
                    const index = underAz ? zoneIndex(v) : undefined;
                    if (index !== undefined)
                        ctx.report('hardCoded', { resource: r.name, zone: v, index }, path);
                    continue;
                }
                if (Array.isArray(v)) {
                    v.forEach((item, i) => stack.push({ v: item, path: [...path, i], underAz }));
                    continue;
                }
                if (!(0,cloudformation/* isRecord */.u4)(v))
                    continue;
                // Inside an intrinsic (say '!Select [0, [us-east-1a, …]]') strings stay suspect; a Ref is fine.
                if ((0,cloudformation/* isIntrinsic */.I9)(v) && (v['Ref'] !== undefined || v['Fn::GetAZs'] !== undefined))
                    continue;
                for (const [k, child] of Object.entries(v)) {
                    stack.push({ v: child, path: [...path, k], underAz: underAz || AZ_KEYS.includes(k) });
                }
            }
        }
    },
}));
/** For a zone name ('us-east-1b') or zone id ('use1-az2'), the '!GetAZs' index to suggest; else undefined. */
function zoneIndex(s) {
    const name = /^[a-z]{2}(?:-[a-z]+)+-\d+([a-z])$/.exec(s.trim());
    if (name)
        return name[1].charCodeAt(0) - 97;
    const id = /^[a-z]{3,5}\d*-az(\d+)$/.exec(s.trim());
    if (id)
        return Math.max(0, Number(id[1]) - 1);
    return undefined;
}

// EXTERNAL MODULE: ./graders/rules/multi-region/model.ts
var multi_region_model = __webpack_require__(4635);
;// CONCATENATED MODULE: ./graders/rules/multi-region/region-agnostic.ts
// MRG001: the template deploys unchanged in every Region and account. No resource property and no output holds a
// literal Region ('us-east-1'), Availability Zone ('us-east-1a'), account id (12 digits) or partition ('arn:aws:'):
// those come from AWS::Region, Fn::GetAZs, AWS::AccountId and AWS::Partition. Region names are legitimate data in
// the sections that say which Regions a template supports (Parameters, Mappings, Conditions, Rules) and in the
// parameter files, so only Resources' Properties and Outputs are read. One exemption: a Route 53 health check's
// 'HealthCheckConfig.Regions' lists the Regions its checkers run from, which is the same for every stack.




const FIX = {
    region: "Write '!Ref AWS::Region' (or '${AWS::Region}' inside a '!Sub'); a Region that must be another one, such as a replication destination, comes from a parameter set in each 'parameters/<region>.json'.",
    zone: '',
    account: "Write '!Ref AWS::AccountId' (or '${AWS::AccountId}' inside a '!Sub').",
    partition: 'Write "!Sub \'arn:${AWS::Partition}:…\'" instead, also for AWS managed policies ("!Sub \'arn:${AWS::Partition}:iam::aws:policy/…\'").',
};
/* harmony default export */ const region_agnostic = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG001',
        name: 'region-agnostic',
        target: 'cloudformation',
        severity: 'error',
        title: 'Name no Region, zone, account or partition in resources and outputs',
        description: "No resource property or output holds a literal Region, Availability Zone, 12-digit account id or 'arn:aws:' partition, so one template deploys in every Region and account; Parameters, Mappings, Conditions and Rules may name Regions.",
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/pseudo-parameter-reference.html',
        evidence: ['I3042', 'W3010'],
        messages: {
            region: "'{{owner}}' names the Region '{{value}}' literally, so the stack does the same thing in every Region it is deployed to: in the second Region it points back at the first. {{fix}}",
            zone: "'{{owner}}' names the Availability Zone '{{value}}', which exists in one Region only (and maps to different physical zones in each account), so the template fails everywhere else (cfn-lint W3010). Write '!Select [{{index}}, !GetAZs \"\"]' instead.",
            account: "'{{owner}}' holds the account id '{{value}}' literally, so the template works in that one account only (cfn-lint I3042). {{fix}}",
            partition: "'{{owner}}' writes the partition '{{value}}' literally, so the ARN is wrong in the China and GovCloud partitions (cfn-lint I3042). {{fix}}",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const roots = [
            ...(0,cloudformation/* resources */.ES)(t).map((r) => ({
                owner: r.name,
                v: r.props,
                path: [...r.path, 'Properties'],
                type: String(r.resource.Type),
            })),
            ...Object.entries((0,cloudformation/* isRecord */.u4)(t.Outputs) ? t.Outputs : {}).map(([name, o]) => ({
                owner: `Outputs.${name}`,
                v: o,
                path: ['Outputs', name],
            })),
        ];
        let checked = 0;
        let failed = 0;
        for (const root of roots) {
            checked++;
            let bad = false;
            const stack = [{ v: root.v, path: root.path }];
            while (stack.length) {
                const { v, path } = stack.pop();
                if (typeof v === 'string' || typeof v === 'number') {
                    for (const lit of (0,multi_region_model/* regionalLiterals */.cJ)(String(v))) {
                        bad = true;
                        ctx.report(lit.kind, {
                            owner: root.owner,
                            value: lit.value,
                            fix: FIX[lit.kind],
                            index: lit.kind === 'zone' ? (zoneIndex(lit.value) ?? 0) : '',
                        }, path);
                    }
                    continue;
                }
                if (Array.isArray(v)) {
                    for (let i = v.length - 1; i >= 0; i--)
                        stack.push({ v: v[i], path: [...path, i] });
                    continue;
                }
                if (!(0,cloudformation/* isRecord */.u4)(v))
                    continue;
                const entries = Object.entries(v).reverse();
                for (const [k, child] of entries) {
                    // The checker Regions of a health check are the same for every stack that uses it; an output's
                    // description is prose for people, not a value anything uses.
                    if (root.type === multi_region_model/* HEALTH_CHECK */.Ux && k === 'Regions' && path.at(-1) === 'HealthCheckConfig')
                        continue;
                    if (root.type === undefined && k === 'Description' && path.length === 2)
                        continue;
                    stack.push({ v: child, path: [...path, k] });
                }
            }
            if (bad)
                failed++;
        }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/multi-region/image-replication.ts
// MRG002: the registry replicates images to a second Region, named so that the same template stays right in every
// Region it is deployed to. A destination of AWS::Region is the stack's own Region, which ECR refuses (replication
// is to other Regions or accounts). A parameter is the region-agnostic way ('!Ref ReplicaRegion', set per Region in
// parameters/<region>.json); whether each file sets it to another Region is the lab 14 rubric's check, since no
// rule sees two files. A FindInMap keyed by AWS::Region whose entries each name another Region is accepted too. A
// literal Region is accepted here and reported by MRG001, so one mistake costs one item. Repository filters must
// be able to select a repository of the template (lab 05's ECR model reads the names).




/* harmony default export */ const image_replication = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG002',
        name: 'image-replication',
        target: 'cloudformation',
        severity: 'error',
        title: 'Replicate images to a second Region given by a parameter',
        description: "The template has an AWS::ECR::ReplicationConfiguration with a destination Region other than the stack's own: a parameter set per Region, a mapping keyed by AWS::Region, or a Region name; never AWS::Region. Repository filters match the template's repositories.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html',
        evidence: ['AWS::ECR::ReplicationConfiguration', 'ECR API PutReplicationConfiguration'],
        messages: {
            missing: "The template has no 'AWS::ECR::ReplicationConfiguration', so the images live in one Region and the second Region cannot start a task when the first is down. Add one with a destination \"{ Region: !Ref ReplicaRegion, RegistryId: !Ref AWS::AccountId }\" and a 'ReplicaRegion' parameter set in each parameter file.",
            noDestinations: "The replication configuration '{{name}}' has no rule with a destination, so nothing is replicated. Add 'Rules: [ { Destinations: [ { Region: !Ref ReplicaRegion, RegistryId: !Ref AWS::AccountId } ] } ]'.",
            ownRegion: "A destination of '{{name}}' is 'AWS::Region', the Region the stack is deployed to: ECR replicates to other Regions or accounts, never into the same registry, and a copy in the same Region would fail with it. Use a parameter such as '!Ref ReplicaRegion', set to the other Region in each parameter file.",
            badRegion: "Destination Region '{{value}}' of '{{name}}' is not an AWS Region name such as 'eu-west-1'.",
            unreadable: "A destination Region of '{{name}}' is built in a way the grader cannot read. Use '!Ref ReplicaRegion' (a String parameter) or '!FindInMap [ReplicaRegions, !Ref AWS::Region, Replica]'.",
            filterMisses: "Rule {{rule}} of '{{name}}' replicates only repositories whose names start with {{filters}}, and none of the template's repositories ({{repositories}}) can, so nothing is replicated. Fix the prefix or remove 'RepositoryFilters'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const configs = (0,cloudformation/* resources */.ES)(t, multi_region_model/* REPLICATION */.zJ);
        if (configs.length === 0) {
            ctx.report('missing', {}, ['Resources']);
            return;
        }
        const destinations = (0,multi_region_model/* replicationDestinations */.i0)(t);
        for (const cfg of configs)
            if (!destinations.some((d) => d.config === cfg.name))
                ctx.report('noDestinations', { name: cfg.name }, cfg.path);
        for (const d of destinations) {
            if (d.kind === 'own')
                ctx.report('ownRegion', { name: d.config }, d.path);
            else if (d.kind === 'bad')
                ctx.report('badRegion', { name: d.config, value: d.value }, d.path);
            else if (d.kind === 'unreadable')
                ctx.report('unreadable', { name: d.config }, d.path);
        }
        // Repository filters (PREFIX_MATCH) must be able to select one of the template's repositories.
        const names = (0,ecr_model/* repositories */.bN)(t).map((r) => (0,ecr_model/* repositoryNamePattern */.qI)(t, r));
        if (names.length === 0 || names.some((n) => n === undefined))
            return;
        const known = names;
        for (const cfg of configs) {
            const rc = cfg.props['ReplicationConfiguration'];
            const rules = (0,cloudformation/* isRecord */.u4)(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
            rules.forEach((r, i) => {
                if (!(0,cloudformation/* isRecord */.u4)(r) || !Array.isArray(r['RepositoryFilters']))
                    return;
                const prefixes = r['RepositoryFilters'].flatMap((f) => {
                    const v = (0,cloudformation/* isRecord */.u4)(f) ? (0,ecr_model/* namePattern */._u)(t, f['Filter']) : undefined;
                    return v === undefined ? [] : [v];
                });
                if (prefixes.length === 0 || known.some((n) => prefixes.some((p) => (0,ecr_model/* prefixMatches */["in"])(p, n) !== 'no')))
                    return;
                ctx.report('filterMisses', {
                    name: cfg.name,
                    rule: i + 1,
                    filters: prefixes.map((p) => `'${(0,ecr_model/* describePattern */.Qs)(p)}'`).join(' or '),
                    repositories: known.map((n) => `'${(0,ecr_model/* describePattern */.Qs)(n)}'`).join(', '),
                }, [...cfg.path, 'Properties', 'ReplicationConfiguration', 'Rules', i, 'RepositoryFilters']);
            });
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/multi-region/routing-records.ts
// MRG003: Route 53 sends users to a healthy Region. The template has failover, latency or weighted records; each
// has a SetIdentifier that differs per Region (the same template creates one record in each Region's stack, and two
// records of one name and type must have distinct identifiers), and each is judged by health: a HealthCheckId that
// names an AWS::Route53::HealthCheck of this stack, or an alias to this stack's load balancer with
// 'EvaluateTargetHealth: true'. Without health, Route 53 keeps answering with the Region that is down. Failover
// roles must be PRIMARY or SECONDARY; one literal role in a template deployed to every Region makes every stack
// claim it, so the role comes from a parameter or a condition (the rubric checks the files give both roles).



const ROLES = ['PRIMARY', 'SECONDARY'];
/** Whether the record is judged by health (a health check of this stack, or an evaluated alias to the ALB). */
function judgedByHealth(t, rec) {
    if ((0,multi_region_model/* healthCheckOf */.Ix)(t, rec))
        return true;
    const alias = rec.props['AliasTarget'];
    return ((0,multi_region_model/* aliasLoadBalancer */.DN)(t, rec) !== undefined && (0,cloudformation/* isRecord */.u4)(alias) && evaluates(alias['EvaluateTargetHealth']));
}
function evaluates(v) {
    return v === true || v === 'true';
}
/* harmony default export */ const routing_records = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG003',
        name: 'routing-records',
        target: 'cloudformation',
        severity: 'error',
        title: 'Route users with failover or latency records that health decides',
        description: "The template has Route 53 failover, latency or weighted records, each with a SetIdentifier that differs per Region and either a HealthCheckId naming a health check of this stack or an alias to this stack's load balancer with 'EvaluateTargetHealth: true'.",
        docsUrl: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-configuring.html',
        evidence: ['AWS::Route53::RecordSet', 'REL10-BP01', 'REL11-BP01'],
        messages: {
            noRouting: "The template has no Route 53 record with a routing policy ('Failover', latency 'Region' or 'Weight'), so nothing moves users to the other Region when this one fails. Add an 'AWS::Route53::RecordSet' with 'Failover: !Ref FailoverRole', 'SetIdentifier: !Ref AWS::Region' and 'HealthCheckId: !Ref HealthCheck'.",
            noSetIdentifier: "Record '{{record}}' has a routing policy but no 'SetIdentifier', which Route 53 requires to tell the records of one name apart. Add 'SetIdentifier: !Ref AWS::Region'.",
            fixedSetIdentifier: "Record '{{record}}' has the fixed 'SetIdentifier' '{{value}}', so the stacks of both Regions write the same record and the second overwrites or fails. Write 'SetIdentifier: !Ref AWS::Region'.",
            badRole: "Record '{{record}}' has 'Failover' '{{value}}'; Route 53 accepts only 'PRIMARY' or 'SECONDARY'.",
            fixedRole: "Every failover record of the template is '{{value}}', and the same template is deployed to every Region, so every Region claims to be {{value}} and none takes over. Take the role from a parameter ('Failover: !Ref FailoverRole', PRIMARY in one parameter file, SECONDARY in the other) or a condition.",
            noHealth: "Record '{{record}}' has no health check, so Route 53 keeps answering with this Region while it is down. Add 'HealthCheckId: !Ref HealthCheck' (an 'AWS::Route53::HealthCheck' of this stack), or make it an alias to this stack's load balancer with 'EvaluateTargetHealth: true'.",
            foreignHealthCheck: "Record '{{record}}' names a health check that is not an 'AWS::Route53::HealthCheck' of this stack, so nothing shows it probes this Region's endpoint. Create the health check in this template and write 'HealthCheckId: !Ref HealthCheck'.",
            aliasNotEvaluated: "Record '{{record}}' is an alias to this stack's load balancer without 'EvaluateTargetHealth: true', so Route 53 answers with this Region even when no target is healthy. Set 'EvaluateTargetHealth: true' or add a 'HealthCheckId'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const records = (0,multi_region_model/* routingRecords */.xA)(t);
        if (records.length === 0) {
            ctx.report('noRouting', {}, ['Resources']);
            return;
        }
        // One check per record; a record with several problems fails once.
        const bad = new Set();
        const report = (rec, ...args) => {
            bad.add(rec);
            ctx.report(...args);
        };
        const fixedIds = records.filter((r) => (0,multi_region_model/* isFixedText */.O5)(r.props['SetIdentifier']));
        for (const rec of records) {
            const sid = rec.props['SetIdentifier'];
            if (sid === undefined)
                report(rec, 'noSetIdentifier', { record: rec.label }, rec.path);
            // A fixed identifier is fine only where the template itself holds several records of the name (one stack
            // writing every Region's record).
            else if ((0,multi_region_model/* isFixedText */.O5)(sid) && fixedIds.filter((r) => sameName(r, rec)).length < 2)
                report(rec, 'fixedSetIdentifier', { record: rec.label, value: String(literalOf(sid)) }, [
                    ...rec.path,
                    'SetIdentifier',
                ]);
            if (rec.policy === 'failover') {
                const roles = (0,multi_region_model/* failoverRoles */.ye)(rec.props['Failover']);
                for (const role of roles ?? [])
                    if (!ROLES.includes(role))
                        report(rec, 'badRole', { record: rec.label, value: role }, [...rec.path, 'Failover']);
            }
            if (judgedByHealth(t, rec))
                continue;
            if (rec.props['HealthCheckId'] !== undefined)
                report(rec, 'foreignHealthCheck', { record: rec.label }, [...rec.path, 'HealthCheckId']);
            else if ((0,multi_region_model/* aliasLoadBalancer */.DN)(t, rec))
                report(rec, 'aliasNotEvaluated', { record: rec.label }, [...rec.path, 'AliasTarget']);
            else
                report(rec, 'noHealth', { record: rec.label }, rec.path);
        }
        // Literal roles only: one role for every Region. Both roles literal in one template is a one-stack design.
        const failover = records.filter((r) => r.policy === 'failover');
        const literalRoles = failover.map((r) => r.props['Failover']);
        if (failover.length > 0 && literalRoles.every((v) => typeof v === 'string')) {
            const distinct = [...new Set(literalRoles)];
            if (distinct.length === 1 && ROLES.includes(distinct[0]))
                report(failover[0], 'fixedRole', { value: distinct[0] }, [...failover[0].path, 'Failover']);
        }
        ctx.tally(records.length, bad.size);
    },
}));
function literalOf(v) {
    return (0,cloudformation/* isRecord */.u4)(v) ? v['Fn::Sub'] : v;
}
function sameName(a, b) {
    return JSON.stringify(a.props['Name']) === JSON.stringify(b.props['Name']);
}

;// CONCATENATED MODULE: ./graders/rules/multi-region/health-check-probe.ts
// MRG004: what decides a record's health probes the application itself. A Route 53 health check that a routing
// record uses requests '/health' over HTTPS ('HTTPS' or 'HTTPS_STR_MATCH') from this stack's load balancer
// ('FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName') or from the Region's own endpoint (a parameter, or a
// '!Sub' name that holds '${AWS::Region}'); a fixed host or IP address probes something that is the same in every
// Region. For an alias record that evaluates target health, the load balancer's health is its target groups', so
// those must check '/health'.



const health_check_probe_HEALTH_PATH = '/health';
const HTTPS_TYPES = ['HTTPS', 'HTTPS_STR_MATCH'];
/** Whether a path is the application's health endpoint (a query string is fine). */
function health_check_probe_isHealthPath(p) {
    return p !== undefined && (p === health_check_probe_HEALTH_PATH || p.startsWith(`${health_check_probe_HEALTH_PATH}?`));
}
/** Whether a health check's target is this stack's load balancer or the Region's own endpoint. */
function targetsThisRegion(t, fqdn) {
    const id = (0,cloudformation/* targetOf */.$r)(fqdn);
    if (id && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === multi_region_model/* LOAD_BALANCER */.E5)
        return true;
    if ((0,cloudformation/* isRecord */.u4)(fqdn) && typeof fqdn['Ref'] === 'string' && (0,cloudformation/* isRecord */.u4)(t.Parameters?.[fqdn['Ref']]))
        return true;
    const sub = (0,cloudformation/* isRecord */.u4)(fqdn) ? fqdn['Fn::Sub'] : undefined;
    const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : '';
    return text.includes('${AWS::Region}') || /\$\{[A-Za-z0-9]+\.DNSName\}/.test(text);
}
/* harmony default export */ const health_check_probe = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG004',
        name: 'health-check-probe',
        target: 'cloudformation',
        severity: 'error',
        title: "Probe the app's /health over HTTPS on this Region's endpoint",
        description: "Each Route 53 health check a routing record uses has 'Type: HTTPS' (or HTTPS_STR_MATCH), 'ResourcePath: /health' and a 'FullyQualifiedDomainName' that is this stack's load balancer or the Region's endpoint; an alias record that evaluates target health points at a load balancer whose target groups check '/health'.",
        docsUrl: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html',
        evidence: ['AWS::Route53::HealthCheck', 'REL11-BP01'],
        messages: {
            noHealthCheck: "Nothing in the template tells Route 53 whether this Region is healthy. Add an 'AWS::Route53::HealthCheck' with 'Type: HTTPS', 'ResourcePath: /health' and 'FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName', and name it in the records' 'HealthCheckId'.",
            notHttps: "Health check '{{check}}' has 'Type' '{{value}}'; the application is served over HTTPS, so probe it the way users reach it: 'Type: HTTPS' (with 'Port: 443').",
            wrongPath: "Health check '{{check}}' requests '{{value}}' instead of the application's '/health', so it can pass while the application fails. Set 'ResourcePath: /health'.",
            wrongTarget: "Health check '{{check}}' probes a fixed host or address, the same in every Region, not this Region's endpoint. Set 'FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName' (with 'EnableSNI: true').",
            targetGroupPath: "Record '{{record}}' trusts the health of load balancer '{{lb}}', but its target group '{{group}}' checks '{{value}}' instead of '/health'. Set 'HealthCheckPath: /health'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const records = (0,multi_region_model/* routingRecords */.xA)(t);
        const used = new Map();
        for (const rec of records) {
            const hc = (0,multi_region_model/* healthCheckOf */.Ix)(t, rec);
            if (hc)
                used.set(hc.name, hc);
        }
        // Health checks no routing record uses are still read when no record uses any: the learner's work in progress.
        const checks = used.size > 0 ? [...used.values()] : (0,cloudformation/* resources */.ES)(t, multi_region_model/* HEALTH_CHECK */.Ux);
        const aliases = records.filter((r) => !(0,multi_region_model/* healthCheckOf */.Ix)(t, r) && (0,multi_region_model/* aliasLoadBalancer */.DN)(t, r));
        if (checks.length === 0 && aliases.length === 0) {
            ctx.report('noHealthCheck', {}, ['Resources']);
            return;
        }
        for (const hc of checks) {
            const cfg = (0,cloudformation/* isRecord */.u4)(hc.props['HealthCheckConfig']) ? hc.props['HealthCheckConfig'] : {};
            const at = [...hc.path, 'Properties', 'HealthCheckConfig'];
            const type = (0,cloudformation/* literalString */.dc)(t, cfg['Type']);
            if (type !== undefined && !HTTPS_TYPES.includes(type))
                ctx.report('notHttps', { check: hc.name, value: type }, [...at, 'Type']);
            const p = (0,cloudformation/* literalString */.dc)(t, cfg['ResourcePath']);
            if (!health_check_probe_isHealthPath(p))
                ctx.report('wrongPath', { check: hc.name, value: p ?? '/' }, [
                    ...at,
                    cfg['ResourcePath'] === undefined ? 'Type' : 'ResourcePath',
                ]);
            if (!targetsThisRegion(t, cfg['FullyQualifiedDomainName']))
                ctx.report('wrongTarget', { check: hc.name }, [
                    ...at,
                    cfg['FullyQualifiedDomainName'] === undefined ? 'Type' : 'FullyQualifiedDomainName',
                ]);
        }
        for (const rec of aliases) {
            const lb = (0,multi_region_model/* aliasLoadBalancer */.DN)(t, rec);
            // The target groups the load balancer's listeners (or listener rules) forward to, by reference.
            const listeners = (0,cloudformation/* referrers */.RB)(t, lb.name, 'AWS::ElasticLoadBalancingV2::Listener');
            const groups = (0,cloudformation/* resources */.ES)(t, 'AWS::ElasticLoadBalancingV2::TargetGroup').filter((g) => listeners.some((l) => JSON.stringify(l.props).includes(`"${g.name}"`)) ||
                (0,cloudformation/* referrers */.RB)(t, g.name, 'AWS::ElasticLoadBalancingV2::ListenerRule').length > 0);
            for (const g of groups) {
                const p = (0,cloudformation/* literalString */.dc)(t, g.props['HealthCheckPath']);
                if (!health_check_probe_isHealthPath(p))
                    ctx.report('targetGroupPath', { record: rec.label, lb: lb.name, group: g.name, value: p ?? '/' }, [
                        ...g.path,
                        'Properties',
                    ]);
            }
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/multi-region/parameter-files.ts
// MRG005: one parameter file per Region, each one CloudFormation can use. Files sit in 'parameters/' and are named
// after the Region they deploy to ('parameters/eu-west-1.json'). Two formats are accepted: the CloudFormation CLI
// list '[{"ParameterKey": …, "ParameterValue": …}]' (create-stack --parameters file://…), and the template
// configuration object '{"Parameters": {"Key": "Value"}}' of CodePipeline, which 'aws cloudformation deploy
// --parameter-overrides file://…' also reads (AWS CLI v2). Values are strings in both. At least two Regions. Whether
// each file fits the template's Parameters is the lab 14 rubric's check, which sees the template too.


/* harmony default export */ const parameter_files = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG005',
        name: 'parameter-files',
        target: 'files',
        severity: 'error',
        title: 'Keep one valid parameter file per Region',
        description: "The lab's 'parameters/' folder holds at least two JSON files named after commercial AWS Regions ('us-east-1.json'), each in the CloudFormation CLI format (a list of ParameterKey/ParameterValue) or the CodePipeline template configuration format ('{\"Parameters\": {…}}'), with string values and no repeated key.",
        docsUrl: 'https://docs.aws.amazon.com/cli/latest/reference/cloudformation/create-stack.html',
        evidence: ['AWS CLI create-stack --parameters', 'CodePipeline template configuration file'],
        messages: {
            tooFew: "'parameters/' holds {{count}} parameter file(s) named after a Region; a multi-Region deployment needs one per Region, at least two, such as 'parameters/us-east-1.json' and 'parameters/eu-west-1.json'.",
            notJson: "'{{file}}' is in 'parameters/' but is not a '.json' file, so no deployment command reads it. Rename it '<region>.json' in one of the two JSON formats, or move it out of 'parameters/'.",
            notRegionName: "'{{file}}' is named '{{name}}', which is not a commercial AWS Region code, so nobody can tell which Region it deploys to. Name it after its Region, such as 'eu-west-1.json'.",
            invalidJson: '{{why}}',
            badShape: "'{{file}}' is neither a list of '{\"ParameterKey\": …, \"ParameterValue\": …}' entries (the CloudFormation CLI format) nor an object with a 'Parameters' map (the CodePipeline template configuration format), so no command can read it.",
            badEntry: 'Entry {{index}} of \'{{file}}\' needs a string \'ParameterKey\' and a \'ParameterValue\', as in \'{"ParameterKey": "DomainName", "ParameterValue": "app.example.com"}\'.',
            notString: "The value of '{{key}}' in '{{file}}' is not a string; CloudFormation parameter values are always strings, so write it in quotes (a list as \"a,b\").",
            duplicateKey: "'{{key}}' appears twice in '{{file}}'; CloudFormation refuses a parameter given twice. Keep one.",
        },
    },
    check(doc, ctx) {
        const files = (0,multi_region_model/* parameterFiles */.bY)(doc.files);
        let failed = 0;
        for (const f of files) {
            for (const p of f.problems)
                ctx.report(p.id, p.data, { file: f.file, line: p.line, column: p.column });
            if (f.problems.length > 0)
                failed++;
        }
        const regional = files.filter((f) => f.region !== undefined && f.format !== undefined);
        if (regional.length < 2) {
            // With the lab folder as the set, 'parameters/' is a subfolder; with the folder itself, it is the set.
            const folder = doc.file.endsWith('/parameters') ? doc.file : `${doc.file}/parameters`;
            ctx.report('tooFew', { count: regional.length }, { file: files[0]?.file ?? folder, line: 1, column: 1 });
            failed++;
        }
        // One check per file, and one for "two Regions or more".
        ctx.tally(files.length + 1, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/multi-region/recovery-objectives.ts
// MRG006: recovery.yaml states the recovery objectives and the strategy that meets them, in a shape a machine can
// check. Fields: 'strategy' (one of the four of AWS's disaster recovery whitepaper), 'rto' and 'rpo' (ISO 8601
// durations such as 'PT15M'), 'regions' (at least two Region codes), 'traffic' (failover, latency or weighted),
// 'images' (replicated or rebuilt) and 'how' (a sentence or more on how the design meets the objectives). The RTO
// may not be shorter than the whitepaper says the strategy delivers, 'traffic' must fit the strategy (active/active
// shares traffic; the others fail over), and images rebuilt after a disaster fit backup and restore only. Whether
// the template does what the file claims is the lab 14 rubric's check.



const recovery_objectives_quoted = (list) => list.map((s) => `'${s}'`).join(', ');
const FLOOR_TEXT = {
    'backup-and-restore': 'hours (PT1H or more)',
    'pilot-light': 'tens of minutes (PT10M or more)',
    'warm-standby': 'minutes (PT1M or more)',
    'multi-site-active-active': 'near zero',
};
/* harmony default export */ const recovery_objectives = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'MRG006',
        name: 'recovery-objectives',
        target: 'yaml',
        severity: 'error',
        title: 'State the recovery objectives and the strategy that meets them',
        description: "recovery.yaml is a mapping with 'strategy' (backup-and-restore, pilot-light, warm-standby or multi-site-active-active), 'rto' and 'rpo' as ISO 8601 durations, 'regions' (two or more Region codes), 'traffic', 'images' and 'how', each consistent with the strategy.",
        docsUrl: 'https://docs.aws.amazon.com/whitepapers/latest/disaster-recovery-workloads-on-aws/disaster-recovery-options-in-the-cloud.html',
        evidence: ['REL13-BP01', 'REL13-BP02', 'AWS DR whitepaper'],
        messages: {
            notMapping: "'{{file}}' is not a YAML mapping. Write one field per line: 'strategy: warm-standby', 'rto: PT15M', 'rpo: PT5M', 'regions: [us-east-1, eu-west-1]', 'traffic: failover', 'images: replicated', 'how: …'.",
            missingField: "'{{file}}' has no '{{field}}'. {{help}}",
            unknownField: "'{{field}}' is not a field of the recovery file (they are {{fields}}, in lower case), so the grader ignores it. Rename or remove it.",
            badStrategy: "'strategy' is '{{value}}'; name one of the whitepaper's four: {{allowed}}.",
            badDuration: "'{{field}}' is '{{value}}', which is not an ISO 8601 duration (an RTO above zero); write it like 'PT15M' (15 minutes), 'PT4H' or 'P1D'.",
            rtoTooShort: "'rto' is '{{value}}', but the AWS whitepaper puts the RTO of {{strategy}} at {{floor}}: the claim cannot be met. Raise 'rto' or choose a strategy that keeps more running in the second Region.",
            badRegions: "'regions' must list at least two different commercial Region codes, such as '[us-east-1, eu-west-1]'{{why}}.",
            badTraffic: "'traffic' is '{{value}}'; write one of {{allowed}}.",
            trafficStrategy: "'traffic' is '{{value}}' but 'strategy' is '{{strategy}}': {{why}}",
            badImages: "'images' is '{{value}}'; write one of {{allowed}}.",
            rebuiltImages: "'images: rebuilt' means rebuilding the image after the disaster, which takes longer than {{strategy}} allows; replicate images ('images: replicated') so the second Region can start tasks at once.",
            shortHow: "'how' should say in a sentence or more how the design meets the objectives (what runs in the second Region, what moves traffic, where images and data come from).",
        },
    },
    check(doc, ctx) {
        const v = doc.value;
        if (!(0,cloudformation/* isRecord */.u4)(v)) {
            ctx.report('notMapping', { file: doc.file }, []);
            return;
        }
        const HELP = {
            strategy: `Add 'strategy:' with one of ${recovery_objectives_quoted(multi_region_model/* STRATEGIES */.YL)}.`,
            rto: "Add 'rto:' with the longest acceptable outage as an ISO 8601 duration, such as 'PT15M'.",
            rpo: "Add 'rpo:' with the most data (time) you accept to lose, such as 'PT5M'.",
            regions: "Add 'regions:' with the Region codes the stack is deployed to, such as '[us-east-1, eu-west-1]'.",
            traffic: `Add 'traffic:' with one of ${recovery_objectives_quoted(multi_region_model/* TRAFFIC */.cW)}: how Route 53 moves users.`,
            images: `Add 'images:' with one of ${recovery_objectives_quoted(multi_region_model/* IMAGES */.no)}: where the second Region's images come from.`,
            how: "Add 'how:' with a sentence or more on how the design meets the objectives.",
        };
        for (const field of multi_region_model/* RECOVERY_FIELDS */.e7)
            if (v[field] === undefined)
                ctx.report('missingField', { file: doc.file, field, help: HELP[field] }, []);
        for (const key of Object.keys(v))
            if (!multi_region_model/* RECOVERY_FIELDS */.e7.includes(key))
                ctx.report('unknownField', { field: key, fields: recovery_objectives_quoted(multi_region_model/* RECOVERY_FIELDS */.e7) }, [key]);
        const strategy = multi_region_model/* STRATEGIES */.YL.includes(v['strategy'])
            ? v['strategy']
            : undefined;
        if (v['strategy'] !== undefined && !strategy)
            ctx.report('badStrategy', { value: String(v['strategy']), allowed: recovery_objectives_quoted(multi_region_model/* STRATEGIES */.YL) }, ['strategy']);
        for (const field of ['rto', 'rpo']) {
            if (v[field] === undefined)
                continue;
            const s = (0,multi_region_model/* durationSeconds */.o8)(v[field]);
            if (s === undefined || (s <= 0 && field === 'rto'))
                ctx.report('badDuration', { field, value: String(v[field]) }, [field]);
            else if (field === 'rto' && strategy && s < multi_region_model/* RTO_FLOOR */.JG[strategy])
                ctx.report('rtoTooShort', { value: String(v[field]), strategy, floor: FLOOR_TEXT[strategy] }, [
                    field,
                ]);
        }
        const regions = v['regions'];
        if (regions !== undefined) {
            const list = Array.isArray(regions) ? regions : [];
            const unknown = list.filter((r) => typeof r !== 'string' || !multi_region_model/* COMMERCIAL_REGIONS */.vD.includes(r));
            const distinct = new Set(list.filter((r) => typeof r === 'string'));
            if (!Array.isArray(regions) || unknown.length > 0 || distinct.size < 2 || distinct.size !== list.length)
                ctx.report('badRegions', { why: unknown.length > 0 ? `; ${recovery_objectives_quoted(unknown.map(String))} is not one` : '' }, ['regions']);
        }
        const traffic = v['traffic'];
        if (traffic !== undefined) {
            if (!multi_region_model/* TRAFFIC */.cW.includes(traffic))
                ctx.report('badTraffic', { value: String(traffic), allowed: recovery_objectives_quoted(multi_region_model/* TRAFFIC */.cW) }, ['traffic']);
            else if (strategy === 'multi-site-active-active' && traffic === 'failover')
                ctx.report('trafficStrategy', {
                    value: traffic,
                    strategy,
                    why: 'active/active serves users from every Region at once, which latency or weighted records do; failover sends them to one.',
                }, ['traffic']);
            else if (strategy && strategy !== 'multi-site-active-active' && traffic !== 'failover')
                ctx.report('trafficStrategy', {
                    value: String(traffic),
                    strategy,
                    why: "only one Region serves users in this strategy, so Route 53 must fail over ('traffic: failover'); latency or weighted records would send users to a Region that is not ready.",
                }, ['traffic']);
        }
        const images = v['images'];
        if (images !== undefined) {
            if (!multi_region_model/* IMAGES */.no.includes(images))
                ctx.report('badImages', { value: String(images), allowed: recovery_objectives_quoted(multi_region_model/* IMAGES */.no) }, ['images']);
            else if (images === 'rebuilt' && strategy && strategy !== 'backup-and-restore')
                ctx.report('rebuiltImages', { strategy }, ['images']);
        }
        const how = v['how'];
        if (how !== undefined && (typeof how !== 'string' || how.trim().length < 40))
            ctx.report('shortHow', {}, ['how']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/multi-region/index.ts
// Multi-region rules (prefix MRG), sorted by id: a region-agnostic template, ECR replication to a second Region,
// Route 53 routing records that health decides and the health checks behind them (template rules); the per-Region
// parameter files (a file-set rule); and the recovery objectives file (a YAML rule). Each file holds one rule;
// model.ts holds what they and the lab 14 rubric share.






const multiRegionRules = [
    region_agnostic, // MRG001
    image_replication, // MRG002
    routing_records, // MRG003
    health_check_probe, // MRG004
    parameter_files, // MRG005
    recovery_objectives, // MRG006
];

;// CONCATENATED MODULE: ./graders/rules/observability/container-insights-enhanced.ts
// OBS001: every ECS cluster of the template turns on Container Insights with enhanced observability, and every
// service runs in one of them. 'enabled' collects cluster- and service-level metrics only; 'enhanced' adds task-
// and container-level metrics and curated dashboards, which is what finding the one slow task takes.



const container_insights_enhanced_CLUSTER = 'AWS::ECS::Cluster';
/* harmony default export */ const container_insights_enhanced = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS001',
        name: 'container-insights-enhanced',
        target: 'cloudformation',
        severity: 'error',
        title: 'Turn on Container Insights with enhanced observability',
        description: "Every AWS::ECS::Cluster sets the 'containerInsights' cluster setting to 'enhanced', and every service names one of the template's clusters, so task- and container-level metrics reach CloudWatch for the service.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/cloudwatch-container-insights.html',
        evidence: ['ECS.12', 'CKV_AWS_65', 'AwsSolutions-ECS4'],
        messages: {
            noCluster: "The template defines no 'AWS::ECS::Cluster', so the service lands in the account's 'default' cluster, whose settings this template does not control. Add a cluster with 'ClusterSettings: [{ Name: containerInsights, Value: enhanced }]' and set the service's 'Cluster' to it.",
            missing: "Cluster '{{cluster}}' does not turn on Container Insights, so CloudWatch gets no per-task CPU, memory or network metrics. Add 'ClusterSettings: [{ Name: containerInsights, Value: enhanced }]'.",
            notEnhanced: "Cluster '{{cluster}}' sets 'containerInsights' to {{value}}: that gives cluster- and service-level metrics, but not the task- and container-level detail that shows which task is slow or restarting. Set the Value to 'enhanced'.",
            defaultCluster: "Service '{{service}}' has no 'Cluster', so it runs in the account's 'default' cluster and the Container Insights setting of '{{cluster}}' does not cover it. Set 'Cluster: !Ref {{cluster}}'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const clusters = (0,cloudformation/* resources */.ES)(t, container_insights_enhanced_CLUSTER);
        if (clusters.length === 0) {
            ctx.report('noCluster', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const c of clusters) {
            const settings = Array.isArray(c.props['ClusterSettings']) ? c.props['ClusterSettings'] : [];
            const i = settings.findIndex((s) => (0,cloudformation/* isRecord */.u4)(s) && (0,cloudformation/* literalString */.dc)(t, s['Name'])?.toLowerCase() === 'containerinsights');
            if (i < 0) {
                failed++;
                ctx.report('missing', { cluster: c.name }, [...c.path, 'Properties']);
                continue;
            }
            const value = (0,cloudformation/* literalString */.dc)(t, settings[i]['Value']);
            if (value?.toLowerCase() !== 'enhanced') {
                failed++;
                ctx.report('notEnhanced', { cluster: c.name, value: value === undefined ? 'a value decided at deploy time' : `'${value}'` }, [...c.path, 'Properties', 'ClusterSettings', i]);
            }
        }
        for (const s of (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV))
            if (s.props['Cluster'] === undefined) {
                failed++;
                ctx.report('defaultCluster', { service: s.name, cluster: clusters[0].name }, [
                    ...s.path,
                    'Properties',
                ]);
            }
        ctx.tally(clusters.length + (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV).length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/model.ts






const LOG_GROUP = 'AWS::Logs::LogGroup';
const model_KMS_KEY = 'AWS::KMS::Key';
const SNS_TOPIC = 'AWS::SNS::Topic';
const SSM_PARAMETER = 'AWS::SSM::Parameter';
const DASHBOARD = 'AWS::CloudWatch::Dashboard';
const model_LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const ROLE = 'AWS::IAM::Role';
const POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'];
/** Messages every rule of the set that needs a service shares. */
const observabilityMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to observe yet. Add the labs-web service first (see the lab README).",
};
function serviceTasks(t) {
    return (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV).map((svc) => ({ svc, td: (0,service/* taskDefinitionOf */.Ib)(t, svc) }));
}
/** A string value written back as text, with `${X}` for what intrinsics insert; undefined when it cannot be read. */
function textOf(v) {
    const tokens = (0,model/* tokensOf */.k8)(v);
    return tokens ? (0,model/* renderTokens */.lX)(tokens) : undefined;
}
/** The single reference a value is, once intrinsics are flattened: `!Ref X`, `!GetAtt X.Attr`, `${X.Attr}`. */
function onlyReference(v) {
    const tokens = (0,model/* tokensOf */.k8)(v);
    if (tokens?.length !== 1)
        return undefined;
    const t = tokens[0];
    return 'ref' in t ? t : undefined;
}
/**
 * The role a property such as 'TaskRoleArn' names, if it is a role of this template, with every policy that
 * applies to it: inline `Policies`, `AWS::IAM::Policy` and `AWS::IAM::ManagedPolicy` resources that list it in
 * `Roles`, managed policies of the template it attaches, and AWS managed policies by ARN.
 */
function rolePermissions(t, v) {
    const role = (0,cloudformation/* targetResource */.cR)(t, v);
    if (role?.resource.Type !== ROLE)
        return undefined;
    const documents = [];
    const inline = role.props['Policies'];
    if (Array.isArray(inline))
        inline.forEach((p, i) => {
            if ((0,cloudformation/* isRecord */.u4)(p))
                documents.push({
                    document: (0,lib_policy/* policyDocument */.yr)(p['PolicyDocument']),
                    path: [...role.path, 'Properties', 'Policies', i],
                });
        });
    for (const p of (0,cloudformation/* resources */.ES)(t, ...POLICY_TYPES)) {
        const roles = p.props['Roles'];
        if (Array.isArray(roles) && roles.some((r) => (0,cloudformation/* targetResource */.cR)(t, r)?.name === role.name))
            documents.push({ document: (0,lib_policy/* policyDocument */.yr)(p.props['PolicyDocument']), path: p.path });
    }
    const managed = [];
    const arns = role.props['ManagedPolicyArns'];
    if (Array.isArray(arns))
        arns.forEach((a) => {
            const own = (0,cloudformation/* targetResource */.cR)(t, a);
            if (own && POLICY_TYPES.includes(String(own.resource.Type))) {
                if (!documents.some((d) => d.path === own.path))
                    documents.push({ document: (0,lib_policy/* policyDocument */.yr)(own.props['PolicyDocument']), path: own.path });
                return;
            }
            const text = textOf(a);
            if (text !== undefined)
                managed.push(text);
        });
    return { role, documents, managed };
}
/** Allow statements of the role's documents, with what they allow. */
function allowStatements(p) {
    return p.documents.flatMap((d) => (0,lib_policy/* policyStatements */.H9)(d.document)
        .map((s) => s.statement)
        .filter((s) => s['Effect'] === 'Allow' && s['NotAction'] === undefined));
}
/** Whether a managed policy ARN (as text) names the AWS managed policy of that name. */
function isAwsManaged(arn, name) {
    return new RegExp(`^arn:(\\$\\{AWS::Partition\\}|aws[a-z-]*):iam::aws:policy/(.*/)?${name}$`).test(arn);
}
/** The actions of `wanted` that none of the role's Allow statements (on any resource) grants. */
function missingActions(p, wanted) {
    const granted = allowStatements(p).flatMap((s) => (0,lib_policy/* stringList */.Yn)(s['Action']));
    return wanted.filter((a) => !granted.some((g) => (0,lib_policy/* actionMatches */.GE)(g, a)));
}
const FULL_NAME = {
    LoadBalancer: { attr: 'LoadBalancerFullName', type: model_LOAD_BALANCER },
    TargetGroup: { attr: 'TargetGroupFullName', type: TARGET_GROUP },
};
/**
 * Judges a `LoadBalancer` or `TargetGroup` dimension value: it must be the full name ('app/<name>/<id>',
 * 'targetgroup/<name>/<id>') of a load balancer or target group of this template, which only its GetAtt gives.
 * Returns what was written and what is wanted, or undefined when it resolves.
 */
function judgeAlbDimension(t, v, name) {
    const { attr, type } = FULL_NAME[name];
    const candidates = (0,cloudformation/* resources */.ES)(t, type);
    const want = `!GetAtt ${candidates[0]?.name ?? name}.${attr}`;
    if (v === undefined)
        return { got: '(missing)', want };
    // The CDK's `targetGroup.metrics` name the load balancer through its listener's ARN: the same name.
    const ref = onlyReference(name === 'LoadBalancer' ? foldLoadBalancerFullName(t, v) : v);
    if (ref && ref.attr === attr && (0,cloudformation/* resource */.Zc)(t, ref.ref)?.resource.Type === type)
        return undefined;
    return { got: textOf(v) ?? 'a computed value', want };
}

;// CONCATENATED MODULE: ./graders/rules/observability/log-group-retention-kms.ts
// OBS002: every log group of the template keeps its events for a set period ('RetentionInDays'; without it they
// are kept, and billed, forever) and is encrypted with a customer managed KMS key ('KmsKeyId' with the key's ARN),
// so who may read the logs is decided by a key policy, not only by IAM.



/** The values CloudWatch Logs accepts for RetentionInDays (PutRetentionPolicy). */
const RETENTION_DAYS = [
    1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/* harmony default export */ const log_group_retention_kms = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS002',
        name: 'log-group-retention-kms',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep logs for a set period, encrypted with your own KMS key',
        description: "Every AWS::Logs::LogGroup sets 'RetentionInDays' to a value CloudWatch Logs accepts and 'KmsKeyId' to the ARN of a KMS key ('!GetAtt Key.Arn' for a key of this template).",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
        evidence: ['CKV_AWS_66', 'CKV_AWS_158', 'cloudwatch-log-group-encrypted'],
        messages: {
            noLogGroup: "The template defines no 'AWS::Logs::LogGroup', so the containers' logs have nowhere this stack controls to go. Add a log group with 'RetentionInDays' and 'KmsKeyId', and point the containers' log configuration at it.",
            noRetention: "Log group '{{group}}' has no 'RetentionInDays', so CloudWatch Logs keeps its events forever and you pay to store them forever. Set 'RetentionInDays', such as 30.",
            badRetention: "Log group '{{group}}' sets 'RetentionInDays' to '{{value}}', which CloudWatch Logs does not accept, so the stack fails to create it. Choose one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365 or a longer period from the CloudWatch Logs list.",
            noKey: "Log group '{{group}}' has no 'KmsKeyId', so its events are encrypted with a key CloudWatch Logs owns and only IAM decides who reads them. Create an 'AWS::KMS::Key' whose key policy lets CloudWatch Logs use it, and set 'KmsKeyId: !GetAtt <Key>.Arn'.",
            keyNotArn: "Log group '{{group}}' sets 'KmsKeyId' to {{value}}, but CloudWatch Logs needs the key's ARN ('!Ref' of a key returns its id). Set 'KmsKeyId: !GetAtt {{key}}.Arn'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const groups = (0,cloudformation/* resources */.ES)(t, LOG_GROUP);
        if (groups.length === 0) {
            ctx.report('noLogGroup', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const g of groups) {
            const at = [...g.path, 'Properties'];
            const problems = [];
            const retention = g.props['RetentionInDays'];
            const days = (0,cloudformation/* literalNumber */.TB)(t, retention);
            if (retention === undefined)
                problems.push(['noRetention', { group: g.name }, at]);
            else if (days !== undefined && !RETENTION_DAYS.includes(days))
                problems.push(['badRetention', { group: g.name, value: String(days) }, [...at, 'RetentionInDays']]);
            const key = g.props['KmsKeyId'];
            const ref = onlyReference(key);
            if (key === undefined)
                problems.push(['noKey', { group: g.name }, at]);
            else if (ref && (0,cloudformation/* resource */.Zc)(t, ref.ref)?.resource.Type === model_KMS_KEY && ref.attr !== 'Arn')
                problems.push([
                    'keyNotArn',
                    { group: g.name, key: ref.ref, value: `'${textOf(key) ?? ref.ref}'` },
                    [...at, 'KmsKeyId'],
                ]);
            if (problems.length)
                failed++;
            for (const [id, data, path] of problems)
                ctx.report(id, data, path);
        }
        ctx.tally(groups.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/log-key-policy.ts
// OBS003: a KMS key of the template that encrypts a log group lets CloudWatch Logs use it. Logs calls KMS as the
// service principal 'logs.<region>.amazonaws.com'; without a key policy statement for it, creating the log group
// fails. The statement is scoped with a condition on the log group ARN in the encryption context (or
// 'aws:SourceArn'), so no other log group, of this account or another, can use the key.




// 'logs.${AWS::Region}.${AWS::URLSuffix}' is how CDK and multi-partition templates write it.
const LOGS_PRINCIPAL = /^logs\.([a-z0-9-]+|\$\{AWS::Region\})\.(amazonaws\.com(\.cn)?|\$\{AWS::URLSuffix\})$/;
const SCOPE_KEYS = ['kms:encryptioncontext:aws:logs:arn', 'aws:sourcearn'];
/** What CloudWatch Logs calls the key for: data keys to encrypt, and decryption to read events back. */
const log_key_policy_NEEDED = ['kms:GenerateDataKey', 'kms:Decrypt'];
function principals(v) {
    if (!(0,cloudformation/* isRecord */.u4)(v))
        return [];
    const svc = v['Service'];
    const list = Array.isArray(svc) ? svc : [svc];
    return list.map((s) => textOf(s)).filter((s) => s !== undefined);
}
function isScoped(condition) {
    if (!(0,cloudformation/* isRecord */.u4)(condition))
        return false;
    return Object.values(condition).some((block) => (0,cloudformation/* isRecord */.u4)(block) &&
        Object.entries(block).some(([k, v]) => SCOPE_KEYS.includes(k.toLowerCase()) && (textOf(v) ?? '').replace(/[*:]/g, '') !== ''));
}
function log_key_policy_judge(key) {
    const forLogs = (0,lib_policy/* policyStatements */.H9)((0,lib_policy/* policyDocument */.yr)(key.props['KeyPolicy']))
        .map((s) => s.statement)
        .filter((s) => s['Effect'] === 'Allow' && principals(s['Principal']).some((p) => LOGS_PRINCIPAL.test(p)));
    if (forLogs.length === 0)
        return 'noStatement';
    const granting = forLogs.filter((s) => log_key_policy_NEEDED.every((a) => (0,lib_policy/* stringList */.Yn)(s['Action']).some((g) => (0,lib_policy/* actionMatches */.GE)(g, a))));
    if (granting.length === 0)
        return 'actions';
    return granting.some((s) => isScoped(s['Condition'])) ? 'ok' : 'unscoped';
}
/* harmony default export */ const log_key_policy = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS003',
        name: 'log-key-policy',
        target: 'cloudformation',
        severity: 'error',
        title: 'Let CloudWatch Logs use the log key, for this stack’s log groups only',
        description: "Every AWS::KMS::Key that a log group's 'KmsKeyId' names has a key policy statement allowing the service principal 'logs.<region>.amazonaws.com' at least 'kms:GenerateDataKey' and 'kms:Decrypt', with a condition on 'kms:EncryptionContext:aws:logs:arn' (or 'aws:SourceArn').",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/encrypt-log-data-kms.html',
        evidence: ['CloudWatch Logs: encrypt log data with AWS KMS'],
        messages: {
            noStatement: "Key '{{key}}' encrypts log group '{{group}}', but its key policy has no Allow statement for the principal 'logs.${AWS::Region}.amazonaws.com', so CloudWatch Logs cannot use the key and the log group fails to create. Add a statement with \"Principal: { Service: !Sub 'logs.${AWS::Region}.amazonaws.com' }\".",
            actions: "Key '{{key}}' has a key policy statement for CloudWatch Logs that does not allow both 'kms:GenerateDataKey' and 'kms:Decrypt', so Logs can neither write nor read the group's events. Allow 'kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*' and 'kms:Describe*', as the CloudWatch Logs guide shows.",
            unscoped: "Key '{{key}}' lets CloudWatch Logs use it for any log group, of any account that can name it. Add a Condition such as \"ArnLike: { 'kms:EncryptionContext:aws:logs:arn': !Sub 'arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:<name>' }\".",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        // Each key once, with the first log group it encrypts, in template order.
        const keys = new Map();
        for (const g of (0,cloudformation/* resources */.ES)(t, LOG_GROUP)) {
            const ref = onlyReference(g.props['KmsKeyId']);
            const key = ref ? (0,cloudformation/* resource */.Zc)(t, ref.ref) : undefined;
            if (key?.resource.Type === model_KMS_KEY && !keys.has(key.name))
                keys.set(key.name, { key, group: g.name });
        }
        if (keys.size === 0) {
            ctx.notApplicable('no log group is encrypted with a KMS key of this template');
            return;
        }
        for (const { key, group } of keys.values()) {
            const verdict = log_key_policy_judge(key);
            if (verdict !== 'ok')
                ctx.report(verdict, { key: key.name, group }, [...key.path, 'Properties', 'KeyPolicy']);
        }
        ctx.tally(keys.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/container-log-routing.ts
// OBS004: every container of every service's task definition sends its logs to a log group of THIS template,
// either with the awslogs driver ('awslogs-group' referring to the log group, a stream prefix, and an explicit
// delivery 'mode') or through FireLens (a log router container with 'FirelensConfiguration', application
// containers with 'LogDriver: awsfirelens' whose CloudWatch output names the log group). A log group the
// template configures (retention, KMS) protects nothing if the containers write somewhere else.




const MODES = ['blocking', 'non-blocking'];
/** Fluent Bit's CloudWatch output plugins: 'cloudwatch_logs' (the C plugin) and 'cloudwatch' (the Go one). */
const CLOUDWATCH_OUTPUTS = ['cloudwatch_logs', 'cloudwatch'];
function container_log_routing_option(options, name) {
    const key = Object.keys(options).find((k) => k.toLowerCase() === name);
    return key === undefined ? undefined : options[key];
}
/** Whether a value names a log group of this template ('!Ref LogGroup', or its literal LogGroupName). */
function isOwnLogGroup(t, v) {
    const ref = onlyReference(v);
    if (ref && !ref.attr && (0,cloudformation/* resource */.Zc)(t, ref.ref)?.resource.Type === LOG_GROUP)
        return true;
    const text = textOf(v);
    return (text !== undefined &&
        Object.values(t.Resources ?? {}).some((r) => (0,cloudformation/* isRecord */.u4)(r) &&
            r.Type === LOG_GROUP &&
            (0,cloudformation/* isRecord */.u4)(r.Properties) &&
            textOf(r.Properties['LogGroupName']) === text));
}
function judgeAwslogs(t, container, options, at) {
    const out = [];
    const group = container_log_routing_option(options, 'awslogs-group');
    if (!isOwnLogGroup(t, group))
        out.push([
            'foreignGroup',
            { container, value: group === undefined ? 'missing' : `'${textOf(group) ?? 'computed'}'` },
            at,
        ]);
    if (container_log_routing_option(options, 'awslogs-stream-prefix') === undefined)
        out.push(['noPrefix', { container }, at]);
    const rawMode = container_log_routing_option(options, 'mode');
    const mode = (0,cloudformation/* literalString */.dc)(t, rawMode);
    if (rawMode === undefined)
        out.push(['noMode', { container }, at]);
    else if (mode !== undefined && !MODES.includes(mode))
        out.push(['badMode', { container, value: mode }, at]);
    else if (mode === 'non-blocking' && container_log_routing_option(options, 'max-buffer-size') === undefined)
        out.push(['noBuffer', { container }, at]);
    return out;
}
/* harmony default export */ const container_log_routing = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS004',
        name: 'container-log-routing',
        target: 'cloudformation',
        severity: 'error',
        title: "Send every container's logs to this stack's log group",
        description: "Every container of a service's task definition logs with awslogs to a log group of this template ('awslogs-group: !Ref LogGroup', 'awslogs-stream-prefix', and 'mode' set to 'blocking' or 'non-blocking' with 'max-buffer-size'), or with 'awsfirelens' through a log router container whose CloudWatch output ('log_group_name') is such a log group.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/using_awslogs.html',
        evidence: ['ECS.9', 'AwsSolutions-ECS7', 'CT.ECS.PR.5', 'E3046'],
        messages: {
            ...observabilityMessages,
            noTaskDefinition: "Service '{{service}}' runs a task definition this template does not define, so the grader cannot see its containers' logging. Define the task definition in this template and set \"TaskDefinition: !Ref\" it.",
            noLogging: "Container '{{container}}' has no 'LogConfiguration', so its output is lost when the task stops. Add 'LogConfiguration' with 'LogDriver: awslogs' and 'awslogs-group: !Ref' this stack's log group.",
            otherDriver: "Container '{{container}}' logs with '{{value}}', which does not reach this stack's CloudWatch log group. Use 'LogDriver: awslogs' (or 'awsfirelens' with a log router).",
            foreignGroup: "Container '{{container}}' writes to log group {{value}}, not a log group of this template, so the retention and encryption you set do not apply to its logs. Set 'awslogs-group: !Ref' the template's log group.",
            noPrefix: "Container '{{container}}' has no 'awslogs-stream-prefix', which Fargate requires: the task fails to start. Set 'awslogs-stream-prefix' to the container's name, such as '{{container}}'.",
            noMode: "Container '{{container}}' leaves the log delivery 'mode' to the account default (non-blocking since June 2025, unless someone changed the account setting), so what happens when CloudWatch Logs is slow is not written down. Set 'mode' to 'non-blocking' with a 'max-buffer-size', or to 'blocking' if no line may ever be lost.",
            badMode: "Container '{{container}}' sets the log 'mode' to '{{value}}'; the driver accepts 'blocking' or 'non-blocking'. Choose one.",
            noBuffer: "Container '{{container}}' logs in non-blocking mode without 'max-buffer-size', so how many log lines a burst may hold before they are dropped is left to the default. Set 'max-buffer-size', such as '25m'.",
            noRouter: "Container '{{container}}' logs with 'awsfirelens', but the task definition has no log router container with 'FirelensConfiguration', so its logs go nowhere. Add a Fluent Bit container with \"FirelensConfiguration: { Type: fluentbit }\".",
            firelensOutput: "Container '{{container}}' sends its logs through FireLens, but not to a log group of this template ('Name' {{value}}). Set the options 'Name: cloudwatch_logs', 'region', 'log_stream_prefix' and 'log_group_name: !Ref' the template's log group.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tasks = serviceTasks(t);
        if (tasks.length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const { svc, td } of tasks) {
            if (!td) {
                checked++;
                failed++;
                ctx.report('noTaskDefinition', { service: svc.name }, [...svc.path, 'Properties', 'TaskDefinition']);
                continue;
            }
            const containers = (0,fargate_capacity_model/* containersOf */.Mz)(td);
            const hasRouter = containers.some((c) => (0,cloudformation/* isRecord */.u4)(c.def['FirelensConfiguration']));
            for (const c of containers) {
                checked++;
                const at = [...c.path, 'LogConfiguration'];
                const config = c.def['LogConfiguration'];
                const problems = [];
                const driver = (0,cloudformation/* isRecord */.u4)(config) ? (0,cloudformation/* literalString */.dc)(t, config['LogDriver']) : undefined;
                const options = (0,cloudformation/* isRecord */.u4)(config) && (0,cloudformation/* isRecord */.u4)(config['Options']) ? config['Options'] : {};
                if (!(0,cloudformation/* isRecord */.u4)(config))
                    problems.push(['noLogging', { container: c.label }, c.path]);
                else if (driver === 'awslogs')
                    problems.push(...judgeAwslogs(t, c.label, options, [...at, 'Options']));
                else if (driver === 'awsfirelens') {
                    if (!hasRouter)
                        problems.push(['noRouter', { container: c.label }, at]);
                    const output = (0,cloudformation/* literalString */.dc)(t, container_log_routing_option(options, 'name'));
                    if (!CLOUDWATCH_OUTPUTS.includes(output ?? '') ||
                        !isOwnLogGroup(t, container_log_routing_option(options, 'log_group_name')))
                        problems.push([
                            'firelensOutput',
                            { container: c.label, value: output ? `'${output}'` : 'missing' },
                            at,
                        ]);
                }
                else
                    problems.push(['otherDriver', { container: c.label, value: driver ?? 'a computed driver' }, at]);
                if (problems.length)
                    failed++;
                for (const [id, data, path] of problems)
                    ctx.report(id, data, path);
            }
        }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/tracing-sidecar.ts
// OBS005: every service's task runs a trace collector next to the application, an AWS Distro for OpenTelemetry
// (ADOT) collector or the X-Ray daemon, and the TASK role (the collector calls AWS with the task's credentials,
// not the execution role's) may send what it collects: X-Ray segments and sampling calls, and for ADOT also the
// CloudWatch Logs calls its EMF metrics exporter makes. AWS managed policies that grant these count.



const XRAY_ACTIONS = [
    'xray:PutTraceSegments',
    'xray:PutTelemetryRecords',
    'xray:GetSamplingRules',
    'xray:GetSamplingTargets',
];
const EMF_ACTIONS = ['logs:PutLogEvents', 'logs:CreateLogStream'];
/** Managed policies and the actions above they grant (from the AWS managed policy reference). */
const MANAGED = {
    AWSXRayDaemonWriteAccess: XRAY_ACTIONS,
    AWSXrayWriteOnlyAccess: XRAY_ACTIONS,
    CloudWatchAgentServerPolicy: [...XRAY_ACTIONS, ...EMF_ACTIONS],
};
/** Which collector an image is: its repository ends in 'aws-otel-collector' or 'aws-xray-daemon' (any registry). */
function collectorKind(image) {
    const repo = (image ?? '').split('@')[0].replace(/:[^/:]*$/, '');
    if (/(^|\/)aws-otel-collector$/.test(repo))
        return 'adot';
    if (/(^|\/)aws-xray-daemon$/.test(repo))
        return 'xray';
    return undefined;
}
/* harmony default export */ const tracing_sidecar = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS005',
        name: 'tracing-sidecar',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run an ADOT collector or X-Ray daemon sidecar the task role lets send traces',
        description: "Every service's task definition has a container running 'public.ecr.aws/aws-observability/aws-otel-collector' or 'public.ecr.aws/xray/aws-xray-daemon', and its 'TaskRoleArn' names a role of this template allowed 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules' and 'xray:GetSamplingTargets' (ADOT also 'logs:PutLogEvents' and 'logs:CreateLogStream'), inline, by an attached policy, or by 'AWSXRayDaemonWriteAccess' / 'CloudWatchAgentServerPolicy'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/trace-data.html',
        evidence: ['AWSXRayDaemonWriteAccess', 'CloudWatchAgentServerPolicy', 'ADOT ECS IAM policy'],
        messages: {
            ...observabilityMessages,
            noTaskDefinition: 'Service \'{{service}}\' runs a task definition this template does not define, so the grader cannot see a collector. Define the task definition here and set "TaskDefinition: !Ref" it.',
            noCollector: "Task definition '{{task}}' runs no trace collector, so requests leave no trace and a slow call cannot be followed across services. Add a container running 'public.ecr.aws/aws-observability/aws-otel-collector' (or 'public.ecr.aws/xray/aws-xray-daemon') pinned to a release tag.",
            noTaskRole: "Task definition '{{task}}' runs the {{collector}} but its 'TaskRoleArn' names no role of this template, so the collector has no credentials to send traces with. Add an 'AWS::IAM::Role' trusted by 'ecs-tasks.amazonaws.com' and set \"TaskRoleArn: !GetAtt <Role>.Arn\".",
            missingActions: "Task role '{{role}}' does not allow {{actions}}, so the {{collector}} is refused when it sends what it collects and the traces are dropped. Allow them in a policy of the role, or attach the AWS managed policy '{{managed}}'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tasks = serviceTasks(t);
        if (tasks.length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        for (const { svc, td } of tasks) {
            if (!td) {
                ctx.report('noTaskDefinition', { service: svc.name }, [...svc.path, 'Properties', 'TaskDefinition']);
                continue;
            }
            const kinds = (0,fargate_capacity_model/* containersOf */.Mz)(td).map((c) => collectorKind(textOf(c.def['Image'])));
            const kind = kinds.includes('adot')
                ? 'adot'
                : kinds.includes('xray')
                    ? 'xray'
                    : undefined;
            if (!kind) {
                ctx.report('noCollector', { task: td.name }, [...td.path, 'Properties', 'ContainerDefinitions']);
                continue;
            }
            const collector = kind === 'adot' ? 'ADOT collector' : 'X-Ray daemon';
            const perms = rolePermissions(t, td.props['TaskRoleArn']);
            if (!perms) {
                ctx.report('noTaskRole', { task: td.name, collector }, [...td.path, 'Properties']);
                continue;
            }
            const wanted = kind === 'adot' ? [...XRAY_ACTIONS, ...EMF_ACTIONS] : XRAY_ACTIONS;
            const fromManaged = Object.entries(MANAGED)
                .filter(([name]) => perms.managed.some((arn) => isAwsManaged(arn, name)))
                .flatMap(([, actions]) => actions);
            const missing = missingActions(perms, wanted).filter((a) => !fromManaged.includes(a));
            if (missing.length)
                ctx.report('missingActions', {
                    role: perms.role.name,
                    collector,
                    actions: missing.map((a) => `'${a}'`).join(', '),
                    managed: kind === 'adot' ? 'CloudWatchAgentServerPolicy' : 'AWSXRayDaemonWriteAccess',
                }, [...perms.role.path, 'Properties']);
        }
        ctx.tally(tasks.length);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/alarm-coverage.ts
// OBS006: the stack alarms on the four signals an on-call engineer needs first: the service's CPU and memory, the
// 5xx responses behind its load balancer, and unhealthy targets. Each alarm must watch THIS stack's resources: ECS
// metrics by the 'ClusterName' and 'ServiceName' dimensions of the stack's cluster and service, load balancer
// metrics by the full names only the GetAtt of the stack's load balancer and target group return. An alarm on
// hard-coded names watches a metric that does not exist and never fires. Metric-math alarms count through their
// MetricStat metrics.






const SIGNALS = [
    {
        id: 'cpu',
        label: 'CPU utilization',
        example: "AWS/ECS 'CPUUtilization'",
        metrics: [
            ['AWS/ECS', 'CPUUtilization'],
            ['ECS/ContainerInsights', 'CpuUtilized'],
        ],
    },
    {
        id: 'memory',
        label: 'memory utilization',
        example: "AWS/ECS 'MemoryUtilization'",
        metrics: [
            ['AWS/ECS', 'MemoryUtilization'],
            ['ECS/ContainerInsights', 'MemoryUtilized'],
        ],
    },
    {
        id: '5xx',
        label: '5xx responses',
        example: "AWS/ApplicationELB 'HTTPCode_Target_5XX_Count'",
        metrics: [
            ['AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count'],
            ['AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count'],
        ],
        alb: { required: ['LoadBalancer'], optional: ['TargetGroup'] },
    },
    {
        id: 'unhealthy',
        label: 'unhealthy targets',
        example: "AWS/ApplicationELB 'UnHealthyHostCount'",
        metrics: [['AWS/ApplicationELB', 'UnHealthyHostCount']],
        alb: { required: ['TargetGroup', 'LoadBalancer'], optional: [] },
    },
];
/** Whether an alarm metric is one of the signal's metrics. */
function measures(t, m, s) {
    const ns = (0,cloudformation/* literalString */.dc)(t, m.namespace);
    const name = (0,cloudformation/* literalString */.dc)(t, m.metricName);
    return s.metrics.some(([n, metric]) => n === ns && metric === name);
}
/** The alarms of the template that watch the signal (through any of their metrics). */
function alarmsOn(t, s) {
    return (0,cloudformation/* resources */.ES)(t, ALARM).filter((a) => alarmMetrics(a).some((m) => measures(t, m, s)));
}
function judgeMetric(t, m, s) {
    if (!s.alb) {
        const services = (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV);
        const judged = services.map((svc) => (0,model/* judgeServiceDimensions */.m5)(t, m.dimensions, svc));
        return judged.find((p) => p.length === 0) ?? judged[0] ?? [];
    }
    const out = [];
    for (const name of s.alb.required) {
        const p = judgeAlbDimension(t, dimensionValue(t, m.dimensions, name), name);
        if (p)
            out.push({ name, ...p });
    }
    for (const name of s.alb.optional) {
        const v = dimensionValue(t, m.dimensions, name);
        const p = v === undefined ? undefined : judgeAlbDimension(t, v, name);
        if (p)
            out.push({ name, ...p });
    }
    return out;
}
/* harmony default export */ const alarm_coverage = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS006',
        name: 'alarm-coverage',
        target: 'cloudformation',
        severity: 'error',
        title: "Alarm on CPU, memory, 5xx and unhealthy targets of this stack's service",
        description: "The template has CloudWatch alarms on the service's CPU and memory (AWS/ECS 'CPUUtilization', 'MemoryUtilization' with 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name'), on 5xx responses ('HTTPCode_Target_5XX_Count' or 'HTTPCode_ELB_5XX_Count' with 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName') and on 'UnHealthyHostCount' (with 'TargetGroup: !GetAtt TargetGroup.TargetGroupFullName' and 'LoadBalancer'), directly or as a MetricStat of a metric-math alarm.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Best_Practice_Recommended_Alarms_AWS_Services.html',
        evidence: ['CloudWatch recommended alarms (ECS, ApplicationELB)', 'OPS06-BP01'],
        messages: {
            ...observabilityMessages,
            missing: "No alarm watches the {{label}} of this stack, so nobody hears about it until users do. Add an 'AWS::CloudWatch::Alarm' on {{example}} with this stack's dimensions.",
            dimension: "Alarm '{{alarm}}' watches the {{label}}, but its '{{name}}' dimension is '{{got}}' where this stack needs '{{want}}'. A metric with other dimension values is another resource's, or none, so the alarm never fires. Set the dimension's Value to '{{want}}'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const s of SIGNALS) {
            const candidates = [];
            for (const alarm of alarmsOn(t, s))
                for (const metric of alarmMetrics(alarm).filter((m) => measures(t, m, s)))
                    candidates.push({ alarm, metric, problems: judgeMetric(t, metric, s) });
            if (candidates.length === 0) {
                failed++;
                ctx.report('missing', { label: s.label, example: s.example }, ['Resources']);
                continue;
            }
            if (candidates.some((c) => c.problems.length === 0))
                continue;
            failed++;
            const best = [...candidates].sort((a, b) => a.problems.length - b.problems.length)[0];
            const at = best.metric.path;
            for (const p of best.problems)
                ctx.report('dimension', { alarm: best.alarm.name, label: s.label, ...p }, at);
        }
        ctx.tally(SIGNALS.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/alarm-notifications.ts
// OBS007: every alarm on the four operational signals (OBS006) tells someone: its 'AlarmActions' name an SNS topic
// of this template ('!Ref AlarmTopic' returns the topic's ARN), and its actions are not switched off. An alarm
// without actions changes colour in the console, where nobody is looking at 3 a.m.





/* harmony default export */ const alarm_notifications = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS007',
        name: 'alarm-notifications',
        target: 'cloudformation',
        severity: 'error',
        title: 'Notify an SNS topic of this stack from every operational alarm',
        description: "Every alarm on the service's CPU, memory, 5xx responses or unhealthy targets lists an AWS::SNS::Topic of this template in 'AlarmActions' ('!Ref AlarmTopic') and does not set 'ActionsEnabled: false'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html',
        evidence: ['CloudWatch PutMetricAlarm AlarmActions', 'CloudWatch.15', 'OPS06-BP01'],
        messages: {
            ...observabilityMessages,
            noAlarm: 'The template has no alarm on the service yet, so there is nothing to notify anyone with. Add the alarms first (task 5), each with "AlarmActions: [!Ref AlarmTopic]".',
            noTopic: "Alarm '{{alarm}}' names no SNS topic of this template in 'AlarmActions', so when it fires nobody is told. Add an 'AWS::SNS::Topic' and set \"AlarmActions: [!Ref {{topic}}]\".",
            disabled: "Alarm '{{alarm}}' sets 'ActionsEnabled' to false, so its actions never run. Remove 'ActionsEnabled' or set it to true.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        if ((0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        const alarms = new Map();
        for (const s of SIGNALS)
            for (const a of alarmsOn(t, s))
                alarms.set(a.name, a);
        if (alarms.size === 0) {
            ctx.report('noAlarm', {}, ['Resources']);
            return;
        }
        const topics = (0,cloudformation/* resources */.ES)(t, SNS_TOPIC);
        for (const a of alarms.values()) {
            const at = [...a.path, 'Properties'];
            if ((0,cloudformation/* literalBool */.KG)(t, a.props['ActionsEnabled']) === false)
                ctx.report('disabled', { alarm: a.name }, [...at, 'ActionsEnabled']);
            else if (!topics.some((topic) => (0,cloudformation/* refersTo */.zA)(a.props['AlarmActions'], topic.name)))
                ctx.report('noTopic', { alarm: a.name, topic: topics[0]?.name ?? 'AlarmTopic' }, at);
        }
        ctx.tally(alarms.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/dashboard.ts
// OBS008: a CloudWatch dashboard shows this stack's service and load balancer. 'DashboardBody' is JSON text,
// usually built with Fn::Sub so it can name the stack's resources; the rule reads the text with every '${X}'
// replaced by a marker, parses it, and looks for a metric row of the service (AWS/ECS or ECS/ContainerInsights with
// this cluster's and service's names) and one of the load balancer (AWS/ApplicationELB with its full name). A
// dashboard of hard-coded names shows another stack's graphs, or empty ones.





const MARK = '@@';
/**
 * The body as JSON text with each reference written as a marker: '@@Ref@@' or '@@Ref.Attr@@' inside a JSON
 * string, and 0 outside one (a number such as a period given by a parameter). Undefined when unreadable.
 */
function bodyText(v) {
    const tokens = (0,model/* tokensOf */.k8)(v);
    if (!tokens)
        return undefined;
    let out = '';
    let inString = false;
    for (const tok of tokens) {
        if ('text' in tok) {
            for (let i = 0; i < tok.text.length; i++) {
                const ch = tok.text[i];
                out += ch;
                if (ch === '\\' && inString) {
                    out += tok.text[++i] ?? '';
                    continue;
                }
                if (ch === '"')
                    inString = !inString;
            }
        }
        else
            out += inString ? `${MARK}${tok.ref}${tok.attr ? `.${tok.attr}` : ''}${MARK}` : '0';
    }
    return out;
}
/** A dimension value from the body back as tokens: markers become references, the rest text. */
function valueTokens(s) {
    return s
        .split(MARK)
        .map((piece, i) => {
        if (i % 2 === 0)
            return { text: piece };
        const dot = piece.indexOf('.');
        return dot < 0 ? { ref: piece } : { ref: piece.slice(0, dot), attr: piece.slice(dot + 1) };
    })
        .filter((tok) => !('text' in tok) || tok.text !== '');
}
/** Every metric row of every widget, with '.' (same as the row above) filled in; options objects dropped. */
function metricRows(body) {
    const widgets = (0,cloudformation/* isRecord */.u4)(body) && Array.isArray(body['widgets']) ? body['widgets'] : [];
    const rows = [];
    for (const w of widgets) {
        const metrics = (0,cloudformation/* isRecord */.u4)(w) && (0,cloudformation/* isRecord */.u4)(w['properties']) ? w['properties']['metrics'] : undefined;
        if (!Array.isArray(metrics))
            continue;
        let previous = [];
        for (const row of metrics) {
            if (!Array.isArray(row))
                continue;
            const filled = row
                .filter((cell) => typeof cell === 'string')
                .map((cell, i) => (cell === '.' ? (previous[i] ?? '') : cell));
            rows.push(filled);
            previous = filled;
        }
    }
    return rows;
}
function dimension(row, name) {
    for (let i = 2; i + 1 < row.length; i += 2)
        if (row[i] === name)
            return valueTokens(row[i + 1]);
    return undefined;
}
function showsService(t, rows, svc) {
    const clusters = (0,model/* clusterNameForms */.jp)(t, svc);
    return rows.some((row) => {
        if (row[0] !== 'AWS/ECS' && row[0] !== 'ECS/ContainerInsights')
            return false;
        const cluster = dimension(row, 'ClusterName');
        const service = dimension(row, 'ServiceName');
        return (cluster !== undefined &&
            service !== undefined &&
            (!clusters || (0,model/* partIs */.OA)(cluster, clusters)) &&
            (0,model/* partIs */.OA)(service, (0,model/* serviceNameForms */.O1)(t, svc)));
    });
}
function showsLoadBalancer(t, rows) {
    const forms = (0,cloudformation/* resources */.ES)(t, model_LOAD_BALANCER).map((lb) => ({ ref: lb.name, attr: 'LoadBalancerFullName' }));
    return rows.some((row) => {
        const lb = dimension(row, 'LoadBalancer');
        return row[0] === 'AWS/ApplicationELB' && lb !== undefined && (0,model/* partIs */.OA)(lb, forms);
    });
}
/* harmony default export */ const dashboard = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS008',
        name: 'dashboard',
        target: 'cloudformation',
        severity: 'error',
        title: "Show this stack's service and load balancer on a dashboard",
        description: "The template has an AWS::CloudWatch::Dashboard whose 'DashboardBody' is valid JSON with a metric row of the service (AWS/ECS with 'ClusterName' '${Cluster}' and 'ServiceName' '${Service.Name}') and one of the load balancer (AWS/ApplicationELB with 'LoadBalancer' '${LoadBalancer.LoadBalancerFullName}').",
        docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html',
        evidence: ['CloudWatch dashboard body structure'],
        messages: {
            ...observabilityMessages,
            noDashboard: "The template has no 'AWS::CloudWatch::Dashboard', so during an incident everyone builds their own graphs. Add one whose 'DashboardBody' (a '!Sub' JSON string) graphs the service's CPU and memory and the load balancer's requests and errors.",
            unreadable: "Dashboard '{{dashboard}}' has a 'DashboardBody' that is not valid JSON ({{why}}), so CloudFormation fails to create it. Check quotes and commas; write references as \"${Cluster}\" inside JSON strings.",
            noServiceMetric: 'Dashboard \'{{dashboard}}\' graphs no metric of service \'{{service}}\': a row needs \'ClusterName\' "${Cluster}" and \'ServiceName\' "${{{service}}.Name}", not names written by hand. Add a row such as ["AWS/ECS", "CPUUtilization", "ClusterName", "${Cluster}", "ServiceName", "${{{service}}.Name}"].',
            noLoadBalancerMetric: 'Dashboard \'{{dashboard}}\' graphs no metric of this stack\'s load balancer: a row needs \'LoadBalancer\' "${LoadBalancer.LoadBalancerFullName}". Add a row such as ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", "${LoadBalancer.LoadBalancerFullName}"].',
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = (0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV);
        if (services.length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        const dashboards = (0,cloudformation/* resources */.ES)(t, DASHBOARD);
        if (dashboards.length === 0) {
            ctx.report('noDashboard', {}, ['Resources']);
            return;
        }
        // Rows of every readable dashboard together: the service and the load balancer may be on different ones.
        const rows = [];
        let firstReadable;
        for (const d of dashboards) {
            const text = bodyText(d.props['DashboardBody']);
            let body;
            try {
                if (text === undefined)
                    throw new Error('it is built with an intrinsic the grader cannot read');
                body = JSON.parse(text);
            }
            catch (e) {
                ctx.report('unreadable', { dashboard: d.name, why: e.message }, [
                    ...d.path,
                    'Properties',
                    'DashboardBody',
                ]);
                continue;
            }
            firstReadable ??= d;
            rows.push(...metricRows(body));
        }
        if (!firstReadable)
            return;
        const at = [...firstReadable.path, 'Properties', 'DashboardBody'];
        for (const svc of services)
            if (!showsService(t, rows, svc))
                ctx.report('noServiceMetric', { dashboard: firstReadable.name, service: svc.name }, at);
        if ((0,cloudformation/* resources */.ES)(t, model_LOAD_BALANCER).length > 0 && !showsLoadBalancer(t, rows))
            ctx.report('noLoadBalancerMetric', { dashboard: firstReadable.name }, at);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/ssm-configuration.ts
// OBS009: the service reads its configuration from Systems Manager Parameter Store: a container's 'Secrets' entry
// takes its value from a parameter ('ValueFrom' is the parameter of this template, by '!Ref' or in an ARN built
// with Sub), and the task EXECUTION role, which fetches it before the container starts, is allowed
// 'ssm:GetParameters' on exactly that parameter. A wildcard resource would let the task read every parameter of the
// account, other teams' database passwords included.






const PSEUDO = /\$\{AWS::(Partition|Region|AccountId|URLSuffix)\}/g;
const ARN = /^arn:[^:]+:ssm:[^:]*:[^:]*:parameter(.*)$/;
/**
 * How a value names a Parameter Store parameter, as comparable keys: 'res:<logical id>' for a parameter of this
 * template, 'name:<name>' for its name as text (leading '/' dropped). Empty when it names no parameter; 'wild'
 * when the name has a wildcard.
 */
function parameterKeys(t, v) {
    const keys = new Set();
    const tokens = (0,model/* tokensOf */.k8)(v);
    if (!tokens)
        return { keys, wild: false };
    const text = (0,model/* renderTokens */.lX)(tokens).replace(PSEUDO, (_m, p) => p.toLowerCase());
    const arn = ARN.exec(text);
    const name = (arn ? arn[1] : text).replace(/^\//, '');
    if (!arn && !text.startsWith('/')) {
        // A bare value is a parameter only when it is '!Ref' of one.
        const only = /^\$\{([A-Za-z0-9]+)\}$/.exec(text);
        if (!only || (0,cloudformation/* resource */.Zc)(t, only[1])?.resource.Type !== SSM_PARAMETER)
            return { keys, wild: text.includes('*') };
    }
    const ref = /^\$\{([A-Za-z0-9]+)\}$/.exec(name);
    if (ref && (0,cloudformation/* resource */.Zc)(t, ref[1])?.resource.Type === SSM_PARAMETER) {
        keys.add(`res:${ref[1]}`);
        const own = textOf((0,cloudformation/* resource */.Zc)(t, ref[1]).props['Name']);
        if (own !== undefined)
            keys.add(`name:${own.replace(PSEUDO, (_m, p) => p.toLowerCase()).replace(/^\//, '')}`);
    }
    else if (name !== '') {
        keys.add(`name:${name}`);
        for (const p of (0,cloudformation/* resources */.ES)(t, SSM_PARAMETER)) {
            const own = textOf(p.props['Name'])
                ?.replace(PSEUDO, (_m, q) => q.toLowerCase())
                .replace(/^\//, '');
            if (own === name)
                keys.add(`res:${p.name}`);
        }
    }
    return { keys, wild: name.includes('*') || text === '*' };
}
const overlaps = (a, b) => [...a].some((k) => b.has(k));
/* harmony default export */ const ssm_configuration = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'OBS009',
        name: 'ssm-configuration',
        target: 'cloudformation',
        severity: 'error',
        title: 'Read configuration from Parameter Store, allowed on exactly that parameter',
        description: "A container of every service's task definition has a 'Secrets' entry whose 'ValueFrom' is an AWS::SSM::Parameter of this template ('!Ref' it, or its ARN built with Sub), and the task definition's 'ExecutionRoleArn' names a role of this template with an Allow statement for 'ssm:GetParameters' whose Resource is that parameter's ARN, not a wildcard.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html',
        evidence: ['ECS task execution role: Systems Manager parameters', 'CT.ECS.PR.12', 'IAM.21'],
        messages: {
            ...observabilityMessages,
            noTaskDefinition: 'Service \'{{service}}\' runs a task definition this template does not define, so the grader cannot see where its configuration comes from. Define the task definition here and set "TaskDefinition: !Ref" it.',
            noParameter: "No container of task definition '{{task}}' reads a Parameter Store parameter of this template, so changing the configuration means rebuilding the image or editing the task definition. Add an 'AWS::SSM::Parameter' and a container 'Secrets' entry with \"ValueFrom: !Ref <Parameter>\".",
            noExecutionRole: "Task definition '{{task}}' reads parameter '{{parameter}}' but its 'ExecutionRoleArn' names no role of this template, so the grader cannot see that the agent may fetch it. Add the execution role here and set \"ExecutionRoleArn: !GetAtt <Role>.Arn\".",
            notAllowed: "Execution role '{{role}}' is not allowed 'ssm:GetParameters' on parameter '{{parameter}}', so the task fails to start with an access denied error. Add a statement with 'Action: ssm:GetParameters' and \"Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${{{parameter}}}'\".",
            tooBroad: "Execution role '{{role}}' allows 'ssm:GetParameters' on '{{resource}}', every matching parameter of the account, not only '{{parameter}}'. Narrow the Resource to that parameter's ARN.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const tasks = serviceTasks(t);
        if (tasks.length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        for (const { svc, td } of tasks) {
            if (!td) {
                ctx.report('noTaskDefinition', { service: svc.name }, [...svc.path, 'Properties', 'TaskDefinition']);
                continue;
            }
            // The first secret that names a parameter of this template is the one judged.
            let found;
            for (const c of (0,fargate_capacity_model/* containersOf */.Mz)(td)) {
                const secrets = Array.isArray(c.def['Secrets']) ? c.def['Secrets'] : [];
                for (const s of secrets) {
                    if (!(0,cloudformation/* isRecord */.u4)(s) || found)
                        continue;
                    const { keys } = parameterKeys(t, s['ValueFrom']);
                    const res = [...keys].find((k) => k.startsWith('res:'));
                    if (res)
                        found = { keys, label: res.slice(4) };
                }
            }
            if (!found) {
                ctx.report('noParameter', { task: td.name }, [...td.path, 'Properties', 'ContainerDefinitions']);
                continue;
            }
            const perms = rolePermissions(t, td.props['ExecutionRoleArn']);
            if (!perms) {
                ctx.report('noExecutionRole', { task: td.name, parameter: found.label }, [...td.path, 'Properties']);
                continue;
            }
            const granting = allowStatements(perms).filter((s) => (0,lib_policy/* stringList */.Yn)(s['Action']).some((a) => (0,lib_policy/* actionMatches */.GE)(a, 'ssm:GetParameters')));
            const resourcesOf = (s) => Array.isArray(s['Resource']) ? s['Resource'] : [s['Resource']];
            const judged = granting.flatMap((s) => resourcesOf(s).map((r) => ({ r, ...parameterKeys(t, r) })));
            const broad = judged.find((j) => j.wild || textOf(j.r) === '*');
            const at = [...perms.role.path, 'Properties'];
            if (broad)
                ctx.report('tooBroad', { role: perms.role.name, parameter: found.label, resource: textOf(broad.r) ?? '*' }, at);
            else if (!judged.some((j) => overlaps(j.keys, found.keys)))
                ctx.report('notAllowed', { role: perms.role.name, parameter: found.label }, at);
        }
        ctx.tally(tasks.length);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/index.ts
// Observability rules (prefix OBS) for CloudFormation templates, sorted by id: Container Insights, log groups and
// their key, container log routing, a trace collector and its permissions, alarms and who they notify, a dashboard,
// and configuration from Parameter Store. Each file holds one rule; model.ts reads services' task definitions, roles
// and load balancer dimensions.









const observabilityRules = [
    container_insights_enhanced, // OBS001
    log_group_retention_kms, // OBS002
    log_key_policy, // OBS003
    container_log_routing, // OBS004
    tracing_sidecar, // OBS005
    alarm_coverage, // OBS006
    alarm_notifications, // OBS007
    dashboard, // OBS008
    ssm_configuration, // OBS009
];

;// CONCATENATED MODULE: ./graders/rules/service-connect/model.ts

const NAMESPACE_TYPES = [
    'AWS::ServiceDiscovery::HttpNamespace',
    'AWS::ServiceDiscovery::PrivateDnsNamespace',
    'AWS::ServiceDiscovery::PublicDnsNamespace',
];
const cache = new WeakMap();
/** The model of a template, built once per template and shared by every rule. */
function modelOf(t) {
    let m = cache.get(t);
    if (!m) {
        m = build(t);
        cache.set(t, m);
    }
    return m;
}
function build(t) {
    const taskDefinitions = new Map();
    for (const r of (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition'))
        taskDefinitions.set(r.name, readTaskDefinition(t, r));
    const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service').map((r) => readService(t, r, taskDefinitions));
    return { template: t, services, taskDefinitions, namespaces: (0,cloudformation/* resources */.ES)(t, ...NAMESPACE_TYPES) };
}
function readTaskDefinition(t, r) {
    const list = r.props['ContainerDefinitions'];
    const containers = [];
    if (Array.isArray(list)) {
        list.forEach((def, index) => {
            if (!(0,cloudformation/* isRecord */.u4)(def))
                return;
            const path = [...r.path, 'Properties', 'ContainerDefinitions', index];
            const name = (0,cloudformation/* literalString */.dc)(t, def['Name']);
            containers.push({
                index,
                label: name ?? `#${index + 1}`,
                path,
                def,
                essential: (0,cloudformation/* literalBool */.KG)(t, def['Essential']) !== false,
                portMappings: readPortMappings(t, def['PortMappings'], [...path, 'PortMappings']),
                environment: readEnvironment(t, def['Environment'], [...path, 'Environment']),
            });
        });
    }
    return { name: r.name, path: r.path, props: r.props, containers };
}
function readPortMappings(t, v, at) {
    if (!Array.isArray(v))
        return [];
    const out = [];
    v.forEach((pm, index) => {
        if (!(0,cloudformation/* isRecord */.u4)(pm))
            return;
        out.push({
            index,
            path: [...at, index],
            name: (0,cloudformation/* literalString */.dc)(t, pm['Name']),
            containerPort: (0,cloudformation/* literalNumber */.TB)(t, pm['ContainerPort']),
            appProtocol: pm['AppProtocol'],
        });
    });
    return out;
}
function readEnvironment(t, v, at) {
    if (!Array.isArray(v))
        return [];
    const out = [];
    v.forEach((e, index) => {
        if (!(0,cloudformation/* isRecord */.u4)(e))
            return;
        out.push({
            name: (0,cloudformation/* literalString */.dc)(t, e['Name']) ?? `#${index + 1}`,
            path: [...at, index, 'Value'],
            text: flatten(t, e['Value']),
        });
    });
    return out;
}
function readService(t, r, tds) {
    const tdValue = r.props['TaskDefinition'];
    const tdTarget = (0,cloudformation/* targetOf */.$r)(tdValue);
    const taskDefinition = tdTarget ? tds.get(tdTarget) : undefined;
    const clusterTarget = (0,cloudformation/* targetOf */.$r)(r.props['Cluster']);
    const cluster = clusterTarget ? (0,cloudformation/* resource */.Zc)(t, clusterTarget) : undefined;
    const scValue = r.props['ServiceConnectConfiguration'];
    const registries = [];
    const regs = r.props['ServiceRegistries'];
    if (Array.isArray(regs)) {
        for (const reg of regs) {
            const target = (0,cloudformation/* isRecord */.u4)(reg) ? (0,cloudformation/* targetOf */.$r)(reg['RegistryArn']) : undefined;
            const res = target ? (0,cloudformation/* resource */.Zc)(t, target) : undefined;
            if (res && res.resource.Type === 'AWS::ServiceDiscovery::Service')
                registries.push(res);
        }
    }
    return {
        name: r.name,
        path: r.path,
        props: r.props,
        resource: r,
        taskDefinition,
        taskDefinitionRef: taskDefinition ? 'resource' : tdValue === undefined ? 'missing' : 'other',
        cluster: cluster?.resource.Type === 'AWS::ECS::Cluster' ? cluster : undefined,
        serviceConnect: (0,cloudformation/* isRecord */.u4)(scValue) && !(0,cloudformation/* isIntrinsic */.I9)(scValue)
            ? readServiceConnect(t, scValue, [...r.path, 'Properties', 'ServiceConnectConfiguration'])
            : undefined,
        serviceConnectComputed: scValue !== undefined && (!(0,cloudformation/* isRecord */.u4)(scValue) || (0,cloudformation/* isIntrinsic */.I9)(scValue)),
        registries,
    };
}
function readServiceConnect(t, sc, path) {
    const services = [];
    const list = sc['Services'];
    if (Array.isArray(list)) {
        list.forEach((s, index) => {
            if (!(0,cloudformation/* isRecord */.u4)(s))
                return;
            const at = [...path, 'Services', index];
            const aliases = [];
            const rawAliases = s['ClientAliases'];
            if (Array.isArray(rawAliases)) {
                rawAliases.forEach((a, i) => {
                    if (!(0,cloudformation/* isRecord */.u4)(a))
                        return;
                    aliases.push({
                        index: i,
                        path: [...at, 'ClientAliases', i],
                        dnsName: (0,cloudformation/* literalString */.dc)(t, a['DnsName']),
                        rawDnsName: a['DnsName'],
                        port: (0,cloudformation/* literalNumber */.TB)(t, a['Port']),
                        rawPort: a['Port'],
                    });
                });
            }
            services.push({
                index,
                path: at,
                portName: (0,cloudformation/* literalString */.dc)(t, s['PortName']),
                rawPortName: s['PortName'],
                discoveryName: (0,cloudformation/* literalString */.dc)(t, s['DiscoveryName']),
                aliases,
                rawAliases,
            });
        });
    }
    return {
        path,
        enabled: (0,cloudformation/* literalBool */.KG)(t, sc['Enabled']),
        namespace: sc['Namespace'],
        services,
        logConfiguration: sc['LogConfiguration'],
    };
}
// ---------------------------------------------------------------------------------------------------------
// Questions the rules ask.
/** Service Connect is switched on: a configuration object with `Enabled: true`. */
function usesServiceConnect(s) {
    return s.serviceConnect?.enabled === true;
}
/** A client-server service: Service Connect on, with at least one entry in `Services`. */
function isServer(s) {
    return usesServiceConnect(s) && s.serviceConnect.services.length > 0;
}
/** Every named port mapping of a task definition, with its container. */
function namedPorts(td) {
    return td.containers.flatMap((container) => container.portMappings.filter((m) => m.name !== undefined).map((mapping) => ({ container, mapping })));
}
/**
 * What a `Namespace` value (a service's or the cluster default's) points at. ECS takes the namespace's name
 * or ARN; `!Ref` of a namespace returns its ID ('ns-…'), which is neither.
 */
function resolveNamespace(t, v) {
    const target = (0,cloudformation/* targetOf */.$r)(v);
    if (target) {
        const ns = (0,cloudformation/* resource */.Zc)(t, target);
        if (!ns)
            return { kind: 'computed' };
        if (!NAMESPACE_TYPES.includes(ns.resource.Type))
            return { kind: 'not-namespace', target, type: ns.resource.Type };
        if ((0,cloudformation/* isRecord */.u4)(v) && v['Ref'] !== undefined)
            return { kind: 'id', ns, how: 'ref' };
        const attr = (0,cloudformation/* attributeOf */.w4)(v);
        if (attr === 'Id')
            return { kind: 'id', ns, how: 'getatt-id' };
        return { kind: 'resource', ns, how: 'arn' };
    }
    const text = (0,cloudformation/* literalString */.dc)(t, v);
    if (text === undefined)
        return { kind: 'computed' };
    if (text.startsWith('arn:'))
        return { kind: 'arn', arn: text };
    const byName = (0,cloudformation/* resources */.ES)(t, ...NAMESPACE_TYPES).find((ns) => (0,cloudformation/* literalString */.dc)(t, ns.props['Name']) === text);
    return byName ? { kind: 'resource', ns: byName, how: 'name' } : { kind: 'name', name: text };
}
/** The Namespace a service's Service Connect uses: its own, or else its cluster's ServiceConnectDefaults. */
function effectiveNamespace(s) {
    const own = s.serviceConnect?.namespace;
    if (own !== undefined && s.serviceConnect)
        return { value: own, path: [...s.serviceConnect.path, 'Namespace'], from: 'service' };
    const defaults = s.cluster?.props['ServiceConnectDefaults'];
    if (s.cluster && (0,cloudformation/* isRecord */.u4)(defaults) && defaults['Namespace'] !== undefined) {
        return {
            value: defaults['Namespace'],
            path: [...s.cluster.path, 'Properties', 'ServiceConnectDefaults', 'Namespace'],
            from: 'cluster',
        };
    }
    return undefined;
}
/** The namespace resource a service's Service Connect ends up in, when the template makes that clear. */
function namespaceOfService(t, s) {
    const eff = effectiveNamespace(s);
    if (!eff)
        return undefined;
    const r = resolveNamespace(t, eff.value);
    return r.kind === 'resource' || r.kind === 'id' ? r.ns : undefined;
}
/** The namespace a Cloud Map service lives in (NamespaceId, or DnsConfig.NamespaceId). */
function namespaceOfRegistry(t, reg) {
    const dns = reg.props['DnsConfig'];
    const v = reg.props['NamespaceId'] ?? ((0,cloudformation/* isRecord */.u4)(dns) ? dns['NamespaceId'] : undefined);
    const target = (0,cloudformation/* targetOf */.$r)(v);
    const ns = target ? (0,cloudformation/* resource */.Zc)(t, target) : undefined;
    return ns && NAMESPACE_TYPES.includes(ns.resource.Type) ? ns : undefined;
}
/**
 * The names a client task can call. For Service Connect: each client alias (its DnsName, or the documented
 * default 'discoveryName.namespace' / 'portName.namespace'). For Cloud Map DNS: 'service.namespace'.
 */
function endpoints(m) {
    const t = m.template;
    const out = [];
    for (const s of m.services) {
        if (isServer(s)) {
            const nsName = (0,cloudformation/* literalString */.dc)(t, namespaceOfService(t, s)?.props['Name']);
            for (const e of s.serviceConnect.services) {
                for (const a of e.aliases) {
                    const fallback = e.discoveryName ?? e.portName;
                    const host = a.dnsName ?? (fallback && nsName ? `${fallback}.${nsName}` : undefined);
                    if (host)
                        out.push({ server: s, host, port: a.port, via: 'service-connect', path: a.path });
                }
            }
        }
        for (const reg of s.registries) {
            const name = (0,cloudformation/* literalString */.dc)(t, reg.props['Name']);
            const nsName = (0,cloudformation/* literalString */.dc)(t, namespaceOfRegistry(t, reg)?.props['Name']);
            if (name && nsName) {
                out.push({
                    server: s,
                    host: `${name}.${nsName}`,
                    port: registryPort(t, s),
                    via: 'cloud-map',
                    path: reg.path,
                });
            }
        }
    }
    return out;
}
/** The container port a Cloud Map registration advertises (A records carry no port: the container's own). */
function registryPort(t, s) {
    const regs = s.props['ServiceRegistries'];
    if (Array.isArray(regs)) {
        for (const reg of regs) {
            if (!(0,cloudformation/* isRecord */.u4)(reg))
                continue;
            const p = (0,cloudformation/* literalNumber */.TB)(t, reg['ContainerPort']) ?? (0,cloudformation/* literalNumber */.TB)(t, reg['Port']);
            if (p !== undefined)
                return p;
        }
    }
    const first = s.taskDefinition?.containers.flatMap((c) => c.portMappings)[0];
    return first?.containerPort;
}
/**
 * Whether a text (an environment value such as 'http://backend:8080/api') calls a host on a port. A URL
 * without a port matches port 80 for http:// and 443 for https://.
 */
function matchHost(text, host, port) {
    const h = host.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(^|[^a-z0-9.-])${h}(?::(\\d+))?(?![a-z0-9.-])`, 'gi');
    let found;
    for (const m of text.matchAll(re)) {
        const explicit = m[2] === undefined ? undefined : Number(m[2]);
        const before = text.slice(0, m.index + m[1].length).toLowerCase();
        const implied = explicit ?? (before.endsWith('https://') ? 443 : before.endsWith('http://') ? 80 : undefined);
        if (port !== undefined && implied === port)
            return 'exact';
        if (port === undefined && implied !== undefined)
            return 'exact';
        found = 'other-port';
    }
    return found;
}
/** Every environment variable of one service that names another service's endpoint. */
function aliasUses(m) {
    const eps = endpoints(m);
    const out = [];
    for (const client of m.services) {
        for (const container of client.taskDefinition?.containers ?? []) {
            for (const env of container.environment) {
                if (env.text === undefined)
                    continue;
                for (const endpoint of eps) {
                    if (endpoint.server === client)
                        continue;
                    const match = matchHost(env.text, endpoint.host, endpoint.port);
                    if (match)
                        out.push({ client, container, env, endpoint, match });
                }
            }
        }
    }
    return out;
}
/**
 * Whether resource `from` is created after `to`: an explicit DependsOn or a reference in its properties,
 * followed transitively (CloudFormation orders both the same way).
 */
function dependsOn(t, from, to) {
    const seen = new Set();
    const stack = [from];
    while (stack.length) {
        const cur = stack.pop();
        if (seen.has(cur))
            continue;
        seen.add(cur);
        const res = (0,cloudformation/* resource */.Zc)(t, cur)?.resource;
        if (!res)
            continue;
        const direct = [
            ...(typeof res.DependsOn === 'string'
                ? [res.DependsOn]
                : Array.isArray(res.DependsOn)
                    ? res.DependsOn.filter((d) => typeof d === 'string')
                    : []),
            ...(0,cloudformation/* referencesIn */.ii)(res.Properties),
        ];
        if (direct.includes(to))
            return true;
        stack.push(...direct);
    }
    return false;
}
/**
 * A property value as text where the template fixes it: literals, parameters with defaults, `Fn::Sub` and
 * `Fn::Join` over those. Anything decided at deploy time becomes '${…}', so host names around it still match.
 */
function flatten(t, v, depth = 0) {
    if (depth > 8)
        return undefined;
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    if (!(0,cloudformation/* isRecord */.u4)(v))
        return undefined;
    if (typeof v['Ref'] === 'string') {
        const s = (0,cloudformation/* literalString */.dc)(t, v);
        return s ?? `\${${v['Ref']}}`;
    }
    const sub = v['Fn::Sub'];
    if (sub !== undefined) {
        const [text, vars] = typeof sub === 'string' ? [sub, {}] : Array.isArray(sub) ? [sub[0], sub[1]] : [undefined, undefined];
        if (typeof text !== 'string')
            return undefined;
        return text.replace(/\$\{([^}!]+)\}/g, (whole, name) => {
            if ((0,cloudformation/* isRecord */.u4)(vars) && vars[name] !== undefined)
                return flatten(t, vars[name], depth + 1) ?? whole;
            const param = t.Parameters?.[name];
            if ((0,cloudformation/* isRecord */.u4)(param) && param['Default'] !== undefined)
                return String(param['Default']);
            return whole;
        });
    }
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        return join[1].map((part) => flatten(t, part, depth + 1) ?? '${?}').join(join[0]);
    }
    return undefined;
}
/** 'the text …' / 'a list' / …: how a wrong value reads in a message. */
function model_describe(v) {
    if (v === undefined)
        return 'missing';
    if (v === null)
        return "'null'";
    if (Array.isArray(v))
        return 'a list';
    if ((0,cloudformation/* isIntrinsic */.I9)(v))
        return `a value computed with '${Object.keys(v)[0]}'`;
    if (typeof v === 'object')
        return 'an object';
    if (typeof v === 'string')
        return `'${v.length > 60 ? `${v.slice(0, 57)}…` : v}'`;
    return `'${String(v)}'`;
}

;// CONCATENATED MODULE: ./graders/rules/service-connect/two-fargate-services.ts
// SCN001: the template runs (at least) two ECS services on Fargate, a front end and a back end, each from its own
// task definition in this template and in a cluster of this template, so every other SCN rule can follow them.




const two_fargate_services_FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];
/* harmony default export */ const two_fargate_services = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN001',
        name: 'two-fargate-services',
        target: 'cloudformation',
        severity: 'error',
        title: 'Run a front-end and a back-end service on Fargate',
        description: 'The template declares at least two AWS::ECS::Service resources on Fargate, each with its own task definition and cluster from the same template, so the front end and the back end can be deployed, scaled and connected separately.',
        docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html',
        evidence: ['E3052', 'E3054'],
        messages: {
            tooFew: "The template declares {{services}}, but this lab needs two: a front end that calls a back end. Add an 'AWS::ECS::Service' for each, with its own task definition.",
            noTaskDefinition: "Service '{{service}}' has no 'TaskDefinition', so ECS has nothing to run. Set 'TaskDefinition: !Ref <TaskDefinition>' to a task definition in this template.",
            taskDefinitionNotInTemplate: "Service '{{service}}' takes its task definition from {{what}}, which the grader cannot follow. Declare the task definition in this template and set 'TaskDefinition: !Ref <TaskDefinition>'.",
            sharedTaskDefinition: "Services '{{service}}' and '{{other}}' run the same task definition '{{taskDefinition}}', so the front end and back end are one application twice. Give each service its own 'AWS::ECS::TaskDefinition'.",
            noCluster: "Service '{{service}}' sets no 'Cluster', so ECS puts it in the account's 'default' cluster, outside this stack. Set 'Cluster: !Ref <Cluster>' to the cluster in this template.",
            clusterNotInTemplate: "Service '{{service}}' takes its cluster from {{what}}, not from this template. Declare an 'AWS::ECS::Cluster' and set 'Cluster: !Ref <Cluster>'.",
            taskDefinitionNotFargate: "Service '{{service}}' runs on Fargate, but its task definition '{{taskDefinition}}' lists 'RequiresCompatibilities' {{list}} without 'FARGATE', so ECS refuses to start it there. Set 'RequiresCompatibilities: [FARGATE]'.",
            notFargate: "Service '{{service}}' does not run on Fargate: it sets {{what}}. Set 'LaunchType: FARGATE' (or a 'CapacityProviderStrategy' of 'FARGATE'/'FARGATE_SPOT').",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        const services = m.services;
        let failed = 0;
        if (services.length < 2) {
            ctx.report('tooFew', { services: (0,plural/* countNoun */.y)(services.length, 'ECS service') }, services[0]?.path ?? ['Resources']);
            failed += 2 - services.length;
        }
        const seen = new Map();
        for (const s of services) {
            const bad = [];
            const at = (key) => [...s.path, 'Properties', key];
            if (s.taskDefinitionRef === 'missing')
                bad.push(() => ctx.report('noTaskDefinition', { service: s.name }, s.path));
            else if (s.taskDefinitionRef === 'other')
                bad.push(() => ctx.report('taskDefinitionNotInTemplate', { service: s.name, what: model_describe(s.props['TaskDefinition']) }, at('TaskDefinition')));
            else {
                const other = seen.get(s.taskDefinition.name);
                if (other)
                    bad.push(() => ctx.report('sharedTaskDefinition', { service: s.name, other, taskDefinition: s.taskDefinition.name }, at('TaskDefinition')));
                else
                    seen.set(s.taskDefinition.name, s.name);
            }
            if (s.props['Cluster'] === undefined)
                bad.push(() => ctx.report('noCluster', { service: s.name }, s.path));
            else if (!s.cluster)
                bad.push(() => ctx.report('clusterNotInTemplate', { service: s.name, what: model_describe(s.props['Cluster']) }, at('Cluster')));
            const launch = (0,cloudformation/* literalString */.dc)(doc.template, s.props['LaunchType']);
            // No launch type and no strategy of its own: the cluster's default strategy decides.
            const strategy = s.props['CapacityProviderStrategy'] ??
                (launch === undefined ? s.cluster?.props['DefaultCapacityProviderStrategy'] : undefined);
            const providers = Array.isArray(strategy)
                ? strategy.map((p) => (0,cloudformation/* isRecord */.u4)(p) ? (0,cloudformation/* literalString */.dc)(doc.template, p['CapacityProvider']) : undefined)
                : [];
            const fargate = launch === 'FARGATE' ||
                (launch === undefined &&
                    providers.length > 0 &&
                    providers.every((p) => p !== undefined && two_fargate_services_FARGATE_PROVIDERS.includes(p)));
            if (!fargate) {
                const what = launch !== undefined
                    ? `'LaunchType: ${launch}'`
                    : providers.length > 0
                        ? `capacity providers ${providers.map((p) => (p === undefined ? 'a computed one' : `'${p}'`)).join(', ')}`
                        : "neither 'LaunchType' nor 'CapacityProviderStrategy'";
                bad.push(() => ctx.report('notFargate', { service: s.name, what }, launch !== undefined ? at('LaunchType') : s.path));
            }
            // A Fargate service needs a task definition that declares Fargate compatibility (ECS validates it at launch).
            const compat = s.taskDefinition
                ? (0,cloudformation/* literalList */.uG)(doc.template, s.taskDefinition.props['RequiresCompatibilities'])
                : undefined;
            if (fargate &&
                s.taskDefinition &&
                compat &&
                !compat.some((c) => (0,cloudformation/* literalString */.dc)(doc.template, c) === 'FARGATE')) {
                const td = s.taskDefinition;
                bad.push(() => ctx.report('taskDefinitionNotFargate', {
                    service: s.name,
                    taskDefinition: td.name,
                    list: `[${compat.map((c) => (0,cloudformation/* literalString */.dc)(doc.template, c) ?? '?').join(', ')}]`,
                }, [...td.path, 'Properties', 'RequiresCompatibilities']));
            }
            for (const report of bad)
                report();
            if (bad.length)
                failed++;
        }
        ctx.tally(Math.max(2, services.length), failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/service-connect-namespace.ts
// SCN002: a Cloud Map namespace is declared in the template, and every service that uses Service Connect (or Cloud
// Map DNS discovery) really lands in it: through its own Namespace or its cluster's ServiceConnectDefaults,
// resolved through Ref/GetAtt. Both services must share one namespace, or the front end cannot see the back end.



const SHORT = {
    'AWS::ServiceDiscovery::HttpNamespace': 'HttpNamespace',
    'AWS::ServiceDiscovery::PrivateDnsNamespace': 'PrivateDnsNamespace',
    'AWS::ServiceDiscovery::PublicDnsNamespace': 'PublicDnsNamespace',
};
/* harmony default export */ const service_connect_namespace = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN002',
        name: 'service-connect-namespace',
        target: 'cloudformation',
        severity: 'error',
        title: 'Put both services in one Cloud Map namespace from the template',
        description: "The template declares an AWS::ServiceDiscovery::HttpNamespace or PrivateDnsNamespace, and every Service Connect service reaches it through its own 'Namespace' or its cluster's 'ServiceConnectDefaults', given as the namespace's ARN ('!GetAtt X.Arn') or name; Service Connect only connects services in the same namespace.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
        evidence: ['ECS ServiceConnectConfiguration.namespace', 'ECS ClusterServiceConnectDefaults'],
        messages: {
            noNamespace: "The template declares no Cloud Map namespace. Add an 'AWS::ServiceDiscovery::HttpNamespace' (Service Connect needs no DNS zone), then point the cluster's 'ServiceConnectDefaults: { Namespace: !GetAtt <Namespace>.Arn }' at it.",
            defaultsCreateNamespace: "The cluster's 'ServiceConnectDefaults' names '{{name}}', but no namespace resource of this template has that name, so ECS creates one outside the stack that deleting the stack leaves behind. Declare an 'AWS::ServiceDiscovery::HttpNamespace' and use '!GetAtt <Namespace>.Arn'.",
            noNamespaceForService: "Service '{{service}}' turns Service Connect on, but neither it ('ServiceConnectConfiguration.Namespace') nor its cluster ('ServiceConnectDefaults.Namespace') names a namespace, so ECS rejects the service. Set the cluster default to '!GetAtt <Namespace>.Arn'.",
            refIsId: "{{where}} uses {{how}} on '{{namespace}}', which returns the namespace ID ('ns-…'), but ECS takes the namespace's name or ARN here. Use '!GetAtt {{namespace}}.Arn'.",
            notNamespace: "{{where}} points at '{{target}}', a '{{type}}', not a Cloud Map namespace. Point it at an 'AWS::ServiceDiscovery::HttpNamespace' with '!GetAtt <Namespace>.Arn'.",
            nameWithoutDependsOn: "{{where}} names the namespace '{{name}}' as text, so CloudFormation does not know '{{resource}}' must wait for '{{namespace}}' and may create it first. Use '!GetAtt {{namespace}}.Arn', which also sets the order.",
            unknownName: "{{where}} names the namespace '{{name}}', but no namespace in this template has that name. Use '!GetAtt <Namespace>.Arn' of the namespace you declared.",
            externalArn: "{{where}} uses the namespace ARN '{{arn}}' from outside this template. Declare the namespace in the template and use '!GetAtt <Namespace>.Arn', so the stack creates and deletes it with the services.",
            computed: "{{where}} is {{what}}, which the grader cannot resolve to a namespace of this template. Use '!GetAtt <Namespace>.Arn'.",
            publicNamespace: "Service '{{service}}' uses '{{namespace}}', a public DNS namespace, which publishes names in public DNS for internal services. Use an 'AWS::ServiceDiscovery::HttpNamespace' (or 'PrivateDnsNamespace') instead.",
            differentNamespaces: "Service '{{service}}' is in namespace '{{namespace}}', but '{{other}}' is in '{{otherNamespace}}'; Service Connect only connects services in the same namespace. Use one namespace for both (the cluster default is the simplest way).",
            registryWithoutNamespace: "Service '{{service}}' registers in the Cloud Map service '{{registry}}', which names no namespace of this template. Set its 'DnsConfig.NamespaceId' to '!Ref <PrivateDnsNamespace>'.",
            cloudMapNeedsDns: "Service '{{service}}' registers in '{{registry}}', which lives in '{{namespace}}', an HTTP namespace: it has no DNS names, so a front end cannot resolve the back end by name. Use an 'AWS::ServiceDiscovery::PrivateDnsNamespace', or switch to Service Connect.",
            namespaceUnused: "The namespace '{{namespace}}' is declared, but no service uses it: neither the cluster's 'ServiceConnectDefaults' nor any service's 'ServiceConnectConfiguration' reaches it. Set 'ServiceConnectDefaults: { Namespace: !GetAtt {{namespace}}.Arn }' on the cluster and turn Service Connect on in both services.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const m = modelOf(t);
        if (m.namespaces.length === 0) {
            const withDefaults = m.services
                .map((s) => s.cluster)
                .find((c) => c && (0,cloudformation/* isRecord */.u4)(c.props['ServiceConnectDefaults']));
            const name = withDefaults
                ? (0,cloudformation/* literalString */.dc)(t, withDefaults.props['ServiceConnectDefaults']['Namespace'])
                : undefined;
            if (withDefaults && name !== undefined) {
                ctx.report('defaultsCreateNamespace', { name }, [
                    ...withDefaults.path,
                    'Properties',
                    'ServiceConnectDefaults',
                    'Namespace',
                ]);
            }
            else
                ctx.report('noNamespace', {}, ['Resources']);
            ctx.tally(1, 1);
            return;
        }
        let checked = 0;
        const failed = new Set();
        const placed = [];
        const reported = new Set();
        for (const s of m.services.filter(usesServiceConnect)) {
            checked++;
            const fail = (id, data, at) => {
                failed.add(s.name);
                // A cluster default shared by both services is reported once, though it fails each of them.
                const key = `${id}\u0000${JSON.stringify(at)}`;
                if (!reported.has(key))
                    ctx.report(id, { service: s.name, ...data }, at);
                reported.add(key);
            };
            const eff = effectiveNamespace(s);
            if (!eff) {
                fail('noNamespaceForService', {}, s.serviceConnect.path);
                continue;
            }
            const owner = eff.from === 'service' ? s.name : s.cluster.name;
            const where = eff.from === 'service'
                ? `Service '${s.name}' ('ServiceConnectConfiguration.Namespace')`
                : `Cluster '${owner}' ('ServiceConnectDefaults.Namespace', used by service '${s.name}')`;
            const r = resolveNamespace(t, eff.value);
            switch (r.kind) {
                case 'resource':
                    if (r.how === 'name' && !dependsOn(t, owner, r.ns.name)) {
                        fail('nameWithoutDependsOn', {
                            where,
                            name: (0,cloudformation/* literalString */.dc)(t, r.ns.props['Name']) ?? r.ns.name,
                            resource: owner,
                            namespace: r.ns.name,
                        }, eff.path);
                    }
                    else if (r.ns.resource.Type === 'AWS::ServiceDiscovery::PublicDnsNamespace') {
                        fail('publicNamespace', { namespace: r.ns.name }, eff.path);
                    }
                    else
                        placed.push({ service: s, ns: r.ns });
                    break;
                case 'id':
                    fail('refIsId', { where, how: r.how === 'ref' ? "'!Ref'" : "'!GetAtt …Id'", namespace: r.ns.name }, eff.path);
                    break;
                case 'not-namespace':
                    fail('notNamespace', { where, target: r.target, type: r.type }, eff.path);
                    break;
                case 'name':
                    fail('unknownName', { where, name: r.name }, eff.path);
                    break;
                case 'arn':
                    fail('externalArn', { where, arn: r.arn }, eff.path);
                    break;
                default:
                    fail('computed', { where, what: model_describe(eff.value) }, eff.path);
            }
        }
        // A cluster default that every service overrides is still deployed, and ECS rejects a namespace ID there
        // even though no service uses it: check each cluster's default on its own.
        const clusters = new Map(m.services.filter((s) => s.cluster).map((s) => [s.cluster.name, s.cluster]));
        for (const c of clusters.values()) {
            const defaults = c.props['ServiceConnectDefaults'];
            if (!(0,cloudformation/* isRecord */.u4)(defaults) || defaults['Namespace'] === undefined)
                continue;
            const at = [...c.path, 'Properties', 'ServiceConnectDefaults', 'Namespace'];
            const r = resolveNamespace(t, defaults['Namespace']);
            const key = `refIsId\u0000${JSON.stringify(at)}`;
            if (r.kind !== 'id' || reported.has(key))
                continue;
            checked++;
            failed.add(`cluster:${c.name}`);
            reported.add(key);
            ctx.report('refIsId', {
                where: `Cluster '${c.name}' ('ServiceConnectDefaults.Namespace')`,
                how: r.how === 'ref' ? "'!Ref'" : "'!GetAtt …Id'",
                namespace: r.ns.name,
            }, at);
        }
        // Same namespace for everyone: the first client-server's namespace is the reference, else the first one's.
        const ref = placed.find((p) => p.service.serviceConnect.services.length > 0) ?? placed[0];
        for (const p of placed) {
            if (ref && p.ns.name !== ref.ns.name) {
                failed.add(p.service.name);
                ctx.report('differentNamespaces', {
                    service: p.service.name,
                    namespace: p.ns.name,
                    other: ref.service.name,
                    otherNamespace: ref.ns.name,
                }, effectiveNamespace(p.service).path);
            }
        }
        // Cloud Map DNS discovery instead of Service Connect: the registry's namespace must be a DNS namespace.
        for (const s of m.services.filter((x) => !usesServiceConnect(x) && x.registries.length > 0)) {
            checked++;
            for (const reg of s.registries) {
                const ns = namespaceOfRegistry(t, reg);
                if (!ns) {
                    failed.add(s.name);
                    ctx.report('registryWithoutNamespace', { service: s.name, registry: reg.name }, reg.path);
                }
                else if (ns.resource.Type !== 'AWS::ServiceDiscovery::PrivateDnsNamespace') {
                    failed.add(s.name);
                    ctx.report('cloudMapNeedsDns', { service: s.name, registry: reg.name, namespace: `${ns.name} (${SHORT[ns.resource.Type]})` }, reg.path);
                }
            }
        }
        if (checked === 0) {
            ctx.report('namespaceUnused', { namespace: m.namespaces[0].name }, m.namespaces[0].path);
            ctx.tally(1, 1);
            return;
        }
        ctx.tally(checked, failed.size);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/service-connect-enabled.ts
// SCN003: every ECS service joins Service Connect with `Enabled: true`, the back end as a client-server and the
// front end as a client. A service that uses Cloud Map DNS discovery (ServiceRegistries) instead counts as half
// configured: it is discoverable, but without the Service Connect proxy.


/* harmony default export */ const service_connect_enabled = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN003',
        name: 'service-connect-enabled',
        target: 'cloudformation',
        severity: 'error',
        title: 'Turn Service Connect on in every service',
        description: "Every ECS service sets 'ServiceConnectConfiguration' with 'Enabled: true'. The front end needs it too: only tasks of a Service Connect service get the proxy that resolves and balances the back end's client alias. A service on Cloud Map DNS discovery (ServiceRegistries) instead counts as half configured.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html',
        evidence: ['ECS ServiceConnectConfiguration.enabled'],
        messages: {
            noServices: "The template declares no 'AWS::ECS::Service', so no service can join Service Connect. Add the front-end and back-end services first.",
            missing: "Service '{{service}}' does not use Service Connect. Add 'ServiceConnectConfiguration: { Enabled: true }'; a front end that only calls the back end needs it as well, because only tasks of Service Connect services can resolve client aliases.",
            disabled: "Service '{{service}}' sets Service Connect 'Enabled' to {{value}}, not 'true', so its tasks get no Service Connect proxy and cannot call (or be called through) a client alias. Set 'Enabled: true'.",
            enabledMissing: "Service '{{service}}' has a 'ServiceConnectConfiguration' without 'Enabled', which CloudFormation requires. Add 'Enabled: true'.",
            computed: "Service '{{service}}' sets 'ServiceConnectConfiguration' to {{what}}, so the grader cannot tell whether Service Connect is on. Write the object out with 'Enabled: true'.",
            cloudMapOnly: "Service '{{service}}' uses Cloud Map DNS discovery ('ServiceRegistries') instead of Service Connect. That works, but without the Service Connect proxy: no client-side load balancing, retries, outlier detection or per-service metrics. Add 'ServiceConnectConfiguration: { Enabled: true }'.",
            cloudMapClient: "Service '{{service}}' joins neither Service Connect nor Cloud Map. In a Cloud Map DNS design a client needs nothing more, but with Service Connect it needs 'ServiceConnectConfiguration: { Enabled: true }', so its tasks get the proxy that resolves the back end's client alias.",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        if (m.services.length === 0) {
            ctx.report('noServices', {}, ['Resources']);
            ctx.tally(1, 1);
            return;
        }
        // Two units a service: Service Connect earns both, Cloud Map discovery one.
        let failed = 0;
        const cloudMapDesign = m.services.some((s) => s.registries.length > 0);
        for (const s of m.services) {
            const sc = s.serviceConnect;
            const at = [...s.path, 'Properties', 'ServiceConnectConfiguration'];
            if (sc?.enabled === true)
                continue;
            const raw = sc
                ? s.props['ServiceConnectConfiguration']['Enabled']
                : undefined;
            if (s.serviceConnectComputed)
                ctx.report('computed', { service: s.name, what: model_describe(s.props['ServiceConnectConfiguration']) }, at);
            else if (sc && raw === undefined)
                ctx.report('enabledMissing', { service: s.name }, at);
            else if (sc)
                ctx.report('disabled', { service: s.name, value: model_describe(raw) }, [...at, 'Enabled']);
            else if (s.registries.length > 0) {
                ctx.report('cloudMapOnly', { service: s.name }, [...s.path, 'Properties', 'ServiceRegistries']);
                failed += 1;
                continue;
            }
            else if (cloudMapDesign) {
                // In a Cloud Map design a pure client registers nothing: it is as configured as that design allows.
                ctx.report('cloudMapClient', { service: s.name }, s.path);
                failed += 1;
                continue;
            }
            else
                ctx.report('missing', { service: s.name }, s.path);
            failed += 2;
        }
        ctx.tally(2 * m.services.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/port-name-matches-task-definition.ts
// SCN004: each `PortName` a client-server service publishes names a port mapping (`PortMappings[].Name`) in the
// task definition *that service* runs, followed through its TaskDefinition Ref; ECS rejects the service otherwise.


/* harmony default export */ const port_name_matches_task_definition = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN004',
        name: 'port-name-matches-task-definition',
        target: 'cloudformation',
        severity: 'error',
        title: "Publish a port the service's own task definition names",
        description: "Every 'ServiceConnectConfiguration.Services[].PortName' matches the 'Name' of a port mapping in the task definition the service references; the grader follows the service's TaskDefinition Ref, so a name that exists only in another task definition does not count.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html',
        evidence: ['ECS ServiceConnectService.portName', 'ECS PortMapping.name'],
        messages: {
            noPortName: "Service '{{service}}' publishes a Service Connect entry without a 'PortName', which CloudFormation requires. Set it to the 'Name' of the container port mapping to publish, such as '{{suggest}}'.",
            portNameComputed: "Service '{{service}}' sets 'PortName' to {{what}}, so it cannot be checked against the task definition. Write the port mapping's name as text.",
            taskDefinitionUnknown: "Service '{{service}}' publishes port '{{port}}', but its task definition is not a resource of this template, so the name cannot be checked. Set 'TaskDefinition: !Ref <TaskDefinition>'.",
            noNamedPorts: "Service '{{service}}' publishes port '{{port}}', but no port mapping in its task definition '{{taskDefinition}}' has a 'Name', and ECS rejects the service. Add 'Name: {{port}}' (and 'AppProtocol: http') to the container's port mapping.",
            portNameMissing: "Service '{{service}}' publishes port '{{port}}', but its task definition '{{taskDefinition}}' names only {{names}}{{elsewhere}}, and ECS rejects the service. Use one of those names, or rename the port mapping to '{{port}}'.",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        const servers = m.services.filter(isServer);
        if (servers.length === 0)
            return ctx.notApplicable('no service publishes a Service Connect endpoint');
        let checked = 0;
        let failed = 0;
        for (const s of servers) {
            const td = s.taskDefinition;
            const names = td ? namedPorts(td) : [];
            for (const e of s.serviceConnect.services) {
                checked++;
                const at = [...e.path, 'PortName'];
                const port = e.portName;
                if (port === undefined) {
                    failed++;
                    if (e.rawPortName === undefined)
                        ctx.report('noPortName', { service: s.name, suggest: names[0]?.mapping.name ?? 'api' }, e.path);
                    else
                        ctx.report('portNameComputed', { service: s.name, what: model_describe(e.rawPortName) }, at);
                    continue;
                }
                if (!td) {
                    failed++;
                    ctx.report('taskDefinitionUnknown', { service: s.name, port }, at);
                    continue;
                }
                if (names.some((n) => n.mapping.name === port))
                    continue;
                failed++;
                if (names.length === 0) {
                    ctx.report('noNamedPorts', { service: s.name, port, taskDefinition: td.name }, at);
                    continue;
                }
                const others = [...m.taskDefinitions.values()].filter((o) => o !== td && namedPorts(o).some((n) => n.mapping.name === port));
                ctx.report('portNameMissing', {
                    service: s.name,
                    port,
                    taskDefinition: td.name,
                    names: names.map((n) => `'${n.mapping.name}'`).join(', '),
                    elsewhere: others.length
                        ? ` ('${port}' is in '${others.map((o) => o.name).join("', '")}', which this service does not run)`
                        : '',
                }, at);
            }
        }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/port-mapping-app-protocol.ts
// SCN005: the port mapping a client-server publishes through Service Connect states its AppProtocol, so the
// proxy handles it as HTTP, HTTP/2 or gRPC (retries, per-status metrics) instead of as plain TCP.



const PROTOCOLS = ['http', 'http2', 'grpc'];
/* harmony default export */ const port_mapping_app_protocol = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN005',
        name: 'port-mapping-app-protocol',
        target: 'cloudformation',
        severity: 'warning',
        title: 'State the application protocol of the published port',
        description: "The port mapping each Service Connect entry publishes sets 'AppProtocol' to 'http', 'http2' or 'grpc'. Without it Service Connect treats the traffic as TCP and adds no protocol-specific connection handling or telemetry.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
        evidence: ['ECS PortMapping.appProtocol'],
        messages: {
            missing: "Port mapping '{{port}}' of container '{{container}}' (task definition '{{taskDefinition}}') is published through Service Connect but has no 'AppProtocol', so the proxy treats it as plain TCP: no HTTP retries and no per-status metrics. Add 'AppProtocol: http' (or 'http2', 'grpc').",
            invalid: "Port mapping '{{port}}' of container '{{container}}' sets 'AppProtocol' to {{value}}, but ECS accepts only 'http', 'http2' or 'grpc'. Use the protocol your application speaks, such as 'http'.",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        let checked = 0;
        let failed = 0;
        const seen = new Set();
        for (const s of m.services.filter(isServer)) {
            if (!s.taskDefinition)
                continue;
            const td = s.taskDefinition;
            for (const e of s.serviceConnect.services) {
                const hit = namedPorts(td).find((n) => n.mapping.name === e.portName);
                if (!hit)
                    continue; // SCN004 reports names that do not resolve.
                const key = JSON.stringify(hit.mapping.path);
                if (seen.has(key))
                    continue;
                seen.add(key);
                checked++;
                const data = { port: hit.mapping.name, container: hit.container.label, taskDefinition: td.name };
                const raw = hit.mapping.appProtocol;
                if (raw === undefined) {
                    failed++;
                    ctx.report('missing', data, hit.mapping.path);
                }
                else {
                    const value = (0,cloudformation/* literalString */.dc)(doc.template, raw);
                    if (value === undefined || !PROTOCOLS.includes(value)) {
                        failed++;
                        ctx.report('invalid', { ...data, value: model_describe(raw) }, [...hit.mapping.path, 'AppProtocol']);
                    }
                }
            }
        }
        if (checked === 0)
            return ctx.notApplicable('no published port mapping resolves');
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/client-alias.ts
// SCN006: the back end is a client-server: each Service Connect entry it publishes has exactly one client alias
// with a port and an explicit DnsName (the name the front end calls), and names ECS accepts. A back end registered
// with Cloud Map DNS discovery instead counts as half done: it has a name, but no Service Connect endpoint.


/** ECS API ServiceConnectClientAlias.dnsName and ServiceConnectService.discoveryName character rules. */
const DNS_NAME = /^[a-z0-9_][a-z0-9_.-]{0,126}$/;
const DISCOVERY_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;
/* harmony default export */ const client_alias = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN006',
        name: 'client-alias',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give the back end a client alias with a DNS name and port',
        description: "The back end publishes at least one Service Connect entry, and each has exactly one 'ClientAliases' entry with a 'Port' (1–65535) and an explicit 'DnsName'; DiscoveryName and DnsName follow the ECS naming rules and each alias is unique in the namespace. A back end on Cloud Map DNS discovery instead counts as half done.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html',
        evidence: ['ECS ServiceConnectService.clientAliases', 'ECS ServiceConnectClientAlias'],
        messages: {
            noServer: "No service publishes anything through Service Connect, so the front end has no name to call. Make the back end a client-server: add 'Services: [{ PortName: <port mapping name>, DiscoveryName: backend, ClientAliases: [{ DnsName: backend, Port: 8080 }] }]' to its 'ServiceConnectConfiguration'.",
            cloudMapServer: "Service '{{service}}' is discoverable through Cloud Map DNS ('{{registry}}'), which works but is not Service Connect. Publish it as a Service Connect client-server instead: 'Services' with a 'PortName' and a client alias ('DnsName' and 'Port') the front end calls.",
            noAliases: "Service '{{service}}' publishes port '{{port}}' without 'ClientAliases', so the front end has no stable name and port to call (ECS requires one alias with a port). Add 'ClientAliases: [{ DnsName: backend, Port: 8080 }]'.",
            tooManyAliases: "Service '{{service}}' lists {{count}} client aliases for port '{{port}}', but ECS allows one per entry. Keep one, or publish another port mapping as a second entry.",
            noPort: "Client alias {{alias}} of service '{{service}}' has no 'Port', which ECS requires: it is the port the front end calls. Add 'Port: 8080' (the port your client already uses).",
            badPort: "Client alias {{alias}} of service '{{service}}' has 'Port' {{value}}; it must be a whole number from 1 to 65535. Use the port your client calls, such as '8080'.",
            noDnsName: "Client alias {{alias}} of service '{{service}}' has no 'DnsName', so clients must call '{{fallback}}', a name the template never states. Set 'DnsName' explicitly (for example 'backend') and use it in the front end's URL.",
            dnsNameComputed: "Client alias {{alias}} of service '{{service}}' sets 'DnsName' to {{value}}, so the grader cannot tell which name the front end must call. Write the name as text, such as 'backend'.",
            badDnsName: "Client alias {{alias}} of service '{{service}}' has 'DnsName' '{{value}}', but ECS accepts up to 127 lowercase letters, digits, '_', '-' and '.', not starting with '-'. Use a name such as 'backend'.",
            badDiscoveryName: "Service '{{service}}' has 'DiscoveryName' '{{value}}', but ECS accepts up to 64 lowercase letters, digits, '_' and '-', not starting with '-'. Use a name such as 'backend'.",
            duplicateAlias: "Client alias '{{name}}:{{port}}' of service '{{service}}' is also used by '{{other}}'; each name and port must be unique in the namespace. Give one of them another 'DnsName' or 'Port'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const m = modelOf(t);
        const servers = m.services.filter(isServer);
        if (servers.length === 0) {
            const cloudMap = m.services.find((s) => s.registries.length > 0);
            if (cloudMap) {
                ctx.report('cloudMapServer', { service: cloudMap.name, registry: cloudMap.registries[0].name }, [
                    ...cloudMap.path,
                    'Properties',
                    'ServiceRegistries',
                ]);
                ctx.tally(2, 1);
            }
            else {
                ctx.report('noServer', {}, m.services[0]?.path ?? ['Resources']);
                ctx.tally(1, 1);
            }
            return;
        }
        let checked = 0;
        let failed = 0;
        const taken = new Map();
        for (const s of servers) {
            const ns = namespaceOfService(t, s);
            for (const e of s.serviceConnect.services) {
                checked++;
                let bad = false;
                const report = (id, data, at) => {
                    bad = true;
                    ctx.report(id, { service: s.name, port: e.portName ?? '?', ...data }, at);
                };
                if (e.discoveryName !== undefined && !DISCOVERY_NAME.test(e.discoveryName)) {
                    report('badDiscoveryName', { value: e.discoveryName }, [...e.path, 'DiscoveryName']);
                }
                if (!Array.isArray(e.rawAliases) || e.rawAliases.length === 0)
                    report('noAliases', {}, e.path);
                else if (e.rawAliases.length > 1)
                    report('tooManyAliases', { count: e.rawAliases.length }, [...e.path, 'ClientAliases']);
                for (const a of e.aliases) {
                    const alias = e.aliases.length > 1 ? `#${a.index + 1}` : `of port '${e.portName ?? '?'}'`;
                    if (a.rawPort === undefined)
                        report('noPort', { alias }, a.path);
                    else if (a.port === undefined || !Number.isInteger(a.port) || a.port < 1 || a.port > 65535) {
                        report('badPort', { alias, value: model_describe(a.rawPort) }, [...a.path, 'Port']);
                    }
                    if (a.rawDnsName === undefined) {
                        const nsName = ns
                            ? typeof ns.props['Name'] === 'string'
                                ? ns.props['Name']
                                : ns.name
                            : '<namespace>';
                        report('noDnsName', { alias, fallback: `${e.discoveryName ?? e.portName ?? '?'}.${nsName}` }, a.path);
                    }
                    else if (a.dnsName === undefined)
                        report('dnsNameComputed', { alias, value: model_describe(a.rawDnsName) }, [...a.path, 'DnsName']);
                    else if (!DNS_NAME.test(a.dnsName))
                        report('badDnsName', { alias, value: a.dnsName }, [...a.path, 'DnsName']);
                    else if (a.port !== undefined) {
                        const key = `${ns?.name ?? ''}\u0000${a.dnsName}:${a.port}`;
                        const other = taken.get(key);
                        if (other && other !== s.name)
                            report('duplicateAlias', { name: a.dnsName, port: a.port, other }, [...a.path, 'DnsName']);
                        else
                            taken.set(key, s.name);
                    }
                }
                if (bad)
                    failed++;
            }
        }
        ctx.tally(checked, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/client-calls-alias.ts
// SCN007: the front end reaches the back end through its client alias: an environment variable of a container in
// the front end's own task definition holds a URL with the alias's DnsName and Port, and the front end joins
// Service Connect so that name resolves in its tasks. Calling a Cloud Map DNS name instead counts as half done.


/* harmony default export */ const client_calls_alias = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN007',
        name: 'client-calls-alias',
        target: 'cloudformation',
        severity: 'error',
        title: 'Call the back end through its client alias from the front end',
        description: "A container of another service (the front end) has an environment variable whose value calls the back end's client alias as 'DnsName:Port' (for example 'http://backend:8080'), and that service has Service Connect enabled, because only its tasks resolve the alias. Calling a Cloud Map DNS name instead counts as half done.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
        evidence: ['ECS ServiceConnectClientAlias.dnsName', 'ECS ServiceConnectClientAlias.port'],
        messages: {
            noClient: "The template has only one ECS service, so nothing calls the back end. Add a front-end service whose container gets the back end's URL, such as 'BACKEND_URL=http://backend:8080'.",
            nothingToCall: "No service publishes a client alias or a Cloud Map name yet, so the front end has nothing to call. First make the back end a client-server with a client alias, then point the front end's URL at it.",
            noCall: "No container of '{{client}}' calls the back end's client alias: add an environment variable such as 'BACKEND_URL' with the value '{{url}}' to its task definition '{{taskDefinition}}'.",
            wrongPort: "'{{variable}}' of container '{{container}}' ('{{client}}') calls '{{host}}' on another port than its client alias publishes ({{port}}), so the request reaches no listener. Use '{{url}}': the client alias 'Port' is what clients call, whatever the container port is.",
            clientNotInServiceConnect: "'{{variable}}' of '{{client}}' calls the alias '{{host}}', but '{{client}}' does not use Service Connect, so its tasks cannot resolve that name. Add 'ServiceConnectConfiguration: { Enabled: true }' to '{{client}}'.",
            cloudMapCall: "'{{variable}}' of '{{client}}' calls '{{host}}' through Cloud Map DNS, which works but bypasses Service Connect's proxy (load balancing per request, retries, metrics). Call the back end's client alias instead: {{suggestion}}.",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        if (m.services.length < 2) {
            ctx.report('noClient', {}, m.services[0]?.path ?? ['Resources']);
            ctx.tally(1, 1);
            return;
        }
        const eps = endpoints(m);
        if (eps.length === 0) {
            ctx.report('nothingToCall', {}, m.services[0].path);
            ctx.tally(1, 1);
            return;
        }
        const uses = aliasUses(m);
        const exact = uses.filter((u) => u.match === 'exact' && u.endpoint.via === 'service-connect');
        const good = exact.find((u) => usesServiceConnect(u.client));
        if (good) {
            ctx.tally(2, 0);
            return;
        }
        const first = exact[0];
        if (first) {
            ctx.report('clientNotInServiceConnect', { variable: first.env.name, client: first.client.name, host: first.endpoint.host }, [...first.client.path, 'Properties']);
            ctx.tally(2, 1);
            return;
        }
        const cloudMap = uses.find((u) => u.match === 'exact' && u.endpoint.via === 'cloud-map');
        if (cloudMap) {
            // The alias the back end actually publishes, when it publishes one; otherwise the README's.
            const alias = eps.find((e) => e.via === 'service-connect' && e.server === cloudMap.endpoint.server);
            const suggestion = alias
                ? `'${urlOf(alias)}'`
                : "publish one ('ClientAliases: [{ DnsName: backend, Port: 8080 }]') and call 'http://backend:8080'";
            ctx.report('cloudMapCall', {
                variable: cloudMap.env.name,
                client: cloudMap.client.name,
                host: cloudMap.endpoint.host,
                suggestion,
            }, cloudMap.env.path);
            ctx.tally(2, 1);
            return;
        }
        const near = uses.find((u) => u.match === 'other-port');
        if (near) {
            ctx.report('wrongPort', {
                variable: near.env.name,
                container: near.container.label,
                client: near.client.name,
                host: near.endpoint.host,
                port: near.endpoint.port ?? '?',
                url: urlOf(near.endpoint),
            }, near.env.path);
            ctx.tally(1, 1);
            return;
        }
        const target = eps.find((e) => e.via === 'service-connect') ?? eps[0];
        const client = likelyClient(m.services, target.server);
        const container = client.taskDefinition?.containers.find((c) => c.essential) ?? client.taskDefinition?.containers[0];
        ctx.report('noCall', { client: client.name, url: urlOf(target), taskDefinition: client.taskDefinition?.name ?? '?' }, container
            ? [...container.path, ...(container.def['Environment'] === undefined ? [] : ['Environment'])]
            : client.path);
        ctx.tally(1, 1);
    },
}));
function urlOf(e) {
    return `http://${e.host}${e.port === undefined ? '' : `:${e.port}`}`;
}
/** The service that should call `server`: one that publishes nothing itself, else any other. */
function likelyClient(services, server) {
    const others = services.filter((s) => s !== server);
    return others.find((s) => !isServer(s) && s.registries.length === 0) ?? others[0];
}

;// CONCATENATED MODULE: ./graders/rules/service-connect/client-depends-on-server.ts
// SCN008: a front end that calls a back end's client alias is created after that back end (DependsOn), as the ECS
// guide asks for CloudFormation: tasks that start before the back end's endpoint exists cannot resolve it until
// they are replaced.


/* harmony default export */ const client_depends_on_server = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN008',
        name: 'client-depends-on-server',
        target: 'cloudformation',
        severity: 'error',
        title: 'Create the front end after the back end it calls',
        description: "A service that calls another service's Service Connect alias depends on it ('DependsOn', directly or through references), so CloudFormation creates the back end's endpoint before the front end's tasks start; tasks that start earlier cannot resolve the alias until they are replaced.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html',
        evidence: ['ECS Service Connect components (dependsOn)'],
        messages: {
            missingDependsOn: "Service '{{client}}' calls '{{host}}', the client alias of '{{server}}', but does not depend on it, so CloudFormation may start both at once and the front end's first tasks cannot resolve the alias. Add 'DependsOn: {{server}}' to '{{client}}'.",
        },
    },
    check(doc, ctx) {
        const m = modelOf(doc.template);
        const pairs = new Map();
        for (const u of aliasUses(m)) {
            if (u.endpoint.via !== 'service-connect')
                continue;
            pairs.set(`${u.client.name}\u0000${u.endpoint.server.name}`, {
                client: u.client.name,
                server: u.endpoint.server.name,
                host: u.endpoint.host,
            });
        }
        if (pairs.size === 0)
            return ctx.notApplicable('no service calls a Service Connect alias');
        let failed = 0;
        for (const p of pairs.values()) {
            if (dependsOn(doc.template, p.client, p.server))
                continue;
            failed++;
            ctx.report('missingDependsOn', p, ['Resources', p.client]);
        }
        ctx.tally(pairs.size, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/service-health-checks.ts
// SCN009: both services are health-checked, so ECS replaces a task that runs but no longer answers: every essential
// container of the task definition the service runs has a valid container health check, or the service sits behind
// a target group with an explicit health check. Service Connect itself routes on passive outlier detection only.



/** ECS API HealthCheck ranges, in seconds except retries. */
const service_health_checks_RANGES = [
    { key: 'Interval', min: 5, max: 300 },
    { key: 'Timeout', min: 2, max: 60 },
    { key: 'Retries', min: 1, max: 10 },
    { key: 'StartPeriod', min: 0, max: 300 },
];
/* harmony default export */ const service_health_checks = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN009',
        name: 'service-health-checks',
        target: 'cloudformation',
        severity: 'error',
        title: 'Health-check both services',
        description: "Every essential container in each service's task definition has a 'HealthCheck' whose 'Command' starts with 'CMD' or 'CMD-SHELL', with Interval 5–300, Timeout 2–60, Retries 1–10 and StartPeriod 0–300, or the service is registered in a target group with an explicit 'HealthCheckPath'.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
        evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_AWS_261'],
        messages: {
            noServices: "The template declares no 'AWS::ECS::Service', so there is nothing to health-check yet.",
            missing: "Container '{{container}}' of '{{taskDefinition}}' (run by service '{{service}}') has no 'HealthCheck', so ECS only notices when its process exits, not when it hangs. Add 'HealthCheck: { Command: [CMD-SHELL, \"wget -q -O /dev/null http://localhost:{{port}}/health || exit 1\"] }'{{orTargetGroup}}.",
            badCommand: "Container '{{container}}' of '{{taskDefinition}}' has a health check 'Command' that is {{what}}; it must be a list starting with 'CMD' or 'CMD-SHELL' followed by the check, such as '[CMD-SHELL, \"wget -q -O /dev/null http://localhost:8080/health || exit 1\"]'.",
            outOfRange: "Container '{{container}}' of '{{taskDefinition}}' sets health check '{{key}}' to {{value}}, outside the {{min}}–{{max}} ECS accepts, so registration fails. Use a whole number in that range.",
            taskDefinitionUnknown: "Service '{{service}}' runs a task definition that is not a resource of this template, so its health checks cannot be checked. Set 'TaskDefinition: !Ref <TaskDefinition>'.",
            targetGroupNoPath: "Service '{{service}}' is behind target group '{{targetGroup}}', whose health check {{why}}, and its containers have no health check either. Set 'HealthCheckPath: /health' on the target group or add container health checks.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const m = modelOf(t);
        if (m.services.length === 0) {
            ctx.report('noServices', {}, ['Resources']);
            ctx.tally(1, 1);
            return;
        }
        let failed = 0;
        for (const s of m.services) {
            const td = s.taskDefinition;
            if (!td) {
                failed++;
                ctx.report('taskDefinitionUnknown', { service: s.name }, [...s.path, 'Properties', 'TaskDefinition']);
                continue;
            }
            const essential = td.containers.filter((c) => c.essential);
            const missing = [];
            const problems = [];
            for (const c of essential) {
                const hc = c.def['HealthCheck'];
                if (hc === undefined)
                    missing.push(c);
                else
                    problems.push(...healthCheckProblems(t, c, hc));
            }
            const tg = targetGroupCheck(t, s);
            const base = { service: s.name, taskDefinition: td.name };
            // Invalid checks fail registration whatever the load balancer does; missing ones can be covered by it.
            for (const p of problems)
                ctx.report(p.id, { ...base, ...p.data }, p.at);
            if (missing.length && tg?.ok !== true) {
                if (tg && !tg.ok)
                    ctx.report('targetGroupNoPath', { service: s.name, targetGroup: tg.name, why: tg.why }, tg.path);
                else
                    for (const c of missing) {
                        const port = c.portMappings[0]?.containerPort ?? 8080;
                        ctx.report('missing', {
                            ...base,
                            container: c.label,
                            port,
                            orTargetGroup: s.props['LoadBalancers']
                                ? ', or set a health check path on its target group'
                                : '',
                        }, c.path);
                    }
            }
            if (problems.length || (missing.length && tg?.ok !== true))
                failed++;
        }
        ctx.tally(m.services.length, failed);
    },
}));
function healthCheckProblems(t, c, hc) {
    const at = [...c.path, 'HealthCheck'];
    const container = c.label;
    if (!(0,cloudformation/* isRecord */.u4)(hc))
        return [{ id: 'badCommand', data: { container, what: model_describe(hc) }, at }];
    const out = [];
    const cmd = hc['Command'];
    const first = Array.isArray(cmd) ? (0,cloudformation/* literalString */.dc)(t, cmd[0]) : undefined;
    const rest = Array.isArray(cmd) ? cmd.slice(1).map((p) => (0,cloudformation/* literalString */.dc)(t, p) ?? '${…}') : [];
    if (!Array.isArray(cmd) ||
        (first !== 'CMD' && first !== 'CMD-SHELL') ||
        rest.every((p) => p.trim() === '')) {
        const what = !Array.isArray(cmd)
            ? model_describe(cmd)
            : cmd.length === 0
                ? 'an empty list'
                : `a list starting with ${model_describe(cmd[0])}${rest.length ? '' : ' and nothing else'}`;
        out.push({ id: 'badCommand', data: { container, what }, at: [...at, 'Command'] });
    }
    for (const r of service_health_checks_RANGES) {
        const raw = hc[r.key];
        if (raw === undefined)
            continue;
        const v = (0,cloudformation/* literalNumber */.TB)(t, raw);
        if (v === undefined || !Number.isInteger(v) || v < r.min || v > r.max) {
            out.push({
                id: 'outOfRange',
                data: { container, key: r.key, value: model_describe(raw), min: r.min, max: r.max },
                at: [...at, r.key],
            });
        }
    }
    return out;
}
/** The first target group the service is registered in, and whether its health check is explicit and on. */
function targetGroupCheck(t, s) {
    const lbs = s.props['LoadBalancers'];
    if (!Array.isArray(lbs))
        return undefined;
    for (const lb of lbs) {
        const tg = (0,cloudformation/* isRecord */.u4)(lb) ? (0,cloudformation/* targetResource */.cR)(t, lb['TargetGroupArn']) : undefined;
        if (!tg || tg.resource.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup')
            continue;
        const path = [...tg.path, 'Properties'];
        if ((0,cloudformation/* literalBool */.KG)(t, tg.props['HealthCheckEnabled']) === false)
            return { name: tg.name, ok: false, why: "is switched off ('HealthCheckEnabled: false')", path };
        const protocol = (0,cloudformation/* literalString */.dc)(t, tg.props['HealthCheckProtocol']) ?? (0,cloudformation/* literalString */.dc)(t, tg.props['Protocol']) ?? 'HTTP';
        if (/^HTTPS?$/i.test(protocol) && tg.props['HealthCheckPath'] === undefined) {
            return {
                name: tg.name,
                ok: false,
                why: "has no 'HealthCheckPath' (it checks '/', which is rarely the health endpoint)",
                path,
            };
        }
        return { name: tg.name, ok: true, why: '', path };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./graders/rules/service-connect/service-connect-logs.ts
// SCN010: every service that uses Service Connect sends the Service Connect proxy's logs to CloudWatch Logs
// (`ServiceConnectConfiguration.LogConfiguration` with the awslogs driver), the first place to look when a call
// between services fails.



const REQUIRED_OPTIONS = ['awslogs-group', 'awslogs-region', 'awslogs-stream-prefix'];
/* harmony default export */ const service_connect_logs = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN010',
        name: 'service-connect-logs',
        target: 'cloudformation',
        severity: 'error',
        title: 'Send the Service Connect proxy logs to CloudWatch Logs',
        description: "Every service with Service Connect on sets 'ServiceConnectConfiguration.LogConfiguration' with 'LogDriver: awslogs' and the options 'awslogs-group', 'awslogs-region' and 'awslogs-stream-prefix' (required on Fargate), so the proxy's logs are kept when a call between services fails.",
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectConfiguration.html',
        evidence: ['ECS.9', 'E3046'],
        messages: {
            noServiceConnect: "No service uses Service Connect, so there are no Service Connect proxy logs to keep. Turn Service Connect on (Cloud Map DNS discovery has no proxy and no proxy logs), then add a 'LogConfiguration'.",
            missing: "Service '{{service}}' uses Service Connect without a 'LogConfiguration', so the proxy's logs (connection errors, retries, upstream failures) are lost. Add 'LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: …, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: {{prefix}} } }'.",
            notObject: "Service '{{service}}' sets the Service Connect 'LogConfiguration' to {{what}}; it must be an object with 'LogDriver' and 'Options'.",
            notAwslogs: "Service '{{service}}' sends Service Connect proxy logs with the driver {{driver}}; this lab keeps them in CloudWatch Logs. Set 'LogDriver: awslogs'.",
            missingOptions: "Service '{{service}}' sends Service Connect proxy logs to awslogs without {{options}}, which Fargate needs to deliver them. Add them under 'Options' (the stream prefix keeps the proxy's streams apart from the application's).",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const m = modelOf(t);
        const sc = m.services.filter(usesServiceConnect);
        if (sc.length === 0) {
            ctx.report('noServiceConnect', {}, m.services[0]?.path ?? ['Resources']);
            ctx.tally(1, 1);
            return;
        }
        let failed = 0;
        for (const s of sc) {
            const cfg = s.serviceConnect.logConfiguration;
            const at = [...s.serviceConnect.path, 'LogConfiguration'];
            if (cfg === undefined) {
                failed++;
                ctx.report('missing', { service: s.name, prefix: `${s.name.toLowerCase()}-proxy` }, s.serviceConnect.path);
                continue;
            }
            if (!(0,cloudformation/* isRecord */.u4)(cfg)) {
                failed++;
                ctx.report('notObject', { service: s.name, what: model_describe(cfg) }, at);
                continue;
            }
            const driver = (0,cloudformation/* literalString */.dc)(t, cfg['LogDriver']);
            if (driver !== 'awslogs') {
                failed++;
                ctx.report('notAwslogs', { service: s.name, driver: model_describe(cfg['LogDriver']) }, [
                    ...at,
                    'LogDriver',
                ]);
                continue;
            }
            const options = (0,cloudformation/* isRecord */.u4)(cfg['Options']) ? cfg['Options'] : {};
            const absent = REQUIRED_OPTIONS.filter((o) => options[o] === undefined);
            if (absent.length) {
                failed++;
                ctx.report('missingOptions', { service: s.name, options: absent.map((o) => `'${o}'`).join(', ') }, cfg['Options'] === undefined ? at : [...at, 'Options']);
            }
        }
        ctx.tally(sc.length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/app-mesh-end-of-support.ts
// SCN011: explains, resource by resource, that AWS App Mesh reached end of support on 2026-09-30 and how to move
// to Service Connect. It is an explanation, not a penalty: it records every App Mesh piece it finds as checked and
// none as failed, so its outcome counts as fully passed. Reference it only from an all-or-nothing item, where a
// passed rule changes nothing; a partial-credit item would average that 1 in and pay for the mesh.



const MIGRATION = 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';
const SERVICE_CONNECT = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html';
const APP_MESH = 'https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html';
/** What each App Mesh resource becomes in Service Connect. */
const REPLACEMENT = {
    'AWS::AppMesh::Mesh': "the Cloud Map namespace ('AWS::ServiceDiscovery::HttpNamespace', set as the cluster's 'ServiceConnectDefaults')",
    'AWS::AppMesh::VirtualNode': "the back end's 'ServiceConnectConfiguration.Services' entry (PortName, DiscoveryName) on its ECS service",
    'AWS::AppMesh::VirtualService': "the client alias ('ClientAliases: [{ DnsName, Port }]') that clients call",
    'AWS::AppMesh::VirtualRouter': 'the client alias; Service Connect has no weighted routes, so shift traffic with ECS deployments (blue/green, canary) instead',
    'AWS::AppMesh::Route': 'the client alias; Service Connect has no weighted routes, so shift traffic with ECS deployments (blue/green, canary) instead',
    'AWS::AppMesh::VirtualGateway': 'an Application Load Balancer in front of the front-end service',
    'AWS::AppMesh::GatewayRoute': 'listener rules on that Application Load Balancer',
};
/* harmony default export */ const app_mesh_end_of_support = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'SCN011',
        name: 'app-mesh-end-of-support',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Move off AWS App Mesh: support ended on 2026-09-30',
        description: 'Names every AWS::AppMesh::* resource, App Mesh Envoy proxy configuration and App Mesh Envoy image in the template, explains that App Mesh reached end of support on 30 September 2026, and says what replaces each piece in ECS Service Connect. It informs: every piece it names counts as checked, none as failed.',
        docsUrl: MIGRATION,
        evidence: ['W3696', 'App Mesh end of support 2026-09-30'],
        messages: {
            resource: `Resource '{{name}}' is an '{{type}}'. AWS App Mesh reached end of support on 30 September 2026: since then AWS no longer gives access to the App Mesh console or App Mesh resources (and new customers could not start using it after 24 September 2024). Remove it and use {{replacement}} instead. Migration guide: ${MIGRATION} · Service Connect: ${SERVICE_CONNECT} · App Mesh notice: ${APP_MESH}`,
            proxyConfiguration: `Task definition '{{name}}' sets 'ProxyConfiguration' of type 'APPMESH' for the App Mesh Envoy sidecar. App Mesh reached end of support on 30 September 2026. Remove 'ProxyConfiguration': with Service Connect, ECS adds and manages the proxy itself when the service sets 'ServiceConnectConfiguration'. Migration guide: ${MIGRATION}`,
            envoyImage: `Container '{{container}}' of task definition '{{name}}' runs the App Mesh Envoy image '{{image}}'. App Mesh reached end of support on 30 September 2026. Remove this sidecar: Service Connect injects its own managed proxy. Migration guide: ${MIGRATION}`,
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        let found = 0;
        for (const [name, res] of Object.entries(t.Resources)) {
            if (!(0,cloudformation/* isRecord */.u4)(res) || typeof res.Type !== 'string' || !res.Type.startsWith('AWS::AppMesh::'))
                continue;
            found++;
            const replacement = REPLACEMENT[res.Type] ?? "ECS Service Connect ('ServiceConnectConfiguration' on each ECS service)";
            ctx.report('resource', { name, type: res.Type, replacement }, ['Resources', name, 'Type']);
        }
        for (const td of modelOf(t).taskDefinitions.values()) {
            const proxy = td.props['ProxyConfiguration'];
            if ((0,cloudformation/* isRecord */.u4)(proxy) && (0,cloudformation/* literalString */.dc)(t, proxy['Type']) === 'APPMESH') {
                found++;
                ctx.report('proxyConfiguration', { name: td.name }, [...td.path, 'Properties', 'ProxyConfiguration']);
            }
            for (const c of td.containers) {
                const image = (0,cloudformation/* literalString */.dc)(t, c.def['Image']);
                if (image && /aws-appmesh-envoy/i.test(image)) {
                    found++;
                    ctx.report('envoyImage', { name: td.name, container: c.label, image }, [...c.path, 'Image']);
                }
            }
        }
        if (found === 0)
            return ctx.notApplicable('no App Mesh resources');
        // Checked, none failed: the findings explain and never lower the score (see the header and the lab README).
        ctx.tally(found, 0);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/service-connect/index.ts
// Service-to-service rules (prefix SCN), sorted by id: ECS Service Connect, its Cloud Map namespace, the client and
// client-server halves, and the App Mesh end-of-support explanation. Each file holds one rule; model.ts is the
// shared helper that follows Ref/GetAtt between services, task definitions, clusters and namespaces.











const serviceConnectRules = [
    two_fargate_services, // SCN001
    service_connect_namespace, // SCN002
    service_connect_enabled, // SCN003
    port_name_matches_task_definition, // SCN004
    port_mapping_app_protocol, // SCN005
    client_alias, // SCN006
    client_calls_alias, // SCN007
    client_depends_on_server, // SCN008
    service_health_checks, // SCN009
    service_connect_logs, // SCN010
    app_mesh_end_of_support, // SCN011
];

;// CONCATENATED MODULE: ./graders/rules/vpc/multi-az-subnets.ts
// VPC001: the template's subnets span at least two Availability Zones, the minimum for a load balancer and
// for a service that survives the loss of one zone.




/* harmony default export */ const multi_az_subnets = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC001',
        name: 'multi-az-subnets',
        target: 'cloudformation',
        severity: 'error',
        title: 'Spread the subnets over at least two Availability Zones',
        description: "The template's subnets name at least two different Availability Zones, so the load balancer and the service's tasks can run in two zones and survive the loss of one.",
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html',
        evidence: ['REL10-BP01', 'ELB.13', 'E3680'],
        messages: {
            noSubnets: "The template defines no 'AWS::EC2::Subnet', so there is no network to check. Build the VPC in this template: public and private subnets in two Availability Zones.",
            oneZone: "{{subnets}} in {{zones}}, so one zone outage takes down everything in the VPC, and an Application Load Balancer cannot even be created (it needs two zones). Put each tier's second subnet in a second zone, for example 'AvailabilityZone: !Select [1, !GetAZs \"\"]'.",
            zoneNotSet: "Subnet '{{subnet}}' sets no 'AvailabilityZone', so AWS picks one and may put it in the same zone as the others. Set it, for example 'AvailabilityZone: !Select [0, !GetAZs \"\"]'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const subnets = (0,cloudformation/* resources */.ES)(t, network/* SUBNET */.Yr);
        if (subnets.length === 0) {
            ctx.report('noSubnets', {}, ['Resources']);
            return;
        }
        const zones = new Set();
        const unset = [];
        for (const s of subnets) {
            const key = (0,network/* azKey */.zZ)(t, s.props);
            if (key === undefined)
                unset.push(s);
            else
                zones.add(key);
        }
        if (zones.size >= 2)
            return;
        if (unset.length > 0) {
            for (const s of unset)
                ctx.report('zoneNotSet', { subnet: s.name }, [...s.path, 'Properties']);
            return;
        }
        const n = subnets.length;
        const which = n === 1 ? "The template's only subnet is" : `All ${(0,plural/* countNoun */.y)(n, 'subnet')} are`;
        ctx.report('oneZone', { subnets: which, zones: describeZone([...zones][0]) }, [
            ...subnets[0].path,
            'Properties',
            'AvailabilityZone',
        ]);
    },
}));
function describeZone(key) {
    if (key === undefined)
        return 'one Availability Zone';
    if (key.startsWith('name:'))
        return `'${key.slice(5)}'`;
    if (key.startsWith('getazs:'))
        return `the zone '!Select [${key.slice(7)}, !GetAZs ""]'`;
    return 'one Availability Zone';
}

;// CONCATENATED MODULE: ./graders/rules/vpc/subnet-tiers.ts
// VPC002: the VPC has a public tier (a route to the internet gateway, for the load balancer and NAT gateways)
// and a private tier (for the tasks), each with a subnet in two Availability Zones. Partial credit: each of
// the four expected subnets (two public, two private, in different zones) counts once.



const ZONES_PER_TIER = 2;
/* harmony default export */ const subnet_tiers = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC002',
        name: 'subnet-tiers',
        target: 'cloudformation',
        severity: 'error',
        title: 'Build a public and a private subnet in each of two Availability Zones',
        description: `The template has public subnets (routed to an internet gateway) and private subnets (no route to one), each tier in ${ZONES_PER_TIER} Availability Zones, so the load balancer is the only thing facing the internet and the tasks stay private.`,
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-example-private-subnets-nat.html',
        evidence: ['SEC05-BP01'],
        messages: {
            noSubnets: "The template defines no 'AWS::EC2::Subnet'. Add two public subnets (routed to an internet gateway) and two private subnets, one of each per Availability Zone.",
            missingPublic: `The VPC has public subnets in {{zones}} of ${ZONES_PER_TIER} Availability Zones. A public subnet is associated with a route table whose '0.0.0.0/0' route goes to the internet gateway; the load balancer needs one in each zone. Add {{missing}} more.`,
            missingPrivate: `The VPC has private subnets in {{zones}} of ${ZONES_PER_TIER} Availability Zones. A private subnet has no route to the internet gateway (its default route, if any, goes to a NAT gateway); the tasks need one in each zone. Add {{missing}} more.`,
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const subnets = (0,cloudformation/* resources */.ES)(t, network/* SUBNET */.Yr);
        if (subnets.length === 0) {
            ctx.report('noSubnets', {}, ['Resources']);
            return;
        }
        const zones = { public: new Set(), private: new Set() };
        // Findings point at the first subnet of the tier that is short, or at 'Resources' when it has none.
        const first = {};
        for (const s of subnets) {
            const tier = (0,network/* subnetRouting */.uP)(t, s.name).internetGateway ? 'public' : 'private';
            first[tier] ??= s.path;
            // A subnet without a zone counts as a zone of its own here; VPC001 asks for the zones.
            zones[tier].add((0,network/* azKey */.zZ)(t, s.props) ?? `unset:${s.name}`);
        }
        const missingPublic = Math.max(0, ZONES_PER_TIER - zones.public.size);
        const missingPrivate = Math.max(0, ZONES_PER_TIER - zones.private.size);
        if (missingPublic > 0) {
            ctx.report('missingPublic', { zones: zones.public.size, missing: missingPublic }, first.public ?? ['Resources']);
        }
        if (missingPrivate > 0) {
            ctx.report('missingPrivate', { zones: zones.private.size, missing: missingPrivate }, first.private ?? ['Resources']);
        }
        ctx.tally(2 * ZONES_PER_TIER, missingPublic + missingPrivate);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/vpc/private-egress.ts
// VPC003: tasks in private subnets can still reach what they need to start: Amazon ECR (API and Docker
// registry), Amazon S3 (where ECR keeps image layers) and CloudWatch Logs. Either every private subnet's
// default route goes to a public NAT gateway (zonal in a public subnet, or regional), or the VPC has the four
// endpoints: interface endpoints for ecr.api, ecr.dkr and logs with private DNS, and an S3 gateway endpoint on
// the private route tables. A private NAT gateway ('ConnectivityType: private') is no way out: it reaches other
// networks through a transit or virtual private gateway, and an internet gateway drops its traffic
// (vpc-nat-gateway.html). Partial credit: each working endpoint counts.





const ENDPOINTS = [
    {
        key: 'ecr.api',
        pattern: /\.ecr\.api$/,
        type: 'Interface',
        why: 'ECS calls the ECR API to authenticate and find the image',
    },
    {
        key: 'ecr.dkr',
        pattern: /\.ecr\.dkr$/,
        type: 'Interface',
        why: 'the image is pulled from the ECR Docker registry',
    },
    { key: 's3', pattern: /\.s3$/, type: 'Gateway', why: 'ECR stores image layers in Amazon S3' },
    {
        key: 'logs',
        pattern: /\.logs$/,
        type: 'Interface',
        why: "the 'awslogs' driver sends container output to CloudWatch Logs",
    },
];
/* harmony default export */ const private_egress = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC003',
        name: 'private-egress',
        target: 'cloudformation',
        severity: 'error',
        title: 'Give private subnets a NAT gateway or VPC endpoints',
        description: 'Tasks in private subnets can pull images and send logs: every private subnet routes 0.0.0.0/0 to a public NAT gateway (zonal, in a public subnet, or regional), or the VPC has interface endpoints for ecr.api, ecr.dkr and logs (with private DNS) and an S3 gateway endpoint on the private route tables.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
        evidence: ['SEC05-BP01'],
        messages: {
            noPrivateSubnets: 'The template has no private subnet (one without a route to an internet gateway), so there is nothing for a NAT gateway or VPC endpoints to serve. Add private subnets for the tasks first.',
            natInPrivateSubnet: "NAT gateway '{{nat}}' sits in subnet '{{subnet}}', which has no route to the internet gateway, so traffic sent through it never reaches the internet. Put the NAT gateway in a public subnet.",
            privateNat: "The default route ('0.0.0.0/0') of {{subnets}} goes to NAT gateway '{{nat}}', which has 'ConnectivityType: private': a private NAT gateway reaches other VPCs and on-premises networks through a transit gateway or virtual private gateway, and an internet gateway drops its traffic, so it is no way to ECR, S3 or CloudWatch Logs. Remove 'ConnectivityType' (public is the default) and give the gateway an Elastic IP ('AllocationId') in a public subnet, or use a regional NAT gateway ('AvailabilityMode: regional'), or add the VPC endpoints.",
            missingEndpoint: "No route leads from {{subnets}} to a NAT gateway that reaches the internet, and the VPC has no endpoint for '{{service}}' ({{why}}), so tasks there cannot start. Add an 'AWS::EC2::VPCEndpoint' with 'ServiceName: !Sub com.amazonaws.${AWS::Region}.{{service}}' and 'VpcEndpointType: {{type}}', or route the subnets' '0.0.0.0/0' to a public NAT gateway.",
            notInterface: "VPC endpoint '{{endpoint}}' for '{{service}}' is a {{type}} endpoint (CloudFormation's default is 'Gateway'), but '{{service}}' is reached through an interface endpoint. Set 'VpcEndpointType: Interface' with the private subnets in 'SubnetIds' and a security group admitting HTTPS from the tasks.",
            privateDnsOff: "Interface endpoint '{{endpoint}}' for '{{service}}' does not turn on private DNS (CloudFormation's default is off), so the tasks still resolve the public '{{service}}' name and try to leave the VPC. Set 'PrivateDnsEnabled: true'.",
            vpcDnsOff: "VPC '{{vpc}}' does not turn on {{attribute}}, which interface endpoints with private DNS need (CloudFormation leaves 'EnableDnsHostnames' off by default). Set 'EnableDnsSupport: true' and 'EnableDnsHostnames: true'.",
            notGateway: "VPC endpoint '{{endpoint}}' for 's3' is an interface endpoint. Use a gateway endpoint ('VpcEndpointType: Gateway'): it costs nothing and serves the image layers ECR keeps in S3 through the private route tables.",
            notRouted: "S3 gateway endpoint '{{endpoint}}' is not associated with {{tables}}, so the subnets' traffic to S3 never uses it. List the tables in 'RouteTableIds'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const subnets = (0,cloudformation/* resources */.ES)(t, network/* SUBNET */.Yr);
        const privateSubnets = subnets.filter((s) => !(0,network/* subnetRouting */.uP)(t, s.name).internetGateway);
        if (privateSubnets.length === 0) {
            ctx.report('noPrivateSubnets', {}, subnets[0] ? [...subnets[0].path] : ['Resources']);
            return;
        }
        // The subnets the tasks use, when services name them; otherwise every private subnet.
        const used = new Set((0,cloudformation/* resources */.ES)(t, service/* SERVICE */.YV).flatMap((svc) => {
            const v = (0,cloudformation/* isRecord */.u4)(svc.props['NetworkConfiguration'])
                ? svc.props['NetworkConfiguration']['AwsvpcConfiguration']
                : undefined;
            return (0,cloudformation/* isRecord */.u4)(v) ? (0,network/* subnetRefs */.mx)(t, v['Subnets'], []).map((r) => r.name) : [];
        }));
        const taskSubnets = privateSubnets.some((s) => used.has(s.name))
            ? privateSubnets.filter((s) => used.has(s.name))
            : privateSubnets;
        let natProblem = false;
        for (const nat of (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::NatGateway')) {
            if ((0,cloudformation/* literalString */.dc)(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private')
                continue;
            // A regional NAT gateway has no subnet of its own: AWS places it in each zone with workloads.
            if ((0,network/* isRegionalNatGateway */.r6)(t, nat.props))
                continue;
            const subnet = (0,cloudformation/* targetOf */.$r)(nat.props['SubnetId']);
            if (subnet !== undefined &&
                (0,cloudformation/* resource */.Zc)(t, subnet)?.resource.Type === network/* SUBNET */.Yr &&
                !(0,network/* subnetRouting */.uP)(t, subnet).internetGateway) {
                natProblem = true;
                ctx.report('natInPrivateSubnet', { nat: nat.name, subnet }, [...nat.path, 'Properties', 'SubnetId']);
            }
        }
        const withoutNat = taskSubnets.filter((s) => !(0,network/* subnetRouting */.uP)(t, s.name).natGateway);
        if (withoutNat.length === 0) {
            ctx.tally(1, natProblem ? 1 : 0);
            return;
        }
        const endpoints = (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::VPCEndpoint');
        const tables = new Set(withoutNat.flatMap((s) => (0,network/* subnetRouting */.uP)(t, s.name).routeTables));
        const names = `${(0,plural/* countNoun */.y)(withoutNat.length, 'private subnet')} (${withoutNat.map((s) => `'${s.name}'`).join(', ')})`;
        let failures = 0;
        let dnsChecked = false;
        let dnsOk = true;
        for (const need of ENDPOINTS) {
            const ep = endpoints.find((e) => need.pattern.test((0,network/* flatten */.Bq)(t, e.props['ServiceName'])));
            if (!ep) {
                failures++;
                const data = { subnets: names, service: need.key, why: need.why, type: need.type };
                ctx.report('missingEndpoint', data, withoutNat[0].path);
                continue;
            }
            const at = [...ep.path, 'Properties'];
            const type = (0,cloudformation/* literalString */.dc)(t, ep.props['VpcEndpointType']) ?? 'Gateway';
            const data = { endpoint: ep.name, service: need.key, type: `'${type}'` };
            if (need.type === 'Interface') {
                if (type !== 'Interface') {
                    failures++;
                    ctx.report('notInterface', data, ep.props['VpcEndpointType'] !== undefined ? [...at, 'VpcEndpointType'] : at);
                    continue;
                }
                if ((0,cloudformation/* literalBool */.KG)(t, ep.props['PrivateDnsEnabled']) !== true) {
                    failures++;
                    ctx.report('privateDnsOff', data, ep.props['PrivateDnsEnabled'] !== undefined ? [...at, 'PrivateDnsEnabled'] : at);
                    continue;
                }
                if (!dnsChecked) {
                    dnsChecked = true;
                    dnsOk = vpcDnsOk(t, ep, ctx);
                }
                if (!dnsOk)
                    failures++;
            }
            else {
                if (type !== 'Gateway') {
                    failures++;
                    ctx.report('notGateway', data, [...at, 'VpcEndpointType']);
                    continue;
                }
                const listed = Array.isArray(ep.props['RouteTableIds'])
                    ? ep.props['RouteTableIds'].map((r) => (0,cloudformation/* targetOf */.$r)(r))
                    : [];
                const missing = [...tables].filter((rt) => !listed.includes(rt));
                if (missing.length > 0 || tables.size === 0) {
                    failures++;
                    const tablesText = missing.length > 0
                        ? `${(0,plural/* countNoun */.y)(missing.length, 'route table')} of the private subnets (${missing.map((m) => `'${m}'`).join(', ')})`
                        : 'a route table of the private subnets (they use the main route table: give them one of their own)';
                    ctx.report('notRouted', { endpoint: ep.name, tables: tablesText }, ep.props['RouteTableIds'] !== undefined ? [...at, 'RouteTableIds'] : at);
                }
            }
        }
        // A private NAT gateway looks like a way out and is not one: when the endpoints fall short, say why it does
        // not count, once per gateway. With every endpoint in place it may well serve another network; no finding.
        const privateNats = new Map();
        for (const s of failures > 0 ? withoutNat : []) {
            for (const nat of (0,network/* subnetRouting */.uP)(t, s.name).privateNatGateways)
                privateNats.set(nat, [...(privateNats.get(nat) ?? []), s.name]);
        }
        for (const [nat, subnetNames] of privateNats) {
            const res = (0,cloudformation/* resource */.Zc)(t, nat);
            const where = res && res.props['ConnectivityType'] !== undefined
                ? [...res.path, 'Properties', 'ConnectivityType']
                : (res?.path ?? ['Resources']);
            const subject = `${(0,plural/* countNoun */.y)(subnetNames.length, 'private subnet')} (${subnetNames.map((n) => `'${n}'`).join(', ')})`;
            ctx.report('privateNat', { subnets: subject, nat }, where);
        }
        ctx.tally(ENDPOINTS.length, Math.min(ENDPOINTS.length, failures + (natProblem ? 1 : 0)));
        function vpcDnsOk(tpl, ep, c) {
            const vpc = (0,cloudformation/* resource */.Zc)(tpl, (0,cloudformation/* targetOf */.$r)(ep.props['VpcId']) ?? '');
            if (!vpc || vpc.resource.Type !== 'AWS::EC2::VPC')
                return true;
            const support = (0,cloudformation/* literalBool */.KG)(tpl, vpc.props['EnableDnsSupport']) !== false;
            const hostnames = (0,cloudformation/* literalBool */.KG)(tpl, vpc.props['EnableDnsHostnames']) === true;
            if (support && hostnames)
                return true;
            const attribute = !support && !hostnames
                ? "'EnableDnsSupport' and 'EnableDnsHostnames'"
                : !support
                    ? "'EnableDnsSupport'"
                    : "'EnableDnsHostnames'";
            c.report('vpcDnsOff', { vpc: vpc.name, attribute }, [...vpc.path, 'Properties']);
            return false;
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/vpc/no-open-ingress.ts
// VPC004: no security group admits the whole internet (0.0.0.0/0 or ::/0), except a load balancer's group on
// HTTP (80) and HTTPS (443), the one door the application should have.


const PUBLIC_PORTS = [80, 443];
/* harmony default export */ const no_open_ingress = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC004',
        name: 'no-open-ingress',
        target: 'cloudformation',
        severity: 'error',
        title: "Admit the internet only to the load balancer's HTTP and HTTPS ports",
        description: "No ingress rule (inline or AWS::EC2::SecurityGroupIngress) allows 0.0.0.0/0 or ::/0, except on a load balancer's security group for TCP 80 or 443, so the load balancer is the only thing the internet can reach.",
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
        evidence: ['AwsSolutions-EC23', 'CKV_AWS_260', 'CKV_AWS_24', 'CKV_AWS_25'],
        messages: {
            openNotLoadBalancer: "Security group {{group}} admits {{ports}} from {{cidr}}, the whole internet, but it does not belong to a load balancer. Anything that gets an address in it is exposed. Admit only the load balancer's security group ('SourceSecurityGroupId'), or a narrow CIDR you own.",
            openLoadBalancerPort: "Load balancer security group '{{group}}' admits {{ports}} from {{cidr}}. The internet needs only HTTP (80) and HTTPS (443); open exactly those ports ('FromPort' and 'ToPort' both 80, or both 443) and nothing else.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const lbGroups = (0,network/* loadBalancerGroups */.p5)(t);
        const rules = (0,network/* ingressRules */.Xk)(t);
        let open = 0;
        for (const { group, rule, path, standalone } of rules) {
            const src = (0,network/* sourceOf */.vz)(t, rule);
            if (src.kind !== 'cidr' || !src.open)
                continue;
            open++;
            const range = (0,network/* portsOf */.a5)(t, rule);
            const data = {
                group: group !== undefined ? `'${group}'` : standalone !== undefined ? `of '${standalone}'` : '(unknown)',
                ports: (0,network/* describePorts */.QP)(range),
                cidr: `'${src.cidr}'`,
            };
            const at = [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp'];
            if (group === undefined || !lbGroups.has(group)) {
                ctx.report('openNotLoadBalancer', data, at);
                continue;
            }
            const single = range !== undefined && range.protocol === 'tcp' && 'from' in range && range.from === range.to;
            if (!single || !PUBLIC_PORTS.includes(range.from)) {
                ctx.report('openLoadBalancerPort', { ...data, group: group }, at);
            }
        }
        if (open > 0)
            ctx.tally(open);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/vpc/no-remote-admin-ports.ts
// VPC005: no security group opens SSH (22) or RDP (3389) to the whole internet. Fargate tasks have no SSH
// server anyway; use ECS Exec (AWS Systems Manager) to get a shell in a running container.


const ADMIN_PORTS = [
    { port: 22, name: 'SSH' },
    { port: 3389, name: 'RDP' },
];
/* harmony default export */ const no_remote_admin_ports = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC005',
        name: 'no-remote-admin-ports',
        target: 'cloudformation',
        severity: 'error',
        title: 'Never open SSH or RDP to the internet',
        description: 'No ingress rule admits port 22 (SSH) or 3389 (RDP), alone or inside a wider range or all traffic, from 0.0.0.0/0 or ::/0; these are the ports attackers scan first.',
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
        evidence: ['CKV_AWS_24', 'CKV_AWS_25', 'AwsSolutions-EC23'],
        messages: {
            openAdminPort: "Security group {{group}} admits {{ports}} from {{cidr}}, which opens {{service}} (port {{port}}) to the whole internet, where it is scanned within minutes. Remove the rule; to get a shell in a running task, use ECS Exec ('EnableExecuteCommand: true' on the service) instead.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        for (const { group, rule, path, standalone } of (0,network/* ingressRules */.Xk)(t)) {
            const src = (0,network/* sourceOf */.vz)(t, rule);
            if (src.kind !== 'cidr' || !src.open)
                continue;
            const range = (0,network/* portsOf */.a5)(t, rule);
            const hit = ADMIN_PORTS.filter((p) => (0,network/* reaches */.O6)(range, p.port));
            if (hit.length === 0)
                continue;
            ctx.report('openAdminPort', {
                group: group !== undefined ? `'${group}'` : `of '${standalone ?? '(unknown)'}'`,
                ports: (0,network/* describePorts */.QP)(range),
                cidr: `'${src.cidr}'`,
                service: hit.map((h) => h.name).join(' and '),
                port: hit.map((h) => h.port).join(' and '),
            }, [...path, src.ipv6 ? 'CidrIpv6' : 'CidrIp']);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/vpc/vpc-flow-logs.ts
// VPC006: every VPC has a flow log that captures all its traffic (AWS::EC2::FlowLog with ResourceType VPC and
// TrafficType ALL, or an ACCEPT and a REJECT log together), with a destination it can actually write to.


/* harmony default export */ const vpc_flow_logs = ((0,engine_define/* defineRule */.K)({
    meta: {
        id: 'VPC006',
        name: 'vpc-flow-logs',
        target: 'cloudformation',
        severity: 'warning',
        title: 'Record VPC flow logs',
        description: "Every AWS::EC2::VPC has an AWS::EC2::FlowLog with 'ResourceType: VPC' and 'TrafficType: ALL' pointing at it, delivering to CloudWatch Logs (with a role and a log group), S3 or Firehose, so accepted and rejected connections can be investigated later.",
        docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
        evidence: ['AwsSolutions-VPC7', 'EC2.6'],
        messages: {
            noVpc: "The template defines no 'AWS::EC2::VPC', so there is no network to log. Build the VPC in this template.",
            missing: "VPC '{{vpc}}' has no flow log, so nobody can tell afterwards which connections were accepted or rejected. Add an 'AWS::EC2::FlowLog' with 'ResourceType: VPC', 'ResourceId: !Ref {{vpc}}', 'TrafficType: ALL' and a destination.",
            noRole: "Flow log '{{flowLog}}' delivers to CloudWatch Logs but has no 'DeliverLogsPermissionArn', so it cannot write there. Give it an IAM role that 'vpc-flow-logs.amazonaws.com' can assume, allowed to write to the log group.",
            partialTraffic: "Flow log '{{flowLog}}' has 'TrafficType: {{traffic}}', so it records only half of the picture: with 'REJECT' alone nobody can see which connections got through (what an intruder actually reached), and with 'ACCEPT' alone nobody can see the blocked probes and the rules that turned real traffic away. Set 'TrafficType: ALL'.",
            noDestination: "Flow log '{{flowLog}}' names no destination. Set 'LogGroupName' (or 'LogDestination' with a log group ARN) for CloudWatch Logs, or 'LogDestinationType: s3' with a bucket ARN in 'LogDestination'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const vpcs = (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::VPC');
        if (vpcs.length === 0) {
            ctx.report('noVpc', {}, ['Resources']);
            return;
        }
        const logs = (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::FlowLog');
        let failed = 0;
        for (const vpc of vpcs) {
            const mine = logs.filter((l) => (0,cloudformation/* targetOf */.$r)(l.props['ResourceId']) === vpc.name &&
                ((0,cloudformation/* literalString */.dc)(t, l.props['ResourceType']) ?? 'VPC') === 'VPC');
            if (mine.length === 0) {
                failed++;
                ctx.report('missing', { vpc: vpc.name }, vpc.path);
                continue;
            }
            const delivering = mine.filter((l) => {
                const at = [...l.path, 'Properties'];
                const kind = (0,cloudformation/* literalString */.dc)(t, l.props['LogDestinationType']) ?? 'cloud-watch-logs';
                const destination = l.props['LogDestination'] ?? (kind === 'cloud-watch-logs' ? l.props['LogGroupName'] : undefined);
                if (destination === undefined) {
                    ctx.report('noDestination', { flowLog: l.name }, at);
                    return false;
                }
                if (kind === 'cloud-watch-logs' && l.props['DeliverLogsPermissionArn'] === undefined) {
                    ctx.report('noRole', { flowLog: l.name }, at);
                    return false;
                }
                return true;
            });
            // ALL, or an ACCEPT log beside a REJECT log; a TrafficType decided at deploy time is not second-guessed.
            const covered = (list) => {
                const kinds = new Set(list.map((l) => trafficType(t, l.props['TrafficType'])));
                return kinds.has('ALL') || kinds.has(undefined) || (kinds.has('ACCEPT') && kinds.has('REJECT'));
            };
            if (!covered(mine)) {
                for (const l of mine) {
                    const traffic = trafficType(t, l.props['TrafficType']);
                    if (traffic !== undefined)
                        ctx.report('partialTraffic', { flowLog: l.name, traffic }, [
                            ...l.path,
                            'Properties',
                            'TrafficType',
                        ]);
                }
            }
            if (!covered(delivering))
                failed++;
        }
        ctx.tally(vpcs.length, failed);
    },
}));
/** 'ALL', 'ACCEPT' or 'REJECT' as written (upper-cased); undefined when omitted or decided at deploy time. */
function trafficType(t, v) {
    return v === undefined ? undefined : (0,cloudformation/* literalString */.dc)(t, v)?.toUpperCase();
}

;// CONCATENATED MODULE: ./graders/rules/vpc/index.ts
// VPC networking rules (prefix VPC), sorted by id: zones, subnet tiers, egress for private tasks, security
// group exposure, flow logs. Each file holds one rule; util/network.ts is the network model they share with
// the ECS-service rules.







const vpcRules = [
    multi_az_subnets, // VPC001
    subnet_tiers, // VPC002
    private_egress, // VPC003
    no_open_ingress, // VPC004
    no_remote_admin_ports, // VPC005
    vpc_flow_logs, // VPC006
    no_hard_coded_az, // VPC007
];

;// CONCATENATED MODULE: ./graders/index.ts

















const RULES = [
    ...dockerfileRules,
    ...dockerignoreRules,
    ...taskDefinitionRules,
    ...ecsServiceRules,
    ...fargateCapacityRules,
    ...ecrRules,
    ...vpcRules,
    ...serviceConnectRules,
    ...iamRules,
    ...autoScalingRules,
    ...deploymentRules,
    ...observabilityRules,
    ...eksRules,
    ...expressModeRules,
    ...multiRegionRules,
    ...cdkRules,
];

function findRule(id) {
    return RULES.find((r) => r.meta.id === id);
}
/** The course as one value, for the code that takes the registry as a parameter. */
const REGISTRY = { labs: labs.LABS, rules: RULES };


/***/ })

};
