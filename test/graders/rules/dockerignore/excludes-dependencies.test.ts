import rule from '../../../../graders/rules/dockerignore/excludes-dependencies.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'plain node_modules', code: '.git\nnode_modules\n' },
    { name: 'any depth', code: '**/node_modules\n' },
    { name: 'trailing slash', code: 'node_modules/\n' },
    { name: 'allow-list style', code: '*\n!server.js\n!package.json\n' },
  ],
  invalid: [
    { name: 'empty file', code: '', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'misspelt', code: 'node_module\n', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'only nested', code: 'src/node_modules\n', errors: [{ messageId: 'missing', line: 1 }] },
    {
      name: 're-included',
      code: 'node_modules\n!node_modules\n',
      errors: [{ messageId: 'reincluded', line: 2 }],
    },
  ],
});
