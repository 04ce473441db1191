import rule from '../../../../graders/rules/ecs-task-definition/runtime-platform.js';
import { testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const platform = (runtimePlatform: unknown): string => td({ family: 'web', runtimePlatform });

testRule(rule, {
  valid: [
    { name: 'Linux on x86', code: platform({ operatingSystemFamily: 'LINUX', cpuArchitecture: 'X86_64' }) },
    {
      name: 'Linux on Graviton',
      code: platform({ operatingSystemFamily: 'LINUX', cpuArchitecture: 'ARM64' }),
    },
    {
      name: 'Windows on x86',
      code: platform({ operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' }),
    },
  ],
  invalid: [
    { name: 'left out', code: td({ family: 'web' }), errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'not an object', code: platform('LINUX/ARM64'), errors: [{ messageId: 'platformNotObject' }] },
    {
      name: 'empty object',
      code: platform({}),
      errors: [{ messageId: 'missingArch' }, { messageId: 'missingOs' }],
    },
    {
      name: 'architecture missing',
      code: platform({ operatingSystemFamily: 'LINUX' }),
      errors: [{ messageId: 'missingArch' }],
    },
    {
      name: 'lower-case OS family',
      code: platform({ operatingSystemFamily: 'linux', cpuArchitecture: 'X86_64' }),
      errors: [{ messageId: 'unknownOs' }],
    },
    {
      name: 'Docker-style architecture name',
      code: '{\n  "runtimePlatform": {\n    "operatingSystemFamily": "LINUX",\n    "cpuArchitecture": "amd64"\n  }\n}\n',
      errors: [{ messageId: 'unknownArch', line: 4 }],
    },
    {
      name: 'Windows on ARM64',
      code: platform({ operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL', cpuArchitecture: 'ARM64' }),
      errors: [{ messageId: 'windowsArm' }],
    },
    {
      name: 'wrapped describe output',
      code: td({ taskDefinition: { runtimePlatform: {} } }),
      errors: [{ messageId: 'wrapped' }],
    },
  ],
});
