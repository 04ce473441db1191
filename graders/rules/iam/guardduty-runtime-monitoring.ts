// IAM009: GuardDuty Runtime Monitoring watches what runs inside the tasks (processes, file access, network calls)
// and reports crypto miners, reverse shells and the like. For Fargate, GuardDuty also has to manage its security
// agent, which it adds to each task as a sidecar: the detector's RUNTIME_MONITORING feature with the
// ECS_FARGATE_AGENT_MANAGEMENT additional configuration, both ENABLED.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalBool, literalString, resources } from '../lib/cloudformation.js';

const DETECTOR = 'AWS::GuardDuty::Detector';

export default defineRule({
  meta: {
    id: 'IAM009',
    name: 'guardduty-runtime-monitoring',
    target: 'cloudformation',
    severity: 'error',
    title: 'Watch the tasks with GuardDuty Runtime Monitoring',
    description:
      "The template has an enabled 'AWS::GuardDuty::Detector' whose 'Features' turn on 'RUNTIME_MONITORING' with the additional configuration 'ECS_FARGATE_AGENT_MANAGEMENT' enabled, so GuardDuty watches the Fargate tasks at run time.",
    docsUrl: 'https://docs.aws.amazon.com/guardduty/latest/ug/runtime-monitoring.html',
    evidence: ['GuardDuty Runtime Monitoring', 'AWS::GuardDuty::Detector Features'],
    messages: {
      noDetector:
        "The template has no 'AWS::GuardDuty::Detector', so nothing watches the tasks for threats while they run. Add a detector with 'Enable: true' and the 'RUNTIME_MONITORING' feature (see the lab README).",
      disabled:
        "Detector '{{detector}}' sets 'Enable' to {{value}}, so GuardDuty produces no findings at all. Set 'Enable: true'.",
      noRuntimeMonitoring:
        "Detector '{{detector}}' does not turn on the 'RUNTIME_MONITORING' feature, so GuardDuty never sees what runs inside the tasks. Add \"Features: [{ Name: RUNTIME_MONITORING, Status: ENABLED, AdditionalConfiguration: [{ Name: ECS_FARGATE_AGENT_MANAGEMENT, Status: ENABLED }] }]\".",
      noFargateAgent:
        "Detector '{{detector}}' turns on 'RUNTIME_MONITORING' but not its 'ECS_FARGATE_AGENT_MANAGEMENT' configuration, so GuardDuty adds no security agent to the Fargate tasks and monitors none of them. Add \"AdditionalConfiguration: [{ Name: ECS_FARGATE_AGENT_MANAGEMENT, Status: ENABLED }]\" to that feature.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const detectors = resources(t, DETECTOR);
    if (detectors.length === 0) {
      ctx.report('noDetector', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const d of detectors) {
      const data = { detector: d.name };
      const props = [...d.path, 'Properties'];
      if (literalBool(t, d.props['Enable']) !== true) {
        failed++;
        const v = literalString(t, d.props['Enable']);
        ctx.report('disabled', { ...data, value: v === undefined ? 'nothing' : `'${v}'` }, props);
        continue;
      }
      const features = Array.isArray(d.props['Features']) ? d.props['Features'] : [];
      const index = features.findIndex(
        (f) =>
          isRecord(f) &&
          literalString(t, f['Name']) === 'RUNTIME_MONITORING' &&
          literalString(t, f['Status']) === 'ENABLED',
      );
      if (index === -1) {
        failed++;
        ctx.report('noRuntimeMonitoring', data, props);
        continue;
      }
      const extra = (features[index] as Record<string, unknown>)['AdditionalConfiguration'];
      const agent =
        Array.isArray(extra) &&
        extra.some(
          (c) =>
            isRecord(c) &&
            literalString(t, c['Name']) === 'ECS_FARGATE_AGENT_MANAGEMENT' &&
            literalString(t, c['Status']) === 'ENABLED',
        );
      if (!agent) {
        failed++;
        ctx.report('noFargateAgent', data, [...props, 'Features', index]);
      }
    }
    ctx.tally(detectors.length, failed);
  },
});
