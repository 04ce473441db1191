import rule from '../../../../graders/rules/dockerfile/node-package-cache.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'install in the build stage only',
      code: 'FROM node:22 AS build\nRUN npm ci --omit=dev\nFROM node:22-alpine\nCOPY --from=build /app /app\n',
    },
    {
      name: 'cache cleaned in the same RUN',
      code: 'FROM node:22-alpine\nRUN npm ci --omit=dev && npm cache clean --force\n',
    },
    { name: 'cache mount', code: 'FROM node:22-alpine\nRUN --mount=type=cache,target=/root/.npm npm ci\n' },
    {
      name: 'yarn cache cleaned',
      code: 'FROM node:22-alpine\nRUN yarn install --frozen-lockfile && yarn cache clean\n',
    },
  ],
  invalid: [
    {
      name: 'npm install in the final stage',
      code: 'FROM node:22\nRUN npm install\n',
      errors: [{ messageId: 'npm', line: 2 }],
    },
    {
      name: 'npm ci in the final stage of a multi-stage build',
      code: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-alpine\nRUN npm ci --omit=dev\n',
      errors: [{ messageId: 'npm', line: 4 }],
    },
    {
      name: 'install in the stage the final one is built from',
      code: 'FROM node:22-alpine AS deps\nRUN npm ci\nFROM deps\nCMD ["node"]\n',
      errors: [{ messageId: 'npm', line: 2 }],
    },
    {
      name: 'yarn without cleanup',
      code: 'FROM node:22-alpine\nRUN yarn install\n',
      errors: [{ messageId: 'yarn', line: 2 }],
    },
  ],
});
