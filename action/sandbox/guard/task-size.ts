// SBX010: tasks stay within the instructor's size caps, and their size can be read. The cost estimate and the
// caps both need a literal task-level Cpu and Memory from a task definition in the same template.
import { get, literalString, resources, targetResource } from '../../../graders/rules/lib/cloudformation.js';
import { taskSize } from '../cost.js';
import { defineGuardRule, deployedTemplate } from './util/define.js';

export default defineGuardRule<'caps' | 'parameters'>()({
  meta: {
    id: 'SBX010',
    name: 'task-size',
    target: 'cloudformation',
    severity: 'error',
    title: 'Size every task within the sandbox caps',
    description:
      "Every service runs a task definition from the same template, every Fargate task definition states a literal task-level Cpu and Memory, and none asks for more than 'deploy-max-task-cpu' or 'deploy-max-task-memory'.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-tasks-services.html#fargate-tasks-size',
    evidence: ['E3047', 'ECS API RegisterTaskDefinition cpu and memory'],
    messages: {
      externalTaskDefinition:
        "Service '{{service}}' runs a task definition that is not in this template, so the guard cannot check its size or cost. Define the task definition in the template and reference it with '!Ref'.",
      unsized:
        "Fargate task definition '{{name}}' has no literal task-level Cpu and Memory, so the guard cannot check its size or cost. Set both, such as Cpu '256' and Memory '512'.",
      cpuOverCap:
        "Task definition '{{name}}' asks for Cpu '{{cpu}}'; the sandbox allows at most '{{cap}}' CPU units per task. Use a smaller size; the lab's app needs far less.",
      memoryOverCap:
        "Task definition '{{name}}' asks for Memory '{{memory}}' MiB; the sandbox allows at most '{{cap}}' MiB per task. Use a smaller size.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    const { maxTaskCpu, maxTaskMemory } = ctx.options.caps;
    for (const svc of resources(t, 'AWS::ECS::Service')) {
      const ref = svc.props['TaskDefinition'];
      if (ref !== undefined && !targetResource(t, ref))
        ctx.report('externalTaskDefinition', { service: svc.name }, [
          ...svc.path,
          'Properties',
          'TaskDefinition',
        ]);
    }
    for (const td of resources(t, 'AWS::ECS::TaskDefinition')) {
      const size = taskSize(t, td.props);
      const compat = get(td.props, ['RequiresCompatibilities']);
      const fargate = Array.isArray(compat) && compat.some((c) => literalString(t, c) === 'FARGATE');
      if (fargate && (size.cpu === null || size.memory === null))
        ctx.report('unsized', { name: td.name }, [...td.path, 'Properties']);
      if (size.cpu !== null && size.cpu > maxTaskCpu)
        ctx.report('cpuOverCap', { name: td.name, cpu: size.cpu, cap: maxTaskCpu }, [
          ...td.path,
          'Properties',
          'Cpu',
        ]);
      if (size.memory !== null && size.memory > maxTaskMemory)
        ctx.report('memoryOverCap', { name: td.name, memory: size.memory, cap: maxTaskMemory }, [
          ...td.path,
          'Properties',
          'Memory',
        ]);
    }
  },
});
