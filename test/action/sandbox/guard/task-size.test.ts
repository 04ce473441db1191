import rule from '../../../../action/sandbox/guard/task-size.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { guardOptions, json } from '../support.js';
import { fargate } from './templates.js';

const file = 'template.json';
const options = guardOptions();

testRule(rule, {
  valid: [
    { name: '0.25 vCPU and 512 MiB', code: json(fargate()), file, options },
    {
      name: '1 vCPU and 2 GB written with units, at the caps',
      code: json(fargate({ Cpu: '1 vCPU', Memory: '2 GB' })),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: 'above both caps',
      code: json(fargate({ Cpu: '4 vCPU', Memory: '8192' })),
      file,
      options,
      errors: [
        { messageId: 'cpuOverCap', data: { name: 'TaskDefinition', cpu: 4096, cap: 1024 } },
        { messageId: 'memoryOverCap', data: { name: 'TaskDefinition', memory: 8192, cap: 2048 } },
      ],
    },
    {
      name: 'a Fargate task definition with no size',
      code: json(fargate({ Cpu: undefined, Memory: undefined })),
      file,
      options,
      errors: [{ messageId: 'unsized', data: { name: 'TaskDefinition' } }],
    },
    {
      name: 'a service running a task definition from outside the template',
      code: json(fargate({}, { TaskDefinition: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3' })),
      file,
      options,
      errors: [{ messageId: 'externalTaskDefinition', data: { service: 'Service' } }],
    },
  ],
});
