export const id = 945;
export const ids = [945];
export const modules = {

/***/ 4945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planSandbox: () => (/* binding */ planSandbox),
  renderPlanJson: () => (/* binding */ renderPlanJson),
  renderPlanPretty: () => (/* binding */ renderPlanPretty)
});

// EXTERNAL MODULE: ./action/sandbox/cost.ts
var sandbox_cost = __webpack_require__(3580);
// EXTERNAL MODULE: ./action/sandbox/guard/index.ts + 24 modules
var sandbox_guard = __webpack_require__(752);
;// CONCATENATED MODULE: ./action/sandbox/labs.ts
/**
 * Each loaded lab's CloudFormation template, exactly as the grader parsed it (the loader's result, so nothing is
 * read twice). Labs without a parsed template are left out: their static items already say why.
 */
function sandboxLabs(submission) {
    const out = [];
    for (const { lab, files, started } of submission.labs) {
        // An untouched starter is not the learner's work: deploying it would spend the budget on nothing to grade.
        if (!started)
            continue;
        const st = [...files.values()].find((f) => f.spec.kind === 'cloudformation');
        if (st?.state === 'parsed' && st.doc.kind === 'cloudformation')
            out.push({ id: lab.id, sandbox: lab.sandbox, template: st.doc });
    }
    return out;
}
/** Only the instructor's values for parameters this template declares: CloudFormation rejects the others. */
function declaredParameters(template, values) {
    const declared = template.template.Parameters ?? {};
    return Object.fromEntries(Object.entries(values).filter(([k]) => Object.hasOwn(declared, k)));
}

// EXTERNAL MODULE: ./graders/rules/fargate-capacity/prices.ts
var prices = __webpack_require__(705);
;// CONCATENATED MODULE: ./action/sandbox/plan.ts




/** The plan for every lab of a loaded submission, in the submission's order. Throws if a guard rule crashes. */
function planSandbox(submission, settings) {
    const labs = [];
    for (const { lab, files } of submission.labs) {
        const st = [...files.values()].find((f) => f.spec.kind === 'cloudformation');
        const doc = st?.state === 'parsed' && st.doc.kind === 'cloudformation' ? st.doc : undefined;
        if (!lab.sandbox.deployable || !doc) {
            labs.push({
                id: lab.id,
                deployable: lab.sandbox.deployable,
                verdict: 'not-deployable',
                refusals: [],
                estimate: null,
            });
            continue;
        }
        const guard = (0,sandbox_guard/* guardTemplate */.q)(doc, {
            labId: lab.id,
            sandbox: lab.sandbox,
            parameters: declaredParameters(doc, settings.parameters),
            caps: settings.caps,
            budgetUsd: settings.budgetUsd,
            timeoutMinutes: settings.timeoutMinutes,
        });
        labs.push({
            id: lab.id,
            deployable: true,
            verdict: guard.refusals.length ? 'refused' : 'allowed',
            refusals: guard.refusals.map((f) => ({
                file: f.file,
                line: f.line,
                column: f.column,
                ruleId: f.ruleId,
                message: f.message,
            })),
            estimate: {
                runUsd: round(guard.estimate.runUsd),
                monthlyUsd: round(guard.estimate.hourlyUsd * prices/* HOURS_PER_MONTH */.x4),
            },
        });
    }
    return { schemaVersion: 1, labs };
}
function renderPlanJson(plan) {
    return `${JSON.stringify(plan, null, 2)}\n`;
}
/** One line per lab, then its refusals at their positions, then a count. */
function renderPlanPretty(plan, reasons = {}) {
    const out = [];
    const width = Math.max(0, ...plan.labs.map((l) => l.id.length)) + 2;
    for (const l of plan.labs) {
        const cost = l.estimate
            ? `  ${(0,sandbox_cost/* usd */.dR)(l.estimate.runUsd)} per run, ${(0,sandbox_cost/* usd */.dR)(l.estimate.monthlyUsd)} per month`
            : '';
        const why = l.verdict === 'not-deployable'
            ? `  ${l.deployable ? 'no readable CloudFormation template to deploy' : (reasons[l.id] ?? 'never deployed')}`
            : '';
        out.push(`${l.id.padEnd(width)}${l.verdict.padEnd(15)}${cost}${why}`);
        for (const r of l.refusals)
            out.push(`  ${r.file}:${r.line}:${r.column}  ${r.ruleId}  ${r.message}`);
    }
    const n = (v) => plan.labs.filter((l) => l.verdict === v).length;
    out.push(`${n('allowed')} allowed, ${n('refused')} refused, ${n('not-deployable')} not deployable`);
    return `${out.join('\n')}\n`;
}
function round(n) {
    return Math.round(n * 10_000) / 10_000;
}


/***/ })

};
