// SCN009: both services are health-checked, so ECS replaces a task that runs but no longer answers: every essential
// container of the task definition the service runs has a valid container health check, or the service sits behind
// a target group with an explicit health check. Service Connect itself routes on passive outlier detection only.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import {
  isRecord,
  literalBool,
  literalNumber,
  literalString,
  targetResource,
} from '../lib/cloudformation.js';
import { describe, modelOf, type ContainerModel, type ServiceModel } from './model.js';
import type { CfnTemplate } from '../../engine/types.js';

/** ECS API HealthCheck ranges, in seconds except retries. */
const RANGES = [
  { key: 'Interval', min: 5, max: 300 },
  { key: 'Timeout', min: 2, max: 60 },
  { key: 'Retries', min: 1, max: 10 },
  { key: 'StartPeriod', min: 0, max: 300 },
] as const;

type Problem = { id: 'badCommand' | 'outOfRange'; data: Record<string, string | number>; at: DataPath };

export default defineRule({
  meta: {
    id: 'SCN009',
    name: 'service-health-checks',
    target: 'cloudformation',
    severity: 'error',
    title: 'Health-check both services',
    description:
      "Every essential container in each service's task definition has a 'HealthCheck' whose 'Command' starts with 'CMD' or 'CMD-SHELL', with Interval 5–300, Timeout 2–60, Retries 1–10 and StartPeriod 0–300, or the service is registered in a target group with an explicit 'HealthCheckPath'.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_HealthCheck.html',
    evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_AWS_261'],
    messages: {
      noServices: "The template declares no 'AWS::ECS::Service', so there is nothing to health-check yet.",
      missing:
        "Container '{{container}}' of '{{taskDefinition}}' (run by service '{{service}}') has no 'HealthCheck', so ECS only notices when its process exits, not when it hangs. Add 'HealthCheck: { Command: [CMD-SHELL, \"wget -q -O /dev/null http://localhost:{{port}}/health || exit 1\"] }'{{orTargetGroup}}.",
      badCommand:
        "Container '{{container}}' of '{{taskDefinition}}' has a health check 'Command' that is {{what}}; it must be a list starting with 'CMD' or 'CMD-SHELL' followed by the check, such as '[CMD-SHELL, \"wget -q -O /dev/null http://localhost:8080/health || exit 1\"]'.",
      outOfRange:
        "Container '{{container}}' of '{{taskDefinition}}' sets health check '{{key}}' to {{value}}, outside the {{min}}–{{max}} ECS accepts, so registration fails. Use a whole number in that range.",
      taskDefinitionUnknown:
        "Service '{{service}}' runs a task definition that is not a resource of this template, so its health checks cannot be checked. Set 'TaskDefinition: !Ref <TaskDefinition>'.",
      targetGroupNoPath:
        "Service '{{service}}' is behind target group '{{targetGroup}}', whose health check {{why}}, and its containers have no health check either. Set 'HealthCheckPath: /health' on the target group or add container health checks.",
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
      const missing: ContainerModel[] = [];
      const problems: Problem[] = [];
      for (const c of essential) {
        const hc = c.def['HealthCheck'];
        if (hc === undefined) missing.push(c);
        else problems.push(...healthCheckProblems(t, c, hc));
      }
      const tg = targetGroupCheck(t, s);
      const base = { service: s.name, taskDefinition: td.name };
      // Invalid checks fail registration whatever the load balancer does; missing ones can be covered by it.
      for (const p of problems) ctx.report(p.id, { ...base, ...p.data }, p.at);
      if (missing.length && tg?.ok !== true) {
        if (tg && !tg.ok)
          ctx.report('targetGroupNoPath', { service: s.name, targetGroup: tg.name, why: tg.why }, tg.path);
        else
          for (const c of missing) {
            const port = c.portMappings[0]?.containerPort ?? 8080;
            ctx.report(
              'missing',
              {
                ...base,
                container: c.label,
                port,
                orTargetGroup: s.props['LoadBalancers']
                  ? ', or set a health check path on its target group'
                  : '',
              },
              c.path,
            );
          }
      }
      if (problems.length || (missing.length && tg?.ok !== true)) failed++;
    }
    ctx.tally(m.services.length, failed);
  },
});

function healthCheckProblems(t: CfnTemplate, c: ContainerModel, hc: unknown): Problem[] {
  const at = [...c.path, 'HealthCheck'];
  const container = c.label;
  if (!isRecord(hc)) return [{ id: 'badCommand', data: { container, what: describe(hc) }, at }];
  const out: Problem[] = [];
  const cmd = hc['Command'];
  const first = Array.isArray(cmd) ? literalString(t, cmd[0]) : undefined;
  const rest = Array.isArray(cmd) ? cmd.slice(1).map((p: unknown) => literalString(t, p) ?? '${…}') : [];
  if (
    !Array.isArray(cmd) ||
    (first !== 'CMD' && first !== 'CMD-SHELL') ||
    rest.every((p) => p.trim() === '')
  ) {
    const what = !Array.isArray(cmd)
      ? describe(cmd)
      : cmd.length === 0
        ? 'an empty list'
        : `a list starting with ${describe(cmd[0])}${rest.length ? '' : ' and nothing else'}`;
    out.push({ id: 'badCommand', data: { container, what }, at: [...at, 'Command'] });
  }
  for (const r of RANGES) {
    const raw = hc[r.key];
    if (raw === undefined) continue;
    const v = literalNumber(t, raw);
    if (v === undefined || !Number.isInteger(v) || v < r.min || v > r.max) {
      out.push({
        id: 'outOfRange',
        data: { container, key: r.key, value: describe(raw), min: r.min, max: r.max },
        at: [...at, r.key],
      });
    }
  }
  return out;
}

/** The first target group the service is registered in, and whether its health check is explicit and on. */
function targetGroupCheck(
  t: CfnTemplate,
  s: ServiceModel,
): { name: string; ok: boolean; why: string; path: DataPath } | undefined {
  const lbs = s.props['LoadBalancers'];
  if (!Array.isArray(lbs)) return undefined;
  for (const lb of lbs) {
    const tg = isRecord(lb) ? targetResource(t, lb['TargetGroupArn']) : undefined;
    if (!tg || tg.resource.Type !== 'AWS::ElasticLoadBalancingV2::TargetGroup') continue;
    const path = [...tg.path, 'Properties'];
    if (literalBool(t, tg.props['HealthCheckEnabled']) === false)
      return { name: tg.name, ok: false, why: "is switched off ('HealthCheckEnabled: false')", path };
    const protocol =
      literalString(t, tg.props['HealthCheckProtocol']) ?? literalString(t, tg.props['Protocol']) ?? 'HTTP';
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
