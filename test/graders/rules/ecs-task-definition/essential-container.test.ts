import rule from '../../../../graders/rules/ecs-task-definition/essential-container.js';
import { testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const containers = (...defs: unknown[]): string => td({ family: 'web', containerDefinitions: defs });

testRule(rule, {
  valid: [
    { name: 'essential true', code: containers({ name: 'web', image: 'web:1', essential: true }) },
    { name: 'essential left out means true', code: containers({ name: 'web', image: 'web:1' }) },
    {
      name: 'non-essential sidecar beside an essential app',
      code: containers({ name: 'web', image: 'web:1' }, { name: 'xray', image: 'xray:3', essential: false }),
    },
  ],
  invalid: [
    {
      name: 'every container non-essential',
      code: '{\n  "containerDefinitions": [\n    { "name": "web", "essential": false }\n  ]\n}\n',
      errors: [{ messageId: 'noneEssential', line: 2 }],
    },
    {
      name: 'essential as quoted text',
      code: containers({ name: 'web', essential: 'true' }),
      errors: [{ messageId: 'notBoolean' }],
    },
    { name: 'no containerDefinitions', code: td({ family: 'web' }), errors: [{ messageId: 'noContainers' }] },
    {
      name: 'empty containerDefinitions',
      code: td({ containerDefinitions: [] }),
      errors: [{ messageId: 'emptyContainers' }],
    },
    {
      name: 'containerDefinitions is an object',
      code: td({ containerDefinitions: { name: 'web' } }),
      errors: [{ messageId: 'containersNotList' }],
    },
    {
      name: 'a container entry that is a string',
      code: containers('web', { name: 'app', essential: true }),
      errors: [{ messageId: 'containerNotObject' }],
    },
  ],
});
