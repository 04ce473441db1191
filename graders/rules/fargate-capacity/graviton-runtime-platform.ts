// CAP003: Fargate task definitions run on Graviton: RuntimePlatform with CpuArchitecture ARM64 on Linux.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isRecord, literalString, resources } from '../lib/cloudformation.js';
import { allowsFargate } from './model.js';

export default defineRule({
  meta: {
    id: 'CAP003',
    name: 'graviton-runtime-platform',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Run Fargate tasks on Graviton (ARM64)',
    description:
      'Each Fargate task definition sets RuntimePlatform with CpuArchitecture ARM64 and OperatingSystemFamily LINUX. Graviton costs about 20% less per vCPU-hour and per GB-hour than x86 on Fargate, and the image must be built for linux/arm64 (or be multi-architecture).',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/ecs-arm64.html',
    evidence: ['E3030', 'ECS API RuntimePlatform'],
    messages: {
      noTaskDefinition:
        "The template has no 'AWS::ECS::TaskDefinition', so there is no task to run on Graviton. Add the task definition the service runs.",
      missing:
        "Task definition '{{task}}' has no 'RuntimePlatform', so it runs on x86 ('X86_64'), which costs about 20% more than Graviton. Add 'RuntimePlatform: { CpuArchitecture: ARM64, OperatingSystemFamily: LINUX }' and build the image for 'linux/arm64'.",
      notObject:
        "'RuntimePlatform' of task definition '{{task}}' must be an object such as '{ CpuArchitecture: ARM64, OperatingSystemFamily: LINUX }'.",
      x86: "Task definition '{{task}}' runs on {{arch}}. Switch 'CpuArchitecture' to 'ARM64' to run on Graviton at a lower price, after building the image for 'linux/arm64' (for example 'docker buildx build --platform linux/amd64,linux/arm64').",
      unknownArch:
        "'CpuArchitecture' of task definition '{{task}}' is {{arch}}; Fargate offers 'X86_64' and 'ARM64'. Use 'ARM64' for Graviton.",
      notLiteral:
        "'CpuArchitecture' of task definition '{{task}}' is decided at deploy time, so the grader cannot tell whether it is 'ARM64'. Write 'ARM64' (or give the parameter a default of 'ARM64').",
      windows:
        "Task definition '{{task}}' runs Windows ('{{os}}'); Fargate runs Windows only on x86, so it cannot use Graviton. Run the Linux image with 'OperatingSystemFamily: LINUX' and 'CpuArchitecture: ARM64'.",
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
      const rp = td.props['RuntimePlatform'];
      const before = failed;
      const report = (id: Parameters<typeof ctx.report>[0], data: Record<string, string>, at: DataPath) => {
        if (failed === before) failed++;
        ctx.report(id, data, at);
      };
      if (rp === undefined) {
        report('missing', { task }, td.path);
        continue;
      }
      if (!isRecord(rp)) {
        report('notObject', { task }, [...props, 'RuntimePlatform']);
        continue;
      }
      const os = literalString(t, rp['OperatingSystemFamily']);
      if (os && os.toUpperCase().startsWith('WINDOWS')) {
        report('windows', { task, os }, [...props, 'RuntimePlatform', 'OperatingSystemFamily']);
        continue;
      }
      const rawArch = rp['CpuArchitecture'];
      const arch = literalString(t, rawArch);
      const at: DataPath =
        rawArch === undefined
          ? [...props, 'RuntimePlatform']
          : [...props, 'RuntimePlatform', 'CpuArchitecture'];
      if (rawArch === undefined)
        report('x86', { task, arch: "x86 (no 'CpuArchitecture' means 'X86_64')" }, at);
      else if (arch === undefined) report('notLiteral', { task }, at);
      else if (arch.toUpperCase() === 'X86_64') report('x86', { task, arch: `'${arch}'` }, at);
      else if (arch !== 'ARM64') report('unknownArch', { task, arch: `'${arch}'` }, at);
    }
    ctx.tally(tds.length, failed);
  },
});
