import { describe, expect, it } from 'vitest';
import rule, { isSecretName } from '../../../../graders/rules/dockerfile/no-secrets-in-env.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'ordinary settings',
      code: 'FROM node:22\nENV NODE_ENV=production PORT=3000\nARG VERSION=1.0.0\n',
    },
    {
      name: 'path to a mounted secret',
      code: 'FROM node:22\nENV DB_PASSWORD_FILE=/run/secrets/db-password\n',
    },
    {
      name: 'secret ARN, not the secret',
      code: 'FROM node:22\nENV API_TOKEN_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:111122223333:secret:x\n',
    },
    {
      name: 'secret mount',
      code: 'FROM node:22\nRUN --mount=type=secret,id=npm-token NPM_TOKEN=$(cat /run/secrets/npm-token) npm ci\n',
    },
  ],
  invalid: [
    {
      name: 'password in ENV',
      code: 'FROM node:22\nENV DB_PASSWORD=hunter2\n',
      errors: [{ messageId: 'env', line: 2 }],
    },
    {
      name: 'token as build argument',
      code: 'FROM node:22\nARG NPM_TOKEN\n',
      errors: [{ messageId: 'arg', line: 2 }],
    },
    {
      name: 'API key, legacy ENV syntax',
      code: 'FROM node:22\nENV API_KEY abc123\n',
      errors: [{ messageId: 'env', line: 2 }],
    },
    {
      name: 'camelCase secret name',
      code: 'FROM node:22\nENV jwtSecret=s3cr3t\n',
      errors: [{ messageId: 'env', line: 2 }],
    },
    {
      name: 'AWS credentials',
      code: 'FROM node:22\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n',
      errors: [
        { messageId: 'arg', line: 2 },
        { messageId: 'arg', line: 3 },
      ],
    },
    {
      name: 'access key ID under a harmless name',
      code: 'FROM node:22\nENV UPLOADER=AKIAIOSFODNN7EXAMPLE\n',
      errors: [{ messageId: 'awsKey', line: 2 }],
    },
    {
      name: 'two secrets on one line',
      code: 'FROM node:22\nENV DB_PASSWORD=a SESSION_SECRET=b\n',
      errors: [
        { messageId: 'env', line: 2 },
        { messageId: 'env', line: 2 },
      ],
    },
  ],
});

describe('isSecretName', () => {
  it.each([
    'PASSWORD',
    'db_password',
    'GITHUB_TOKEN',
    'apiKey',
    'PRIVATE_KEY',
    'AWS_ACCESS_KEY_ID',
    'client-secret',
  ])('flags %s', (name) => expect(isSecretName(name)).toBe(true));
  it.each([
    'PORT',
    'NODE_ENV',
    'PWD',
    'KEYBOARD',
    'TOKEN_URL',
    'PASSWORD_FILE',
    'SECRET_ID',
    'PUBLIC_KEY_PATH',
  ])('does not flag %s', (name) => expect(isSecretName(name)).toBe(false));
});
