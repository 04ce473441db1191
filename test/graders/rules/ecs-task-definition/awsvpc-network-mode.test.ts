import rule from '../../../../graders/rules/ecs-task-definition/awsvpc-network-mode.js';
import { testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);

testRule(rule, {
  valid: [{ name: 'awsvpc', code: td({ family: 'web', networkMode: 'awsvpc' }) }],
  invalid: [
    {
      name: 'left out (defaults to bridge)',
      code: td({ family: 'web' }),
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'bridge',
      code: '{\n  "family": "web",\n  "networkMode": "bridge"\n}\n',
      errors: [{ messageId: 'wrongMode', line: 3 }],
    },
    { name: 'host', code: td({ networkMode: 'host' }), errors: [{ messageId: 'wrongMode' }] },
    {
      name: 'bridge on an EC2-only task',
      code: td({ requiresCompatibilities: ['EC2'], networkMode: 'bridge' }),
      errors: [{ messageId: 'sharedNetwork' }],
    },
    { name: 'wrong case', code: td({ networkMode: 'AWSVPC' }), errors: [{ messageId: 'wrongMode' }] },
    { name: 'not text', code: td({ networkMode: ['awsvpc'] }), errors: [{ messageId: 'notText' }] },
    { name: 'file is a string', code: '"awsvpc"', errors: [{ messageId: 'notObject' }] },
  ],
});
