import rule from '../../../../graders/rules/dockerfile/pinned-base-image.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'pinned tag', code: 'FROM node:22-alpine\n' },
    { name: 'digest', code: 'FROM node@sha256:' + 'a'.repeat(64) + '\n' },
    { name: 'earlier stage as base', code: 'FROM node:22 AS build\nFROM build AS test\n' },
    { name: 'scratch', code: 'FROM golang:1.23 AS build\nFROM scratch\n' },
    {
      name: 'tag from a global ARG default',
      code: 'ARG NODE_VERSION=22.12.0-alpine\nFROM node:${NODE_VERSION}\n',
    },
    { name: 'whole image from a global ARG default', code: 'ARG BASE=node:22-alpine\nFROM $BASE\n' },
    {
      name: 'ARG fallback with :- when the default is empty',
      code: 'ARG NODE_VERSION\nFROM node:${NODE_VERSION:-22-alpine}\n',
    },
    {
      name: 'stage named through a global ARG',
      code: 'ARG STAGE=build\nFROM node:22-alpine AS build\nFROM ${STAGE} AS test\n',
    },
  ],
  invalid: [
    { name: 'explicit latest', code: 'FROM node:latest\n', errors: [{ messageId: 'latest', line: 1 }] },
    { name: 'no tag', code: 'FROM python\n', errors: [{ messageId: 'untagged', line: 1 }] },
    {
      name: "tag from a global ARG whose default is 'latest'",
      code: 'ARG NODE_VERSION=latest\nFROM node:${NODE_VERSION} AS build\nFROM node:22-alpine\n',
      errors: [
        {
          messageId: 'argUnpinned',
          line: 2,
          data: { resolved: 'node:latest', first: 'NODE_VERSION', example: '22-alpine' },
        },
      ],
    },
    {
      name: 'tag from a global ARG with no default',
      code: 'ARG NODE_VERSION\nFROM node:$NODE_VERSION\n',
      errors: [{ messageId: 'argUnpinned', line: 2, data: { resolved: 'node:latest' } }],
    },
    {
      name: 'whole image from a global ARG without a tag',
      code: 'ARG BASE=node\nFROM ${BASE}\n',
      errors: [{ messageId: 'argUnpinned', line: 2, data: { example: 'node:22-alpine' } }],
    },
    {
      name: 'an ARG declared after the first FROM does not reach a later FROM',
      code: 'FROM node:22-alpine AS build\nARG NODE_VERSION=22-alpine\nFROM node:${NODE_VERSION}\n',
      errors: [{ messageId: 'argUnpinned', line: 3 }],
    },
    {
      name: 'second stage unpinned',
      code: 'FROM node:22 AS build\nRUN true\nFROM nginx\n',
      errors: [{ messageId: 'untagged', line: 3 }],
    },
  ],
});
