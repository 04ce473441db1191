import rule from '../../../../graders/rules/ecs-task-definition/fargate-compatibility.js';
import { testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);

testRule(rule, {
  valid: [
    { name: 'FARGATE', code: td({ requiresCompatibilities: ['FARGATE'] }) },
    { name: 'FARGATE and EC2', code: td({ requiresCompatibilities: ['EC2', 'FARGATE'] }) },
  ],
  invalid: [
    { name: 'left out', code: td({ family: 'web' }), errors: [{ messageId: 'missing' }] },
    {
      name: 'EC2 only',
      code: '{\n  "family": "web",\n  "requiresCompatibilities": ["EC2"]\n}\n',
      errors: [{ messageId: 'noFargate', line: 3 }],
    },
    { name: 'empty list', code: td({ requiresCompatibilities: [] }), errors: [{ messageId: 'noFargate' }] },
    {
      name: 'lower case',
      code: td({ requiresCompatibilities: ['fargate'] }),
      errors: [{ messageId: 'noFargate' }],
    },
    {
      name: 'a string instead of a list',
      code: td({ requiresCompatibilities: 'FARGATE' }),
      errors: [{ messageId: 'notList' }],
    },
    { name: 'file is null', code: 'null', errors: [{ messageId: 'notObject' }] },
  ],
});
