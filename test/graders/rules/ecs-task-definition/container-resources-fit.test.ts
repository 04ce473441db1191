import rule from '../../../../graders/rules/ecs-task-definition/container-resources-fit.js';
import { testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const task = (cpu: unknown, memory: unknown, ...defs: unknown[]): string =>
  td({ cpu, memory, containerDefinitions: defs });

testRule(rule, {
  valid: [
    { name: 'no container-level values', code: task('256', '512', { name: 'web', image: 'web:1' }) },
    {
      name: 'container memory equal to the task memory',
      code: task('256', '512', { name: 'web', memory: 512 }),
    },
    {
      name: 'reservation below the hard limit',
      code: task('256', '512', { name: 'web', memoryReservation: 256, memory: 512 }),
    },
    {
      name: 'reservation one MiB below the hard limit',
      code: task('256', '512', { name: 'web', memoryReservation: 511, memory: 512 }),
    },
    {
      name: 'reservations add up, hard limits may overlap',
      code: task(
        '512',
        '1024',
        { name: 'web', memoryReservation: 512, memory: 1024 },
        { name: 'proxy', memoryReservation: 256, memory: 1024 },
      ),
    },
    { name: 'task memory in GB', code: task('1 vCPU', '2 GB', { name: 'web', memory: 2048, cpu: 1024 }) },
    {
      name: 'container cpu adds up to the task cpu',
      code: task('512', '1024', { name: 'a', cpu: 256 }, { name: 'b', cpu: 256 }),
    },
  ],
  invalid: [
    {
      name: 'two containers reserve more than the task',
      code: '{\n  "memory": "512",\n  "containerDefinitions": [\n    { "name": "web", "memory": 384 },\n    { "name": "proxy", "memory": 256 }\n  ]\n}\n',
      errors: [{ messageId: 'memorySum', line: 2 }],
    },
    {
      name: 'hard limit above the task memory',
      code: task('256', '512', { name: 'web', memory: 1024 }),
      errors: [{ messageId: 'limitAboveTask' }],
    },
    {
      name: 'reservation above the hard limit',
      code: task('256', '512', { name: 'web', memoryReservation: 400, memory: 300 }),
      errors: [{ messageId: 'reservationAboveLimit' }],
    },
    {
      name: 'reservation equal to the hard limit (the API wants memory greater)',
      code: task('256', '512', { name: 'web', memoryReservation: 512, memory: 512 }),
      errors: [{ messageId: 'reservationAboveLimit', data: { reservation: 512, limit: 512 } }],
    },
    {
      name: 'reservation alone above the task',
      code: task('256', '512', { name: 'web', memoryReservation: 600 }),
      errors: [{ messageId: 'memorySum' }],
    },
    {
      name: 'container cpu above the task cpu',
      code: task('256', '512', { name: 'web', cpu: 512 }),
      errors: [{ messageId: 'cpuSum' }],
    },
    {
      name: 'memory as quoted text',
      code: task('256', '512', { name: 'web', memory: '512' }),
      errors: [{ messageId: 'notInteger' }],
    },
    {
      name: 'memory below 6 MiB',
      code: task('256', '512', { name: 'web', memory: 4 }),
      errors: [{ messageId: 'tooSmall' }],
    },
    {
      name: 'no containers',
      code: td({ cpu: '256', memory: '512' }),
      errors: [{ messageId: 'noContainers' }],
    },
  ],
});
