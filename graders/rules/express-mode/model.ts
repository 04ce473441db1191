// Helper module (exports no rule): how the EXP rules read the service lab 13 grades. The lab accepts two designs:
// an Amazon ECS Express Mode service ('AWS::ECS::ExpressGatewayService'), which AWS points new work to, or an AWS
// App Runner service ('AWS::AppRunner::Service'), which AWS closed to new customers on 2026-04-30 but which existing
// accounts still run. A template with an Express service is read in the Express design, even when it also keeps
// an App Runner service (a migration in progress); otherwise its first App Runner service is graded.
//
// Sources: AWS::ECS::ExpressGatewayService and AWS::AppRunner::Service in the CloudFormation Template Reference, and
// "AWS App Runner availability change", https://docs.aws.amazon.com/apprunner/latest/dg/apprunner-availability-change.html
import type { CfnTemplate, CfnTemplateDoc, DataPath, RuleContext } from '../../engine/types.js';
import {
  attributeOf,
  get,
  isRecord,
  literalString,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';
import { ROLE } from '../lib/iam.js';
import { policyDocument, policyStatements, stringList } from '../lib/policy.js';

export const EXPRESS_SERVICE = 'AWS::ECS::ExpressGatewayService';
export const APP_RUNNER_SERVICE = 'AWS::AppRunner::Service';
export const APP_RUNNER_SCALING = 'AWS::AppRunner::AutoScalingConfiguration';
export const APP_RUNNER_CONNECTOR = 'AWS::AppRunner::VpcConnector';
export const LOG_GROUP = 'AWS::Logs::LogGroup';
export const KMS_KEY = 'AWS::KMS::Key';

export type Design = 'express' | 'apprunner';

export interface Subject {
  design: Design;
  svc: NamedResource;
}

export const expressMessages = {
  noService:
    "The template defines no 'AWS::ECS::ExpressGatewayService' (nor an 'AWS::AppRunner::Service'), so there is nothing to check yet. Add the Express service that runs the labs-web image (see the lab README).",
} as const;

/** The service the lab grades: the first Express service, else the first App Runner service. */
export function subjectOf(t: CfnTemplate): Subject | undefined {
  const express = resources(t, EXPRESS_SERVICE)[0];
  if (express) return { design: 'express', svc: express };
  const runner = resources(t, APP_RUNNER_SERVICE)[0];
  return runner ? { design: 'apprunner', svc: runner } : undefined;
}

/** The graded service, or undefined after reporting that there is none. */
export function readSubject(
  doc: CfnTemplateDoc,
  ctx: RuleContext<keyof typeof expressMessages>,
): Subject | undefined {
  const s = subjectOf(doc.template);
  if (!s) ctx.report('noService', {}, ['Resources']);
  return s;
}

/** The data path of a property of the service, for findings. */
export function propPath(svc: NamedResource, ...rest: (string | number)[]): DataPath {
  return [...svc.path, 'Properties', ...rest];
}

/** The deepest existing object along a property path of the service: where to report a missing setting. */
export function existingPath(svc: NamedResource, keys: readonly string[]): DataPath {
  let at: DataPath = propPath(svc);
  let cur: unknown = svc.props;
  for (const k of keys) {
    const next = isRecord(cur) ? cur[k] : undefined;
    if (!isRecord(next)) break;
    at = [...at, k];
    cur = next;
  }
  return at;
}

// ---------------------------------------------------------------------------------------------
// The app's port. The labs-web server (labs/01-production-dockerfile/server.js) listens on the PORT environment
// variable, or 3000 when it is not set.

export const APP_DEFAULT_PORT = 3000;

/**
 * The port the app listens on, from a list of environment entries (`{ Name, Value }`): the PORT entry's literal
 * value, 3000 when there is none, or undefined when PORT is set to something the template does not fix.
 */
export function appPort(t: CfnTemplate, env: unknown): number | undefined {
  const entry = portVariable(t, env);
  if (!entry) return APP_DEFAULT_PORT;
  const value = literalString(t, entry['Value']);
  return value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : undefined;
}

/** The environment entry that sets PORT, if any. */
export function portVariable(t: CfnTemplate, env: unknown): Record<string, unknown> | undefined {
  const list: unknown[] = Array.isArray(env) ? env : [];
  const entry = list.find((e) => isRecord(e) && literalString(t, e['Name']) === 'PORT');
  return isRecord(entry) ? entry : undefined;
}

// ---------------------------------------------------------------------------------------------
// Roles the service names.

/**
 * A role the service names: a role of this template by `!GetAtt Role.Arn` (or `!Sub '${Role.Arn}'`), or
 * something the grader cannot open (an ARN text, a parameter, an import, or `!Ref Role`, which is the role's name).
 */
export type RoleUse =
  | { kind: 'role'; role: NamedResource }
  | { kind: 'name'; role: NamedResource }
  | { kind: 'external'; text: string };

export function roleUse(t: CfnTemplate, v: unknown): RoleUse | undefined {
  if (v === undefined || v === null) return undefined;
  const id = targetOf(v);
  const r = id === undefined ? undefined : resource(t, id);
  if (r?.resource.Type === ROLE)
    return attributeIn(v) === 'Arn' ? { kind: 'role', role: r } : { kind: 'name', role: r };
  return {
    kind: 'external',
    text: literalString(t, v) ?? (id !== undefined ? `!Ref ${id}` : 'a computed value'),
  };
}

/** Whether a role's trust policy lets the AWS service principal assume it. */
export function trusts(t: CfnTemplate, role: NamedResource, principal: string): boolean {
  return policyStatements(policyDocument(role.props['AssumeRolePolicyDocument'])).some(
    ({ statement }) =>
      literalString(t, statement['Effect']) === 'Allow' &&
      stringList(get(statement, ['Principal', 'Service'])).includes(principal),
  );
}

/** The service principals a role trusts, quoted and joined for a message, or 'no AWS service'. */
export function trustedPrincipals(t: CfnTemplate, role: NamedResource): string {
  const list = policyStatements(policyDocument(role.props['AssumeRolePolicyDocument'])).flatMap(
    ({ statement }) =>
      literalString(t, statement['Effect']) === 'Allow'
        ? stringList(get(statement, ['Principal', 'Service']))
        : [],
  );
  return list.length ? list.map((p) => `'${p}'`).join(', ') : 'no AWS service';
}

// ---------------------------------------------------------------------------------------------
// Resources a property points at.

/** The resource of this template of the given type that a value names by `!GetAtt X.<attr>` (or `!Ref X`). */
export function pointsAt(
  t: CfnTemplate,
  v: unknown,
  type: string,
  attrs: readonly (string | undefined)[],
): NamedResource | undefined {
  const id = targetOf(v);
  const r = id === undefined ? undefined : resource(t, id);
  if (!r || r.resource.Type !== type) return undefined;
  return attrs.includes(attributeIn(v)) ? r : undefined;
}

/** The attribute a value names: `!GetAtt X.Attr`, or a Sub that is only '${X.Attr}'. */
export function attributeIn(v: unknown): string | undefined {
  const ga = attributeOf(v);
  if (ga !== undefined || !isRecord(v)) return ga;
  const sub = v['Fn::Sub'];
  const text =
    typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : undefined;
  return text === undefined ? undefined : /^\$\{[A-Za-z0-9]+\.([A-Za-z0-9.]+)\}$/.exec(text)?.[1];
}
