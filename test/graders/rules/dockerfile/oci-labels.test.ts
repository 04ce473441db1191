import rule from '../../../../graders/rules/dockerfile/oci-labels.js';
import { testRule } from '../../../helpers/rule-tester.js';

const ALL = [
  'LABEL org.opencontainers.image.source="https://github.com/example/app" \\',
  '      org.opencontainers.image.version="1.2.3" \\',
  '      org.opencontainers.image.title="app"',
].join('\n');

testRule(rule, {
  valid: [
    { name: 'all three in one LABEL', code: `FROM node:22-alpine\n${ALL}\n` },
    {
      name: 'one LABEL each, version from a build argument',
      code: 'FROM node:22-alpine\nARG VERSION=1.0.0\nLABEL org.opencontainers.image.source=https://github.com/example/app\nLABEL org.opencontainers.image.version=$VERSION\nLABEL "org.opencontainers.image.title"="app"\n',
    },
    { name: 'inherited from the base stage', code: `FROM node:22-alpine AS base\n${ALL}\nFROM base\n` },
  ],
  invalid: [
    {
      name: 'no labels',
      code: 'FROM node:22-alpine\n',
      errors: [
        { messageId: 'missing', line: 1 },
        { messageId: 'missing', line: 1 },
        { messageId: 'missing', line: 1 },
      ],
    },
    {
      name: 'labels only in the build stage',
      code: `FROM node:22 AS build\n${ALL}\nFROM node:22-alpine\n`,
      errors: [
        { messageId: 'missing', line: 5 },
        { messageId: 'missing', line: 5 },
        { messageId: 'missing', line: 5 },
      ],
    },
    {
      name: 'version missing',
      code: 'FROM node:22-alpine\nLABEL org.opencontainers.image.source="https://x" org.opencontainers.image.title="app"\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
    {
      name: 'empty title',
      code: 'FROM node:22-alpine\nLABEL org.opencontainers.image.source="https://x" org.opencontainers.image.version="1" org.opencontainers.image.title=""\n',
      errors: [{ messageId: 'missing', line: 1 }],
    },
  ],
});
