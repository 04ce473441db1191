import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/no-secrets-in-environment.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const env = (...vars: [string, unknown][]): string =>
  td({
    containerDefinitions: [{ name: 'web', environment: vars.map(([name, value]) => ({ name, value })) }],
  });

testRule(rule, {
  valid: [
    {
      name: 'ordinary settings',
      code: env(['PORT', '8080'], ['NODE_ENV', 'production'], ['DB_HOST', 'db.internal']),
    },
    {
      name: 'ARN of a secret',
      code: env(['DB_PASSWORD_SECRET_ARN', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf']),
    },
    { name: 'name of a secret', code: env(['DB_SECRET_NAME', 'prod/db']) },
    { name: 'path to a mounted secret file', code: env(['TLS_PRIVATE_KEY_FILE', '/run/secrets/key.pem']) },
    { name: 'token endpoint URL', code: env(['TOKEN_URL', 'https://auth.example.com/token']) },
    { name: 'empty password placeholder', code: env(['DB_PASSWORD', '']) },
    { name: 'no environment', code: td({ containerDefinitions: [{ name: 'web' }] }) },
  ],
  invalid: [
    {
      name: 'password in plain text',
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "environment": [\n      { "name": "DB_PASSWORD", "value": "hunter2" }\n    ]\n  }]\n}\n',
      errors: [{ messageId: 'secretByName', line: 5 }],
    },
    {
      name: 'AWS secret access key (ECS.8)',
      code: env(['AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY']),
      errors: [{ messageId: 'secretByName' }],
    },
    {
      name: 'ECS engine auth data (ECS.8)',
      code: env(['ECS_ENGINE_AUTH_DATA', '{"https://index.docker.io/v1/":{}}']),
      errors: [{ messageId: 'secretByName' }],
    },
    {
      name: 'AWS access key id by its value',
      code: env(['KEY', 'AKIAIOSFODNN7EXAMPLE']),
      errors: [{ messageId: 'secretByValue' }],
    },
    {
      name: 'AWS access key id by its name',
      code: env(['aws_access_key_id', 'something']),
      errors: [{ messageId: 'secretByName' }],
    },
    {
      name: 'database URL with a password',
      code: env(['DATABASE_URL', 'postgres://app:hunter2@db:5432/app']),
      errors: [{ messageId: 'secretByValue' }],
    },
    {
      name: 'API key',
      code: env(['STRIPE_API_KEY', 'sk_live_123']),
      errors: [{ messageId: 'secretByName' }],
    },
    { name: 'GitHub token', code: env(['GITHUB_TOKEN', 'ghp_abc']), errors: [{ messageId: 'secretByName' }] },
    {
      name: 'numeric secret value',
      code: env(['PIN_PASSWORD', 1234]),
      errors: [{ messageId: 'secretByName' }],
    },
    {
      name: 'environment as an object',
      code: td({ containerDefinitions: [{ name: 'web', environment: { DB_PASSWORD: 'x' } }] }),
      errors: [{ messageId: 'envNotList' }],
    },
    { name: 'file is a number', code: '42', errors: [{ messageId: 'notObject' }] },
  ],
});

describe('TDF011 messages', () => {
  it('names the variable but never prints its value', () => {
    const [f] = runOn(rule, env(['DB_PASSWORD', 'hunter2'])).findings;
    expect(f?.message).toContain("'DB_PASSWORD'");
    expect(f?.message).not.toContain('hunter2');
  });
  it('tallies every container, failing only the leaky one', () => {
    const out = runOn(
      rule,
      td({
        containerDefinitions: [
          {
            name: 'web',
            environment: [
              { name: 'DB_PASSWORD', value: 'x' },
              { name: 'API_TOKEN', value: 'y' },
            ],
          },
          { name: 'worker', environment: [{ name: 'PORT', value: '1' }] },
        ],
      }),
    );
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
