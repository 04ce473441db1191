// SCL001: every REPLICA ECS service of the stack is registered with Application Auto Scaling: a scalable target in
// the 'ecs' namespace, on the 'ecs:service:DesiredCount' dimension, whose ResourceId names this stack's cluster and
// service ('service/<cluster name>/<service name>'). A ResourceId built from the service's ARN (`!Ref Service`) or a
// hard-coded name registers nothing that exists, and the stack fails or scales another stack's service.
import { defineRule } from '../../engine/define.js';
import { literalString, resources } from '../lib/cloudformation.js';
import {
  clusterNameForms,
  ECS_DIMENSION,
  ECS_NAMESPACE,
  ecsTargets,
  intendedService,
  judgeResourceId,
  quote,
  renderForm,
  replicaServices,
  SCALABLE_TARGET,
  scalingMessages,
  SERVICE,
  serviceNameForms,
  targetsOf,
} from './model.js';

const DOCS =
  'https://docs.aws.amazon.com/autoscaling/application/userguide/services-that-can-integrate-ecs.html';

export default defineRule({
  meta: {
    id: 'SCL001',
    name: 'scalable-target',
    target: 'cloudformation',
    severity: 'error',
    title: "Register the service as a scalable target of this stack's cluster",
    description:
      "Every REPLICA ECS service has an 'AWS::ApplicationAutoScaling::ScalableTarget' with 'ServiceNamespace: ecs', 'ScalableDimension: ecs:service:DesiredCount' and a 'ResourceId' of 'service/<cluster name>/<service name>' that resolves to this stack's cluster ('!Ref Cluster') and service ('!GetAtt Service.Name').",
    docsUrl: DOCS,
    evidence: ['Application Auto Scaling RegisterScalableTarget', 'REL07-BP01'],
    messages: {
      ...scalingMessages,
      noTarget:
        "Service '{{service}}' has no Application Auto Scaling scalable target, so its task count never changes with load: it either pays for idle tasks or runs out of capacity. Add an 'AWS::ApplicationAutoScaling::ScalableTarget' with 'ServiceNamespace: ecs', 'ScalableDimension: ecs:service:DesiredCount' and \"ResourceId: !Sub 'service/{{cluster}}/{{name}}'\".",
      namespace:
        "Scalable target '{{target}}' has 'ServiceNamespace' {{value}}, but an ECS service is registered in the 'ecs' namespace; with any other namespace Application Auto Scaling looks for a different kind of resource and the target fails to register. Set 'ServiceNamespace: ecs'.",
      dimension:
        "Scalable target '{{target}}' has 'ScalableDimension' {{value}}; the only dimension of an ECS service is 'ecs:service:DesiredCount', the number of tasks. Set 'ScalableDimension: ecs:service:DesiredCount'.",
      resourceIdShape:
        "Scalable target '{{target}}' has 'ResourceId' '{{value}}', but an ECS service's resource id is 'service/<cluster name>/<service name>': three parts, starting with 'service'. Write \"!Sub 'service/{{cluster}}/{{name}}'\".",
      resourceIdCluster:
        "Scalable target '{{target}}' names the cluster '{{got}}' in its 'ResourceId', but service '{{service}}' runs in '{{want}}'. The id needs the cluster's name ('!Ref Cluster' returns it; an ARN or another cluster's name points at nothing). Write \"!Sub 'service/{{want}}/{{name}}'\".",
      resourceIdService:
        "Scalable target '{{target}}' names the service '{{got}}' in its 'ResourceId', which is not the name of service '{{service}}'. '!Ref' of an ECS service returns its ARN, not its name: use '{{want}}' ('!GetAtt {{service}}.Name'), as in \"!Sub 'service/{{cluster}}/{{want}}'\".",
      resourceIdForeign:
        "Scalable target '{{target}}' has 'ResourceId' {{value}}, which names no service of this stack: hard-coded names scale whatever service happens to have them, or nothing. Build it from this stack's resources: \"!Sub 'service/${Cluster}/${Service.Name}'\".",
      resourceIdUnknown:
        "Scalable target '{{target}}' builds its 'ResourceId' with something the grader does not follow ({{value}}), so it cannot tell which service is scaled. Build it with '!Sub' or '!Join' from '!Ref Cluster' and '!GetAtt Service.Name'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    if (resources(t, SERVICE).length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    let checks = 0;
    let failures = 0;
    for (const target of ecsTargets(t)) {
      checks++;
      // One failed instance per target, however many of its properties are wrong.
      let bad = false;
      const fail = (...args: Parameters<typeof ctx.report>) => {
        bad = true;
        ctx.report(...args);
      };
      const at = [...target.path, 'Properties'];
      const ns = target.props['ServiceNamespace'];
      if (literalString(t, ns) !== ECS_NAMESPACE)
        fail('namespace', { target: target.name, value: quote(ns) }, [...at, 'ServiceNamespace']);
      const dim = target.props['ScalableDimension'];
      if (literalString(t, dim) !== ECS_DIMENSION)
        fail('dimension', { target: target.name, value: quote(dim) }, [...at, 'ScalableDimension']);
      const rid = target.props['ResourceId'];
      const svc = intendedService(t, rid);
      const ridAt = [...at, 'ResourceId'];
      if (!svc) fail('resourceIdForeign', { target: target.name, value: quote(rid) }, ridAt);
      else {
        const cluster = renderForm(clusterNameForms(t, svc)?.[0] ?? { ref: 'Cluster' });
        const name = renderForm(serviceNameForms(t, svc)[0]!);
        const judged = judgeResourceId(t, rid, svc);
        const base = { target: target.name, service: svc.name, cluster, name };
        if (judged.kind === 'unknown') fail('resourceIdUnknown', { ...base, value: quote(rid) }, ridAt);
        else if (judged.kind === 'shape') fail('resourceIdShape', { ...base, value: judged.got }, ridAt);
        else if (judged.kind === 'cluster')
          fail('resourceIdCluster', { ...base, got: judged.got, want: judged.want }, ridAt);
        else if (judged.kind === 'service')
          fail('resourceIdService', { ...base, got: judged.got, want: judged.want }, ridAt);
      }
      if (bad) failures++;
    }
    for (const svc of replicaServices(t)) {
      if (targetsOf(t, svc).length > 0) continue;
      checks++;
      failures++;
      const cluster = renderForm(clusterNameForms(t, svc)?.[0] ?? { ref: 'Cluster' });
      const name = renderForm(serviceNameForms(t, svc)[0]!);
      ctx.report('noTarget', { service: svc.name, cluster, name }, svc.path);
    }
    if (checks === 0) ctx.notApplicable(`no REPLICA service and no ${SCALABLE_TARGET}`);
    else ctx.tally(checks, failures);
  },
});
