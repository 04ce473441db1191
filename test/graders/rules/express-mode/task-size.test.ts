import rule from '../../../../graders/rules/express-mode/task-size.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const SIZE = "      Cpu: '512'\n      Memory: '1024'\n";

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: "'512' with '1024' (lab 13 solution)", code: LAB13 },
    { name: "Express Mode's default pair (both left out)", code: edit(LAB13, [SIZE, '']) },
    { name: 'unit forms', code: edit(LAB13, [SIZE, '      Cpu: 1 vCPU\n      Memory: 3 GB\n']) },
    {
      name: "App Runner '1 vCPU' with '2 GB' (second-style solution)",
      code: runner(() => {}),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: '256 CPU units with 4096 MiB (the starter)',
      code: edit(LAB13, [SIZE, "      Cpu: '256'\n      Memory: '4096'\n"]),
      errors: [{ messageId: 'invalidPair', data: { cpu: 256, memory: 4096 } }],
    },
    {
      name: 'a CPU size Fargate does not have',
      code: edit(LAB13, [SIZE, "      Cpu: '768'\n      Memory: '2048'\n"]),
      errors: [{ messageId: 'invalidCpu' }],
    },
    {
      name: 'only Cpu set',
      code: edit(LAB13, [SIZE, "      Cpu: '2048'\n"]),
      errors: [{ messageId: 'halfSet', data: { given: 'Cpu', missing: 'Memory' } }],
    },
    {
      name: 'not a size',
      code: edit(LAB13, [SIZE, "      Cpu: large\n      Memory: '1024'\n"]),
      errors: [{ messageId: 'notNumber', data: { property: 'Cpu', value: 'large' } }],
    },
    {
      name: 'App Runner 2 vCPU with 2 GB',
      code: runner((t) => {
        Object.assign(props(t, 'Service')['InstanceConfiguration'] as object, {
          Cpu: '2 vCPU',
          Memory: '2 GB',
        });
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'invalidRunnerPair', data: { cpu: 2048, memory: 2048 } }],
    },
    {
      name: 'a parameter without a default',
      code: edit(edit(LAB13, [SIZE, "      Cpu: !Ref TaskCpu\n      Memory: '1024'\n"]), [
        'Parameters:\n',
        'Parameters:\n  TaskCpu:\n    Type: String\n',
      ]),
      errors: [{ messageId: 'unverifiable' }],
    },
  ],
});
