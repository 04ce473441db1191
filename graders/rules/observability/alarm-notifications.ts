// OBS007: every alarm on the four operational signals (OBS006) tells someone: its 'AlarmActions' name an SNS topic
// of this template ('!Ref AlarmTopic' returns the topic's ARN), and its actions are not switched off. An alarm
// without actions changes colour in the console, where nobody is looking at 3 a.m.
import { defineRule } from '../../engine/define.js';
import { literalBool, refersTo, resources, type NamedResource } from '../lib/cloudformation.js';
import { SERVICE } from '../ecs-service/util/service.js';
import { SIGNALS, alarmsOn } from './alarm-coverage.js';
import { SNS_TOPIC, observabilityMessages } from './model.js';

export default defineRule({
  meta: {
    id: 'OBS007',
    name: 'alarm-notifications',
    target: 'cloudformation',
    severity: 'error',
    title: 'Notify an SNS topic of this stack from every operational alarm',
    description:
      "Every alarm on the service's CPU, memory, 5xx responses or unhealthy targets lists an AWS::SNS::Topic of this template in 'AlarmActions' ('!Ref AlarmTopic') and does not set 'ActionsEnabled: false'.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/Notify_Users_Alarm_Changes.html',
    evidence: ['CloudWatch PutMetricAlarm AlarmActions', 'CloudWatch.15', 'OPS06-BP01'],
    messages: {
      ...observabilityMessages,
      noAlarm:
        'The template has no alarm on the service yet, so there is nothing to notify anyone with. Add the alarms first (task 5), each with "AlarmActions: [!Ref AlarmTopic]".',
      noTopic:
        "Alarm '{{alarm}}' names no SNS topic of this template in 'AlarmActions', so when it fires nobody is told. Add an 'AWS::SNS::Topic' and set \"AlarmActions: [!Ref {{topic}}]\".",
      disabled:
        "Alarm '{{alarm}}' sets 'ActionsEnabled' to false, so its actions never run. Remove 'ActionsEnabled' or set it to true.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    if (resources(t, SERVICE).length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    const alarms = new Map<string, NamedResource>();
    for (const s of SIGNALS) for (const a of alarmsOn(t, s)) alarms.set(a.name, a);
    if (alarms.size === 0) {
      ctx.report('noAlarm', {}, ['Resources']);
      return;
    }
    const topics = resources(t, SNS_TOPIC);
    for (const a of alarms.values()) {
      const at = [...a.path, 'Properties'];
      if (literalBool(t, a.props['ActionsEnabled']) === false)
        ctx.report('disabled', { alarm: a.name }, [...at, 'ActionsEnabled']);
      else if (!topics.some((topic) => refersTo(a.props['AlarmActions'], topic.name)))
        ctx.report('noTopic', { alarm: a.name, topic: topics[0]?.name ?? 'AlarmTopic' }, at);
    }
    ctx.tally(alarms.size);
  },
});
