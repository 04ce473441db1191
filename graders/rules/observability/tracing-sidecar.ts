// OBS005: every service's task runs a trace collector next to the application, an AWS Distro for OpenTelemetry
// (ADOT) collector or the X-Ray daemon, and the TASK role (the collector calls AWS with the task's credentials,
// not the execution role's) may send what it collects: X-Ray segments and sampling calls, and for ADOT also the
// CloudWatch Logs calls its EMF metrics exporter makes. AWS managed policies that grant these count.
import { defineRule } from '../../engine/define.js';
import { containersOf } from '../fargate-capacity/model.js';
import {
  isAwsManaged,
  missingActions,
  observabilityMessages,
  rolePermissions,
  serviceTasks,
  textOf,
} from './model.js';

const XRAY_ACTIONS = [
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
];
const EMF_ACTIONS = ['logs:PutLogEvents', 'logs:CreateLogStream'];
/** Managed policies and the actions above they grant (from the AWS managed policy reference). */
const MANAGED: Record<string, readonly string[]> = {
  AWSXRayDaemonWriteAccess: XRAY_ACTIONS,
  AWSXrayWriteOnlyAccess: XRAY_ACTIONS,
  CloudWatchAgentServerPolicy: [...XRAY_ACTIONS, ...EMF_ACTIONS],
};

type Kind = 'adot' | 'xray';

/** Which collector an image is: its repository ends in 'aws-otel-collector' or 'aws-xray-daemon' (any registry). */
export function collectorKind(image: string | undefined): Kind | undefined {
  const repo = (image ?? '').split('@')[0]!.replace(/:[^/:]*$/, '');
  if (/(^|\/)aws-otel-collector$/.test(repo)) return 'adot';
  if (/(^|\/)aws-xray-daemon$/.test(repo)) return 'xray';
  return undefined;
}

export default defineRule({
  meta: {
    id: 'OBS005',
    name: 'tracing-sidecar',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run an ADOT collector or X-Ray daemon sidecar the task role lets send traces',
    description:
      "Every service's task definition has a container running 'public.ecr.aws/aws-observability/aws-otel-collector' or 'public.ecr.aws/xray/aws-xray-daemon', and its 'TaskRoleArn' names a role of this template allowed 'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules' and 'xray:GetSamplingTargets' (ADOT also 'logs:PutLogEvents' and 'logs:CreateLogStream'), inline, by an attached policy, or by 'AWSXRayDaemonWriteAccess' / 'CloudWatchAgentServerPolicy'.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/trace-data.html',
    evidence: ['AWSXRayDaemonWriteAccess', 'CloudWatchAgentServerPolicy', 'ADOT ECS IAM policy'],
    messages: {
      ...observabilityMessages,
      noTaskDefinition:
        'Service \'{{service}}\' runs a task definition this template does not define, so the grader cannot see a collector. Define the task definition here and set "TaskDefinition: !Ref" it.',
      noCollector:
        "Task definition '{{task}}' runs no trace collector, so requests leave no trace and a slow call cannot be followed across services. Add a container running 'public.ecr.aws/aws-observability/aws-otel-collector' (or 'public.ecr.aws/xray/aws-xray-daemon') pinned to a release tag.",
      noTaskRole:
        "Task definition '{{task}}' runs the {{collector}} but its 'TaskRoleArn' names no role of this template, so the collector has no credentials to send traces with. Add an 'AWS::IAM::Role' trusted by 'ecs-tasks.amazonaws.com' and set \"TaskRoleArn: !GetAtt <Role>.Arn\".",
      missingActions:
        "Task role '{{role}}' does not allow {{actions}}, so the {{collector}} is refused when it sends what it collects and the traces are dropped. Allow them in a policy of the role, or attach the AWS managed policy '{{managed}}'.",
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
      const kinds = containersOf(td).map((c) => collectorKind(textOf(c.def['Image'])));
      const kind: Kind | undefined = kinds.includes('adot')
        ? 'adot'
        : kinds.includes('xray')
          ? 'xray'
          : undefined;
      if (!kind) {
        ctx.report('noCollector', { task: td.name }, [...td.path, 'Properties', 'ContainerDefinitions']);
        continue;
      }
      const collector = kind === 'adot' ? 'ADOT collector' : 'X-Ray daemon';
      const perms = rolePermissions(t, td.props['TaskRoleArn']);
      if (!perms) {
        ctx.report('noTaskRole', { task: td.name, collector }, [...td.path, 'Properties']);
        continue;
      }
      const wanted = kind === 'adot' ? [...XRAY_ACTIONS, ...EMF_ACTIONS] : XRAY_ACTIONS;
      const fromManaged = Object.entries(MANAGED)
        .filter(([name]) => perms.managed.some((arn) => isAwsManaged(arn, name)))
        .flatMap(([, actions]) => actions);
      const missing = missingActions(perms, wanted).filter((a) => !fromManaged.includes(a));
      if (missing.length)
        ctx.report(
          'missingActions',
          {
            role: perms.role.name,
            collector,
            actions: missing.map((a) => `'${a}'`).join(', '),
            managed: kind === 'adot' ? 'CloudWatchAgentServerPolicy' : 'AWSXRayDaemonWriteAccess',
          },
          [...perms.role.path, 'Properties'],
        );
    }
    ctx.tally(tasks.length);
  },
});
