// EXP005: the platform health-checks the app at its health endpoint, exactly '/health'. The app
// (labs/01-production-dockerfile/server.js) compares the whole request URL with '/health', so '/health?probe=1' is a
// 404 there, and '/' is the greeting page, which answers whenever the HTTP server is up. Express Mode: the load
// balancer it creates checks 'HealthCheckPath'. App Runner: 'HealthCheckConfiguration' with 'Protocol: HTTP' and
// 'Path'; App Runner's default is a TCP check, which only proves the port is open.
import { defineRule } from '../../engine/define.js';
import { get, isRecord, literalString } from '../lib/cloudformation.js';
import { HEALTH_PATH, isHealthPath } from '../ecs-service/ip-target-group.js';
import { existingPath, expressMessages, propPath, readSubject } from './model.js';

function whyWrong(p: string): string {
  if (p === '/')
    return "'/' is the greeting page, which answers whenever the HTTP server is up, so a task that cannot serve still looks healthy.";
  if (p.startsWith(`${HEALTH_PATH}?`))
    return `the app compares the whole request URL, query string included, with '${HEALTH_PATH}', so it answers 404 at '${p}' and every check fails.`;
  return `the app answers 404 at '${p}', so every check fails and the service never becomes healthy.`;
}

export default defineRule({
  meta: {
    id: 'EXP005',
    name: 'health-check-path',
    target: 'cloudformation',
    severity: 'error',
    title: "Health-check the app at '/health'",
    description:
      "The Express service's 'HealthCheckPath' is exactly '/health'; an App Runner service has a 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-expressgatewayservice.html',
    evidence: ['CONTAINER_BUILD_OPS_02', 'CKV_AWS_261'],
    messages: {
      ...expressMessages,
      noPath:
        "Express service '{{service}}' sets no 'HealthCheckPath', so the load balancer Express Mode creates checks a path of its own choosing instead of the app's health endpoint. Set 'HealthCheckPath: /health'.",
      wrongPath: "Service '{{service}}' health-checks '{{path}}': {{why}} Use '/health'.",
      noHealthCheck:
        "App Runner service '{{service}}' has no 'HealthCheckConfiguration', so App Runner falls back to a TCP check, which passes as soon as the port accepts connections, even when the app cannot serve. Add 'HealthCheckConfiguration' with 'Protocol: HTTP' and 'Path: /health'.",
      tcp: "App Runner service '{{service}}' health-checks over {{protocol}}, which passes as soon as the port accepts connections and never calls '/health'. Set 'Protocol: HTTP' and 'Path: /health'.",
      noRunnerPath:
        "App Runner service '{{service}}' checks over HTTP but sets no 'Path', so App Runner calls '/', the greeting page, which answers whenever the server is up. Set 'Path: /health'.",
      unverifiable:
        "Service '{{service}}' takes its health-check path from a value decided at deploy time, so the grader cannot check it. Write '/health', or give the parameter that Default.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    if (s.design === 'express') {
      const raw = svc.props['HealthCheckPath'];
      if (raw === undefined) {
        ctx.report('noPath', { service: svc.name }, propPath(svc));
        return;
      }
      const path = literalString(t, raw);
      if (path === undefined)
        ctx.report('unverifiable', { service: svc.name }, propPath(svc, 'HealthCheckPath'));
      else if (!isHealthPath(path))
        ctx.report(
          'wrongPath',
          { service: svc.name, path: path.trim(), why: whyWrong(path.trim()) },
          propPath(svc, 'HealthCheckPath'),
        );
      return;
    }
    const hc = svc.props['HealthCheckConfiguration'];
    if (!isRecord(hc)) {
      ctx.report('noHealthCheck', { service: svc.name }, propPath(svc));
      return;
    }
    const protocol = hc['Protocol'] === undefined ? 'TCP' : literalString(t, hc['Protocol']);
    const raw = get(hc, ['Path']);
    const path = raw === undefined ? undefined : literalString(t, raw);
    if (protocol === undefined || (raw !== undefined && path === undefined)) {
      ctx.report('unverifiable', { service: svc.name }, existingPath(svc, ['HealthCheckConfiguration']));
      return;
    }
    if (protocol.toUpperCase() !== 'HTTP') {
      ctx.report(
        'tcp',
        {
          service: svc.name,
          protocol: hc['Protocol'] === undefined ? "TCP (App Runner's default)" : protocol,
        },
        hc['Protocol'] === undefined
          ? propPath(svc, 'HealthCheckConfiguration')
          : propPath(svc, 'HealthCheckConfiguration', 'Protocol'),
      );
      return;
    }
    if (path === undefined)
      ctx.report('noRunnerPath', { service: svc.name }, propPath(svc, 'HealthCheckConfiguration'));
    else if (!isHealthPath(path))
      ctx.report(
        'wrongPath',
        { service: svc.name, path: path.trim(), why: whyWrong(path.trim()) },
        propPath(svc, 'HealthCheckConfiguration', 'Path'),
      );
  },
});
