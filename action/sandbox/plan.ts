// `labgrade sandbox plan`: what a sandbox deploy would do with each lab, worked out offline: the guard's verdict
// with every refusal, and the cost estimate, so an instructor can see it before merging. It makes no AWS call,
// needs no credentials and loads no AWS SDK (test/action/sandbox/lazy-sdk.test.ts proves it): it imports only the
// guard, the estimate and the settings parser, never index.ts.
import type { LoadedSubmission } from '../../graders/engine/load.js';
import type { CfnTemplateDoc } from '../../graders/engine/types.js';
import { usd } from './cost.js';
import { guardTemplate } from './guard/index.js';
import { declaredParameters } from './labs.js';
import type { SandboxSettings } from './settings.js';
import { HOURS_PER_MONTH } from '../../graders/rules/fargate-capacity/prices.js';

export type PlanVerdict = 'allowed' | 'refused' | 'not-deployable';

export interface PlanRefusal {
  file: string;
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

export interface PlanLab {
  id: string;
  /** The lab's own declaration: false for labs the sandbox never deploys (no template to deploy). */
  deployable: boolean;
  /** 'not-deployable' also for a deployable lab with no readable template in the submission. */
  verdict: PlanVerdict;
  refusals: PlanRefusal[];
  /** One run at its longest and one month of standing; null when there is nothing to price. */
  estimate: { runUsd: number; monthlyUsd: number } | null;
}

export interface SandboxPlan {
  schemaVersion: 1;
  labs: PlanLab[];
}

/** The plan for every lab of a loaded submission, in the submission's order. Throws if a guard rule crashes. */
export function planSandbox(submission: LoadedSubmission, settings: SandboxSettings): SandboxPlan {
  const labs: PlanLab[] = [];
  for (const { lab, files } of submission.labs) {
    const st = [...files.values()].find((f) => f.spec.kind === 'cloudformation');
    const doc: CfnTemplateDoc | undefined =
      st?.state === 'parsed' && st.doc.kind === 'cloudformation' ? st.doc : undefined;
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
    const guard = guardTemplate(doc, {
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
        monthlyUsd: round(guard.estimate.hourlyUsd * HOURS_PER_MONTH),
      },
    });
  }
  return { schemaVersion: 1, labs };
}

export function renderPlanJson(plan: SandboxPlan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

/** One line per lab, then its refusals at their positions, then a count. */
export function renderPlanPretty(plan: SandboxPlan, reasons: Readonly<Record<string, string>> = {}): string {
  const out: string[] = [];
  const width = Math.max(0, ...plan.labs.map((l) => l.id.length)) + 2;
  for (const l of plan.labs) {
    const cost = l.estimate
      ? `  ${usd(l.estimate.runUsd)} per run, ${usd(l.estimate.monthlyUsd)} per month`
      : '';
    const why =
      l.verdict === 'not-deployable'
        ? `  ${l.deployable ? 'no readable CloudFormation template to deploy' : (reasons[l.id] ?? 'never deployed')}`
        : '';
    out.push(`${l.id.padEnd(width)}${l.verdict.padEnd(15)}${cost}${why}`);
    for (const r of l.refusals) out.push(`  ${r.file}:${r.line}:${r.column}  ${r.ruleId}  ${r.message}`);
  }
  const n = (v: PlanVerdict) => plan.labs.filter((l) => l.verdict === v).length;
  out.push(`${n('allowed')} allowed, ${n('refused')} refused, ${n('not-deployable')} not deployable`);
  return `${out.join('\n')}\n`;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
