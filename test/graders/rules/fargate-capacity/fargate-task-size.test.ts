import rule from '../../../../graders/rules/fargate-capacity/fargate-task-size.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { props, tpl } from './template.js';

const size = (cpu: unknown, memory: unknown) =>
  tpl((t) => {
    const p = props(t, 'TaskDefinition');
    if (cpu === undefined) delete p['Cpu'];
    else p['Cpu'] = cpu;
    if (memory === undefined) delete p['Memory'];
    else p['Memory'] = memory;
  });

testRule(rule, {
  valid: [
    { name: '.5 vCPU with 2 GB', code: tpl() },
    { name: 'numbers, not strings', code: size(256, 512) },
    { name: 'vCPU and GB units', code: size('1 vCPU', '3 GB') },
    {
      name: 'from parameters with defaults',
      code: tpl((t) => {
        t.Parameters = { Cpu: { Type: 'String', Default: '1024' }, Mem: { Type: 'String', Default: '2048' } };
        props(t, 'TaskDefinition')['Cpu'] = { Ref: 'Cpu' };
        props(t, 'TaskDefinition')['Memory'] = { Ref: 'Mem' };
      }),
    },
  ],
  invalid: [
    { name: '1 vCPU with 1 GB', code: size('1024', '1024'), errors: [{ messageId: 'invalidPair' }] },
    { name: '.25 vCPU with 4 GB', code: size('256', '4096'), errors: [{ messageId: 'invalidPair' }] },
    { name: 'cpu not a Fargate size', code: size('1000', '2048'), errors: [{ messageId: 'unsupportedCpu' }] },
    { name: 'no Cpu', code: size(undefined, '2048'), errors: [{ messageId: 'missingCpu' }] },
    { name: 'no Memory', code: size('512', undefined), errors: [{ messageId: 'missingMemory' }] },
    { name: 'memory in MB', code: size('512', '2048 MB'), errors: [{ messageId: 'unreadable' }] },
    {
      name: 'Cpu from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Cpu: { Type: 'String' } };
        props(t, 'TaskDefinition')['Cpu'] = { Ref: 'Cpu' };
      }),
      errors: [{ messageId: 'notLiteral' }],
    },
    {
      name: 'no Fargate task definition',
      code: tpl((t) => (props(t, 'TaskDefinition')['RequiresCompatibilities'] = ['EC2'])),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
  ],
});
