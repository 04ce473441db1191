import rule from '../../../../graders/rules/dockerfile/healthcheck.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'exec-form healthcheck',
      code: 'FROM node:22-alpine\nHEALTHCHECK --interval=30s CMD ["node", "healthcheck.js"]\n',
    },
    {
      name: 'shell-form healthcheck',
      code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n',
    },
    {
      name: 'inherited from the base stage',
      code: 'FROM node:22-alpine AS base\nHEALTHCHECK CMD ["node", "hc.js"]\nFROM base\nCMD ["node"]\n',
    },
  ],
  invalid: [
    {
      name: 'no healthcheck',
      code: 'FROM node:22-alpine\nCMD ["node"]\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'healthcheck only in the build stage',
      code: 'FROM node:22 AS build\nHEALTHCHECK CMD true\nFROM node:22-alpine\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'HEALTHCHECK NONE',
      code: 'FROM node:22-alpine\nHEALTHCHECK NONE\n',
      errors: [{ messageId: 'disabled', line: 2 }],
    },
    {
      name: 'two healthchecks',
      code: 'FROM node:22-alpine\nHEALTHCHECK CMD true\nHEALTHCHECK CMD ["node", "hc.js"]\n',
      errors: [{ messageId: 'multiple', line: 2 }],
    },
  ],
});
