// EXP002: the service's CPU and memory are a pair the platform offers. Express Mode runs its tasks on Fargate, so
// 'Cpu' and 'Memory' (strings in CloudFormation: CPU units and MiB) must be one of the Fargate task sizes; left out,
// Express Mode uses 1024 CPU units and 2048 MiB, a valid pair. App Runner offers its own, shorter list of
// instance sizes ('InstanceConfiguration'), and defaults to 1 vCPU and 2 GB.
//
// Sources: "Resources created by Amazon ECS Express Mode services" (task definition defaults),
// https://docs.aws.amazon.com/AmazonECS/latest/developerguide/express-service-work.html; the Fargate table in
// ../ecs-task-definition/fargate-sizes.ts; App Runner's InstanceConfiguration,
// https://docs.aws.amazon.com/apprunner/latest/api/API_InstanceConfiguration.html (shared/reference/rules.md §6.5).
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate } from '../../engine/types.js';
import { get, literal } from '../lib/cloudformation.js';
import {
  describeMemory,
  describeCpus,
  isValidPair,
  parseCpu,
  parseMemory,
  sizeForCpu,
} from '../ecs-task-definition/fargate-sizes.js';
import { existingPath, expressMessages, propPath, readSubject } from './model.js';

/** App Runner instance sizes: CPU units, and the memory (MiB) each allows. */
export const APP_RUNNER_SIZES: readonly { cpu: number; memory: readonly number[] }[] = [
  { cpu: 256, memory: [512, 1024] },
  { cpu: 512, memory: [1024] },
  { cpu: 1024, memory: [2048, 3072, 4096] },
  { cpu: 2048, memory: [4096, 6144] },
  { cpu: 4096, memory: [8192, 10240, 12288] },
];

export function isAppRunnerPair(cpu: number, memory: number): boolean {
  return APP_RUNNER_SIZES.some((s) => s.cpu === cpu && s.memory.includes(memory));
}

type Read =
  | { state: 'absent' }
  | { state: 'unknown' }
  | { state: 'bad'; text: string }
  | { state: 'ok'; value: number };

function read(t: CfnTemplate, v: unknown, parse: typeof parseCpu): Read {
  if (v === undefined) return { state: 'absent' };
  const r = literal(t, v);
  if (!r.known) return { state: 'unknown' };
  const p = parse(r.value);
  return p.ok ? { state: 'ok', value: p.value } : { state: 'bad', text: String(r.value) };
}

export default defineRule({
  meta: {
    id: 'EXP002',
    name: 'task-size',
    target: 'cloudformation',
    severity: 'error',
    title: 'Size the service with a CPU and memory pair the platform offers',
    description:
      "The Express service's 'Cpu' and 'Memory' form a valid Fargate task size (or are left to Express Mode's default of 1024 and 2048); an App Runner service's 'InstanceConfiguration' names one of App Runner's instance sizes.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-cpu-memory-error.html',
    evidence: ['E3047', 'E3048'],
    messages: {
      ...expressMessages,
      notNumber:
        "Service '{{service}}' sets '{{property}}' to '{{value}}', which is not a size: write CPU as units ('1024' is 1 vCPU) and memory in MiB ('2048' is 2 GB).",
      invalidPair:
        "Express service '{{service}}' asks for {{cpu}} CPU units with {{memory}} MiB, which Fargate does not offer, so Express Mode cannot create the task definition. With '{{cpu}}' CPU, Fargate allows {{allowed}}.",
      invalidCpu:
        "Express service '{{service}}' asks for {{cpu}} CPU units, which is not a Fargate task size. Use one of {{cpus}}.",
      halfSet:
        "Service '{{service}}' sets '{{given}}' but not '{{missing}}', so the other half takes the platform's default, which may not pair with it. Set both, as a pair the platform offers.",
      invalidRunnerPair:
        "App Runner service '{{service}}' asks for {{cpu}} CPU units with {{memory}} MiB, which is not an App Runner instance size, so App Runner rejects the service. {{allowed}}",
      unverifiable:
        "Service '{{service}}' takes its CPU or memory from a value decided at deploy time, so the grader cannot check the pair. Write the values, or give their parameters a Default.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const s = readSubject(doc, ctx);
    if (!s) return;
    ctx.tally(1);
    const { svc } = s;
    const base = s.design === 'express' ? [] : ['InstanceConfiguration'];
    const cpuRaw = get(svc.props, [...base, 'Cpu']);
    const memRaw = get(svc.props, [...base, 'Memory']);
    const cpu = read(t, cpuRaw, parseCpu);
    const mem = read(t, memRaw, parseMemory);
    const at = existingPath(svc, base);
    if (cpu.state === 'absent' && mem.state === 'absent') return; // the platform's default pair is valid
    if (cpu.state === 'unknown' || mem.state === 'unknown') {
      ctx.report('unverifiable', { service: svc.name }, at);
      return;
    }
    for (const [r, property] of [
      [cpu, 'Cpu'],
      [mem, 'Memory'],
    ] as const)
      if (r.state === 'bad') {
        ctx.report(
          'notNumber',
          { service: svc.name, property, value: r.text },
          propPath(svc, ...base, property),
        );
        return;
      }
    if (cpu.state !== 'ok' || mem.state !== 'ok') {
      const cpuSet = cpu.state === 'ok';
      ctx.report(
        'halfSet',
        { service: svc.name, given: cpuSet ? 'Cpu' : 'Memory', missing: cpuSet ? 'Memory' : 'Cpu' },
        at,
      );
      return;
    }
    if (s.design === 'express') {
      const size = sizeForCpu(cpu.value);
      if (!size)
        ctx.report(
          'invalidCpu',
          { service: svc.name, cpu: cpu.value, cpus: describeCpus() },
          propPath(svc, 'Cpu'),
        );
      else if (!isValidPair(cpu.value, mem.value))
        ctx.report(
          'invalidPair',
          { service: svc.name, cpu: cpu.value, memory: mem.value, allowed: describeMemory(size) },
          propPath(svc, 'Memory'),
        );
      return;
    }
    if (!isAppRunnerPair(cpu.value, mem.value)) {
      const size = APP_RUNNER_SIZES.find((x) => x.cpu === cpu.value);
      const allowed = size
        ? `With '${cpu.value}' CPU, App Runner allows ${size.memory.map((m) => `'${m}'`).join(' or ')} MiB.`
        : `App Runner's CPU sizes are ${APP_RUNNER_SIZES.map((x) => `'${x.cpu}'`).join(', ')}.`;
      ctx.report(
        'invalidRunnerPair',
        { service: svc.name, cpu: cpu.value, memory: mem.value, allowed },
        propPath(svc, 'InstanceConfiguration'),
      );
    }
  },
});
