// SBX009: services stay within the instructor's task cap. DesiredCount (and an auto-scaling maximum) multiplies
// every task's cost; a number computed at deploy time cannot be checked, so it is refused too.
import { literalNumber, literalString, resources } from '../../../graders/rules/lib/cloudformation.js';
import { desiredCount } from '../cost.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'caps' | 'parameters'>()({
  meta: {
    id: 'SBX009',
    name: 'desired-count',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run no more tasks per service than the sandbox cap',
    description:
      "Every ECS service's DesiredCount, and every ECS scalable target's MinCapacity and MaxCapacity, is a number (or a parameter with a Default) no larger than 'deploy-max-desired-count', so the guard can bound the run's cost.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service_definition_parameters.html',
    evidence: [
      'ECS API CreateService desiredCount',
      'Application Auto Scaling RegisterScalableTarget MaxCapacity',
    ],
    messages: {
      computed:
        "Service '{{service}}' computes its DesiredCount at deploy time, so the guard cannot check it against the sandbox cap of {{cap}}. Use a number, or a parameter with a Default.",
      overCap:
        "Service '{{service}}' asks for DesiredCount {{count}}; the sandbox runs at most {{cap}} tasks per service to bound cost. Use {{cap}} or fewer (two tasks in two Availability Zones show high availability).",
      scalingComputed:
        "Scalable target '{{target}}' may scale to a capacity computed at deploy time; the sandbox runs at most {{cap}} tasks per service. Set MaxCapacity to {{cap}} or less for the sandbox.",
      scalingMinOverCap:
        "Scalable target '{{target}}' keeps at least {{min}} tasks running ('MinCapacity'); the sandbox runs at most {{cap}} tasks per service. Set MinCapacity to {{cap}} or less for the sandbox.",
      scalingOverCap:
        "Scalable target '{{target}}' may scale to {{max}} tasks; the sandbox runs at most {{cap}} tasks per service. Set MaxCapacity to {{cap}} or less for the sandbox.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    const cap = ctx.options.caps.maxDesiredCount;
    for (const svc of resources(t, 'AWS::ECS::Service')) {
      const count = desiredCount(t, svc.props);
      const at = [...svc.path, 'Properties', 'DesiredCount'];
      if (count === undefined) ctx.report('computed', { service: svc.name, cap }, at);
      else if (count > cap) ctx.report('overCap', { service: svc.name, count, cap }, at);
    }
    for (const st of resources(t, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
      if (literalString(t, st.props['ServiceNamespace']) !== 'ecs') continue;
      const max = literalNumber(t, st.props['MaxCapacity']);
      const at = [...st.path, 'Properties', 'MaxCapacity'];
      if (max === undefined) ctx.report('scalingComputed', { target: st.name, cap }, at);
      else if (max > cap) ctx.report('scalingOverCap', { target: st.name, max, cap }, at);
      // MinCapacity is the floor the service is scaled to at once, whatever MaxCapacity says.
      const min = literalNumber(t, st.props['MinCapacity']);
      if (min !== undefined && min > cap && (max === undefined || min > max || max <= cap))
        ctx.report('scalingMinOverCap', { target: st.name, min, cap }, [
          ...st.path,
          'Properties',
          'MinCapacity',
        ]);
    }
  },
});
