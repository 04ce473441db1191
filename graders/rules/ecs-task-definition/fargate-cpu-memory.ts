// TDF001: a Fargate task sets task-level `cpu` and `memory`, and the pair is one Fargate offers.
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
} from './fargate-sizes.js';
import {
  describeValue,
  isWindows,
  readTaskDefinition,
  targetsFargate,
  taskDefinitionMessages,
} from './util/task-definition.js';

export default defineRule({
  meta: {
    id: 'TDF001',
    name: 'fargate-cpu-memory',
    target: 'json',
    severity: 'error',
    title: 'Use a valid Fargate CPU and memory pair',
    description:
      'A Fargate task sets task-level cpu and memory, and the pair is one of the sizes Fargate offers; any other pair fails to register or to run.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
    evidence: ['E3047', 'E3048'],
    messages: {
      ...taskDefinitionMessages,
      missingCpu:
        "The task has no 'cpu', which Fargate requires, so it cannot run there. Add a task-level 'cpu' such as {{suggestion}}.",
      missingMemory:
        "The task has no 'memory', which Fargate requires, so it cannot run there. Add a task-level 'memory' such as {{suggestion}}.",
      unreadableCpu:
        "Task 'cpu' is {{what}}, which ECS cannot read as a size. Write CPU units as a number or numeric text ('1024') or as vCPUs ('1 vCPU').",
      unreadableMemory:
        "Task 'memory' is {{what}}, which ECS cannot read as a size. Write MiB as a number or numeric text ('2048') or as GB ('2 GB').",
      unsupportedCpu:
        "Task cpu '{{cpu}}' is not a Fargate size, so the task definition cannot run on Fargate. Fargate offers {{cpus}} CPU units (1024 = 1 vCPU); the nearest is '{{nearest}}'.",
      invalidPair:
        "Fargate has no size with cpu '{{cpu}}' ({{vcpu}} vCPU) and memory '{{memory}}' MiB, so the task cannot run. With {{vcpu}} vCPU choose memory {{allowed}}, for example '{{nearestMemory}}'{{alternative}}.",
      windowsCpu:
        "Windows containers on Fargate need 1, 2 or 4 vCPU, but the task asks for cpu '{{cpu}}'. Use cpu '1024', '2048' or '4096' with a matching memory.",
    },
  },
  check(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td) return;
    if (!targetsFargate(td)) {
      ctx.notApplicable('the task definition does not target Fargate');
      return;
    }
    const rawCpu = td['cpu'];
    const rawMemory = td['memory'];
    const cpu = rawCpu === undefined ? undefined : parseCpu(rawCpu);
    const memory = rawMemory === undefined ? undefined : parseMemory(rawMemory);

    if (cpu === undefined) {
      const fits = memory?.ok ? cpusForMemory(memory.value) : [];
      const suggestion =
        fits.length > 0
          ? fits.map((s) => `'${s.cpu}' (${s.vcpu} vCPU)`).join(' or ') +
            ` to go with memory '${memory?.ok ? memory.value : ''}'`
          : "'256' (.25 vCPU) or '1024' (1 vCPU)";
      ctx.report('missingCpu', { suggestion }, ['cpu']);
    } else if (!cpu.ok) {
      ctx.report('unreadableCpu', { what: describeValue(rawCpu) }, ['cpu']);
    }
    if (memory === undefined) {
      const size = cpu?.ok ? sizeForCpu(cpu.value) : undefined;
      const suggestion = size
        ? `${describeMemory(size)} for cpu '${size.cpu}'`
        : "'512' MiB with cpu '256', or '2048' MiB with cpu '1024'";
      ctx.report('missingMemory', { suggestion }, ['memory']);
    } else if (!memory.ok) {
      ctx.report('unreadableMemory', { what: describeValue(rawMemory) }, ['memory']);
    }
    if (!cpu?.ok) return;

    const size = sizeForCpu(cpu.value);
    if (!size) {
      ctx.report(
        'unsupportedCpu',
        { cpu: cpu.value, cpus: describeCpus(), nearest: nearestCpu(cpu.value).cpu },
        ['cpu'],
      );
      return;
    }
    if (isWindows(td) && !size.windows) ctx.report('windowsCpu', { cpu: cpu.value }, ['cpu']);
    if (!memory?.ok || size.memory.includes(memory.value)) return;

    const others = cpusForMemory(memory.value);
    const alt = others[0];
    ctx.report(
      'invalidPair',
      {
        cpu: cpu.value,
        vcpu: size.vcpu,
        memory: memory.value,
        allowed: describeMemory(size),
        nearestMemory: nearestMemory(size, memory.value),
        alternative: alt ? `, or keep '${memory.value}' MiB with cpu '${alt.cpu}' (${alt.vcpu} vCPU)` : '',
      },
      ['memory'],
    );
  },
});
