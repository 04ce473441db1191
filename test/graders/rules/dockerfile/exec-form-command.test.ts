import rule from '../../../../graders/rules/dockerfile/exec-form-command.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'exec-form CMD', code: 'FROM node:22\nCMD ["node", "server.js"]\n' },
    {
      name: 'exec-form ENTRYPOINT and CMD',
      code: 'FROM node:22\nENTRYPOINT ["/sbin/tini", "--"]\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'inherited from the base stage',
      code: 'FROM node:22 AS base\nCMD ["node", "server.js"]\nFROM base\n',
    },
  ],
  invalid: [
    {
      name: 'shell-form CMD',
      code: 'FROM node:22\nCMD npm start\n',
      errors: [{ messageId: 'shellForm', line: 2 }],
    },
    {
      name: 'shell-form ENTRYPOINT',
      code: 'FROM node:22\nENTRYPOINT node server.js\n',
      errors: [{ messageId: 'shellForm', line: 2 }],
    },
    {
      name: 'single quotes are not JSON',
      code: "FROM node:22\nCMD ['node', 'server.js']\n",
      errors: [{ messageId: 'invalidJson', line: 2 }],
    },
    {
      name: 'no CMD or ENTRYPOINT',
      code: 'FROM node:22\nCOPY . /app\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'CMD only in the build stage',
      code: 'FROM node:22 AS build\nCMD ["node"]\nFROM node:22-alpine\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
  ],
});
