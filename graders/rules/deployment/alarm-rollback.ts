// BGD005: a bad release rolls itself back when CloudWatch alarms on this stack's own resources fire. ECS:
// DeploymentConfiguration.Alarms with Enable and Rollback true and AlarmNames that are alarms of this template.
// CodeDeploy: AutoRollbackConfiguration enabled for DEPLOYMENT_FAILURE and DEPLOYMENT_STOP_ON_ALARM, and an
// enabled AlarmConfiguration naming alarms of this template. Each alarm must watch this stack: every dimension of
// its metric is filled in from this template's load balancer, target groups, cluster or service, since an alarm
// on a hard-coded name watches another stack's resources, or nothing, and never stops a deployment.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { get, isRecord, literalBool, literalString, type NamedResource } from '../lib/cloudformation.js';
import { stringList } from '../lib/policy.js';
import {
  alarmOf,
  deploymentGroupsOf,
  deploymentMessages,
  designOf,
  existingPath,
  readServices,
  servicePath,
  shown,
  watchProblems,
} from './model.js';

type Id =
  | 'noAlarms'
  | 'alarmsOff'
  | 'noRollback'
  | 'noAlarmNames'
  | 'alarmUnresolved'
  | 'alarmNoMetric'
  | 'alarmForeign'
  | 'alarmNoDimensions'
  | 'noGroup'
  | 'autoRollbackOff'
  | 'rollbackEvents'
  | 'alarmConfigOff';
type Found = [Id, Record<string, string>, DataPath];

/** Judges a list of alarm references: each names an alarm of this template that watches this stack. */
function judgeAlarms(t: CfnTemplate, refs: { value: unknown; path: DataPath }[], owner: string): Found[] {
  const out: Found[] = [];
  if (refs.length === 0) return [['noAlarmNames', { owner }, []]];
  for (const { value, path } of refs) {
    const alarm: NamedResource | undefined = alarmOf(t, value);
    if (!alarm) {
      out.push(['alarmUnresolved', { owner, value: shown(t, value) }, path]);
      continue;
    }
    const problems = watchProblems(t, alarm);
    if (problems === 'noMetric')
      out.push(['alarmNoMetric', { alarm: alarm.name }, [...alarm.path, 'Properties']]);
    else
      for (const p of problems)
        out.push(
          p.name === undefined
            ? ['alarmNoDimensions', { alarm: alarm.name }, p.path.slice(0, -1)]
            : ['alarmForeign', { alarm: alarm.name, name: p.name, got: p.got, want: p.want }, p.path],
        );
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'BGD005',
    name: 'alarm-rollback',
    target: 'cloudformation',
    severity: 'error',
    title: 'Roll back automatically when alarms on this stack fire',
    description:
      "Every load-balanced ECS service rolls a deployment back when CloudWatch alarms of this template go into ALARM (ECS: DeploymentConfiguration.Alarms with Enable and Rollback true; CodeDeploy: AutoRollbackConfiguration for DEPLOYMENT_FAILURE and DEPLOYMENT_STOP_ON_ALARM with an enabled AlarmConfiguration), and every such alarm's metric dimensions resolve to this stack's load balancer, target groups, cluster or service.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-alarm-failure.html',
    evidence: ['ECS DeploymentAlarms', 'CodeDeploy AutoRollbackConfiguration', 'OPS06-BP04'],
    messages: {
      ...deploymentMessages,
      noAlarms:
        "Service '{{service}}' has no deployment alarms, so a release that passes its health checks but serves errors stays in production until someone notices. Add \"DeploymentConfiguration: { Alarms: { AlarmNames: [!Ref TargetErrorsAlarm], Enable: true, Rollback: true } }\" with an alarm on this stack's target groups.",
      alarmsOff:
        "Service '{{service}}' lists deployment alarms but 'Enable' is {{value}}, so ECS ignores them. Set 'Enable: true'.",
      noRollback:
        "Service '{{service}}' fails a deployment when its alarms fire but does not roll back ('Rollback' is {{value}}), leaving users on the bad release. Set 'Rollback: true'.",
      noAlarmNames:
        "{{owner}} names no alarm, so nothing can stop a bad deployment. Name at least one alarm of this template with '!Ref'.",
      alarmUnresolved:
        "{{owner}} names the alarm {{value}}, which is no 'AWS::CloudWatch::Alarm' of this template, so the grader cannot tell what it watches, and another stack's alarm may not exist. Define the alarm here and name it with '!Ref <alarm>'.",
      alarmNoMetric:
        "Alarm '{{alarm}}' watches no metric ('MetricName' or 'Metrics'), so it can never judge a deployment. Watch a metric of this stack, such as 'HTTPCode_Target_5XX_Count' of a target group.",
      alarmForeign:
        "Alarm '{{alarm}}' has its '{{name}}' dimension set to '{{got}}' where this stack's resource needs '{{want}}'. An alarm on a name written out watches another stack's resources, or none, and never rolls this deployment back.",
      alarmNoDimensions:
        "Alarm '{{alarm}}' watches a metric without dimensions, which adds up the whole namespace across the account rather than this stack's release. Give it dimensions from this stack, such as \"TargetGroup: !GetAtt <group>.TargetGroupFullName\" with the matching 'LoadBalancer'.",
      noGroup:
        "Service '{{service}}' is deployed by CodeDeploy, but no deployment group names it, so nothing rolls a deployment back. Add the deployment group (task 1) with an 'AutoRollbackConfiguration' and an 'AlarmConfiguration'.",
      autoRollbackOff:
        "Deployment group '{{group}}' does not roll back automatically ('AutoRollbackConfiguration.Enabled' is {{value}}), so a failed or alarmed deployment is left in place. Set \"AutoRollbackConfiguration: { Enabled: true, Events: [DEPLOYMENT_FAILURE, DEPLOYMENT_STOP_ON_ALARM] }\".",
      rollbackEvents:
        "Deployment group '{{group}}' rolls back on {{value}}, but not on '{{missing}}', so that kind of failure leaves users on the bad release. Add '{{missing}}' to 'AutoRollbackConfiguration.Events'.",
      alarmConfigOff:
        "Deployment group '{{group}}' has no enabled 'AlarmConfiguration' (it is {{value}}), so CodeDeploy never stops a deployment on an alarm. Set \"AlarmConfiguration: { Enabled: true, Alarms: [{ Name: !Ref TargetErrorsAlarm }] }\".",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(t, ctx);
    if (services.length === 0) return;
    let failures = 0;
    for (const svc of services) {
      const found: Found[] = [];
      if (designOf(t, svc) === 'ecs') {
        const alarms = get(svc.props, ['DeploymentConfiguration', 'Alarms']);
        const at = servicePath(svc, 'DeploymentConfiguration', 'Alarms');
        if (!isRecord(alarms))
          found.push([
            'noAlarms',
            { service: svc.name },
            existingPath(svc, ['DeploymentConfiguration', 'Alarms']),
          ]);
        else {
          if (literalBool(t, alarms['Enable']) !== true)
            found.push([
              'alarmsOff',
              { service: svc.name, value: shown(t, alarms['Enable']) },
              [...at, 'Enable'],
            ]);
          if (literalBool(t, alarms['Rollback']) !== true)
            found.push([
              'noRollback',
              { service: svc.name, value: shown(t, alarms['Rollback']) },
              [...at, 'Rollback'],
            ]);
          const names = Array.isArray(alarms['AlarmNames']) ? alarms['AlarmNames'] : [];
          const judged = judgeAlarms(
            t,
            names.map((value, i) => ({ value, path: [...at, 'AlarmNames', i] })),
            `The deployment alarms of service '${svc.name}'`,
          );
          found.push(...judged.map(([id, data, p]): Found => [id, data, p.length ? p : at]));
        }
      } else {
        const group = deploymentGroupsOf(t, svc)[0];
        if (!group) found.push(['noGroup', { service: svc.name }, svc.path]);
        else {
          const at = [...group.path, 'Properties'];
          const auto = group.props['AutoRollbackConfiguration'];
          const enabled = literalBool(t, get(auto, ['Enabled']));
          if (enabled !== true)
            found.push([
              'autoRollbackOff',
              { group: group.name, value: auto === undefined ? 'missing' : shown(t, get(auto, ['Enabled'])) },
              auto === undefined ? at : [...at, 'AutoRollbackConfiguration'],
            ]);
          else {
            const events = stringList(get(auto, ['Events'])).map((e) => literalString(t, e) ?? e);
            for (const missing of ['DEPLOYMENT_FAILURE', 'DEPLOYMENT_STOP_ON_ALARM'])
              if (!events.includes(missing))
                found.push([
                  'rollbackEvents',
                  {
                    group: group.name,
                    missing,
                    value: events.length ? events.map((e) => `'${e}'`).join(', ') : 'nothing',
                  },
                  [...at, 'AutoRollbackConfiguration'],
                ]);
          }
          const config = group.props['AlarmConfiguration'];
          if (literalBool(t, get(config, ['Enabled'])) !== true)
            found.push([
              'alarmConfigOff',
              {
                group: group.name,
                value:
                  config === undefined
                    ? 'missing'
                    : `'Enabled: ${shown(t, get(config, ['Enabled'])).replace(/'/g, '')}'`,
              },
              config === undefined ? at : [...at, 'AlarmConfiguration'],
            ]);
          else {
            const list = get(config, ['Alarms']);
            const entries = Array.isArray(list) ? list : [];
            const judged = judgeAlarms(
              t,
              entries.map((e, i) => ({
                value: get(e, ['Name']),
                path: [...at, 'AlarmConfiguration', 'Alarms', i, 'Name'],
              })),
              `The alarm configuration of deployment group '${group.name}'`,
            );
            found.push(
              ...judged.map(([id, data, p]): Found => [
                id,
                data,
                p.length ? p : [...at, 'AlarmConfiguration'],
              ]),
            );
          }
        }
      }
      if (found.length > 0) failures++;
      for (const [id, data, at] of found) ctx.report(id, data, at);
    }
    ctx.tally(services.length, failures);
  },
});
