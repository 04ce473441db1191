import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/secrets-from-secret-store.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const SM = 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-password-AbCdEf';
const SSM = 'arn:aws:ssm:us-east-1:123456789012:parameter/prod/api-token';
const withSecrets = (secrets: unknown): string => td({ containerDefinitions: [{ name: 'web', secrets }] });

testRule(rule, {
  valid: [
    { name: 'Secrets Manager ARN', code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: SM }]) },
    {
      name: 'Secrets Manager ARN with a JSON key',
      code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: `${SM}:password::` }]),
    },
    { name: 'Parameter Store ARN', code: withSecrets([{ name: 'API_TOKEN', valueFrom: SSM }]) },
    {
      name: 'Parameter Store name in the same Region',
      code: withSecrets([{ name: 'API_TOKEN', valueFrom: '/prod/api-token' }]),
    },
    { name: 'no secrets is not applicable', code: td({ containerDefinitions: [{ name: 'web' }] }) },
  ],
  invalid: [
    {
      name: 'value instead of valueFrom',
      code: '{\n  "containerDefinitions": [{\n    "name": "web",\n    "secrets": [\n      { "name": "DB_PASSWORD", "value": "hunter2" }\n    ]\n  }]\n}\n',
      errors: [{ messageId: 'plainValue', line: 5 }],
    },
    {
      name: 'no valueFrom',
      code: withSecrets([{ name: 'DB_PASSWORD' }]),
      errors: [{ messageId: 'noValueFrom' }],
    },
    { name: 'no name', code: withSecrets([{ valueFrom: SM }]), errors: [{ messageId: 'noName' }] },
    {
      name: 'S3 object ARN',
      code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:s3:::bucket/secret.txt' }]),
      errors: [{ messageId: 'wrongService' }],
    },
    {
      name: 'truncated Secrets Manager ARN',
      code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: 'arn:aws:secretsmanager:us-east-1' }]),
      errors: [{ messageId: 'badArn' }],
    },
    {
      name: 'the password itself as valueFrom',
      code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: 'p@ss word!' }]),
      errors: [{ messageId: 'notReference' }],
    },
    {
      name: 'valueFrom as an object',
      code: withSecrets([{ name: 'DB_PASSWORD', valueFrom: { arn: SM } }]),
      errors: [{ messageId: 'valueFromNotText' }],
    },
    {
      name: 'secrets as an object',
      code: withSecrets({ DB_PASSWORD: SM }),
      errors: [{ messageId: 'secretsNotList' }],
    },
    { name: 'secret entry as a string', code: withSecrets([SM]), errors: [{ messageId: 'secretNotObject' }] },
    { name: 'no containerDefinitions', code: td({ family: 'web' }), errors: [{ messageId: 'noContainers' }] },
  ],
});

describe('TDF010 messages', () => {
  it('never repeats a value that looks like the secret itself', () => {
    const [f] = runOn(rule, withSecrets([{ name: 'DB_PASSWORD', valueFrom: 'p@ss word!' }])).findings;
    expect(f?.message).not.toContain('p@ss word!');
  });
});
