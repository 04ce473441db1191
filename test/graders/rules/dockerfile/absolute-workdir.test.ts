import rule from '../../../../graders/rules/dockerfile/absolute-workdir.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'absolute path', code: 'FROM node:22\nWORKDIR /app\n' },
    { name: 'quoted absolute path', code: 'FROM node:22\nWORKDIR "/srv/my app"\n' },
    {
      name: 'variable with an absolute value',
      code: 'FROM node:22\nENV APP_HOME=/app\nWORKDIR $APP_HOME/src\n',
    },
    {
      name: 'Windows drive path',
      code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app\n',
    },
  ],
  invalid: [
    {
      name: 'relative path',
      code: 'FROM node:22\nWORKDIR app\n',
      errors: [{ messageId: 'relative', line: 2 }],
    },
    {
      name: 'dot-relative path',
      code: 'FROM node:22\nWORKDIR /app\nWORKDIR ./src\n',
      errors: [{ messageId: 'relative', line: 3 }],
    },
    {
      name: 'variable with a relative value',
      code: 'FROM node:22\nARG DIR=app\nWORKDIR ${DIR}\n',
      errors: [{ messageId: 'relative', line: 3 }],
    },
  ],
});
