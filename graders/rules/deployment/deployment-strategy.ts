// BGD001: every load-balanced ECS service deploys new revisions blue/green, in one of two designs. Either ECS
// shifts the traffic itself (DeploymentConfiguration.Strategy BLUE_GREEN, LINEAR or CANARY, under the ECS
// deployment controller), or CodeDeploy does: the CODE_DEPLOY controller, an AWS::CodeDeploy::Application on the
// ECS compute platform, and a deployment group of it whose DeploymentStyle is BLUE_GREEN with traffic control
// and whose ECSServices names this stack's cluster and service. A rolling update replaces tasks in place: there
// is no old revision left serving to return to.
import { defineRule } from '../../engine/define.js';
import { get, literalString, resources, targetResource } from '../lib/cloudformation.js';
import { deploymentController } from '../ecs-service/util/service.js';
import { clusterNameForms, partIs, tokensOf } from '../auto-scaling/model.js';
import {
  CD_APPLICATION,
  deploymentGroupsOf,
  deploymentMessages,
  designOf,
  existingPath,
  readServices,
  namesService,
  serviceNamesFor,
  servicePath,
  SHIFTING_STRATEGIES,
  shown,
  strategyOf,
} from './model.js';

export default defineRule({
  meta: {
    id: 'BGD001',
    name: 'deployment-strategy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Deploy blue/green: with an ECS deployment strategy or with CodeDeploy',
    description:
      "Every load-balanced ECS service either sets DeploymentConfiguration.Strategy to BLUE_GREEN, LINEAR or CANARY under the ECS deployment controller, or uses the CODE_DEPLOY controller with an 'AWS::CodeDeploy::Application' (ComputePlatform ECS) and a deployment group of it (DeploymentStyle BLUE_GREEN, WITH_TRAFFIC_CONTROL) whose ECSServices names this stack's cluster and service.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/deployment-type-blue-green.html',
    evidence: ['ECS DeploymentConfiguration.Strategy', 'CodeDeploy DeploymentStyle', 'OPS06-BP03'],
    messages: {
      ...deploymentMessages,
      rolling:
        "Service '{{service}}' uses the {{strategy}} deployment strategy, which replaces tasks in place: once the old ones are stopped there is nothing to shift traffic back to. Set 'DeploymentConfiguration: { Strategy: BLUE_GREEN }' (or LINEAR or CANARY), or hand the deployment to CodeDeploy.",
      external:
        "Service '{{service}}' uses the EXTERNAL deployment controller, so neither ECS nor CodeDeploy shifts its traffic and the grader cannot see a blue/green deployment. Use the ECS controller with 'Strategy: BLUE_GREEN', or 'CODE_DEPLOY' with a deployment group.",
      notCodeDeployController:
        "CodeDeploy deployment group '{{group}}' names service '{{service}}', but the service's 'DeploymentController' is {{value}}, so CodeDeploy is refused when it tries to deploy it. Set \"DeploymentController: { Type: CODE_DEPLOY }\" on the service.",
      noGroup:
        "Service '{{service}}' uses the CODE_DEPLOY controller, but no 'AWS::CodeDeploy::DeploymentGroup' names it in 'ECSServices', so nothing can deploy it. Add a deployment group with \"ECSServices: [{ ClusterName: {{cluster}}, ServiceName: {{name}} }]\".",
      groupCluster:
        "Deployment group '{{group}}' names the cluster '{{got}}' for service '{{service}}', which runs in this stack's cluster, so CodeDeploy looks for the service in the wrong place. Set 'ClusterName: {{want}}'.",
      noApplication:
        "Deployment group '{{group}}' belongs to no 'AWS::CodeDeploy::Application' of this template ('ApplicationName' {{value}}). Add an application with 'ComputePlatform: ECS' and set \"ApplicationName: !Ref\" to it.",
      platform:
        "CodeDeploy application '{{application}}' has 'ComputePlatform' {{value}}; a deployment group for an ECS service must belong to an application on the 'ECS' platform. Set 'ComputePlatform: ECS'.",
      style:
        "Deployment group '{{group}}' has 'DeploymentStyle' {{value}}; ECS services deploy only blue/green with traffic control. Set \"DeploymentStyle: { DeploymentType: BLUE_GREEN, DeploymentOption: WITH_TRAFFIC_CONTROL }\".",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(t, ctx);
    if (services.length === 0) return;
    let failures = 0;
    for (const svc of services) {
      let bad = false;
      const fail = (...args: Parameters<typeof ctx.report>) => {
        bad = true;
        ctx.report(...args);
      };
      const controller = deploymentController(t, svc);
      if (designOf(t, svc) === 'ecs') {
        const strategy = strategyOf(t, svc);
        if (controller === 'EXTERNAL')
          fail('external', { service: svc.name }, servicePath(svc, 'DeploymentController'));
        else if (!(SHIFTING_STRATEGIES as readonly string[]).includes(strategy))
          fail(
            'rolling',
            { service: svc.name, strategy },
            existingPath(svc, ['DeploymentConfiguration', 'Strategy']),
          );
      } else {
        const groups = deploymentGroupsOf(t, svc);
        const names = serviceNamesFor(t, svc);
        if (controller !== 'CODE_DEPLOY')
          fail(
            'notCodeDeployController',
            {
              group: groups[0]?.name ?? '',
              service: svc.name,
              value: shown(t, get(svc.props, ['DeploymentController', 'Type'])),
            },
            existingPath(svc, ['DeploymentController', 'Type']),
          );
        if (groups.length === 0)
          fail('noGroup', { service: svc.name, cluster: names.cluster, name: names.service }, svc.path);
        for (const g of groups) {
          const at = [...g.path, 'Properties'];
          const forms = clusterNameForms(t, svc);
          const entry = (g.props['ECSServices'] as unknown[]).find((e) => namesService(t, e, svc)) as
            Record<string, unknown> | undefined;
          const cluster = entry?.['ClusterName'];
          const tokens = tokensOf(cluster);
          if (forms && entry && (!tokens || !partIs(tokens, forms)))
            fail(
              'groupCluster',
              {
                group: g.name,
                service: svc.name,
                got: shown(t, cluster).replace(/'/g, ''),
                want: names.cluster,
              },
              [...at, 'ECSServices'],
            );
          const app = targetResource(t, g.props['ApplicationName']);
          const byName = resources(t, CD_APPLICATION).find(
            (a) =>
              literalString(t, a.props['ApplicationName']) === literalString(t, g.props['ApplicationName']),
          );
          const application = app?.resource.Type === CD_APPLICATION ? app : byName;
          if (!application)
            fail('noApplication', { group: g.name, value: shown(t, g.props['ApplicationName']) }, [
              ...at,
              'ApplicationName',
            ]);
          else if (literalString(t, application.props['ComputePlatform'])?.toUpperCase() !== 'ECS')
            fail(
              'platform',
              { application: application.name, value: shown(t, application.props['ComputePlatform']) },
              [...application.path, 'Properties'],
            );
          const type = literalString(t, get(g.props, ['DeploymentStyle', 'DeploymentType']));
          const option = literalString(t, get(g.props, ['DeploymentStyle', 'DeploymentOption']));
          if (type !== 'BLUE_GREEN' || option !== 'WITH_TRAFFIC_CONTROL')
            fail(
              'style',
              { group: g.name, value: `'${type ?? 'IN_PLACE'}/${option ?? 'WITHOUT_TRAFFIC_CONTROL'}'` },
              [...at, ...(g.props['DeploymentStyle'] === undefined ? [] : ['DeploymentStyle'])],
            );
        }
      }
      if (bad) failures++;
    }
    ctx.tally(services.length, failures);
  },
});
