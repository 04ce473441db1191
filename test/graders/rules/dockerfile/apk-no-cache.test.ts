import rule from '../../../../graders/rules/dockerfile/apk-no-cache.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'no-cache', code: 'FROM alpine:3.21\nRUN apk add --no-cache tini curl\n' },
    {
      name: 'cache removed in the same RUN',
      code: 'FROM alpine:3.21\nRUN apk update && apk add tini && rm -rf /var/cache/apk/*\n',
    },
    {
      name: 'cache mount',
      code: 'FROM alpine:3.21\nRUN --mount=type=cache,target=/var/cache/apk apk add tini\n',
    },
    {
      name: 'index kept in a build stage the final image only copies from',
      code: 'FROM node:22-alpine AS build\nRUN apk add python3 make g++\nRUN npm ci\nFROM node:22-alpine\nCOPY --from=build /app /app\n',
    },
  ],
  invalid: [
    {
      name: 'apk add without no-cache',
      code: 'FROM alpine:3.21\nRUN apk add curl\n',
      errors: [{ messageId: 'noCache', line: 2 }],
    },
    {
      name: 'second install without no-cache',
      code: 'FROM alpine:3.21\nRUN apk add --no-cache tini\nRUN apk add --virtual .build gcc\n',
      errors: [{ messageId: 'noCache', line: 3 }],
    },
    {
      name: 'index kept in the stage the final one is built from',
      code: 'FROM alpine:3.21 AS base\nRUN apk add tini\nFROM base\nCMD ["tini"]\n',
      errors: [{ messageId: 'noCache', line: 2 }],
    },
    {
      name: 'build stage keeps its index, final stage too',
      code: 'FROM alpine:3.21 AS build\nRUN apk add gcc\nFROM alpine:3.21\nRUN apk add curl\n',
      errors: [{ messageId: 'noCache', line: 4 }],
    },
  ],
});
