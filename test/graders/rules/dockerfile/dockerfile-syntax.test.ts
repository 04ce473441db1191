import rule from '../../../../graders/rules/dockerfile/dockerfile-syntax.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'single stage', code: 'FROM node:22-alpine\nCMD ["node", "server.js"]\n' },
    {
      name: 'parser directive and ARG before FROM',
      code: '# syntax=docker/dockerfile:1\nARG BASE=node:22\nFROM ${BASE}\n',
    },
    { name: 'lower-case instruction is only a style warning', code: 'from node:22-alpine\n' },
    { name: 'relative WORKDIR is left to DKR012', code: 'FROM node:22\nWORKDIR app\n' },
  ],
  invalid: [
    { name: 'empty file', code: '', errors: [{ messageId: 'noFrom', line: 1 }] },
    { name: 'RUN before FROM', code: 'RUN echo hi\n', errors: [{ messageId: 'noFrom', line: 1 }] },
    {
      name: 'unknown instruction',
      code: 'FROM node:22\nCOPPY . .\n',
      errors: [{ messageId: 'invalid', line: 2 }],
    },
    {
      name: 'invalid HEALTHCHECK duration',
      code: 'FROM node:22\nHEALTHCHECK --interval=soon CMD true\n',
      errors: [{ messageId: 'invalid', line: 2 }],
    },
    {
      name: 'duplicate stage name',
      code: 'FROM node:22 AS build\nFROM node:22 AS build\n',
      errors: [
        { messageId: 'invalid', line: 1 },
        { messageId: 'invalid', line: 2 },
      ],
    },
    {
      name: 'ENV without value',
      code: 'FROM node:22\nENV PORT\n',
      errors: [{ messageId: 'invalid', line: 2 }],
    },
  ],
});
