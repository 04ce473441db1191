// SBX013: one run costs no more than the instructor's budget. The estimate prices the whole run at its longest
// (create, verify and delete, each at its bound), so a refusal here is before any money is spent.
import { estimateCost, usd } from '../cost.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'budgetUsd' | 'timeoutMinutes' | 'parameters'>()({
  meta: {
    id: 'SBX013',
    name: 'budget',
    target: 'cloudformation',
    severity: 'error',
    title: 'Stay within the per-run budget',
    description:
      "The estimated cost of one sandbox run (Fargate tasks, load balancers, NAT gateways and public IPv4 addresses, for the longest the run can last) is no more than 'deploy-budget-usd'.",
    docsUrl: 'https://aws.amazon.com/fargate/pricing/',
    evidence: ['AWS Fargate pricing', 'Elastic Load Balancing pricing', 'VPC NAT gateway pricing'],
    messages: {
      overBudget:
        "One sandbox run of this template is estimated at {{run}} ({{hourly}} per hour for up to {{minutes}} minutes), above the per-run budget of {{budget}}. The largest items: {{largest}}. Use fewer or smaller tasks, or ask your instructor to raise 'deploy-budget-usd'.",
    },
  },
  check(doc, ctx) {
    const { budgetUsd, timeoutMinutes, parameters } = ctx.options;
    const estimate = estimateCost(deployedTemplate(doc, parameters), timeoutMinutes);
    if (estimate.runUsd <= budgetUsd) return;
    const top = [...estimate.lines].sort((a, b) => b.usdPerHour - a.usdPerHour).slice(0, 3);
    ctx.report('overBudget', {
      run: usd(estimate.runUsd),
      hourly: usd(estimate.hourlyUsd),
      minutes: estimate.runMinutes,
      budget: usd(budgetUsd),
      largest: top.map((l) => `'${l.logicalId}' ${l.what} ${usd(l.usdPerHour)}/hour`).join('; '),
    });
  },
});
