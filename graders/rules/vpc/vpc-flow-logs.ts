// VPC006: every VPC has a flow log that captures all its traffic (AWS::EC2::FlowLog with ResourceType VPC and
// TrafficType ALL, or an ACCEPT and a REJECT log together), with a destination it can actually write to.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { literalString, resources, targetOf } from '../lib/cloudformation.js';

export default defineRule({
  meta: {
    id: 'VPC006',
    name: 'vpc-flow-logs',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Record VPC flow logs',
    description:
      "Every AWS::EC2::VPC has an AWS::EC2::FlowLog with 'ResourceType: VPC' and 'TrafficType: ALL' pointing at it, delivering to CloudWatch Logs (with a role and a log group), S3 or Firehose, so accepted and rejected connections can be investigated later.",
    docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/flow-logs.html',
    evidence: ['AwsSolutions-VPC7', 'EC2.6'],
    messages: {
      noVpc:
        "The template defines no 'AWS::EC2::VPC', so there is no network to log. Build the VPC in this template.",
      missing:
        "VPC '{{vpc}}' has no flow log, so nobody can tell afterwards which connections were accepted or rejected. Add an 'AWS::EC2::FlowLog' with 'ResourceType: VPC', 'ResourceId: !Ref {{vpc}}', 'TrafficType: ALL' and a destination.",
      noRole:
        "Flow log '{{flowLog}}' delivers to CloudWatch Logs but has no 'DeliverLogsPermissionArn', so it cannot write there. Give it an IAM role that 'vpc-flow-logs.amazonaws.com' can assume, allowed to write to the log group.",
      partialTraffic:
        "Flow log '{{flowLog}}' has 'TrafficType: {{traffic}}', so it records only half of the picture: with 'REJECT' alone nobody can see which connections got through (what an intruder actually reached), and with 'ACCEPT' alone nobody can see the blocked probes and the rules that turned real traffic away. Set 'TrafficType: ALL'.",
      noDestination:
        "Flow log '{{flowLog}}' names no destination. Set 'LogGroupName' (or 'LogDestination' with a log group ARN) for CloudWatch Logs, or 'LogDestinationType: s3' with a bucket ARN in 'LogDestination'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const vpcs = resources(t, 'AWS::EC2::VPC');
    if (vpcs.length === 0) {
      ctx.report('noVpc', {}, ['Resources']);
      return;
    }
    const logs = resources(t, 'AWS::EC2::FlowLog');
    let failed = 0;
    for (const vpc of vpcs) {
      const mine = logs.filter(
        (l) =>
          targetOf(l.props['ResourceId']) === vpc.name &&
          (literalString(t, l.props['ResourceType']) ?? 'VPC') === 'VPC',
      );
      if (mine.length === 0) {
        failed++;
        ctx.report('missing', { vpc: vpc.name }, vpc.path);
        continue;
      }
      const delivering = mine.filter((l) => {
        const at = [...l.path, 'Properties'];
        const kind = literalString(t, l.props['LogDestinationType']) ?? 'cloud-watch-logs';
        const destination =
          l.props['LogDestination'] ?? (kind === 'cloud-watch-logs' ? l.props['LogGroupName'] : undefined);
        if (destination === undefined) {
          ctx.report('noDestination', { flowLog: l.name }, at);
          return false;
        }
        if (kind === 'cloud-watch-logs' && l.props['DeliverLogsPermissionArn'] === undefined) {
          ctx.report('noRole', { flowLog: l.name }, at);
          return false;
        }
        return true;
      });
      // ALL, or an ACCEPT log beside a REJECT log; a TrafficType decided at deploy time is not second-guessed.
      const covered = (list: typeof mine): boolean => {
        const kinds = new Set(list.map((l) => trafficType(t, l.props['TrafficType'])));
        return kinds.has('ALL') || kinds.has(undefined) || (kinds.has('ACCEPT') && kinds.has('REJECT'));
      };
      if (!covered(mine)) {
        for (const l of mine) {
          const traffic = trafficType(t, l.props['TrafficType']);
          if (traffic !== undefined)
            ctx.report('partialTraffic', { flowLog: l.name, traffic }, [
              ...l.path,
              'Properties',
              'TrafficType',
            ]);
        }
      }
      if (!covered(delivering)) failed++;
    }
    ctx.tally(vpcs.length, failed);
  },
});

/** 'ALL', 'ACCEPT' or 'REJECT' as written (upper-cased); undefined when omitted or decided at deploy time. */
function trafficType(t: CfnTemplate, v: unknown): string | undefined {
  return v === undefined ? undefined : literalString(t, v)?.toUpperCase();
}
