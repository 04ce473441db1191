// The guard: a policy over the exact template the sandbox would deploy, checked before any AWS call. Deploying
// learner-written infrastructure runs untrusted input with AWS permissions and costs money, so anything that could
// mint credentials, widen access, escape teardown or exceed the budget is refused, with the resource and the
// reason at its line. The checks are rules like the grader's, one per file here (prefix SBX), run by the engine's
// runRule with the lab's sandbox declaration and the instructor's settings as options. The static grade never
// depends on them.
import { runRule } from '../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc, Finding } from '../../../graders/engine/types.js';
import { estimateCost, type CostEstimate } from '../cost.js';
import billableOptions from './billable-options.js';
import broadPolicy from './broad-policy.js';
import budget from './budget.js';
import computedSize from './computed-size.js';
import desiredCount from './desired-count.js';
import iamCredentials from './iam-credentials.js';
import iamWrite from './iam-write.js';
import loadBalancers from './load-balancers.js';
import natGateways from './nat-gateways.js';
import noTransform from './no-transform.js';
import openTrust from './open-trust.js';
import parameterDefault from './parameter-default.js';
import parameterValue from './parameter-value.js';
import policyLiteral from './policy-literal.js';
import policyTarget from './policy-target.js';
import resourcePolicy from './resource-policy.js';
import resourceType from './resource-type.js';
import retainedResource from './retained-resource.js';
import taskRole from './task-role.js';
import taskSize from './task-size.js';
import templateSize from './template-size.js';
import uniqueName from './unique-name.js';
import { deployedTemplate, type GuardOptions, type GuardRule } from './util/define.js';

export type { GuardOptions, GuardRule } from './util/define.js';

/** Every guard rule, in the order their refusals are listed. */
export const GUARD_RULES: readonly GuardRule[] = [
  templateSize, // SBX001
  noTransform, // SBX002
  parameterDefault, // SBX003
  iamCredentials, // SBX004
  broadPolicy, // SBX005
  openTrust, // SBX006
  resourceType, // SBX007
  retainedResource, // SBX008
  desiredCount, // SBX009
  taskSize, // SBX010
  natGateways, // SBX011
  loadBalancers, // SBX012
  budget, // SBX013
  iamWrite, // SBX014
  policyLiteral, // SBX015
  resourcePolicy, // SBX016
  taskRole, // SBX017
  computedSize, // SBX018
  billableOptions, // SBX019
  policyTarget, // SBX020
  uniqueName, // SBX021
  parameterValue, // SBX022
];

export interface GuardResult {
  /** Empty means the template may be deployed. In rule order, each rule's by position. */
  refusals: Finding[];
  estimate: CostEstimate;
}

/**
 * Runs every guard rule on the template. A rule that crashes throws here rather than passing: a check that did not
 * run must never let a template through, and the caller reports it as the grader's failure.
 */
export function guardTemplate(
  doc: CfnTemplateDoc,
  options: GuardOptions,
  rules: readonly GuardRule[] = GUARD_RULES,
): GuardResult {
  const refusals: Finding[] = [];
  for (const rule of rules) {
    const outcome = runRule(rule, doc, options);
    if (outcome.crash) throw new Error(`guard rule ${rule.meta.id} crashed: ${outcome.crash.message}`);
    refusals.push(...outcome.findings);
  }
  return {
    refusals,
    estimate: estimateCost(deployedTemplate(doc, options.parameters), options.timeoutMinutes),
  };
}
