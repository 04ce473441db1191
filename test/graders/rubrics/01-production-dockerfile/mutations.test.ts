// Lab 01 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves; and correct work in another style keeps every point.
// The harnesses are test/helpers/mutation-table.ts and test/graders/rubrics/accepted-alternatives.ts.
import lab from '../../../../graders/rubrics/01-production-dockerfile.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';
import { describeMutations, inFile, type Mutation } from '../../../helpers/mutation-table.js';

const inDockerfile = (from: string, to: string) => inFile('Dockerfile', from, to);

const table: readonly Mutation[] = [
  {
    item: 'multi-stage-build',
    name: 'the final stage copies the app from the build context instead of the build stage',
    mutate: inDockerfile(
      'COPY --from=build /app/node_modules ./node_modules\nCOPY --from=build /app/package.json /app/server.js /app/healthcheck.js ./\n',
      'COPY node_modules ./node_modules\nCOPY package.json server.js healthcheck.js ./\n',
    ),
  },
  {
    item: 'pinned-base-image',
    name: "the runtime stage starts from 'node:latest'",
    mutate: inDockerfile('FROM node:22.12.0-alpine AS runtime\n', 'FROM node:latest AS runtime\n'),
  },
  {
    item: 'least-privilege',
    name: "the final stage has no 'USER', so the app runs as root",
    mutate: inDockerfile('USER node\n', ''),
  },
  {
    item: 'healthcheck',
    name: 'the image has no HEALTHCHECK',
    mutate: inDockerfile(
      'HEALTHCHECK --interval=30s --timeout=3s --start-period=10s --retries=3 CMD ["node", "healthcheck.js"]\n',
      '',
    ),
  },
  {
    item: 'exec-form-command',
    name: "CMD in shell form ('CMD node server.js')",
    mutate: inDockerfile('CMD ["node", "server.js"]\n', 'CMD node server.js\n'),
  },
  {
    item: 'copy-not-add',
    name: 'the package files are added with ADD',
    mutate: inDockerfile(
      'COPY package.json package-lock.json ./\n',
      'ADD package.json package-lock.json ./\n',
    ),
  },
  {
    item: 'no-secrets',
    name: 'a database password baked into ENV',
    mutate: inDockerfile('    PORT=3000\n', '    PORT=3000 \\\n    DB_PASSWORD=hunter2\n'),
  },
  {
    item: 'package-cache-hygiene',
    name: "the final stage's 'apk add' keeps the package index",
    mutate: inDockerfile('RUN apk add --no-cache tini\n', 'RUN apk add tini\n'),
  },
  {
    item: 'dockerignore',
    name: '.dockerignore no longer lists .git',
    mutate: inFile('.dockerignore', '\n.git\n', '\n'),
  },
  {
    item: 'oci-labels',
    name: 'the source label is missing',
    mutate: inDockerfile(
      '      org.opencontainers.image.source="https://github.com/aws-container-labs/aws-container-labs" \\\n',
      '',
    ),
  },
];

/** Mistakes for items the table already covers: the ways a pin can come from a build argument and pin nothing. */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'pinned-base-image',
    name: "the build stage's tag comes from 'ARG NODE_TAG=latest'",
    mutate: inDockerfile(
      'FROM node:22.12.0-alpine AS build\n',
      'ARG NODE_TAG=latest\nFROM node:${NODE_TAG} AS build\n',
    ),
  },
  {
    item: 'pinned-base-image',
    name: "the build stage's tag comes from an 'ARG NODE_TAG' with no default",
    mutate: inDockerfile(
      'FROM node:22.12.0-alpine AS build\n',
      'ARG NODE_TAG\nFROM node:${NODE_TAG} AS build\n',
    ),
  },
  {
    item: 'pinned-base-image',
    name: "the runtime image comes from 'ARG BASE_IMAGE=node', which has no tag",
    mutate: (files) =>
      inDockerfile(
        'FROM node:22.12.0-alpine AS build\n',
        'ARG BASE_IMAGE=node\nFROM node:22.12.0-alpine AS build\n',
      )(inDockerfile('FROM node:22.12.0-alpine AS runtime\n', 'FROM ${BASE_IMAGE} AS runtime\n')(files)),
  },
];

describeMutations(lab, table, moreMistakes);

const alternatives: readonly Alternative[] = [
  {
    name: "a build stage's 'apk add' keeps its index: the final image only copies node_modules from it",
    rewrite: inDockerfile(
      'COPY package.json package-lock.json ./\n',
      'RUN apk add python3 make g++\nCOPY package.json package-lock.json ./\n',
    ),
  },
  {
    name: "the build stage runs 'npm ci' without a cache mount",
    rewrite: inDockerfile(
      'RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev\n',
      'RUN npm ci --omit=dev\n',
    ),
  },
  {
    name: 'both base images come from global ARGs with version defaults',
    rewrite: (files) =>
      inDockerfile(
        'FROM node:22.12.0-alpine AS build\n',
        'ARG NODE_VERSION=22.12.0\nARG RUNTIME_IMAGE=node:22.12.0-alpine\nFROM node:${NODE_VERSION}-alpine AS build\n',
      )(inDockerfile('FROM node:22.12.0-alpine AS runtime\n', 'FROM ${RUNTIME_IMAGE} AS runtime\n')(files)),
  },
];

describeAlternatives(lab, alternatives);
