import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/ecs-task-definition/container-logging.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';

const td = (o: unknown): string => JSON.stringify(o, null, 2);
const awslogs = (options: Record<string, unknown>) => ({ logDriver: 'awslogs', options });
const full = { 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1', 'awslogs-stream-prefix': 'web' };
const fargate = (...defs: unknown[]): string =>
  td({ requiresCompatibilities: ['FARGATE'], containerDefinitions: defs });

testRule(rule, {
  valid: [
    {
      name: 'awslogs with group, Region and prefix',
      code: fargate({ name: 'web', logConfiguration: awslogs(full) }),
    },
    {
      name: 'FireLens with a log router that itself uses awslogs',
      code: fargate(
        { name: 'log_router', firelensConfiguration: { type: 'fluentbit' }, logConfiguration: awslogs(full) },
        { name: 'web', logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch_logs' } } },
      ),
    },
    {
      name: 'EC2 task without a stream prefix',
      code: td({
        requiresCompatibilities: ['EC2'],
        containerDefinitions: [
          { name: 'web', logConfiguration: awslogs({ 'awslogs-group': 'g', 'awslogs-region': 'us-east-1' }) },
        ],
      }),
    },
    {
      name: 'EC2 task with json-file',
      code: td({
        requiresCompatibilities: ['EC2'],
        containerDefinitions: [{ name: 'web', logConfiguration: { logDriver: 'json-file' } }],
      }),
    },
  ],
  invalid: [
    {
      name: 'no logConfiguration',
      code: '{\n  "containerDefinitions": [\n    { "name": "web", "image": "web:1" }\n  ]\n}\n',
      errors: [{ messageId: 'missing', line: 3 }],
    },
    {
      name: 'stream prefix missing on Fargate',
      code: fargate({
        name: 'web',
        logConfiguration: awslogs({ 'awslogs-group': '/ecs/web', 'awslogs-region': 'us-east-1' }),
      }),
      errors: [{ messageId: 'missingOptions' }],
    },
    {
      name: 'awslogs without options',
      code: fargate({ name: 'web', logConfiguration: { logDriver: 'awslogs' } }),
      errors: [{ messageId: 'missingOptions' }],
    },
    {
      name: 'empty group',
      code: fargate({ name: 'web', logConfiguration: awslogs({ ...full, 'awslogs-group': ' ' }) }),
      errors: [{ messageId: 'missingOptions' }],
    },
    {
      name: 'create-group as a boolean',
      code: fargate({ name: 'web', logConfiguration: awslogs({ ...full, 'awslogs-create-group': true }) }),
      errors: [{ messageId: 'optionNotText' }],
    },
    {
      name: 'json-file on Fargate',
      code: fargate({ name: 'web', logConfiguration: { logDriver: 'json-file' } }),
      errors: [{ messageId: 'unsupportedDriver' }],
    },
    {
      name: 'no logDriver',
      code: fargate({ name: 'web', logConfiguration: { options: full } }),
      errors: [{ messageId: 'noDriver' }],
    },
    {
      name: 'logConfiguration is a string',
      code: fargate({ name: 'web', logConfiguration: 'awslogs' }),
      errors: [{ messageId: 'configNotObject' }],
    },
    {
      name: 'options is a list',
      code: fargate({ name: 'web', logConfiguration: { logDriver: 'awslogs', options: [full] } }),
      errors: [{ messageId: 'optionsNotObject' }],
    },
    {
      name: 'FireLens without a log router',
      code: fargate({
        name: 'web',
        logConfiguration: { logDriver: 'awsfirelens', options: { Name: 'cloudwatch_logs' } },
      }),
      errors: [{ messageId: 'noLogRouter' }],
    },
    {
      name: 'containerDefinitions is a number',
      code: td({ containerDefinitions: 3 }),
      errors: [{ messageId: 'containersNotList' }],
    },
  ],
});

describe('TDF007 partial credit', () => {
  it('counts one failed container out of two, however many findings it has', () => {
    const out = runOn(
      rule,
      fargate(
        { name: 'web', logConfiguration: awslogs(full) },
        { name: 'worker', logConfiguration: awslogs({ 'awslogs-create-group': true }) },
      ),
    );
    expect(out.findings.length).toBe(2);
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
  it('counts a malformed container entry as failed', () => {
    const out = runOn(rule, fargate({ name: 'web', logConfiguration: awslogs(full) }, 42));
    expect([out.checked, out.failed]).toEqual([2, 1]);
  });
});
