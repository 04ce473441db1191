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
  ],
});
