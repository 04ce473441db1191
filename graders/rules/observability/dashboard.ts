// OBS008: a CloudWatch dashboard shows this stack's service and load balancer. 'DashboardBody' is JSON text,
// usually built with Fn::Sub so it can name the stack's resources; the rule reads the text with every '${X}'
// replaced by a marker, parses it, and looks for a metric row of the service (AWS/ECS or ECS/ContainerInsights with
// this cluster's and service's names) and one of the load balancer (AWS/ApplicationELB with its full name). A
// dashboard of hard-coded names shows another stack's graphs, or empty ones.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { isRecord, resources, type NamedResource } from '../lib/cloudformation.js';
import { clusterNameForms, partIs, serviceNameForms, tokensOf, type Token } from '../auto-scaling/model.js';
import { SERVICE } from '../ecs-service/util/service.js';
import { DASHBOARD, LOAD_BALANCER, observabilityMessages } from './model.js';

const MARK = '@@';

/**
 * The body as JSON text with each reference written as a marker: '@@Ref@@' or '@@Ref.Attr@@' inside a JSON
 * string, and 0 outside one (a number such as a period given by a parameter). Undefined when unreadable.
 */
export function bodyText(v: unknown): string | undefined {
  const tokens = tokensOf(v);
  if (!tokens) return undefined;
  let out = '';
  let inString = false;
  for (const tok of tokens) {
    if ('text' in tok) {
      for (let i = 0; i < tok.text.length; i++) {
        const ch = tok.text[i]!;
        out += ch;
        if (ch === '\\' && inString) {
          out += tok.text[++i] ?? '';
          continue;
        }
        if (ch === '"') inString = !inString;
      }
    } else out += inString ? `${MARK}${tok.ref}${tok.attr ? `.${tok.attr}` : ''}${MARK}` : '0';
  }
  return out;
}

/** A dimension value from the body back as tokens: markers become references, the rest text. */
function valueTokens(s: string): Token[] {
  return s
    .split(MARK)
    .map((piece, i): Token => {
      if (i % 2 === 0) return { text: piece };
      const dot = piece.indexOf('.');
      return dot < 0 ? { ref: piece } : { ref: piece.slice(0, dot), attr: piece.slice(dot + 1) };
    })
    .filter((tok) => !('text' in tok) || tok.text !== '');
}

/** Every metric row of every widget, with '.' (same as the row above) filled in; options objects dropped. */
export function metricRows(body: unknown): string[][] {
  const widgets = isRecord(body) && Array.isArray(body['widgets']) ? body['widgets'] : [];
  const rows: string[][] = [];
  for (const w of widgets) {
    const metrics = isRecord(w) && isRecord(w['properties']) ? w['properties']['metrics'] : undefined;
    if (!Array.isArray(metrics)) continue;
    let previous: string[] = [];
    for (const row of metrics) {
      if (!Array.isArray(row)) continue;
      const filled = row
        .filter((cell): cell is string => typeof cell === 'string')
        .map((cell, i) => (cell === '.' ? (previous[i] ?? '') : cell));
      rows.push(filled);
      previous = filled;
    }
  }
  return rows;
}

function dimension(row: readonly string[], name: string): Token[] | undefined {
  for (let i = 2; i + 1 < row.length; i += 2) if (row[i] === name) return valueTokens(row[i + 1]!);
  return undefined;
}

function showsService(t: CfnTemplate, rows: string[][], svc: NamedResource): boolean {
  const clusters = clusterNameForms(t, svc);
  return rows.some((row) => {
    if (row[0] !== 'AWS/ECS' && row[0] !== 'ECS/ContainerInsights') return false;
    const cluster = dimension(row, 'ClusterName');
    const service = dimension(row, 'ServiceName');
    return (
      cluster !== undefined &&
      service !== undefined &&
      (!clusters || partIs(cluster, clusters)) &&
      partIs(service, serviceNameForms(t, svc))
    );
  });
}

function showsLoadBalancer(t: CfnTemplate, rows: string[][]): boolean {
  const forms = resources(t, LOAD_BALANCER).map((lb) => ({ ref: lb.name, attr: 'LoadBalancerFullName' }));
  return rows.some((row) => {
    const lb = dimension(row, 'LoadBalancer');
    return row[0] === 'AWS/ApplicationELB' && lb !== undefined && partIs(lb, forms);
  });
}

export default defineRule({
  meta: {
    id: 'OBS008',
    name: 'dashboard',
    target: 'cloudformation',
    severity: 'error',
    title: "Show this stack's service and load balancer on a dashboard",
    description:
      "The template has an AWS::CloudWatch::Dashboard whose 'DashboardBody' is valid JSON with a metric row of the service (AWS/ECS with 'ClusterName' '${Cluster}' and 'ServiceName' '${Service.Name}') and one of the load balancer (AWS/ApplicationELB with 'LoadBalancer' '${LoadBalancer.LoadBalancerFullName}').",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/CloudWatch-Dashboard-Body-Structure.html',
    evidence: ['CloudWatch dashboard body structure'],
    messages: {
      ...observabilityMessages,
      noDashboard:
        "The template has no 'AWS::CloudWatch::Dashboard', so during an incident everyone builds their own graphs. Add one whose 'DashboardBody' (a '!Sub' JSON string) graphs the service's CPU and memory and the load balancer's requests and errors.",
      unreadable:
        "Dashboard '{{dashboard}}' has a 'DashboardBody' that is not valid JSON ({{why}}), so CloudFormation fails to create it. Check quotes and commas; write references as \"${Cluster}\" inside JSON strings.",
      noServiceMetric:
        'Dashboard \'{{dashboard}}\' graphs no metric of service \'{{service}}\': a row needs \'ClusterName\' "${Cluster}" and \'ServiceName\' "${{{service}}.Name}", not names written by hand. Add a row such as ["AWS/ECS", "CPUUtilization", "ClusterName", "${Cluster}", "ServiceName", "${{{service}}.Name}"].',
      noLoadBalancerMetric:
        'Dashboard \'{{dashboard}}\' graphs no metric of this stack\'s load balancer: a row needs \'LoadBalancer\' "${LoadBalancer.LoadBalancerFullName}". Add a row such as ["AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", "LoadBalancer", "${LoadBalancer.LoadBalancerFullName}"].',
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = resources(t, SERVICE);
    if (services.length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    const dashboards = resources(t, DASHBOARD);
    if (dashboards.length === 0) {
      ctx.report('noDashboard', {}, ['Resources']);
      return;
    }
    // Rows of every readable dashboard together: the service and the load balancer may be on different ones.
    const rows: string[][] = [];
    let firstReadable: NamedResource | undefined;
    for (const d of dashboards) {
      const text = bodyText(d.props['DashboardBody']);
      let body: unknown;
      try {
        if (text === undefined) throw new Error('it is built with an intrinsic the grader cannot read');
        body = JSON.parse(text) as unknown;
      } catch (e) {
        ctx.report('unreadable', { dashboard: d.name, why: (e as Error).message }, [
          ...d.path,
          'Properties',
          'DashboardBody',
        ]);
        continue;
      }
      firstReadable ??= d;
      rows.push(...metricRows(body));
    }
    if (!firstReadable) return;
    const at = [...firstReadable.path, 'Properties', 'DashboardBody'];
    for (const svc of services)
      if (!showsService(t, rows, svc))
        ctx.report('noServiceMetric', { dashboard: firstReadable.name, service: svc.name }, at);
    if (resources(t, LOAD_BALANCER).length > 0 && !showsLoadBalancer(t, rows))
      ctx.report('noLoadBalancerMetric', { dashboard: firstReadable.name }, at);
  },
});
