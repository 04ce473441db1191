export const id = 698;
export const ids = [698];
export const modules = {

/***/ 1698:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  main: () => (/* binding */ main_main)
});

// UNUSED EXPORTS: EXIT

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./graders/engine/cfn-lint.ts
var cfn_lint = __webpack_require__(5719);
// EXTERNAL MODULE: ./graders/engine/run-rule.ts
var run_rule = __webpack_require__(3900);
;// CONCATENATED MODULE: ./graders/engine/collect.ts

function collectItem(ctx, item) {
    const { lab, files } = ctx.loaded;
    const st = files.get(item.file);
    if (!st)
        return { kind: 'grader-error', detail: `item '${item.id}' names an unknown file '${item.file}'` };
    if (st.state === 'missing') {
        const where = st.tried.map((p) => `'${p}'`).join(' or ');
        return {
            kind: 'not-gradable',
            feedback: `Not graded yet: create ${where}. ${st.spec.required ? '' : 'This file is optional, but this item needs it.'}`.trim(),
        };
    }
    if (st.state !== 'parsed') {
        const first = st.findings[0];
        const at = first ? `${first.file}:${first.line}` : st.path;
        return {
            kind: 'not-gradable',
            feedback: `Could not grade this item because '${st.path}' could not be read: ${first?.message ?? 'unknown problem'} Fix ${at} and push again.`,
        };
    }
    const doc = st.doc;
    const components = [];
    const findings = [];
    const notes = [];
    for (const id of item.rules ?? []) {
        const rule = ctx.rules.get(id);
        if (!rule)
            return { kind: 'grader-error', detail: `rubric item '${item.id}' refers to an unknown rule '${id}'` };
        if (rule.meta.target !== doc.kind)
            return {
                kind: 'grader-error',
                detail: `rule '${id}' reads ${rule.meta.target} files but '${doc.file}' is ${doc.kind}`,
            };
        const key = `${id}\u0000${doc.file}`;
        let outcome = ctx.outcomes.get(key);
        if (!outcome) {
            outcome = (0,run_rule/* runRule */.OA)(rule, doc);
            ctx.outcomes.set(key, outcome);
        }
        if (outcome.crash) {
            ctx.log.debug(`rule ${id} crashed on ${doc.file}:\n${outcome.crash.stack}`);
            return { kind: 'grader-error', detail: `rule ${id} failed: ${outcome.crash.message}` };
        }
        if (outcome.notApplicable !== null) {
            notes.push(outcome.notApplicable);
            continue;
        }
        findings.push(...outcome.findings);
        components.push((0,run_rule/* outcomeFraction */.tw)(outcome));
    }
    if (item.cfnLint?.length) {
        if (ctx.lint.kind !== 'ok') {
            const why = ctx.lint.kind === 'off' ? 'cfn-lint was turned off for this run (--no-lint).' : ctx.lint.reason;
            return { kind: 'skipped', why, findings };
        }
        const blind = ctx.lint.unreadable.get(doc.file);
        if (blind)
            return {
                kind: 'unread-by-cfn-lint',
                feedback: unreadFeedback(doc.file, blind),
                findings: [...findings, blind],
            };
        const wanted = new Set(item.cfnLint);
        const hits = (ctx.lint.byFile.get(doc.file) ?? []).filter((f) => wanted.has(f.ruleId));
        findings.push(...hits);
        components.push(hits.length === 0 ? 1 : 0);
    }
    let checkFeedback = '';
    if (item.check) {
        const checkCtx = {
            lab,
            doc: (fileId, kind) => {
                const s = files.get(fileId);
                return s?.state === 'parsed' && s.doc.kind === kind ? s.doc : undefined;
            },
            pathOf: (fileId) => {
                const s = files.get(fileId);
                return s && s.state !== 'missing' ? s.path : undefined;
            },
        };
        try {
            const r = item.check(checkCtx);
            const fraction = Number.isFinite(r.fraction) ? Math.min(1, Math.max(0, r.fraction)) : 0;
            findings.push(...(r.findings ?? []));
            components.push(fraction);
            if (r.feedback)
                checkFeedback = r.feedback;
        }
        catch (e) {
            const err = e instanceof Error ? e : new Error(String(e));
            ctx.log.debug(`check for item ${item.id} crashed:\n${err.stack ?? err.message}`);
            return { kind: 'grader-error', detail: `the check for '${item.id}' failed: ${err.message}` };
        }
    }
    return { kind: 'collected', components, findings, notes, checkFeedback };
}
/** What a learner is told when cfn-lint could not read the file an item is graded on. */
function unreadFeedback(file, why) {
    const say = why.message.replace(/\s+/g, ' ').trim();
    const quoted = `"${say.length > 300 ? `${say.slice(0, 297)}...` : say}"`;
    if (why.ruleId === 'E0001') {
        return (`cfn-lint could not transform '${file}' (E0001 at line ${why.line}: ${quoted}), so none of its other checks ` +
            'ran on it and this item cannot pass until they do. Fix the resource that message names and push again.');
    }
    if (why.ruleId === 'E0000') {
        return (`cfn-lint could not read '${file}' (E0000 at line ${why.line}: ${quoted}), so none of its checks ran on it ` +
            'and this item cannot pass until they do. Make the template parse for cfn-lint (run ' +
            `'cfn-lint ${file}' locally) and push again.`);
    }
    return (`${say} This item cannot pass without cfn-lint's checks. If the template looks right, run ` +
        `'cfn-lint ${file}' locally; if it is clean there, tell your instructor.`);
}

// EXTERNAL MODULE: ./graders/engine/load.ts + 1 modules
var load = __webpack_require__(3492);
// EXTERNAL MODULE: ./graders/engine/log.ts
var engine_log = __webpack_require__(7626);
// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/plural.ts
var plural = __webpack_require__(5792);
;// CONCATENATED MODULE: ./graders/engine/score.ts


function scoreItem(item, collected) {
    const result = (status, fraction, feedback, findings = []) => ({
        id: item.id,
        title: item.title,
        points: item.points,
        docs: item.docsUrl,
        evidence: [...item.evidence],
        earned: fraction * item.points,
        status,
        feedback,
        findings: (0,run_rule/* sortFindings */.Tc)(findings),
    });
    switch (collected.kind) {
        case 'not-gradable':
            return result('not-gradable', 0, collected.feedback);
        case 'grader-error':
            return result('grader-error', 0, graderErrorFeedback(collected.detail));
        case 'skipped': {
            // The item cannot be scored without cfn-lint, but what the grader's own rules found is still shown,
            // so a learner working offline sees every problem it can see.
            const n = collected.findings.length;
            const own = n
                ? ` The grader's own checks for this item found ${(0,plural/* countNoun */.y)(n, 'problem')}, listed here.`
                : '';
            return result('skipped', 0, `Skipped: ${collected.why}${own}`, collected.findings);
        }
        case 'unread-by-cfn-lint':
            // Never a silent pass: cfn-lint reporting none of the item's ids means nothing when it read nothing.
            return result('failed', 0, collected.feedback, collected.findings);
        case 'collected':
            break;
    }
    const { components, findings, notes, checkFeedback } = collected;
    if (components.length === 0) {
        return result('passed', 1, `${item.praise ?? 'Nothing to fix here.'}${notes.length ? ` (${notes.join('; ')})` : ''}`);
    }
    const fraction = (item.scoring ?? 'all') === 'all'
        ? components.every((c) => c >= 1)
            ? 1
            : 0
        : components.reduce((a, b) => a + b, 0) / components.length;
    const status = fraction >= 1 ? 'passed' : fraction <= 0 ? 'failed' : 'partial';
    const feedback = status === 'passed'
        ? // A check's own feedback (say, the cost estimate beside the budget) is worth showing on a pass too.
            [item.praise ?? 'Done.', checkFeedback].filter(Boolean).join(' ')
        : [checkFeedback, item.hint].filter(Boolean).join(' ');
    return result(status, fraction, feedback, findings);
}
/** The feedback of an item the grader failed on: always says it is not the learner's fault. */
function graderErrorFeedback(detail) {
    return `The grader failed on this item; this is not your fault. Please tell your instructor (${detail}).`;
}

// EXTERNAL MODULE: ./graders/engine/version.ts
var version = __webpack_require__(7236);
;// CONCATENATED MODULE: ./graders/engine/grade.ts
// The engine's pipeline, for one submission or a whole class: load every submission's lab files (load.ts), run
// cfn-lint once over every template of every submission, then collect (collect.ts) and score (score.ts) each
// rubric item. It never throws for anything a learner can put in a submission: a crashing rule or check becomes
// a `grader-error` item and the run goes on.








/** Grades one submission: the folder that holds `labs/<id>/`. */
async function gradeSubmission(opts) {
    const [report] = await gradeSubmissions([opts.root], opts);
    return report;
}
/**
 * Grades many submissions in one run (a class, or the mutation tables' copies): everything is loaded first,
 * so cfn-lint starts once for every template of every submission. Each report is the one that grading its
 * submission alone gives, apart from `durationMs`.
 */
async function gradeSubmissions(roots, opts) {
    const now = opts.now ?? (() => performance.now());
    const t0 = now();
    const sources = opts.sources ?? [load/* workspaceSource */.$];
    const loadOptions = {
        ...(opts.maxFileBytes === undefined ? {} : { maxFileBytes: opts.maxFileBytes }),
        ...(opts.parseCache ? { parseCache: opts.parseCache } : {}),
    };
    const loaded = [];
    for (const root of roots)
        loaded.push(await (0,load.loadSubmission)(root, opts.labs, sources, loadOptions));
    const loadMs = (now() - t0) / roots.length;
    const reports = await gradeLoaded(loaded, opts);
    return reports.map((r) => ({ ...r, durationMs: Math.round(r.durationMs + loadMs) }));
}
/**
 * Grades submissions already loaded (the action loads once, then grades and deploys from the same result).
 * Grades the labs each submission was loaded with; `opts.labs` is not consulted.
 */
async function gradeLoaded(loaded, opts) {
    const now = opts.now ?? (() => performance.now());
    const t0 = now();
    const log = opts.log ?? engine_log/* silentLog */.a;
    const rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
    // cfn-lint's process starts before lintAll first awaits; everything that does not wait for it is collected
    // while its Python starts up and lints, so grading adds little to cfn-lint's own time.
    const linting = lintAll(loaded, opts, log);
    const early = loaded.map((s) => s.labs.map((l) => collectEarly(l, rules, log)));
    const lint = await linting;
    // cfn-lint is shared; each report counts its share of it, and its own scoring.
    const lintMs = (now() - t0) / Math.max(1, loaded.length);
    return loaded.map((submission, i) => {
        const started = now();
        const state = lint[i];
        const labs = submission.labs.map((l, j) => {
            const { outcomes, collected } = early[i][j];
            return gradeLab({ loaded: l, rules, lint: state, log, outcomes }, collected);
        });
        return {
            schemaVersion: 1,
            tool: { name: version/* TOOL_NAME */.lH, version: version/* TOOL_VERSION */.wr, cfnLint: state.kind === 'ok' ? state.version : null },
            score: labs.reduce((s, l) => s + l.score, 0),
            maxScore: labs.reduce((s, l) => s + l.maxScore, 0),
            labs,
            durationMs: Math.round(lintMs + now() - started),
        };
    });
}
/** One cfn-lint run over every template of every submission, split back per submission. */
async function lintAll(loaded, opts, log) {
    if (opts.lint === false)
        return loaded.map(() => ({ kind: 'off' }));
    const templates = [];
    const owner = [];
    const mandatory = new Set();
    loaded.forEach((submission, i) => {
        for (const { lab, files, started } of submission.labs) {
            // A lab not started is not graded, so its starter templates need no linting.
            if (!started)
                continue;
            for (const st of files.values())
                if (st.spec.cfnLint && st.state === 'parsed') {
                    templates.push({ path: st.path, text: st.doc.text });
                    owner.push(i);
                }
            for (const item of lab.items)
                for (const id of item.cfnLint ?? [])
                    mandatory.add(id);
        }
    });
    let result = { status: 'ok', version: null, byTemplate: [] };
    if (templates.length > 0) {
        result = await (opts.cfnLint ?? cfn_lint/* runCfnLint */.YC)({
            templates,
            mandatory: [...mandatory].sort(),
            regions: opts.regions ?? ['us-east-1'],
        });
        if (result.status === 'unavailable')
            log.warn(result.reason);
    }
    return loaded.map((_, i) => {
        const mine = owner.flatMap((o, k) => (o === i ? [k] : []));
        // A submission with no template to lint reports no cfn-lint version, as when linting was not needed.
        if (mine.length === 0)
            return { kind: 'ok', version: null, byFile: new Map(), unreadable: new Map() };
        if (result.status === 'unavailable')
            return { kind: 'unavailable', reason: result.reason };
        const byFile = new Map();
        const unreadable = new Map();
        for (const k of mine) {
            const file = templates[k].path;
            byFile.set(file, result.byTemplate[k] ?? []);
            const why = (0,cfn_lint/* cfnLintUnreadable */.KG)(file, byFile.get(file), result.linted?.[k] ?? true);
            if (why)
                unreadable.set(file, why);
        }
        return { kind: 'ok', version: result.version, byFile, unreadable };
    });
}
/**
 * What one lab's items give before cfn-lint answers: the items cfn-lint has no part in, collected in full, and the
 * outcomes of every rule the others name (their cfn-lint part and check wait for gradeLab). Collecting with
 * cfn-lint 'off' stops an item at its cfn-lint part, so its check runs once, later, and its rule crashes are
 * logged once, then.
 */
function collectEarly(loaded, rules, log) {
    const outcomes = new Map();
    const collected = new Map();
    if (!loaded.started)
        return { outcomes, collected };
    const off = { kind: 'off' };
    for (const item of loaded.lab.items) {
        if (item.cfnLint?.length)
            collectItem({ loaded, rules, lint: off, log: engine_log/* silentLog */.a, outcomes }, item);
        else
            collected.set(item, collectItem({ loaded, rules, lint: off, log, outcomes }, item));
    }
    return { outcomes, collected };
}
function gradeLab(ctx, early) {
    const { lab, files, notices: loadNotices } = ctx.loaded;
    if (!ctx.loaded.started)
        return (0,starters/* notStartedLab */.aH)(lab, files, (0,run_rule/* sortFindings */.Tc)(loadNotices));
    const items = lab.items.map((item) => scoreItem(item, early.get(item) ?? collectItem(ctx, item)));
    // cfn-lint findings no item grades are still worth showing, once, as lab notices.
    const graded = new Set(lab.items.flatMap((i) => i.cfnLint ?? []));
    const notices = [...loadNotices];
    for (const st of files.values()) {
        if (!st.spec.cfnLint || st.state !== 'parsed')
            continue;
        if (ctx.lint.kind === 'ok')
            for (const f of ctx.lint.byFile.get(st.path) ?? [])
                if (!graded.has(f.ruleId))
                    notices.push(f);
        if (ctx.lint.kind === 'unavailable') {
            notices.push({
                file: st.path,
                line: 1,
                column: 1,
                severity: 'info',
                ruleId: 'labgrade/cfn-lint-unavailable',
                message: ctx.lint.reason,
            });
        }
    }
    const score = items.reduce((s, i) => s + i.earned, 0);
    const maxScore = items.reduce((s, i) => s + i.points, 0);
    return {
        id: lab.id,
        title: lab.title,
        score,
        maxScore,
        status: labStatus(ctx.loaded.started, items, score, maxScore),
        notices: (0,run_rule/* sortFindings */.Tc)(notices),
        items,
    };
}
function labStatus(started, items, score, maxScore) {
    if (!started)
        return 'not-started';
    if (items.some((i) => i.status === 'grader-error'))
        return 'grader-error';
    if (items.every((i) => i.status === 'not-gradable'))
        return 'not-gradable';
    if (score >= maxScore)
        return 'passed';
    return score === 0 ? 'failed' : 'partial';
}

;// CONCATENATED MODULE: ./graders/engine/define.ts
function defineRule(rule) {
    return rule;
}
function defineLab(lab) {
    return lab;
}

// EXTERNAL MODULE: ./graders/rules/lib/cloudformation.ts
var cloudformation = __webpack_require__(9325);
;// CONCATENATED MODULE: ./graders/rules/ecs-service/util/service.ts

const SERVICE = 'AWS::ECS::Service';
const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const serviceMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to check yet. Add a service that runs the task definition on Fargate (see the lab README).",
};
/** The template's ECS services, or an empty list after reporting that there are none. */
function readServices(doc, ctx) {
    const list = (0,cloudformation/* resources */.ES)(doc.template, SERVICE);
    if (list.length === 0)
        ctx.report('noService', {}, ['Resources']);
    return list;
}
/** `NetworkConfiguration.AwsvpcConfiguration`, if the service has one. */
function awsvpcConfiguration(svc) {
    const config = (0,cloudformation/* get */.Jt)(svc.props, ['NetworkConfiguration', 'AwsvpcConfiguration']);
    if (!(0,cloudformation/* isRecord */.u4)(config))
        return undefined;
    return { config, path: [...svc.path, 'Properties', 'NetworkConfiguration', 'AwsvpcConfiguration'] };
}
/** The task definition of this template that a service runs, if it can be followed. */
function taskDefinitionOf(t, svc) {
    const td = (0,cloudformation/* targetResource */.cR)(t, svc.props['TaskDefinition']);
    return td?.resource.Type === TASK_DEFINITION ? td : undefined;
}
/** The service's `LoadBalancers` entries that are objects. */
function loadBalancerEntries(svc) {
    const list = svc.props['LoadBalancers'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((entry, i) => (0,cloudformation/* isRecord */.u4)(entry) ? [{ entry, path: [...svc.path, 'Properties', 'LoadBalancers', i] }] : []);
}
function isLoadBalanced(svc) {
    return loadBalancerEntries(svc).length > 0;
}
/**
 * The deployment controller: 'ECS' (rolling update, the default), 'CODE_DEPLOY' or 'EXTERNAL'. Deployment
 * settings such as the circuit breaker and healthy-percent bounds apply to the ECS controller.
 */
function deploymentController(t, svc) {
    return (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentController', 'Type']))?.toUpperCase() ?? 'ECS';
}
/** 'DAEMON' or 'REPLICA' (the default). */
function schedulingStrategy(t, svc) {
    return (0,cloudformation/* literalString */.dc)(t, svc.props['SchedulingStrategy'])?.toUpperCase() ?? 'REPLICA';
}
/**
 * The smallest number of tasks the service is meant to run: its `DesiredCount`, or the `MinCapacity` of an
 * Application Auto Scaling target that scales it (CloudFormation then leaves the count to the scaler).
 */
function minimumTasks(t, svc) {
    const desired = svc.props['DesiredCount'];
    if (desired !== undefined)
        return { count: (0,cloudformation/* literalNumber */.TB)(t, desired), from: 'desired' };
    const target = (0,cloudformation/* referrers */.RB)(t, svc.name, 'AWS::ApplicationAutoScaling::ScalableTarget')[0];
    if (target)
        return { count: (0,cloudformation/* literalNumber */.TB)(t, target.props['MinCapacity']), from: 'scaling' };
    return { count: undefined, from: 'none' };
}
/** EFS volumes declared by a task definition. */
function efsVolumes(td) {
    const volumes = td.props['Volumes'];
    if (!Array.isArray(volumes))
        return [];
    return volumes.flatMap((v, i) => {
        if (!(0,cloudformation/* isRecord */.u4)(v) || !(0,cloudformation/* isRecord */.u4)(v['EFSVolumeConfiguration']))
            return [];
        const name = typeof v['Name'] === 'string' ? v['Name'] : `#${i + 1}`;
        return [
            {
                name,
                config: v['EFSVolumeConfiguration'],
                path: [...td.path, 'Properties', 'Volumes', i, 'EFSVolumeConfiguration'],
            },
        ];
    });
}
/** Whether some container of the task definition mounts the named volume. */
function isMounted(td, volume) {
    const containers = td.props['ContainerDefinitions'];
    if (!Array.isArray(containers))
        return false;
    return containers.some((c) => (0,cloudformation/* isRecord */.u4)(c) &&
        Array.isArray(c['MountPoints']) &&
        c['MountPoints'].some((m) => (0,cloudformation/* isRecord */.u4)(m) && m['SourceVolume'] === volume));
}
/** Whether any task definition of the template mounts an EFS volume into a container (the lab asks for one). */
function mountsEfsVolume(t) {
    return (0,cloudformation/* resources */.ES)(t, TASK_DEFINITION).some((td) => efsVolumes(td).some((v) => isMounted(td, v.name)));
}
/** Whether any service of the template is attached to a load balancer. */
function hasLoadBalancedService(t) {
    return (0,cloudformation/* resources */.ES)(t, SERVICE).some(isLoadBalanced);
}
/** `true`/`"true"`, as CloudFormation reads booleans. */
function isTrue(t, v) {
    return literalBool(t, v) === true;
}

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/model.ts


const model_SERVICE = 'AWS::ECS::Service';
const CLUSTER = 'AWS::ECS::Cluster';
const SCALABLE_TARGET = 'AWS::ApplicationAutoScaling::ScalableTarget';
const SCALING_POLICY = 'AWS::ApplicationAutoScaling::ScalingPolicy';
const ALARM = 'AWS::CloudWatch::Alarm';
const LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const model_TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const ECS_NAMESPACE = 'ecs';
/** Messages every rule of the set that needs a service shares. */
const scalingMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to scale yet. Add the service first (see the lab README).",
};
const ECS_DIMENSION = 'ecs:service:DesiredCount';
const CPU_METRIC = 'ECSServiceAverageCPUUtilization';
const REQUEST_METRIC = 'ALBRequestCountPerTarget';
/**
 * The tokens a string value is built from, or undefined when part of it is decided by something the grader does
 * not follow (`ImportValue`, `If`, `Select`, a Join over a list parameter). Adjacent text is merged.
 */
function tokensOf(v) {
    const out = rawTokens(v, 0);
    return out === undefined ? undefined : merge(out);
}
function rawTokens(v, depth) {
    if (depth > 8)
        return undefined;
    if (typeof v === 'string')
        return [{ text: v }];
    if (typeof v === 'number')
        return [{ text: String(v) }];
    if (!(0,cloudformation/* isIntrinsic */.I9)(v))
        return undefined;
    if (typeof v['Ref'] === 'string')
        return [{ ref: v['Ref'] }];
    const ga = v['Fn::GetAtt'];
    if (Array.isArray(ga) && typeof ga[0] === 'string' && typeof ga[1] === 'string')
        return [{ ref: ga[0], attr: ga[1] }];
    if (typeof ga === 'string' && ga.includes('.'))
        return [{ ref: ga.slice(0, ga.indexOf('.')), attr: ga.slice(ga.indexOf('.') + 1) }];
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string')
        return subTokens(sub, {}, depth);
    if (Array.isArray(sub) && typeof sub[0] === 'string')
        return subTokens(sub[0], (0,cloudformation/* isRecord */.u4)(sub[1]) ? sub[1] : {}, depth);
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const out = [];
        for (const [i, part] of join[1].entries()) {
            if (i > 0 && join[0] !== '')
                out.push({ text: join[0] });
            const inner = rawTokens(part, depth + 1);
            if (inner === undefined)
                return undefined;
            out.push(...inner);
        }
        return out;
    }
    return undefined;
}
function subTokens(text, vars, depth) {
    const out = [];
    let last = 0;
    for (const m of text.matchAll(/\$\{([^}]*)\}/g)) {
        out.push({ text: text.slice(last, m.index) });
        last = m.index + m[0].length;
        const name = m[1].trim();
        // '${!Literal}' writes '${Literal}' itself.
        if (name.startsWith('!')) {
            out.push({ text: `\${${name.slice(1)}}` });
            continue;
        }
        if (name in vars) {
            const inner = rawTokens(vars[name], depth + 1);
            if (inner === undefined)
                return undefined;
            out.push(...inner);
        }
        else if (!name.startsWith('AWS::') && name.includes('.')) {
            out.push({ ref: name.slice(0, name.indexOf('.')), attr: name.slice(name.indexOf('.') + 1) });
        }
        else
            out.push({ ref: name });
    }
    out.push({ text: text.slice(last) });
    return out;
}
function merge(tokens) {
    const out = [];
    for (const t of tokens) {
        const prev = out[out.length - 1];
        if ('text' in t && prev && 'text' in prev)
            out[out.length - 1] = { text: prev.text + t.text };
        else if (!('text' in t) || t.text !== '')
            out.push(t);
    }
    return out;
}
/** Splits tokens at every '/' in their text: `service/${Cluster}/${Service.Name}` → three parts. */
function splitTokens(tokens) {
    const parts = [[]];
    for (const t of tokens) {
        if (!('text' in t)) {
            parts[parts.length - 1].push(t);
            continue;
        }
        t.text.split('/').forEach((piece, i) => {
            if (i > 0)
                parts.push([]);
            if (piece !== '')
                parts[parts.length - 1].push({ text: piece });
        });
    }
    return parts;
}
/** Tokens written back as a Sub string, to quote in a message: `service/${Cluster}/${Service}`. */
function renderTokens(tokens) {
    return tokens.map((t) => ('text' in t ? t.text : `\${${t.ref}${t.attr ? `.${t.attr}` : ''}}`)).join('');
}
/** How a message quotes a property value: as the string it builds where it can be read, else by its kind. */
function quote(v) {
    if (v === undefined)
        return 'missing';
    const tokens = tokensOf(v);
    if (tokens)
        return `'${renderTokens(tokens)}'`;
    if ((0,cloudformation/* isIntrinsic */.I9)(v))
        return `a value computed with '${Object.keys(v)[0]}'`;
    return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `'${String(v)}'`;
}
/**
 * The ways a template can write the name of a service's cluster: `Ref` of the cluster resource (or of the
 * parameter the service uses), the cluster's literal `ClusterName`, or 'default' when the service names none.
 */
function clusterNameForms(t, svc) {
    const v = svc.props['Cluster'];
    if (v === undefined)
        return [{ text: 'default' }];
    if (typeof v === 'string')
        return [{ text: v.replace(/^arn:[^:]+:ecs:[^:]*:[^:]*:cluster\//, '') }];
    const id = (0,cloudformation/* targetOf */.$r)(v);
    if (!id)
        return undefined;
    const forms = [{ ref: id }];
    const cluster = (0,cloudformation/* resource */.Zc)(t, id);
    if (cluster?.resource.Type === CLUSTER) {
        const name = (0,cloudformation/* literalString */.dc)(t, cluster.props['ClusterName']);
        if (name !== undefined)
            forms.push({ text: name });
    }
    else if (!t.Parameters?.[id])
        return undefined;
    return forms;
}
/** The ways a template can write a service's name: `GetAtt Service.Name`, or its literal `ServiceName`. */
function serviceNameForms(t, svc) {
    const forms = [{ ref: svc.name, attr: 'Name' }];
    const name = (0,cloudformation/* literalString */.dc)(t, svc.props['ServiceName']);
    if (name !== undefined)
        forms.push({ text: name });
    return forms;
}
/** Whether one path part (a list of tokens) is exactly one of the accepted forms. */
function partIs(part, forms) {
    if (part.length !== 1)
        return false;
    const t = part[0];
    return forms.some((f) => 'text' in f ? 'text' in t && t.text === f.text : 'ref' in t && t.ref === f.ref && t.attr === f.attr);
}
/** How a message names the spelling as YAML writes it: `!Ref Cluster`, `!GetAtt WebService.Name`, or the text. */
function intrinsicForm(f) {
    return 'text' in f ? f.text : f.attr ? `!GetAtt ${f.ref}.${f.attr}` : `!Ref ${f.ref}`;
}
/** How a message names the expected spelling inside a Sub string: `${Cluster}`, `${WebService.Name}`. */
function renderForm(f) {
    return 'text' in f ? f.text : `\${${f.ref}${f.attr ? `.${f.attr}` : ''}}`;
}
/** Judges a `ResourceId` against `service/<cluster name>/<service name>` of one service of this stack. */
function judgeResourceId(t, v, svc) {
    const tokens = tokensOf(v);
    if (!tokens)
        return { kind: 'unknown' };
    const got = renderTokens(tokens);
    const parts = splitTokens(tokens);
    if (parts.length !== 3 || !partIs(parts[0], [{ text: 'service' }]))
        return { kind: 'shape', got };
    const clusters = clusterNameForms(t, svc);
    if (clusters && !partIs(parts[1], clusters))
        return { kind: 'cluster', got: renderTokens(parts[1]), want: renderForm(clusters[0]) };
    const names = serviceNameForms(t, svc);
    if (!partIs(parts[2], names))
        return { kind: 'service', got: renderTokens(parts[2]), want: renderForm(names[0]) };
    return { kind: 'ok' };
}
/** ECS services of the template that run the REPLICA scheduler (the only ones Application Auto Scaling scales). */
function replicaServices(t) {
    return (0,cloudformation/* resources */.ES)(t, model_SERVICE).filter((s) => schedulingStrategy(t, s) === 'REPLICA');
}
/**
 * The service a scaling resource's `ResourceId` is meant for: the one it refers to, or else the one whose
 * literal `ServiceName` is its last part. Undefined when it names no service of this stack.
 */
function intendedService(t, resourceId) {
    const services = (0,cloudformation/* resources */.ES)(t, model_SERVICE);
    const byRef = services.find((s) => (0,cloudformation/* refersTo */.zA)(resourceId, s.name));
    if (byRef)
        return byRef;
    const tokens = tokensOf(resourceId);
    const last = tokens ? splitTokens(tokens).at(-1) : undefined;
    if (!last)
        return undefined;
    return services.find((s) => partIs(last, serviceNameForms(t, s).filter((f) => 'text' in f)));
}
/** Whether a scalable target is meant for ECS: its namespace says so, or its ResourceId names a service of the stack. */
function isEcsTarget(t, target) {
    const ns = (0,cloudformation/* literalString */.dc)(t, target.props['ServiceNamespace']);
    return ns === ECS_NAMESPACE || intendedService(t, target.props['ResourceId']) !== undefined;
}
function ecsTargets(t) {
    return (0,cloudformation/* resources */.ES)(t, SCALABLE_TARGET).filter((r) => isEcsTarget(t, r));
}
/** The ECS scalable targets meant for this service. */
function targetsOf(t, svc) {
    return ecsTargets(t).filter((r) => intendedService(t, r.props['ResourceId'])?.name === svc.name);
}
/** Whether the template has an ECS scalable target (the subject of the capacity and desired-count items). */
function hasEcsScalableTarget(t) {
    return ecsTargets(t).length > 0;
}
function capacityOf(t, target) {
    return {
        min: (0,cloudformation/* literalNumber */.TB)(t, target.props['MinCapacity']),
        max: (0,cloudformation/* literalNumber */.TB)(t, target.props['MaxCapacity']),
    };
}
function policies(t) {
    return (0,cloudformation/* resources */.ES)(t, SCALING_POLICY).map((r) => {
        const type = (0,cloudformation/* literalString */.dc)(t, r.props['PolicyType']);
        const byId = r.props['ScalingTargetId'];
        let target;
        let service;
        if (byId !== undefined) {
            const st = (0,cloudformation/* resource */.Zc)(t, (0,cloudformation/* targetOf */.$r)(byId) ?? '');
            if (st?.resource.Type === SCALABLE_TARGET) {
                target = st;
                service = intendedService(t, st.props['ResourceId']);
            }
        }
        else if (r.props['ResourceId'] !== undefined) {
            // The long form: the policy repeats the target's ResourceId, dimension and namespace instead.
            service = intendedService(t, r.props['ResourceId']);
            target = service ? targetsOf(t, service)[0] : undefined;
        }
        return { r, type, target, service };
    });
}
function policiesOf(t, svc) {
    return policies(t).filter((p) => p.service?.name === svc.name);
}
/** The predefined metric a target-tracking configuration tracks, if any. */
function predefinedMetric(t, p) {
    return (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(p.r.props, [
        'TargetTrackingScalingPolicyConfiguration',
        'PredefinedMetricSpecification',
        'PredefinedMetricType',
    ]));
}
function targetTrackingConfig(p) {
    const c = p.r.props['TargetTrackingScalingPolicyConfiguration'];
    return (0,cloudformation/* isRecord */.u4)(c) ? c : undefined;
}
function policyPath(p, ...rest) {
    return [...p.r.path, 'Properties', ...rest];
}
/**
 * Judges `ClusterName` and `ServiceName` dimensions (a list of `{ Name, Value }`) against a service of this
 * stack: each must be present and resolve to the service's cluster and its name. Returns the problems found.
 */
function judgeServiceDimensions(t, dimensions, svc) {
    const list = Array.isArray(dimensions) ? dimensions.filter(cloudformation/* isRecord */.u4) : [];
    const valueOf = (name) => list.find((d) => (0,cloudformation/* literalString */.dc)(t, d['Name']) === name)?.['Value'];
    const problems = [];
    const checks = [
        ['ClusterName', clusterNameForms(t, svc)],
        ['ServiceName', serviceNameForms(t, svc)],
    ];
    for (const [name, forms] of checks) {
        const v = valueOf(name);
        const want = forms ? intrinsicForm(forms[0]) : 'the service’s cluster';
        if (v === undefined) {
            problems.push({ name, got: '(missing)', want });
            continue;
        }
        const tokens = tokensOf(v);
        if (forms && (!tokens || !partIs(tokens, forms)))
            problems.push({
                name,
                got: tokens
                    ? renderTokens(tokens)
                    : `(computed with ${Object.keys(v)[0] ?? 'an intrinsic'})`,
                want,
            });
    }
    return problems;
}
/**
 * The walk the policy rules share (SCL003, SCL004, SCL006). Each `selected` policy attached to no service of this
 * stack is reported as `detached`. Then each REPLICA service is judged by its own selected policies: one good
 * policy is enough, and when none is, the first one's problems are reported. `none` reports a service that has no
 * such policy, unless a detached one may have been meant for it. Tallies one instance per service.
 */
function judgeServicePolicies(ctx, t, selected, judge, none = (svc, anyDetached) => {
    if (!anyDetached)
        ctx.report('missing', { service: svc.name }, svc.path);
}) {
    const detached = selected.filter((p) => !p.service);
    for (const p of detached)
        ctx.report('detached', { policy: p.r.name, value: quote(p.r.props['ScalingTargetId']) }, policyPath(p));
    const services = replicaServices(t);
    let failures = 0;
    for (const svc of services) {
        const own = selected.filter((p) => p.service?.name === svc.name);
        if (own.length === 0) {
            failures++;
            none(svc, detached.length > 0);
            continue;
        }
        const problems = own.map((p) => judge(p, svc));
        if (problems.some((list) => list.length === 0))
            continue;
        failures++;
        for (const [id, data, at] of problems[0])
            ctx.report(id, data, at);
    }
    if (services.length === 0)
        ctx.notApplicable('no service uses the REPLICA scheduler');
    else
        ctx.tally(services.length, failures);
}

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/scalable-target.ts
// SCL001: every REPLICA ECS service of the stack is registered with Application Auto Scaling: a scalable target in
// the 'ecs' namespace, on the 'ecs:service:DesiredCount' dimension, whose ResourceId names this stack's cluster and
// service ('service/<cluster name>/<service name>'). A ResourceId built from the service's ARN (`!Ref Service`) or a
// hard-coded name registers nothing that exists, and the stack fails or scales another stack's service.



const DOCS = 'https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-ecs.html';
/* harmony default export */ const scalable_target = (defineRule({
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
            ...scalingMessages,
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
        if ((0,cloudformation/* resources */.ES)(t, model_SERVICE).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        let checks = 0;
        let failures = 0;
        for (const target of ecsTargets(t)) {
            checks++;
            // One failed instance per target, however many of its properties are wrong.
            let bad = false;
            const fail = (...args) => {
                bad = true;
                ctx.report(...args);
            };
            const at = [...target.path, 'Properties'];
            const ns = target.props['ServiceNamespace'];
            if ((0,cloudformation/* literalString */.dc)(t, ns) !== ECS_NAMESPACE)
                fail('namespace', { target: target.name, value: quote(ns) }, [...at, 'ServiceNamespace']);
            const dim = target.props['ScalableDimension'];
            if ((0,cloudformation/* literalString */.dc)(t, dim) !== ECS_DIMENSION)
                fail('dimension', { target: target.name, value: quote(dim) }, [...at, 'ScalableDimension']);
            const rid = target.props['ResourceId'];
            const svc = intendedService(t, rid);
            const ridAt = [...at, 'ResourceId'];
            if (!svc)
                fail('resourceIdForeign', { target: target.name, value: quote(rid) }, ridAt);
            else {
                const cluster = renderForm(clusterNameForms(t, svc)?.[0] ?? { ref: 'Cluster' });
                const name = renderForm(serviceNameForms(t, svc)[0]);
                const judged = judgeResourceId(t, rid, svc);
                const base = { target: target.name, service: svc.name, cluster, name };
                if (judged.kind === 'unknown')
                    fail('resourceIdUnknown', { ...base, value: quote(rid) }, ridAt);
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
        for (const svc of replicaServices(t)) {
            if (targetsOf(t, svc).length > 0)
                continue;
            checks++;
            failures++;
            const cluster = renderForm(clusterNameForms(t, svc)?.[0] ?? { ref: 'Cluster' });
            const name = renderForm(serviceNameForms(t, svc)[0]);
            ctx.report('noTarget', { service: svc.name, cluster, name }, svc.path);
        }
        if (checks === 0)
            ctx.notApplicable(`no REPLICA service and no ${SCALABLE_TARGET}`);
        else
            ctx.tally(checks, failures);
    },
}));

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
/* harmony default export */ const scaling_capacity = (defineRule({
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
        const targets = ecsTargets(t);
        if (targets.length === 0) {
            ctx.notApplicable('no ECS scalable target');
            return;
        }
        let failures = 0;
        for (const target of targets) {
            const at = [...target.path, 'Properties'];
            const { min, max } = capacityOf(t, target);
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
    if (predefinedMetric(t, p) === CPU_METRIC)
        return true;
    const custom = (0,cloudformation/* get */.Jt)(targetTrackingConfig(p), ['CustomizedMetricSpecification']);
    return ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(custom, ['MetricName'])) === 'CPUUtilization' &&
        (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(custom, ['Namespace'])) === 'AWS/ECS');
}
/* harmony default export */ const cpu_target_tracking = (defineRule({
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
            ...scalingMessages,
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
        if ((0,cloudformation/* resources */.ES)(t, model_SERVICE).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        judgeServicePolicies(ctx, t, policies(t).filter((p) => tracksCpu(t, p)), (p, svc) => judge(t, p, svc));
        function judge(t, p, svc) {
            const out = [];
            if (p.type !== 'TargetTrackingScaling')
                out.push([
                    'policyType',
                    { policy: p.r.name, value: quote(p.r.props['PolicyType']) },
                    [...policyPath(p, 'PolicyType')],
                ]);
            const raw = targetTrackingConfig(p)?.['TargetValue'];
            const value = (0,cloudformation/* literalNumber */.TB)(t, raw);
            const at = [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
            if (value === undefined)
                out.push(['targetUnknown', { policy: p.r.name }, at]);
            else if (value < CPU_TARGET_RANGE.min || value > CPU_TARGET_RANGE.max)
                out.push(['targetValue', { policy: p.r.name, value }, at]);
            if (predefinedMetric(t, p) !== CPU_METRIC) {
                const dims = (0,cloudformation/* get */.Jt)(targetTrackingConfig(p), ['CustomizedMetricSpecification', 'Dimensions']);
                for (const d of judgeServiceDimensions(t, dims, svc))
                    out.push([
                        'dimensions',
                        { policy: p.r.name, ...d },
                        [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'CustomizedMetricSpecification')],
                    ]);
            }
            return out;
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/request-count-tracking.ts
// SCL004: every load-balanced REPLICA ECS service has a target-tracking policy on 'ALBRequestCountPerTarget', whose
// 'ResourceLabel' names this stack's load balancer and the target group the service registers in:
// '<LoadBalancerFullName>/<TargetGroupFullName>', which is 'app/<lb>/<id>/targetgroup/<tg>/<id>'. ARNs ('!Ref'),
// short names or hard-coded labels name a metric that does not exist, so the policy never scales.




const LB_ATTR = 'LoadBalancerFullName';
const TG_ATTR = 'TargetGroupFullName';
/** The target groups a service registers its tasks in (its `LoadBalancers` entries). */
function servedTargetGroups(t, svc) {
    const entries = loadBalancerEntries(svc);
    return (0,cloudformation/* resources */.ES)(t, model_TARGET_GROUP).filter((tg) => entries.some(({ entry }) => (0,cloudformation/* refersTo */.zA)(entry['TargetGroupArn'], tg.name)));
}
/** Whether a listener of the load balancer (or a rule of such a listener) sends traffic to the target group. */
function routesTo(t, lb, tg) {
    const listeners = (0,cloudformation/* resources */.ES)(t, LISTENER).filter((l) => (0,cloudformation/* refersTo */.zA)(l.props['LoadBalancerArn'], lb));
    if (listeners.some((l) => (0,cloudformation/* refersTo */.zA)(l.props['DefaultActions'], tg)))
        return true;
    return (0,cloudformation/* resources */.ES)(t, LISTENER_RULE).some((r) => (0,cloudformation/* refersTo */.zA)(r.props['Actions'], tg) && listeners.some((l) => (0,cloudformation/* refersTo */.zA)(r.props['ListenerArn'], l.name)));
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
            { policy, value: quote(p.r.props['PolicyType']) },
            [...policyPath(p, 'PolicyType')],
        ]);
    const config = targetTrackingConfig(p);
    const valueAt = [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'TargetValue')];
    const value = (0,cloudformation/* literalNumber */.TB)(t, config?.['TargetValue']);
    if (value === undefined)
        out.push(['targetUnknown', { policy }, valueAt]);
    else if (value <= 0)
        out.push(['targetValue', { policy, value }, valueAt]);
    const labelAt = [
        ...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', 'PredefinedMetricSpecification', 'ResourceLabel'),
    ];
    const raw = config?.['PredefinedMetricSpecification']?.['ResourceLabel'];
    const served = servedTargetGroups(t, svc);
    const tgName = served[0]?.name ?? 'TargetGroup';
    const lbName = (0,cloudformation/* resources */.ES)(t, LOAD_BALANCER)[0]?.name ?? 'LoadBalancer';
    const want = `\${${lbName}.${LB_ATTR}}/\${${tgName}.${TG_ATTR}}`;
    if (raw === undefined) {
        out.push(['labelMissing', { policy, want }, labelAt]);
        return out;
    }
    const tokens = tokensOf(raw);
    if (!tokens) {
        out.push(['labelUnknown', { policy, value: quote(raw), want }, labelAt]);
        return out;
    }
    const got = renderTokens(tokens);
    if (tokens.every((x) => 'text' in x)) {
        out.push(['labelLiteral', { policy, value: got, want }, labelAt]);
        return out;
    }
    const lb = refTo(tokens, LOAD_BALANCER, t);
    const tg = refTo(tokens, model_TARGET_GROUP, t);
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
/* harmony default export */ const request_count_tracking = (defineRule({
    meta: {
        id: 'SCL004',
        name: 'request-count-tracking',
        target: 'cloudformation',
        severity: 'error',
        title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
        description: "Every load-balanced REPLICA ECS service has a 'TargetTrackingScaling' policy on 'ALBRequestCountPerTarget', attached to its scalable target, with a positive 'TargetValue' and a 'ResourceLabel' of '!Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]' (or the same with '!Sub'), where the target group is the one the service registers in and a listener of that load balancer forwards to it.",
        docsUrl: 'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html',
        evidence: ['Application Auto Scaling PredefinedMetricSpecification.ResourceLabel', 'REL07-BP01'],
        messages: {
            ...scalingMessages,
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
        if ((0,cloudformation/* resources */.ES)(t, model_SERVICE).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        judgeServicePolicies(ctx, t, policies(t).filter((p) => predefinedMetric(t, p) === REQUEST_METRIC), (p, svc) => judge(t, p, svc), (svc, anyDetached) => {
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
/* harmony default export */ const scaling_cooldowns = (defineRule({
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
        const tracked = policies(t).filter((p) => p.service && targetTrackingConfig(p));
        if (tracked.length === 0) {
            ctx.report('noPolicies', {}, ['Resources']);
            return;
        }
        let failures = 0;
        for (const p of tracked) {
            const config = targetTrackingConfig(p);
            const at = (prop) => [...policyPath(p, 'TargetTrackingScalingPolicyConfiguration', prop)];
            const absent = ['ScaleOutCooldown', 'ScaleInCooldown'].filter((k) => config[k] === undefined);
            if (absent.length > 0)
                ctx.report('missing', { policy: p.r.name, missing: absent.map((k) => `'${k}'`).join(' or ') }, [
                    ...policyPath(p, 'TargetTrackingScalingPolicyConfiguration'),
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

const alarms_ALARM = 'AWS::CloudWatch::Alarm';
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
        out.push(['noSteps', { policy }, [...policyPath(p, 'StepScalingPolicyConfiguration')]]);
    const alarms = (0,cloudformation/* resources */.ES)(t, ALARM).filter((a) => (0,cloudformation/* refersTo */.zA)(a.props['AlarmActions'], p.r.name));
    if (alarms.length === 0) {
        out.push(['noAlarm', { policy }, [...policyPath(p)]]);
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
            .map((m) => ({ m, problems: judgeServiceDimensions(t, m.dimensions, svc) }))
            .sort((a, b) => a.problems.length - b.problems.length)[0];
        for (const d of best.problems)
            problems.push(['alarmDimension', { alarm: alarm.name, policy, service: svc.name, ...d }, best.m.path]);
        return problems;
    });
    if (!judged.some((list) => list.length === 0))
        out.push(...judged[0]);
    return out;
}
/* harmony default export */ const step_scaling_alarm = (defineRule({
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
            ...scalingMessages,
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
        if ((0,cloudformation/* resources */.ES)(t, model_SERVICE).length === 0) {
            ctx.report('noService', {}, ['Resources']);
            return;
        }
        const steps = policies(t).filter((p) => p.type === 'StepScaling' || p.r.props['StepScalingPolicyConfiguration'] !== undefined);
        judgeServicePolicies(ctx, t, steps, (p, svc) => step_scaling_alarm_judge(t, p, svc));
    },
}));

;// CONCATENATED MODULE: ./graders/rules/auto-scaling/desired-count-scaling.ts
// SCL007: once Application Auto Scaling owns a service's task count, the template's DesiredCount must not fight
// it. CloudFormation sends DesiredCount whenever a stack update changes the service, so an update sets the count back
// to the template's number, whatever the scaler had chosen; outside [MinCapacity, MaxCapacity] the scaler then pulls
// it back again. Leaving DesiredCount out (CloudFormation starts a new service at its default and keeps the
// current count on updates) or keeping it within the bounds is accepted.



/* harmony default export */ const desired_count_scaling = (defineRule({
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
        for (const svc of replicaServices(t)) {
            const target = targetsOf(t, svc)[0];
            if (!target)
                continue;
            checked++;
            const raw = svc.props['DesiredCount'];
            if (raw === undefined)
                continue;
            const at = [...svc.path, 'Properties', 'DesiredCount'];
            const count = (0,cloudformation/* literalNumber */.TB)(t, raw);
            const { min, max } = capacityOf(t, target);
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

// EXTERNAL MODULE: ./graders/rules/lib/policy.ts
var lib_policy = __webpack_require__(5327);
;// CONCATENATED MODULE: ./graders/rules/lib/iam.ts



const ROLE = 'AWS::IAM::Role';
const POLICY = 'AWS::IAM::Policy';
const MANAGED_POLICY = 'AWS::IAM::ManagedPolicy';
// ---------------------------------------------------------------------------------------------
// Values as the template fixes them.
/**
 * The text a string value builds, with parameter Defaults and `AWS::Partition` ('aws') filled in and every other
 * reference kept as a `${Name}` or `${Name.Attr}` placeholder; undefined when an intrinsic the grader does not
 * follow decides part of it (If, Select, ImportValue).
 */
function resolveText(t, v) {
    const tokens = tokensOf(v);
    if (!tokens)
        return undefined;
    return tokens
        .map((tok) => {
        if ('text' in tok)
            return tok.text;
        if (!tok.attr) {
            if (tok.ref === 'AWS::Partition')
                return 'aws';
            const p = t.Parameters?.[tok.ref];
            const d = (0,cloudformation/* isRecord */.u4)(p) ? p['Default'] : undefined;
            if (typeof d === 'string' || typeof d === 'number')
                return String(d);
        }
        return `\${${tok.ref}${tok.attr ? `.${tok.attr}` : ''}}`;
    })
        .join('');
}
/**
 * The entries of a string-or-list IAM field: a list's items, both branches of an `Fn::If`, a list parameter's
 * Default split at commas; `AWS::NoValue` contributes nothing.
 */
function valueList(t, v, depth = 0) {
    if (depth > 8 || v === undefined || v === null)
        return [];
    if (Array.isArray(v))
        return v.flatMap((x) => valueList(t, x, depth + 1));
    if (!(0,cloudformation/* isRecord */.u4)(v))
        return [v];
    const cond = v['Fn::If'];
    if (Array.isArray(cond) && cond.length === 3)
        return [...valueList(t, cond[1], depth + 1), ...valueList(t, cond[2], depth + 1)];
    const ref = v['Ref'];
    if (ref === 'AWS::NoValue')
        return [];
    if (typeof ref === 'string') {
        const p = t.Parameters?.[ref];
        const type = (0,cloudformation/* isRecord */.u4)(p) && typeof p['Type'] === 'string' ? p['Type'] : '';
        const d = (0,cloudformation/* isRecord */.u4)(p) ? p['Default'] : undefined;
        if ((type.startsWith('List<') || type === 'CommaDelimitedList') && typeof d === 'string')
            return d.split(',').map((s) => s.trim());
    }
    return [v];
}
/** The resolved texts of a string-or-list field; entries the grader cannot read are left out. */
function texts(t, v) {
    return valueList(t, v).flatMap((x) => {
        const s = resolveText(t, x);
        return s === undefined ? [] : [s];
    });
}
/** A document given as an object, JSON text, or a Sub of JSON text; undefined when it cannot be read. */
function readDocument(t, v) {
    if ((0,cloudformation/* isRecord */.u4)(v) && !('Fn::Sub' in v) && !('Fn::Join' in v))
        return { doc: v, located: true };
    const text = typeof v === 'string' ? v : resolveText(t, v);
    if (text === undefined)
        return undefined;
    const doc = (0,lib_policy/* policyDocument */.yr)(text);
    return doc === undefined ? undefined : { doc, located: false };
}
/** The statements of a policy document, resolved. */
function statementsOf(t, value, path) {
    const read = readDocument(t, value);
    if (!read || !(0,cloudformation/* isRecord */.u4)(read.doc))
        return [];
    const raw = read.doc['Statement'];
    const list = Array.isArray(raw)
        ? raw.map((s, i) => [s, i])
        : [[raw, null]];
    return list.flatMap(([st, index]) => {
        if (!(0,cloudformation/* isRecord */.u4)(st))
            return [];
        const sid = typeof st['Sid'] === 'string' && st['Sid'] !== '' ? st['Sid'] : undefined;
        const at = !read.located
            ? path
            : index === null
                ? [...path, 'Statement']
                : [...path, 'Statement', index];
        return [
            {
                st,
                path: at,
                label: sid ? `statement '${sid}'` : `statement ${(index ?? 0) + 1}`,
                allow: resolveText(t, st['Effect']) === 'Allow',
                actions: texts(t, st['Action']),
                resources: texts(t, st['Resource']),
            },
        ];
    });
}
/** Logical ids of this template's roles a `Roles` list names (by `!Ref Role`). */
function rolesIn(t, v) {
    return valueList(t, v).flatMap((x) => {
        const id = (0,cloudformation/* targetOf */.$r)(x);
        return id && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === ROLE ? [id] : [];
    });
}
/** Every identity policy document of the template and the roles each applies to. */
function identityPolicies(t) {
    const out = [];
    const roles = (0,cloudformation/* resources */.ES)(t, ROLE);
    for (const role of roles) {
        const inline = role.props['Policies'];
        if (!Array.isArray(inline))
            continue;
        inline.forEach((p, i) => {
            if (!(0,cloudformation/* isRecord */.u4)(p))
                return;
            const path = [...role.path, 'Properties', 'Policies', i, 'PolicyDocument'];
            const name = (0,cloudformation/* literalString */.dc)(t, p['PolicyName']);
            out.push({
                owner: role.name,
                label: name ? `role '${role.name}' (policy '${name}')` : `role '${role.name}'`,
                roles: [role.name],
                path,
                statements: statementsOf(t, p['PolicyDocument'], path),
            });
        });
    }
    for (const p of (0,cloudformation/* resources */.ES)(t, POLICY, MANAGED_POLICY)) {
        const path = [...p.path, 'Properties', 'PolicyDocument'];
        const attached = new Set(rolesIn(t, p.props['Roles']));
        if (p.resource.Type === MANAGED_POLICY)
            for (const role of roles)
                if (valueList(t, role.props['ManagedPolicyArns']).some((a) => (0,cloudformation/* targetOf */.$r)(a) === p.name))
                    attached.add(role.name);
        out.push({
            owner: p.name,
            label: `policy '${p.name}'`,
            roles: [...attached],
            path,
            statements: statementsOf(t, p.props['PolicyDocument'], path),
        });
    }
    return out;
}
/** The identity policies that apply to one role of the template. */
function policiesOfRole(t, role) {
    return identityPolicies(t).filter((p) => p.roles.includes(role));
}
/** The Allow statements that apply to a role, with the policy each comes from. */
function allowsOfRole(t, role) {
    return policiesOfRole(t, role).flatMap((policy) => policy.statements.filter((s) => s.allow).map((s) => ({ policy, s })));
}
/** Whether a role's Allow statements grant an action (by name or by a wildcard pattern that covers it). */
function roleAllows(t, role, action) {
    return allowsOfRole(t, role).some(({ s }) => s.actions.some((a) => (0,lib_policy/* actionMatches */.GE)(a, action)));
}
/** AWS managed policies a role attaches: their names (the part after 'policy/'), with where each is written. */
function awsManagedPolicies(t, role) {
    const list = role.props['ManagedPolicyArns'];
    const entries = Array.isArray(list) ? list : [];
    return entries.flatMap((v, i) => {
        const text = resolveText(t, v);
        const m = text === undefined ? null : /^arn:[^:]*:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(text);
        return m ? [{ name: m[1], path: [...role.path, 'Properties', 'ManagedPolicyArns', i] }] : [];
    });
}

;// CONCATENATED MODULE: ./graders/rules/deployment/model.ts





const deployment_model_SERVICE = 'AWS::ECS::Service';
const model_CLUSTER = 'AWS::ECS::Cluster';
const deployment_model_TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const model_LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const model_LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const model_LISTENER_RULE = 'AWS::ElasticLoadBalancingV2::ListenerRule';
const model_ALARM = 'AWS::CloudWatch::Alarm';
const model_ROLE = 'AWS::IAM::Role';
const LAMBDA = 'AWS::Lambda::Function';
const CD_APPLICATION = 'AWS::CodeDeploy::Application';
const CD_GROUP = 'AWS::CodeDeploy::DeploymentGroup';
/** The ECS deployment strategies that keep the old revision serving until the new one has proved itself. */
const SHIFTING_STRATEGIES = ['BLUE_GREEN', 'LINEAR', 'CANARY'];
const deploymentMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is no deployment to judge yet. Keep the labs-web service from the starter (see the lab README).",
    notLoadBalanced: "Service '{{service}}' is attached to no load balancer ('LoadBalancers' is empty), so there is no traffic to shift between blue and green. Keep the starter's 'LoadBalancers' entry with its target group.",
};
/** DeploymentConfiguration.Strategy as written (upper case), or 'ROLLING', the default. */
function strategyOf(t, svc) {
    return ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'Strategy']))?.toUpperCase() ?? 'ROLLING');
}
/** Whether an `ECSServices` entry of a deployment group names this service, in this service's cluster. */
function namesService(t, entry, svc) {
    if (!(0,cloudformation/* isRecord */.u4)(entry))
        return false;
    const name = entry['ServiceName'];
    const tokens = tokensOf(name);
    return (0,cloudformation/* refersTo */.zA)(name, svc.name) || (tokens !== undefined && partIs(tokens, serviceNameForms(t, svc)));
}
/** The CodeDeploy deployment groups whose ECSServices name the service. */
function deploymentGroupsOf(t, svc) {
    return (0,cloudformation/* resources */.ES)(t, CD_GROUP).filter((g) => {
        const list = g.props['ECSServices'];
        return Array.isArray(list) && list.some((e) => namesService(t, e, svc));
    });
}
/** Which design a service is read in (see the module comment). */
function designOf(t, svc) {
    return deploymentController(t, svc) === 'CODE_DEPLOY' || deploymentGroupsOf(t, svc).length > 0
        ? 'codedeploy'
        : 'ecs';
}
/** The services the lab deploys: every ECS service that sits behind a load balancer. */
function loadBalancedServices(t) {
    return (0,cloudformation/* resources */.ES)(t, deployment_model_SERVICE).filter((s) => loadBalancerEntries(s).length > 0);
}
/**
 * The load-balanced services every BGD rule judges, or an empty list after reporting why there are none: no
 * service at all, or services without a load balancer, where blue/green has no traffic to move.
 */
function model_readServices(t, ctx) {
    const all = (0,cloudformation/* resources */.ES)(t, deployment_model_SERVICE);
    if (all.length === 0)
        ctx.report('noService', {}, ['Resources']);
    const services = all.filter((s) => loadBalancerEntries(s).length > 0);
    if (services.length === 0)
        for (const s of all)
            ctx.report('notLoadBalanced', { service: s.name }, servicePath(s));
    return services;
}
function servicePath(svc, ...rest) {
    return [...svc.path, 'Properties', ...rest];
}
/** Where a report about a missing property goes: the deepest part of the path that exists. */
function existingPath(svc, keys) {
    let at = servicePath(svc);
    let cur = svc.props;
    for (const k of keys) {
        if (!(0,cloudformation/* isRecord */.u4)(cur) || cur[k] === undefined)
            break;
        cur = cur[k];
        at = [...at, k];
    }
    return at;
}
// ---------------------------------------------------------------------------------------------
// Target groups and listeners.
/** A target group of this template named by a value: `!Ref`/`!GetAtt` (ARN or name) or its literal `Name`. */
function targetGroupOf(t, v) {
    const r = (0,cloudformation/* targetResource */.cR)(t, v);
    if (r?.resource.Type === deployment_model_TARGET_GROUP)
        return r;
    const text = typeof v === 'string' ? v : undefined;
    if (text === undefined)
        return undefined;
    return (0,cloudformation/* resources */.ES)(t, deployment_model_TARGET_GROUP).find((tg) => (0,cloudformation/* literalString */.dc)(t, tg.props['Name']) === text);
}
/** The service's primary target group (the first LoadBalancers entry's), with the entry's path. */
function primaryEntry(t, svc) {
    const first = loadBalancerEntries(svc)[0];
    if (!first)
        return undefined;
    return { ...first, tg: targetGroupOf(t, first.entry['TargetGroupArn']) };
}
function advancedConfiguration(svc) {
    for (const { entry, path } of loadBalancerEntries(svc)) {
        const config = entry['AdvancedConfiguration'];
        if ((0,cloudformation/* isRecord */.u4)(config))
            return { config, path: [...path, 'AdvancedConfiguration'] };
    }
    return undefined;
}
/** The first `TargetGroupPairInfoList` entry of a deployment group, with its path. */
function targetGroupPair(group) {
    const list = (0,cloudformation/* get */.Jt)(group.props, ['LoadBalancerInfo', 'TargetGroupPairInfoList']);
    if (!Array.isArray(list) || !(0,cloudformation/* isRecord */.u4)(list[0]))
        return undefined;
    return {
        pair: list[0],
        path: [...group.path, 'Properties', 'LoadBalancerInfo', 'TargetGroupPairInfoList', 0],
    };
}
/** Target groups a listener or listener rule forwards to (plain and weighted forward actions). */
function forwardedGroups(t, listener) {
    const actions = listener.props[listener.resource.Type === model_LISTENER ? 'DefaultActions' : 'Actions'];
    if (!Array.isArray(actions))
        return [];
    const out = [];
    for (const a of actions) {
        if (!(0,cloudformation/* isRecord */.u4)(a))
            continue;
        const direct = targetGroupOf(t, a['TargetGroupArn']);
        if (direct)
            out.push(direct);
        const weighted = (0,cloudformation/* get */.Jt)(a, ['ForwardConfig', 'TargetGroups']);
        if (Array.isArray(weighted))
            for (const w of weighted) {
                const tg = (0,cloudformation/* isRecord */.u4)(w) ? targetGroupOf(t, w['TargetGroupArn']) : undefined;
                if (tg)
                    out.push(tg);
            }
    }
    return out;
}
/** The listener or listener rule of this template a value names (`!Ref` gives the ARN of both). */
function listenerOf(t, v, ...types) {
    const r = (0,cloudformation/* targetResource */.cR)(t, v);
    return r && types.includes(r.resource.Type) ? r : undefined;
}
// ---------------------------------------------------------------------------------------------
// IAM roles the deployment machinery assumes.
/** Whether a role's trust policy lets the AWS service principal (such as 'ecs.amazonaws.com') assume it. */
function trusts(t, role, principal) {
    return (0,lib_policy/* policyStatements */.H9)((0,lib_policy/* policyDocument */.yr)(role.props['AssumeRolePolicyDocument'])).some(({ statement }) => (0,cloudformation/* literalString */.dc)(t, statement['Effect']) === 'Allow' &&
        (0,lib_policy/* stringList */.Yn)((0,cloudformation/* get */.Jt)(statement, ['Principal', 'Service'])).includes(principal));
}
/**
 * Judges the role a deployment part assumes: a role of this template that `principal` may assume, holding
 * `managedPolicy` or an inline or attached policy allowing `action`. A role passed in as a parameter or an ARN is
 * given the benefit of the doubt only as far as it can be read: an ARN text is accepted, a missing value is not.
 */
function judgeRole(t, v, principal, managedPolicy, action) {
    if (v === undefined)
        return 'unresolved';
    const role = (0,cloudformation/* targetResource */.cR)(t, v);
    if (!role) {
        const text = (0,cloudformation/* literalString */.dc)(t, v) ?? (t.Parameters?.[(0,cloudformation/* targetOf */.$r)(v) ?? ''] ? 'arn:' : undefined);
        return text?.startsWith('arn:') ? undefined : 'unresolved';
    }
    if (role.resource.Type !== model_ROLE || (0,cloudformation/* attributeOf */.w4)(v) !== 'Arn')
        return 'unresolved';
    if (!trusts(t, role, principal))
        return 'trust';
    if (awsManagedPolicies(t, role).some((p) => p.name === managedPolicy))
        return undefined;
    return roleAllows(t, role.name, action) ? undefined : 'permission';
}
// ---------------------------------------------------------------------------------------------
// CloudWatch alarms and what they watch.
/** The alarm of this template a name refers to: `!Ref Alarm` (its name) or its literal `AlarmName`. */
function alarmOf(t, v) {
    const r = (0,cloudformation/* targetResource */.cR)(t, v);
    if (r)
        return r.resource.Type === model_ALARM && (0,cloudformation/* attributeOf */.w4)(v) === undefined ? r : undefined;
    const text = (0,cloudformation/* literalString */.dc)(t, v);
    return text === undefined
        ? undefined
        : (0,cloudformation/* resources */.ES)(t, model_ALARM).find((a) => (0,cloudformation/* literalString */.dc)(t, a.props['AlarmName']) === text);
}
/** The metrics an alarm watches: its own, or each MetricStat of a metric-math alarm. */
function metricsOf(alarm) {
    const at = [...alarm.path, 'Properties'];
    if (alarm.props['MetricName'] !== undefined)
        return [{ dimensions: alarm.props['Dimensions'], path: [...at, 'Dimensions'] }];
    const list = alarm.props['Metrics'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((m, i) => {
        const metric = (0,cloudformation/* get */.Jt)(m, ['MetricStat', 'Metric']);
        return (0,cloudformation/* isRecord */.u4)(metric)
            ? [
                {
                    dimensions: metric['Dimensions'],
                    path: [...at, 'Metrics', i, 'MetricStat', 'Metric', 'Dimensions'],
                },
            ]
            : [];
    });
}
/** What each dimension this stack's resources fill in must be: its resource type and attribute (none for Ref). */
const DIMENSIONS = {
    LoadBalancer: { type: model_LOAD_BALANCER, attr: 'LoadBalancerFullName' },
    TargetGroup: { type: deployment_model_TARGET_GROUP, attr: 'TargetGroupFullName' },
    ClusterName: { type: model_CLUSTER, attr: undefined, literal: 'ClusterName' },
    ServiceName: { type: deployment_model_SERVICE, attr: 'Name', literal: 'ServiceName' },
};
function dimensionProblem(t, name, value) {
    const spec = DIMENSIONS[name];
    const tokens = tokensOf(value);
    const got = tokens === undefined
        ? 'a computed value'
        : tokens.map((k) => ('text' in k ? k.text : `\${${k.ref}${k.attr ? `.${k.attr}` : ''}}`)).join('');
    const one = tokens?.length === 1 ? tokens[0] : undefined;
    if (!spec) {
        // Another dimension counts as this stack's when it is built from one of its resources.
        return one && 'ref' in one && (0,cloudformation/* resource */.Zc)(t, one.ref) ? undefined : { got, want: 'a value from this stack' };
    }
    const candidates = (0,cloudformation/* resources */.ES)(t, spec.type);
    const meant = one && 'ref' in one && (0,cloudformation/* resource */.Zc)(t, one.ref)?.resource.Type === spec.type ? one.ref : undefined;
    const example = meant ?? (candidates.length === 1 ? candidates[0].name : `<${spec.type.split('::').at(-1)}>`);
    const want = spec.attr ? `!GetAtt ${example}.${spec.attr}` : `!Ref ${example}`;
    if (meant && one && 'ref' in one && one.attr === spec.attr)
        return undefined;
    if (one && 'text' in one && spec.literal) {
        const lit = spec.literal;
        if (candidates.some((c) => (0,cloudformation/* literalString */.dc)(t, c.props[lit]) === one.text))
            return undefined;
    }
    return { got, want };
}
/**
 * Why an alarm does not watch this stack: a metric without dimensions watches nothing of it, and every dimension
 * must be filled in from this template's load balancer, target groups, cluster or service. Empty when it does.
 */
function watchProblems(t, alarm) {
    const metrics = metricsOf(alarm);
    if (metrics.length === 0)
        return 'noMetric';
    const out = [];
    for (const m of metrics) {
        const list = Array.isArray(m.dimensions) ? m.dimensions : [];
        if (list.length === 0) {
            out.push({ name: undefined, got: '', want: '', path: m.path });
            continue;
        }
        list.forEach((d, i) => {
            if (!(0,cloudformation/* isRecord */.u4)(d))
                return;
            const name = (0,cloudformation/* literalString */.dc)(t, d['Name']) ?? '(computed)';
            const p = dimensionProblem(t, name, d['Value']);
            if (p)
                out.push({ name, ...p, path: [...m.path, i, 'Value'] });
        });
    }
    return out;
}
/** How a message quotes a value a learner wrote: the literal, or 'missing'. */
function shown(t, v) {
    if (v === undefined)
        return 'missing';
    const s = (0,cloudformation/* literalString */.dc)(t, v);
    return s === undefined ? 'computed at deploy time' : `'${s}'`;
}
/** The cluster and service names a deployment group's ECSServices entry must use, for messages. */
function serviceNamesFor(t, svc) {
    const c = clusterNameForms(t, svc)?.[0];
    return {
        cluster: c && 'ref' in c ? `!Ref ${c.ref}` : c && 'text' in c ? c.text : '!Ref Cluster',
        service: `!GetAtt ${svc.name}.Name`,
    };
}

;// CONCATENATED MODULE: ./graders/rules/deployment/deployment-strategy.ts
// BGD001: every load-balanced ECS service deploys new revisions blue/green, in one of two designs. Either ECS
// shifts the traffic itself (DeploymentConfiguration.Strategy BLUE_GREEN, LINEAR or CANARY, under the ECS
// deployment controller), or CodeDeploy does: the CODE_DEPLOY controller, an AWS::CodeDeploy::Application on the
// ECS compute platform, and a deployment group of it whose DeploymentStyle is BLUE_GREEN with traffic control
// and whose ECSServices names this stack's cluster and service. A rolling update replaces tasks in place: there
// is no old revision left serving to return to.





/* harmony default export */ const deployment_strategy = (defineRule({
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
            ...deploymentMessages,
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
        const services = model_readServices(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            let bad = false;
            const fail = (...args) => {
                bad = true;
                ctx.report(...args);
            };
            const controller = deploymentController(t, svc);
            if (designOf(t, svc) === 'ecs') {
                const strategy = strategyOf(t, svc);
                if (controller === 'EXTERNAL')
                    fail('external', { service: svc.name }, servicePath(svc, 'DeploymentController'));
                else if (!SHIFTING_STRATEGIES.includes(strategy))
                    fail('rolling', { service: svc.name, strategy }, existingPath(svc, ['DeploymentConfiguration', 'Strategy']));
            }
            else {
                const groups = deploymentGroupsOf(t, svc);
                const names = serviceNamesFor(t, svc);
                if (controller !== 'CODE_DEPLOY')
                    fail('notCodeDeployController', {
                        group: groups[0]?.name ?? '',
                        service: svc.name,
                        value: shown(t, (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentController', 'Type'])),
                    }, existingPath(svc, ['DeploymentController', 'Type']));
                if (groups.length === 0)
                    fail('noGroup', { service: svc.name, cluster: names.cluster, name: names.service }, svc.path);
                for (const g of groups) {
                    const at = [...g.path, 'Properties'];
                    const forms = clusterNameForms(t, svc);
                    const entry = g.props['ECSServices'].find((e) => namesService(t, e, svc));
                    const cluster = entry?.['ClusterName'];
                    const tokens = tokensOf(cluster);
                    if (forms && entry && (!tokens || !partIs(tokens, forms)))
                        fail('groupCluster', {
                            group: g.name,
                            service: svc.name,
                            got: shown(t, cluster).replace(/'/g, ''),
                            want: names.cluster,
                        }, [...at, 'ECSServices']);
                    const app = (0,cloudformation/* targetResource */.cR)(t, g.props['ApplicationName']);
                    const byName = (0,cloudformation/* resources */.ES)(t, CD_APPLICATION).find((a) => (0,cloudformation/* literalString */.dc)(t, a.props['ApplicationName']) === (0,cloudformation/* literalString */.dc)(t, g.props['ApplicationName']));
                    const application = app?.resource.Type === CD_APPLICATION ? app : byName;
                    if (!application)
                        fail('noApplication', { group: g.name, value: shown(t, g.props['ApplicationName']) }, [
                            ...at,
                            'ApplicationName',
                        ]);
                    else if ((0,cloudformation/* literalString */.dc)(t, application.props['ComputePlatform'])?.toUpperCase() !== 'ECS')
                        fail('platform', { application: application.name, value: shown(t, application.props['ComputePlatform']) }, [...application.path, 'Properties']);
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
/* harmony default export */ const ip_target_group = (defineRule({
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
            ...serviceMessages,
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
        const services = readServices(doc, ctx);
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
            const entries = loadBalancerEntries(svc);
            if (entries.length === 0) {
                fail('notLoadBalanced', { service: svc.name }, [...svc.path, 'Properties']);
                continue;
            }
            const awsvpc = awsvpcConfiguration(svc) !== undefined;
            for (const { entry, path } of entries) {
                if (entry['TargetGroupArn'] === undefined) {
                    // A classic load balancer ('LoadBalancerName') cannot front awsvpc tasks either.
                    fail('noTargetGroupArn', { service: svc.name }, path);
                    continue;
                }
                const tg = (0,cloudformation/* targetResource */.cR)(t, entry['TargetGroupArn']);
                if (!tg || tg.resource.Type !== TARGET_GROUP) {
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
/* harmony default export */ const blue_green_target_groups = (defineRule({
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
            ...deploymentMessages,
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
        const services = model_readServices(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        const judged = new Set();
        for (const svc of services) {
            const found = [];
            const primary = primaryEntry(t, svc);
            const groups = [];
            if (!primary?.tg)
                found.push(['noPrimary', { service: svc.name }, primary?.path ?? svc.path]);
            else
                groups.push(primary.tg);
            if (designOf(t, svc) === 'ecs') {
                const advanced = advancedConfiguration(svc);
                const v = advanced?.config['AlternateTargetGroupArn'];
                const alt = targetGroupOf(t, v);
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
                const group = deploymentGroupsOf(t, svc)[0];
                const pair = group ? targetGroupPair(group) : undefined;
                const list = pair ? (0,cloudformation/* get */.Jt)(pair.pair, ['TargetGroups']) : undefined;
                if (!group || !Array.isArray(list))
                    found.push([
                        'noPair',
                        { service: svc.name, where: group ? `deployment group '${group.name}'` : 'no deployment group' },
                        group ? [...group.path, 'Properties'] : svc.path,
                    ]);
                else {
                    const named = list.map((e) => targetGroupOf(t, (0,cloudformation/* get */.Jt)(e, ['Name'])));
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
        const route = listenerOf(t, v, ...d.types);
        if (!route) {
            out.push(['routeUnresolved', { service: d.service.name, which, property }, d.at[which]]);
            continue;
        }
        routes.push(route);
        if (!forwardedGroups(t, route).some((g) => d.groups.includes(g.name)))
            out.push([
                'routeForward',
                { which, route: route.name, groups: d.groups.map((g) => `'${g}'`).join(' and ') },
                route.path,
            ]);
    }
    if (routes.length === 2 && routes[0].name === routes[1].name)
        out.push(['sameRoute', { service: d.service.name, route: routes[0].name }, d.at.test]);
    else if (d.coverBoth && routes.length === 2 && d.groups.length === 2) {
        const reached = new Set(routes.flatMap((r) => forwardedGroups(t, r).map((g) => g.name)));
        const missed = d.groups.find((g) => !reached.has(g));
        if (missed && out.length === 0)
            out.push(['routesMissGroup', { service: d.service.name, group: missed }, d.at.production]);
    }
    const problem = judgeRole(t, d.role, d.principal, d.policy, d.action);
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
    const advanced = advancedConfiguration(svc);
    const base = advanced?.path ?? primaryEntry(t, svc)?.path ?? svc.path;
    const c = advanced?.config ?? {};
    const groups = [primaryEntry(t, svc)?.tg?.name, targetGroupOf(t, c['AlternateTargetGroupArn'])?.name];
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
        types: [model_LISTENER_RULE, model_LISTENER],
        groups: groups.filter((g) => g !== undefined),
        principal: 'ecs.amazonaws.com',
        policy: 'AmazonECSInfrastructureRolePolicyForLoadBalancers',
        action: 'elasticloadbalancing:ModifyRule',
        coverBoth: true,
    };
}
function codeDeployDesign(t, svc, group) {
    const pair = targetGroupPair(group);
    const base = pair?.path ?? [...group.path, 'Properties'];
    const p = pair?.pair ?? {};
    const first = (k) => {
        const list = (0,cloudformation/* get */.Jt)(p, [k, 'ListenerArns']);
        return Array.isArray(list) ? list[0] : undefined;
    };
    const at = (k) => ((0,cloudformation/* get */.Jt)(p, [k, 'ListenerArns']) === undefined ? base : [...base, k, 'ListenerArns']);
    const listed = (0,cloudformation/* get */.Jt)(p, ['TargetGroups']);
    const groups = Array.isArray(listed) ? listed.map((e) => targetGroupOf(t, (0,cloudformation/* get */.Jt)(e, ['Name']))?.name) : [];
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
        types: [model_LISTENER],
        groups: groups.filter((g) => g !== undefined),
        principal: 'codedeploy.amazonaws.com',
        policy: 'AWSCodeDeployRoleForECS',
        action: 'elasticloadbalancing:ModifyListener',
        coverBoth: false,
    };
}
/* harmony default export */ const traffic_routes = (defineRule({
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
            ...deploymentMessages,
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
        const services = model_readServices(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            let design;
            if (designOf(t, svc) === 'ecs')
                design = ecsDesign(t, svc);
            else {
                const group = deploymentGroupsOf(t, svc)[0];
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

;// CONCATENATED MODULE: ./graders/rules/deployment/bake-time.ts
// BGD004: after production traffic has moved to green, blue must stay up long enough for the rollback alarms to
// judge green under real load, because rolling back is instant only while blue still runs. ECS: an explicit
// DeploymentConfiguration.BakeTimeInMinutes of at least MIN_BAKE_MINUTES. CodeDeploy: the deployment group's
// BlueGreenDeploymentConfiguration keeps the blue task set at least MIN_BAKE_MINUTES
// (TerminateBlueInstancesOnDeploymentSuccess.TerminationWaitTimeInMinutes) and says what happens when green is
// ready (DeploymentReadyOption).



/**
 * The shortest bake the lab accepts: the README's rollback alarms fire after three one-minute periods, and blue must
 * outlive that with some margin.
 */
const MIN_BAKE_MINUTES = 5;
/* harmony default export */ const bake_time = (defineRule({
    meta: {
        id: 'BGD004',
        name: 'bake-time',
        target: 'cloudformation',
        severity: 'error',
        title: 'Keep blue running while green bakes',
        description: `Every load-balanced ECS service keeps the old revision for at least ${MIN_BAKE_MINUTES} minutes after production traffic has shifted: ECS with DeploymentConfiguration.BakeTimeInMinutes, CodeDeploy with the deployment group's TerminationWaitTimeInMinutes and a DeploymentReadyOption.`,
        docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
        evidence: [
            'ECS DeploymentConfiguration.BakeTimeInMinutes',
            'CodeDeploy BlueGreenDeploymentConfiguration',
        ],
        messages: {
            ...deploymentMessages,
            noBake: "Service '{{service}}' sets no 'BakeTimeInMinutes', so you rely on a default you have not chosen for how long blue stays up after production moves to green. Set 'BakeTimeInMinutes' to at least {{min}}, longer than your rollback alarms take to fire.",
            shortBake: "Service '{{service}}' bakes for {{value}} minutes; blue is gone before an alarm that needs several minutes of data can fire, so the rollback has nothing to return to. Set 'BakeTimeInMinutes' to at least {{min}}.",
            noGroup: "Service '{{service}}' is deployed by CodeDeploy, but no deployment group names it, so nothing says how long the blue task set is kept. Add the deployment group (task 1) with a 'BlueGreenDeploymentConfiguration'.",
            noTermination: "Deployment group '{{group}}' does not say how long to keep the blue task set after traffic has shifted ('TerminateBlueInstancesOnDeploymentSuccess' {{value}}). Set \"{ Action: TERMINATE, TerminationWaitTimeInMinutes: {{min}} }\" or longer.",
            shortTermination: "Deployment group '{{group}}' keeps the blue task set for {{value}} minutes after the shift; that is too short for an alarm to catch a bad release while blue can still take the traffic back. Set 'TerminationWaitTimeInMinutes' to at least {{min}}.",
            noReadyOption: "Deployment group '{{group}}' has no 'DeploymentReadyOption', so it is not stated whether traffic shifts as soon as green is ready or waits for your approval. Set \"DeploymentReadyOption: { ActionOnTimeout: CONTINUE_DEPLOYMENT }\" (or STOP_DEPLOYMENT with a 'WaitTimeInMinutes').",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = model_readServices(t, ctx);
        if (services.length === 0)
            return;
        const min = MIN_BAKE_MINUTES;
        let failures = 0;
        for (const svc of services) {
            if (designOf(t, svc) === 'ecs') {
                const v = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'BakeTimeInMinutes']);
                const n = (0,cloudformation/* literalNumber */.TB)(t, v);
                if (v === undefined) {
                    failures++;
                    ctx.report('noBake', { service: svc.name, min }, existingPath(svc, ['DeploymentConfiguration']));
                }
                else if (n !== undefined && n < min) {
                    failures++;
                    ctx.report('shortBake', { service: svc.name, value: n, min }, servicePath(svc, 'DeploymentConfiguration', 'BakeTimeInMinutes'));
                }
                continue;
            }
            const group = deploymentGroupsOf(t, svc)[0];
            if (!group) {
                failures++;
                ctx.report('noGroup', { service: svc.name }, svc.path);
                continue;
            }
            const at = [...group.path, 'Properties', 'BlueGreenDeploymentConfiguration'];
            const config = group.props['BlueGreenDeploymentConfiguration'];
            const term = (0,cloudformation/* get */.Jt)(config, ['TerminateBlueInstancesOnDeploymentSuccess']);
            const wait = (0,cloudformation/* get */.Jt)(term, ['TerminationWaitTimeInMinutes']);
            const n = (0,cloudformation/* literalNumber */.TB)(t, wait);
            const action = (0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(term, ['Action']));
            let bad = false;
            if (term === undefined || wait === undefined || action === 'KEEP_ALIVE') {
                bad = true;
                ctx.report('noTermination', { group: group.name, value: term === undefined ? 'missing' : shown(t, action), min }, config === undefined ? [...group.path, 'Properties'] : at);
            }
            else if (n !== undefined && n < min) {
                bad = true;
                ctx.report('shortTermination', { group: group.name, value: n, min }, [
                    ...at,
                    'TerminateBlueInstancesOnDeploymentSuccess',
                    'TerminationWaitTimeInMinutes',
                ]);
            }
            if ((0,cloudformation/* get */.Jt)(config, ['DeploymentReadyOption', 'ActionOnTimeout']) === undefined) {
                bad = true;
                ctx.report('noReadyOption', { group: group.name }, config === undefined ? [...group.path, 'Properties'] : at);
            }
            if (bad)
                failures++;
        }
        ctx.tally(services.length, failures);
    },
}));

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
        const alarm = alarmOf(t, value);
        if (!alarm) {
            out.push(['alarmUnresolved', { owner, value: shown(t, value) }, path]);
            continue;
        }
        const problems = watchProblems(t, alarm);
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
/* harmony default export */ const alarm_rollback = (defineRule({
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
            ...deploymentMessages,
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
        const services = model_readServices(t, ctx);
        if (services.length === 0)
            return;
        let failures = 0;
        for (const svc of services) {
            const found = [];
            if (designOf(t, svc) === 'ecs') {
                const alarms = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'Alarms']);
                const at = servicePath(svc, 'DeploymentConfiguration', 'Alarms');
                if (!(0,cloudformation/* isRecord */.u4)(alarms))
                    found.push([
                        'noAlarms',
                        { service: svc.name },
                        existingPath(svc, ['DeploymentConfiguration', 'Alarms']),
                    ]);
                else {
                    if ((0,cloudformation/* literalBool */.KG)(t, alarms['Enable']) !== true)
                        found.push([
                            'alarmsOff',
                            { service: svc.name, value: shown(t, alarms['Enable']) },
                            [...at, 'Enable'],
                        ]);
                    if ((0,cloudformation/* literalBool */.KG)(t, alarms['Rollback']) !== true)
                        found.push([
                            'noRollback',
                            { service: svc.name, value: shown(t, alarms['Rollback']) },
                            [...at, 'Rollback'],
                        ]);
                    const names = Array.isArray(alarms['AlarmNames']) ? alarms['AlarmNames'] : [];
                    const judged = judgeAlarms(t, names.map((value, i) => ({ value, path: [...at, 'AlarmNames', i] })), `The deployment alarms of service '${svc.name}'`);
                    found.push(...judged.map(([id, data, p]) => [id, data, p.length ? p : at]));
                }
            }
            else {
                const group = deploymentGroupsOf(t, svc)[0];
                if (!group)
                    found.push(['noGroup', { service: svc.name }, svc.path]);
                else {
                    const at = [...group.path, 'Properties'];
                    const auto = group.props['AutoRollbackConfiguration'];
                    const enabled = (0,cloudformation/* literalBool */.KG)(t, (0,cloudformation/* get */.Jt)(auto, ['Enabled']));
                    if (enabled !== true)
                        found.push([
                            'autoRollbackOff',
                            { group: group.name, value: auto === undefined ? 'missing' : shown(t, (0,cloudformation/* get */.Jt)(auto, ['Enabled'])) },
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
                                    : `'Enabled: ${shown(t, (0,cloudformation/* get */.Jt)(config, ['Enabled'])).replace(/'/g, '')}'`,
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
    if (r?.resource.Type === LAMBDA)
        return (0,cloudformation/* attributeOf */.w4)(v) === 'Arn' ? 'ok' : 'name';
    if (r)
        return 'unresolved';
    const text = (0,cloudformation/* literalString */.dc)(t, v);
    if (text !== undefined)
        return /^arn:[^:]+:lambda:/.test(text) ? 'ok' : 'unresolved';
    // A parameter without a default: the ARN of a function deployed elsewhere.
    return t.Parameters?.[(0,cloudformation/* targetOf */.$r)(v) ?? ''] ? 'ok' : 'unresolved';
}
/* harmony default export */ const lifecycle_hook = (defineRule({
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
            ...deploymentMessages,
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
        const balanced = model_readServices(t, ctx);
        if (balanced.length === 0)
            return;
        const services = balanced.filter((s) => designOf(t, s) === 'ecs');
        if (services.length === 0) {
            ctx.notApplicable('no load-balanced service is deployed by ECS; CodeDeploy hooks are read from appspec.yaml');
            return;
        }
        let failures = 0;
        for (const svc of services) {
            const found = [];
            const hooks = (0,cloudformation/* get */.Jt)(svc.props, ['DeploymentConfiguration', 'LifecycleHooks']);
            const list = Array.isArray(hooks) ? hooks.filter(cloudformation/* isRecord */.u4) : [];
            const at = servicePath(svc, 'DeploymentConfiguration', 'LifecycleHooks');
            if (list.length === 0)
                found.push([
                    'noHooks',
                    { service: svc.name },
                    existingPath(svc, ['DeploymentConfiguration', 'LifecycleHooks']),
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
                    const role = judgeRole(t, hook['RoleArn'], 'ecs.amazonaws.com', 'AWSLambdaRole', 'lambda:InvokeFunction');
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
    bake_time, // BGD004
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
/* harmony default export */ const dockerfile_syntax = (defineRule({
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


/* harmony default export */ const pinned_base_image = (defineRule({
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

/* harmony default export */ const multi_stage_build = (defineRule({
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


/* harmony default export */ const non_root_user = (defineRule({
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


/* harmony default export */ const healthcheck = (defineRule({
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


/* harmony default export */ const exec_form_command = (defineRule({
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
/* harmony default export */ const copy_not_add = (defineRule({
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
/* harmony default export */ const no_secrets_in_env = (defineRule({
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


/* harmony default export */ const apt_get_hygiene = (defineRule({
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


/* harmony default export */ const apk_no_cache = (defineRule({
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


/* harmony default export */ const pip_no_cache_dir = (defineRule({
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


/* harmony default export */ const node_package_cache = (defineRule({
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


/* harmony default export */ const absolute_workdir = (defineRule({
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
/* harmony default export */ const oci_labels = (defineRule({
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

/* harmony default export */ const no_ssh_port = (defineRule({
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


/* harmony default export */ const excludes_git = (defineRule({
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


/* harmony default export */ const excludes_dependencies = (defineRule({
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


/* harmony default export */ const excludes_env_files = (defineRule({
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
;// CONCATENATED MODULE: ./graders/rules/ecr/model.ts


function repositories(t) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ECR::Repository');
}
/** The repository's name when the template fixes it (CloudFormation generates one when it is absent). */
function repositoryName(t, repo) {
    return (0,cloudformation/* literalString */.dc)(t, repo.props['RepositoryName']);
}
// Private-use code points: never in a name or filter, and not control characters.
const TOKEN_START = '\ue000';
const TOKEN_END = '\ue001';
const token = (variable) => `${TOKEN_START}${variable}${TOKEN_END}`;
/** Whether the pattern has a part decided at deploy time. */
function isComputed(p) {
    return p.includes(TOKEN_START);
}
/** The literal text after the pattern's last deploy-time part ('-web' of '${AWS::StackName}-web'). */
function literalTail(p) {
    return p.slice(p.lastIndexOf(TOKEN_END) + 1);
}
/** The pattern as learners wrote it: `${AWS::StackName}-web`. */
function describePattern(p) {
    return p.replace(/\ue000([^\ue001]*)\ue001/g, '$${$1}');
}
/**
 * The pattern of a name-like value: a literal (or a parameter's Default), a `Fn::Sub` string (its own variables
 * substituted where they are literal), or a `Fn::Join` of such parts. `undefined` for anything else.
 */
function namePattern(t, v) {
    const lit = (0,cloudformation/* literalString */.dc)(t, v);
    if (lit !== undefined)
        return lit;
    if (!(0,record/* isRecord */.u)(v))
        return undefined;
    if (typeof v['Ref'] === 'string')
        return token(v['Ref']);
    const sub = v['Fn::Sub'];
    if (typeof sub === 'string' || (Array.isArray(sub) && typeof sub[0] === 'string')) {
        const text = typeof sub === 'string' ? sub : sub[0];
        const vars = Array.isArray(sub) && (0,record/* isRecord */.u)(sub[1]) ? sub[1] : {};
        return text.replace(/\$\{([^}!][^}]*)\}/g, (_m, name) => {
            const own = vars[name];
            return own !== undefined ? (namePattern(t, own) ?? token(name)) : token(name);
        });
    }
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        const parts = join[1].map((p) => namePattern(t, p));
        return parts.every((p) => p !== undefined) ? parts.join(join[0]) : undefined;
    }
    return undefined;
}
/** The repository's name as a pattern, or undefined when CloudFormation generates it (or it cannot be read). */
function repositoryNamePattern(t, repo) {
    return namePattern(t, repo.props['RepositoryName']);
}
/**
 * Whether a registry scanning filter matches the repository name for every stack name. Per the ECR guide
 * (image-scanning-filters.html), a filter without a wildcard matches every repository name that CONTAINS it; a
 * filter with `*` matches the whole name, each `*` standing for zero or more characters.
 */
function scanFilterMatches(filter, name) {
    return filter.includes('*') ? wildcardMatch(filter, name) : name.includes(filter);
}
/**
 * A replication PREFIX_MATCH filter against a repository name: 'yes' when it matches whatever the stack is called,
 * 'no' when it cannot match for any stack name (the texts differ before any deploy-time part), 'unknown' otherwise.
 */
function prefixMatches(prefix, name) {
    if (name.startsWith(prefix))
        return 'yes';
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i])
        i++;
    if (i === prefix.length)
        return 'yes';
    if (i === name.length)
        return isComputed(prefix.slice(i)) ? 'unknown' : 'no';
    return prefix[i] === TOKEN_START || name[i] === TOKEN_START || isComputed(prefix.slice(0, i))
        ? 'unknown'
        : 'no';
}
/** ECR filter wildcards: `*` matches any run of characters; everything else is literal. */
function wildcardMatch(pattern, name) {
    const re = new RegExp(`^${pattern
        .split('*')
        .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`);
    return re.test(name);
}
/**
 * A property holding a JSON document: CloudFormation accepts an object for `RepositoryPolicyText`, and a JSON
 * string for both it and `LifecyclePolicyText`. `allowObject` says whether an object is acceptable.
 */
function jsonProperty(t, raw, allowObject) {
    if (raw === undefined || raw === null)
        return { kind: 'absent' };
    if ((0,cloudformation/* isIntrinsic */.I9)(raw)) {
        const r = (0,cloudformation/* literal */.eu)(t, raw);
        if (!r.known)
            return { kind: 'computed' };
        raw = r.value;
    }
    if (typeof raw === 'string') {
        try {
            return { kind: 'ok', value: JSON.parse(raw), fromString: true };
        }
        catch (e) {
            return { kind: 'notJson', error: e instanceof Error ? e.message : String(e) };
        }
    }
    if ((0,record/* isRecord */.u)(raw) && allowObject)
        return { kind: 'ok', value: raw, fromString: false };
    return { kind: 'wrongType' };
}
/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
function asText(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v) ?? 'nothing';
    }
    catch {
        return 'an unreadable value';
    }
}

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
                        const v = (0,record/* isRecord */.u)(f) ? namePattern(t, f['Filter']) : undefined;
                        return v === undefined ? [] : [v];
                    })
                    : [];
                rules.push({ frequency, filters });
            }
        }
        return { scanType, rules };
    });
}
/* harmony default export */ const image_scanning = (defineRule({
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
        const repos = repositories(t);
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
            const pattern = repositoryNamePattern(t, repo);
            const repository = pattern === undefined ? repo.name : describePattern(pattern);
            const active = registry.flatMap((r) => r.rules.filter((rule) => rule.frequency === 'SCAN_ON_PUSH' ||
                (rule.frequency === 'CONTINUOUS_SCAN' && r.scanType === 'ENHANCED')));
            const covered = active.some((rule) => rule.filters.some((f) => f === '*' || (pattern !== undefined && scanFilterMatches(f, pattern))));
            if (covered)
                continue;
            failed++;
            const filters = active.flatMap((r) => r.filters);
            if (filters.length > 0) {
                const computed = pattern === undefined || isComputed(pattern);
                // The literal tail of the name ('-web' of '${AWS::StackName}-web') matches it whatever the stack is called.
                const tail = pattern !== undefined ? literalTail(pattern) : '';
                const suggestion = !computed
                    ? (repositoryName(t, repo) ?? '*')
                    : tail.replace(/^[^a-z0-9]+/, '') || '*';
                ctx.report(computed ? 'filtersMissComputed' : 'filtersMiss', {
                    repository,
                    filters: filters.map((f) => `'${describePattern(f)}'`).join(', '),
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



/* harmony default export */ const immutable_tags = (defineRule({
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
        const repos = repositories(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = repositoryName(t, repo) ?? repo.name;
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
                const value = asText(r.value);
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
/* harmony default export */ const kms_encryption = (defineRule({
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
        const repos = repositories(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = repositoryName(t, repo) ?? repo.name;
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
            const type = typeRaw.value === undefined ? 'AES256' : asText(typeRaw.value);
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
                        state: `sets 'EnableKeyRotation: ${asText(written.value)}'`,
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



/* harmony default export */ const lifecycle_policy_valid = (defineRule({
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


/* harmony default export */ const lifecycle_retention = (defineRule({
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

;// CONCATENATED MODULE: ./graders/rules/ecr/repository-lifecycle-policy.ts
// ECR006: a lifecycle policy embedded in the template (LifecyclePolicy.LifecyclePolicyText of an ECR repository)
// is valid JSON that follows ECR's lifecycle rules — the same checks as ECR004, through the shared helper.





/** Where in the policy a problem is, for a finding that can only point at the whole text: "rules[1].selection". */
function jsonPath(path) {
    return path.reduce((s, seg) => (typeof seg === 'number' ? `${s}[${seg}]` : s ? `${s}.${seg}` : seg), '');
}
/* harmony default export */ const repository_lifecycle_policy = (defineRule({
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
        const withPolicy = repositories(t).filter((r) => r.props['LifecyclePolicy'] !== undefined);
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
            const repository = repositoryName(t, repo) ?? repo.name;
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
            const v = jsonProperty(t, lp['LifecyclePolicyText'], false);
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
/* harmony default export */ const repository_policy_least_privilege = (defineRule({
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
        const repos = repositories(t);
        if (repos.length === 0) {
            ctx.report('noRepository', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const repo of repos) {
            const repository = repositoryName(t, repo) ?? repo.name;
            const at = [...repo.path, 'Properties', 'RepositoryPolicyText'];
            let problems = 0;
            const report = (...args) => {
                problems++;
                ctx.report(...args);
            };
            const v = jsonProperty(t, repo.props['RepositoryPolicyText'], true);
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
                        const key = asText([s['Principal'], s['NotPrincipal']]);
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
/* harmony default export */ const cross_region_replication = (defineRule({
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
        const names = repositories(t).map((r) => repositoryNamePattern(t, r));
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
                const region = asText(r.value);
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
                    const v = (0,record/* isRecord */.u)(f) ? namePattern(t, f['Filter']) : undefined;
                    return v === undefined ? [] : [v];
                });
                if (prefixes.length === 0 || names.some((n) => n === undefined))
                    return;
                const known = names;
                if (known.some((n) => prefixes.some((p) => prefixMatches(p, n) !== 'no')))
                    return;
                ctx.report('filterMisses', {
                    name,
                    rule: i + 1,
                    filters: prefixes.map((p) => `'${describePattern(p)}'`).join(' or '),
                    repositories: known.map((n) => `'${describePattern(n)}'`).join(', '),
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



const cluster_container_insights_CLUSTER = 'AWS::ECS::Cluster';
const ON = ['enabled', 'enhanced'];
/* harmony default export */ const cluster_container_insights = (defineRule({
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
        const clusters = (0,cloudformation/* resources */.ES)(t, cluster_container_insights_CLUSTER);
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
        for (const s of (0,cloudformation/* resources */.ES)(t, SERVICE)) {
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
/* harmony default export */ const fargate_service = (defineRule({
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
            ...serviceMessages,
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
        const services = readServices(doc, ctx);
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
            if (schedulingStrategy(t, svc) === 'DAEMON')
                report('daemon', { service: svc.name }, [...at, 'SchedulingStrategy']);
            if (svc.props['TaskDefinition'] === undefined) {
                report('noTaskDefinition', { service: svc.name }, at);
                continue;
            }
            const td = taskDefinitionOf(t, svc);
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



/* harmony default export */ const no_public_ip = (defineRule({
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
            ...serviceMessages,
            enabled: "Service '{{service}}' sets 'AssignPublicIp: ENABLED', so every task gets a public IP address and anyone on the internet can try its ports, bypassing the load balancer. Set 'AssignPublicIp: DISABLED' and run the tasks in private subnets.",
            unknown: "Service '{{service}}' sets 'AssignPublicIp' to a value decided at deploy time, so the grader cannot confirm the tasks stay private. Write 'AssignPublicIp: DISABLED'.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        let checked = 0;
        for (const svc of services) {
            const vpc = awsvpcConfiguration(svc);
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

;// CONCATENATED MODULE: ./graders/rules/vpc/util/network.ts

const SUBNET = 'AWS::EC2::Subnet';
const SECURITY_GROUP = 'AWS::EC2::SecurityGroup';
const INGRESS = 'AWS::EC2::SecurityGroupIngress';
const ALB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const CLASSIC_ELB = 'AWS::ElasticLoadBalancing::LoadBalancer';
function subnetRouting(t, subnet) {
    const routeTables = (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::SubnetRouteTableAssociation')
        .filter((a) => (0,cloudformation/* targetOf */.$r)(a.props['SubnetId']) === subnet)
        .map((a) => (0,cloudformation/* targetOf */.$r)(a.props['RouteTableId']))
        .filter((id) => id !== undefined);
    let internetGateway = false;
    let natGateway = false;
    const privateNatGateways = [];
    for (const route of (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::Route')) {
        const table = (0,cloudformation/* targetOf */.$r)(route.props['RouteTableId']);
        if (table === undefined || !routeTables.includes(table))
            continue;
        if (isInternetGateway(t, route.props['GatewayId']))
            internetGateway = true;
        const nat = route.props['NatGatewayId'];
        if (nat === undefined || !isDefaultRoute(t, route.props))
            continue;
        const target = (0,cloudformation/* targetOf */.$r)(nat);
        if (target !== undefined && isPrivateNatGateway(t, target)) {
            if (!privateNatGateways.includes(target))
                privateNatGateways.push(target);
        }
        else
            natGateway = true;
    }
    return { internetGateway, natGateway, privateNatGateways, routeTables };
}
/** A NAT gateway of this template whose `ConnectivityType` is `private` (the default is `public`). */
function isPrivateNatGateway(t, logicalId) {
    const nat = (0,cloudformation/* resource */.Zc)(t, logicalId);
    if (nat?.resource.Type !== 'AWS::EC2::NatGateway')
        return false;
    return (0,cloudformation/* literalString */.dc)(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private';
}
/**
 * A regional NAT gateway (`AvailabilityMode: regional`): one gateway that follows the VPC's workloads into every
 * Availability Zone, created with `VpcId` instead of a subnet
 * (https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateways-regional.html).
 */
function isRegionalNatGateway(t, props) {
    return (0,cloudformation/* literalString */.dc)(t, props['AvailabilityMode'])?.toLowerCase() === 'regional';
}
function isInternetGateway(t, v) {
    if (v === undefined)
        return false;
    const target = (0,cloudformation/* targetOf */.$r)(v);
    if (target !== undefined)
        return (0,cloudformation/* resource */.Zc)(t, target)?.resource.Type === 'AWS::EC2::InternetGateway';
    return (0,cloudformation/* literalString */.dc)(t, v)?.startsWith('igw-') ?? false;
}
function isDefaultRoute(t, props) {
    const v4 = props['DestinationCidrBlock'];
    if (v4 === undefined)
        return false;
    const s = (0,cloudformation/* literalString */.dc)(t, v4);
    return s === undefined || s === '0.0.0.0/0';
}
/**
 * The subnets a `Subnets` list (or `SubnetMappings`) names. A `Ref` to a list parameter becomes one entry per
 * default value, or a single parameter entry when it has no default.
 */
function subnetRefs(t, value, path) {
    if ((0,cloudformation/* isRecord */.u4)(value) && typeof value['Ref'] === 'string') {
        const name = value['Ref'];
        if ((0,cloudformation/* resource */.Zc)(t, name))
            return [{ kind: 'resource', name, path }];
        // A list parameter: one entry per default value, named after the parameter (its name is the hint
        // `tierOf` reads), or one entry when there is no default.
        const r = (0,cloudformation/* literal */.eu)(t, value);
        if (r.known && typeof r.value === 'string' && r.value.includes(',')) {
            return r.value.split(',').map((_, i) => ({ kind: 'parameter', name: `${name}[${i}]`, path }));
        }
        return [{ kind: 'parameter', name, path }];
    }
    if (!Array.isArray(value))
        return value === undefined ? [] : [{ kind: 'other', name: describeIntrinsic(value), path }];
    return value.map((item, i) => subnetRef(t, item, [...path, i]));
}
function subnetRef(t, item, path) {
    const target = (0,cloudformation/* targetOf */.$r)(item);
    if (target !== undefined) {
        return { kind: (0,cloudformation/* resource */.Zc)(t, target) ? 'resource' : 'parameter', name: target, path };
    }
    if ((0,cloudformation/* isRecord */.u4)(item) && item['Fn::ImportValue'] !== undefined) {
        return { kind: 'import', name: flatten(t, item['Fn::ImportValue']), path };
    }
    if (typeof item === 'string')
        return { kind: 'literal', name: item, path };
    return { kind: 'other', name: describeIntrinsic(item), path };
}
/** Subnets of a load balancer: `Subnets`, or the `SubnetId`s of `SubnetMappings`. */
function loadBalancerSubnets(t, lb) {
    if (lb.props['Subnets'] !== undefined)
        return subnetRefs(t, lb.props['Subnets'], [...lb.path, 'Properties', 'Subnets']);
    const mappings = lb.props['SubnetMappings'];
    if (!Array.isArray(mappings))
        return [];
    return mappings.map((m, i) => subnetRef(t, (0,cloudformation/* isRecord */.u4)(m) ? m['SubnetId'] : undefined, [
        ...lb.path,
        'Properties',
        'SubnetMappings',
        i,
        'SubnetId',
    ]));
}
/**
 * Public or private. Subnets of this template are classified by their routes; subnets the template only
 * names (parameters, imports) by their name, which is the best a static grader can do.
 */
function tierOf(t, ref) {
    if (ref.kind === 'resource') {
        if ((0,cloudformation/* resource */.Zc)(t, ref.name)?.resource.Type !== SUBNET)
            return 'unknown';
        return subnetRouting(t, ref.name).internetGateway ? 'public' : 'private';
    }
    const text = ref.name.toLowerCase();
    const priv = /private|isolated/.test(text);
    const pub = /public/.test(text);
    if (priv && !pub)
        return 'private';
    if (pub && !priv)
        return 'public';
    return 'unknown';
}
/**
 * A key that is equal for two subnets known to share an Availability Zone: `name:us-east-1a`,
 * `getazs:0` for `!Select [0, !GetAZs '']`, `param:Zone`. Undefined when the subnet does not set one.
 */
function azKey(t, props) {
    const id = props['AvailabilityZoneId'];
    if (id !== undefined)
        return `id:${(0,cloudformation/* literalString */.dc)(t, id) ?? JSON.stringify(id)}`;
    const az = props['AvailabilityZone'];
    if (az === undefined)
        return undefined;
    const s = (0,cloudformation/* literalString */.dc)(t, az);
    if (s !== undefined)
        return `name:${s}`;
    const ref = (0,cloudformation/* isRecord */.u4)(az) ? az['Ref'] : undefined;
    if (typeof ref === 'string')
        return `param:${ref}`;
    const sel = (0,cloudformation/* isRecord */.u4)(az) ? az['Fn::Select'] : undefined;
    if (Array.isArray(sel) && sel.length === 2) {
        const index = (0,cloudformation/* literalNumber */.TB)(t, sel[0]);
        const list = sel[1];
        if (index !== undefined && (0,cloudformation/* isRecord */.u4)(list)) {
            if (list['Fn::GetAZs'] !== undefined)
                return `getazs:${index}`;
            if (typeof list['Ref'] === 'string') {
                const r = (0,cloudformation/* literal */.eu)(t, list);
                if (r.known && typeof r.value === 'string') {
                    const item = r.value.split(',')[index];
                    if (item !== undefined)
                        return `name:${item.trim()}`;
                }
                return `param:${list['Ref']}[${index}]`;
            }
        }
        if (index !== undefined && Array.isArray(list) && typeof list[index] === 'string')
            return `name:${list[index]}`;
    }
    return JSON.stringify(az);
}
/**
 * Distinct Availability Zones among subnet references. Subnets of this template without a zone, and subnets
 * the template only names, each count as a zone of their own only when `benefitOfDoubt` is set.
 */
function distinctZones(t, refs, benefitOfDoubt) {
    const keys = new Set();
    for (const ref of refs) {
        const res = ref.kind === 'resource' ? (0,cloudformation/* resource */.Zc)(t, ref.name) : undefined;
        const key = res ? azKey(t, res.props) : undefined;
        if (key !== undefined)
            keys.add(key);
        else if (benefitOfDoubt)
            keys.add(`unknown:${ref.kind}:${ref.name}`);
    }
    return keys.size;
}
/** Whether a subnet reference can be followed to a subnet of this template. */
function isTemplateSubnet(t, ref) {
    return ref.kind === 'resource' && resource(t, ref.name)?.resource.Type === SUBNET;
}
function ingressRules(t) {
    const out = [];
    for (const sg of (0,cloudformation/* resources */.ES)(t, SECURITY_GROUP)) {
        const inline = sg.props['SecurityGroupIngress'];
        if (!Array.isArray(inline))
            continue;
        inline.forEach((rule, i) => {
            if ((0,cloudformation/* isRecord */.u4)(rule) && !(0,cloudformation/* isIntrinsic */.I9)(rule)) {
                out.push({
                    group: sg.name,
                    rule,
                    path: [...sg.path, 'Properties', 'SecurityGroupIngress', i],
                    standalone: undefined,
                });
            }
        });
    }
    for (const ing of (0,cloudformation/* resources */.ES)(t, INGRESS)) {
        const owner = (0,cloudformation/* targetOf */.$r)(ing.props['GroupId']) ?? (0,cloudformation/* targetOf */.$r)(ing.props['GroupName']);
        const group = owner !== undefined && (0,cloudformation/* resource */.Zc)(t, owner)?.resource.Type === SECURITY_GROUP ? owner : undefined;
        out.push({ group, rule: ing.props, path: [...ing.path, 'Properties'], standalone: ing.name });
    }
    return out;
}
/** Ingress rules of one security group of this template. */
function ingressRulesOf(t, group) {
    return ingressRules(t).filter((r) => r.group === group);
}
/** Logical ids of the security groups attached to a load balancer of this template. */
function loadBalancerGroups(t) {
    const out = new Set();
    for (const lb of (0,cloudformation/* resources */.ES)(t, ALB, CLASSIC_ELB)) {
        const groups = lb.props['SecurityGroups'];
        if (!Array.isArray(groups))
            continue;
        for (const g of groups) {
            const id = (0,cloudformation/* targetOf */.$r)(g);
            if (id !== undefined && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === SECURITY_GROUP)
                out.add(id);
        }
    }
    return out;
}
/** The security group a value points at, when it is one of this template's. */
function securityGroupOf(t, v) {
    const id = (0,cloudformation/* targetOf */.$r)(v);
    return id !== undefined && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === SECURITY_GROUP ? id : undefined;
}
function sourceOf(t, rule) {
    const sgId = rule['SourceSecurityGroupId'] ?? rule['SourceSecurityGroupName'];
    if (sgId !== undefined)
        return { kind: 'group', group: securityGroupOf(t, sgId), value: sgId };
    for (const [key, ipv6] of [
        ['CidrIp', false],
        ['CidrIpv6', true],
    ]) {
        const v = rule[key];
        if (v === undefined)
            continue;
        const cidr = (0,cloudformation/* literalString */.dc)(t, v);
        return { kind: 'cidr', cidr, open: cidr !== undefined && isOpenCidr(cidr), ipv6 };
    }
    if (rule['SourcePrefixListId'] !== undefined)
        return { kind: 'prefix-list' };
    return { kind: 'none' };
}
/** `0.0.0.0/0` and `::/0` in their usual spellings. */
function isOpenCidr(cidr) {
    const c = cidr.trim().toLowerCase();
    if (c === '0.0.0.0/0')
        return true;
    const m = /^([0-9a-f:]+)\/0$/.exec(c);
    return m !== null && m[1].includes(':') && /^[0:]*$/.test(m[1]);
}
function portsOf(t, rule) {
    const proto = (0,cloudformation/* literalString */.dc)(t, rule['IpProtocol'])?.toLowerCase();
    if (proto === undefined)
        return undefined;
    if (proto === '-1' || proto === 'all')
        return { protocol: 'all' };
    const name = proto === '6' ? 'tcp' : proto === '17' ? 'udp' : proto === '1' ? 'icmp' : proto;
    const from = (0,cloudformation/* literalNumber */.TB)(t, rule['FromPort']);
    const to = (0,cloudformation/* literalNumber */.TB)(t, rule['ToPort']);
    if (name === 'tcp' || name === 'udp') {
        if (from === -1 || to === -1)
            return { protocol: 'all' };
        if (from === undefined || to === undefined)
            return undefined;
        return { protocol: name, from, to };
    }
    return { protocol: name, from: from ?? -1, to: to ?? -1 };
}
/** Whether a port range reaches a TCP or UDP port. Unknown ranges are not assumed to. */
function reaches(range, port) {
    if (range === undefined)
        return false;
    if (range.protocol === 'all')
        return true;
    if (!('from' in range) || (range.protocol !== 'tcp' && range.protocol !== 'udp'))
        return false;
    return range.from <= port && port <= range.to;
}
/** How a port range reads in a message: "TCP 80", "TCP 0-65535", "all traffic". */
function describePorts(range) {
    if (range === undefined)
        return 'ports the grader cannot read';
    if (range.protocol === 'all')
        return 'all traffic';
    if (!('from' in range))
        return 'all traffic';
    const p = range.protocol.toUpperCase();
    if (range.protocol !== 'tcp' && range.protocol !== 'udp')
        return p;
    return range.from === range.to ? `${p} ${range.from}` : `${p} ${range.from}-${range.to}`;
}
// ---------------------------------------------------------------------------------------------
// Strings built with intrinsics.
/**
 * A string with its deploy-time parts replaced by `*`: `!Sub 'com.amazonaws.${AWS::Region}.ecr.api'` reads
 * `com.amazonaws.*.ecr.api`, and so does the same name built with `!Join`.
 */
function flatten(t, v) {
    const s = (0,cloudformation/* literalString */.dc)(t, v);
    if (s !== undefined)
        return s;
    if (!(0,cloudformation/* isRecord */.u4)(v))
        return '*';
    const sub = v['Fn::Sub'];
    const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
    if (text !== undefined)
        return text.replace(/\$\{[^}]*\}/g, '*');
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        return join[1].map((part) => flatten(t, part)).join(join[0]);
    }
    return '*';
}
function describeIntrinsic(v) {
    if ((0,cloudformation/* isRecord */.u4)(v))
        return Object.keys(v)[0] ?? 'a value';
    return typeof v === 'string' ? v : 'a value';
}

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
    return subnetCount(t, refs) === undefined ? undefined : distinctZones(t, refs, true);
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
        return tierOf(t, ref);
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




/* harmony default export */ const private_subnets = (defineRule({
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
            ...serviceMessages,
            noNetworkConfiguration: "Service '{{service}}' has no 'NetworkConfiguration.AwsvpcConfiguration', which a Fargate (awsvpc) service needs to know its subnets and security groups (cfn-lint E3052). Add one with the private subnets and the service's security group.",
            noSubnets: "Service '{{service}}' lists no 'Subnets', so ECS cannot place its tasks. List the private subnets, one per Availability Zone.",
            publicSubnet: "Service '{{service}}' places tasks in '{{subnet}}', a public subnet (its route table sends traffic to an internet gateway). Tasks there are one security-group mistake away from the internet. Use the private subnets, whose default route goes to a NAT gateway or which reach AWS through VPC endpoints.",
            publicSubnetParameter: "Service '{{service}}' places tasks in {{subnet}}, which the template's own name or description for them declares public (subnets with a route to an internet gateway). Tasks there are one security-group mistake away from the internet. Take the tasks' subnets from a parameter for the private subnets, such as 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>'.",
            unverifiable: "Service '{{service}}' places tasks in {{subnet}}, and nothing in the template says whether that is a private subnet: the grader cannot see its routes. Reference the private subnets defined in the template (for example '!Ref PrivateSubnetA'), or take them from a parameter whose name or description says they are private (for example 'PrivateSubnetIds' of type 'List<AWS::EC2::Subnet::Id>').",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        const failed = new Set();
        for (const svc of services) {
            const vpc = awsvpcConfiguration(svc);
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            if (!vpc) {
                fail('noNetworkConfiguration', { service: svc.name }, [...svc.path, 'Properties']);
                continue;
            }
            const refs = subnetRefs(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']);
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





/* harmony default export */ const alb_public_subnets = (defineRule({
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
        const albs = (0,cloudformation/* resources */.ES)(t, ALB).filter((lb) => {
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
            const subnets = loadBalancerSubnets(t, lb);
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

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/util/task-definition.ts
// Helper module (exports no rule): reads the RegisterTaskDefinition input defensively. Learners' files can hold
// anything, so every accessor checks types and reports a clear finding instead of throwing. The shape messages
// live here once and are spread into the `messages` of every rule that walks the containers.

// The engine's check, re-exported so the task-definition rules keep one import for their helpers.

/** "a string", "the number '3'", "a list": how a wrong value reads in a message. */
function describeValue(v) {
    if (v === null)
        return "'null'";
    if (Array.isArray(v))
        return 'a list';
    switch (typeof v) {
        case 'string':
            return v.length <= 80 ? `the text '${v}'` : `the text '${v.slice(0, 60)}…'`;
        case 'number':
            return `the number '${v}'`;
        case 'boolean':
            return `'${v}'`;
        case 'object':
            return 'an object';
        default:
            return 'an unexpected value';
    }
}
/** Messages for a file that is not a task-definition object. */
const taskDefinitionMessages = {
    notObject: 'The task definition must be one JSON object (the RegisterTaskDefinition input), but the file holds {{what}}. Start from the starter\'s \'{ "family": …, "containerDefinitions": [ … ] }\' shape.',
    wrapped: "The task definition is wrapped in 'taskDefinition', the shape 'aws ecs describe-task-definition' prints, and RegisterTaskDefinition rejects it. Move the keys inside 'taskDefinition' to the top level and drop read-only fields such as 'taskDefinitionArn', 'revision' and 'status'.",
};
/** Messages for a missing or malformed `containerDefinitions` list; rules that look at containers spread these. */
const containerListMessages = {
    ...taskDefinitionMessages,
    noContainers: "The task definition has no 'containerDefinitions', so there is no container to check. Add 'containerDefinitions' as a list holding at least one container object with a 'name' and an 'image'.",
    emptyContainers: "'containerDefinitions' is an empty list, so ECS has nothing to run. Add at least one container object with a 'name' and an 'image'.",
    containersNotList: "'containerDefinitions' must be a list of container objects ('[ { … } ]'), but it is {{what}}. Wrap the container object in square brackets.",
    containerNotObject: "Entry '{{index}}' of 'containerDefinitions' is {{what}}, not a container object, and ECS rejects the task definition. Replace it with an object that has at least a 'name' and an 'image'.",
};
/**
 * The task-definition object, or undefined after reporting why the file is not one. Rules that only read
 * task-level keys use this.
 */
function readTaskDefinition(doc, ctx) {
    const td = doc.value;
    if (!(0,record/* isRecord */.u)(td)) {
        ctx.report('notObject', { what: describeValue(td) }, []);
        return undefined;
    }
    if ((0,record/* isRecord */.u)(td['taskDefinition']) && td['containerDefinitions'] === undefined) {
        ctx.report('wrapped', {}, ['taskDefinition']);
        return undefined;
    }
    return td;
}
/**
 * The task definition's containers, or undefined after reporting that there are none. Entries that are not
 * objects are reported here and counted in `malformed`, so per-container tallies stay honest.
 */
function readContainers(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td)
        return undefined;
    const list = td['containerDefinitions'];
    if (list === undefined || list === null) {
        ctx.report('noContainers', {}, []);
        return undefined;
    }
    if (!Array.isArray(list)) {
        ctx.report('containersNotList', { what: describeValue(list) }, ['containerDefinitions']);
        return undefined;
    }
    if (list.length === 0) {
        ctx.report('emptyContainers', {}, ['containerDefinitions']);
        return undefined;
    }
    const containers = [];
    let malformed = 0;
    list.forEach((def, index) => {
        if (!(0,record/* isRecord */.u)(def)) {
            malformed++;
            ctx.report('containerNotObject', { index, what: describeValue(def) }, ['containerDefinitions', index]);
            return;
        }
        const name = def['name'];
        const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
        containers.push({ index, label, def, path: ['containerDefinitions', index] });
    });
    return { td, containers, malformed };
}
/**
 * Whether the task definition targets Fargate. An absent or malformed `requiresCompatibilities` counts as
 * Fargate, because this course deploys to Fargate (another rule asks for the key itself).
 */
function targetsFargate(td) {
    const rc = td['requiresCompatibilities'];
    if (!Array.isArray(rc))
        return true;
    const launchTypes = rc.filter((v) => typeof v === 'string').map((v) => v.toUpperCase());
    return launchTypes.length === 0 || launchTypes.includes('FARGATE');
}
/** Whether `runtimePlatform.operatingSystemFamily` names a Windows Server family. */
function isWindows(td) {
    const rp = td['runtimePlatform'];
    const os = (0,record/* isRecord */.u)(rp) ? rp['operatingSystemFamily'] : undefined;
    return typeof os === 'string' && os.toUpperCase().startsWith('WINDOWS');
}
/** A private Amazon ECR image URI: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/repo…`. */
const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;
/** An IAM role ARN in any partition. */
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
/** Counts per-container failures once per container, however many findings a container gets. */
class FailedContainers {
    failed = new Set();
    add(c) {
        this.failed.add(c.index);
    }
    get size() {
        return this.failed.size;
    }
}

;// CONCATENATED MODULE: ./graders/rules/ecs-service/service-ingress-from-load-balancer.ts
// SVC007: the security groups of every ECS service admit traffic only from other security groups, never from
// an address range; for a load-balanced service, only from the load balancer's security group, and only on the
// container port(s) its 'LoadBalancers' entries name. Ingress rules are read both inline ('SecurityGroupIngress')
// and as separate AWS::EC2::SecurityGroupIngress resources.
// Labs 03, 06 and 08 grade this rule.





/* harmony default export */ const service_ingress_from_load_balancer = (defineRule({
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
            ...serviceMessages,
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
        const services = readServices(doc, ctx);
        const lbGroups = loadBalancerGroups(t);
        const suggestion = [...lbGroups][0] ?? 'LoadBalancerSecurityGroup';
        const failed = new Set();
        let checked = 0;
        for (const svc of services) {
            const vpc = awsvpcConfiguration(svc);
            if (!vpc)
                continue; // no awsvpc networking, so no task-level security groups
            checked++;
            const fail = (...args) => {
                failed.add(svc.name);
                ctx.report(...args);
            };
            const behindLb = isLoadBalanced(svc);
            const groups = vpc.config['SecurityGroups'];
            if (!Array.isArray(groups) || groups.length === 0) {
                fail('defaultGroup', { service: svc.name }, groups === undefined ? vpc.path : [...vpc.path, 'SecurityGroups']);
                continue;
            }
            let admitsLb = false;
            groups.forEach((g, i) => {
                const group = securityGroupOf(t, g);
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
                for (const { rule, path } of ingressRulesOf(t, group)) {
                    const src = sourceOf(t, rule);
                    const ports = describePorts(portsOf(t, rule));
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
                            const range = portsOf(t, rule);
                            if (containerPorts !== undefined && opensOtherPorts(range, containerPorts)) {
                                fail('loadBalancerPorts', {
                                    ...data,
                                    ports: `'${describePorts(range)}'`,
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
        const groups = awsvpcConfiguration(svc)?.config['SecurityGroups'];
        if (!Array.isArray(groups) || !groups.some((g) => securityGroupOf(t, g) === group))
            continue;
        for (const { entry } of loadBalancerEntries(svc)) {
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
    return typeof v === 'string' ? `security group '${v}'` : `a security group given as ${describeValue(v)}`;
}
function isLiteral(t, v) {
    return (typeof v === 'string' ||
        ((0,cloudformation/* isRecord */.u4)(v) && typeof v['Ref'] === 'string' && (0,cloudformation/* literalString */.dc)(t, v) !== undefined));
}

;// CONCATENATED MODULE: ./graders/rules/ecs-service/deployment-circuit-breaker.ts
// SVC008: every ECS service deployed by ECS itself turns on the deployment circuit breaker with rollback, so a
// release whose tasks never become healthy stops and returns to the last working one instead of retrying
// for hours. Services deployed by CodeDeploy or an external controller have their own rollback.



/* harmony default export */ const deployment_circuit_breaker = (defineRule({
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
            ...serviceMessages,
            missing: "Service '{{service}}' has no deployment circuit breaker, so a release whose tasks keep failing is retried for hours and the CloudFormation update hangs. Add 'DeploymentConfiguration: { DeploymentCircuitBreaker: { Enable: true, Rollback: true } }'.",
            disabled: "Service '{{service}}' has a deployment circuit breaker with 'Enable' {{value}}, so it never trips. Set 'Enable: true' and 'Rollback: true'.",
            noRollback: "Service '{{service}}' stops a failing deployment but does not roll back ('Rollback' is {{value}}), leaving the service on the broken release. Set 'Rollback: true' so ECS returns to the last deployment that worked.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        let checked = 0;
        for (const svc of services) {
            if (deploymentController(t, svc) !== 'ECS')
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
/* harmony default export */ const deployment_healthy_percent = (defineRule({
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
            ...serviceMessages,
            minMissing: `Service '{{service}}' does not state 'MinimumHealthyPercent'. Set it to ${MIN_HEALTHY_PERCENT} so ECS keeps every desired task running while a deployment replaces them; on Fargate, stopping tasks first saves nothing.`,
            minTooLow: `Service '{{service}}' sets 'MinimumHealthyPercent' to {{value}}, so a deployment may stop {{stopped}} before their replacements are healthy: with two tasks, one task in one Availability Zone carries all traffic. Set it to ${MIN_HEALTHY_PERCENT}.`,
            maxMissing: `Service '{{service}}' does not state 'MaximumPercent'. Set it to ${MIN_MAXIMUM_PERCENT} so ECS can start a full set of new tasks alongside the old ones during a deployment.`,
            maxTooLow: `Service '{{service}}' sets 'MaximumPercent' to {{value}}, which leaves little or no room to start new tasks beside the old ones, so the deployment is slow or, with 'MinimumHealthyPercent' at 100, cannot start at all. Set it to ${MIN_MAXIMUM_PERCENT}.`,
            unknown: "Service '{{service}}' sets '{{property}}' to a value decided at deploy time, so the grader cannot check it. Write the number.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        const failed = new Set();
        let checked = 0;
        for (const svc of services) {
            if (deploymentController(t, svc) !== 'ECS' || schedulingStrategy(t, svc) !== 'REPLICA')
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
/* harmony default export */ const health_check_grace_period = (defineRule({
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
            ...serviceMessages,
            missing: "Service '{{service}}' is behind a load balancer but sets no 'HealthCheckGracePeriodSeconds', so a task that needs a few seconds to start can fail its first health checks and be stopped before it ever serves. Set it to how long the app takes to become healthy, for example 'HealthCheckGracePeriodSeconds: 60'.",
            notPositive: "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}, which gives new tasks no time to start. Set it to how long the app takes to become healthy, for example 60.",
            tooLong: `Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to {{value}}; for that long ECS ignores failing health checks, so a broken task keeps its place. Keep it at or below ${MAX_SENSIBLE_SECONDS} seconds, close to the app's real start-up time.`,
            unknown: "Service '{{service}}' sets 'HealthCheckGracePeriodSeconds' to a value decided at deploy time, so the grader cannot check it. Write the number of seconds.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        const balanced = services.filter(isLoadBalanced);
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
/* harmony default export */ const multi_az_tasks = (defineRule({
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
            ...serviceMessages,
            noCount: `Service '{{service}}' sets no 'DesiredCount', so CloudFormation creates it with one task: any task failure or deployment leaves nothing serving. Set 'DesiredCount: ${multi_az_tasks_MIN_TASKS}' or more.`,
            tooFew: `Service '{{service}}' runs {{tasks}} at minimum, so one task failure or one Availability Zone outage stops the service. Run at least ${multi_az_tasks_MIN_TASKS} ('DesiredCount: ${multi_az_tasks_MIN_TASKS}').`,
            unknownCount: "Service '{{service}}' sets its task count to a value decided at deploy time, so the grader cannot check it. Write the number, or give its parameter a default.",
            oneZone: "Service '{{service}}' places its tasks in subnets of {{zones}}, so every task shares the fate of one zone. List one private subnet in each of two zones.",
        },
    },
    check(doc, ctx) {
        const t = doc.template;
        const services = readServices(doc, ctx);
        let checks = 0;
        let failures = 0;
        for (const svc of services) {
            if (schedulingStrategy(t, svc) !== 'REPLICA')
                continue;
            // Two checks per awsvpc service, so one that gets the count right but not the zones earns half.
            // Without awsvpc networking the tasks' zones are the container instances', which the template
            // does not show, so only the count is checked.
            const vpc = awsvpcConfiguration(svc);
            checks += vpc ? 2 : 1;
            const props = [...svc.path, 'Properties'];
            const tasks = minimumTasks(t, svc);
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
            const zones = zoneCount(t, subnetRefs(t, vpc.config['Subnets'], [...vpc.path, 'Subnets']));
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



/* harmony default export */ const efs_transit_encryption = (defineRule({
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
        for (const td of (0,cloudformation/* resources */.ES)(t, TASK_DEFINITION)) {
            for (const vol of efsVolumes(td)) {
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
/* harmony default export */ const https_listener = (defineRule({
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
        const albs = (0,cloudformation/* resources */.ES)(t, ALB).filter((lb) => {
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
                ? lb.props['SecurityGroups'].map((g) => securityGroupOf(t, g))
                : [];
            const known = groups.filter((g) => g !== undefined);
            if (known.length > 0 && known.length === groups.length) {
                const open = known.some((g) => ingressRulesOf(t, g).some((r) => reaches(portsOf(t, r.rule), httpsPort)));
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

// EXTERNAL MODULE: ./graders/rules/ecs-task-definition/fargate-sizes.ts
var fargate_sizes = __webpack_require__(6434);
;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/fargate-cpu-memory.ts
// TDF001: a Fargate task sets task-level `cpu` and `memory`, and the pair is one Fargate offers.



/* harmony default export */ const fargate_cpu_memory = (defineRule({
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
            ...taskDefinitionMessages,
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
        const td = readTaskDefinition(doc, ctx);
        if (!td)
            return;
        if (!targetsFargate(td)) {
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
            ctx.report('unreadableCpu', { what: describeValue(rawCpu) }, ['cpu']);
        }
        if (memory === undefined) {
            const size = cpu?.ok ? (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value) : undefined;
            const suggestion = size
                ? `${(0,fargate_sizes/* describeMemory */.$s)(size)} for cpu '${size.cpu}'`
                : "'512' MiB with cpu '256', or '2048' MiB with cpu '1024'";
            ctx.report('missingMemory', { suggestion }, ['memory']);
        }
        else if (!memory.ok) {
            ctx.report('unreadableMemory', { what: describeValue(rawMemory) }, ['memory']);
        }
        if (!cpu?.ok)
            return;
        const size = (0,fargate_sizes/* sizeForCpu */.Rt)(cpu.value);
        if (!size) {
            ctx.report('unsupportedCpu', { cpu: cpu.value, cpus: (0,fargate_sizes/* describeCpus */.P4)(), nearest: (0,fargate_sizes/* nearestCpu */.P1)(cpu.value).cpu }, ['cpu']);
            return;
        }
        if (isWindows(td) && !size.windows)
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


/* harmony default export */ const awsvpc_network_mode = (defineRule({
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
            ...taskDefinitionMessages,
            missing: "The task has no 'networkMode', so ECS uses 'bridge', which Fargate rejects. Add '\"networkMode\": \"awsvpc\"' so each task gets its own network interface and security group.",
            wrongMode: "Network mode '{{mode}}' does not work on Fargate, which supports only 'awsvpc' (and 'awsvpc' gives each task its own network interface and security group). Set 'networkMode' to 'awsvpc'.",
            sharedNetwork: "Network mode '{{mode}}' does not give each task a network interface of its own, so tasks cannot have their own security groups. AWS recommends 'awsvpc' for every task; set 'networkMode' to 'awsvpc'.",
            notText: "'networkMode' is {{what}}, but it must be the text 'awsvpc'. Write '\"networkMode\": \"awsvpc\"'.",
        },
    },
    check(doc, ctx) {
        const td = readTaskDefinition(doc, ctx);
        if (!td)
            return;
        const mode = td['networkMode'];
        if (mode === undefined || mode === null)
            ctx.report('missing', {}, []);
        else if (typeof mode !== 'string')
            ctx.report('notText', { what: describeValue(mode) }, ['networkMode']);
        else if (mode !== 'awsvpc')
            ctx.report(targetsFargate(td) ? 'wrongMode' : 'sharedNetwork', { mode }, ['networkMode']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/fargate-compatibility.ts
// TDF003: `requiresCompatibilities` lists FARGATE, so ECS validates the task definition against Fargate's rules.


/* harmony default export */ const fargate_compatibility = (defineRule({
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
            ...taskDefinitionMessages,
            missing: "The task has no 'requiresCompatibilities', so ECS does not check it against Fargate's rules when you register it, and mistakes show up only when a service tries to start it. Add '\"requiresCompatibilities\": [\"FARGATE\"]'.",
            notList: '\'requiresCompatibilities\' must be a list, but it is {{what}}, and ECS rejects the task definition. Write \'"requiresCompatibilities": ["FARGATE"]\'.',
            noFargate: "'requiresCompatibilities' lists {{listed}} but not 'FARGATE', so the task cannot run on Fargate. Add 'FARGATE' to the list.",
        },
    },
    check(doc, ctx) {
        const td = readTaskDefinition(doc, ctx);
        if (!td)
            return;
        const rc = td['requiresCompatibilities'];
        if (rc === undefined || rc === null)
            ctx.report('missing', {}, []);
        else if (!Array.isArray(rc))
            ctx.report('notList', { what: describeValue(rc) }, ['requiresCompatibilities']);
        else if (!rc.includes('FARGATE')) {
            const listed = rc.length === 0
                ? 'nothing'
                : rc.map((v) => (typeof v === 'string' ? `'${v}'` : describeValue(v))).join(', ');
            ctx.report('noFargate', { listed }, ['requiresCompatibilities']);
        }
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/runtime-platform.ts
// TDF004: the task states its operating system and CPU architecture, so the image and the platform match.


const ARCHITECTURES = ['X86_64', 'ARM64'];
/* harmony default export */ const runtime_platform = (defineRule({
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
            ...taskDefinitionMessages,
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
        const td = readTaskDefinition(doc, ctx);
        if (!td)
            return;
        const rp = td['runtimePlatform'];
        if (rp === undefined || rp === null) {
            ctx.report('missing', {}, []);
            return;
        }
        if (!(0,record/* isRecord */.u)(rp)) {
            ctx.report('platformNotObject', { what: describeValue(rp) }, ['runtimePlatform']);
            return;
        }
        const os = rp['operatingSystemFamily'];
        const arch = rp['cpuArchitecture'];
        const windows = typeof os === 'string' && /^WINDOWS_SERVER_\w+$/.test(os);
        if (os === undefined || os === null)
            ctx.report('missingOs', {}, ['runtimePlatform']);
        else if (os !== 'LINUX' && !windows)
            ctx.report('unknownOs', { os: describeValue(os) }, ['runtimePlatform', 'operatingSystemFamily']);
        if (arch === undefined || arch === null)
            ctx.report('missingArch', {}, ['runtimePlatform']);
        else if (typeof arch !== 'string' || !ARCHITECTURES.includes(arch)) {
            ctx.report('unknownArch', { arch: describeValue(arch) }, ['runtimePlatform', 'cpuArchitecture']);
        }
        else if (windows && arch === 'ARM64')
            ctx.report('windowsArm', {}, ['runtimePlatform', 'cpuArchitecture']);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/essential-container.ts
// TDF005: at least one container is essential (an omitted `essential` means true), so the task stops and is
// replaced when the application exits. cfn-lint 1.51.0's E3042 is meant to check this but never fires.


/* harmony default export */ const essential_container = (defineRule({
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
            ...containerListMessages,
            noneEssential: "Every container sets 'essential' to 'false', and ECS rejects a task definition without an essential container; the task would also keep running after the application died. Set '\"essential\": true' on the application container (leaving it out means true).",
            notBoolean: "Container '{{container}}' sets 'essential' to {{what}}, but it must be 'true' or 'false' without quotes. Write '\"essential\": true'.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
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
                ctx.report('notBoolean', { container: c.label, what: describeValue(value) }, [
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
/* harmony default export */ const container_resources_fit = (defineRule({
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
            ...containerListMessages,
            notInteger: "Container '{{container}}' sets '{{key}}' to {{what}}, but it must be a whole number without quotes ('{{key}}': 512), and ECS rejects anything else.",
            tooSmall: "Container '{{container}}' sets '{{key}}' to '{{value}}' MiB, below the '6' MiB Docker reserves for any container, so it cannot start. Give it at least '6' MiB, or leave it out and let the container share the task memory.",
            reservationAboveLimit: "Container '{{container}}' reserves '{{reservation}}' MiB ('memoryReservation') with a hard limit ('memory') of '{{limit}}' MiB, but ECS requires 'memory' to be greater than 'memoryReservation' and rejects the task definition otherwise. Lower 'memoryReservation' below '{{limit}}', or leave it out.",
            limitAboveTask: "Container '{{container}}' may use up to '{{limit}}' MiB ('memory'), more than the whole task's '{{task}}' MiB, so the limit can never be reached and ECS rejects it. Set it to at most '{{task}}', or leave it out.",
            memorySum: "The containers reserve '{{sum}}' MiB in total ({{parts}}), more than the task's '{{task}}' MiB, so ECS rejects the task definition. Lower the container values or raise the task 'memory' to a valid size.",
            cpuSum: "The containers ask for '{{sum}}' CPU units in total ({{parts}}), more than the task's '{{task}}', so the task cannot be placed. Lower the container 'cpu' values or raise the task 'cpu'.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
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
            ctx.report('notInteger', { container: c.label, key, what: describeValue(v) }, [...c.path, key]);
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
/* harmony default export */ const container_logging = (defineRule({
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
            ...containerListMessages,
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
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const fargate = targetsFargate(list.td);
        const hasRouter = list.containers.some((c) => (0,record/* isRecord */.u)(c.def['firelensConfiguration']));
        const failed = new FailedContainers();
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
            if (!(0,record/* isRecord */.u)(lc)) {
                fail('configNotObject', { what: describeValue(lc) });
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
            if (options !== undefined && options !== null && !(0,record/* isRecord */.u)(options)) {
                fail('optionsNotObject', { what: describeValue(options) }, [...at, 'options']);
                continue;
            }
            const opts = (0,record/* isRecord */.u)(options) ? options : {};
            for (const [option, value] of Object.entries(opts)) {
                if (typeof value !== 'string')
                    fail('optionNotText', { option, what: describeValue(value) }, [...at, 'options', option]);
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
                    fail('missingOptions', { missing: text }, (0,record/* isRecord */.u)(options) ? [...at, 'options'] : at);
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


/* harmony default export */ const execution_role = (defineRule({
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
            ...containerListMessages,
            missing: "The task has no 'executionRoleArn', but ECS needs one to act for it here ({{needs}}), so the task fails to start. Add '\"executionRoleArn\": \"arn:aws:iam::ACCOUNT:role/ecsTaskExecutionRole\"', a role with the 'AmazonECSTaskExecutionRolePolicy' managed policy.",
            notRoleArn: "'executionRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot assume it. Use the role's full ARN: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole'.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const role = list.td['executionRoleArn'];
        if (role !== undefined && role !== null) {
            if (typeof role !== 'string' || !ROLE_ARN.test(role))
                ctx.report('notRoleArn', { what: describeValue(role) }, ['executionRoleArn']);
            return;
        }
        const needs = new Set();
        for (const c of list.containers) {
            const lc = c.def['logConfiguration'];
            if ((0,record/* isRecord */.u)(lc)) {
                if (lc['logDriver'] === 'awslogs')
                    needs.add("the 'awslogs' log driver");
                if (Array.isArray(lc['secretOptions']) && lc['secretOptions'].length > 0)
                    needs.add("log 'secretOptions'");
            }
            const image = c.def['image'];
            if (typeof image === 'string' && PRIVATE_ECR_IMAGE.test(image))
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
        const port = env.find((e) => (0,record/* isRecord */.u)(e) && e['name'] === 'PORT');
        if ((0,record/* isRecord */.u)(port) && (typeof port['value'] === 'string' || typeof port['value'] === 'number'))
            return new Set([String(port['value']).trim()]);
    }
    const mappings = c.def['portMappings'];
    const ports = new Set();
    if (Array.isArray(mappings))
        for (const m of mappings)
            if ((0,record/* isRecord */.u)(m) && typeof m['containerPort'] === 'number')
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
/* harmony default export */ const container_health_check = (defineRule({
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
            ...containerListMessages,
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
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        // Sidecars that may stop without stopping the task do not need a check; essential ones do. A FireLens log
        // router is no app: its own health check, if it has one, is checked for shape and ranges only.
        const isLogRouter = (c) => (0,record/* isRecord */.u)(c.def['firelensConfiguration']);
        const apps = list.containers.filter((c) => c.def['essential'] !== false && !isLogRouter(c));
        const routersWithCheck = list.containers.filter((c) => isLogRouter(c) && c.def['healthCheck'] !== undefined && c.def['healthCheck'] !== null);
        if (apps.length === 0 && routersWithCheck.length === 0 && list.malformed === 0) {
            ctx.notApplicable('no essential application container to check');
            return;
        }
        const failed = new FailedContainers();
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
            if (!(0,record/* isRecord */.u)(hc)) {
                report('checkNotObject', { what: describeValue(hc) });
                continue;
            }
            const command = hc['command'];
            const cmdAt = [...at, 'command'];
            if (command === undefined || command === null)
                report('noCommand');
            else if (!Array.isArray(command) || command.some((part) => typeof part !== 'string')) {
                report('commandNotList', { what: describeValue(command) }, cmdAt);
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
                    report('notInteger', { ...data, what: describeValue(v) }, [...at, r.key]);
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
/* harmony default export */ const secrets_from_secret_store = (defineRule({
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
            ...containerListMessages,
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
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const withSecrets = list.containers.filter((c) => c.def['secrets'] !== undefined && c.def['secrets'] !== null);
        if (withSecrets.length === 0) {
            ctx.notApplicable('no container uses secrets');
            return;
        }
        const failed = new FailedContainers();
        for (const c of withSecrets) {
            const secrets = c.def['secrets'];
            const at = [...c.path, 'secrets'];
            const report = (id, data, path) => {
                failed.add(c);
                ctx.report(id, { container: c.label, ...data }, path);
            };
            if (!Array.isArray(secrets)) {
                report('secretsNotList', { what: describeValue(secrets) }, at);
                continue;
            }
            secrets.forEach((s, index) => {
                const sAt = [...at, index];
                if (!(0,record/* isRecord */.u)(s)) {
                    report('secretNotObject', { index, what: describeValue(s) }, sAt);
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
                    report('valueFromNotText', { name, what: describeValue(valueFrom) }, [...sAt, 'valueFrom']);
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
/* harmony default export */ const no_secrets_in_environment = (defineRule({
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
            ...containerListMessages,
            secretByName: "Container '{{container}}' sets '{{name}}' in plain text in 'environment', where anyone who can describe the task definition can read it, in every revision. Move it to 'secrets' with '\"valueFrom\"' set to a Secrets Manager or Parameter Store ARN.",
            secretByValue: "Container '{{container}}' sets '{{name}}' to a value that contains {{kind}}, in plain text in 'environment', where anyone who can describe the task definition can read it. Move the credential to Secrets Manager and inject it through 'secrets'.",
            envNotList: "Container '{{container}}' has an 'environment' that is {{what}}, but it must be a list of '{ \"name\": …, \"value\": … }' objects. Wrap the variables in a list.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const failed = new FailedContainers();
        for (const c of list.containers) {
            const env = c.def['environment'];
            if (env === undefined || env === null)
                continue;
            if (!Array.isArray(env)) {
                failed.add(c);
                ctx.report('envNotList', { container: c.label, what: describeValue(env) }, [
                    ...c.path,
                    'environment',
                ]);
                continue;
            }
            env.forEach((entry, i) => {
                if (!(0,record/* isRecord */.u)(entry))
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


/* harmony default export */ const read_only_root_filesystem = (defineRule({
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
            ...containerListMessages,
            absent: "Container '{{container}}' does not set 'readonlyRootFilesystem', so its root filesystem is writable and anything that gets in can change the application's files. Add '\"readonlyRootFilesystem\": true', and mount a volume for any directory the application must write to (such as '/tmp').",
            writable: "Container '{{container}}' sets 'readonlyRootFilesystem' to 'false', so anything that gets in can change the application's files. Set it to 'true', and mount a volume for any directory the application must write to (such as '/tmp').",
            notBoolean: "Container '{{container}}' sets 'readonlyRootFilesystem' to {{what}}, but it must be 'true' without quotes, and ECS rejects anything else. Write '\"readonlyRootFilesystem\": true'.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        if (isWindows(list.td)) {
            ctx.notApplicable('Windows containers do not support a read-only root filesystem');
            return;
        }
        const failed = new FailedContainers();
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
                ctx.report('notBoolean', { container: c.label, what: describeValue(v) }, [
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


/* harmony default export */ const non_privileged_container = (defineRule({
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
            ...containerListMessages,
            privileged: "Container '{{container}}' sets 'privileged' to 'true', which gives it nearly every power of root on the host, and Fargate rejects it. Remove 'privileged' (or set it to 'false'); if the application needs one kernel capability, that is a design question to raise, not a flag to flip.",
            notBoolean: "Container '{{container}}' sets 'privileged' to {{what}}, but it must be 'true' or 'false' without quotes, and ECS rejects anything else. Remove the key, or write '\"privileged\": false'.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const failed = new FailedContainers();
        for (const c of list.containers) {
            const v = c.def['privileged'];
            if (v === undefined || v === null || v === false)
                continue;
            failed.add(c);
            if (v === true)
                ctx.report('privileged', { container: c.label }, [...c.path, 'privileged']);
            else
                ctx.report('notBoolean', { container: c.label, what: describeValue(v) }, [...c.path, 'privileged']);
        }
        ctx.tally(list.containers.length + list.malformed, failed.size + list.malformed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/ecs-task-definition/non-root-user.ts
// TDF014: every Linux container names a non-root `user`, so a compromised process has no root powers inside
// the container. Security Hub ECS.20 fails a container whose user is absent, 'root' or '0'.


/* harmony default export */ const ecs_task_definition_non_root_user = (defineRule({
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
            ...containerListMessages,
            absent: "Container '{{container}}' does not set 'user', so it runs as whatever the image says, often root, and ECS cannot prove otherwise. Add '\"user\": \"1000\"' (or the image's non-root user, such as 'node'); 'uid:gid' works too.",
            root: "Container '{{container}}' runs as {{user}}, which is root, so a compromised process can do anything inside the container. Set 'user' to a non-root user or UID such as '1000'.",
            notText: "Container '{{container}}' sets 'user' to {{what}}, but it must be text in quotes, such as '\"1000\"' or '\"1000:1000\"', and ECS rejects anything else.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        if (isWindows(list.td)) {
            ctx.notApplicable("Windows containers do not support 'user'");
            return;
        }
        const failed = new FailedContainers();
        for (const c of list.containers) {
            const v = c.def['user'];
            const at = [...c.path, 'user'];
            if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
                failed.add(c);
                ctx.report('absent', { container: c.label }, c.path);
            }
            else if (typeof v !== 'string') {
                failed.add(c);
                ctx.report('notText', { container: c.label, what: describeValue(v) }, at);
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


/* harmony default export */ const separate_task_role = (defineRule({
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
            ...taskDefinitionMessages,
            sameRole: "'taskRoleArn' and 'executionRoleArn' are the same role, '{{role}}', so the application holds every permission ECS needs for it, including reading all the task's secrets. Create a separate task role with only the AWS permissions the application itself uses.",
            executionRoleName: "'taskRoleArn' names '{{role}}', which by its name is an execution role, so the application may hold the permissions ECS uses to pull images and read secrets. Create a separate task role with only the AWS permissions the application itself uses.",
            notRoleArn: "'taskRoleArn' is {{what}}, which is not an IAM role ARN, so ECS cannot give it to the application. Use the role's full ARN: 'arn:aws:iam::123456789012:role/web-task-role'.",
        },
    },
    check(doc, ctx) {
        const td = readTaskDefinition(doc, ctx);
        if (!td)
            return;
        const task = td['taskRoleArn'];
        if (task === undefined || task === null) {
            ctx.notApplicable('the task has no task role, so the application gets no AWS permissions');
            return;
        }
        if (typeof task !== 'string' || !ROLE_ARN.test(task)) {
            ctx.report('notRoleArn', { what: describeValue(task) }, ['taskRoleArn']);
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
/* harmony default export */ const pinned_container_image = (defineRule({
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
            ...containerListMessages,
            noImage: "Container '{{container}}' has no 'image', so ECS has nothing to run. Add the image URI, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
            imageNotText: "Container '{{container}}' sets 'image' to {{what}}, but it must be the image URI as text, for example '123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.0.0'.",
            untagged: "Container '{{container}}' uses image '{{image}}' without a tag, so ECS pulls 'latest', which can change between two tasks of the same service. Pin a version tag ('{{image}}:1.0.0') or a digest ('{{image}}@sha256:…').",
            latest: "Container '{{container}}' uses image '{{image}}' with the 'latest' tag, which can change between two tasks of the same service, and a rollback would not go back. Pin a version tag such as '{{name}}:1.0.0' or a digest.",
            badDigest: "Container '{{container}}' uses image '{{image}}', whose digest is not 'sha256:' followed by 64 hexadecimal characters, so the pull fails. Copy the digest exactly as the registry shows it.",
        },
    },
    check(doc, ctx) {
        const list = readContainers(doc, ctx);
        if (!list)
            return;
        const failed = new FailedContainers();
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
                ctx.report('imageNotText', { container: c.label, what: describeValue(image) }, at);
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

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/model.ts

const FARGATE = 'FARGATE';
const FARGATE_SPOT = 'FARGATE_SPOT';
/** Reads a `CapacityProviderStrategy` / `DefaultCapacityProviderStrategy` value. */
function readStrategy(t, raw, path) {
    if (raw === undefined || raw === null)
        return { kind: 'absent' };
    if (!Array.isArray(raw))
        return { kind: (0,cloudformation/* isIntrinsic */.I9)(raw) ? 'computed' : 'invalid', path };
    const items = raw.map((entry, index) => {
        const p = [...path, index];
        if (!(0,cloudformation/* isRecord */.u4)(entry)) {
            return {
                index,
                path: p,
                provider: undefined,
                customProvider: false,
                base: undefined,
                baseWritten: false,
                weight: undefined,
                weightWritten: false,
                wellFormed: false,
            };
        }
        const rawProvider = entry['CapacityProvider'];
        const custom = (0,cloudformation/* targetResource */.cR)(t, rawProvider)?.resource.Type === 'AWS::ECS::CapacityProvider';
        const numberOrZero = (v) => (v === undefined ? 0 : (0,cloudformation/* literalNumber */.TB)(t, v));
        return {
            index,
            path: p,
            provider: custom ? undefined : (0,cloudformation/* literalString */.dc)(t, rawProvider),
            customProvider: custom,
            base: numberOrZero(entry['Base']),
            baseWritten: entry['Base'] !== undefined,
            weight: numberOrZero(entry['Weight']),
            weightWritten: entry['Weight'] !== undefined,
            wellFormed: true,
        };
    });
    return { kind: 'list', path, items };
}
/** The strategy item for a provider, if the strategy names it. */
function itemFor(s, provider) {
    return s.kind === 'list' ? s.items.find((i) => i.provider === provider) : undefined;
}
/** The template's cluster a service runs in, if its `Cluster` points at one. */
function clusterOf(t, service) {
    const c = (0,cloudformation/* targetResource */.cR)(t, service.props['Cluster']);
    return c?.resource.Type === 'AWS::ECS::Cluster' ? c : undefined;
}
/** The template's task definition a service runs, if its `TaskDefinition` points at one. */
function model_taskDefinitionOf(t, service) {
    const td = (0,cloudformation/* targetResource */.cR)(t, service.props['TaskDefinition']);
    return td?.resource.Type === 'AWS::ECS::TaskDefinition' ? td : undefined;
}
/** `AWS::ECS::ClusterCapacityProviderAssociations` resources attached to a cluster of this template. */
function associationsOf(t, cluster) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::ClusterCapacityProviderAssociations').filter((a) => (0,cloudformation/* targetResource */.cR)(t, a.props['Cluster'])?.name === cluster.name);
}
/** What capacity a cluster of the template offers. */
function clusterCapacity(t, cluster) {
    const providers = new Set();
    let uncertain = false;
    const add = (raw) => {
        if (raw === undefined)
            return;
        const list = (0,cloudformation/* literalList */.uG)(t, raw);
        if (!list) {
            uncertain = true;
            return;
        }
        for (const v of list) {
            const name = typeof v === 'string' ? v : (0,cloudformation/* targetResource */.cR)(t, v)?.name;
            if (name)
                providers.add(name);
            else
                uncertain = true;
        }
    };
    add(cluster.props['CapacityProviders']);
    let providersPath = [...cluster.path, 'Properties'];
    if (cluster.props['CapacityProviders'] !== undefined)
        providersPath = [...cluster.path, 'Properties', 'CapacityProviders'];
    let defaultStrategy = readStrategy(t, cluster.props['DefaultCapacityProviderStrategy'], [
        ...cluster.path,
        'Properties',
        'DefaultCapacityProviderStrategy',
    ]);
    for (const a of associationsOf(t, cluster)) {
        add(a.props['CapacityProviders']);
        if (cluster.props['CapacityProviders'] === undefined)
            providersPath = [...a.path, 'Properties', 'CapacityProviders'];
        if (defaultStrategy.kind === 'absent') {
            defaultStrategy = readStrategy(t, a.props['DefaultCapacityProviderStrategy'], [
                ...a.path,
                'Properties',
                'DefaultCapacityProviderStrategy',
            ]);
        }
    }
    return { providers, uncertain, providersPath, defaultStrategy };
}
/** Whether a task definition can run on Fargate: `RequiresCompatibilities` absent, or listing FARGATE. */
function allowsFargate(t, td) {
    const rc = td.props['RequiresCompatibilities'];
    if (rc === undefined)
        return true;
    const list = (0,cloudformation/* literalList */.uG)(t, rc);
    if (!list)
        return true;
    return list.some((v) => typeof v === 'string' && v.toUpperCase() === 'FARGATE');
}
/** A task definition's container objects (entries that are not objects are skipped). */
function containersOf(td) {
    const list = td.props['ContainerDefinitions'];
    if (!Array.isArray(list))
        return [];
    const out = [];
    list.forEach((def, index) => {
        if (!(0,cloudformation/* isRecord */.u4)(def))
            return;
        const name = def['Name'];
        const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
        out.push({ index, label, def, path: [...td.path, 'Properties', 'ContainerDefinitions', index] });
    });
    return out;
}
/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
function model_asText(v) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    try {
        return JSON.stringify(v) ?? 'nothing';
    }
    catch {
        return 'an unreadable value';
    }
}
/** "'FARGATE' and 'FARGATE_SPOT'" style lists for messages. */
function quoteList(names) {
    const q = names.map((n) => `'${n}'`);
    if (q.length <= 1)
        return q.join('');
    return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/service-capacity-provider-strategy.ts
// CAP001: each ECS service spreads its tasks over FARGATE and FARGATE_SPOT with a capacity-provider strategy,
// keeping a base of on-demand FARGATE tasks so the service stays up when Spot capacity is reclaimed.



const MAX_WEIGHT = 1000;
const MAX_BASE = 100000;
/* harmony default export */ const service_capacity_provider_strategy = (defineRule({
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
            const strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
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
                if (provider !== FARGATE && provider !== FARGATE_SPOT) {
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
            const onDemand = itemFor(strategy, FARGATE);
            const spot = itemFor(strategy, FARGATE_SPOT);
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



/* harmony default export */ const cluster_capacity_providers = (defineRule({
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
            const cap = clusterCapacity(t, cluster);
            if (cap.providers.size === 0 && cap.uncertain)
                report('computed', { cluster: name }, cap.providersPath);
            else if (cap.providers.size === 0)
                report('noProviders', { cluster: name }, cap.providersPath);
            else if (!cap.uncertain) {
                const missing = [FARGATE, FARGATE_SPOT].filter((p) => !cap.providers.has(p));
                if (missing.length) {
                    report('missingProvider', { cluster: name, providers: quoteList(missing), them: missing.length > 1 ? 'them' : 'it' }, cap.providersPath);
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
                if (clusterOf(t, s)?.name !== name || cap.providers.size === 0)
                    continue;
                const strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
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
            const onDemand = itemFor(def, FARGATE);
            const spot = itemFor(def, FARGATE_SPOT);
            const only = (p) => `uses only '${p}'`;
            if (!spot && !onDemand) {
                const names = quoteList([...new Set(def.items.map((i) => i.provider))]);
                report('defaultNotMixed', {
                    cluster,
                    problem: `names neither 'FARGATE' nor 'FARGATE_SPOT' (only ${names})`,
                    consequence: 'are not placed on Fargate at all',
                }, def.path);
            }
            else if (!spot) {
                report('defaultNotMixed', { cluster, problem: only(FARGATE), consequence: 'all run at on-demand prices' }, def.path);
            }
            else if (!onDemand) {
                report('defaultNotMixed', {
                    cluster,
                    problem: only(FARGATE_SPOT),
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



/* harmony default export */ const graviton_runtime_platform = (defineRule({
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
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
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




/* harmony default export */ const fargate_task_size = (defineRule({
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
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
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
                        what: `'${model_asText(r.value)}'`,
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
/* harmony default export */ const ephemeral_storage = (defineRule({
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
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
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
/* harmony default export */ const spot_safe_stop_timeout = (defineRule({
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
        const tds = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
        if (tds.length === 0) {
            ctx.report('noTaskDefinition', {}, ['Resources']);
            return;
        }
        let checked = 0;
        let failed = 0;
        for (const td of tds) {
            const task = td.name;
            const containers = containersOf(td);
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
                        report('outOfRange', { container, task, value: model_asText(r.value) }, [...c.path, 'StopTimeout']);
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

;// CONCATENATED MODULE: ./graders/rules/iam/model.ts



const model_TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
const iam_model_SERVICE = 'AWS::ECS::Service';
const iam_model_CLUSTER = 'AWS::ECS::Cluster';


function roleRef(t, v) {
    if (v === undefined || v === null)
        return undefined;
    const id = (0,cloudformation/* targetOf */.$r)(v);
    if (id && (0,cloudformation/* resource */.Zc)(t, id)?.resource.Type === ROLE)
        return { id, text: undefined };
    return { id: undefined, text: resolveText(t, v) };
}
function sameRole(a, b) {
    if (a.id !== undefined || b.id !== undefined)
        return a.id === b.id;
    return a.text !== undefined && a.text === b.text;
}
function taskDefinitions(t) {
    return (0,cloudformation/* resources */.ES)(t, model_TASK_DEFINITION);
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




/* harmony default export */ const task_role_separation = (defineRule({
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
                for (const { policy, s } of allowsOfRole(t, task.id))
                    for (const action of s.actions)
                        // Log writes are left alone: the task role writes ECS Exec's session logs, and may ship its own.
                        if (isOneOf(action, IMAGE_PULL_ACTIONS)) {
                            bad = true;
                            ctx.report('ecsActionOnTaskRole', { role: task.id, action, where: `${s.label} of ${policy.label}` }, s.path);
                        }
                const role = (0,cloudformation/* resource */.Zc)(t, task.id);
                for (const m of awsManagedPolicies(t, role))
                    if (m.name === EXECUTION_MANAGED_POLICY) {
                        bad = true;
                        ctx.report('executionPolicyOnTaskRole', { role: task.id, policy: m.name }, m.path);
                    }
            }
            if (exec?.id) {
                for (const { policy, s } of allowsOfRole(t, exec.id))
                    for (const action of s.actions)
                        // Wildcards are IAM002's to judge; a named action ECS never uses is the application's.
                        if (wildcardKind(action) === 'none' && !isOneOf(action, EXECUTION_ACTIONS)) {
                            bad = true;
                            ctx.report('appActionOnExecutionRole', { role: exec.id, action, where: `${s.label} of ${policy.label}` }, s.path);
                        }
                const role = (0,cloudformation/* resource */.Zc)(t, exec.id);
                for (const m of awsManagedPolicies(t, role))
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




/* harmony default export */ const wildcard_actions = (defineRule({
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
        const policies = identityPolicies(t);
        const roles = (0,cloudformation/* resources */.ES)(t, ROLE);
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
            for (const m of awsManagedPolicies(t, role)) {
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



/* harmony default export */ const scoped_resources = (defineRule({
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
        for (const p of identityPolicies(t))
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
/* harmony default export */ const trust_policy = (defineRule({
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
        const roles = (0,cloudformation/* resources */.ES)(t, ROLE);
        if (roles.length === 0) {
            ctx.report('noRole', {}, ['Resources']);
            return;
        }
        let failed = 0;
        for (const role of roles) {
            const path = [...role.path, 'Properties', 'AssumeRolePolicyDocument'];
            const statements = statementsOf(t, role.props['AssumeRolePolicyDocument'], path);
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
                        .flatMap(([, v]) => texts(t, v))
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
                            sourceValues.push({ key, values: texts(t, v) });
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
/* harmony default export */ const task_secrets = (defineRule({
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
            for (const c of containersOf(td)) {
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
            const s = resolveText(t, v);
            return s === undefined ? [] : [s];
        });
        const execRoles = new Set(tds.flatMap((td) => roleOfTask(t, td, 'ExecutionRoleArn') ?? []));
        for (const role of execRoles)
            for (const { policy, s } of allowsOfRole(t, role)) {
                const reads = s.actions.filter((a) => READ_SECRET.some((r) => (0,lib_policy/* actionMatches */.GE)(a, r)));
                const decrypts = s.actions.filter((a) => (0,lib_policy/* actionMatches */.GE)(a, DECRYPT));
                if (reads.length === 0 && decrypts.length === 0)
                    continue;
                checked++;
                const where = `${s.label} of ${policy.label}`;
                let bad = false;
                for (const raw of valueList(t, s.st['Resource'])) {
                    const text = resolveText(t, raw) ?? '';
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
/* harmony default export */ const no_hard_coded_credentials = (defineRule({
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




/* harmony default export */ const container_hardening = (defineRule({
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
        const containers = taskDefinitions(t).flatMap(containersOf);
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
            const drop = texts(t, (0,cloudformation/* get */.Jt)(c.def, ['LinuxParameters', 'Capabilities', 'Drop']));
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






/* harmony default export */ const ecs_exec_audit = (defineRule({
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
        const services = (0,cloudformation/* resources */.ES)(t, iam_model_SERVICE).filter((s) => (0,cloudformation/* literalBool */.KG)(t, s.props['EnableExecuteCommand']) === true);
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
            const task = td?.resource.Type === model_TASK_DEFINITION ? td : undefined;
            const cluster = (0,cloudformation/* targetResource */.cR)(t, svc.props['Cluster']);
            if (cluster?.resource.Type !== iam_model_CLUSTER) {
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
                        const plain = containersOf(task).some((c) => ((0,cloudformation/* literalString */.dc)(t, (0,cloudformation/* get */.Jt)(c.def, ['LogConfiguration', 'LogDriver'])) ?? '') !== 'awslogs');
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
                const missing = ECS_EXEC_ACTIONS.filter((a) => !role || !roleAllows(t, role, a));
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
/* harmony default export */ const guardduty_runtime_monitoring = (defineRule({
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

;// CONCATENATED MODULE: ./graders/rules/observability/container-insights-enhanced.ts
// OBS001: every ECS cluster of the template turns on Container Insights with enhanced observability, and every
// service runs in one of them. 'enabled' collects cluster- and service-level metrics only; 'enhanced' adds task-
// and container-level metrics and curated dashboards, which is what finding the one slow task takes.



const container_insights_enhanced_CLUSTER = 'AWS::ECS::Cluster';
/* harmony default export */ const container_insights_enhanced = (defineRule({
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
        for (const s of (0,cloudformation/* resources */.ES)(t, SERVICE))
            if (s.props['Cluster'] === undefined) {
                failed++;
                ctx.report('defaultCluster', { service: s.name, cluster: clusters[0].name }, [
                    ...s.path,
                    'Properties',
                ]);
            }
        ctx.tally(clusters.length + (0,cloudformation/* resources */.ES)(t, SERVICE).length, failed);
    },
}));

;// CONCATENATED MODULE: ./graders/rules/observability/model.ts





const LOG_GROUP = 'AWS::Logs::LogGroup';
const model_KMS_KEY = 'AWS::KMS::Key';
const SNS_TOPIC = 'AWS::SNS::Topic';
const SSM_PARAMETER = 'AWS::SSM::Parameter';
const DASHBOARD = 'AWS::CloudWatch::Dashboard';
const observability_model_LOAD_BALANCER = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const observability_model_TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const observability_model_ROLE = 'AWS::IAM::Role';
const POLICY_TYPES = ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy'];
/** Messages every rule of the set that needs a service shares. */
const observabilityMessages = {
    noService: "The template defines no 'AWS::ECS::Service', so there is nothing to observe yet. Add the labs-web service first (see the lab README).",
};
function serviceTasks(t) {
    return (0,cloudformation/* resources */.ES)(t, SERVICE).map((svc) => ({ svc, td: taskDefinitionOf(t, svc) }));
}
/** A string value written back as text, with `${X}` for what intrinsics insert; undefined when it cannot be read. */
function textOf(v) {
    const tokens = tokensOf(v);
    return tokens ? renderTokens(tokens) : undefined;
}
/** The single reference a value is, once intrinsics are flattened: `!Ref X`, `!GetAtt X.Attr`, `${X.Attr}`. */
function onlyReference(v) {
    const tokens = tokensOf(v);
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
    if (role?.resource.Type !== observability_model_ROLE)
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
    LoadBalancer: { attr: 'LoadBalancerFullName', type: observability_model_LOAD_BALANCER },
    TargetGroup: { attr: 'TargetGroupFullName', type: observability_model_TARGET_GROUP },
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
    const ref = onlyReference(v);
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
/* harmony default export */ const log_group_retention_kms = (defineRule({
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
const NEEDED = ['kms:GenerateDataKey', 'kms:Decrypt'];
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
    const granting = forLogs.filter((s) => NEEDED.every((a) => (0,lib_policy/* stringList */.Yn)(s['Action']).some((g) => (0,lib_policy/* actionMatches */.GE)(g, a))));
    if (granting.length === 0)
        return 'actions';
    return granting.some((s) => isScoped(s['Condition'])) ? 'ok' : 'unscoped';
}
/* harmony default export */ const log_key_policy = (defineRule({
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
/* harmony default export */ const container_log_routing = (defineRule({
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
            const containers = containersOf(td);
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
/* harmony default export */ const tracing_sidecar = (defineRule({
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
            const kinds = containersOf(td).map((c) => collectorKind(textOf(c.def['Image'])));
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
    return (0,cloudformation/* resources */.ES)(t, alarms_ALARM).filter((a) => alarmMetrics(a).some((m) => measures(t, m, s)));
}
function judgeMetric(t, m, s) {
    if (!s.alb) {
        const services = (0,cloudformation/* resources */.ES)(t, SERVICE);
        const judged = services.map((svc) => judgeServiceDimensions(t, m.dimensions, svc));
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
/* harmony default export */ const alarm_coverage = (defineRule({
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
        if ((0,cloudformation/* resources */.ES)(t, SERVICE).length === 0) {
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





/* harmony default export */ const alarm_notifications = (defineRule({
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
        if ((0,cloudformation/* resources */.ES)(t, SERVICE).length === 0) {
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
    const tokens = tokensOf(v);
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
    const clusters = clusterNameForms(t, svc);
    return rows.some((row) => {
        if (row[0] !== 'AWS/ECS' && row[0] !== 'ECS/ContainerInsights')
            return false;
        const cluster = dimension(row, 'ClusterName');
        const service = dimension(row, 'ServiceName');
        return (cluster !== undefined &&
            service !== undefined &&
            (!clusters || partIs(cluster, clusters)) &&
            partIs(service, serviceNameForms(t, svc)));
    });
}
function showsLoadBalancer(t, rows) {
    const forms = (0,cloudformation/* resources */.ES)(t, observability_model_LOAD_BALANCER).map((lb) => ({ ref: lb.name, attr: 'LoadBalancerFullName' }));
    return rows.some((row) => {
        const lb = dimension(row, 'LoadBalancer');
        return row[0] === 'AWS/ApplicationELB' && lb !== undefined && partIs(lb, forms);
    });
}
/* harmony default export */ const dashboard = (defineRule({
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
        const services = (0,cloudformation/* resources */.ES)(t, SERVICE);
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
        if ((0,cloudformation/* resources */.ES)(t, observability_model_LOAD_BALANCER).length > 0 && !showsLoadBalancer(t, rows))
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
    const tokens = tokensOf(v);
    if (!tokens)
        return { keys, wild: false };
    const text = renderTokens(tokens).replace(PSEUDO, (_m, p) => p.toLowerCase());
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
/* harmony default export */ const ssm_configuration = (defineRule({
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
            for (const c of containersOf(td)) {
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
        taskDefinitions.set(r.name, model_readTaskDefinition(t, r));
    const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service').map((r) => readService(t, r, taskDefinitions));
    return { template: t, services, taskDefinitions, namespaces: (0,cloudformation/* resources */.ES)(t, ...NAMESPACE_TYPES) };
}
function model_readTaskDefinition(t, r) {
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
            text: model_flatten(t, e['Value']),
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
function model_flatten(t, v, depth = 0) {
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
                return model_flatten(t, vars[name], depth + 1) ?? whole;
            const param = t.Parameters?.[name];
            if ((0,cloudformation/* isRecord */.u4)(param) && param['Default'] !== undefined)
                return String(param['Default']);
            return whole;
        });
    }
    const join = v['Fn::Join'];
    if (Array.isArray(join) && typeof join[0] === 'string' && Array.isArray(join[1])) {
        return join[1].map((part) => model_flatten(t, part, depth + 1) ?? '${?}').join(join[0]);
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
/* harmony default export */ const two_fargate_services = (defineRule({
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
/* harmony default export */ const service_connect_namespace = (defineRule({
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


/* harmony default export */ const service_connect_enabled = (defineRule({
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


/* harmony default export */ const port_name_matches_task_definition = (defineRule({
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
/* harmony default export */ const port_mapping_app_protocol = (defineRule({
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
/* harmony default export */ const client_alias = (defineRule({
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


/* harmony default export */ const client_calls_alias = (defineRule({
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


/* harmony default export */ const client_depends_on_server = (defineRule({
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
/* harmony default export */ const service_health_checks = (defineRule({
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
/* harmony default export */ const service_connect_logs = (defineRule({
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
/* harmony default export */ const app_mesh_end_of_support = (defineRule({
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




/* harmony default export */ const multi_az_subnets = (defineRule({
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
        const subnets = (0,cloudformation/* resources */.ES)(t, SUBNET);
        if (subnets.length === 0) {
            ctx.report('noSubnets', {}, ['Resources']);
            return;
        }
        const zones = new Set();
        const unset = [];
        for (const s of subnets) {
            const key = azKey(t, s.props);
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
/* harmony default export */ const subnet_tiers = (defineRule({
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
        const subnets = (0,cloudformation/* resources */.ES)(t, SUBNET);
        if (subnets.length === 0) {
            ctx.report('noSubnets', {}, ['Resources']);
            return;
        }
        const zones = { public: new Set(), private: new Set() };
        // Findings point at the first subnet of the tier that is short, or at 'Resources' when it has none.
        const first = {};
        for (const s of subnets) {
            const tier = subnetRouting(t, s.name).internetGateway ? 'public' : 'private';
            first[tier] ??= s.path;
            // A subnet without a zone counts as a zone of its own here; VPC001 asks for the zones.
            zones[tier].add(azKey(t, s.props) ?? `unset:${s.name}`);
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
/* harmony default export */ const private_egress = (defineRule({
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
        const subnets = (0,cloudformation/* resources */.ES)(t, SUBNET);
        const privateSubnets = subnets.filter((s) => !subnetRouting(t, s.name).internetGateway);
        if (privateSubnets.length === 0) {
            ctx.report('noPrivateSubnets', {}, subnets[0] ? [...subnets[0].path] : ['Resources']);
            return;
        }
        // The subnets the tasks use, when services name them; otherwise every private subnet.
        const used = new Set((0,cloudformation/* resources */.ES)(t, SERVICE).flatMap((svc) => {
            const v = (0,cloudformation/* isRecord */.u4)(svc.props['NetworkConfiguration'])
                ? svc.props['NetworkConfiguration']['AwsvpcConfiguration']
                : undefined;
            return (0,cloudformation/* isRecord */.u4)(v) ? subnetRefs(t, v['Subnets'], []).map((r) => r.name) : [];
        }));
        const taskSubnets = privateSubnets.some((s) => used.has(s.name))
            ? privateSubnets.filter((s) => used.has(s.name))
            : privateSubnets;
        let natProblem = false;
        for (const nat of (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::NatGateway')) {
            if ((0,cloudformation/* literalString */.dc)(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private')
                continue;
            // A regional NAT gateway has no subnet of its own: AWS places it in each zone with workloads.
            if (isRegionalNatGateway(t, nat.props))
                continue;
            const subnet = (0,cloudformation/* targetOf */.$r)(nat.props['SubnetId']);
            if (subnet !== undefined &&
                (0,cloudformation/* resource */.Zc)(t, subnet)?.resource.Type === SUBNET &&
                !subnetRouting(t, subnet).internetGateway) {
                natProblem = true;
                ctx.report('natInPrivateSubnet', { nat: nat.name, subnet }, [...nat.path, 'Properties', 'SubnetId']);
            }
        }
        const withoutNat = taskSubnets.filter((s) => !subnetRouting(t, s.name).natGateway);
        if (withoutNat.length === 0) {
            ctx.tally(1, natProblem ? 1 : 0);
            return;
        }
        const endpoints = (0,cloudformation/* resources */.ES)(t, 'AWS::EC2::VPCEndpoint');
        const tables = new Set(withoutNat.flatMap((s) => subnetRouting(t, s.name).routeTables));
        const names = `${(0,plural/* countNoun */.y)(withoutNat.length, 'private subnet')} (${withoutNat.map((s) => `'${s.name}'`).join(', ')})`;
        let failures = 0;
        let dnsChecked = false;
        let dnsOk = true;
        for (const need of ENDPOINTS) {
            const ep = endpoints.find((e) => need.pattern.test(flatten(t, e.props['ServiceName'])));
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
            for (const nat of subnetRouting(t, s.name).privateNatGateways)
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
/* harmony default export */ const no_open_ingress = (defineRule({
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
        const lbGroups = loadBalancerGroups(t);
        const rules = ingressRules(t);
        let open = 0;
        for (const { group, rule, path, standalone } of rules) {
            const src = sourceOf(t, rule);
            if (src.kind !== 'cidr' || !src.open)
                continue;
            open++;
            const range = portsOf(t, rule);
            const data = {
                group: group !== undefined ? `'${group}'` : standalone !== undefined ? `of '${standalone}'` : '(unknown)',
                ports: describePorts(range),
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
/* harmony default export */ const no_remote_admin_ports = (defineRule({
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
        for (const { group, rule, path, standalone } of ingressRules(t)) {
            const src = sourceOf(t, rule);
            if (src.kind !== 'cidr' || !src.open)
                continue;
            const range = portsOf(t, rule);
            const hit = ADMIN_PORTS.filter((p) => reaches(range, p.port));
            if (hit.length === 0)
                continue;
            ctx.report('openAdminPort', {
                group: group !== undefined ? `'${group}'` : `of '${standalone ?? '(unknown)'}'`,
                ports: describePorts(range),
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


/* harmony default export */ const vpc_flow_logs = (defineRule({
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

;// CONCATENATED MODULE: ./graders/rules/vpc/no-hard-coded-az.ts
// VPC007: no resource names an Availability Zone as a literal ('us-east-1a'), so the template deploys in any
// Region and any account (zone names map to different physical zones in each account). cfn-lint W3010.


const AZ_KEYS = ['AvailabilityZone', 'AvailabilityZones', 'AvailabilityZoneId'];
/* harmony default export */ const no_hard_coded_az = (defineRule({
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

// EXTERNAL MODULE: ./graders/rubrics/lib/sandbox.ts
var sandbox = __webpack_require__(5695);
;// CONCATENATED MODULE: ./graders/rubrics/lib/evidence.ts
const ECS_GUIDE = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const ECS_API = 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference';
const ECR_GUIDE = 'https://docs.aws.amazon.com/AmazonECR/latest/userguide';
const ELB_GUIDE = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';
const VPC_GUIDE = 'https://docs.aws.amazon.com/vpc/latest/userguide';
const CFN_REFERENCE = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const SECURITY_HUB = 'https://docs.aws.amazon.com/securityhub/latest/userguide';
const CONTROL_TOWER = 'https://docs.aws.amazon.com/controltower/latest/controlreference/ecs-rules.html';
const CFN_LINT = 'https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md';
const CDK_NAG = 'https://github.com/cdklabs/cdk-nag/blob/main/RULES.md';
const WELL_ARCHITECTED = 'https://docs.aws.amazon.com/wellarchitected/latest/framework';
/** Security Hub control, e.g. 'ECS.5': its service's controls page, anchored at the control. */
const securityHub = (id) => ({
    kind: 'security-hub',
    id,
    url: `${SECURITY_HUB}/${(id.split('.')[0] ?? '').toLowerCase()}-controls.html#${id.toLowerCase().replace('.', '-')}`,
});
/** checkov check; the policy index page depends on the framework the check is written for. */
const checkov = (id, index = 'cloudformation') => ({
    kind: 'checkov',
    id,
    url: `https://www.checkov.io/5.Policy%20Index/${index}.html`,
});
const hadolint = (id) => ({
    kind: 'hadolint',
    id,
    url: `https://github.com/hadolint/hadolint/wiki/${id}`,
});
const cfnLint = (id) => ({ kind: 'cfn-lint', id, url: CFN_LINT });
const cdkNag = (id) => ({ kind: 'cdk-nag', id, url: CDK_NAG });
const controlTower = (id) => ({ kind: 'control-tower', id, url: CONTROL_TOWER });
/** A Well-Architected best practice (e.g. 'SEC05-BP02') and its page. */
const wellArchitected = (id, page) => ({
    kind: 'aws-doc',
    id,
    url: `${WELL_ARCHITECTED}/${page}`,
});
const awsDoc = (url) => ({ kind: 'aws-doc', url });
const dockerDoc = (url) => ({ kind: 'docker-doc', url });

;// CONCATENATED MODULE: ./graders/rubrics/01-production-dockerfile.ts
// Lab 01: a production Dockerfile for a small Node.js web app, and the .dockerignore that goes with it.
// 30 points over ten items; the README anchors are the item ids.



/* harmony default export */ const _01_production_dockerfile = (defineLab({
    id: '01-production-dockerfile',
    title: 'A production Dockerfile',
    part: '1 Theory and architecture; 7 Production deployments',
    summary: 'Turn a naive Dockerfile for a small Node.js web app into a production image: multi-stage, pinned, non-root, health-checked, started in exec form, free of secrets and caches, labelled, and built from a context that leaves .git, node_modules and .env behind.',
    files: [
        { id: 'dockerfile', paths: ['Dockerfile'], kind: 'dockerfile', required: true },
        { id: 'dockerignore', paths: ['.dockerignore'], kind: 'text', required: true },
    ],
    sandbox: (0,sandbox/* notDeployed */._k)('Lab 01 grades a Dockerfile and its .dockerignore: there is no CloudFormation template, so the sandbox has nothing to deploy. Your static grade is unaffected.'),
    items: [
        {
            id: 'multi-stage-build',
            title: 'A valid multi-stage build',
            points: 4,
            file: 'dockerfile',
            rules: ['DKR000', 'DKR002'],
            hint: "A single-stage image ships everything the build needed: compilers, dev dependencies, tests. Install and test in a stage named 'build', then start a fresh final stage and 'COPY --from=build' only the app and its production node_modules. The file must also be one Docker can build.",
            praise: 'The final stage copies only what runs from a build stage.',
            evidence: [dockerDoc('https://docs.docker.com/build/building/multi-stage/'), hadolint('DL3022')],
            docsUrl: 'https://docs.docker.com/build/building/multi-stage/',
        },
        {
            id: 'pinned-base-image',
            title: 'Base images pinned to a version',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR001'],
            scoring: 'proportional',
            hint: "'latest' and untagged images change under you, so the same Dockerfile builds a different image next week. Give every FROM a version tag such as 'node:22-alpine', or a digest ('node@sha256:…') for builds that never change.",
            praise: 'Every base image is pinned, so rebuilds are repeatable.',
            evidence: [
                hadolint('DL3006'),
                hadolint('DL3007'),
                checkov('CKV_DOCKER_7', 'dockerfile'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#pin-base-image-versions'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions',
        },
        {
            id: 'least-privilege',
            title: 'Runs as a non-root user, with no SSH port',
            points: 4,
            file: 'dockerfile',
            rules: ['DKR003', 'DKR014'],
            hint: "By default a container runs as root, so a flaw in the app hands an attacker root in the container. Add 'USER node' (the official Node.js images ship that account) after the steps that need root, and do not EXPOSE port 22: get a shell with 'docker exec', or with ECS Exec, which needs 'ssmmessages' permissions in the task role and somewhere writable for its agent, which a read-only root filesystem does not give (the README lists what it needs).",
            praise: 'The app runs unprivileged and offers no SSH.',
            evidence: [
                hadolint('DL3002'),
                checkov('CKV_DOCKER_3', 'dockerfile'),
                checkov('CKV_DOCKER_8', 'dockerfile'),
                checkov('CKV_DOCKER_1', 'dockerfile'),
                // Security Hub ECS.20 reads the task definition's 'user', not the image (lab 02 cites it); for the
                // Dockerfile, the ECS guide's task and container security practices ask for USER and a linter that checks it.
                awsDoc(`${ECS_GUIDE}/security-tasks-containers.html`),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#user'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#user',
        },
        {
            id: 'healthcheck',
            title: 'A HEALTHCHECK in the final stage',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR004'],
            hint: "A running process is not a working app. Add a HEALTHCHECK that calls the app's '/health' route, for example 'HEALTHCHECK --interval=30s --timeout=3s CMD [\"node\", \"healthcheck.js\"]', so Docker marks a hung container unhealthy. ECS runs only the health check in the task definition, so you will reuse this command in lab 02.",
            praise: 'Docker can tell a healthy container from a hung one.',
            evidence: [
                checkov('CKV_DOCKER_2', 'dockerfile'),
                hadolint('DL3057'),
                dockerDoc('https://docs.docker.com/reference/dockerfile/#healthcheck'),
                {
                    kind: 'aws-doc',
                    url: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/healthcheck.html',
                },
            ],
            docsUrl: 'https://docs.docker.com/reference/dockerfile/#healthcheck',
        },
        {
            id: 'exec-form-command',
            title: 'Exec-form CMD and ENTRYPOINT',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR005'],
            hint: "In shell form ('CMD npm start') a shell is PID 1 and swallows the SIGTERM that 'docker stop' and ECS send, so the app is killed after the timeout instead of finishing its requests. Write a JSON array that starts the app directly: 'CMD [\"node\", \"server.js\"]'.",
            praise: 'The app is PID 1 and receives SIGTERM.',
            evidence: [
                hadolint('DL3025'),
                dockerDoc('https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'),
            ],
            docsUrl: 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form',
        },
        {
            id: 'copy-not-add',
            title: 'COPY into an absolute WORKDIR',
            points: 2,
            file: 'dockerfile',
            rules: ['DKR006', 'DKR012'],
            hint: "Reach for COPY by default: it only copies from the build context. Keep ADD for a remote file you pin with '--checksum'. Set an absolute WORKDIR such as '/app' so files land in the same place whatever the base image does.",
            praise: 'Files are copied predictably to an absolute path.',
            evidence: [
                hadolint('DL3020'),
                checkov('CKV_DOCKER_4', 'dockerfile'),
                hadolint('DL3000'),
                checkov('CKV_DOCKER_10', 'dockerfile'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#add-or-copy'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#add-or-copy',
        },
        {
            id: 'no-secrets',
            title: 'No secrets in ARG or ENV',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR007'],
            hint: "Anyone who can pull the image can read its ENV values and build arguments. Remove passwords, tokens and keys from the Dockerfile: pass them when the container starts (on ECS, the task definition's 'secrets' from Secrets Manager or Parameter Store), and use 'RUN --mount=type=secret' for anything the build itself needs.",
            praise: 'No credentials are baked into the image.',
            evidence: [
                hadolint('DL3064'),
                dockerDoc('https://docs.docker.com/reference/build-checks/secrets-used-in-arg-or-env/'),
                dockerDoc('https://docs.docker.com/build/building/secrets/'),
                {
                    kind: 'security-hub',
                    id: 'ECS.8',
                    url: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html#ecs-8',
                },
            ],
            docsUrl: 'https://docs.docker.com/build/building/secrets/',
        },
        {
            id: 'package-cache-hygiene',
            title: 'No package-manager caches in the image',
            points: 3,
            file: 'dockerfile',
            rules: ['DKR008', 'DKR009', 'DKR010', 'DKR011'],
            scoring: 'proportional',
            hint: "Package indexes and download caches add megabytes that every task pulls on every start. Use 'apk add --no-cache', 'apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*', 'pip install --no-cache-dir', and run 'npm ci' in the build stage (or clean its cache in the same RUN). Only the stages the final image is made of count: a build stage it merely copies files from may keep its caches.",
            praise: 'Every install leaves its cache behind.',
            evidence: [
                hadolint('DL3009'),
                hadolint('DL3015'),
                hadolint('DL3019'),
                hadolint('DL3042'),
                hadolint('DL3060'),
                dockerDoc('https://docs.docker.com/build/building/best-practices/#apt-get'),
                dockerDoc('https://docs.docker.com/build/cache/optimize/#use-cache-mounts'),
            ],
            docsUrl: 'https://docs.docker.com/build/building/best-practices/#apt-get',
        },
        {
            id: 'dockerignore',
            title: '.dockerignore keeps .git, node_modules and .env out',
            points: 3,
            file: 'dockerignore',
            rules: ['DKI001', 'DKI002', 'DKI003'],
            scoring: 'proportional',
            hint: "Everything in the build context can end up in the image through 'COPY . .'. List '.git', 'node_modules' and '.env' (one per line) in .dockerignore, so history, local packages and local secrets never reach the builder.",
            praise: 'The build context holds only what the build needs.',
            evidence: [dockerDoc('https://docs.docker.com/build/concepts/context/#dockerignore-files')],
            docsUrl: 'https://docs.docker.com/build/concepts/context/#dockerignore-files',
        },
        {
            id: 'oci-labels',
            title: 'OCI labels: source, version, title',
            points: 2,
            file: 'dockerfile',
            rules: ['DKR013'],
            scoring: 'proportional',
            hint: 'Labels tell whoever finds the image in ECR what it is and where it came from. Add \'LABEL org.opencontainers.image.source="…" org.opencontainers.image.version="…" org.opencontainers.image.title="…"\' to the final stage.',
            praise: 'The image says what it is and where its source lives.',
            evidence: [hadolint('DL3049'), dockerDoc('https://docs.docker.com/reference/dockerfile/#label')],
            docsUrl: 'https://github.com/opencontainers/image-spec/blob/main/annotations.md',
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/02-ecs-task-definition.ts
// Lab 02: the learner writes `task-definition.json`, the RegisterTaskDefinition input for a Fargate web service.
// Thirty points over eight items; container-level items give partial credit per container.




/** The lab asks for DB_PASSWORD through `secrets`; deleting the variable is not the same as protecting it. */
function usesSecrets(doc) {
    if (!(0,record/* isRecord */.u)(doc) || !Array.isArray(doc['containerDefinitions']))
        return false;
    return doc['containerDefinitions'].some((c) => (0,record/* isRecord */.u)(c) && Array.isArray(c['secrets']) && c['secrets'].length > 0);
}
/* harmony default export */ const _02_ecs_task_definition = (defineLab({
    id: '02-ecs-task-definition',
    title: 'An ECS task definition for Fargate',
    part: '2 ECS deep dive (task definitions, resources)',
    summary: 'Write the task definition that runs the Lab 01 web image on Fargate: a valid CPU/memory size, awsvpc networking, logs in CloudWatch, a container health check, the database password from Secrets Manager, and a hardened container.',
    files: [{ id: 'taskdef', paths: ['task-definition.json'], kind: 'json', required: true }],
    sandbox: (0,sandbox/* notDeployed */._k)('Lab 02 grades a task definition on its own, a RegisterTaskDefinition input rather than a CloudFormation template, and a task definition runs nothing until a service uses it: lab 03 deploys it as one. Your static grade is unaffected.'),
    items: [
        {
            id: 'fargate-platform',
            title: 'Target Fargate: awsvpc, FARGATE compatibility and a runtime platform',
            points: 4,
            file: 'taskdef',
            rules: ['TDF002', 'TDF003', 'TDF004'],
            scoring: 'proportional',
            hint: "Fargate needs '\"networkMode\": \"awsvpc\"', and '\"requiresCompatibilities\": [\"FARGATE\"]' makes ECS check the definition against Fargate when you register it. Add 'runtimePlatform' with 'operatingSystemFamily' 'LINUX' and the 'cpuArchitecture' your image was built for ('X86_64', or 'ARM64' for Graviton).",
            praise: 'The task targets Fargate with awsvpc networking and states its platform.',
            evidence: [
                cfnLint('E3048'),
                cfnLint('E3054'),
                controlTower('CT.ECS.PR.4'),
                awsDoc(`${ECS_GUIDE}/fargate-tasks-services.html`),
                awsDoc(`${ECS_API}/API_RuntimePlatform.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-tasks-services.html`,
        },
        {
            id: 'task-size',
            title: 'Size the task with a valid Fargate CPU/memory pair',
            points: 5,
            file: 'taskdef',
            rules: ['TDF001', 'TDF006'],
            hint: "Set task-level 'cpu' and 'memory' to a pair from the Fargate table in the README (for example cpu '256' with memory '512'; 1 vCPU needs 2–8 GB), and keep container 'memory'/'memoryReservation' and 'cpu' within the task's totals, with 'memoryReservation' below 'memory' (equal is rejected).",
            praise: 'The task size is a valid Fargate pair and the container fits inside it.',
            evidence: [
                cfnLint('E3047'),
                cfnLint('E3048'),
                awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`),
                awsDoc(`${ECS_API}/API_RegisterTaskDefinition.html`),
            ],
            docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
        },
        {
            id: 'app-container',
            title: 'Define an essential application container with a pinned image',
            points: 3,
            file: 'taskdef',
            rules: ['TDF005', 'TDF016'],
            scoring: 'proportional',
            hint: "Keep the application container essential (leave 'essential' out or set it to 'true'), and point 'image' at the exact tag you pushed to Amazon ECR in Lab 01, such as '…/labs-web:1.0.0', never ':latest'.",
            praise: 'The application container is essential and its image is pinned.',
            evidence: [cfnLint('E3042'), awsDoc(`${ECS_API}/API_ContainerDefinition.html`)],
            docsUrl: `${ECS_API}/API_ContainerDefinition.html`,
        },
        {
            id: 'health-check',
            title: 'Add a container health check within the ECS ranges',
            points: 3,
            file: 'taskdef',
            rules: ['TDF009'],
            scoring: 'proportional',
            hint: "Add a 'healthCheck' whose 'command' is a list starting with 'CMD-SHELL' (or 'CMD') that calls the app's '/health' endpoint with a tool the image has, and keep interval 5–300, timeout 2–60, retries 1–10 and startPeriod 0–300 as numbers without quotes.",
            praise: 'ECS can tell a hung container from a healthy one.',
            evidence: [awsDoc(`${ECS_API}/API_HealthCheck.html`)],
            docsUrl: `${ECS_API}/API_HealthCheck.html`,
        },
        {
            id: 'logging',
            title: 'Send container logs to CloudWatch Logs',
            points: 4,
            file: 'taskdef',
            rules: ['TDF007'],
            scoring: 'proportional',
            hint: "Send each container's output to CloudWatch Logs with the awslogs driver: name a log group that exists (with a retention period), the Region, and a stream prefix, which Fargate requires and which names each stream '<prefix>/<container>/<task id>'. A FireLens log-router container is the other accepted route.",
            praise: 'Every container’s output lands in CloudWatch Logs.',
            evidence: [
                securityHub('ECS.9'),
                cfnLint('E3046'),
                controlTower('CT.ECS.PR.5'),
                awsDoc(`${ECS_GUIDE}/using_awslogs.html`),
            ],
            docsUrl: `${ECS_GUIDE}/using_awslogs.html`,
        },
        {
            id: 'iam-roles',
            title: 'Give ECS an execution role and the app its own task role',
            points: 3,
            file: 'taskdef',
            rules: ['TDF008', 'TDF015'],
            hint: "ECS pulls the image from ECR, writes logs and fetches secrets with the role in 'executionRoleArn' (a role with 'AmazonECSTaskExecutionRolePolicy'); the application's own AWS calls use 'taskRoleArn', which must be a different role.",
            praise: 'ECS and the application each use their own role.',
            evidence: [
                checkov('CKV_AWS_249', 'terraform'),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
                awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
            ],
            docsUrl: `${ECS_GUIDE}/task_execution_IAM_role.html`,
        },
        {
            id: 'secrets',
            title: 'Inject the database password from Secrets Manager or Parameter Store',
            points: 4,
            file: 'taskdef',
            rules: ['TDF010', 'TDF011'],
            check: (ctx) => {
                const doc = ctx.doc('taskdef', 'json');
                if (!doc || usesSecrets(doc.value))
                    return { fraction: 1 };
                return {
                    fraction: 0,
                    feedback: "No container takes anything from 'secrets' yet, but the application still needs 'DB_PASSWORD'. Store the password in Secrets Manager and add '{ \"name\": \"DB_PASSWORD\", \"valueFrom\": \"<secret ARN>\" }' to the container's 'secrets'.",
                };
            },
            hint: "Remove 'DB_PASSWORD' from 'environment', store it in Secrets Manager (or as a SecureString in Parameter Store), and add it to the container's 'secrets' with 'valueFrom' set to the ARN; the execution role needs permission to read it.",
            praise: 'The password reaches the container without ever appearing in the task definition.',
            evidence: [
                securityHub('ECS.8'),
                controlTower('CT.ECS.PR.12'),
                awsDoc(`${ECS_GUIDE}/specifying-sensitive-data.html`),
                awsDoc(`${ECS_API}/API_Secret.html`),
            ],
            docsUrl: `${ECS_GUIDE}/specifying-sensitive-data.html`,
        },
        {
            id: 'container-hardening',
            title: 'Harden every container: read-only root, not privileged, non-root user',
            points: 4,
            file: 'taskdef',
            rules: ['TDF012', 'TDF013', 'TDF014'],
            scoring: 'proportional',
            hint: "On every container set '\"readonlyRootFilesystem\": true' (mount a volume at '/tmp' if the app writes there: the lab 01 image's 'VOLUME /tmp', owned by 'node', makes it writable for a non-root user), leave 'privileged' out, and set 'user' to a non-root user such as '\"1000\"'.",
            praise: 'Every container is read-only, unprivileged and non-root.',
            evidence: [
                securityHub('ECS.5'),
                securityHub('ECS.4'),
                securityHub('ECS.20'),
                checkov('CKV_AWS_336', 'terraform'),
                checkov('CKV_AWS_334', 'terraform'),
                controlTower('CT.ECS.PR.6'),
                controlTower('CT.ECS.PR.11'),
                controlTower('CT.ECS.PR.3'),
            ],
            docsUrl: `${ECS_GUIDE}/security-tasks-containers.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/lib/template.ts
/** The CloudFormation template a lab grades (YAML or JSON), linted by the batched cfn-lint run. */
const TEMPLATE_FILE = {
    id: 'template',
    paths: ['template.yaml', 'template.yml', 'template.json'],
    kind: 'cloudformation',
    required: true,
    cfnLint: true,
};
/**
 * A check for items whose rules only speak when something exists (an EFS volume, a security group): the lab
 * asks for that something, so an empty template must not collect the item's points.
 */
function requires(present, feedback) {
    return (ctx) => {
        const doc = ctx.doc('template', 'cloudformation');
        if (!doc || present(doc.template))
            return { fraction: 1 };
        return { fraction: 0, feedback };
    };
}
/**
 * For an item on the lab's file set that proves an absence (no access key in any file): a lab whose template is
 * missing or cannot be read has no work in it yet, so the item earns nothing rather than points for what an empty
 * or unreadable folder does not contain.
 */
function needsTemplate(feedback) {
    return (ctx) => (ctx.doc('template', 'cloudformation') ? { fraction: 1 } : { fraction: 0, feedback });
}

;// CONCATENATED MODULE: ./graders/rubrics/03-ecs-service-alb.ts
// Lab 03: the learner writes a CloudFormation template that runs the Lab 02 task as an ECS service on Fargate
// behind an Application Load Balancer that serves HTTPS. Thirty points over ten items; the network is given in
// the starter.






/** Whether the template has an internet-facing Application Load Balancer (the HTTPS item's subject). */
function hasInternetFacingAlb(t) {
    return (0,cloudformation/* resources */.ES)(t, 'AWS::ElasticLoadBalancingV2::LoadBalancer').some((lb) => {
        const type = (0,cloudformation/* literalString */.dc)(t, lb.props['Type'])?.toLowerCase() ?? 'application';
        const scheme = (0,cloudformation/* literalString */.dc)(t, lb.props['Scheme'])?.toLowerCase() ?? 'internet-facing';
        return type === 'application' && scheme !== 'internal';
    });
}
/* harmony default export */ const _03_ecs_service_alb = (defineLab({
    id: '03-ecs-service-alb',
    title: 'An ECS service on Fargate behind an Application Load Balancer',
    part: '2 Service management; 5 Load balancing',
    summary: 'Turn the Lab 02 task into a production service: a Fargate service with two tasks in private subnets across two Availability Zones, behind an internet-facing ALB that serves HTTPS and that only it trusts, with safe rolling deployments and encrypted EFS storage.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)(['AWS::EFS::AccessPoint', 'AWS::EFS::FileSystem', 'AWS::EFS::MountTarget']),
    items: [
        {
            id: 'container-insights',
            title: 'Turn on Container Insights for the cluster',
            points: 2,
            file: 'template',
            rules: ['SVC001'],
            hint: "Give the cluster 'ClusterSettings: [{ Name: containerInsights, Value: enabled }]' ('enhanced' adds container-level metrics) and point the service's 'Cluster' at it.",
            praise: 'CloudWatch collects CPU, memory and task metrics for the whole cluster.',
            evidence: [
                securityHub('ECS.12'),
                checkov('CKV_AWS_65'),
                cdkNag('AwsSolutions-ECS4'),
                awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/deploy-container-insights-ECS-cluster.html',
        },
        {
            id: 'private-fargate-service',
            title: 'Run the service on Fargate in private subnets without public IPs',
            points: 4,
            file: 'template',
            rules: ['SVC002', 'SVC003', 'SVC004'],
            cfnLint: ['E3044', 'E3047', 'E3048', 'E3052', 'E3054'],
            hint: "Set 'LaunchType: FARGATE', and under 'NetworkConfiguration.AwsvpcConfiguration' list the two private subnets ('PrivateSubnetA' and 'PrivateSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the private subnets) with 'AssignPublicIp: DISABLED'. The private subnets reach ECR and CloudWatch through the NAT gateway, so the tasks still start.",
            praise: 'The tasks run on Fargate where the internet cannot reach them directly.',
            evidence: [
                securityHub('ECS.2'),
                checkov('CKV_AWS_333', 'terraform'),
                cfnLint('E3052'),
                cfnLint('E3054'),
                cfnLint('E3044'),
                cfnLint('E3047'),
                cfnLint('E3048'),
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-task-networking.html`,
        },
        {
            id: 'alb-public-subnets',
            title: 'Put an internet-facing ALB in the public subnets of two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['SVC005'],
            cfnLint: ['E3680'],
            hint: "Add an 'AWS::ElasticLoadBalancingV2::LoadBalancer' with 'Scheme: internet-facing', the two public subnets as its 'Subnets' (one per zone: 'PublicSubnetA' and 'PublicSubnetB', or a 'List<AWS::EC2::Subnet::Id>' parameter named for the public subnets) and its own security group.",
            praise: 'The load balancer is reachable from the internet and survives the loss of one zone.',
            evidence: [
                cfnLint('E3680'),
                securityHub('ELB.13'),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                awsDoc(`${ELB_GUIDE}/application-load-balancers.html#availability-zones`),
            ],
            docsUrl: `${ELB_GUIDE}/application-load-balancers.html#availability-zones`,
        },
        {
            id: 'ip-target-group',
            title: "Register the tasks in an 'ip' target group that checks /health",
            points: 3,
            file: 'template',
            rules: ['SVC006'],
            cfnLint: ['E3049', 'E3053'],
            hint: "Create an 'AWS::ElasticLoadBalancingV2::TargetGroup' with 'TargetType: ip' (Fargate tasks register by IP), 'Port: 8080', 'HealthCheckPath: /health', and a listener that forwards to it; then add 'LoadBalancers: [{ ContainerName: web, ContainerPort: 8080, TargetGroupArn: !Ref TargetGroup }]' to the service.",
            praise: 'The load balancer sends traffic only to tasks whose /health endpoint answers.',
            evidence: [
                checkov('CKV_AWS_261', 'terraform'),
                cfnLint('E3049'),
                cfnLint('E3053'),
                awsDoc(`${ELB_GUIDE}/target-group-health-checks.html`),
                awsDoc(`${ECS_GUIDE}/alb.html`),
            ],
            docsUrl: `${ELB_GUIDE}/target-group-health-checks.html`,
        },
        {
            id: 'https-listener',
            title: 'Serve HTTPS with a TLS 1.3 policy and redirect HTTP to it',
            points: 3,
            file: 'template',
            rules: ['SVC013'],
            cfnLint: ['E3676'],
            check: requires(hasInternetFacingAlb, 'The template has no internet-facing Application Load Balancer yet, so nothing serves HTTPS: add the load balancer first.'),
            hint: "Add a listener with 'Protocol: HTTPS', 'Port: 443', 'Certificates: [{ CertificateArn: !Ref CertificateArn }]' (an ACM certificate's ARN, taken as a parameter) and 'SslPolicy: ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09' that forwards to the target group; open TCP 443 on the load balancer's security group; and make the port 80 listener's default action a 'redirect' with 'RedirectConfig: { Protocol: HTTPS, Port: \"443\", StatusCode: HTTP_301 }'.",
            praise: 'Browsers reach the app only over TLS 1.2 or 1.3, and plain HTTP is sent to HTTPS.',
            evidence: [
                securityHub('ELB.1'),
                securityHub('ELB.17'),
                cfnLint('E3676'),
                checkov('CKV_AWS_2'),
                checkov('CKV_AWS_103'),
                awsDoc(`${ELB_GUIDE}/create-https-listener.html`),
                awsDoc(`${ELB_GUIDE}/describe-ssl-policies.html`),
            ],
            docsUrl: `${ELB_GUIDE}/create-https-listener.html`,
        },
        {
            id: 'service-security-group',
            title: "Let only the load balancer's security group reach the tasks",
            points: 4,
            file: 'template',
            rules: ['SVC007'],
            hint: "Give the service its own security group whose only ingress rule is the container port with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId' (inline or as an 'AWS::EC2::SecurityGroupIngress'), and no 'CidrIp' at all. Only the load balancer's own group admits 0.0.0.0/0, on ports 80 and 443.",
            praise: 'The tasks accept connections from the load balancer and nothing else.',
            evidence: [
                wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
                cdkNag('AwsSolutions-EC23'),
                checkov('CKV_AWS_260'),
                awsDoc('https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html#security-group-referencing',
        },
        {
            id: 'safe-deployments',
            title: 'Deploy safely: circuit breaker with rollback, 100% minimum healthy, 200% maximum',
            points: 4,
            file: 'template',
            rules: ['SVC008', 'SVC009'],
            scoring: 'proportional',
            hint: "Add 'DeploymentConfiguration' with 'MinimumHealthyPercent: 100', 'MaximumPercent: 200' and 'DeploymentCircuitBreaker: { Enable: true, Rollback: true }'. With two tasks, 100% keeps both serving while new ones start; Fargate has no cluster capacity to free up, so there is no reason to go lower.",
            praise: 'Deployments start new tasks before stopping old ones, and a broken release rolls itself back.',
            evidence: [
                wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
                wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
                awsDoc(`${ECS_GUIDE}/deployment-circuit-breaker.html`),
                awsDoc(`${ECS_GUIDE}/deployment-type-ecs.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-circuit-breaker.html`,
        },
        {
            id: 'health-check-grace-period',
            title: 'Give new tasks a health-check grace period',
            points: 2,
            file: 'template',
            rules: ['SVC010'],
            check: requires(hasLoadBalancedService, 'No service is attached to a load balancer yet, and the grace period only matters for one: attach the service to the target group first.'),
            hint: "Set 'HealthCheckGracePeriodSeconds' on the service to about how long the app takes to answer /health after it starts (60 is plenty for the lab app). For that long the ECS service scheduler ignores failing load balancer and container health checks, so a task that is still starting is not stopped.",
            praise: 'New tasks get time to start before the load balancer judges them.',
            evidence: [
                wellArchitected('OPS06-BP03', 'ops_mit_deploy_risks_deploy_mgmt_sys.html'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_CreateService.html#ECS-CreateService-request-healthCheckGracePeriodSeconds',
        },
        {
            id: 'multi-az-tasks',
            title: 'Run at least two tasks across two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['SVC011'],
            scoring: 'proportional',
            hint: "Set 'DesiredCount: 2' and list one private subnet in each of two Availability Zones; ECS spreads the tasks across the zones of the service's subnets.",
            praise: 'One task or one zone can fail and the service keeps answering.',
            evidence: [
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                securityHub('ELB.13'),
                awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
            ],
            docsUrl: `${ECS_GUIDE}/capacity-availability-best-practice.html`,
        },
        {
            id: 'efs-storage',
            title: 'Mount an EFS volume with encryption in transit through an access point',
            points: 2,
            file: 'template',
            rules: ['SVC012'],
            check: requires(mountsEfsVolume, "No task definition mounts an EFS volume into a container yet: add a volume with 'EFSVolumeConfiguration' and a 'MountPoints' entry that uses it."),
            hint: "Add an encrypted 'AWS::EFS::FileSystem' with a mount target in each private subnet, an 'AWS::EFS::AccessPoint', and a task-definition volume with 'EFSVolumeConfiguration: { FilesystemId: !Ref FileSystem, TransitEncryption: ENABLED, AuthorizationConfig: { AccessPointId: !Ref AccessPoint, IAM: ENABLED } }', mounted by the container at '/data'.",
            praise: 'The tasks share storage over TLS, each seeing only the access point’s directory.',
            evidence: [securityHub('ECS.18'), checkov('CKV_AWS_97'), awsDoc(`${ECS_GUIDE}/efs-volumes.html`)],
            docsUrl: `${ECS_GUIDE}/efs-volumes.html`,
        },
    ],
}));

// EXTERNAL MODULE: ./graders/rules/fargate-capacity/prices.ts
var prices = __webpack_require__(705);
;// CONCATENATED MODULE: ./graders/rules/fargate-capacity/estimate.ts




/** ECS's default when a new service does not set DesiredCount. */
const DEFAULT_DESIRED_COUNT = 1;
/**
 * How `n` tasks divide between FARGATE and FARGATE_SPOT under a strategy: the base first, then the rest by weight
 * (fractional). Providers other than the two Fargate ones are rejected by the caller.
 */
function splitTasks(n, strategy) {
    const split = { onDemand: 0, spot: 0 };
    const add = (provider, count) => {
        if (provider === FARGATE_SPOT)
            split.spot += count;
        else
            split.onDemand += count;
    };
    let rest = n;
    const based = strategy.find((s) => s.base > 0);
    if (based) {
        const count = Math.min(based.base, rest);
        add(based.provider, count);
        rest -= count;
    }
    const total = strategy.reduce((s, i) => s + i.weight, 0);
    if (rest > 0) {
        if (total > 0)
            for (const s of strategy)
                add(s.provider, (rest * s.weight) / total);
        else
            add(based?.provider ?? FARGATE, rest);
    }
    return split;
}
/** The hourly price of one task of this size. */
function taskPrice(cpuUnits, memoryMiB, arch, ephemeralGiB) {
    const rate = prices/* FARGATE_ON_DEMAND */.DW[arch];
    const onDemandHour = (cpuUnits / 1024) * rate.vcpuHour + (memoryMiB / 1024) * rate.gbHour;
    return {
        onDemandHour,
        spotHour: onDemandHour * (1 - prices/* FARGATE_SPOT_DISCOUNT */.mk),
        storageHour: Math.max(0, ephemeralGiB - prices/* INCLUDED_EPHEMERAL_GIB */.Q9) * prices/* EPHEMERAL_STORAGE_GB_HOUR */.TZ,
    };
}
class Unknown extends Error {
    reason;
    at;
    constructor(reason, at) {
        super(reason);
        this.reason = reason;
        this.at = at;
    }
}
/** The estimated monthly cost of every ECS service of the template, or why it cannot be estimated. */
function estimateMonthlyCost(t) {
    const services = (0,cloudformation/* resources */.ES)(t, 'AWS::ECS::Service');
    if (services.length === 0) {
        return {
            ok: false,
            reason: "The template has no 'AWS::ECS::Service', so there is nothing to price.",
            at: ['Resources'],
        };
    }
    try {
        const estimates = services.map((s) => estimateService(t, s));
        return { ok: true, services: estimates, monthly: estimates.reduce((sum, e) => sum + e.monthly, 0) };
    }
    catch (e) {
        if (e instanceof Unknown)
            return { ok: false, reason: e.reason, at: e.at };
        throw e;
    }
}
function estimateService(t, s) {
    const props = [...s.path, 'Properties'];
    const td = model_taskDefinitionOf(t, s);
    if (!td) {
        throw new Unknown(`Service '${s.name}' does not point at a task definition in this template ('TaskDefinition: !Ref …'), so its task size is unknown.`, [...props, 'TaskDefinition']);
    }
    const tdProps = [...td.path, 'Properties'];
    const number = (raw, parse, field, owner, at) => {
        const r = (0,cloudformation/* literal */.eu)(t, raw);
        const parsed = raw === undefined || !r.known ? undefined : parse(r.value);
        if (!parsed?.ok) {
            throw new Unknown(`'${field}' of '${owner}' is ${raw === undefined ? 'missing' : 'not a size the grader can read'}, so the cost cannot be estimated.`, at);
        }
        return parsed.value;
    };
    const cpu = number(td.props['Cpu'], fargate_sizes/* parseCpu */.Oh, 'Cpu', td.name, [...tdProps, 'Cpu']);
    const memory = number(td.props['Memory'], fargate_sizes/* parseMemory */.Pw, 'Memory', td.name, [...tdProps, 'Memory']);
    const rp = td.props['RuntimePlatform'];
    const rawArch = (0,cloudformation/* isRecord */.u4)(rp) ? rp['CpuArchitecture'] : undefined;
    const arch = rawArch === undefined ? 'X86_64' : (0,cloudformation/* literalString */.dc)(t, rawArch);
    if (arch !== 'X86_64' && arch !== 'ARM64') {
        throw new Unknown(`'CpuArchitecture' of '${td.name}' is not 'X86_64' or 'ARM64', so the grader cannot tell which price applies.`, [...tdProps, 'RuntimePlatform']);
    }
    const es = td.props['EphemeralStorage'];
    const rawSize = (0,cloudformation/* isRecord */.u4)(es) ? es['SizeInGiB'] : undefined;
    const ephemeralGiB = rawSize === undefined ? prices/* INCLUDED_EPHEMERAL_GIB */.Q9 : (0,cloudformation/* literalNumber */.TB)(t, rawSize);
    if (ephemeralGiB === undefined) {
        throw new Unknown(`'EphemeralStorage.SizeInGiB' of '${td.name}' is not a number the grader can read.`, [
            ...tdProps,
            'EphemeralStorage',
        ]);
    }
    const rawCount = s.props['DesiredCount'];
    const desiredCount = rawCount === undefined ? DEFAULT_DESIRED_COUNT : (0,cloudformation/* literalNumber */.TB)(t, rawCount);
    if (desiredCount === undefined || !Number.isInteger(desiredCount) || desiredCount < 0) {
        throw new Unknown(`'DesiredCount' of '${s.name}' is not a whole number the grader can read.`, [
            ...props,
            'DesiredCount',
        ]);
    }
    const { weights, placement } = placementOf(t, s);
    const split = splitTasks(desiredCount, weights);
    const price = taskPrice(cpu, memory, arch, ephemeralGiB);
    const hourly = split.onDemand * price.onDemandHour + split.spot * price.spotHour + desiredCount * price.storageHour;
    return {
        service: s.name,
        servicePath: s.path,
        taskDefinition: td.name,
        taskDefinitionPath: td.path,
        desiredCount,
        desiredCountDefaulted: rawCount === undefined,
        cpu,
        memory,
        architecture: arch,
        ephemeralGiB,
        placement,
        split,
        price,
        monthly: hourly * prices/* HOURS_PER_MONTH */.x4,
    };
}
function placementOf(t, s) {
    const props = [...s.path, 'Properties'];
    let strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
        ...props,
        'CapacityProviderStrategy',
    ]);
    let placement = 'service strategy';
    if (strategy.kind === 'absent') {
        const launchType = s.props['LaunchType'];
        if (launchType !== undefined) {
            const lt = (0,cloudformation/* literalString */.dc)(t, launchType);
            if (lt !== 'FARGATE') {
                throw new Unknown(`Service '${s.name}' does not run on Fargate ('LaunchType: ${lt ?? '…'}'), so Fargate prices do not apply.`, [...props, 'LaunchType']);
            }
            return { weights: [{ provider: FARGATE, base: 0, weight: 1 }], placement: 'launch type' };
        }
        const cluster = clusterOf(t, s);
        const def = cluster ? clusterCapacity(t, cluster).defaultStrategy : undefined;
        if (!def || def.kind === 'absent')
            return { weights: [{ provider: FARGATE, base: 0, weight: 1 }], placement: 'launch type' };
        strategy = def;
        placement = 'cluster default strategy';
    }
    if (strategy.kind !== 'list') {
        throw new Unknown(`The capacity-provider strategy of '${s.name}' is not a literal list, so the split between FARGATE and FARGATE_SPOT is unknown.`, strategy.path);
    }
    const weights = [];
    for (const item of strategy.items) {
        if (!item.wellFormed || (item.provider !== FARGATE && item.provider !== FARGATE_SPOT)) {
            throw new Unknown(`Entry ${item.index + 1} of the strategy of '${s.name}' is not a FARGATE or FARGATE_SPOT provider, so it cannot be priced.`, item.path);
        }
        if (item.base === undefined || item.weight === undefined) {
            throw new Unknown(`'Base' or 'Weight' of '${item.provider}' in the strategy of '${s.name}' is not a literal number.`, item.path);
        }
        weights.push({ provider: item.provider, base: Math.max(0, item.base), weight: Math.max(0, item.weight) });
    }
    return { weights, placement };
}
/** "$41.59". */
function dollars(n) {
    return `$${n.toFixed(2)}`;
}
/** ".5 vCPU / 2 GB" from CPU units and MiB. */
function describeSize(cpu, memory) {
    const vcpu = cpu / 1024;
    const gb = memory / 1024;
    const v = vcpu < 1 ? String(vcpu).replace(/^0/, '') : String(vcpu);
    return `${v} vCPU / ${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB`;
}
/** "1.75" or "2": task counts, which are fractional under a weighted split. */
function tasks(n) {
    return Number.isInteger(n) ? String(n) : n.toFixed(2).replace(/0$/, '');
}

;// CONCATENATED MODULE: ./graders/rubrics/04-fargate-cost-capacity.ts
// Lab 04: the learner edits `template.yaml`, a CloudFormation stack for the labs-web service, to run it on
// Fargate and Fargate Spot, on Graviton, right-sized and within a stated monthly budget. Thirty points over
// seven items; the budget item is a custom check that prices the template with graders/rules/fargate-capacity/prices.ts.








const LAB_ID = '04-fargate-cost-capacity';
/** The budget the README states for the service's Fargate compute, in US dollars a month. */
const MONTHLY_BUDGET_USD = 45;
/** What the README's load test found: each task peaks at this much, and the service needs this many tasks. */
const WORKLOAD = { peakVcpu: 0.4, peakMemoryMiB: 1536, tasks: 4 };
/** The cheapest Fargate size (Linux) that holds the workload's peak: the "right size". */
function rightSize() {
    let best;
    for (const size of fargate_sizes/* FARGATE_SIZES */.qi) {
        if (size.cpu < WORKLOAD.peakVcpu * 1024)
            continue;
        for (const memory of size.memory) {
            if (memory < WORKLOAD.peakMemoryMiB)
                continue;
            const hour = taskPrice(size.cpu, memory, 'X86_64', 20).onDemandHour;
            if (!best || hour < best.hour)
                best = { cpu: size.cpu, memory, hour };
        }
    }
    if (!best)
        throw new Error('no Fargate size holds the workload');
    return { cpu: best.cpu, memory: best.memory };
}
const FINDING_ID = `${LAB_ID}/within-budget`;
function finding(doc, at, severity, message) {
    return { file: doc.file, ...doc.locate(at), severity, ruleId: FINDING_ID, message };
}
function describeService(s) {
    const perTask = (hour) => dollars(hour * prices/* HOURS_PER_MONTH */.x4);
    const parts = [];
    if (s.split.onDemand > 0)
        parts.push(`${tasks(s.split.onDemand)} on FARGATE at ${perTask(s.price.onDemandHour)}`);
    if (s.split.spot > 0)
        parts.push(`${tasks(s.split.spot)} on FARGATE_SPOT at ${perTask(s.price.spotHour)}`);
    const storage = s.price.storageHour > 0
        ? `, plus ${perTask(s.price.storageHour)} a task-month for ${s.ephemeralGiB - 20} GiB of ephemeral storage above the included 20 GiB`
        : '';
    return `'${s.service}' runs ${(0,plural/* countNoun */.y)(s.desiredCount, 'task')} of ${describeSize(s.cpu, s.memory)} on ${s.architecture} (${s.placement}): ${parts.join(' and ') || 'none'} a task-month${storage}`;
}
/** The within-budget item: 0.5 for an estimate within the budget, 0.25 for the right task size, 0.25 for the right task count. */
function budgetCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const estimate = estimateMonthlyCost(doc.template);
    if (!estimate.ok) {
        return {
            fraction: 0,
            feedback: `The grader could not estimate the monthly cost: ${estimate.reason}`,
            findings: [finding(doc, estimate.at, 'error', `Cannot estimate the cost: ${estimate.reason}`)],
        };
    }
    const budget = dollars(MONTHLY_BUDGET_USD);
    const findings = [];
    const notes = [];
    const within = estimate.monthly <= MONTHLY_BUDGET_USD + 1e-9;
    const head = `Estimated ${dollars(estimate.monthly)} a month against a budget of ${budget} (${within ? 'within budget' : `over by ${dollars(estimate.monthly - MONTHLY_BUDGET_USD)}`}): ${estimate.services.map(describeService).join('; ')}. Prices: ${prices/* PRICES_SOURCE */.nn.region}, taken ${prices/* PRICES_SOURCE */.nn.taken}, ${prices/* HOURS_PER_MONTH */.x4} hours a month, Spot at ${Math.round(prices/* FARGATE_SPOT_DISCOUNT */.mk * 100)}% off.`;
    // The estimate itself travels as a finding on the service, so every reporter shows it next to the budget,
    // on a full score too: an error when over budget, otherwise information.
    findings.push(finding(doc, estimate.services[0].servicePath, within ? 'info' : 'error', head));
    if (!within) {
        notes.push('To cut the cost, run most tasks on FARGATE_SPOT, switch to Graviton (ARM64), and do not pay for a bigger task than the app needs.');
    }
    const right = rightSize();
    const need = `the app peaks at ${WORKLOAD.peakVcpu} vCPU and ${WORKLOAD.peakMemoryMiB / 1024} GB`;
    let sizeOk = true;
    for (const s of estimate.services) {
        if (s.cpu === right.cpu && s.memory === right.memory)
            continue;
        sizeOk = false;
        const under = s.cpu < WORKLOAD.peakVcpu * 1024 || s.memory < WORKLOAD.peakMemoryMiB;
        const message = under
            ? `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is too small: ${need}, so tasks would be throttled or run out of memory. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`
            : `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is bigger than needed: ${need}, and Fargate bills the size you ask for. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`;
        findings.push(finding(doc, [...s.taskDefinitionPath, 'Properties', 'Cpu'], under ? 'error' : 'warning', message));
        notes.push(message);
    }
    const count = estimate.services.reduce((n, s) => n + s.desiredCount, 0);
    const countOk = count === WORKLOAD.tasks;
    if (!countOk) {
        const s = estimate.services[0];
        const message = `The service runs ${(0,plural/* countNoun */.y)(count, 'task')}${s.desiredCountDefaulted ? " (no 'DesiredCount', so ECS starts 1)" : ''}, but the load test needs ${WORKLOAD.tasks}: ${count < WORKLOAD.tasks ? 'fewer cannot carry the load' : 'more only adds cost'}. Set 'DesiredCount: ${WORKLOAD.tasks}'.`;
        findings.push(finding(doc, [...s.servicePath, 'Properties', 'DesiredCount'], count < WORKLOAD.tasks ? 'error' : 'warning', message));
        notes.push(message);
    }
    const fraction = (within ? 0.5 : 0) + (sizeOk ? 0.25 : 0) + (countOk ? 0.25 : 0);
    return { fraction, feedback: [head, ...notes].join(' '), findings };
}
/* harmony default export */ const _04_fargate_cost_capacity = (defineLab({
    id: LAB_ID,
    title: 'Fargate cost and capacity',
    part: '3 Fargate (cost models, scaling); 8 Cost optimization',
    summary: `Run the labs-web service for at most ${dollars(MONTHLY_BUDGET_USD)} a month: mix on-demand Fargate and Fargate Spot with an on-demand base, move to Graviton, right-size the task, decide its ephemeral storage, and give containers a stop timeout that survives Spot interruptions.`,
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)(sandbox/* AUTO_SCALING_TYPES */.wM),
    items: [
        {
            id: 'capacity-provider-strategy',
            title: 'Mix FARGATE and FARGATE_SPOT on the service, with an on-demand base',
            points: 7,
            file: 'template',
            rules: ['CAP001'],
            scoring: 'proportional',
            hint: "Replace the service's 'LaunchType' with a 'CapacityProviderStrategy' that lists 'FARGATE' with 'Base: 1' (and a weight, such as 1) and 'FARGATE_SPOT' with a weight such as 3: one task always runs on on-demand capacity, and above it three of every four tasks run at Spot prices.",
            praise: 'Most tasks run on Spot, and an on-demand base keeps the service up through interruptions.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc(`${ECS_API}/API_CapacityProviderStrategyItem.html`),
                awsDoc(`${ECS_GUIDE}/capacity-availability.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-capacity-providers.html`,
        },
        {
            id: 'cluster-capacity-providers',
            title: 'Associate FARGATE and FARGATE_SPOT with the cluster, with a default strategy',
            points: 3,
            file: 'template',
            rules: ['CAP002'],
            scoring: 'proportional',
            hint: "A service can only use providers its cluster has. Add 'CapacityProviders: [FARGATE, FARGATE_SPOT]' and a 'DefaultCapacityProviderStrategy' (the same mix as the service) to the 'AWS::ECS::Cluster'.",
            praise: 'The cluster offers both Fargate providers and a sensible default.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html',
        },
        {
            id: 'graviton',
            title: 'Run on Graviton (ARM64)',
            points: 4,
            file: 'template',
            rules: ['CAP003'],
            scoring: 'proportional',
            hint: "Add 'RuntimePlatform: { OperatingSystemFamily: LINUX, CpuArchitecture: ARM64 }' to the task definition, after building the Lab 01 image for 'linux/arm64' as well ('docker buildx build --platform linux/amd64,linux/arm64 …').",
            praise: 'The tasks run on Graviton, about 20% cheaper than x86.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/ecs-arm64.html`),
                awsDoc(`${ECS_API}/API_RuntimePlatform.html`),
                awsDoc(prices/* PRICES_SOURCE */.nn.url),
            ],
            docsUrl: `${ECS_GUIDE}/ecs-arm64.html`,
        },
        {
            id: 'within-budget',
            title: `Right-size the service and stay within ${dollars(MONTHLY_BUDGET_USD)} a month`,
            points: 7,
            file: 'template',
            check: budgetCheck,
            scoring: 'proportional',
            hint: `The grader prices the template as the README explains: half the points for an estimate within ${dollars(MONTHLY_BUDGET_USD)} a month, a quarter for the smallest task size that holds the app's peak (${WORKLOAD.peakVcpu} vCPU, ${WORKLOAD.peakMemoryMiB / 1024} GB), and a quarter for the ${WORKLOAD.tasks} tasks the load test needs.`,
            praise: 'The service is sized to its load test and its estimated cost is within the budget.',
            evidence: [
                awsDoc(prices/* PRICES_SOURCE */.nn.url),
                awsDoc(`${ECS_GUIDE}/fargate-task-size-best-practice.html`),
                awsDoc(`${ECS_GUIDE}/capacity-tasksize-best-practice.html`),
            ],
            docsUrl: prices/* PRICES_SOURCE */.nn.url,
        },
        {
            id: 'valid-task-size',
            title: 'A valid Fargate task size',
            points: 3,
            file: 'template',
            rules: ['CAP004'],
            cfnLint: ['E3047', 'E3048'],
            hint: "Fargate offers fixed CPU/memory pairs, and on Fargate 'Cpu', 'Memory' and 'NetworkMode: awsvpc' are required: .5 vCPU ('512') takes 1–4 GB ('1024'–'4096').",
            praise: 'Fargate can run the task at the size it asks for.',
            evidence: [cfnLint('E3047'), cfnLint('E3048'), awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`)],
            docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
        },
        {
            id: 'ephemeral-storage',
            title: 'Decide the ephemeral storage',
            points: 3,
            file: 'template',
            rules: ['CAP005'],
            scoring: 'proportional',
            hint: "Every Fargate task gets 20 GiB, shared by the image and the app's scratch files; more is billed per GB-hour. Either set 'EphemeralStorage: { SizeInGiB: … }' to 21–200, or keep the default and say why in the task definition's 'Metadata: { EphemeralStorage: \"…\" }'.",
            praise: 'The task has the storage it needs and no more, on purpose.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-task-storage.html`),
                awsDoc(`${ECS_API}/API_EphemeralStorage.html`),
            ],
            docsUrl: `${ECS_GUIDE}/fargate-task-storage.html`,
        },
        {
            id: 'spot-safe-shutdown',
            title: 'Shut down cleanly within the Spot warning',
            points: 3,
            file: 'template',
            rules: ['CAP006'],
            scoring: 'proportional',
            hint: "When Fargate Spot reclaims a task, the two-minute warning is the SIGTERM itself (with a task state change event to EventBridge): the containers get SIGTERM at once and SIGKILL 'StopTimeout' seconds later (30 by default, at most 120). Set 'StopTimeout' on every container (for example 90) and start the app in exec form, so it receives SIGTERM and drains its connections in time.",
            praise: 'Containers get a deliberate grace period to finish their work when Spot reclaims them.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
                awsDoc(`${ECS_API}/API_ContainerDefinition.html`),
                awsDoc('https://aws.amazon.com/blogs/containers/graceful-shutdowns-with-ecs/'),
            ],
            docsUrl: `${ECS_API}/API_ContainerDefinition.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/05-ecr-registry.ts
// Lab 05: the learner edits `template.yaml` (an ECR repository, its KMS key, repository policy and replication)
// and `lifecycle-policy.json` (the repository's lifecycle policy). Thirty points over eight items.






const _05_ecr_registry_LAB_ID = '05-ecr-registry';
/**
 * The Region the lab's README tells learners the stack is deployed to ("Assume the stack is deployed to
 * us-east-1"). ECR008 cannot compare a literal destination with the deploy Region; this lab states it, so it does.
 */
const DEPLOY_REGION = 'us-east-1';
/** The replication item's own check: no literal destination may be the Region the lab deploys to. */
function replicationRegionCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const t = doc.template;
    const findings = [];
    for (const cfg of (0,cloudformation/* resources */.ES)(t, 'AWS::ECR::ReplicationConfiguration')) {
        const rc = cfg.props['ReplicationConfiguration'];
        const rules = (0,cloudformation/* isRecord */.u4)(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
        rules.forEach((rule, i) => {
            const destinations = (0,cloudformation/* isRecord */.u4)(rule) && Array.isArray(rule['Destinations']) ? rule['Destinations'] : [];
            destinations.forEach((d, j) => {
                if (!(0,cloudformation/* isRecord */.u4)(d) || (0,cloudformation/* literalString */.dc)(t, d['Region']) !== DEPLOY_REGION)
                    return;
                findings.push({
                    file: doc.file,
                    ...doc.locate([
                        ...cfg.path,
                        'Properties',
                        'ReplicationConfiguration',
                        'Rules',
                        i,
                        'Destinations',
                        j,
                        'Region',
                    ]),
                    severity: 'error',
                    ruleId: `${_05_ecr_registry_LAB_ID}/replication-region`,
                    message: `Destination Region '${DEPLOY_REGION}' of '${cfg.name}' is the Region this lab deploys to (see the README), so it is not a second Region: a registry is not replicated into itself, and a same-Region copy shares the Region's outages. Name another Region, such as 'us-west-2'.`,
                });
            });
        });
    }
    return findings.length === 0
        ? { fraction: 1 }
        : {
            fraction: 0,
            feedback: `A replication destination is '${DEPLOY_REGION}', the Region the stack deploys to.`,
            findings,
        };
}
/** JSON with object keys sorted, so two policies compare equal whatever their key order or layout. */
function canonicalJson(v) {
    const sort = (x) => {
        if (Array.isArray(x))
            return x.map(sort);
        if ((0,cloudformation/* isRecord */.u4)(x))
            return Object.fromEntries(Object.keys(x)
                .sort()
                .map((k) => [k, sort(x[k])]));
        return x;
    };
    return JSON.stringify(sort(v));
}
/** The lifecycle-attached item: the repository carries the lifecycle policy, and it is the one in lifecycle-policy.json. */
function lifecycleAttachedCheck(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return { fraction: 0 };
    const t = doc.template;
    const repos = repositories(t);
    if (repos.length === 0)
        return {
            fraction: 0,
            feedback: "The template has no 'AWS::ECR::Repository' to attach the lifecycle policy to.",
        };
    const missing = repos.filter((r) => !(0,cloudformation/* isRecord */.u4)(r.props['LifecyclePolicy']) ||
        r.props['LifecyclePolicy']['LifecyclePolicyText'] === undefined);
    if (missing.length > 0) {
        const names = missing.map((r) => `'${repositoryName(t, r) ?? r.name}'`).join(', ');
        return {
            fraction: 0,
            feedback: `${missing.length === 1 ? `Repository ${names} has` : `Repositories ${names} have`} no lifecycle policy attached, so Security Hub ECR.3 fails and lifecycle-policy.json is never applied. Paste the policy into ${missing.length === 1 ? "the repository's" : "each repository's"} ${/\.json$/i.test(doc.file)
                ? "'LifecyclePolicy': { 'LifecyclePolicyText': \"…\" } as one JSON string"
                : "'LifecyclePolicy: { LifecyclePolicyText: | … }'"}.`,
            findings: missing.map((r) => ({
                file: doc.file,
                ...doc.locate(r.path),
                severity: 'error',
                ruleId: `${_05_ecr_registry_LAB_ID}/lifecycle-attached`,
                message: `Repository '${repositoryName(t, r) ?? r.name}' has no 'LifecyclePolicy', so ECR never expires its images (Security Hub ECR.3).`,
            })),
        };
    }
    const file = ctx.doc('lifecycle', 'json');
    const path = ctx.pathOf('lifecycle') ?? 'lifecycle-policy.json';
    if (!file) {
        return {
            fraction: 0,
            feedback: `'${path}' is missing or unreadable, so the grader cannot check that the template attaches the same policy.`,
        };
    }
    const differing = [];
    for (const r of repos) {
        const v = jsonProperty(t, r.props['LifecyclePolicy']['LifecyclePolicyText'], false);
        if (v.kind !== 'ok')
            continue; // ECR006 explains why the text cannot be read
        if (canonicalJson(v.value) !== canonicalJson(file.value)) {
            differing.push({
                file: doc.file,
                ...doc.locate([...r.path, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText']),
                severity: 'warning',
                ruleId: `${_05_ecr_registry_LAB_ID}/lifecycle-attached`,
                message: `The lifecycle policy attached to repository '${repositoryName(t, r) ?? r.name}' is not the one in '${path}'. Keep one policy: paste the file's contents into 'LifecyclePolicyText'.`,
            });
        }
    }
    if (differing.length > 0) {
        return {
            fraction: 0,
            feedback: `The policy in the template differs from '${path}', so what you reviewed is not what ECR applies.`,
            findings: differing,
        };
    }
    return { fraction: 1 };
}
/* harmony default export */ const _05_ecr_registry = (defineLab({
    id: _05_ecr_registry_LAB_ID,
    title: 'An Amazon ECR registry',
    part: '4 ECR (lifecycle, scanning, replication)',
    summary: 'Harden the private repository for the labs-web image: scan on push, immutable tags, a customer managed KMS key, a lifecycle policy that ECR accepts and that expires untagged images while keeping recent releases, a least-privilege repository policy, and replication to a second Region.',
    files: [TEMPLATE_FILE, { id: 'lifecycle', paths: ['lifecycle-policy.json'], kind: 'json', required: true }],
    sandbox: (0,sandbox/* deployable */.GP)({
        // Both ECR registry settings are one per registry and Region: a deploy replaces the account's settings.
        types: [
            'AWS::ECR::RegistryScanningConfiguration',
            'AWS::ECR::ReplicationConfiguration',
            'AWS::ECR::Repository',
            ...sandbox/* KMS_TYPES */.Mr,
        ],
        maxLoadBalancers: 0,
        maxNatGateways: 0,
    }),
    items: [
        {
            id: 'image-scanning',
            title: 'Scan images on push',
            points: 4,
            file: 'template',
            rules: ['ECR001'],
            scoring: 'proportional',
            hint: "Scan at the registry level: an 'AWS::ECR::RegistryScanningConfiguration' ('ScanType: BASIC', or 'ENHANCED' for Amazon Inspector) with a 'SCAN_ON_PUSH' rule whose 'WILDCARD' filter covers the repository. A filter without '*' matches every name that contains it ('web'); with '*' it must match the whole name ('*-web'). The repository-level 'ScanOnPush: true' still counts, but ECR is deprecating it.",
            praise: 'Every pushed image is scanned for known vulnerabilities.',
            evidence: [securityHub('ECR.1'), checkov('CKV_AWS_163'), awsDoc(`${ECR_GUIDE}/image-scanning.html`)],
            docsUrl: `${ECR_GUIDE}/image-scanning.html`,
        },
        {
            id: 'immutable-tags',
            title: 'Immutable image tags',
            points: 3,
            file: 'template',
            rules: ['ECR002'],
            scoring: 'proportional',
            hint: "With 'ImageTagMutability: IMMUTABLE', a tag such as '1.0.0' always means the same image, so a rollback redeploys exactly what ran before. Tag each build uniquely, for example with its commit SHA. If one tag such as 'latest' must move, 'IMMUTABLE_WITH_EXCLUSION' with 'ImageTagMutabilityExclusionFilters' naming just that tag keeps the rest fixed.",
            praise: 'A tag always means the same image.',
            evidence: [
                securityHub('ECR.2'),
                checkov('CKV_AWS_51'),
                awsDoc(`${ECR_GUIDE}/image-tag-mutability.html`),
            ],
            docsUrl: `${ECR_GUIDE}/image-tag-mutability.html`,
        },
        {
            id: 'kms-encryption',
            title: 'Encrypt with a customer managed KMS key',
            points: 4,
            file: 'template',
            rules: ['ECR003'],
            scoring: 'proportional',
            hint: "Create an 'AWS::KMS::Key' (with 'EnableKeyRotation: true') and set the repository's 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt ImageKey.Arn }'. Encryption settings are fixed when the repository is created.",
            praise: 'Images are encrypted under a key you control.',
            evidence: [
                securityHub('ECR.5'),
                checkov('CKV_AWS_136'),
                awsDoc(`${ECR_GUIDE}/encryption-at-rest.html`),
            ],
            docsUrl: `${ECR_GUIDE}/encryption-at-rest.html`,
        },
        {
            id: 'lifecycle-valid',
            title: 'A lifecycle policy ECR accepts',
            points: 5,
            file: 'lifecycle',
            rules: ['ECR004'],
            scoring: 'proportional',
            hint: "Give every rule a unique 'rulePriority'; give a 'tagStatus: any' rule the highest number; name a 'tagPrefixList' or 'tagPatternList' on 'tagged' rules and neither on 'untagged' ones; add '\"countUnit\": \"days\"' to age-based rules and leave it out of 'imageCountMoreThan' ones; use a 'countNumber' of 1 or more and '\"action\": { \"type\": \"expire\" }'.",
            praise: 'ECR would accept this lifecycle policy as written.',
            evidence: [
                securityHub('ECR.3'),
                awsDoc(`${ECR_GUIDE}/lifecycle_policy_parameters.html`),
                awsDoc(`${ECR_GUIDE}/LifecyclePolicies.html`),
            ],
            docsUrl: `${ECR_GUIDE}/lifecycle_policy_parameters.html`,
        },
        {
            id: 'lifecycle-retention',
            title: 'Expire untagged images and keep the last N releases',
            points: 4,
            file: 'lifecycle',
            rules: ['ECR005'],
            scoring: 'proportional',
            hint: "Add a rule that expires untagged images (for example 'sinceImagePushed' 1 day) and a rule that keeps only the newest tagged releases ('tagStatus: tagged', a 'tagPatternList' such as '[\"v*\"]', 'countType: imageCountMoreThan', 'countNumber: 20').",
            praise: 'The repository keeps the releases you can roll back to, and nothing else.',
            evidence: [
                awsDoc(`${ECR_GUIDE}/lifecycle_policy_examples.html`),
                awsDoc('https://docs.aws.amazon.com/wellarchitected/latest/container-build-lens/cost-effective-resources.html'),
            ],
            docsUrl: `${ECR_GUIDE}/lifecycle_policy_examples.html`,
        },
        {
            id: 'lifecycle-attached',
            title: 'Attach the same lifecycle policy to the repository',
            points: 2,
            file: 'template',
            rules: ['ECR006'],
            check: lifecycleAttachedCheck,
            hint: "Copy the contents of lifecycle-policy.json into the repository's 'LifecyclePolicy.LifecyclePolicyText' as text (the property takes a string, not an object), so CloudFormation applies exactly the policy you wrote.",
            praise: 'The repository carries the lifecycle policy you wrote.',
            evidence: [
                securityHub('ECR.3'),
                cfnLint('E3033'),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
        },
        {
            id: 'repository-policy',
            title: 'A least-privilege repository policy',
            points: 4,
            file: 'template',
            rules: ['ECR007'],
            cfnLint: ['E3513'],
            hint: "Add 'RepositoryPolicyText' with one statement that lets the pipeline role push ('ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:BatchCheckLayerAvailability') and one that lets the task execution role pull ('ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'). Name the roles' ARNs as principals; never '*', never 'ecr:*'.",
            praise: 'Only the pipeline can push and only the service can pull.',
            evidence: [
                cdkNag('AwsSolutions-ECR1'),
                checkov('CKV_AWS_32'),
                cfnLint('E3513'),
                awsDoc(`${ECR_GUIDE}/repository-policies.html`),
                awsDoc(`${ECR_GUIDE}/repository-policy-examples.html`),
            ],
            docsUrl: `${ECR_GUIDE}/repository-policy-examples.html`,
        },
        {
            id: 'replication',
            title: 'Replicate images to a second Region',
            points: 4,
            file: 'template',
            rules: ['ECR008'],
            check: replicationRegionCheck,
            hint: "Add an 'AWS::ECR::ReplicationConfiguration' with a rule whose 'Destinations' include '{ Region: us-west-2, RegistryId: !Ref AWS::AccountId }': a literal Region other than us-east-1, where this lab deploys. If you add 'RepositoryFilters', a 'PREFIX_MATCH' filter must be the start of the repository's name whatever the stack is called, such as '!Sub \"${AWS::StackName}-\"'.",
            praise: 'Every image also exists in a second Region.',
            evidence: [
                awsDoc(`${ECR_GUIDE}/replication.html`),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-replicationconfiguration.html'),
            ],
            docsUrl: `${ECR_GUIDE}/replication.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/06-vpc-networking.ts
// Lab 06: the learner builds the network for the Lab 03 service in one CloudFormation template: a two-zone VPC
// with public and private subnets, a way out for private tasks (NAT gateway or VPC endpoints), tight security
// groups and flow logs. Thirty points over eight items; the service-security-group rule is Lab 03's (SVC007).






/* harmony default export */ const _06_vpc_networking = (defineLab({
    id: '06-vpc-networking',
    title: 'VPC networking for an ECS service',
    part: '5 VPC integration, security groups, NACLs',
    summary: 'Build the network under the Lab 03 service: a VPC across two Availability Zones with public and private subnets, a NAT gateway or VPC endpoints so private tasks can pull images and write logs, security groups that admit the internet only to the load balancer, and VPC flow logs.',
    files: [TEMPLATE_FILE],
    // One NAT gateway per Availability Zone is the highly available pattern this lab teaches.
    sandbox: (0,sandbox/* deployable */.GP)({
        types: [
            'AWS::EC2::FlowLog',
            'AWS::EC2::NetworkAcl',
            'AWS::EC2::NetworkAclEntry',
            'AWS::EC2::SubnetNetworkAclAssociation',
            'AWS::EC2::VPCEndpoint',
        ],
        maxLoadBalancers: 1,
        maxNatGateways: 2,
    }),
    items: [
        {
            id: 'two-availability-zones',
            title: 'Spread valid, non-overlapping subnets over two Availability Zones',
            points: 3,
            file: 'template',
            rules: ['VPC001'],
            cfnLint: ['E3059', 'E3060'],
            hint: "Put the second subnet of each tier in a second zone ('AvailabilityZone: !Select [1, !GetAZs \"\"]'), and keep every subnet's 'CidrBlock' inside the VPC's and apart from the others (for example 10.0.0.0/24, 10.0.1.0/24 public; 10.0.10.0/24, 10.0.11.0/24 private).",
            praise: 'The network spans two zones with a clean address plan.',
            evidence: [
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                cfnLint('E3059'),
                cfnLint('E3060'),
                awsDoc(`${VPC_GUIDE}/configure-subnets.html`),
            ],
            docsUrl: `${VPC_GUIDE}/configure-subnets.html`,
        },
        {
            id: 'no-hard-coded-zones',
            title: 'Look up Availability Zones with !GetAZs instead of naming them',
            points: 3,
            file: 'template',
            rules: ['VPC007'],
            cfnLint: ['W3010'],
            hint: "Replace literal zones such as 'us-east-1a' with '!Select [0, !GetAZs \"\"]' (and index 1 for the second zone), so the template deploys in any Region and any account.",
            praise: 'The template works in any Region.',
            evidence: [
                cfnLint('W3010'),
                awsDoc('https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference-getavailabilityzones.html',
        },
        {
            id: 'public-and-private-subnets',
            title: 'Build a public and a private subnet in each zone',
            points: 5,
            file: 'template',
            rules: ['VPC002'],
            scoring: 'proportional',
            hint: "What makes a subnet public is its route table, not its name: only the public tier's table sends '0.0.0.0/0' to the internet gateway. Build two of each tier, one per zone; each of the four earns a share of the points.",
            praise: 'The load balancer has a public tier and the tasks a private one in both zones.',
            evidence: [
                wellArchitected('SEC05-BP01', 'sec_network_protection_create_layers.html'),
                awsDoc(`${VPC_GUIDE}/vpc-example-private-subnets-nat.html`),
            ],
            docsUrl: `${VPC_GUIDE}/vpc-example-private-subnets-nat.html`,
        },
        {
            id: 'private-egress',
            title: 'Let private tasks reach ECR, S3 and CloudWatch Logs (NAT gateway or VPC endpoints)',
            points: 5,
            file: 'template',
            rules: ['VPC003'],
            scoring: 'proportional',
            hint: "Either route the private subnets' '0.0.0.0/0' to a public NAT gateway (in a public subnet with an Elastic IP, or a regional one with 'AvailabilityMode: regional'; a 'ConnectivityType: private' gateway never reaches the internet), or add VPC endpoints: interface endpoints for 'ecr.api', 'ecr.dkr' and 'logs' ('VpcEndpointType: Interface', 'PrivateDnsEnabled: true', in the private subnets) and an S3 gateway endpoint on the private route table. Each endpoint earns a share of the points.",
            praise: 'Tasks in the private subnets can pull their image and ship their logs.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/vpc-endpoints.html'),
                awsDoc(`${VPC_GUIDE}/vpc-nat-gateway.html`),
                awsDoc(`${VPC_GUIDE}/nat-gateways-regional.html`),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
        },
        {
            id: 'no-open-ingress',
            title: "Admit the internet only to the load balancer's ports 80 and 443",
            points: 4,
            file: 'template',
            rules: ['VPC004'],
            check: requires((t) => loadBalancerGroups(t).size > 0, 'There is no load balancer with a security group yet, so there is no front door to keep the rest closed behind. Add the ALB and its security group.'),
            hint: "Only the load balancer's security group may use 'CidrIp: 0.0.0.0/0' (or '::/0'), and only for TCP 80 and 443 with 'FromPort' equal to 'ToPort'. Every other group admits other security groups ('SourceSecurityGroupId').",
            praise: 'The internet can reach the load balancer and nothing else.',
            evidence: [
                cdkNag('AwsSolutions-EC23'),
                checkov('CKV_AWS_260'),
                checkov('CKV_AWS_24'),
                checkov('CKV_AWS_25'),
                awsDoc(`${VPC_GUIDE}/security-group-rules.html`),
            ],
            docsUrl: `${VPC_GUIDE}/security-group-rules.html`,
        },
        {
            id: 'no-ssh-or-rdp',
            title: 'Open no SSH (22) or RDP (3389) to the internet',
            points: 3,
            file: 'template',
            rules: ['VPC005'],
            check: requires((t) => (0,cloudformation/* resources */.ES)(t, SECURITY_GROUP).length > 0, 'The template has no security group yet; create the load balancer and service security groups first.'),
            hint: "Delete any ingress rule that reaches port 22 or 3389 (including protocol '-1' or a wide port range) from 0.0.0.0/0 or ::/0. Fargate tasks run no SSH server; use ECS Exec ('aws ecs execute-command') for a shell.",
            praise: 'No remote-administration port faces the internet.',
            evidence: [
                checkov('CKV_AWS_24'),
                checkov('CKV_AWS_25'),
                securityHub('EC2.13'),
                awsDoc('https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-exec.html',
        },
        {
            id: 'flow-logs',
            title: 'Record VPC flow logs',
            points: 3,
            file: 'template',
            rules: ['VPC006'],
            hint: "Record the whole VPC, accepted and rejected traffic alike, so you can tell afterwards which connections happened. Deliver to a log group with a retention period, through a role that 'vpc-flow-logs.amazonaws.com' can assume ('DeliverLogsPermissionArn'), or to S3.",
            praise: 'Every accepted and rejected connection in the VPC is on record.',
            evidence: [cdkNag('AwsSolutions-VPC7'), securityHub('EC2.6'), awsDoc(`${VPC_GUIDE}/flow-logs.html`)],
            docsUrl: `${VPC_GUIDE}/flow-logs.html`,
        },
        {
            id: 'service-security-group',
            title: "Let only the load balancer's security group reach the tasks",
            points: 4,
            file: 'template',
            rules: ['SVC007'],
            hint: "The service's security group admits the container port only with 'SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId'; no 'CidrIp', not even the VPC's own range.",
            praise: 'Traffic reaches the tasks only through the load balancer.',
            evidence: [
                wellArchitected('SEC05-BP02', 'sec05-bp02.html'),
                cdkNag('AwsSolutions-EC23'),
                awsDoc(`${VPC_GUIDE}/security-group-rules.html#security-group-referencing`),
            ],
            docsUrl: `${VPC_GUIDE}/security-group-rules.html#security-group-referencing`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/07-service-connect.ts
// Lab 07: the learner writes a CloudFormation template with a front-end and a back-end service on Fargate that talk
// through ECS Service Connect. Thirty points over seven items. Cloud Map DNS discovery is the accepted alternative:
// half credit on the back-end and front-end items, none on the two items that are Service Connect itself (17/30 in
// all). App Mesh earns nothing and costs nothing: SCN011 explains its end of support on the all-or-nothing
// `service-connect` item, where its neutral outcome cannot change the score (see labs/07-service-connect/README.md).




const APP_MESH_MIGRATION = 'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';
/* harmony default export */ const _07_service_connect = (defineLab({
    id: '07-service-connect',
    title: 'Service-to-service calls with ECS Service Connect',
    part: '5 Service discovery and service mesh',
    summary: 'Connect a front-end and a back-end Fargate service with ECS Service Connect: one Cloud Map namespace, the back end as a client-server with a named port and a client alias, the front end as a client that calls the alias, health checks, and proxy logs in CloudWatch. App Mesh reached end of support on 2026-09-30 and earns no points.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        'AWS::ServiceDiscovery::HttpNamespace',
        'AWS::ServiceDiscovery::PrivateDnsNamespace',
        'AWS::ServiceDiscovery::Service',
    ]),
    items: [
        {
            id: 'fargate-services',
            title: 'Run a front-end and a back-end service on Fargate',
            points: 4,
            file: 'template',
            rules: ['SCN001'],
            cfnLint: ['E3047', 'E3048', 'E3052', 'E3054'],
            scoring: 'proportional',
            hint: "Declare two 'AWS::ECS::Service' resources with 'LaunchType: FARGATE', each with 'TaskDefinition: !Ref' its own task definition (a valid Fargate Cpu/Memory pair, 'NetworkMode: awsvpc', 'RequiresCompatibilities: [FARGATE]'), 'Cluster: !Ref Cluster', and a 'NetworkConfiguration' with private subnets and a security group.",
            praise: 'Two Fargate services, each with its own task definition, in the stack’s cluster.',
            evidence: [
                cfnLint('E3047'),
                cfnLint('E3048'),
                cfnLint('E3052'),
                cfnLint('E3054'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html`,
        },
        {
            id: 'namespace',
            title: 'Put both services in one Cloud Map namespace',
            points: 4,
            file: 'template',
            rules: ['SCN002'],
            scoring: 'proportional',
            hint: "Declare an 'AWS::ServiceDiscovery::HttpNamespace' (Service Connect needs no DNS zone) and set the cluster's 'ServiceConnectDefaults: { Namespace: !GetAtt Namespace.Arn }' (or each service's 'ServiceConnectConfiguration.Namespace'). Use the ARN: '!Ref' of a namespace returns its ID, which ECS does not accept here.",
            praise: 'Both services meet in one namespace the stack owns.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
                awsDoc(`${ECS_API}/API_ClusterServiceConnectDefaultsRequest.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-servicediscovery-httpnamespace.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts.html`,
        },
        {
            id: 'service-connect',
            title: 'Turn Service Connect on in both services (not App Mesh)',
            points: 4,
            file: 'template',
            rules: ['SCN003', 'SCN011'],
            // Both or nothing: a back end outside Service Connect cannot be called through an alias, and a front end
            // outside it cannot resolve one. All-or-nothing also keeps SCN011 (App Mesh) neutral: it never fails.
            scoring: 'all',
            hint: "Give both services 'ServiceConnectConfiguration' with 'Enabled: true' — the front end too, although it publishes nothing: only tasks of Service Connect services get the proxy that resolves client aliases. Cloud Map DNS discovery ('ServiceRegistries') is not Service Connect and earns nothing here. AWS App Mesh reached end of support on 2026-09-30: remove any 'AWS::AppMesh::*' resources and Envoy sidecars; they neither earn nor cost points.",
            praise: 'Both services are in Service Connect.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect.html`),
                awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
                awsDoc(APP_MESH_MIGRATION),
                awsDoc('https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html'),
                cfnLint('W3696'),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect.html`,
        },
        {
            id: 'backend-server',
            title: 'Publish the back end as a client-server with a named port and a client alias',
            points: 7,
            file: 'template',
            rules: ['SCN004', 'SCN005', 'SCN006'],
            scoring: 'proportional',
            hint: "In the back end's task definition, name the container port mapping and state its protocol ('Name: api', 'AppProtocol: http'). In the back-end service add 'Services: [{ PortName: api, DiscoveryName: backend, ClientAliases: [{ DnsName: backend, Port: 8080 }] }]': the PortName must exist in the task definition that service runs, and the alias is the name and port clients call.",
            praise: 'The back end publishes a named HTTP port under a clear client alias.',
            evidence: [
                awsDoc(`${ECS_API}/API_ServiceConnectService.html`),
                awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
                awsDoc(`${ECS_API}/API_PortMapping.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
        },
        {
            id: 'frontend-client',
            title: 'Call the back end from the front end through the alias',
            points: 5,
            file: 'template',
            rules: ['SCN007', 'SCN008'],
            scoring: 'proportional',
            // No literal URL here: the hint shows beside a wrongPort finding, and the right URL depends on the alias's port,
            // which the finding already spells out.
            hint: "Give the front-end container an environment variable such as 'BACKEND_URL' whose value is 'http://' followed by the back end's client alias exactly as published, its 'DnsName', a colon and its 'Port' (the port the proxy listens on in every client task, whatever the container port is), keep Service Connect on in the front-end service, and add 'DependsOn: BackendService' so its tasks start after the back end's endpoint exists.",
            praise: 'The front end calls the back end by its alias, and starts after it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-connect-concepts.html`),
                awsDoc(`${ECS_GUIDE}/service-connect-concepts-deploy.html`),
                awsDoc(`${ECS_API}/API_ServiceConnectClientAlias.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-connect-concepts-deploy.html`,
        },
        {
            id: 'health-checks',
            title: 'Health-check both services',
            points: 3,
            file: 'template',
            rules: ['SCN009'],
            scoring: 'proportional',
            hint: "Give the essential container of both task definitions a 'HealthCheck' that asks the app's own '/health' on the port it listens on, with a tool the image has (the Alpine-based image has 'wget', not 'curl'); ECS accepts Interval 5–300, Timeout 2–60, Retries 1–10 and StartPeriod 0–300 seconds. A service behind a load balancer may rely on its target group's 'HealthCheckPath' instead.",
            praise: 'ECS can replace a task of either service that stops answering.',
            evidence: [
                awsDoc(`${ECS_API}/API_HealthCheck.html`),
                { kind: 'checkov', id: 'CKV_AWS_261', url: 'https://www.checkov.io/5.Policy%20Index/terraform.html' },
            ],
            docsUrl: `${ECS_API}/API_HealthCheck.html`,
        },
        {
            id: 'service-connect-logs',
            title: 'Keep the Service Connect proxy logs in CloudWatch Logs',
            points: 3,
            file: 'template',
            rules: ['SCN010'],
            scoring: 'proportional',
            hint: "In both services' 'ServiceConnectConfiguration' add 'LogConfiguration: { LogDriver: awslogs, Options: { awslogs-group: !Ref LogGroup, awslogs-region: !Ref AWS::Region, awslogs-stream-prefix: api-proxy } }'. Cloud Map discovery has no proxy, so it earns nothing here.",
            praise: 'When a call between the services fails, the proxy’s side of the story is in CloudWatch Logs.',
            evidence: [
                awsDoc(`${ECS_API}/API_ServiceConnectConfiguration.html`),
                awsDoc(`${ECS_GUIDE}/configure-service-connect-proxy-container.html`),
                cfnLint('E3046'),
            ],
            docsUrl: `${ECS_API}/API_ServiceConnectConfiguration.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/08-iam-security.ts
// Lab 08: the learner locks down the labs-web service on Fargate: a task role and an execution role that each hold
// only what they use, named actions on named resources, trust policies tied to this account, the database password
// in Secrets Manager under the stack's KMS key, no AWS keys anywhere in the lab folder, hardened containers, ECS
// Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring. Thirty points over nine items.




const IAM_GUIDE = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const SAR = 'https://docs.aws.amazon.com/service-authorization/latest/reference';
/** Every text file of the lab folder, for the credential scan: a key can sit in any of them. */
const LAB_FILES = { id: 'lab-files', paths: ['**'], kind: 'files', required: false };
/* harmony default export */ const _08_iam_security = (defineLab({
    id: '08-iam-security',
    title: 'IAM and container security',
    part: '6 Security and compliance',
    summary: 'Lock down the labs-web service: separate task and execution roles with named actions on named resources, trust policies tied to this account, the database password in Secrets Manager under your KMS key, no AWS keys in the lab folder, read-only non-root containers without capabilities, ECS Exec only with audited and encrypted sessions, and GuardDuty Runtime Monitoring.',
    files: [TEMPLATE_FILE, LAB_FILES],
    sandbox: (0,sandbox/* notDeployed */._k)('The template creates an AWS::GuardDuty::Detector, which is account-wide (one per account and Region) and would outlive the stack’s purpose, so the sandbox never deploys this lab; the static checks grade all of it.'),
    items: [
        {
            id: 'role-separation',
            title: 'Give the application its own task role, apart from the execution role',
            points: 4,
            file: 'template',
            rules: ['IAM001'],
            hint: "ECS uses the execution role ('ExecutionRoleArn') to pull the image, write awslogs output and read the task's secrets; your code gets the task role ('TaskRoleArn'). Create two 'AWS::IAM::Role' resources: the execution role with only those start-up permissions, and the task role with only the calls the app makes (the uploads bucket, and the ECS Exec channels).",
            praise: 'ECS and the application each use their own role, with only their own permissions.',
            evidence: [
                checkov('CKV_AWS_249', 'terraform'),
                cdkNag('AwsSolutions-IAM4'),
                awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
            ],
            docsUrl: `${ECS_GUIDE}/task-iam-roles.html`,
        },
        {
            id: 'least-privilege-actions',
            title: 'Allow named actions, never wildcards',
            points: 4,
            file: 'template',
            rules: ['IAM002'],
            hint: "List each action the role uses ('s3:GetObject', 's3:PutObject', 's3:ListBucket' for the app), in every policy the role gets: inline 'Policies', 'AWS::IAM::Policy' and 'AWS::IAM::ManagedPolicy' alike. Wildcards built with '!Sub' or '!Join' count too, and 'NotAction' grants everything not listed. AWS managed '…FullAccess' policies are wildcards as well.",
            praise: 'Every statement lists the actions it allows by name.',
            evidence: [
                securityHub('IAM.21'),
                cdkNag('AwsSolutions-IAM5'),
                checkov('CKV_AWS_63'),
                checkov('CKV_AWS_62'),
                awsDoc(`${IAM_GUIDE}/best-practices.html#grant-least-privilege`),
            ],
            docsUrl: `${IAM_GUIDE}/best-practices.html#grant-least-privilege`,
        },
        {
            id: 'scoped-resources',
            title: 'Scope every statement to the resources it needs',
            points: 4,
            file: 'template',
            rules: ['IAM003'],
            hint: "Point each statement at this stack's resources: \"!Sub '${UploadsBucket.Arn}/*'\" for objects, '!GetAtt UploadsBucket.Arn' for listing, '!GetAtt LogGroup.Arn' for logs. Keep 'Resource: \"*\"' for the few actions that support no resource-level permissions, such as 'ecr:GetAuthorizationToken' and the 'ssmmessages' channels; the Service Authorization Reference lists which those are. Never use 'NotResource' in an Allow.",
            praise: 'Each statement applies only to the resources it names.',
            evidence: [
                cdkNag('AwsSolutions-IAM5'),
                checkov('CKV_AWS_111'),
                checkov('CKV_AWS_108'),
                awsDoc(`${IAM_GUIDE}/reference_policies_elements_resource.html`),
                awsDoc(`${SAR}/reference_policies_actions-resources-contextkeys.html`),
            ],
            docsUrl: `${IAM_GUIDE}/reference_policies_elements_resource.html`,
        },
        {
            id: 'trust-policies',
            title: 'Trust ECS on behalf of this account only',
            points: 3,
            file: 'template',
            rules: ['IAM004'],
            hint: "Each role's 'AssumeRolePolicyDocument' allows 'Service: ecs-tasks.amazonaws.com' to call 'sts:AssumeRole', with a condition that names this account: \"StringEquals: { 'aws:SourceAccount': !Ref AWS::AccountId }\", or \"ArnLike: { 'aws:SourceArn': !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*' }\". Never trust '*', and never a whole account without a condition.",
            praise: 'Only ECS may assume the roles, and only for this account’s tasks.',
            evidence: [
                checkov('CKV_AWS_60'),
                checkov('CKV_AWS_61'),
                awsDoc(`${ECS_GUIDE}/task-iam-roles.html`),
                awsDoc(`${IAM_GUIDE}/confused-deputy.html`),
            ],
            docsUrl: `${IAM_GUIDE}/confused-deputy.html`,
        },
        {
            id: 'task-secrets',
            title: 'Keep the database password in Secrets Manager, readable only by this task',
            points: 3,
            file: 'template',
            rules: ['IAM005'],
            hint: "Create an 'AWS::SecretsManager::Secret' with 'KmsKeyId' set to an 'AWS::KMS::Key' of the stack, and pass it to the container under 'Secrets' (\"ValueFrom: !Ref DbSecret\") instead of 'Environment'. The execution role then needs 'secretsmanager:GetSecretValue' on that secret only and 'kms:Decrypt' on that key only.",
            praise: 'The password lives in Secrets Manager under your key, and only this task can read it.',
            evidence: [
                securityHub('ECS.8'),
                checkov('CKV_AWS_149'),
                cfnLint('W1011'),
                cdkNag('AwsSolutions-ECS2'),
                awsDoc(`${ECS_GUIDE}/secrets-envvar-secrets-manager.html`),
            ],
            docsUrl: `${ECS_GUIDE}/secrets-envvar-secrets-manager.html`,
        },
        {
            id: 'no-hard-coded-credentials',
            title: 'Keep AWS access keys out of every file of the lab',
            points: 4,
            file: 'lab-files',
            rules: ['IAM006'],
            check: needsTemplate("Not graded yet: the lab's template is missing or could not be read, so there is no work in this folder to check for access keys. Fix the template first (see its finding)."),
            hint: "The container gets short-lived credentials from its task role, so no file needs an access key: not the template's 'Environment', not a '.env', not an app's config file. If a key was ever committed, deactivate it in the IAM console first (Git history keeps it), then delete it from the files.",
            praise: 'No AWS access key appears anywhere in the lab folder.',
            evidence: [
                securityHub('ECS.8'),
                controlTower('CT.ECS.PR.12'),
                awsDoc(`${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`),
                awsDoc(`${IAM_GUIDE}/id_credentials_access-keys.html`),
            ],
            docsUrl: `${IAM_GUIDE}/best-practices.html#bp-workloads-use-roles`,
        },
        {
            id: 'container-hardening',
            title: 'Run containers read-only, unprivileged, as a non-root user, with no capabilities',
            points: 4,
            file: 'template',
            rules: ['IAM007'],
            hint: "In each container definition set 'ReadonlyRootFilesystem: true' (mount a volume at '/tmp' if the app writes there), 'User' to a non-root user or UID such as '1000', and 'LinuxParameters: { Capabilities: { Drop: [ALL] } }'; leave out 'Privileged'.",
            praise: 'The containers run read-only, as a non-root user, with no privileges or capabilities.',
            evidence: [
                securityHub('ECS.4'),
                securityHub('ECS.5'),
                securityHub('ECS.20'),
                controlTower('CT.ECS.PR.11'),
                controlTower('CT.ECS.PR.6'),
                controlTower('CT.ECS.PR.3'),
                checkov('CKV_AWS_336'),
            ],
            docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/ecs-controls.html',
        },
        {
            id: 'ecs-exec-audit',
            title: 'Turn on ECS Exec only with audited, encrypted sessions',
            points: 2,
            file: 'template',
            rules: ['IAM008'],
            hint: "A service with 'EnableExecuteCommand: true' needs its cluster's 'Configuration.ExecuteCommandConfiguration' with 'Logging: OVERRIDE', a 'LogConfiguration' naming a log group ('CloudWatchLogGroupName: !Ref ExecLogGroup') and 'KmsKeyId', and a task role allowing the four 'ssmmessages' channel actions. If nobody needs a shell in the tasks, turning ECS Exec off is just as good.",
            praise: 'ECS Exec sessions are logged and encrypted, or ECS Exec is off.',
            evidence: [
                checkov('CKV_AWS_223', 'terraform'),
                checkov('CKV_AWS_224', 'terraform'),
                awsDoc(`${ECS_GUIDE}/ecs-exec.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-cluster-executecommandconfiguration.html`),
            ],
            docsUrl: `${ECS_GUIDE}/ecs-exec.html`,
        },
        {
            id: 'guardduty-runtime-monitoring',
            title: 'Watch the Fargate tasks with GuardDuty Runtime Monitoring',
            points: 2,
            file: 'template',
            rules: ['IAM009'],
            hint: "Add an 'AWS::GuardDuty::Detector' with 'Enable: true' and a 'Features' entry 'RUNTIME_MONITORING' with 'Status: ENABLED' and the additional configuration 'ECS_FARGATE_AGENT_MANAGEMENT' enabled, so GuardDuty adds its security agent to each Fargate task.",
            praise: 'GuardDuty watches what runs inside the Fargate tasks.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html'),
                awsDoc('https://docs.aws.amazon.com/guardduty/latest/ug/how-runtime-monitoring-works-ecs-fargate.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-guardduty-detector.html`),
                awsDoc(`${ECS_GUIDE}/ecs-guard-configure-automatic.html`),
            ],
            docsUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/09-auto-scaling.ts
// Lab 09: the learner adds Application Auto Scaling to the labs-web service of a CloudFormation template: a scalable
// target with a floor of two tasks and a chosen ceiling, target tracking on CPU and on ALB requests per target,
// cooldowns, a step-scaling policy driven by a CloudWatch alarm on this service, and a DesiredCount that does not
// fight the scaler. Thirty points over seven items; the network is taken as typed parameters, as in labs 04 and 07.





const AAS_GUIDE = 'https://docs.aws.amazon.com/autoscaling/application/userguide';
const AAS_API = 'https://docs.aws.amazon.com/autoscaling/application/APIReference';
const NO_TARGET = "The template has no Application Auto Scaling scalable target for the service yet, so there is nothing to judge here: add the 'AWS::ApplicationAutoScaling::ScalableTarget' first (task 1).";
/* harmony default export */ const _09_auto_scaling = (defineLab({
    id: '09-auto-scaling',
    title: 'Auto scaling an ECS service',
    part: '7 Auto scaling',
    summary: 'Let Application Auto Scaling own the labs-web task count: a scalable target with at least two tasks and a deliberate ceiling, target tracking on CPU and on ALB requests per target, cooldowns that scale out faster than in, a step-scaling policy driven by a CloudWatch alarm on this service, and no DesiredCount fighting the scaler.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([...sandbox/* AUTO_SCALING_TYPES */.wM, 'AWS::CloudWatch::Alarm']),
    items: [
        {
            id: 'scalable-target',
            title: "Register the service as a scalable target of this stack's cluster",
            points: 5,
            file: 'template',
            rules: ['SCL001'],
            hint: "A scalable target names the service it scales by \"ResourceId: !Sub 'service/${Cluster}/${Service.Name}'\", together with 'ServiceNamespace: ecs' and 'ScalableDimension: ecs:service:DesiredCount'. '!Ref Cluster' gives the cluster's name, but '!Ref Service' returns an ARN, so the service's name comes from its 'Name' attribute.",
            praise: 'Application Auto Scaling manages the task count of this stack’s own service.',
            evidence: [
                awsDoc(`${AAS_GUIDE}/services-that-can-integrate-ecs.html`),
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
                wellArchitected('REL07-BP01', 'rel_adapt_to_changes_autoscale_adapt.html'),
            ],
            docsUrl: `${AAS_GUIDE}/services-that-can-integrate-ecs.html`,
        },
        {
            id: 'capacity-bounds',
            title: 'Keep at least two tasks and a deliberate ceiling',
            points: 4,
            file: 'template',
            rules: ['SCL002'],
            check: requires(hasEcsScalableTarget, NO_TARGET),
            hint: "'MinCapacity' is what scale-in can never go below, so it is your availability floor: two tasks, one in each Availability Zone. 'MaxCapacity' is your cost ceiling: the peak the load test needs plus some headroom (4 for this lab, which is also the sandbox's default limit per service).",
            praise: 'Scale-in keeps two tasks across two zones, and a chosen ceiling bounds the cost.',
            evidence: [
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/capacity-availability-best-practice.html`),
                wellArchitected('REL10-BP01', 'rel_fault_isolation_multiaz_region_system.html'),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${AAS_API}/API_RegisterScalableTarget.html`,
        },
        {
            id: 'cpu-target-tracking',
            title: 'Track average CPU with a target-tracking policy',
            points: 5,
            file: 'template',
            rules: ['SCL003'],
            hint: "Add an 'AWS::ApplicationAutoScaling::ScalingPolicy' with 'PolicyType: TargetTrackingScaling', 'ScalingTargetId: !Ref ScalableTarget' and a 'TargetTrackingScalingPolicyConfiguration' whose 'PredefinedMetricSpecification' is 'ECSServiceAverageCPUUtilization', with a 'TargetValue' such as 60 (percent). Application Auto Scaling then creates and manages the CloudWatch alarms for you.",
            praise: 'The service adds and removes tasks to keep its average CPU near the target.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
                awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${ECS_GUIDE}/service-autoscaling-targettracking.html`,
        },
        {
            id: 'request-count-tracking',
            title: 'Track ALB requests per target, labelled with this stack’s load balancer and target group',
            points: 5,
            file: 'template',
            rules: ['SCL004'],
            hint: "Add a second target-tracking policy with 'PredefinedMetricType: ALBRequestCountPerTarget' and \"ResourceLabel: !Join ['/', [!GetAtt LoadBalancer.LoadBalancerFullName, !GetAtt TargetGroup.TargetGroupFullName]]\", which builds 'app/<name>/<id>/targetgroup/<name>/<id>' from the ids CloudFormation generated. 'TargetValue' is requests per task per minute: take it from the load test in the README.",
            praise: 'The service scales on the requests each task actually serves.',
            evidence: [
                awsDoc(`${AAS_API}/API_PredefinedMetricSpecification.html`),
                awsDoc(`${ECS_GUIDE}/service-autoscaling-targettracking.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-elasticloadbalancingv2-targetgroup.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
            ],
            docsUrl: `${AAS_API}/API_PredefinedMetricSpecification.html`,
        },
        {
            id: 'cooldowns',
            title: 'Scale out faster than you scale in',
            points: 3,
            file: 'template',
            rules: ['SCL005'],
            hint: "In each target-tracking configuration set 'ScaleOutCooldown' (such as 60) and 'ScaleInCooldown' (such as 300): adding capacity late drops requests, while removing it late only costs a few task-minutes.",
            praise: 'Both policies add tasks quickly and remove them carefully.',
            evidence: [
                awsDoc(`${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-target-tracking.html`),
            ],
            docsUrl: `${AAS_API}/API_TargetTrackingScalingPolicyConfiguration.html`,
        },
        {
            id: 'step-scaling-alarm',
            title: 'Drive a step-scaling policy from a CloudWatch alarm on this service',
            points: 5,
            file: 'template',
            rules: ['SCL006'],
            hint: "Add a 'StepScaling' policy ('AdjustmentType: ChangeInCapacity', 'StepAdjustments' that add 1 task just above the threshold and 2 further above) and an 'AWS::CloudWatch::Alarm' on AWS/ECS 'CPUUtilization' with 'Dimensions' 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name', and \"AlarmActions: [!Ref StepScaleOutPolicy]\".",
            praise: 'A CloudWatch alarm on this service adds tasks in steps when a spike breaches it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/service-autoscaling-stepscaling.html`),
                awsDoc(`${AAS_GUIDE}/application-auto-scaling-step-scaling-policies.html`),
                awsDoc(`${ECS_GUIDE}/available-metrics.html`),
                wellArchitected('REL07-BP03', 'rel_adapt_to_changes_proactive_adapt_auto.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
            ],
            docsUrl: `${ECS_GUIDE}/service-autoscaling-stepscaling.html`,
        },
        {
            id: 'desired-count',
            title: 'Leave the task count to the scaler',
            points: 3,
            file: 'template',
            rules: ['SCL007'],
            check: requires(hasEcsScalableTarget, NO_TARGET),
            hint: "Once a scalable target owns the count, remove 'DesiredCount' from the service: a new service starts with one task and registering the target moves it into range, and stack updates then keep whatever count the scaler chose. If you keep it, keep it within MinCapacity and MaxCapacity.",
            praise: 'The template and the scaler agree on who sets the task count.',
            evidence: [
                awsDoc(`${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`),
                awsDoc(`${AAS_API}/API_RegisterScalableTarget.html`),
                awsDoc(`${ECS_GUIDE}/service-auto-scaling.html`),
            ],
            docsUrl: `${CFN_REFERENCE}/aws-resource-ecs-service.html#cfn-ecs-service-desiredcount`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rules/deployment/appspec.ts


/** The lifecycle events an ECS AppSpec file may hook, in the order CodeDeploy runs them. */
const ECS_HOOKS = [
    'BeforeInstall',
    'AfterInstall',
    'AfterAllowTestTraffic',
    'BeforeAllowTraffic',
    'AfterAllowTraffic',
];
const TEST_HOOK = 'AfterAllowTestTraffic';
/** Makes findings located in the appspec file, under one rule id. */
function reporter(doc, ruleId) {
    const out = [];
    return {
        out,
        add(path, message, severity = 'error') {
            out.push({ file: doc.file, ...doc.locate(path), severity, ruleId, message });
        },
    };
}
/** The one target service of the file: its key (usually 'TargetService'), its value and path. */
function targetService(value) {
    const list = value['Resources'];
    if (!Array.isArray(list) || !(0,cloudformation/* isRecord */.u4)(list[0]))
        return undefined;
    const keys = Object.keys(list[0]);
    if (keys.length !== 1)
        return undefined;
    return { name: keys[0], body: list[0][keys[0]], path: ['Resources', 0, keys[0]] };
}
/** The container definitions of a task definition of the template: name and literal container ports. */
function appspec_containersOf(t, td) {
    const list = td.props['ContainerDefinitions'];
    if (!Array.isArray(list))
        return [];
    return list.flatMap((c) => {
        if (!(0,cloudformation/* isRecord */.u4)(c))
            return [];
        const name = (0,cloudformation/* literalString */.dc)(t, c['Name']);
        if (name === undefined)
            return [];
        const mappings = Array.isArray(c['PortMappings']) ? c['PortMappings'] : [];
        const ports = mappings.flatMap((m) => {
            const p = (0,cloudformation/* isRecord */.u4)(m) ? (0,cloudformation/* literalNumber */.TB)(t, m['ContainerPort']) : undefined;
            return p === undefined ? [] : [p];
        });
        return [{ name, ports }];
    });
}
/**
 * Why the appspec file is not a valid ECS AppSpec file matching the template's service, as findings in the appspec
 * file; empty when it is.
 */
function judgeAppspec(t, svc, doc, ruleId) {
    const r = reporter(doc, ruleId);
    const value = doc.value;
    if (!(0,cloudformation/* isRecord */.u4)(value)) {
        r.add([], `'${doc.file}' is not a YAML mapping, so CodeDeploy cannot read it. Start it with 'version: 0.0' and a 'Resources' list.`);
        return r.out;
    }
    const version = value['version'];
    // YAML reads 'version: 0.0' as the number 0; quoted, it is the text '0.0'. Both are what CodeDeploy expects.
    if (version !== 0 && version !== '0.0')
        r.add(version === undefined ? [] : ['version'], `The AppSpec 'version' is ${version === undefined ? 'missing' : `'${String(version)}'`}; CodeDeploy accepts only '0.0' and refuses the revision otherwise. Write 'version: 0.0' on the first line.`);
    const target = targetService(value);
    if (!target) {
        r.add(value['Resources'] === undefined ? [] : ['Resources'], "The AppSpec file has no target service: 'Resources' must be a list whose first entry is one named service, such as '- TargetService: { Type: AWS::ECS::Service, Properties: … }'.");
        return r.out;
    }
    const body = (0,cloudformation/* isRecord */.u4)(target.body) ? target.body : {};
    if (body['Type'] !== 'AWS::ECS::Service')
        r.add([...target.path, ...(body['Type'] === undefined ? [] : ['Type'])], `Target service '${target.name}' has 'Type' ${body['Type'] === undefined ? 'missing' : `'${String(body['Type'])}'`}; an ECS deployment's AppSpec names 'Type: AWS::ECS::Service'.`);
    const props = (0,cloudformation/* isRecord */.u4)(body['Properties']) ? body['Properties'] : undefined;
    const propsPath = [...target.path, 'Properties'];
    if (!props) {
        r.add(target.path, `Target service '${target.name}' has no 'Properties', so it names no task definition and no container for the load balancer. Add 'TaskDefinition' and 'LoadBalancerInfo: { ContainerName, ContainerPort }'.`);
        return r.out;
    }
    const td = props['TaskDefinition'];
    if (typeof td !== 'string' || td.trim() === '')
        r.add(td === undefined ? propsPath : [...propsPath, 'TaskDefinition'], "The AppSpec file names no 'TaskDefinition', so CodeDeploy does not know which revision to deploy. Set it to the task definition's ARN (or the '<TASK_DEFINITION>' placeholder a pipeline fills in).");
    const lb = (0,cloudformation/* isRecord */.u4)(props['LoadBalancerInfo']) ? props['LoadBalancerInfo'] : undefined;
    const lbPath = [...propsPath, 'LoadBalancerInfo'];
    const name = lb?.['ContainerName'];
    const port = lb?.['ContainerPort'];
    if (typeof name !== 'string' || typeof port !== 'number') {
        r.add(lb ? lbPath : propsPath, "The AppSpec file's 'LoadBalancerInfo' needs 'ContainerName' (text) and 'ContainerPort' (a number): they tell CodeDeploy which container of the green task set to register in the target group.");
        return r.out;
    }
    const definition = taskDefinitionOf(t, svc);
    if (!definition)
        return r.out;
    const containers = appspec_containersOf(t, definition);
    const container = containers.find((c) => c.name === name);
    if (!container) {
        r.add([...lbPath, 'ContainerName'], `The AppSpec file sends traffic to container '${name}', but task definition '${definition.name}' has ${containers.length ? containers.map((c) => `'${c.name}'`).join(', ') : 'no named container'}, so the deployment fails when the green task set is registered. Set 'ContainerName' to the container that serves the app.`);
        return r.out;
    }
    if (!container.ports.includes(port))
        r.add([...lbPath, 'ContainerPort'], `The AppSpec file sends traffic to port ${port} of container '${name}', which maps ${container.ports.length ? container.ports.map((p) => `'${p}'`).join(', ') : 'no port'} in task definition '${definition.name}', so the deployment fails. Set 'ContainerPort' to the container port the app listens on.`);
    return r.out;
}
/** Problems with the file's 'Hooks' list: unknown event names, and entries that are not one event and one function. */
function judgeHooks(doc, ruleId) {
    const r = reporter(doc, ruleId);
    const value = (0,cloudformation/* isRecord */.u4)(doc.value) ? doc.value : {};
    const hooks = value['Hooks'];
    if (hooks === undefined)
        return r.out;
    if (!Array.isArray(hooks)) {
        r.add(['Hooks'], "'Hooks' must be a list of one-entry mappings, such as '- AfterAllowTestTraffic: <function name>'.");
        return r.out;
    }
    hooks.forEach((h, i) => {
        const keys = (0,cloudformation/* isRecord */.u4)(h) ? Object.keys(h) : [];
        const key = keys[0];
        if (keys.length !== 1 || key === undefined || typeof h[key] !== 'string') {
            r.add(['Hooks', i], `Hook ${i + 1} is not one lifecycle event naming one Lambda function, such as '- AfterAllowTestTraffic: <function name>'.`);
            return;
        }
        if (!ECS_HOOKS.includes(key))
            r.add(['Hooks', i, key], `'${key}' is not a lifecycle event of an ECS deployment, so CodeDeploy rejects the file. The events are ${ECS_HOOKS.map((e) => `'${e}'`).join(', ')}.`);
    });
    return r.out;
}
/** Whether the file hooks a Lambda function to 'AfterAllowTestTraffic'. */
function hasTestHook(doc) {
    const hooks = (0,cloudformation/* isRecord */.u4)(doc.value) ? doc.value['Hooks'] : undefined;
    return (Array.isArray(hooks) &&
        hooks.some((h) => (0,cloudformation/* isRecord */.u4)(h) && typeof h[TEST_HOOK] === 'string' && h[TEST_HOOK].trim() !== ''));
}

;// CONCATENATED MODULE: ./graders/rubrics/10-blue-green.ts
// Lab 10: the learner turns the labs-web service's rolling update into a blue/green deployment that rolls itself
// back. Two designs earn full marks: ECS's own deployment strategies (Strategy BLUE_GREEN, LINEAR or CANARY, with
// an alternate target group, listener rules, bake time, deployment alarms and a Lambda lifecycle hook), which AWS
// recommends for new work, or CodeDeploy (a deployment group with a target group pair, traffic routes, automatic
// rollback on alarms, and an appspec.yaml). Every item is graded in whichever design the template uses, and the
// design item says which one it recognised. Thirty points over seven items.







const _10_blue_green_LAB_ID = '10-blue-green';
const CODEDEPLOY_GUIDE = 'https://docs.aws.amazon.com/codedeploy/latest/userguide';
/** The CodeDeploy AppSpec file, needed only by the CodeDeploy design. */
const APPSPEC_FILE = {
    id: 'appspec',
    paths: ['appspec.yaml', 'appspec.yml', 'appspec.json'],
    kind: 'yaml',
    required: false,
};
/** The service the lab deploys, and the design it is read in. */
function subject(ctx) {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc)
        return undefined;
    const svc = loadBalancedServices(doc.template)[0];
    return svc ? { t: doc.template, svc } : undefined;
}
/** The design item: says which design was recognised, so the learner knows how the other items read the work. */
function recognisedDesign(ctx) {
    const s = subject(ctx);
    if (!s)
        return { fraction: 0 };
    const { t, svc } = s;
    if (designOf(t, svc) === 'codedeploy') {
        const group = deploymentGroupsOf(t, svc)[0];
        return {
            fraction: 1,
            feedback: `Recognised: CodeDeploy blue/green${group ? ` (deployment group '${group.name}')` : ''}; the other items read the deployment group and appspec.yaml.`,
        };
    }
    const strategy = strategyOf(t, svc);
    if (!SHIFTING_STRATEGIES.includes(strategy))
        return {
            fraction: 0,
            feedback: `No blue/green design recognised: service '${svc.name}' deploys with ${strategy}.`,
        };
    return {
        fraction: 1,
        feedback: `Recognised: ECS ${strategy === 'BLUE_GREEN' ? 'blue/green' : strategy.toLowerCase()} deployment strategy ('Strategy: ${strategy}'); the other items read the service's deployment configuration.`,
    };
}
/** Whether the appspec is needed: the CodeDeploy design reads it, the ECS design has none. */
function appspecFor(ctx) {
    const s = subject(ctx);
    if (!s)
        return { fraction: 0 };
    if (designOf(s.t, s.svc) !== 'codedeploy')
        return {
            fraction: 1,
            feedback: 'Not applicable: ECS deploys this service itself, so there is no CodeDeploy revision and no appspec.yaml to check.',
        };
    return { ...s, missing: ctx.pathOf('appspec') ?? `labs/${_10_blue_green_LAB_ID}/appspec.yaml` };
}
/** The appspec item: in the CodeDeploy design, the file is a valid ECS AppSpec file that matches the template. */
function appspecCheck(ctx) {
    const s = appspecFor(ctx);
    if ('fraction' in s)
        return s;
    const doc = ctx.doc('appspec', 'yaml');
    if (!doc)
        return {
            fraction: 0,
            feedback: `The service is deployed by CodeDeploy, but '${s.missing}' is missing or is not valid YAML, so CodeDeploy has no revision to deploy.`,
        };
    const findings = [
        ...judgeAppspec(s.t, s.svc, doc, `${_10_blue_green_LAB_ID}/appspec`),
        ...judgeHooks(doc, `${_10_blue_green_LAB_ID}/appspec`),
    ];
    return findings.length === 0
        ? { fraction: 1 }
        : {
            fraction: 0,
            feedback: `CodeDeploy would refuse '${doc.file}' or deploy the wrong container: ${findings.length === 1 ? 'one problem, listed here' : 'the problems are listed here'}.`,
            findings,
        };
}
/** The test-hook item's CodeDeploy half: an AfterAllowTestTraffic hook in the appspec (BGD006 judges the ECS half). */
function appspecHookCheck(ctx) {
    const s = appspecFor(ctx);
    if ('fraction' in s)
        return { fraction: 1 };
    const doc = ctx.doc('appspec', 'yaml');
    if (!doc)
        return {
            fraction: 0,
            feedback: `In the CodeDeploy design the test hook lives in '${s.missing}', which is missing or is not valid YAML.`,
        };
    if (hasTestHook(doc))
        return { fraction: 1 };
    return {
        fraction: 0,
        feedback: `'${doc.file}' hooks no Lambda function to '${TEST_HOOK}', so nothing tests green before production traffic moves.`,
        findings: [
            {
                file: doc.file,
                ...doc.locate(['Hooks']),
                severity: 'error',
                ruleId: `${_10_blue_green_LAB_ID}/test-hook`,
                message: `No '${TEST_HOOK}' hook: CodeDeploy shifts production traffic to green without a test having run. Add "Hooks: [{ ${TEST_HOOK}: <function name> }]".`,
            },
        ],
    };
}
/* harmony default export */ const _10_blue_green = (defineLab({
    id: _10_blue_green_LAB_ID,
    title: 'Blue/green deployments that roll themselves back',
    part: '7 Blue/green deployments',
    summary: 'Replace the labs-web rolling update with a blue/green deployment, by ECS itself (the recommended deployment strategies) or by CodeDeploy: two target groups that check /health, production and test routes, a bake time, automatic rollback on CloudWatch alarms that watch this stack, a hook that tests green before users reach it, and, for CodeDeploy, a valid appspec.yaml.',
    files: [TEMPLATE_FILE, APPSPEC_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        'AWS::CloudWatch::Alarm',
        'AWS::CodeDeploy::Application',
        'AWS::CodeDeploy::DeploymentGroup',
        'AWS::Lambda::Function',
    ]),
    items: [
        {
            id: 'deployment-strategy',
            title: 'Deploy blue/green, with an ECS strategy or with CodeDeploy',
            points: 5,
            file: 'template',
            rules: ['BGD001'],
            check: recognisedDesign,
            hint: "In the ECS design, add 'Strategy: BLUE_GREEN' (or LINEAR or CANARY) to the service's 'DeploymentConfiguration' and keep the default ECS controller. In the CodeDeploy design, set \"DeploymentController: { Type: CODE_DEPLOY }\", add an 'AWS::CodeDeploy::Application' with 'ComputePlatform: ECS', and a deployment group whose 'ECSServices' names '!Ref Cluster' and '!GetAtt Service.Name'.",
            praise: 'New revisions start beside the old one, and traffic moves only when they are ready.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
                awsDoc(`${ECS_GUIDE}/deployment-type-bluegreen.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-codedeploy-deploymentgroup.html`),
                wellArchitected('REL08-BP04', 'rel_tracking_change_management_immutable_infrastructure.html'),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
        },
        {
            id: 'target-groups',
            title: 'Give blue and green each a target group that checks /health',
            points: 5,
            file: 'template',
            rules: ['BGD002'],
            hint: "Copy the service's target group into a second one (same 'TargetType: ip', protocol, port and 'HealthCheckPath: /health'). ECS design: name it in 'AdvancedConfiguration.AlternateTargetGroupArn'. CodeDeploy design: list both under the deployment group's 'TargetGroupPairInfoList' by '!GetAtt <group>.TargetGroupName'.",
            praise: 'Blue and green each have a target group that judges the app by its own health endpoint.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-advancedconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-targetgrouppairinfo.html`),
            ],
            docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
        },
        {
            id: 'traffic-routes',
            title: 'Route production and test traffic separately, with a role that may move them',
            points: 5,
            file: 'template',
            rules: ['BGD003'],
            hint: "ECS design: two 'AWS::ElasticLoadBalancingV2::ListenerRule's that forward to both target groups (weights 100 and 0), production matching '/*' and test matching a header such as 'X-Labs-Route: test' (or on a second listener), named in 'ProductionListenerRule' and 'TestListenerRule', and a 'RoleArn' for a role 'ecs.amazonaws.com' may assume with 'AmazonECSInfrastructureRolePolicyForLoadBalancers'. CodeDeploy design: a production and a test listener in 'ProdTrafficRoute' and 'TestTrafficRoute', and a 'ServiceRoleArn' with 'AWSCodeDeployRoleForECS'.",
            praise: 'Users and testers reach blue and green through separate routes, and the deployment may move them.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/alb-resources-for-blue-green.html`),
                awsDoc(`${ECS_GUIDE}/migrate-codedeploy-to-ecs-bluegreen.html`),
                awsDoc(`${ECS_GUIDE}/AmazonECSInfrastructureRolePolicyForLoadBalancers.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-trafficroute.html`),
                awsDoc('https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AWSCodeDeployRoleForECS.html'),
            ],
            docsUrl: `${ECS_GUIDE}/alb-resources-for-blue-green.html`,
        },
        {
            id: 'bake-time',
            title: `Keep blue for at least ${MIN_BAKE_MINUTES} minutes after the shift`,
            points: 4,
            file: 'template',
            rules: ['BGD004'],
            hint: `Rolling back is instant only while blue still runs. ECS design: 'BakeTimeInMinutes: ${MIN_BAKE_MINUTES}' (or more) in 'DeploymentConfiguration'. CodeDeploy design: a 'BlueGreenDeploymentConfiguration' with 'TerminationWaitTimeInMinutes: ${MIN_BAKE_MINUTES}' under 'TerminateBlueInstancesOnDeploymentSuccess' and a 'DeploymentReadyOption'.`,
            praise: 'Blue stays up long enough for the alarms to judge green under real traffic.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-type-blue-green.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-ecs-service-deploymentconfiguration.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-bluegreendeploymentconfiguration.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-type-blue-green.html`,
        },
        {
            id: 'alarm-rollback',
            title: 'Roll back automatically on alarms that watch this stack',
            points: 6,
            file: 'template',
            rules: ['BGD005'],
            hint: "Add an 'AWS::CloudWatch::Alarm' on 'HTTPCode_Target_5XX_Count' in 'AWS/ApplicationELB' with the dimensions 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName' and 'TargetGroup: !GetAtt BlueTargetGroup.TargetGroupFullName' (one per target group). ECS design: list them in 'DeploymentConfiguration.Alarms' with 'Enable: true' and 'Rollback: true'. CodeDeploy design: an 'AlarmConfiguration' and an 'AutoRollbackConfiguration' with both failure events.",
            praise: 'A release that starts serving errors is rolled back without anyone being paged.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-alarm-failure.html`),
                awsDoc(`${ECS_GUIDE}/deployment-failure-detection.html`),
                awsDoc(`${CFN_REFERENCE}/aws-properties-codedeploy-deploymentgroup-autorollbackconfiguration.html`),
                awsDoc(`${ELB_GUIDE}/load-balancer-cloudwatch-metrics.html`),
                wellArchitected('OPS06-BP04', 'ops_mit_deploy_risks_auto_testing_and_rollback.html'),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-alarm-failure.html`,
        },
        {
            id: 'test-hook',
            title: 'Test green with a hook before users reach it',
            points: 3,
            file: 'template',
            rules: ['BGD006'],
            check: appspecHookCheck,
            hint: "ECS design: add a 'LifecycleHooks' entry with 'LifecycleStages: [POST_TEST_TRAFFIC_SHIFT]', 'HookTargetArn: !GetAtt HookFunction.Arn' and a 'RoleArn' that 'ecs.amazonaws.com' may assume, allowed 'lambda:InvokeFunction'; the function answers '{ \"hookStatus\": \"SUCCEEDED\" }' or FAILED. CodeDeploy design: name the function under 'AfterAllowTestTraffic' in the appspec's 'Hooks'.",
            praise: 'A test runs against green through the test route before any user reaches it.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/deployment-lifecycle-hooks.html`),
                awsDoc(`${ECS_GUIDE}/blue-green-permissions.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
            ],
            docsUrl: `${ECS_GUIDE}/deployment-lifecycle-hooks.html`,
        },
        {
            id: 'appspec',
            title: 'CodeDeploy only: a valid appspec.yaml that matches the task definition',
            points: 2,
            file: 'template',
            check: appspecCheck,
            hint: "Start 'appspec.yaml' with 'version: 0.0', then 'Resources' holding one 'TargetService' of 'Type: AWS::ECS::Service' whose 'Properties' give the 'TaskDefinition' and 'LoadBalancerInfo' with the 'ContainerName' and 'ContainerPort' of the task definition's web container (the ones the service's 'LoadBalancers' entry uses).",
            praise: 'CodeDeploy gets a valid revision that matches the task definition, or the design needs none.',
            evidence: [
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-hooks.html`),
                awsDoc(`${CODEDEPLOY_GUIDE}/reference-appspec-file-example.html`),
            ],
            docsUrl: `${CODEDEPLOY_GUIDE}/reference-appspec-file-structure-resources.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/rubrics/11-observability.ts
// Lab 11: the learner makes the labs-web service operable: enhanced Container Insights, log groups with a retention
// period and a customer managed KMS key that CloudWatch Logs may use, containers that log to them, an ADOT collector
// (or X-Ray daemon) sidecar with the task role permissions it needs, alarms on CPU, memory, 5xx and unhealthy
// targets that notify an SNS topic, a dashboard, and configuration read from Parameter Store. Thirty points over
// eight items; the network is taken as typed parameters, as in labs 04, 07 and 09.




const CW_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring';
const LOGS_GUIDE = 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs';
const XRAY_GUIDE = 'https://docs.aws.amazon.com/xray/latest/devguide';
const _11_observability_MANAGED_POLICY = 'https://docs.aws.amazon.com/aws-managed-policy/latest/reference';
/* harmony default export */ const _11_observability = (defineLab({
    id: '11-observability',
    title: 'Observability: logs, traces, alarms and dashboards',
    part: 'Monitoring and operations (CloudWatch, X-Ray, SSM)',
    summary: 'Make the labs-web service one a team can operate: enhanced Container Insights, encrypted log groups with a retention period that every container writes to, an ADOT collector sidecar for traces, alarms on CPU, memory, 5xx and unhealthy targets that notify an SNS topic, a dashboard of the service and its load balancer, and configuration read from Parameter Store.',
    files: [TEMPLATE_FILE],
    sandbox: (0,sandbox/* service */.eu)([
        ...sandbox/* KMS_TYPES */.Mr,
        'AWS::CloudWatch::Alarm',
        'AWS::CloudWatch::Dashboard',
        'AWS::SNS::Subscription',
        'AWS::SNS::Topic',
        'AWS::SSM::Parameter',
    ]),
    items: [
        {
            id: 'container-insights',
            title: 'Turn on Container Insights with enhanced observability',
            points: 3,
            file: 'template',
            rules: ['OBS001'],
            hint: "In the cluster's 'ClusterSettings', set 'containerInsights' to 'enhanced' (not just 'enabled'): CloudWatch then collects task- and container-level CPU, memory, network and restart metrics, and the curated Container Insights views can drill down from the cluster to the one task that misbehaves.",
            praise: 'Container Insights collects task- and container-level metrics for the cluster.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/cloudwatch-container-insights.html`),
                awsDoc(`${CW_GUIDE}/deploy-container-insights-ECS-cluster.html`),
                securityHub('ECS.12'),
                checkov('CKV_AWS_65'),
                cdkNag('AwsSolutions-ECS4'),
            ],
            docsUrl: `${ECS_GUIDE}/cloudwatch-container-insights.html`,
        },
        {
            id: 'log-retention-encryption',
            title: 'Keep logs for a set period, encrypted with a key CloudWatch Logs may use',
            points: 5,
            file: 'template',
            rules: ['OBS002', 'OBS003'],
            hint: "Give the log group 'RetentionInDays' (such as 30) and 'KmsKeyId: !GetAtt LogKey.Arn'. The key's policy must let the principal \"!Sub 'logs.${AWS::Region}.amazonaws.com'\" use it ('kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'), with a Condition on 'kms:EncryptionContext:aws:logs:arn' that names this stack's log groups: the key is created before the log group, so write the ARN with Sub rather than GetAtt.",
            praise: "The logs expire on schedule and only this stack's log groups can use the key that encrypts them.",
            evidence: [
                awsDoc(`${LOGS_GUIDE}/encrypt-log-data-kms.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-logs-loggroup.html`),
                checkov('CKV_AWS_66'),
                checkov('CKV_AWS_158'),
                wellArchitected('SEC08-BP02', 'sec_protect_data_rest_encrypt.html'),
            ],
            docsUrl: `${LOGS_GUIDE}/encrypt-log-data-kms.html`,
        },
        {
            id: 'container-logging',
            title: "Send every container's logs to this stack's log group, with an explicit delivery mode",
            points: 4,
            file: 'template',
            rules: ['OBS004'],
            hint: "With awslogs, set 'awslogs-group: !Ref LogGroup', 'awslogs-region: !Ref AWS::Region', 'awslogs-stream-prefix' and 'mode': 'non-blocking' with a 'max-buffer-size' such as '25m' keeps the application running when CloudWatch Logs is slow, at the risk of dropping lines from a burst; 'blocking' keeps every line but can stall the application. With FireLens, a Fluent Bit container with 'FirelensConfiguration' routes the others' logs ('LogDriver: awsfirelens', options 'Name: cloudwatch_logs' and 'log_group_name: !Ref LogGroup').",
            praise: "Every container writes to this stack's log group, and the log delivery mode is a written decision.",
            evidence: [
                awsDoc(`${ECS_GUIDE}/using_awslogs.html`),
                awsDoc(`${ECS_GUIDE}/using_firelens.html`),
                awsDoc(`${ECS_GUIDE}/ecs-account-settings.html`),
                securityHub('ECS.9'),
                cdkNag('AwsSolutions-ECS7'),
            ],
            docsUrl: `${ECS_GUIDE}/using_awslogs.html`,
        },
        {
            id: 'tracing-sidecar',
            title: 'Run an ADOT collector or X-Ray daemon sidecar with the task role permissions it needs',
            points: 5,
            file: 'template',
            rules: ['OBS005'],
            hint: "Add a second container running 'public.ecr.aws/aws-observability/aws-otel-collector' (pinned to a release tag, with 'Command: [--config=/etc/ecs/ecs-default-config.yaml]') and point the application's OpenTelemetry exporter at 'localhost:4317'. The collector uses the TASK role's credentials, so that role needs 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', and for the EMF metrics 'logs:PutLogEvents' and 'logs:CreateLogStream'; the managed 'CloudWatchAgentServerPolicy' grants all of them.",
            praise: 'A collector next to the application sends its traces, with exactly the role permissions it needs.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/trace-data.html`),
                awsDoc(`${XRAY_GUIDE}/xray-daemon-ecs.html`),
                awsDoc(`${_11_observability_MANAGED_POLICY}/AWSXRayDaemonWriteAccess.html`),
                awsDoc(`${_11_observability_MANAGED_POLICY}/CloudWatchAgentServerPolicy.html`),
                wellArchitected('OPS01-BP04', 'ops01-bp04.html'),
            ],
            docsUrl: `${ECS_GUIDE}/trace-data.html`,
        },
        {
            id: 'alarms',
            title: "Alarm on CPU, memory, 5xx responses and unhealthy targets of this stack's resources",
            points: 5,
            file: 'template',
            rules: ['OBS006'],
            hint: "Four 'AWS::CloudWatch::Alarm' resources: AWS/ECS 'CPUUtilization' and 'MemoryUtilization' with 'ClusterName: !Ref Cluster' and 'ServiceName: !GetAtt Service.Name'; AWS/ApplicationELB 'HTTPCode_Target_5XX_Count' with 'LoadBalancer: !GetAtt LoadBalancer.LoadBalancerFullName'; and 'UnHealthyHostCount' with both 'TargetGroup: !GetAtt TargetGroup.TargetGroupFullName' and 'LoadBalancer'. Those full names include ids CloudFormation generates, so they cannot be typed by hand.",
            praise: "Alarms watch the service's CPU and memory, its 5xx responses and its unhealthy targets.",
            evidence: [
                awsDoc(`${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`),
                awsDoc(`${ECS_GUIDE}/available-metrics.html`),
                awsDoc('https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-cloudwatch-metrics.html'),
                wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
            ],
            docsUrl: `${CW_GUIDE}/Best_Practice_Recommended_Alarms_AWS_Services.html`,
        },
        {
            id: 'alarm-notifications',
            title: 'Notify an SNS topic of this stack from every alarm',
            points: 3,
            file: 'template',
            rules: ['OBS007'],
            hint: "Add an 'AWS::SNS::Topic' (and a subscription, such as an email address from a parameter) and give each alarm \"AlarmActions: [!Ref AlarmTopic]\"; 'OKActions' with the same topic tells people when it is over.",
            praise: 'Every alarm tells the team through an SNS topic of this stack.',
            evidence: [
                awsDoc(`${CW_GUIDE}/Notify_Users_Alarm_Changes.html`),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-alarm.html`),
                securityHub('CloudWatch.15'),
                wellArchitected('OPS06-BP01', 'ops06-bp01.html'),
            ],
            docsUrl: `${CW_GUIDE}/Notify_Users_Alarm_Changes.html`,
        },
        {
            id: 'dashboard',
            title: "Show this stack's service and load balancer on a dashboard",
            points: 2,
            file: 'template',
            rules: ['OBS008'],
            hint: "Write 'DashboardBody' as a '!Sub' JSON string, so references such as \"${Cluster}\", \"${Service.Name}\" and \"${LoadBalancer.LoadBalancerFullName}\" become this stack's names, with one metric widget for the service's CPU and memory and one for the load balancer's requests and 5xx responses.",
            praise: 'One dashboard shows the service and its load balancer side by side.',
            evidence: [
                awsDoc('https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html'),
                awsDoc(`${CFN_REFERENCE}/aws-resource-cloudwatch-dashboard.html`),
            ],
            docsUrl: `${CW_GUIDE}/CloudWatch_Dashboards.html`,
        },
        {
            id: 'parameter-store-config',
            title: 'Read configuration from Parameter Store, with the execution role allowed that parameter only',
            points: 3,
            file: 'template',
            rules: ['OBS009'],
            hint: "Add an 'AWS::SSM::Parameter' and a container 'Secrets' entry whose 'ValueFrom' is its ARN, \"!Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${LogLevelParameter}'\" ('!Ref' of a parameter returns its name, which starts with '/'). The ECS agent fetches it with the EXECUTION role before the container starts, so that role needs 'ssm:GetParameters' on exactly that ARN.",
            praise: 'Configuration lives in Parameter Store, and the task may read only its own parameter.',
            evidence: [
                awsDoc(`${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`),
                awsDoc(`${ECS_GUIDE}/task_execution_IAM_role.html`),
                securityHub('IAM.21'),
                wellArchitected('SEC03-BP02', 'sec_permissions_least_privileges.html'),
            ],
            docsUrl: `${ECS_GUIDE}/secrets-envvar-ssm-paramstore.html`,
        },
    ],
}));

;// CONCATENATED MODULE: ./graders/starters.generated.ts
// Generated by `npm run docs` (.github/scripts/gen-docs.ts) from the starter files in labs/: do not edit.
// sha256 of each graded starter file's text as the workspace reader returns it (UTF-8, LF line endings), by lab
// id and path in the lab folder. A lab whose graded files are all missing or equal to these is not started
// (graders/engine/starters.ts). test/meta/docs.test.ts fails when a starter changed and this was not regenerated.
const STARTERS = {
    '01-production-dockerfile': {
        '.dockerignore': '4ae38bdb137dee94d8573d1ff3ff1cf9c191440989e03d007a0e441d5ca19617',
        Dockerfile: '8e5e3cfc2905f36f718041e5740795df27c230d0091bfe120e012a9c9a66a39f',
    },
    '02-ecs-task-definition': {
        'task-definition.json': '30d2fd821c6a191e2e74bd6adfc9995377803432ffbdce9cbf3bf726fa999717',
    },
    '03-ecs-service-alb': {
        'template.yaml': '310152be108454738e838fbc5b88a92257547d0ed7f2e74f44e16f53a5f5e414',
    },
    '04-fargate-cost-capacity': {
        'template.yaml': 'cdfc116f080c9b01590feec8b4b8823607837bb69942f741ee4c060df41461b6',
    },
    '05-ecr-registry': {
        'lifecycle-policy.json': 'e1095bab5e6ca59b7c8d3fa2b164bfe7f831c9eb6c81a66bff22811276e35d99',
        'template.yaml': 'f499b80919a6ebac444c27259876037a48f899707d5374189f45296c5d1f4a53',
    },
    '06-vpc-networking': {
        'template.yaml': '76d6abddfb386c42cca28e89bf794fc56ea236f0b70e84ff48e5b99ee07346d7',
    },
    '07-service-connect': {
        'template.yaml': 'aa224b9c789a4c42823180d12bb2fa0f8b7d45169091c2373570d4b11c2872ac',
    },
    '08-iam-security': { 'template.yaml': '6ca8d58dc4c5b106e09de8cf71330a826fc81bf296cc571e62ee0d83517e1507' },
    '09-auto-scaling': { 'template.yaml': 'bda3eb508ca2e7d9847efa5f1a60f7844484d07bc5e20e18a97ff959aedeabfc' },
    '10-blue-green': { 'template.yaml': 'b3c062d56045f6aedb37a2bfe14e2c74fe5e8834e7822cdef031205916f09684' },
    '11-observability': { 'template.yaml': 'f73bcf856136259d90d16d55d7b837225263f9cc282080d3f8b9ab7a20dc3176' },
};

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
];
/** The labs as their rubrics declare them, without starters: what `npm run docs` hashes the starters for. */
const RUBRICS = [
    _01_production_dockerfile,
    _02_ecs_task_definition,
    _03_ecs_service_alb,
    _04_fargate_cost_capacity,
    _05_ecr_registry,
    _06_vpc_networking,
    _07_service_connect,
    _08_iam_security,
    _09_auto_scaling,
    _10_blue_green,
    _11_observability,
];
/**
 * The labs graded: each rubric with the hashes of its starter files (graders/starters.generated.ts), so a lab
 * whose files are all untouched starters is reported as not started and earns nothing. A test that imports a
 * rubric module directly grades without them, as if every file present were the learner's work.
 */
const LABS = (0,starters/* withStarters */.Re)(RUBRICS, STARTERS);
function findRule(id) {
    return RULES.find((r) => r.meta.id === id);
}
function findLab(id) {
    return LABS.find((l) => l.id === id);
}
/** The course as one value, for the code that takes the registry as a parameter. */
const REGISTRY = { labs: LABS, rules: RULES };

;// CONCATENATED MODULE: ./graders/engine/select.ts
/** A lab id the registry does not know; the message lists the known ones. */
class UnknownLabError extends Error {
    labId;
    constructor(labId, known) {
        super(`unknown lab '${labId}'; known labs: ${known.join(', ')}`);
        this.labId = labId;
        this.name = 'UnknownLabError';
    }
}
/** The labs to grade, in registry order. Throws UnknownLabError for an id the registry does not know. */
function selectLabs(registry, request) {
    if (request.kind === 'all' || (request.kind === 'changed' && request.labIds === null))
        return [...registry.labs];
    const wanted = request.labIds ?? [];
    if (request.kind === 'ids') {
        const unknown = wanted.find((id) => !registry.labs.some((l) => l.id === id));
        if (unknown !== undefined)
            throw new UnknownLabError(unknown, registry.labs.map((l) => l.id));
    }
    return registry.labs.filter((l) => wanted.includes(l.id));
}

;// CONCATENATED MODULE: ./action/report/format.ts
function formatPoints(n) {
    const r = Math.round(n * 10) / 10;
    return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
function percent(score, max) {
    return max > 0 ? `${Math.round((score / max) * 100)}%` : '–';
}
/** A ten-cell bar; ASCII fallback keeps it readable in logs that mangle block characters. */
function scoreBar(score, max, cells = 10, ascii = false) {
    const filled = max > 0 ? Math.round((score / max) * cells) : 0;
    return (ascii ? '#' : '█').repeat(filled) + (ascii ? '.' : '░').repeat(cells - filled);
}
// Keyed by the status unions, so a status added to the report does not compile until it has a symbol.
const STATUS_SYMBOL = {
    passed: '✓',
    partial: '◐',
    failed: '✗',
    skipped: '○',
    'not-gradable': '!',
    'grader-error': '⚠',
    'not-started': '·',
};
/** Short lab label used in tables: "01". */
function labNumber(id) {
    return /^\d+/.exec(id)?.[0] ?? id;
}

;// CONCATENATED MODULE: ./action/report/json.ts
function renderJson(report) {
    return `${JSON.stringify(report, null, 2)}\n`;
}
/** The report with timing fields zeroed, for determinism checks and golden files. */
function withoutTiming(report) {
    return { ...report, durationMs: 0 };
}

;// CONCATENATED MODULE: ./action/report/sanitize.ts
// The one gate between learner-controlled text and Markdown. Everything a report carries (finding messages,
// which quote learner values, file paths, titles, feedback, lab ids, tool names) reaches the PR comment, the
// job summary and `--format markdown` through these functions, and through nothing else.
//
// Threats (issue 9, ux.md §3.5 and §6): a line break (CR, LF, CRLF, U+2028/2029, NEL) would end the line we
// put the text on and start a block of the learner's choosing (`# heading`, `![img](…)`, a table, raw HTML);
// Markdown and HTML metacharacters would make links, images, emphasis or tags; GFM autolinks `www.`, URLs
// and e-mail addresses, and GitHub itself links `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12`, commit
// SHAs and `:emoji:` and renders `$…$` as math, in every text node that is not inside `<code>`, `<pre>` or
// `<a>`; invisible format characters (bidi overrides and isolates, zero-width characters, tag characters)
// make text read differently from what it is.
//
// Two rules make the output both inert and exact:
// - Prose is escaped character by character (backslash escapes and entities render as the original
//   character), and any word that could autolink or mention is put, whole, in a code span instead of having
//   a zero-width space inserted: code neither links nor mentions in GFM, and what the reader copies is exactly
//   what the learner wrote (`node@sha256:…`, `http://localhost:8080/health`).
// - Code spans and code blocks never get anything inserted. The fence is longer than any backtick run in
//   the text; the only change is that characters which cannot stand raw in an inline span (line breaks) or
//   that hide what the text is (other controls, bidi and invisible format characters) are shown as
//   JSON-style escapes (`\r`, `\n`, `\u202E`). Text without those characters comes out byte for byte.
/**
 * Characters that never reach Markdown raw: C0 controls except TAB, DEL, C1 controls, the Unicode line and
 * paragraph separators, every format character (Cf: bidi embeddings, overrides and isolates, zero-width
 * space/joiners, word joiner, BOM, soft hyphen, tag characters…), every other default-ignorable code point
 * (Hangul fillers, variation selectors, U+034F…), and lone surrogates (not text; GitHub would store U+FFFD).
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const HIDDEN = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]|[\ud800-\udfff]/gu;
/* eslint-enable no-control-regex */
/** How a hidden character is shown: the escape a JSON string would use, so people recognise it. */
function escapeChar(ch) {
    const cp = ch.codePointAt(0);
    if (cp === 0x0a)
        return '\\n';
    if (cp === 0x0d)
        return '\\r';
    return cp > 0xffff
        ? `\\u{${cp.toString(16).toUpperCase()}}`
        : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
/**
 * Code text: every hidden character as a visible escape, TAB kept (it is printable, cannot start a block
 * inside a span, and pasted commands need it). Also the safe form for terminals and annotations, where a CR
 * or an ESC sequence would overwrite or recolour what the reader sees.
 */
function visibleCode(text) {
    return text.replace(HIDDEN, escapeChar);
}
/** Line breaks and the other whitespace controls read as one space in prose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PROSE_SPACE = /\r\n|[\t\n\u000b\u000c\r\u0085\u2028\u2029]/g;
/** Prose text: line breaks become spaces (one line, so no block can start), other hidden characters escapes. */
function visibleText(text) {
    return visibleCode(text.replace(PROSE_SPACE, ' '));
}
/**
 * A word that GitHub or a GFM renderer could turn into a link, a mention, a reference, an emoji image or
 * math. Deliberately broader than GitHub (bare `host.tld` and IPv4 addresses, which linkify libraries link
 * in their fuzzy mode): a false positive only shows a word as code.
 */
const LINKISH = [
    /[@#$]/, // mentions, e-mail autolinks, #12 and owner/repo#12 references, $…$ math
    /:\S/, // schemes (http:, mailto:, xmpp:…), :emoji: shortcodes, user:sha
    /\/\//, // protocol-relative URLs
    /www\./i, // GFM extended www. autolinks
    // host.tld: a label, a dot, then a label of two or more. A label character is anything linkify-it counts as one
    // (any character but white space, punctuation and controls: CJK, symbols, unassigned code points), plus _ and -.
    /(?:[^\s\p{P}\p{Z}\p{Cc}<>|]|[_-])\.\p{L}[\p{L}\p{N}]/u,
    /\d\.\d+\.\d+\.\d/, // IPv4 addresses
    /\bGH-\d/i, // GH-12 references
    /(?=[0-9a-f]*\d)[0-9a-f]{7,}/i, // commit SHAs
];
function linkish(word) {
    return LINKISH.some((re) => re.test(word));
}
/** Punctuation that stays outside the code span when a linkish word is wrapped (quotes, brackets, full stop). */
const PEEL = /^([('"[{]*)([\s\S]*?)([)'"\]},.;:!?]*)$/;
const OPENER = { ')': '(', ']': '[', '}': '{', '"': '"', "'": "'" };
/**
 * Splits a linkish word into the punctuation around it and the part that goes in code. A closing quote or
 * bracket that the code part opened stays with it (`source="…"` keeps its last quote), so code is not cut
 * mid-value.
 */
function peel(word) {
    const [, pre = '', core0 = '', post0 = ''] = PEEL.exec(word) ?? [];
    let core = core0;
    let post = post0;
    const count = (s, c) => s.split(c).length - 1;
    for (;;) {
        const c = post[0];
        const open = c === undefined ? undefined : OPENER[c];
        if (c === undefined || open === undefined)
            break;
        const unbalanced = open === c ? count(core, c) % 2 === 1 : count(core, open) > count(core, c);
        if (!unbalanced)
            break;
        core += c;
        post = post.slice(1);
    }
    return [pre, core, post];
}
/**
 * Prose (a paragraph, list item, table cell, heading, link text or emphasis): safe at any position of a
 * line, including its start, and never more than one line.
 */
function mdText(text, where = {}) {
    const parts = visibleText(text).split(/(\s+)/u);
    const out = parts.map((word, i) => {
        if (i % 2 === 1 || word === '')
            return word; // whitespace (only spaces remain)
        if (!linkish(word))
            return escapeProse(word);
        const [pre, core, post] = peel(word);
        // `core` can be empty only when the word is all brackets and punctuation, which escape fine as prose.
        return core ? `${escapeProse(pre)}${code(core, where)}${escapeProse(post)}` : escapeProse(word);
    });
    // Leading spaces would make an indented code block at the start of a line, and trailing ones a hard break;
    // neither carries meaning in a sentence.
    return escapeLineStart(out.join('').trim());
}
/** Every character that can mean something inline, as a backslash escape or an entity. */
function escapeProse(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#$]/g, '\\$&');
}
/**
 * Block starters that escaping inline metacharacters leaves: a list bullet (`-`, `+`), an ordered list
 * (`1.`, `1)`), a setext underline (`=`). `#`, `>`, `*`, `|`, `` ` ``, `~` and `<` are escaped everywhere.
 */
function escapeLineStart(s) {
    // Only where they would start a block: `-x`, `+1` and `0.1.0` are text anyway.
    return s.replace(/^([-+=])(?=[\s\-+=]|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}
/**
 * A code span showing `text` exactly (see visibleCode for the only change). Outside tables `|` stays raw;
 * in a table cell it is written `\|`, which GFM turns back into `|` before the span is parsed.
 */
function code(text, where) {
    const flat = visibleCode(text);
    // CommonMark has no empty code span; an empty HTML one keeps the cell or sentence shaped as expected.
    if (flat === '')
        return '<code></code>';
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(longest + 1);
    // CommonMark strips one space from each end when both ends have one (and the text is not all spaces), and
    // a backtick at either end would touch the fence: pad with one space on each side in those cases.
    const pad = /^`|`$/.test(flat) || (/^ [\s\S]* $/.test(flat) && /[^ ]/.test(flat)) ? ' ' : '';
    const body = where.cell ? flat.replace(/\|/g, '\\|') : flat;
    return `${fence}${pad}${body}${pad}${fence}`;
}
/**
 * A code span outside tables (lists, paragraphs, quotes, headings). Never in a table cell: a `|` in the text
 * would end the cell there and leave the rest of the text outside code. Use cellCode.
 */
function codeSpan(text) {
    return code(text, {});
}
/** A code span in a GFM table cell. */
function cellCode(text) {
    return code(text, { cell: true });
}
/** Prose in a GFM table cell. */
function sanitize_cellText(text) {
    return mdText(text, { cell: true });
}
/**
 * A fenced code block (lines joined with LF, CRLF read as a line break). A lone CR would be read as a line
 * break by every Markdown parser, so it is shown as `\r`, like the other hidden characters.
 */
function codeBlock(text, info = '') {
    const lines = text.split(/\r\n|\n/).map(visibleCode);
    const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return [`${fence}${visibleCode(info).replace(/[`\s]/g, '')}`, ...lines, fence].join('\n');
}
/**
 * Text inside raw HTML that Markdown does not parse (the `<summary>` of a `<details>` block): one line, so
 * the HTML block cannot end early, `& < > " '` as entities, and linkish words in `<code>` because GitHub
 * still mentions and links in the text nodes of raw HTML.
 */
function htmlText(text) {
    return visibleText(text)
        .split(/(\s+)/u)
        .map((word, i) => {
        if (i % 2 === 1 || word === '' || !linkish(word))
            return escapeHtmlChars(word);
        const [pre, core, post] = peel(word);
        return core
            ? `${escapeHtmlChars(pre)}<code>${escapeHtmlChars(core)}</code>${escapeHtmlChars(post)}`
            : escapeHtmlChars(word);
    })
        .join('');
}
function escapeHtmlChars(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;');
}
/**
 * Link targets from a report: only https URLs made of URL characters, without the parentheses, spaces,
 * angle brackets and controls that could end a Markdown link destination early. Anything else gets no link.
 */
function safeUrl(url) {
    return /^https:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+$/.test(url) ? url : null;
}
/** Cuts to `max` code points (never between the halves of a surrogate pair), marking the cut with `…`. */
function truncate(s, max) {
    const cps = Array.from(s);
    return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}

;// CONCATENATED MODULE: ./action/report/markdown.ts


// Kept for callers written before sanitize.ts (action/run/modes.ts builds its banners with these).
// `codeSpan` is exact outside tables only; in a table cell use `cellCode`, or a `|` in the text splits the cell.

/** Prose, safe in a table cell and anywhere else inline (outside tables a `|` inside code shows as `\|`). */
const escapeCell = (/* unused pure expression or super */ null && (cellText));
/** Lab statuses, and the row of a lab this run did not grade. */
const STATUS_EMOJI = {
    passed: '✅',
    partial: '🟡',
    failed: '❌',
    'not-gradable': '⚠️',
    'grader-error': '🛠️',
    'not-started': '⬜',
    'not-graded': '➖',
};
function renderMarkdown(report, opts = {}) {
    const out = [];
    if (opts.marker)
        out.push(opts.marker);
    out.push(`### Lab grade: **${formatPoints(report.score)} / ${report.maxScore}** (${percent(report.score, report.maxScore)}) \`${scoreBar(report.score, report.maxScore)}\``);
    out.push('');
    for (const b of opts.banners ?? [])
        out.push(b, '');
    const changed = new Set(opts.changedLabs ?? []);
    const graded = new Map(report.labs.map((l) => [l.id, l]));
    const course = opts.course ?? report.labs.map((l) => ({ id: l.id, title: l.title }));
    const order = [...course.filter((l) => changed.has(l.id)), ...course.filter((l) => !changed.has(l.id))];
    out.push('| Lab | Score | Progress | Status |');
    out.push('|---|---:|---|---|');
    for (const meta of order) {
        const lab = graded.get(meta.id);
        const name = `${sanitize_cellText(labNumber(meta.id))} · ${sanitize_cellText(meta.title)}${changed.has(meta.id) ? ' *(changed)*' : ''}`;
        if (!lab) {
            out.push(`| ${name} | – | | ${STATUS_EMOJI['not-graded']} not graded in this run |`);
            continue;
        }
        out.push(`| ${changed.has(meta.id) ? `**${name}**` : name} | ${formatPoints(lab.score)}/${lab.maxScore} | \`${scoreBar(lab.score, lab.maxScore)}\` | ${STATUS_EMOJI[lab.status]} ${lab.status} |`);
    }
    out.push('');
    const details = opts.labDetails ?? 'all';
    for (const meta of order) {
        const lab = graded.get(meta.id);
        if (!lab || details === 'none' || (details === 'changed' && !changed.has(lab.id)))
            continue;
        const listFindings = opts.findingsFor !== 'changed' || changed.has(lab.id);
        out.push(...renderLab(lab, listFindings ? opts : { ...opts, maxFindingsPerItem: 0 }));
    }
    if (report.deploy)
        out.push(...renderDeploy(report));
    // `<sub>` with text after it is inline HTML inside a paragraph, so its content is Markdown: prose rules.
    const tool = `${mdText(report.tool.name)} ${mdText(report.tool.version)}${report.tool.cfnLint ? ` · cfn-lint ${mdText(report.tool.cfnLint)}` : ''} · report schema v${report.schemaVersion}`;
    out.push(`<sub>${tool}${opts.footer ? ` · ${opts.footer}` : ''}</sub>`);
    return `${out.join('\n')}\n`;
}
function renderLab(lab, opts) {
    const open = lab.status !== 'passed' && lab.status !== 'not-started';
    const out = [`<details${open ? ' open' : ''}>`];
    out.push(
    // The summary line sits inside the `<details>` HTML block, where Markdown is not parsed: HTML rules.
    `<summary>${STATUS_EMOJI[lab.status]} <b>${htmlText(labNumber(lab.id))} · ${htmlText(lab.title)}</b> — ${formatPoints(lab.score)}/${lab.maxScore}</summary>`);
    out.push('');
    // The note (why a lab is not started) is grader text but names learner paths: prose, through the sanitizer.
    if (lab.note !== undefined)
        out.push(mdText(truncate(lab.note, 500)), '');
    for (const n of lab.notices)
        out.push(`> ${findingMd(n, opts)}`);
    if (lab.notices.length)
        out.push('');
    out.push('| | Item | Points | Feedback |');
    out.push('|---|---|---:|---|');
    for (const item of lab.items) {
        out.push(`| ${STATUS_SYMBOL[item.status]} | ${docsLink(sanitize_cellText(item.title), item.docs)} | ${formatPoints(item.earned)}/${item.points} | ${item.status === 'passed' ? '' : sanitize_cellText(truncate(item.feedback, 400))} |`);
    }
    const withFindings = lab.items.filter((i) => i.findings.length > 0);
    if (withFindings.length && opts.maxFindingsPerItem !== 0) {
        out.push('');
        for (const item of withFindings)
            out.push(...itemFindings(item, opts));
    }
    out.push('', '</details>', '');
    return out;
}
function itemFindings(item, opts) {
    const max = opts.maxFindingsPerItem ?? Infinity;
    const shown = item.findings.slice(0, max);
    const out = shown.map((f) => `- ${findingMd(f, opts)}`);
    const rest = item.findings.length - shown.length;
    if (rest > 0)
        out.push(`- …and ${rest} more for *${mdText(item.title)}* (see the job summary)`);
    return out;
}
function renderDeploy(report) {
    const d = report.deploy;
    const out = [
        `#### Sandbox deploy (${mdText(d.region)}): ${formatPoints(d.score)}/${d.maxScore}, reported beside the static grade`,
        '',
    ];
    out.push('| Lab | Stack | Status | Estimate |', '|---|---|---|---|');
    for (const l of d.labs) {
        const est = l.estimate
            ? `$${l.estimate.runUsd.toFixed(2)} of $${l.estimate.budgetUsd.toFixed(2)} budget`
            : '–';
        out.push(`| ${sanitize_cellText(labNumber(l.id))} | ${l.stackName ? cellCode(l.stackName) : '–'} | ${sanitize_cellText(l.status)} | ${est} |`);
    }
    out.push('');
    return out;
}
function findingMd(f, opts = {}) {
    const where = codeSpan(`${f.file}:${f.line}:${f.column}`);
    const loc = opts.links ? `[${where}](${blobUrl(opts.links, f.file, f.line)})` : where;
    return `${loc} **${mdText(f.severity)}** ${codeSpan(f.ruleId)} ${mdText(truncate(f.message, 500))}`;
}
function blobUrl(l, file, line) {
    // encodeURIComponent leaves parentheses, which would end a Markdown link destination early.
    const p = file
        .split('/')
        .map((s) => encodeURIComponent(s).replace(/\(/g, '%28').replace(/\)/g, '%29'))
        .join('/');
    return `${l.serverUrl}/${l.repo}/blob/${encodeURIComponent(l.sha)}/${p}#L${line}`;
}
/** A documentation link, or the plain title when the report's URL is not one we would link to. */
function docsLink(title, url) {
    const safe = safeUrl(url);
    return safe ? `[${title}](${safe})` : title;
}

;// CONCATENATED MODULE: ./action/report/pretty.ts


// Not Markdown, but the same hostile text: a lone CR or an ESC sequence in a learner value would overwrite or
// recolour what the terminal shows (a forged "✓ 450/450"), and bidi controls reorder it. `t` shows them as escapes.

const ANSI = { red: 31, green: 32, yellow: 33, blue: 34, gray: 90, bold: 1, dim: 2 };
// Keyed by the report's unions, so a status or severity added there does not compile until it is styled.
const ITEM_COLOUR = {
    passed: 'green',
    partial: 'yellow',
    failed: 'red',
    skipped: 'gray',
    'not-gradable': 'red',
    'grader-error': 'red',
};
/** Said after a lab's score in the summary table; most statuses speak for themselves through the bar. */
const LAB_NOTE = {
    passed: '',
    partial: '',
    failed: '',
    'not-started': '  not started',
    'not-gradable': '',
    'grader-error': '  grader error',
};
/** Padded to one width so messages line up. */
const SEVERITY_LABEL = {
    error: { style: 'red', text: 'error  ' },
    warning: { style: 'yellow', text: 'warning' },
    info: { style: 'blue', text: 'info   ' },
};
function renderPretty(report, opts) {
    const c = (style, s) => (opts.color ? `\u001b[${ANSI[style]}m${s}\u001b[0m` : s);
    const out = [];
    const findings = report.labs.flatMap((l) => [...l.notices, ...l.items.flatMap((i) => i.findings)]);
    out.push(c('bold', `${visibleCode(report.tool.name)}  ${formatPoints(report.score)}/${report.maxScore} (${percent(report.score, report.maxScore)})`));
    out.push('');
    for (const lab of report.labs)
        out.push(...pretty_renderLab(lab, c));
    out.push(c('bold', 'Lab  Score    Progress'));
    for (const lab of report.labs) {
        out.push(`${visibleCode(labNumber(lab.id)).padEnd(4)} ${`${formatPoints(lab.score)}/${lab.maxScore}`.padEnd(8)} ${scoreBar(lab.score, lab.maxScore)}${LAB_NOTE[lab.status]}`);
    }
    out.push('');
    if (report.deploy)
        out.push(...pretty_renderDeploy(report, c), '');
    const count = (severity) => findings.filter((f) => f.severity === severity).length;
    // Every severity is counted, so the parts always add up to the total the line gives.
    const bySeverity = [
        (0,plural/* countNoun */.y)(count('error'), 'error'),
        (0,plural/* countNoun */.y)(count('warning'), 'warning'),
        (0,plural/* countNoun */.y)(count('info'), 'info', 'info'),
    ].join(', ');
    const complete = report.labs.filter((l) => l.status === 'passed').length;
    const allDone = complete === report.labs.length;
    const tail = `${allDone ? '✓' : '✖'} ${formatPoints(report.score)}/${report.maxScore} (${percent(report.score, report.maxScore)}) · ${(0,plural/* countNoun */.y)(findings.length, 'finding')} (${bySeverity}) · ${complete}/${report.labs.length} labs complete`;
    out.push(c('bold', c(allDone ? 'green' : findings.length ? 'red' : 'yellow', tail)));
    return `${out.join('\n')}\n`;
}
function pretty_renderLab(lab, c) {
    const head = `${visibleCode(lab.title)} (${visibleCode(lab.id)})`;
    const score = `${formatPoints(lab.score)}/${lab.maxScore}`;
    const out = [`${c('bold', head)}  ${c(lab.status === 'passed' ? 'green' : 'yellow', score)}`];
    // The note says what the status alone does not (which starter files are untouched); a report from a grader
    // that predates notes has none, so a not-started lab falls back to the general advice.
    const note = lab.note ??
        (lab.status === 'not-started' ? `not started: add your files under labs/${lab.id}/` : undefined);
    if (note !== undefined)
        out.push(`  ${c('gray', visibleCode(note))}`);
    if (lab.status === 'passed' && lab.notices.length === 0)
        return [...out, ''];
    for (const n of lab.notices)
        out.push(`  ${findingLine(n, c)}`);
    if (lab.status === 'not-started')
        return [...out, ''];
    for (const item of lab.items)
        out.push(...renderItem(item, c));
    return [...out, ''];
}
/** The sandbox deploy, beside the static score (never added to it). */
function pretty_renderDeploy(report, c) {
    const d = report.deploy;
    const out = [
        c('bold', `Sandbox deploy (${visibleCode(d.region)})  ${formatPoints(d.score)}/${d.maxScore}  (reported beside the static score)`),
    ];
    for (const lab of d.labs) {
        const est = lab.estimate
            ? `  est. $${lab.estimate.runUsd.toFixed(2)} of $${lab.estimate.budgetUsd.toFixed(2)} budget`
            : '';
        out.push(`  ${visibleCode(lab.id)}  ${lab.status}${lab.stackName ? `  ${visibleCode(lab.stackName)}` : ''}${est}`);
        for (const item of lab.items)
            out.push(...renderItem(item, c).map((l) => `  ${l}`));
        if (lab.leaks.length)
            out.push(`    ${c('red', `left behind: ${visibleCode(lab.leaks.join(', '))}`)}`);
    }
    return out;
}
function renderItem(item, c) {
    const line = `  ${c(ITEM_COLOUR[item.status], STATUS_SYMBOL[item.status])} ${visibleCode(item.title)}  ${c('dim', `${formatPoints(item.earned)}/${item.points}`)}  ${c('gray', visibleCode(item.id))}`;
    // A passed item can still carry advice (an App Mesh resource beside a working Service Connect setup).
    if (item.status === 'passed')
        return [line, ...item.findings.map((f) => `      ${findingLine(f, c)}`)];
    const out = [line];
    for (const f of item.findings)
        out.push(`      ${findingLine(f, c)}`);
    out.push(`      ${c('gray', 'hint')}  ${visibleCode(item.feedback)}`);
    out.push(`      ${c('gray', 'docs')}  ${visibleCode(item.docs)}`);
    return out;
}
function findingLine(f, c) {
    const { style, text } = SEVERITY_LABEL[f.severity];
    const sev = c(style, text);
    return `${visibleCode(f.file)}:${f.line}:${f.column}  ${sev}  ${visibleCode(f.message.replace(/\.$/, ''))}  ${c('dim', visibleCode(f.ruleId))}`;
}
/** ANSI colour only on a TTY, never under NO_COLOR; FORCE_COLOR turns it on anyway. */
function useColor(stream, env) {
    if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '')
        return false;
    if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0')
        return true;
    return stream.isTTY === true;
}

// EXTERNAL MODULE: ./action/util/errors.ts
var errors = __webpack_require__(9411);
;// CONCATENATED MODULE: ./action/cli/main.ts
// `labgrade grade | list | explain`. The report goes to stdout (or --out), logs to stderr, so
// `--format json` pipes cleanly. Exit codes: 0 grading ran (whatever the score), 2 usage error, 3 internal error.














const EXIT = { ok: 0, usage: 2, internal: 3 };
class UsageError extends Error {
}
const USAGE = `Usage: labgrade <command> [options]

Commands:
  grade     Grade the labs under <root>/labs/ and print the report
  list      List the labs and their points
  explain   Describe a rule (e.g. DKR001) or a rubric item (e.g. 01-production-dockerfile/multi-stage-build)
  sandbox plan    Show, per lab, whether the sandbox would deploy its template and what a run would cost
                  (no AWS call, no credentials)
  sandbox sweep   Delete sandbox stacks (with labgrade's tags) whose TTL has passed

grade options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Grade only this lab; repeatable (default: all)
  --format pretty|json|markdown   Output format (default: pretty)
  --out FILE                  Write the report to FILE instead of stdout
  --no-lint                   Do not run cfn-lint (its items are skipped)
  --no-cache                  Parse every template afresh (parsed templates are kept by content
                              in node_modules/.cache/labgrade; LABGRADE_CACHE=off also turns this off)
  --region R                  cfn-lint region; repeatable (default: us-east-1)
  --debug                     Log grader internals (stack traces) to stderr

sandbox plan options:
  --root DIR                  Submission root holding labs/ (default: .)
  --lab ID                    Plan only this lab; repeatable (default: all)
  --format pretty|json        Output format (default: pretty)
  --parameters JSON           The 'deploy-parameters' an instructor would configure (default: {})

sandbox sweep options:
  --region R                  AWS region (default: $AWS_REGION)
  --prefix P                  Only stacks whose name starts with P- (default: labgrade)
  --dry-run                   List what would be deleted; delete nothing

Exit codes: 0 grading (or the plan) ran, whatever the score or verdicts; 2 usage error; 3 internal error.
`;
async function main_main(argv, io, registry = REGISTRY) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case 'grade':
                return await grade(rest, io, registry);
            case 'list':
                return list(rest, io, registry);
            case 'explain':
                return explain(rest, io, registry);
            case 'sandbox':
                return await main_sandbox(rest, io, registry);
            case '--version':
            case '-v':
                io.stdout.write(`${version/* TOOL_NAME */.lH} ${version/* TOOL_VERSION */.wr}\n`);
                return EXIT.ok;
            case '--help':
            case '-h':
            case 'help':
                io.stdout.write(USAGE);
                return EXIT.ok;
            case undefined:
                throw new UsageError('a command is required');
            default:
                throw new UsageError(`unknown command '${command}'`);
        }
    }
    catch (e) {
        if (e instanceof UsageError ||
            e instanceof UnknownLabError ||
            e.code?.startsWith('ERR_PARSE_ARGS')) {
            io.stderr.write(`labgrade: ${(0,errors/* errorMessage */.g)(e)}\n\n${USAGE}`);
            return EXIT.usage;
        }
        io.stderr.write(`labgrade: internal error: ${(0,errors/* errorMessage */.g)(e)}\n`);
        if (io.env['LABGRADE_DEBUG'])
            io.stderr.write(`${e.stack ?? ''}\n`);
        return EXIT.internal;
    }
}
async function grade(args, io, registry) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            root: { type: 'string', default: '.' },
            lab: { type: 'string', multiple: true },
            format: { type: 'string', default: 'pretty' },
            out: { type: 'string' },
            lint: { type: 'boolean', default: true },
            'no-lint': { type: 'boolean', default: false },
            cache: { type: 'boolean', default: true },
            'no-cache': { type: 'boolean', default: false },
            region: { type: 'string', multiple: true },
            debug: { type: 'boolean', default: false },
        },
    });
    if (positionals.length)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format;
    if (format !== 'pretty' && format !== 'json' && format !== 'markdown') {
        throw new UsageError(`--format must be 'pretty', 'json' or 'markdown', got '${format}'`);
    }
    const root = external_node_path_default().resolve(values.root);
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new UsageError(`--root '${values.root}' is not a directory`);
    const labs = selectLabs(registry, values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' });
    const debug = values.debug || Boolean(io.env['LABGRADE_DEBUG']);
    const log = {
        info: (m) => io.stderr.write(`${m}\n`),
        debug: (m) => {
            if (debug)
                io.stderr.write(`debug: ${m}\n`);
        },
        warn: (m) => io.stderr.write(`warning: ${m}\n`),
    };
    if (!external_node_fs_default().existsSync(external_node_path_default().join(root, 'labs')))
        log.warn(`no 'labs' folder under '${values.root}'; every lab is reported as not started`);
    const prestarted = io.prestartedCfnLint;
    const report = await gradeSubmission({
        root,
        labs,
        rules: registry.rules,
        lint: values.lint && !values['no-lint'],
        ...(values.region ? { regions: values.region } : {}),
        ...(io.parseCache && values.cache && !values['no-cache'] ? { parseCache: io.parseCache } : {}),
        ...(prestarted ? { cfnLint: (req) => (0,cfn_lint/* runCfnLint */.YC)(req, { prestarted }) } : {}),
        log,
    });
    const text = render(report, format, io, values.out === undefined);
    if (values.out !== undefined) {
        external_node_fs_default().mkdirSync(external_node_path_default().dirname(external_node_path_default().resolve(values.out)), { recursive: true });
        external_node_fs_default().writeFileSync(values.out, text);
        io.stderr.write(
        // Scores are exact fractions in the report (14.142857…); shown rounded, as every reporter shows them.
        `${version/* TOOL_NAME */.lH}: ${formatPoints(report.score)}/${report.maxScore}; report written to ${values.out}\n`);
    }
    else {
        io.stdout.write(text);
    }
    return EXIT.ok;
}
function render(report, format, io, toStdout) {
    if (format === 'json')
        return renderJson(report);
    if (format === 'markdown')
        return renderMarkdown(report);
    return renderPretty(report, { color: toStdout && useColor(io.stdout, io.env) });
}
function list(args, io, registry) {
    if (args.length)
        throw new UsageError(`'list' takes no arguments`);
    const total = registry.labs.reduce((s, l) => s + l.items.reduce((a, i) => a + i.points, 0), 0);
    for (const lab of registry.labs) {
        const points = lab.items.reduce((a, i) => a + i.points, 0);
        io.stdout.write(`${lab.id.padEnd(28)} ${String(points).padStart(3)} pts  ${(0,plural/* countNoun */.y)(lab.items.length, 'item')}  ${lab.title}\n`);
    }
    io.stdout.write(`${(0,plural/* countNoun */.y)(registry.labs.length, 'lab')}, ${(0,plural/* countNoun */.y)(total, 'point')}\n`);
    return EXIT.ok;
}
function explain(args, io, registry) {
    const [id, extra] = args;
    if (!id || extra)
        throw new UsageError(`'explain' takes one rule id or lab-id/item-id`);
    const rule = registry.rules.find((r) => r.meta.id.toLowerCase() === id.toLowerCase() || r.meta.name === id);
    if (rule) {
        const m = rule.meta;
        io.stdout.write([
            `${m.id} ${m.name} (${m.severity}, ${m.target} files)`,
            m.title,
            '',
            m.description,
            '',
            `Corresponds to: ${m.evidence.join(', ') || '—'}`,
            `Learn more: ${m.docsUrl}`,
            `Used by: ${usedBy(m.id, registry).join(', ') || 'no rubric item'}`,
            '',
        ].join('\n'));
        return EXIT.ok;
    }
    const [labId, itemId] = id.split('/');
    const lab = registry.labs.find((l) => l.id === labId);
    const item = lab?.items.find((i) => i.id === itemId);
    if (lab && item) {
        io.stdout.write([
            `${lab.id}/${item.id}: ${item.title} (${(0,plural/* countNoun */.y)(item.points, 'point')})`,
            '',
            item.hint,
            '',
            `Rules: ${[...(item.rules ?? []), ...(item.cfnLint ?? []).map((c) => `cfn-lint ${c}`)].join(', ') || 'custom check'}`,
            `Evidence: ${item.evidence.map((e) => (e.id ? `${e.id} (${e.url})` : e.url)).join('; ')}`,
            `Learn more: ${item.docsUrl}`,
            '',
        ].join('\n'));
        return EXIT.ok;
    }
    if (lab && !itemId) {
        io.stdout.write(`${lab.id}: ${lab.title}\n${lab.summary}\n\n`);
        for (const i of lab.items)
            io.stdout.write(`  ${String(i.points).padStart(2)}  ${i.id}  ${i.title}\n`);
        return EXIT.ok;
    }
    throw new UsageError(`no rule or rubric item named '${id}'. Try 'labgrade list'.`);
}
// The sandbox module loads the AWS SDK, so it is imported only here: `labgrade grade` never pays for it.
// `sandbox plan` imports only the guard (action/sandbox/plan.ts), never the SDK.
async function main_sandbox(args, io, registry) {
    const [sub, ...rest] = args;
    if (sub === 'plan')
        return await sandboxPlan(rest, io, registry);
    if (sub !== 'sweep')
        throw new UsageError(`'sandbox' takes the subcommand 'plan' or 'sweep', got '${sub ?? ''}'`);
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args: rest,
        allowPositionals: true,
        options: {
            region: { type: 'string' },
            prefix: { type: 'string', default: 'labgrade' },
            'dry-run': { type: 'boolean', default: false },
        },
    });
    if (positionals.length)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const region = values.region ?? io.env['AWS_REGION'] ?? '';
    if (!region)
        throw new UsageError('--region is required when AWS_REGION is not set');
    const { sweep } = await Promise.all(/* import() */[__webpack_require__.e(995), __webpack_require__.e(752), __webpack_require__.e(727)]).then(__webpack_require__.bind(__webpack_require__, 1727));
    const swept = await sweep({
        region,
        prefix: values.prefix,
        dryRun: values['dry-run'],
        log: {
            info: (m) => io.stderr.write(`${m}\n`),
            warn: (m) => io.stderr.write(`warning: ${m}\n`),
            debug: () => { },
        },
    });
    for (const s of swept) {
        io.stdout.write(`${s.action.padEnd(12)} ${s.stackName}  ${s.status}  expired ${s.expiresAt}${s.error ? `  ${s.error}` : ''}\n`);
    }
    io.stdout.write(`${(0,plural/* countNoun */.y)(swept.length, 'expired stack')} in ${region}${values['dry-run'] ? ' (dry run)' : ''}\n`);
    return swept.some((s) => s.action === 'failed') ? EXIT.internal : EXIT.ok;
}
async function sandboxPlan(args, io, registry) {
    const { values, positionals } = (0,external_node_util_.parseArgs)({
        args,
        allowPositionals: true,
        options: {
            root: { type: 'string', default: '.' },
            lab: { type: 'string', multiple: true },
            format: { type: 'string', default: 'pretty' },
            parameters: { type: 'string', default: '{}' },
        },
    });
    if (positionals.length)
        throw new UsageError(`unexpected argument '${positionals[0]}'`);
    const format = values.format;
    if (format !== 'pretty' && format !== 'json')
        throw new UsageError(`--format must be 'pretty' or 'json', got '${format}'`);
    const root = external_node_path_default().resolve(values.root);
    if (!external_node_fs_default().existsSync(root) || !external_node_fs_default().statSync(root).isDirectory())
        throw new UsageError(`--root '${values.root}' is not a directory`);
    const labs = selectLabs(registry, values.lab?.length ? { kind: 'ids', labIds: values.lab } : { kind: 'all' });
    const { parseSandboxSettings } = await __webpack_require__.e(/* import() */ 372).then(__webpack_require__.bind(__webpack_require__, 4372));
    let settings;
    try {
        // The action's defaults for every cap and the budget; no region, because nothing is called.
        const inputs = { 'deploy-parameters': values.parameters };
        settings = parseSandboxSettings((name) => inputs[name] ?? '', {});
    }
    catch (e) {
        throw new UsageError((0,errors/* errorMessage */.g)(e).replace("Input 'deploy-parameters'", '--parameters'));
    }
    const { loadSubmission } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 3492));
    const { planSandbox, renderPlanJson, renderPlanPretty } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(945)]).then(__webpack_require__.bind(__webpack_require__, 4945));
    const plan = planSandbox(await loadSubmission(root, labs), settings);
    const reasons = Object.fromEntries(labs.flatMap((l) => (l.sandbox.deployable ? [] : [[l.id, l.sandbox.reason]])));
    io.stdout.write(format === 'json' ? renderPlanJson(plan) : renderPlanPretty(plan, reasons));
    return EXIT.ok;
}
function usedBy(ruleId, registry) {
    return registry.labs.flatMap((l) => l.items.filter((i) => i.rules?.includes(ruleId)).map((i) => `${l.id}/${i.id}`));
}


/***/ }),

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ errorMessage)
/* harmony export */ });
// The single way to turn anything thrown into text.
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 3492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadSubmission: () => (/* binding */ loadSubmission),
  $: () => (/* binding */ workspaceSource)
});

// UNUSED EXPORTS: labDir

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./graders/engine/parsers/record.ts
var record = __webpack_require__(1290);
;// CONCATENATED MODULE: ./graders/engine/parse-cache.ts
// Parsed templates kept by content hash, so grading the same text again skips the YAML parser, which is most of a
// static run's cost in a fresh process. An entry holds the template's value and the position of every node in it,
// both taken from a real parse, so a cached document answers `locate` exactly as the parsed one did. The engine only
// defines the contract; where entries live is the caller's choice (the CLI keeps them under
// node_modules/.cache/labgrade; the action and the tests keep none).



/** The key of one template text: the format follows from the file's extension, so it is part of the key. */
function templateCacheKey(cache, file, text) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${cache.salt}\u0000cloudformation\u0000${external_node_path_default().extname(file).toLowerCase()}\u0000`)
        .update(text, 'utf8')
        .digest('hex');
}
/** What to keep of a parsed template: its value and where each of its nodes is. */
function snapshotTemplate(doc) {
    const positions = [];
    const visit = (value, at) => {
        const p = doc.locate(at);
        positions.push([JSON.stringify(at), p.line, p.column]);
        if (Array.isArray(value))
            value.forEach((v, i) => visit(v, [...at, i]));
        else if ((0,record/* isRecord */.u)(value))
            for (const [k, v] of Object.entries(value))
                visit(v, [...at, k]);
    };
    visit(doc.template, []);
    return { template: doc.template, positions };
}
/**
 * A template document from a cache entry. `locate` answers for the longest prefix of the path that is a node,
 * which is what a parsed document's locator does for a path that does not exist.
 */
function restoreTemplate(file, text, entry) {
    // Built on the first lookup: a template that earns every point is never asked where anything is.
    let table;
    const locate = (at) => {
        table ??= new Map(entry.positions.map(([k, line, column]) => [k, { line, column }]));
        for (let n = at.length; n >= 0; n--) {
            const hit = table.get(JSON.stringify(at.slice(0, n)));
            if (hit)
                return hit;
        }
        return { line: 1, column: 1 };
    };
    return {
        kind: 'cloudformation',
        file,
        text,
        format: /\.json$/i.test(file) ? 'json' : 'yaml',
        template: entry.template,
        locate,
    };
}

// EXTERNAL MODULE: ./graders/engine/parsers/file-set.ts
var file_set = __webpack_require__(6772);
// EXTERNAL MODULE: ./graders/engine/parsers/text.ts
var parsers_text = __webpack_require__(8492);
// EXTERNAL MODULE: ./graders/engine/starters.ts
var starters = __webpack_require__(1234);
// EXTERNAL MODULE: ./graders/engine/workspace.ts
var engine_workspace = __webpack_require__(6009);
;// CONCATENATED MODULE: ./graders/engine/load.ts
// The loader: the one place a submission's lab files are found, read and parsed. Grading, the sandbox and the
// trusted regrade all work from what it returns, so no caller reads the disk a second time or with other
// rules. Where a file's text comes from is a source: the workspace today; a CDK synth or an artifact carrying
// a synthesized template later. Whatever the source, the text is parsed here, by the same parsers, so a
// template is graded the same way however it arrived.






/** Where a lab's files are, relative to the submission root. */
function labDir(labId) {
    return `labs/${labId}`;
}
/**
 * The lab folder in the submission: the first of the file's candidate paths that exists wins, except that an
 * untouched starter gives way to a later candidate the learner wrote. A learner who prefers JSON writes
 * `template.json` beside the starter `template.yaml`; that is work in another valid style, and it is graded.
 */
const workspaceSource = {
    name: 'workspace',
    load({ workspace, lab, spec }) {
        const tried = spec.paths.map((p) => `${labDir(lab.id)}/${p}`);
        const existing = tried.filter((p) => workspace.stat(p) !== 'missing');
        if (existing.length === 0)
            return { found: false, tried };
        for (const p of existing) {
            const read = workspace.read(p);
            if (!read.ok || !(0,starters/* isStarterText */.zG)(lab, spec, read.text))
                return { found: true, read };
        }
        // Every candidate present is an untouched starter: the lab is not started, and the first is the one named.
        return { found: true, read: workspace.read(existing[0]) };
    },
};
async function loadSubmission(root, labs, sources = [workspaceSource], options = {}) {
    const workspace = new engine_workspace/* Workspace */.aR(root, options.maxFileBytes === undefined ? {} : { maxFileBytes: options.maxFileBytes });
    const loaded = [];
    for (const lab of labs)
        loaded.push(await loadLab(workspace, lab, sources, options.parseCache));
    return { root: workspace.root, labs: loaded };
}
async function loadLab(workspace, lab, sources, cache) {
    const dir = labDir(lab.id);
    const files = new Map();
    const notices = [];
    let started = false;
    for (const spec of lab.files) {
        const st = await loadFile(workspace, lab, spec, sources, cache);
        files.set(spec.id, st);
        if (st.state === 'unreadable' || ((st.state === 'parsed' || st.state === 'invalid') && !st.starter))
            started = true;
        if (st.state === 'unreadable' || st.state === 'invalid')
            notices.push(...st.findings);
        if (st.state !== 'missing' && spec.kind !== 'files')
            notices.push(...shadowedCandidates(workspace, lab, spec, st.path));
    }
    // cfn-lint never sees these (it runs on copies elsewhere), but the learner should know they are ignored.
    for (const name of workspace.list(dir)) {
        if (/^\.cfnlintrc(\.ya?ml)?$/.test(name)) {
            notices.push({
                file: `${dir}/${name}`,
                line: 1,
                column: 1,
                severity: 'warning',
                ruleId: 'labgrade/ignored-config',
                message: `'${dir}/${name}' is ignored: the grader runs cfn-lint with its own configuration, so local settings cannot change the grade.`,
            });
        }
    }
    for (const st of files.values())
        if (st.state === 'parsed' && st.doc.kind === 'cloudformation')
            notices.push(...suppressionAttempts(st.doc));
    return { lab, files, notices, started };
}
async function loadFile(workspace, lab, spec, sources, cache) {
    // A file set is the lab folder itself, whichever source supplies the graded files: it never makes a lab
    // "started" on its own, since the starter folder already holds files.
    if (spec.kind === 'files') {
        const dir = labDir(lab.id);
        return { state: 'parsed', spec, path: dir, doc: readFileSet(workspace, dir), starter: true };
    }
    const tried = [];
    for (const source of sources) {
        const r = await source.load({ workspace, lab, spec });
        if (!r.found) {
            tried.push(...r.tried.filter((p) => !tried.includes(p)));
            continue;
        }
        if (!r.read.ok)
            return { state: 'unreadable', spec, path: r.read.path, findings: [r.read.finding] };
        const starter = (0,starters/* isStarterText */.zG)(lab, spec, r.read.text);
        const parsed = await parse(spec.kind, r.read.path, r.read.text, cache);
        if (!parsed.ok)
            return { state: 'invalid', spec, path: r.read.path, findings: parsed.findings, starter };
        return { state: 'parsed', spec, path: r.read.path, doc: parsed.doc, starter };
    }
    return { state: 'missing', spec, tried };
}
/** Each kind's parser, loaded when a file of that kind is first parsed (a Dockerfile never loads the YAML library). */
const PARSERS = {
    dockerfile: async () => (await __webpack_require__.e(/* import() */ 429).then(__webpack_require__.bind(__webpack_require__, 5810))).parseDockerfile,
    text: async () => parsers_text/* parseText */.r,
    json: async () => (await Promise.all(/* import() */[__webpack_require__.e(547), __webpack_require__.e(369)]).then(__webpack_require__.bind(__webpack_require__, 2369))).parseJson,
    yaml: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(580)]).then(__webpack_require__.bind(__webpack_require__, 9580))).parseYamlDocument,
    cloudformation: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(547), __webpack_require__.e(835)]).then(__webpack_require__.bind(__webpack_require__, 835))).parseCloudFormation,
    kubernetes: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(375)]).then(__webpack_require__.bind(__webpack_require__, 7375))).parseKubernetes,
    files: async () => (await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 6772))).parseFileSet,
};
/**
 * Parses one file, through the cache for templates. The parsers are loaded on the first miss only: a run whose
 * templates are all cached never loads the YAML library.
 */
async function parse(kind, file, text, cache) {
    const key = cache && kind === 'cloudformation' ? templateCacheKey(cache, file, text) : undefined;
    const hit = key === undefined ? undefined : cache?.get(key);
    if (hit)
        return { ok: true, doc: restoreTemplate(file, text, hit) };
    const parsed = (await PARSERS[kind]())(file, text);
    if (key !== undefined && parsed.ok && parsed.doc.kind === 'cloudformation')
        cache?.set(key, snapshotTemplate(parsed.doc));
    return parsed;
}
/** Every text file of a lab folder, read through the workspace; what cannot be read is listed as skipped. */
function readFileSet(workspace, dir) {
    const walked = workspace.walk(dir);
    const texts = [];
    const skipped = walked.links.map((p) => ({
        path: p,
        reason: 'a symbolic link, which the grader does not follow',
    }));
    for (const p of walked.files) {
        const read = workspace.read(p);
        if (!read.ok) {
            skipped.push({ path: p, reason: read.finding.message });
            continue;
        }
        const parsed = (0,parsers_text/* parseText */.r)(read.path, read.text);
        if (parsed.ok)
            texts.push(parsed.doc);
    }
    skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    return (0,file_set.fileSet)(dir, texts, skipped, walked.truncated);
}
/**
 * The other candidates of a lab file that also exist in the lab folder (`template.json` beside `template.yaml`):
 * only one is graded, so each other one gets a warning on its line 1 naming the file that is.
 */
function shadowedCandidates(workspace, lab, spec, graded) {
    const dir = labDir(lab.id);
    const gradedName = graded.startsWith(`${dir}/`) ? graded.slice(dir.length + 1) : graded;
    return spec.paths
        .map((p) => `${dir}/${p}`)
        .filter((p) => p !== graded && workspace.stat(p) !== 'missing')
        .map((p) => ({
        file: p,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'labgrade/ignored-file',
        message: `'${p}' is not graded because '${gradedName}' is: the grader reads one file of ` +
            `${spec.paths.map((c) => `'${c}'`).join(', ')} in '${dir}/', the first that exists and is not the ` +
            `untouched starter. Delete the other, keeping the file that holds your work.`,
    }));
}
/** Template or resource Metadata that tries to switch cfn-lint checks off. */
function suppressionAttempts(doc) {
    const out = [];
    const check = (meta, path) => {
        if (!(0,record/* isRecord */.u)(meta))
            return;
        const cfg = (0,record/* isRecord */.u)(meta['cfn-lint']) ? meta['cfn-lint']['config'] : undefined;
        if ((0,record/* isRecord */.u)(cfg) && cfg['ignore_checks'] !== undefined) {
            const at = doc.locate([...path, 'cfn-lint', 'config', 'ignore_checks']);
            out.push({
                file: doc.file,
                ...at,
                severity: 'warning',
                ruleId: 'labgrade/suppression',
                message: 'This Metadata asks cfn-lint to ignore checks. The grader always runs the checks it grades, so this changes nothing; remove it and fix the findings instead.',
            });
        }
    };
    check(doc.template.Metadata, ['Metadata']);
    for (const [name, res] of Object.entries(doc.template.Resources))
        check(res.Metadata, ['Resources', name, 'Metadata']);
    return out;
}


/***/ }),

/***/ 7626:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ silentLog)
/* harmony export */ });
const silentLog = { info: () => { }, warn: () => { }, debug: () => { } };


/***/ }),

/***/ 6772:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fileSet: () => (/* binding */ fileSet),
/* harmony export */   parseFileSet: () => (/* binding */ parseFileSet)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8492);
// A lab folder's text files as one document, for rules that must look at every file (hard-coded credentials can
// sit in a config file, a script or a notebook). The loader walks the folder through the workspace reader and
// builds the set; parsing one text as a set of one file serves the rule tester and the fuzzers.


function fileSet(dir, files, skipped = [], truncated = false) {
    const sorted = [...files].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    return { kind: 'files', file: dir, text: '', files: sorted, skipped: [...skipped], truncated };
}
function parseFileSet(file, text) {
    const one = (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .parseText */ .r)(file, text);
    if (!one.ok)
        return one;
    return { ok: true, doc: fileSet(node_path__WEBPACK_IMPORTED_MODULE_0___default().posix.dirname(file), [one.doc]) };
}


/***/ }),

/***/ 1290:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ isRecord)
/* harmony export */ });
// The one "is this a plain object" check, in a module of its own so that rules and the sandbox can use it without
// loading the parsers (and the YAML library) that a cached parse does not need.
/**
 * A plain object (not null, not a list): the one check every parser, rule and the sandbox use on data a learner
 * wrote, so "object" means the same thing everywhere.
 */
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}


/***/ }),

/***/ 8492:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ parseText)
/* harmony export */ });
function parseText(file, text) {
    return { ok: true, doc: { kind: 'text', file, text, lines: text.split('\n') } };
}


/***/ }),

/***/ 5792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ countNoun)
/* harmony export */ });
// Counts in messages read naturally ("1 subnet", "2 subnets"), never "1 subnet(s)". English only: the course is.
/** `count` and the noun that agrees with it: `countNoun(1, 'task')` is "1 task", `countNoun(2, 'task')` "2 tasks". */
function countNoun(count, singular, plural = `${singular}s`) {
    return `${count} ${count === 1 ? singular : plural}`;
}


/***/ }),

/***/ 3900:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OA: () => (/* binding */ runRule),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   e4: () => (/* binding */ renderMessage),
/* harmony export */   tw: () => (/* binding */ outcomeFraction)
/* harmony export */ });
/* unused harmony export compareFindings */
function renderMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key) => Object.hasOwn(data, key) ? String(data[key]) : whole);
}
function runRule(rule, doc, options) {
    const findings = [];
    let checked = null;
    let failed = null;
    let notApplicable = null;
    const toPosition = (at) => {
        if (at === undefined)
            return { file: doc.file, line: 1, column: 1 };
        if (Array.isArray(at)) {
            const p = 'locate' in doc ? doc.locate(at) : { line: 1, column: 1 };
            return { file: doc.file, line: p.line, column: p.column };
        }
        const p = at;
        return { file: 'file' in p ? p.file : doc.file, line: p.line, column: p.column };
    };
    const ctx = {
        report(messageId, data, at) {
            const template = rule.meta.messages[messageId];
            if (template === undefined)
                throw new Error(`rule ${rule.meta.id} reported unknown messageId '${messageId}'`);
            const p = toPosition(at);
            findings.push({
                file: p.file,
                line: p.line,
                column: p.column,
                severity: rule.meta.severity,
                ruleId: rule.meta.id,
                message: renderMessage(template, data),
                messageId,
                ...(data === undefined ? {} : { data: { ...data } }),
            });
        },
        tally(c, f) {
            checked = (checked ?? 0) + c;
            if (f !== undefined)
                failed = (failed ?? 0) + f;
        },
        notApplicable(reason) {
            notApplicable = reason;
        },
        // Only the first overload omits options, and there O is undefined.
        options: options,
    };
    try {
        rule.check(doc, ctx);
    }
    catch (e) {
        const err = e instanceof Error ? e : new Error(String(e));
        return {
            ruleId: rule.meta.id,
            findings: [],
            checked: null,
            failed: null,
            notApplicable: null,
            crash: { message: err.message, stack: err.stack ?? err.message },
        };
    }
    return {
        ruleId: rule.meta.id,
        findings: sortFindings(findings),
        checked,
        failed,
        notApplicable,
        crash: null,
    };
}
/** Fraction of instances that pass, from the rule's tally; with no tally, all or nothing. */
function outcomeFraction(o) {
    if (o.checked !== null && o.checked > 0) {
        const failed = Math.min(o.checked, o.failed ?? distinctInstances(o.findings));
        return (o.checked - failed) / o.checked;
    }
    return o.findings.length === 0 ? 1 : 0;
}
function distinctInstances(findings) {
    return new Set(findings.map((f) => `${f.file}:${f.line}:${f.column}`)).size;
}
function compareFindings(a, b) {
    return (cmp(a.file, b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(a.message, b.message));
}
function sortFindings(fs) {
    return [...fs].sort(compareFindings);
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1234:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Re: () => (/* binding */ withStarters),
/* harmony export */   aH: () => (/* binding */ notStartedLab),
/* harmony export */   zG: () => (/* binding */ isStarterText)
/* harmony export */ });
/* unused harmony exports contentHash, readStarters, notStartedNote */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workspace_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6009);
// Starter files: what a learner receives in labs/<id>/ before doing anything. A lab whose graded files are all
// missing or still their starters is "not started" and earns nothing, however many points the starter's own
// content would collect. The grader knows the starters as content hashes recorded at build time
// (graders/starters.generated.ts, written by `npm run docs`), never by reading the default branch: the trusted
// job grades a tree it fetched, and a learner's clone holds the edited files.


/** sha256 (hex) of a file's text as the workspace reader returns it: UTF-8 without BOM, LF line endings. */
function contentHash(text) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(text, 'utf8').digest('hex');
}
/** Whether `text`, read for one of the lab's files, is that file's starter, unchanged. */
function isStarterText(lab, spec, text) {
    if (!lab.starters)
        return false;
    const hash = contentHash(text);
    return spec.paths.some((p) => lab.starters?.[p] === hash);
}
/**
 * The starter hashes of one lab, read from the repository's own labs/<id>/ through the workspace reader (so
 * they are normalised exactly as a learner's files will be): every candidate path of every graded file that
 * exists, by path relative to the lab folder, sorted. What `npm run docs` records.
 */
function readStarters(root, lab) {
    const workspace = new Workspace(root);
    const out = {};
    const paths = [...new Set(lab.files.flatMap((f) => f.paths))].sort();
    for (const p of paths) {
        const rel = `labs/${lab.id}/${p}`;
        if (workspace.stat(rel) !== 'file')
            continue;
        const read = workspace.read(rel);
        if (!read.ok)
            throw new Error(`starter file '${rel}' cannot be read: ${read.finding.message}`);
        out[p] = contentHash(read.text);
    }
    return out;
}
/** Adds the recorded starters to each lab; a lab the record does not name is returned as it is. */
function withStarters(labs, starters) {
    return labs.map((lab) => {
        const s = starters[lab.id];
        return s ? { ...lab, starters: s } : lab;
    });
}
/** The note a not-started lab carries in the report, in place of its items' feedback. */
function notStartedNote(labId, starterFiles) {
    const readme = `labs/${labId}/README.md`;
    if (starterFiles.length === 0)
        return `Not started: no lab file is in 'labs/${labId}/' yet. Start with task 1 in '${readme}'.`;
    const quoted = starterFiles.map((f) => `'${f}'`);
    const files = quoted.length > 1 ? `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}` : quoted[0];
    const are = starterFiles.length === 1 ? 'is still the starter file' : 'are still the starter files';
    return `Not started: ${files} ${are}, so nothing is graded yet. Start with task 1 in '${readme}'.`;
}
/**
 * The report of a lab that is not started: every item at 0 and not graded, with no findings, because findings
 * on the starter's own gaps would only repeat the tasks. An item whose file is missing says which file to create,
 * as it would in a started lab; the others point to the note.
 */
function notStartedLab(lab, files, notices) {
    const starterFiles = [...files.values()].flatMap((f) => (f.state !== 'missing' && f.path ? [f.path] : []));
    const note = notStartedNote(lab.id, starterFiles);
    const items = lab.items.map((item) => {
        const st = files.get(item.file);
        const common = {
            id: item.id,
            title: item.title,
            points: item.points,
            docs: item.docsUrl,
            evidence: [...item.evidence],
            earned: 0,
        };
        if (!st || st.state === 'missing') {
            const where = (st?.tried ?? []).map((p) => `'${p}'`).join(' or ');
            const optional = st && !st.spec.required ? ' This file is optional, but this item needs it.' : '';
            return {
                ...common,
                status: 'not-gradable',
                feedback: `Not graded yet: create ${where || `the file '${item.file}'`}.${optional}`,
                findings: [],
            };
        }
        return {
            ...common,
            status: 'skipped',
            feedback: `Not graded yet: '${st.path}' is still the starter file. Start with task 1 in 'labs/${lab.id}/README.md'.`,
            findings: [],
        };
    });
    return {
        id: lab.id,
        title: lab.title,
        score: 0,
        maxScore: items.reduce((s, i) => s + i.points, 0),
        status: 'not-started',
        note,
        notices: [...notices],
        items,
    };
}


/***/ }),

/***/ 6009:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   aR: () => (/* binding */ Workspace)
/* harmony export */ });
/* unused harmony exports DEFAULT_MAX_FILE_BYTES, WALK_MAX_FILES, WORKSPACE_RULE, decodeText, formatBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _plural_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5792);
// The only way graders read learner files. A submission is untrusted input: it may hold symlinks out of the
// tree, huge or binary files, or text in encodings the parsers cannot read. Every such case becomes a
// finding on that file, so the rest of the course is still graded.



const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** git's own heuristic: a NUL byte in the first 8000 bytes means binary. */
const BINARY_SNIFF_BYTES = 8000;
/** More files than any lab folder needs; a folder past it is read this far and says so. */
const WALK_MAX_FILES = 500;
const WALK_SKIP_DIRS = new Set(['.git', 'node_modules', 'cdk.out']);
const WORKSPACE_RULE = {
    outside: 'workspace/outside-root',
    symlink: 'workspace/symlink-escape',
    tooLarge: 'workspace/too-large',
    binary: 'workspace/binary',
    encoding: 'workspace/encoding',
    unreadable: 'workspace/unreadable',
    notFile: 'workspace/not-a-file',
};
class Workspace {
    root;
    maxFileBytes;
    realRoot;
    constructor(root, options = {}) {
        this.root = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root);
        this.realRoot = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(this.root);
        this.maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    }
    /** Normalises a submission-relative path to `/` separators, or null when it points outside the root. */
    normalize(rel) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(this.root, rel);
        const fromRoot = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.root, abs);
        if (fromRoot === '' || fromRoot.startsWith('..') || node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(fromRoot))
            return null;
        return fromRoot.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
    }
    /**
     * What sits at a path, without following a symlink that leaves the root. Symlinks inside the root are
     * followed, as git checkouts of a repository can legitimately contain them.
     */
    stat(rel) {
        const norm = this.normalize(rel);
        if (norm === null)
            return 'escapes';
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, norm);
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
        }
        catch {
            // A dangling link is "missing", unless the link itself exists and points out of the tree.
            try {
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().lstatSync(abs);
                return this.linkTargetEscapes(abs) ? 'escapes' : 'missing';
            }
            catch {
                return 'missing';
            }
        }
        if (!this.inside(real))
            return 'escapes';
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real);
        return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'missing';
    }
    /** Names in a directory, sorted so every run visits files in the same order. */
    list(relDir) {
        if (this.stat(relDir) !== 'dir')
            return [];
        const norm = this.normalize(relDir);
        if (norm === null)
            return [];
        return node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, norm)).sort();
    }
    /**
     * The regular files under a folder, recursively, as sorted submission-relative paths. Symbolic links are never
     * followed (they are listed in `links`), and folders that hold tools' output rather than the learner's work
     * (`.git`, `node_modules`, `cdk.out`) are not entered. At most `maxFiles` are returned; `truncated` says more
     * were there.
     */
    walk(relDir, maxFiles = WALK_MAX_FILES) {
        const files = [];
        const links = [];
        let truncated = false;
        const start = this.normalize(relDir);
        if (start === null || this.stat(start) !== 'dir')
            return { files, links, truncated };
        const visit = (dir) => {
            const entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, dir), { withFileTypes: true });
            entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
            for (const e of entries) {
                const rel = `${dir}/${e.name}`;
                if (e.isSymbolicLink())
                    links.push(rel);
                else if (e.isDirectory()) {
                    if (!WALK_SKIP_DIRS.has(e.name))
                        visit(rel);
                }
                else if (e.isFile()) {
                    if (files.length < maxFiles)
                        files.push(rel);
                    else
                        truncated = true;
                }
            }
        };
        visit(start);
        return { files: files.sort(), links: links.sort(), truncated };
    }
    read(rel) {
        const norm = this.normalize(rel);
        const shown = norm ?? rel.split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
        const fail = (ruleId, message) => ({
            ok: false,
            path: shown,
            finding: { file: shown, line: 1, column: 1, severity: 'error', ruleId, message },
        });
        if (norm === null) {
            return fail(WORKSPACE_RULE.outside, `The path '${rel}' is outside the submission, so it was not read.`);
        }
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(this.root, norm);
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
        }
        catch {
            return fail(WORKSPACE_RULE.unreadable, `'${norm}' could not be found or read. Check that the file exists and is committed.`);
        }
        if (!this.inside(real)) {
            return fail(WORKSPACE_RULE.symlink, `'${norm}' is a symbolic link to a place outside the repository, so the grader will not read it. ` +
                'Replace the link with the file itself.');
        }
        let fd;
        try {
            fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(real, 'r');
        }
        catch {
            return fail(WORKSPACE_RULE.unreadable, `'${norm}' could not be opened. Check the file's permissions.`);
        }
        try {
            const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().fstatSync(fd);
            if (!st.isFile()) {
                return fail(WORKSPACE_RULE.notFile, `'${norm}' is not a regular file (it is a directory or a device).`);
            }
            if (st.size > this.maxFileBytes) {
                return fail(WORKSPACE_RULE.tooLarge, `'${norm}' is ${formatBytes(st.size)}, over the grader's limit of ${formatBytes(this.maxFileBytes)}. ` +
                    'Lab files are small text files; remove generated or bundled content from it.');
            }
            // Read at most one byte past the cap in case the file grew since fstat.
            const buf = Buffer.alloc(Math.min(st.size, this.maxFileBytes) + 1);
            const n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, 0, buf.length, 0);
            if (n > this.maxFileBytes) {
                return fail(WORKSPACE_RULE.tooLarge, `'${norm}' is over the grader's limit of ${formatBytes(this.maxFileBytes)}.`);
            }
            const decoded = decodeText(buf.subarray(0, n));
            if (!decoded.ok)
                return fail(decoded.ruleId, decoded.message(norm));
            return { ok: true, path: norm, text: decoded.text };
        }
        finally {
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
        }
    }
    inside(real) {
        const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(this.realRoot, real);
        return rel === '' || (!rel.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(rel));
    }
    linkTargetEscapes(abs) {
        try {
            const target = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readlinkSync(abs);
            return !this.inside(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(abs), target));
        }
        catch {
            return false;
        }
    }
}
/**
 * Decodes learner text: UTF-8 with or without a BOM, CRLF or LF. UTF-16 (which Windows editors and
 * PowerShell's `>` produce) and binary content are refused with a message saying how to fix the file.
 */
function decodeText(buf) {
    const b0 = buf[0];
    const b1 = buf[1];
    const utf16 = (b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff) || looksLikeBomlessUtf16(buf);
    if (utf16) {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.encoding,
            message: (f) => `'${f}' is saved as UTF-16, which the grader (and most AWS tools) cannot read. ` +
                'Save it as UTF-8: in VS Code, click the encoding in the status bar and choose "Save with Encoding" > "UTF-8".',
        };
    }
    const sniff = buf.subarray(0, BINARY_SNIFF_BYTES);
    if (sniff.includes(0)) {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.binary,
            message: (f) => `'${f}' looks like a binary file, not text, so it cannot be graded. Commit the text source instead.`,
        };
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
    }
    catch {
        return {
            ok: false,
            ruleId: WORKSPACE_RULE.encoding,
            message: (f) => `'${f}' is not valid UTF-8 text. Save it as UTF-8 (without special characters from another encoding).`,
        };
    }
    // CRLF and lone CR become LF; line numbers are unchanged, so positions still match the learner's editor.
    return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
/** UTF-16 without a BOM: in ASCII-heavy text, every other byte is zero. */
function looksLikeBomlessUtf16(buf) {
    const n = Math.min(buf.length, 512) & ~1;
    if (n < 8)
        return false;
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
        if (buf[i] === 0)
            evenZeros++;
        if (buf[i + 1] === 0)
            oddZeros++;
    }
    const pairs = n / 2;
    return (oddZeros > pairs * 0.7 && evenZeros === 0) || (evenZeros > pairs * 0.7 && oddZeros === 0);
}
function formatBytes(n) {
    if (n >= 1024 * 1024)
        return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
    if (n >= 1024)
        return `${(n / 1024).toFixed(1)} KiB`;
    return (0,_plural_js__WEBPACK_IMPORTED_MODULE_2__/* .countNoun */ .y)(n, 'byte');
}


/***/ }),

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
/* harmony export */   Oh: () => (/* binding */ parseCpu),
/* harmony export */   Ol: () => (/* binding */ cpusForMemory),
/* harmony export */   P1: () => (/* binding */ nearestCpu),
/* harmony export */   P4: () => (/* binding */ describeCpus),
/* harmony export */   Pw: () => (/* binding */ parseMemory),
/* harmony export */   Rt: () => (/* binding */ sizeForCpu),
/* harmony export */   qi: () => (/* binding */ FARGATE_SIZES),
/* harmony export */   s_: () => (/* binding */ nearestMemory)
/* harmony export */ });
/* unused harmony exports FARGATE_SIZES_SOURCE, isValidPair */
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
