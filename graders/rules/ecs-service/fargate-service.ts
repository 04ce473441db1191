// SVC002: every ECS service launches its tasks on Fargate (a FARGATE launch type or a capacity-provider
// strategy of FARGATE and FARGATE_SPOT), as a REPLICA service, with a task definition that lists FARGATE.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalString } from '../lib/cloudformation.js';
import { readServices, schedulingStrategy, serviceMessages, taskDefinitionOf } from './util/service.js';

const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];

export default defineRule({
  meta: {
    id: 'SVC002',
    name: 'fargate-service',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run the service on Fargate',
    description:
      "Every ECS service launches on Fargate, through 'LaunchType: FARGATE' or a capacity-provider strategy of FARGATE and FARGATE_SPOT, uses the REPLICA scheduler, and runs a task definition that lists FARGATE in RequiresCompatibilities.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html',
    evidence: ['E3054', 'E3044', 'E3048'],
    messages: {
      ...serviceMessages,
      notFargate:
        "Service '{{service}}' uses launch type {{launchType}}, which needs EC2 instances or on-premises servers you manage. Set 'LaunchType: FARGATE' so AWS runs the tasks for you.",
      noLaunchType:
        "Service '{{service}}' sets neither 'LaunchType' nor a Fargate capacity-provider strategy, so ECS falls back to the cluster's default strategy or the EC2 launch type. Set 'LaunchType: FARGATE'.",
      notFargateProvider:
        "Service '{{service}}' uses capacity provider {{provider}}, which is not Fargate. Use 'FARGATE' (and optionally 'FARGATE_SPOT'), or set 'LaunchType: FARGATE' instead of a strategy.",
      daemon:
        "Service '{{service}}' uses the DAEMON scheduler, which Fargate does not support (cfn-lint E3044). Remove 'SchedulingStrategy' or set it to 'REPLICA'.",
      noTaskDefinition:
        "Service '{{service}}' has no 'TaskDefinition', so ECS has nothing to run. Set 'TaskDefinition: !Ref <your task definition>'.",
      taskNotFargate:
        "Service '{{service}}' runs task definition '{{taskDefinition}}', which does not list FARGATE in 'RequiresCompatibilities', so ECS does not check it against Fargate's rules. Add 'RequiresCompatibilities: [FARGATE]' to the task definition.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(doc, ctx);
    const failed = new Set<string>();
    for (const svc of services) {
      const at = [...svc.path, 'Properties'];
      const report = (...args: Parameters<typeof ctx.report>) => {
        failed.add(svc.name);
        ctx.report(...args);
      };
      const launchType = literalString(t, svc.props['LaunchType'])?.toUpperCase();
      const strategy = svc.props['CapacityProviderStrategy'];
      if (svc.props['LaunchType'] !== undefined) {
        if (launchType !== 'FARGATE') {
          report(
            'notFargate',
            { service: svc.name, launchType: launchType ? `'${launchType}'` : 'decided at deploy time' },
            [...at, 'LaunchType'],
          );
        }
      } else if (Array.isArray(strategy) && strategy.length > 0) {
        strategy.forEach((item, i) => {
          const provider = isRecord(item) ? literalString(t, item['CapacityProvider']) : undefined;
          if (provider === undefined || !FARGATE_PROVIDERS.includes(provider.toUpperCase())) {
            report(
              'notFargateProvider',
              { service: svc.name, provider: provider ? `'${provider}'` : 'decided at deploy time' },
              [...at, 'CapacityProviderStrategy', i],
            );
          }
        });
      } else {
        report('noLaunchType', { service: svc.name }, at);
      }
      if (schedulingStrategy(t, svc) === 'DAEMON')
        report('daemon', { service: svc.name }, [...at, 'SchedulingStrategy']);
      if (svc.props['TaskDefinition'] === undefined) {
        report('noTaskDefinition', { service: svc.name }, at);
        continue;
      }
      const td = taskDefinitionOf(t, svc);
      if (!td) continue; // a task definition from another stack: checked where it is defined
      const rc = td.props['RequiresCompatibilities'];
      const listsFargate =
        Array.isArray(rc) && rc.some((v) => literalString(t, v)?.toUpperCase() === 'FARGATE');
      if (!listsFargate) {
        report('taskNotFargate', { service: svc.name, taskDefinition: td.name }, [...td.path, 'Properties']);
      }
    }
    if (services.length > 0) ctx.tally(services.length, failed.size);
  },
});
