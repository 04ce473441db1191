// BGD002: a blue/green deployment needs two target groups, one for the revision serving production (blue) and one
// the new revision registers in while it is tested (green): the service's own target group plus the alternate one
// (AdvancedConfiguration.AlternateTargetGroupArn for ECS, the deployment group's TargetGroupPairInfoList for
// CodeDeploy). The roles swap at every deployment, so both must be 'ip' target groups that health-check the app's
// '/health' endpoint: a green revision judged by a weaker check is promoted while it cannot serve.
import { defineRule } from '../../engine/define.js';
import { get, literalBool, literalString, type NamedResource } from '../lib/cloudformation.js';
import { isHealthPath } from '../ecs-service/ip-target-group.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  advancedConfiguration,
  deploymentGroupsOf,
  deploymentMessages,
  designOf,
  readServices,
  primaryEntry,
  targetGroupOf,
  targetGroupPair,
} from './model.js';

type Id =
  | 'noPrimary'
  | 'noAlternate'
  | 'alternateUnresolved'
  | 'sameGroup'
  | 'noPair'
  | 'pairShape'
  | 'pairMissesPrimary'
  | 'notIp'
  | 'healthCheckOff'
  | 'healthPath';
type Report = [Id, Record<string, string>, DataPath];

/** What is wrong with one target group for blue/green use. */
function judgeGroup(t: CfnTemplate, tg: NamedResource): Report[] {
  const out: Report[] = [];
  const at = [...tg.path, 'Properties'];
  const type = literalString(t, tg.props['TargetType'])?.toLowerCase();
  if (type !== 'ip') out.push(['notIp', { group: tg.name, value: type ?? 'instance' }, at]);
  const path = literalString(t, tg.props['HealthCheckPath']);
  if (literalBool(t, tg.props['HealthCheckEnabled']) === false)
    out.push(['healthCheckOff', { group: tg.name }, [...at, 'HealthCheckEnabled']]);
  else if (tg.props['HealthCheckPath'] === undefined || (path !== undefined && !isHealthPath(path)))
    out.push([
      'healthPath',
      { group: tg.name, value: path ?? '/ (the default)' },
      tg.props['HealthCheckPath'] === undefined ? at : [...at, 'HealthCheckPath'],
    ]);
  return out;
}

export default defineRule({
  meta: {
    id: 'BGD002',
    name: 'blue-green-target-groups',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give blue and green each an ip target group that checks /health',
    description:
      "Every load-balanced ECS service has two distinct target groups of this template, its own and an alternate one (AdvancedConfiguration.AlternateTargetGroupArn, or the two 'TargetGroups' of the CodeDeploy deployment group's TargetGroupPairInfoList, one of them the service's), and both are 'ip' target groups whose health check calls '/health'.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb-resources-for-blue-green.html',
    evidence: [
      'ECS AdvancedConfiguration.AlternateTargetGroupArn',
      'CodeDeploy TargetGroupPairInfo',
      'E3049',
    ],
    messages: {
      ...deploymentMessages,
      noPrimary:
        "Service '{{service}}' registers its tasks in no target group of this template, so there is no blue side to pair with a green one. Point 'LoadBalancers[0].TargetGroupArn' at a target group defined here with '!Ref'.",
      noAlternate:
        "Service '{{service}}' has no alternate target group, so the new revision has nowhere to register while it is tested and ECS cannot shift traffic between two sides. Add a second target group and set 'AdvancedConfiguration: { AlternateTargetGroupArn: !Ref GreenTargetGroup, … }' in the service's 'LoadBalancers' entry.",
      alternateUnresolved:
        "The alternate target group of service '{{service}}' is {{value}}, which is no target group of this template, so the grader cannot check it and a stack of another name would not have it. Define it here and reference it with '!Ref'.",
      sameGroup:
        "Service '{{service}}' uses '{{group}}' as both its target group and the alternate one; green tasks would land beside blue ones and receive production traffic before they are tested. Use a second, separate target group as the alternate.",
      noPair:
        'Service \'{{service}}\' is deployed by CodeDeploy, but {{where}} lists no target group pair, so CodeDeploy has nowhere to put the green task set. Add "LoadBalancerInfo: { TargetGroupPairInfoList: [{ TargetGroups: [{ Name: !GetAtt BlueTargetGroup.TargetGroupName }, { Name: !GetAtt GreenTargetGroup.TargetGroupName }], … }] }".',
      pairShape:
        "The target group pair of deployment group '{{group}}' names {{value}}, but a blue/green pair is exactly two different target groups of this template, one for each side. Name the service's target group and one more, each with '!GetAtt <group>.TargetGroupName'.",
      pairMissesPrimary:
        "The target group pair of deployment group '{{group}}' does not include '{{primary}}', the target group service '{{service}}' registers in, so CodeDeploy's first deployment starts from a group with no tasks. Make '{{primary}}' one of the two.",
      notIp:
        "Target group '{{group}}' has target type '{{value}}', but Fargate tasks (awsvpc networking) register by IP address, so ECS cannot place the blue or green tasks in it. Set 'TargetType: ip'.",
      healthCheckOff:
        "Target group '{{group}}' turns its health check off, so a green revision that cannot serve looks as healthy as one that can, and is promoted. Remove 'HealthCheckEnabled: false' and set 'HealthCheckPath: /health'.",
      healthPath:
        "Target group '{{group}}' health-checks '{{value}}', not the app's '/health' endpoint, so the green revision is judged healthy when its web server merely answers. Both target groups must judge the app the same, honest way: set 'HealthCheckPath: /health'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(t, ctx);
    if (services.length === 0) return;
    let failures = 0;
    const judged = new Set<string>();
    for (const svc of services) {
      const found: Report[] = [];
      const primary = primaryEntry(t, svc);
      const groups: NamedResource[] = [];
      if (!primary?.tg) found.push(['noPrimary', { service: svc.name }, primary?.path ?? svc.path]);
      else groups.push(primary.tg);
      if (designOf(t, svc) === 'ecs') {
        const advanced = advancedConfiguration(svc);
        const v = advanced?.config['AlternateTargetGroupArn'];
        const alt = targetGroupOf(t, v);
        if (v === undefined) found.push(['noAlternate', { service: svc.name }, primary?.path ?? svc.path]);
        else if (!alt)
          found.push([
            'alternateUnresolved',
            { service: svc.name, value: `'${literalString(t, v) ?? 'computed'}'` },
            [...advanced!.path, 'AlternateTargetGroupArn'],
          ]);
        else if (alt.name === primary?.tg?.name)
          found.push([
            'sameGroup',
            { service: svc.name, group: alt.name },
            [...advanced!.path, 'AlternateTargetGroupArn'],
          ]);
        else groups.push(alt);
      } else {
        const group = deploymentGroupsOf(t, svc)[0];
        const pair = group ? targetGroupPair(group) : undefined;
        const list = pair ? get(pair.pair, ['TargetGroups']) : undefined;
        if (!group || !Array.isArray(list))
          found.push([
            'noPair',
            { service: svc.name, where: group ? `deployment group '${group.name}'` : 'no deployment group' },
            group ? [...group.path, 'Properties'] : svc.path,
          ]);
        else {
          const named = list.map((e) => targetGroupOf(t, get(e, ['Name'])));
          const distinct = new Set(named.map((n) => n?.name));
          if (named.length !== 2 || named.some((n) => !n) || distinct.size !== 2)
            found.push([
              'pairShape',
              {
                group: group.name,
                value: named.length
                  ? named
                      .map((n) => (n ? `'${n.name}'` : 'a target group not in this template'))
                      .join(' and ')
                  : 'nothing',
              },
              [...pair!.path, 'TargetGroups'],
            ]);
          else if (primary?.tg && !distinct.has(primary.tg.name))
            found.push([
              'pairMissesPrimary',
              { group: group.name, primary: primary.tg.name, service: svc.name },
              [...pair!.path, 'TargetGroups'],
            ]);
          else for (const n of named) if (n && n.name !== primary?.tg?.name) groups.push(n);
        }
      }
      let bad = found.length > 0;
      for (const tg of groups) {
        const problems = judgeGroup(t, tg);
        if (problems.length > 0) bad = true;
        // A target group shared by two services is reported once; both count as failed.
        if (!judged.has(tg.name)) found.push(...problems);
        judged.add(tg.name);
      }
      if (bad) failures++;
      for (const [id, data, at] of found) ctx.report(id, data, at);
    }
    ctx.tally(services.length, failures);
  },
});
