import rule from '../../../../graders/rules/dockerfile/non-root-user.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'named user', code: 'FROM node:22-alpine\nUSER node\n' },
    { name: 'numeric user and group', code: 'FROM node:22-alpine\nUSER 1000:1000\n' },
    {
      name: 'root for installs, then unprivileged',
      code: 'FROM node:22\nUSER root\nRUN apt-get update\nUSER node\n',
    },
    {
      name: 'root only in the build stage',
      code: 'FROM node:22 AS build\nUSER root\nFROM node:22-alpine\nUSER node\n',
    },
    {
      name: 'inherited from the base stage',
      code: 'FROM node:22-alpine AS base\nUSER node\nFROM base AS runtime\nCMD ["node"]\n',
    },
    { name: 'user from a build argument', code: 'FROM node:22\nARG APP_USER=app\nUSER ${APP_USER}\n' },
    { name: 'distroless nonroot image', code: 'FROM gcr.io/distroless/nodejs22-debian12:nonroot\n' },
  ],
  invalid: [
    {
      name: 'no USER',
      code: 'FROM node:22-alpine\nCMD ["node"]\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'USER only in the build stage',
      code: 'FROM node:22 AS build\nUSER node\nFROM node:22-alpine\nCOPY --from=build /a /a\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'explicit root',
      code: 'FROM node:22\nUSER node\nUSER root\n',
      errors: [{ messageId: 'root', line: 3 }],
    },
    { name: 'UID 0', code: 'FROM node:22\nUSER 0:0\n', errors: [{ messageId: 'root', line: 2 }] },
    {
      name: 'root from a build argument',
      code: 'FROM node:22\nARG U=root\nUSER $U\n',
      errors: [{ messageId: 'root', line: 3 }],
    },
  ],
});
