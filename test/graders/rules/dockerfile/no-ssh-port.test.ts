import rule from '../../../../graders/rules/dockerfile/no-ssh-port.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'web port', code: 'FROM node:22\nEXPOSE 3000\n' },
    { name: 'port 2222 is not 22', code: 'FROM node:22\nEXPOSE 2222/tcp 8080\n' },
    { name: 'UDP 22', code: 'FROM node:22\nEXPOSE 22/udp\n' },
  ],
  invalid: [
    { name: 'port 22', code: 'FROM node:22\nEXPOSE 22\n', errors: [{ messageId: 'ssh', line: 2 }] },
    {
      name: '22/tcp among others',
      code: 'FROM node:22\nEXPOSE 3000 22/tcp\n',
      errors: [{ messageId: 'ssh', line: 2 }],
    },
    {
      name: 'range including 22',
      code: 'FROM node:22\nEXPOSE 20-25\n',
      errors: [{ messageId: 'ssh', line: 2 }],
    },
  ],
});
