import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/fargate-cpu-memory.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const fargate = (cpu: unknown, memory: unknown, extra: object = {}): string =>
  td({ family: 'web', requiresCompatibilities: ['FARGATE'], cpu, memory, ...extra });

testRule(rule, {
  valid: [
    { name: 'smallest size as numeric strings', code: fargate('256', '512') },
    { name: 'integers', code: fargate(1024, 2048) },
    { name: 'vCPU and GB unit strings', code: fargate('1 vCPU', '2 GB') },
    { name: 'fractional vCPU without leading zero and GB without space', code: fargate('.25 vCPU', '1GB') },
    { name: '8 vCPU in 4 GB steps', code: fargate('8192', '20480') },
    { name: '16 vCPU top of range', code: fargate(16384, 122880) },
    { name: 'requiresCompatibilities left out counts as Fargate', code: td({ cpu: '512', memory: '4096' }) },
    {
      name: 'EC2-only task definition is not checked',
      code: td({ requiresCompatibilities: ['EC2'], cpu: '100', memory: '300' }),
    },
    {
      name: 'Windows with 2 vCPU',
      code: fargate('2048', '4096', {
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', cpuArchitecture: 'X86_64' },
      }),
    },
  ],
  invalid: [
    {
      name: '1 vCPU with 1 GB',
      code: '{\n  "requiresCompatibilities": ["FARGATE"],\n  "cpu": "1024",\n  "memory": "1024"\n}\n',
      errors: [{ messageId: 'invalidPair', line: 4 }],
    },
    {
      name: 'memory above the range for .25 vCPU',
      code: fargate(256, 4096),
      errors: [{ messageId: 'invalidPair' }],
    },
    {
      name: '8 vCPU off its 4 GB step',
      code: fargate('8 vCPU', '17 GB'),
      errors: [{ messageId: 'invalidPair' }],
    },
    { name: 'cpu not a Fargate size', code: fargate(1000, 2048), errors: [{ messageId: 'unsupportedCpu' }] },
    {
      name: '32 vCPU is not in the table',
      code: fargate(32768, 65536),
      errors: [{ messageId: 'unsupportedCpu' }],
    },
    {
      name: 'both missing',
      code: td({ requiresCompatibilities: ['FARGATE'] }),
      errors: [{ messageId: 'missingCpu' }, { messageId: 'missingMemory' }],
    },
    { name: 'cpu missing', code: td({ memory: '2048' }), errors: [{ messageId: 'missingCpu' }] },
    { name: 'memory missing', code: td({ cpu: '256' }), errors: [{ messageId: 'missingMemory' }] },
    { name: 'cpu as a boolean', code: fargate(true, '512'), errors: [{ messageId: 'unreadableCpu' }] },
    {
      name: 'memory in MB units',
      code: fargate('256', '512 MB'),
      errors: [{ messageId: 'unreadableMemory' }],
    },
    {
      name: 'memory as a fraction of a MiB',
      code: fargate(256, 512.5),
      errors: [{ messageId: 'unreadableMemory' }],
    },
    { name: 'negative cpu', code: fargate(-256, 512), errors: [{ messageId: 'unreadableCpu' }] },
    {
      name: 'Windows with .5 vCPU',
      code: fargate('512', '1024', {
        runtimePlatform: { operatingSystemFamily: 'WINDOWS_SERVER_2019_FULL' },
      }),
      errors: [{ messageId: 'windowsCpu' }],
    },
    { name: 'file is a list', code: '[]', errors: [{ messageId: 'notObject' }] },
    {
      name: 'describe-task-definition output',
      code: td({ taskDefinition: { cpu: '256', memory: '512' } }),
      errors: [{ messageId: 'wrapped' }],
    },
  ],
});

describe('TDF001 messages', () => {
  it('suggests the nearest valid memory and a cpu that fits the given memory', () => {
    const [f] = runOn(rule, fargate('1024', '1024')).findings;
    expect(f?.message).toContain("for example '2048'");
    expect(f?.message).toContain("cpu '256'");
  });
  it('suggests the nearest Fargate cpu', () => {
    const [f] = runOn(rule, fargate(1000, 2048)).findings;
    expect(f?.message).toContain("the nearest is '1024'");
  });
  it('says the check does not apply to an EC2-only definition', () => {
    expect(runOn(rule, td({ requiresCompatibilities: ['EC2'] })).notApplicable).not.toBeNull();
  });
});
