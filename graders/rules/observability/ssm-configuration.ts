// OBS009: the service reads its configuration from Systems Manager Parameter Store: a container's 'Secrets' entry
// takes its value from a parameter ('ValueFrom' is the parameter of this template, by '!Ref' or in an ARN built
// with Sub), and the task EXECUTION role, which fetches it before the container starts, is allowed
// 'ssm:GetParameters' on exactly that parameter. A wildcard resource would let the task read every parameter of the
// account, other teams' database passwords included.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord, resource, resources } from '../lib/cloudformation.js';
import { stringList } from '../lib/policy.js';
import { renderTokens, tokensOf } from '../auto-scaling/model.js';
import { containersOf } from '../fargate-capacity/model.js';
import {
  SSM_PARAMETER,
  actionMatches,
  allowStatements,
  observabilityMessages,
  rolePermissions,
  serviceTasks,
  textOf,
} from './model.js';

const PSEUDO = /\$\{AWS::(Partition|Region|AccountId|URLSuffix)\}/g;
const ARN = /^arn:[^:]+:ssm:[^:]*:[^:]*:parameter(.*)$/;

/**
 * How a value names a Parameter Store parameter, as comparable keys: 'res:<logical id>' for a parameter of this
 * template, 'name:<name>' for its name as text (leading '/' dropped). Empty when it names no parameter; 'wild'
 * when the name has a wildcard.
 */
export function parameterKeys(t: CfnTemplate, v: unknown): { keys: Set<string>; wild: boolean } {
  const keys = new Set<string>();
  const tokens = tokensOf(v);
  if (!tokens) return { keys, wild: false };
  const text = renderTokens(tokens).replace(PSEUDO, (_m, p: string) => p.toLowerCase());
  const arn = ARN.exec(text);
  const name = (arn ? arn[1]! : text).replace(/^\//, '');
  if (!arn && !text.startsWith('/')) {
    // A bare value is a parameter only when it is '!Ref' of one.
    const only = /^\$\{([A-Za-z0-9]+)\}$/.exec(text);
    if (!only || resource(t, only[1]!)?.resource.Type !== SSM_PARAMETER)
      return { keys, wild: text.includes('*') };
  }
  const ref = /^\$\{([A-Za-z0-9]+)\}$/.exec(name);
  if (ref && resource(t, ref[1]!)?.resource.Type === SSM_PARAMETER) {
    keys.add(`res:${ref[1]}`);
    const own = textOf(resource(t, ref[1]!)!.props['Name']);
    if (own !== undefined)
      keys.add(`name:${own.replace(PSEUDO, (_m, p: string) => p.toLowerCase()).replace(/^\//, '')}`);
  } else if (name !== '') {
    keys.add(`name:${name}`);
    for (const p of resources(t, SSM_PARAMETER)) {
      const own = textOf(p.props['Name'])
        ?.replace(PSEUDO, (_m, q: string) => q.toLowerCase())
        .replace(/^\//, '');
      if (own === name) keys.add(`res:${p.name}`);
    }
  }
  return { keys, wild: name.includes('*') || text === '*' };
}

const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((k) => b.has(k));

export default defineRule({
  meta: {
    id: 'OBS009',
    name: 'ssm-configuration',
    target: 'cloudformation',
    severity: 'error',
    title: 'Read configuration from Parameter Store, allowed on exactly that parameter',
    description:
      "A container of every service's task definition has a 'Secrets' entry whose 'ValueFrom' is an AWS::SSM::Parameter of this template ('!Ref' it, or its ARN built with Sub), and the task definition's 'ExecutionRoleArn' names a role of this template with an Allow statement for 'ssm:GetParameters' whose Resource is that parameter's ARN, not a wildcard.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/secrets-envvar-ssm-paramstore.html',
    evidence: ['ECS task execution role: Systems Manager parameters', 'CT.ECS.PR.12', 'IAM.21'],
    messages: {
      ...observabilityMessages,
      noTaskDefinition:
        'Service \'{{service}}\' runs a task definition this template does not define, so the grader cannot see where its configuration comes from. Define the task definition here and set "TaskDefinition: !Ref" it.',
      noParameter:
        "No container of task definition '{{task}}' reads a Parameter Store parameter of this template, so changing the configuration means rebuilding the image or editing the task definition. Add an 'AWS::SSM::Parameter' and a container 'Secrets' entry with \"ValueFrom: !Ref <Parameter>\".",
      noExecutionRole:
        "Task definition '{{task}}' reads parameter '{{parameter}}' but its 'ExecutionRoleArn' names no role of this template, so the grader cannot see that the agent may fetch it. Add the execution role here and set \"ExecutionRoleArn: !GetAtt <Role>.Arn\".",
      notAllowed:
        "Execution role '{{role}}' is not allowed 'ssm:GetParameters' on parameter '{{parameter}}', so the task fails to start with an access denied error. Add a statement with 'Action: ssm:GetParameters' and \"Resource: !Sub 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter${{{parameter}}}'\".",
      tooBroad:
        "Execution role '{{role}}' allows 'ssm:GetParameters' on '{{resource}}', every matching parameter of the account, not only '{{parameter}}'. Narrow the Resource to that parameter's ARN.",
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
      let found: { keys: Set<string>; label: string } | undefined;
      for (const c of containersOf(td)) {
        const secrets = Array.isArray(c.def['Secrets']) ? c.def['Secrets'] : [];
        for (const s of secrets) {
          if (!isRecord(s) || found) continue;
          const { keys } = parameterKeys(t, s['ValueFrom']);
          const res = [...keys].find((k) => k.startsWith('res:'));
          if (res) found = { keys, label: res.slice(4) };
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
      const granting = allowStatements(perms).filter((s) =>
        stringList(s['Action']).some((a) => actionMatches(a, 'ssm:GetParameters')),
      );
      const resourcesOf = (s: Record<string, unknown>) =>
        Array.isArray(s['Resource']) ? s['Resource'] : [s['Resource']];
      const judged = granting.flatMap((s) => resourcesOf(s).map((r) => ({ r, ...parameterKeys(t, r) })));
      const broad = judged.find((j) => j.wild || textOf(j.r) === '*');
      const at = [...perms.role.path, 'Properties'];
      if (broad)
        ctx.report(
          'tooBroad',
          { role: perms.role.name, parameter: found.label, resource: textOf(broad.r) ?? '*' },
          at,
        );
      else if (!judged.some((j) => overlaps(j.keys, found.keys)))
        ctx.report('notAllowed', { role: perms.role.name, parameter: found.label }, at);
    }
    ctx.tally(tasks.length);
  },
});
