// MRG003: Route 53 sends users to a healthy Region. The template has failover, latency or weighted records; each
// has a SetIdentifier that differs per Region (the same template creates one record in each Region's stack, and two
// records of one name and type must have distinct identifiers), and each is judged by health: a HealthCheckId that
// names an AWS::Route53::HealthCheck of this stack, or an alias to this stack's load balancer with
// 'EvaluateTargetHealth: true'. Without health, Route 53 keeps answering with the Region that is down. Failover
// roles must be PRIMARY or SECONDARY; one literal role in a template deployed to every Region makes every stack
// claim it, so the role comes from a parameter or a condition (the rubric checks the files give both roles).
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../lib/cloudformation.js';
import {
  aliasLoadBalancer,
  failoverRoles,
  healthCheckOf,
  isFixedText,
  routingRecords,
  type DnsRecord,
} from './model.js';

const ROLES = ['PRIMARY', 'SECONDARY'];

/** Whether the record is judged by health (a health check of this stack, or an evaluated alias to the ALB). */
export function judgedByHealth(t: Parameters<typeof healthCheckOf>[0], rec: DnsRecord): boolean {
  if (healthCheckOf(t, rec)) return true;
  const alias = rec.props['AliasTarget'];
  return (
    aliasLoadBalancer(t, rec) !== undefined && isRecord(alias) && evaluates(alias['EvaluateTargetHealth'])
  );
}

function evaluates(v: unknown): boolean {
  return v === true || v === 'true';
}

export default defineRule({
  meta: {
    id: 'MRG003',
    name: 'routing-records',
    target: 'cloudformation',
    severity: 'error',
    title: 'Route users with failover or latency records that health decides',
    description:
      "The template has Route 53 failover, latency or weighted records, each with a SetIdentifier that differs per Region and either a HealthCheckId naming a health check of this stack or an alias to this stack's load balancer with 'EvaluateTargetHealth: true'.",
    docsUrl: 'https://docs.aws.amazon.com/Route53/latest/DeveloperGuide/dns-failover-configuring.html',
    evidence: ['AWS::Route53::RecordSet', 'REL10-BP01', 'REL11-BP01'],
    messages: {
      noRouting:
        "The template has no Route 53 record with a routing policy ('Failover', latency 'Region' or 'Weight'), so nothing moves users to the other Region when this one fails. Add an 'AWS::Route53::RecordSet' with 'Failover: !Ref FailoverRole', 'SetIdentifier: !Ref AWS::Region' and 'HealthCheckId: !Ref HealthCheck'.",
      noSetIdentifier:
        "Record '{{record}}' has a routing policy but no 'SetIdentifier', which Route 53 requires to tell the records of one name apart. Add 'SetIdentifier: !Ref AWS::Region'.",
      fixedSetIdentifier:
        "Record '{{record}}' has the fixed 'SetIdentifier' '{{value}}', so the stacks of both Regions write the same record and the second overwrites or fails. Write 'SetIdentifier: !Ref AWS::Region'.",
      badRole:
        "Record '{{record}}' has 'Failover' '{{value}}'; Route 53 accepts only 'PRIMARY' or 'SECONDARY'.",
      fixedRole:
        "Every failover record of the template is '{{value}}', and the same template is deployed to every Region, so every Region claims to be {{value}} and none takes over. Take the role from a parameter ('Failover: !Ref FailoverRole', PRIMARY in one parameter file, SECONDARY in the other) or a condition.",
      noHealth:
        "Record '{{record}}' has no health check, so Route 53 keeps answering with this Region while it is down. Add 'HealthCheckId: !Ref HealthCheck' (an 'AWS::Route53::HealthCheck' of this stack), or make it an alias to this stack's load balancer with 'EvaluateTargetHealth: true'.",
      foreignHealthCheck:
        "Record '{{record}}' names a health check that is not an 'AWS::Route53::HealthCheck' of this stack, so nothing shows it probes this Region's endpoint. Create the health check in this template and write 'HealthCheckId: !Ref HealthCheck'.",
      aliasNotEvaluated:
        "Record '{{record}}' is an alias to this stack's load balancer without 'EvaluateTargetHealth: true', so Route 53 answers with this Region even when no target is healthy. Set 'EvaluateTargetHealth: true' or add a 'HealthCheckId'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const records = routingRecords(t);
    if (records.length === 0) {
      ctx.report('noRouting', {}, ['Resources']);
      return;
    }
    // One check per record; a record with several problems fails once.
    const bad = new Set<DnsRecord>();
    const report = (rec: DnsRecord, ...args: Parameters<typeof ctx.report>) => {
      bad.add(rec);
      ctx.report(...args);
    };
    const fixedIds = records.filter((r) => isFixedText(r.props['SetIdentifier']));
    for (const rec of records) {
      const sid = rec.props['SetIdentifier'];
      if (sid === undefined) report(rec, 'noSetIdentifier', { record: rec.label }, rec.path);
      // A fixed identifier is fine only where the template itself holds several records of the name (one stack
      // writing every Region's record).
      else if (isFixedText(sid) && fixedIds.filter((r) => sameName(r, rec)).length < 2)
        report(rec, 'fixedSetIdentifier', { record: rec.label, value: String(literalOf(sid)) }, [
          ...rec.path,
          'SetIdentifier',
        ]);
      if (rec.policy === 'failover') {
        const roles = failoverRoles(rec.props['Failover']);
        for (const role of roles ?? [])
          if (!ROLES.includes(role))
            report(rec, 'badRole', { record: rec.label, value: role }, [...rec.path, 'Failover']);
      }
      if (judgedByHealth(t, rec)) continue;
      if (rec.props['HealthCheckId'] !== undefined)
        report(rec, 'foreignHealthCheck', { record: rec.label }, [...rec.path, 'HealthCheckId']);
      else if (aliasLoadBalancer(t, rec))
        report(rec, 'aliasNotEvaluated', { record: rec.label }, [...rec.path, 'AliasTarget']);
      else report(rec, 'noHealth', { record: rec.label }, rec.path);
    }
    // Literal roles only: one role for every Region. Both roles literal in one template is a one-stack design.
    const failover = records.filter((r) => r.policy === 'failover');
    const literalRoles = failover.map((r) => r.props['Failover']);
    if (failover.length > 0 && literalRoles.every((v) => typeof v === 'string')) {
      const distinct = [...new Set(literalRoles as string[])];
      if (distinct.length === 1 && ROLES.includes(distinct[0]!))
        report(failover[0]!, 'fixedRole', { value: distinct[0]! }, [...failover[0]!.path, 'Failover']);
    }
    ctx.tally(records.length, bad.size);
  },
});

function literalOf(v: unknown): unknown {
  return isRecord(v) ? v['Fn::Sub'] : v;
}

function sameName(a: DnsRecord, b: DnsRecord): boolean {
  return JSON.stringify(a.props['Name']) === JSON.stringify(b.props['Name']);
}
