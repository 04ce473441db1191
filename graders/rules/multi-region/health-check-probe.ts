// MRG004: what decides a record's health probes the application itself. A Route 53 health check that a routing
// record uses requests '/health' over HTTPS ('HTTPS' or 'HTTPS_STR_MATCH') from this stack's load balancer
// ('FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName') or from the Region's own endpoint (a parameter, or a
// '!Sub' name that holds '${AWS::Region}'); a fixed host or IP address probes something that is the same in every
// Region. For an alias record that evaluates target health, the load balancer's health is its target groups', so
// those must check '/health'.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import {
  isRecord,
  literalString,
  referrers,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';
import { aliasLoadBalancer, HEALTH_CHECK, healthCheckOf, LOAD_BALANCER, routingRecords } from './model.js';

const HEALTH_PATH = '/health';
const HTTPS_TYPES = ['HTTPS', 'HTTPS_STR_MATCH'];

/** Whether a path is the application's health endpoint (a query string is fine). */
export function isHealthPath(p: string | undefined): boolean {
  return p !== undefined && (p === HEALTH_PATH || p.startsWith(`${HEALTH_PATH}?`));
}

/** Whether a health check's target is this stack's load balancer or the Region's own endpoint. */
function targetsThisRegion(t: CfnTemplate, fqdn: unknown): boolean {
  const id = targetOf(fqdn);
  if (id && resource(t, id)?.resource.Type === LOAD_BALANCER) return true;
  if (isRecord(fqdn) && typeof fqdn['Ref'] === 'string' && isRecord(t.Parameters?.[fqdn['Ref']])) return true;
  const sub = isRecord(fqdn) ? fqdn['Fn::Sub'] : undefined;
  const text = typeof sub === 'string' ? sub : Array.isArray(sub) && typeof sub[0] === 'string' ? sub[0] : '';
  return text.includes('${AWS::Region}') || /\$\{[A-Za-z0-9]+\.DNSName\}/.test(text);
}

export default defineRule({
  meta: {
    id: 'MRG004',
    name: 'health-check-probe',
    target: 'cloudformation',
    severity: 'error',
    title: "Probe the app's /health over HTTPS on this Region's endpoint",
    description:
      "Each Route 53 health check a routing record uses has 'Type: HTTPS' (or HTTPS_STR_MATCH), 'ResourcePath: /health' and a 'FullyQualifiedDomainName' that is this stack's load balancer or the Region's endpoint; an alias record that evaluates target health points at a load balancer whose target groups check '/health'.",
    docsUrl: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/health-checks-creating-values.html',
    evidence: ['AWS::Route53::HealthCheck', 'REL11-BP01'],
    messages: {
      noHealthCheck:
        "Nothing in the template tells Route 53 whether this Region is healthy. Add an 'AWS::Route53::HealthCheck' with 'Type: HTTPS', 'ResourcePath: /health' and 'FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName', and name it in the records' 'HealthCheckId'.",
      notHttps:
        "Health check '{{check}}' has 'Type' '{{value}}'; the application is served over HTTPS, so probe it the way users reach it: 'Type: HTTPS' (with 'Port: 443').",
      wrongPath:
        "Health check '{{check}}' requests '{{value}}' instead of the application's '/health', so it can pass while the application fails. Set 'ResourcePath: /health'.",
      wrongTarget:
        "Health check '{{check}}' probes a fixed host or address, the same in every Region, not this Region's endpoint. Set 'FullyQualifiedDomainName: !GetAtt LoadBalancer.DNSName' (with 'EnableSNI: true').",
      targetGroupPath:
        "Record '{{record}}' trusts the health of load balancer '{{lb}}', but its target group '{{group}}' checks '{{value}}' instead of '/health'. Set 'HealthCheckPath: /health'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const records = routingRecords(t);
    const used = new Map<string, NamedResource>();
    for (const rec of records) {
      const hc = healthCheckOf(t, rec);
      if (hc) used.set(hc.name, hc);
    }
    // Health checks no routing record uses are still read when no record uses any: the learner's work in progress.
    const checks = used.size > 0 ? [...used.values()] : resources(t, HEALTH_CHECK);
    const aliases = records.filter((r) => !healthCheckOf(t, r) && aliasLoadBalancer(t, r));
    if (checks.length === 0 && aliases.length === 0) {
      ctx.report('noHealthCheck', {}, ['Resources']);
      return;
    }
    for (const hc of checks) {
      const cfg = isRecord(hc.props['HealthCheckConfig']) ? hc.props['HealthCheckConfig'] : {};
      const at = [...hc.path, 'Properties', 'HealthCheckConfig'];
      const type = literalString(t, cfg['Type']);
      if (type !== undefined && !HTTPS_TYPES.includes(type))
        ctx.report('notHttps', { check: hc.name, value: type }, [...at, 'Type']);
      const p = literalString(t, cfg['ResourcePath']);
      if (!isHealthPath(p))
        ctx.report('wrongPath', { check: hc.name, value: p ?? '/' }, [
          ...at,
          cfg['ResourcePath'] === undefined ? 'Type' : 'ResourcePath',
        ]);
      if (!targetsThisRegion(t, cfg['FullyQualifiedDomainName']))
        ctx.report('wrongTarget', { check: hc.name }, [
          ...at,
          cfg['FullyQualifiedDomainName'] === undefined ? 'Type' : 'FullyQualifiedDomainName',
        ]);
    }
    for (const rec of aliases) {
      const lb = aliasLoadBalancer(t, rec)!;
      // The target groups the load balancer's listeners (or listener rules) forward to, by reference.
      const listeners = referrers(t, lb.name, 'AWS::ElasticLoadBalancingV2::Listener');
      const groups = resources(t, 'AWS::ElasticLoadBalancingV2::TargetGroup').filter(
        (g) =>
          listeners.some((l) => JSON.stringify(l.props).includes(`"${g.name}"`)) ||
          referrers(t, g.name, 'AWS::ElasticLoadBalancingV2::ListenerRule').length > 0,
      );
      for (const g of groups) {
        const p = literalString(t, g.props['HealthCheckPath']);
        if (!isHealthPath(p))
          ctx.report('targetGroupPath', { record: rec.label, lb: lb.name, group: g.name, value: p ?? '/' }, [
            ...g.path,
            'Properties',
          ]);
      }
    }
  },
});
