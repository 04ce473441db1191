import rule from '../../../../graders/rules/dockerfile/multi-stage-build.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'build and runtime stages',
      code: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-alpine\nCOPY --from=build /app /app\n',
    },
    {
      name: 'copy by stage index',
      code: 'FROM golang:1.23\nRUN go build -o /app .\nFROM scratch\nCOPY --from=0 /app /app\n',
    },
    {
      name: 'stage names are case-insensitive',
      code: 'FROM node:22 AS Build\nFROM node:22-alpine\nCOPY --from=build /app /app\n',
    },
    {
      name: 'copy from an external image is not a stage reference',
      code: 'FROM node:22 AS build\nFROM node:22-alpine\nCOPY --from=build /app /app\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n',
    },
  ],
  invalid: [
    {
      name: 'single stage',
      code: 'FROM node:22\nCOPY . /app\n',
      errors: [{ messageId: 'singleStage', line: 1 }],
    },
    {
      name: 'final stage copies nothing from the build',
      code: 'FROM node:22 AS build\nRUN npm ci\nFROM node:22-alpine\nCOPY . /app\n',
      errors: [{ messageId: 'noCopyFrom', line: 3 }],
    },
    {
      name: 'only an earlier stage copies from a stage',
      code: 'FROM node:22 AS deps\nFROM node:22 AS build\nCOPY --from=deps /a /a\nFROM node:22-alpine\n',
      errors: [{ messageId: 'noCopyFrom', line: 4 }],
    },
    {
      name: 'misspelt stage name',
      code: 'FROM node:22 AS build\nFROM node:22-alpine\nCOPY --from=biuld /app /app\n',
      errors: [
        { messageId: 'noCopyFrom', line: 2 },
        { messageId: 'unknownStage', line: 3 },
      ],
    },
  ],
});
