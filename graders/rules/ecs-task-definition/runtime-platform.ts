// TDF004: the task states its operating system and CPU architecture, so the image and the platform match.
import { defineRule } from '../../engine/define.js';
import {
  describeValue,
  isRecord,
  readTaskDefinition,
  taskDefinitionMessages,
} from './util/task-definition.js';

const ARCHITECTURES = ['X86_64', 'ARM64'];

export default defineRule({
  meta: {
    id: 'TDF004',
    name: 'runtime-platform',
    target: 'json',
    severity: 'warning',
    title: 'Declare the runtime platform',
    description:
      'The task sets runtimePlatform with an operating system family (LINUX for these labs) and a CPU architecture (X86_64 or ARM64) that match the image, so Fargate never starts an image built for another platform.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_RuntimePlatform.html',
    evidence: ['E3030'],
    messages: {
      ...taskDefinitionMessages,
      missing:
        'The task has no \'runtimePlatform\', so nothing records which OS and CPU architecture the image was built for, and an image built for another architecture fails at start-up with \'exec format error\'. Add \'"runtimePlatform": { "operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64" }\' (or \'ARM64\' for Graviton).',
      platformNotObject:
        '\'runtimePlatform\' must be an object, but it is {{what}}. Write \'{ "operatingSystemFamily": "LINUX", "cpuArchitecture": "X86_64" }\'.',
      missingOs:
        "'runtimePlatform' has no 'operatingSystemFamily'. Add '\"operatingSystemFamily\": \"LINUX\"' so ECS knows the image runs on Linux.",
      unknownOs:
        "'operatingSystemFamily' is {{os}}, which is not a family ECS knows. Use 'LINUX' for a Linux image (or one of the 'WINDOWS_SERVER_…' families for Windows).",
      missingArch:
        "'runtimePlatform' has no 'cpuArchitecture'. Add 'X86_64', or 'ARM64' if the image is built for Graviton, so Fargate starts the task on a matching CPU.",
      unknownArch:
        "'cpuArchitecture' is {{arch}}, which is not an architecture Fargate offers. Use 'X86_64', or 'ARM64' for Graviton.",
      windowsArm:
        "Windows containers on Fargate run only on 'X86_64', but the task asks for 'ARM64'. Use 'X86_64', or 'LINUX' with 'ARM64'.",
    },
  },
  check(doc, ctx) {
    const td = readTaskDefinition(doc, ctx);
    if (!td) return;
    const rp = td['runtimePlatform'];
    if (rp === undefined || rp === null) {
      ctx.report('missing', {}, []);
      return;
    }
    if (!isRecord(rp)) {
      ctx.report('platformNotObject', { what: describeValue(rp) }, ['runtimePlatform']);
      return;
    }
    const os = rp['operatingSystemFamily'];
    const arch = rp['cpuArchitecture'];
    const windows = typeof os === 'string' && /^WINDOWS_SERVER_\w+$/.test(os);
    if (os === undefined || os === null) ctx.report('missingOs', {}, ['runtimePlatform']);
    else if (os !== 'LINUX' && !windows)
      ctx.report('unknownOs', { os: describeValue(os) }, ['runtimePlatform', 'operatingSystemFamily']);
    if (arch === undefined || arch === null) ctx.report('missingArch', {}, ['runtimePlatform']);
    else if (typeof arch !== 'string' || !ARCHITECTURES.includes(arch)) {
      ctx.report('unknownArch', { arch: describeValue(arch) }, ['runtimePlatform', 'cpuArchitecture']);
    } else if (windows && arch === 'ARM64')
      ctx.report('windowsArm', {}, ['runtimePlatform', 'cpuArchitecture']);
  },
});
