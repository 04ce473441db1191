// What every guard rule shares: the settings it may read (ESLint-style rule options, passed by guardTemplate),
// a defineRule that types them per rule, and the template as CloudFormation will deploy it.
import { isRecord } from '../../../../graders/engine/parsers/record.js';
import type { CfnTemplate, CfnTemplateDoc, Rule } from '../../../../graders/engine/types.js';
import type { DeployableSandbox } from '../../../../graders/rubrics/lib/sandbox.js';
import type { GuardCaps } from '../../settings.js';

export interface GuardOptions {
  /** The lab being deployed, named in the messages. */
  labId: string;
  /** The lab's own declaration (`sandbox` in its defineLab): extra resource types and resource counts. */
  sandbox: DeployableSandbox;
  /** The instructor's values (`deploy-parameters`) for parameters the template declares; they replace Defaults. */
  parameters: Readonly<Record<string, string>>;
  /** The instructor's caps on service size and task size. */
  caps: GuardCaps;
  budgetUsd: number;
  /** `deploy-timeout-minutes`: how long a stack may take to create, which the cost estimate prices. */
  timeoutMinutes: number;
}

/** A guard rule reading the options named by K; a rule that reads none has K = never. */
export type GuardRule<K extends keyof GuardOptions = keyof GuardOptions> = Rule<
  'cloudformation',
  string,
  Pick<GuardOptions, K>
>;

/**
 * defineRule for guard rules: `defineGuardRule<'caps' | 'parameters'>()({ meta, check })`. The options a rule
 * reads are its type parameter, so its tests pass exactly those; the second call lets TypeScript infer the
 * message ids as defineRule does.
 */
export function defineGuardRule<K extends keyof GuardOptions = never>() {
  return <M extends string>(
    rule: Rule<'cloudformation', M, Pick<GuardOptions, K>>,
  ): Rule<'cloudformation', M, Pick<GuardOptions, K>> => rule;
}

/**
 * The template as it will be deployed: a parameter the instructor supplies takes that value, so every rule and
 * the estimate read what CloudFormation will use. Positions are unaffected (only the parsed value changes).
 */
export function deployedTemplate(
  doc: CfnTemplateDoc,
  values: Readonly<Record<string, string>> = {},
): CfnTemplate {
  const t = doc.template;
  const params = t.Parameters ?? {};
  if (!Object.keys(values).some((k) => Object.hasOwn(params, k))) return t;
  const next: Record<string, Record<string, unknown>> = {};
  for (const [k, p] of Object.entries(params)) {
    next[k] = Object.hasOwn(values, k) && isRecord(p) ? { ...p, Default: values[k] } : p;
  }
  return { ...t, Parameters: next };
}

/** Long-lived IAM credentials: refused outright by SBX004, so the other per-resource rules leave them alone. */
export const CREDENTIAL_TYPES: readonly string[] = [
  'AWS::IAM::User',
  'AWS::IAM::AccessKey',
  'AWS::IAM::UserToGroupAddition',
];
