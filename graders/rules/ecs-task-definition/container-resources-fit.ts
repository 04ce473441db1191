// TDF006: container-level memory and cpu fit inside the task: reservations add up to no more than the task
// memory, no hard limit exceeds it, a reservation stays below its hard limit, and container cpu adds up to no
// more than the task cpu. cfn-lint 1.51.0 checks none of this.
import { defineRule } from '../../engine/define.js';
import { parseCpu, parseMemory } from './fargate-sizes.js';
import {
  containerListMessages,
  describeValue,
  readContainers,
  type Container,
} from './util/task-definition.js';

/** Docker 20.10 and later reserve at least 6 MiB for a container. */
const MIN_CONTAINER_MIB = 6;

export default defineRule({
  meta: {
    id: 'TDF006',
    name: 'container-resources-fit',
    target: 'json',
    severity: 'error',
    title: 'Fit container memory and cpu inside the task',
    description:
      'Container memory reservations add up to no more than the task memory, no container hard limit exceeds it, memoryReservation stays below memory (equal is rejected), and container cpu adds up to no more than the task cpu.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_definition_parameters.html',
    evidence: ['CT.ECS.PR.7'],
    messages: {
      ...containerListMessages,
      notInteger:
        "Container '{{container}}' sets '{{key}}' to {{what}}, but it must be a whole number without quotes ('{{key}}': 512), and ECS rejects anything else.",
      tooSmall:
        "Container '{{container}}' sets '{{key}}' to '{{value}}' MiB, below the '6' MiB Docker reserves for any container, so it cannot start. Give it at least '6' MiB, or leave it out and let the container share the task memory.",
      reservationAboveLimit:
        "Container '{{container}}' reserves '{{reservation}}' MiB ('memoryReservation') with a hard limit ('memory') of '{{limit}}' MiB, but ECS requires 'memory' to be greater than 'memoryReservation' and rejects the task definition otherwise. Lower 'memoryReservation' below '{{limit}}', or leave it out.",
      limitAboveTask:
        "Container '{{container}}' may use up to '{{limit}}' MiB ('memory'), more than the whole task's '{{task}}' MiB, so the limit can never be reached and ECS rejects it. Set it to at most '{{task}}', or leave it out.",
      memorySum:
        "The containers reserve '{{sum}}' MiB in total ({{parts}}), more than the task's '{{task}}' MiB, so ECS rejects the task definition. Lower the container values or raise the task 'memory' to a valid size.",
      cpuSum:
        "The containers ask for '{{sum}}' CPU units in total ({{parts}}), more than the task's '{{task}}', so the task cannot be placed. Lower the container 'cpu' values or raise the task 'cpu'.",
    },
  },
  check(doc, ctx) {
    const list = readContainers(doc, ctx);
    if (!list) return;
    const { td, containers } = list;
    const taskMemory = parseMemory(td['memory']);
    const taskCpu = parseCpu(td['cpu']);

    const integer = (c: Container, key: string): number | undefined => {
      const v = c.def[key];
      if (v === undefined || v === null) return undefined;
      if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
      ctx.report('notInteger', { container: c.label, key, what: describeValue(v) }, [...c.path, key]);
      return undefined;
    };

    const reserved: { label: string; mib: number }[] = [];
    const cpus: { label: string; units: number }[] = [];
    let limitsAboveTask = 0;
    for (const c of containers) {
      const limit = integer(c, 'memory');
      const reservation = integer(c, 'memoryReservation');
      const cpu = integer(c, 'cpu');
      for (const [key, value] of [
        ['memory', limit],
        ['memoryReservation', reservation],
      ] as const) {
        if (value !== undefined && value < MIN_CONTAINER_MIB)
          ctx.report('tooSmall', { container: c.label, key, value }, [...c.path, key]);
      }
      // The API wants 'memory' greater than 'memoryReservation' (rules.md §6.3; ContainerDefinition 'memory'):
      // an equal pair is rejected too, and would leave no room to burst anyway.
      if (limit !== undefined && reservation !== undefined && reservation >= limit) {
        ctx.report('reservationAboveLimit', { container: c.label, reservation, limit }, [
          ...c.path,
          'memoryReservation',
        ]);
      }
      if (limit !== undefined && taskMemory.ok && limit > taskMemory.value) {
        limitsAboveTask++;
        ctx.report('limitAboveTask', { container: c.label, limit, task: taskMemory.value }, [
          ...c.path,
          'memory',
        ]);
      }
      // ECS subtracts the reservation when one is set, and the hard limit otherwise.
      const mib = reservation ?? limit;
      if (mib !== undefined) reserved.push({ label: c.label, mib });
      if (cpu !== undefined && cpu > 0) cpus.push({ label: c.label, units: cpu });
    }

    const memorySum = reserved.reduce((s, r) => s + r.mib, 0);
    // One container whose hard limit is already reported as too big needs no second finding.
    const alreadySaid = reserved.length === 1 && limitsAboveTask > 0;
    if (taskMemory.ok && memorySum > taskMemory.value && !alreadySaid) {
      ctx.report(
        'memorySum',
        {
          sum: memorySum,
          parts: reserved.map((r) => `'${r.label}' ${r.mib}`).join(' + '),
          task: taskMemory.value,
        },
        ['memory'],
      );
    }
    const cpuSum = cpus.reduce((s, r) => s + r.units, 0);
    if (taskCpu.ok && cpuSum > taskCpu.value) {
      ctx.report(
        'cpuSum',
        { sum: cpuSum, parts: cpus.map((r) => `'${r.label}' ${r.units}`).join(' + '), task: taskCpu.value },
        ['cpu'],
      );
    }
  },
});
