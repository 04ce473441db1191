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
    {
      name: 'lists and recommends kept in a build stage the final image only copies from',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y build-essential\nFROM gcr.io/distroless/cc-debian12:nonroot\nCOPY --from=build /out/app /app\n',
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
    {
      name: 'lists left in the stage the final one is built from',
      code: 'FROM debian:12 AS base\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nFROM base\nCMD ["curl", "--version"]\n',
      errors: [{ messageId: 'lists', line: 2 }],
    },
    {
      name: 'no -y in a build stage still stops the build',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n',
      errors: [{ messageId: 'yes', line: 2 }],
    },
    {
      name: 'build stage keeps its lists, final stage too',
      code: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian:12-slim\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
      errors: [{ messageId: 'lists', line: 4 }],
    },
  ],
});
