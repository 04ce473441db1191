import rule from '../../../../graders/rules/dockerfile/pinned-base-image.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'pinned tag', code: 'FROM node:22-alpine\n' },
    { name: 'digest', code: 'FROM node@sha256:' + 'a'.repeat(64) + '\n' },
    { name: 'earlier stage as base', code: 'FROM node:22 AS build\nFROM build AS test\n' },
    { name: 'scratch', code: 'FROM golang:1.23 AS build\nFROM scratch\n' },
  ],
  invalid: [
    { name: 'explicit latest', code: 'FROM node:latest\n', errors: [{ messageId: 'latest', line: 1 }] },
    { name: 'no tag', code: 'FROM python\n', errors: [{ messageId: 'untagged', line: 1 }] },
    {
      name: 'second stage unpinned',
      code: 'FROM node:22 AS build\nRUN true\nFROM nginx\n',
      errors: [{ messageId: 'untagged', line: 3 }],
    },
  ],
});
