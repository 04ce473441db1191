import rule from '../../../../graders/rules/dockerfile/apt-get-hygiene.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'install with cleanup',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'noninteractive frontend and -qq',
      code: 'FROM debian:12\nRUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -qqy --no-install-recommends tini; rm -rf /var/lib/apt/lists\n',
    },
    {
      name: 'apt lists in a cache mount',
      code: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
    { name: 'no apt at all', code: 'FROM node:22-alpine\nRUN apk add --no-cache tini\n' },
  ],
  invalid: [
    {
      name: 'lists left behind',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      errors: [{ messageId: 'lists', line: 2 }],
    },
    {
      name: 'recommended packages installed',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ messageId: 'recommends', line: 2 }],
    },
    {
      name: 'no -y',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n',
      errors: [{ messageId: 'yes', line: 2 }],
    },
    {
      name: 'apt instead of apt-get',
      code: 'FROM debian:12\nRUN apt update\n',
      errors: [{ messageId: 'apt', line: 2 }],
    },
    {
      name: 'cleanup in a later RUN does not shrink the layer',
      code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nRUN rm -rf /var/lib/apt/lists/*\n',
      errors: [{ messageId: 'lists', line: 2 }],
    },
  ],
});
