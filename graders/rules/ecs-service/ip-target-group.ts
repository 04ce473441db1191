// SVC006: every load-balanced ECS service registers its tasks in a target group of type 'ip' (the only type
// awsvpc tasks can use), that target group has a listener in front of it, and it health-checks the app's
// health endpoint: exactly '/health'. The app (labs/01-production-dockerfile/server.js) compares the whole
// request URL with '/health', so even '/health?probe=1' is a 404 there.
import { defineRule } from '../../engine/define.js';
import {
  literalBool,
  literalString,
  refersTo,
  resources,
  targetResource,
  type NamedResource,
} from '../lib/cloudformation.js';
import {
  awsvpcConfiguration,
  loadBalancerEntries,
  readServices,
  serviceMessages,
  TARGET_GROUP,
} from './util/service.js';

const LISTENERS = ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::ListenerRule'];

/** The labs' app reports whether it can serve requests at this path, and nowhere else. */
export const HEALTH_PATH = '/health';

/**
 * Whether a health-check path calls the app's health endpoint. The app matches the request URL exactly, query
 * string included, so only '/health' itself answers 200.
 */
export function isHealthPath(path: string): boolean {
  return path.trim() === HEALTH_PATH;
}

export default defineRule({
  meta: {
    id: 'SVC006',
    name: 'ip-target-group',
    target: 'cloudformation',
    severity: 'error',
    title: "Register tasks in an 'ip' target group with a health-check path",
    description:
      "Every ECS service sits behind a load balancer through a target group that has TargetType 'ip' (required for awsvpc tasks), a listener forwarding to it, and a HealthCheckPath pointing at the application's health endpoint.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb.html',
    evidence: ['CKV_AWS_261', 'E3049', 'E3053'],
    messages: {
      ...serviceMessages,
      notLoadBalanced:
        "Service '{{service}}' has no 'LoadBalancers', so the load balancer never learns the tasks' addresses and sends them no traffic. Add 'LoadBalancers: [{ ContainerName: …, ContainerPort: …, TargetGroupArn: !Ref TargetGroup }]'.",
      noTargetGroupArn:
        "A 'LoadBalancers' entry of service '{{service}}' has no 'TargetGroupArn'. Point it at the target group with 'TargetGroupArn: !Ref TargetGroup'.",
      unresolved:
        "Service '{{service}}' uses a target group the grader cannot follow to this template, so it cannot check its type or health check. Define the target group in this template and reference it with '!Ref'.",
      notIp:
        "Target group '{{group}}' has target type {{type}}, but tasks with awsvpc networking (every Fargate task) register by IP address, and ECS rejects an 'instance' target group for them. Set 'TargetType: ip'.",
      noListener:
        "No listener or listener rule forwards to target group '{{group}}', and ECS cannot create a service whose target group has no load balancer. Add an 'AWS::ElasticLoadBalancingV2::Listener' whose default action forwards to it.",
      noHealthCheckPath:
        "Target group '{{group}}' has no 'HealthCheckPath', so the load balancer checks '/' (the default), the app's greeting page rather than its health endpoint: the checks then say only that the server accepts connections, not that the app can serve. Set 'HealthCheckPath: /health'.",
      wrongHealthCheckPath:
        "Target group '{{group}}' health-checks '{{path}}', but the lab app reports its health only at '/health' (labs/01-production-dockerfile/server.js): {{why}} Set 'HealthCheckPath: /health'.",
      healthCheckDisabled:
        "Target group '{{group}}' turns health checks off, so the load balancer keeps sending requests to tasks that have stopped answering and ECS never replaces them. Remove 'HealthCheckEnabled: false' and set 'HealthCheckPath'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const failed = new Set<string>();
    // A target group shared by two services is reported once; both services count as failed.
    const groupOk = new Map<string, boolean>();
    const checkGroup = (tg: NamedResource, awsvpc: boolean): boolean => {
      let ok = true;
      const report = (...args: Parameters<typeof ctx.report>) => {
        ok = false;
        ctx.report(...args);
      };
      const at = [...tg.path, 'Properties'];
      const type = literalString(t, tg.props['TargetType'])?.toLowerCase();
      if (awsvpc && type !== 'ip') {
        report(
          'notIp',
          { group: tg.name, type: type ? `'${type}'` : "'instance' (the default)" },
          tg.props['TargetType'] !== undefined ? [...at, 'TargetType'] : at,
        );
      }
      if (!resources(t, ...LISTENERS).some((l) => refersTo(l.props, tg.name)))
        report('noListener', { group: tg.name }, tg.path);
      const protocol = literalString(
        t,
        tg.props['HealthCheckProtocol'] ?? tg.props['Protocol'],
      )?.toUpperCase();
      const http = protocol === undefined || protocol === 'HTTP' || protocol === 'HTTPS';
      const path = tg.props['HealthCheckPath'];
      if (literalBool(t, tg.props['HealthCheckEnabled']) === false) {
        report('healthCheckDisabled', { group: tg.name }, [...at, 'HealthCheckEnabled']);
      } else if (http) {
        // A path decided at deploy time (a parameter without a default) is given the benefit of the doubt.
        const text = path === undefined ? '' : literalString(t, path);
        if (text !== undefined && text.trim() === '') report('noHealthCheckPath', { group: tg.name }, at);
        else if (text !== undefined && !isHealthPath(text)) {
          const p = text.trim();
          const why =
            p === '/'
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
      const fail = (...args: Parameters<typeof ctx.report>) => {
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
        const tg = targetResource(t, entry['TargetGroupArn']);
        if (!tg || tg.resource.Type !== TARGET_GROUP) {
          fail('unresolved', { service: svc.name }, [...path, 'TargetGroupArn']);
          continue;
        }
        let ok = groupOk.get(tg.name);
        if (ok === undefined) {
          ok = checkGroup(tg, awsvpc);
          groupOk.set(tg.name, ok);
        }
        if (!ok) failed.add(svc.name);
      }
    }
    if (services.length > 0) ctx.tally(services.length, failed.size);
  },
});
