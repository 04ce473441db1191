// CAP004: a Fargate task definition in a template sets Cpu and Memory, and the pair is a size Fargate offers
// (the template-side twin of TDF001; cfn-lint E3047/E3048 check the same, and the cost estimate needs it).
import { defineRule } from '../../engine/define.js';
import {
  cpusForMemory,
  describeCpus,
  describeMemory,
  nearestCpu,
  nearestMemory,
  parseCpu,
  parseMemory,
  sizeForCpu,
} from '../ecs-task-definition/fargate-sizes.js';
import { literal, resources } from '../lib/cloudformation.js';
import { allowsFargate, asText } from './model.js';

export default defineRule({
  meta: {
    id: 'CAP004',
    name: 'fargate-task-size',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give the Fargate task a valid CPU and memory pair',
    description:
      "Each Fargate task definition in the template sets task-level Cpu and Memory, and the pair is one of the sizes Fargate offers. Fargate bills the task's size, not what the app uses, so the size is also the cost.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
    evidence: ['E3047', 'E3048'],
    messages: {
      noTaskDefinition:
        "The template has no Fargate 'AWS::ECS::TaskDefinition', so there is no task size to check. Add the task definition the service runs, with 'RequiresCompatibilities: [FARGATE]'.",
      missingCpu:
        "Task definition '{{task}}' has no 'Cpu', which Fargate requires. Add a task-level 'Cpu' such as '512' (.5 vCPU).",
      missingMemory:
        "Task definition '{{task}}' has no 'Memory', which Fargate requires. Add a task-level 'Memory' such as {{suggestion}}.",
      notLiteral:
        "'{{field}}' of task definition '{{task}}' is decided at deploy time, so neither the grader nor the cost estimate can read it. Write the value (for example '512'), or give the parameter a 'Default'.",
      unreadable:
        "'{{field}}' of task definition '{{task}}' is {{what}}, which ECS cannot read as a size. Write {{form}}.",
      unsupportedCpu:
        "Task 'Cpu' '{{cpu}}' in '{{task}}' is not a Fargate size. Fargate offers {{cpus}} CPU units (1024 = 1 vCPU); the nearest is '{{nearest}}'.",
      invalidPair:
        "Fargate has no size with 'Cpu' '{{cpu}}' ({{vcpu}} vCPU) and 'Memory' '{{memory}}' MiB, so task definition '{{task}}' cannot run. With {{vcpu}} vCPU choose memory {{allowed}}, for example '{{nearestMemory}}'{{alternative}}.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const tds = resources(t, 'AWS::ECS::TaskDefinition').filter((td) => allowsFargate(t, td));
    if (tds.length === 0) {
      ctx.report('noTaskDefinition', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const td of tds) {
      const task = td.name;
      const props = [...td.path, 'Properties'];
      let problems = 0;
      const report: typeof ctx.report = (...args) => {
        problems++;
        ctx.report(...args);
      };
      const read = (field: 'Cpu' | 'Memory') => {
        const raw = td.props[field];
        if (raw === undefined) return { state: 'missing' as const };
        const r = literal(t, raw);
        if (!r.known) {
          report('notLiteral', { field, task }, [...props, field]);
          return { state: 'unknown' as const };
        }
        const parsed = field === 'Cpu' ? parseCpu(r.value) : parseMemory(r.value);
        if (!parsed.ok) {
          report(
            'unreadable',
            {
              field,
              task,
              what: `'${asText(r.value)}'`,
              form:
                field === 'Cpu' ? "CPU units ('512') or vCPUs ('.5 vCPU')" : "MiB ('1024') or GB ('1 GB')",
            },
            [...props, field],
          );
          return { state: 'unknown' as const };
        }
        return { state: 'ok' as const, value: parsed.value };
      };
      const cpu = read('Cpu');
      const memory = read('Memory');
      if (cpu.state === 'missing') report('missingCpu', { task }, props);
      if (memory.state === 'missing') {
        const size = cpu.state === 'ok' ? sizeForCpu(cpu.value) : undefined;
        report('missingMemory', { task, suggestion: size ? describeMemory(size) : "'1024' (1 GB)" }, props);
      }
      if (cpu.state === 'ok') {
        const size = sizeForCpu(cpu.value);
        if (!size) {
          report(
            'unsupportedCpu',
            { task, cpu: cpu.value, cpus: describeCpus(), nearest: nearestCpu(cpu.value).cpu },
            [...props, 'Cpu'],
          );
        } else if (memory.state === 'ok' && !size.memory.includes(memory.value)) {
          const alt = cpusForMemory(memory.value)[0];
          report(
            'invalidPair',
            {
              task,
              cpu: cpu.value,
              vcpu: size.vcpu,
              memory: memory.value,
              allowed: describeMemory(size),
              nearestMemory: nearestMemory(size, memory.value),
              alternative: alt
                ? `, or keep '${memory.value}' MiB with 'Cpu' '${alt.cpu}' (${alt.vcpu} vCPU)`
                : '',
            },
            [...props, 'Memory'],
          );
        }
      }
      if (problems > 0) failed++;
    }
    ctx.tally(tds.length, failed);
  },
});
