// SBX018: what sets a run's size is known before it runs. Task CPU and memory, the launch compatibility, and an
// auto-scaling target's namespace and capacities decide what the run costs; a value computed at deploy time
// (`Cpu: !Sub '16384'`, `RequiresCompatibilities: [!Sub FARGATE]`, `ServiceNamespace: !Sub ecs`) slips past the
// caps and out of the estimate, so it is refused. Parameters with a Default, or a value the instructor supplies,
// count as known.
import type { CfnTemplate, DataPath } from '../../../graders/engine/types.js';
import { literalList, literalString, resources } from '../../../graders/rules/lib/cloudformation.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX018',
    name: 'computed-size',
    target: 'cloudformation',
    severity: 'error',
    title: 'State task sizes and scaling limits as values',
    description:
      "A task definition's 'Cpu', 'Memory' and 'RequiresCompatibilities', and a scalable target's 'ServiceNamespace', 'MinCapacity' and 'MaxCapacity', are literals or parameters with a value, so the guard can apply the sandbox caps and price the run. ('DesiredCount' is SBX009's.)",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
    evidence: ['E3047', 'E3048'],
    messages: {
      computed:
        "'{{name}}' computes '{{property}}' at deploy time, so the guard cannot check it against the sandbox caps or price it. Write it as a value, such as {{example}}, or use a parameter with a Default.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    const known = (v: unknown) => literalString(t, v) !== undefined;
    const report = (name: string, path: DataPath, property: string, example: string) =>
      ctx.report('computed', { name, property, example }, [...path, 'Properties', property]);
    for (const td of resources(t, 'AWS::ECS::TaskDefinition')) {
      if (td.props['Cpu'] !== undefined && !known(td.props['Cpu'])) report(td.name, td.path, 'Cpu', "'256'");
      if (td.props['Memory'] !== undefined && !known(td.props['Memory']))
        report(td.name, td.path, 'Memory', "'512'");
      const compat = td.props['RequiresCompatibilities'];
      if (compat !== undefined && !knownList(t, compat))
        report(td.name, td.path, 'RequiresCompatibilities', "['FARGATE']");
    }
    for (const st of resources(t, 'AWS::ApplicationAutoScaling::ScalableTarget')) {
      const ns = st.props['ServiceNamespace'];
      if (!known(ns)) report(st.name, st.path, 'ServiceNamespace', "'ecs'");
      if (!known(st.props['MinCapacity'])) report(st.name, st.path, 'MinCapacity', '1');
      // An ECS target's MaxCapacity is SBX009's, which also holds it to the cap.
      if (literalString(t, ns) !== 'ecs' && !known(st.props['MaxCapacity']))
        report(st.name, st.path, 'MaxCapacity', '2');
    }
  },
});

function knownList(t: CfnTemplate, v: unknown): boolean {
  const list = literalList(t, v);
  return list !== undefined && list.every((x) => literalString(t, x) !== undefined);
}
