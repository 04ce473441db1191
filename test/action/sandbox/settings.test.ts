// Sandbox inputs: defaults, validation messages, and the input list action.yml is built from. Inputs come from
// named maps, never from call order.
import { describe, expect, it } from 'vitest';
import { parseSandboxSettings, SANDBOX_INPUTS } from '../../../action/sandbox/settings.js';
import {
  MAX_STACK_NAME,
  STACK_NAME_PATTERN,
  stackName,
  stackTags,
  runIdentityFromEnv,
} from '../../../action/sandbox/stack-name.js';
import { pullRequestNumber } from '../../../action/run/context.js';
import { IDENTITY } from './support.js';

const parse = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) =>
  parseSandboxSettings((name) => inputs[name] ?? '', env);

describe('parseSandboxSettings', () => {
  it('defaults to deploy off, and needs no region then', () => {
    expect(parse({})).toEqual({
      enabled: false,
      region: '',
      stackPrefix: 'labgrade',
      timeoutMinutes: 20,
      budgetUsd: 0.5,
      sessionMinutes: 60,
      caps: { maxDesiredCount: 4, maxTaskCpu: 1024, maxTaskMemory: 2048 },
      httpProbe: true,
      prNumber: null,
      cloudFormationRoleArn: null,
      parameters: {},
    });
  });

  it('takes the region from AWS_REGION (configure-aws-credentials) when the input is empty', () => {
    expect(parse({ deploy: 'true' }, { AWS_REGION: 'eu-west-1' }).region).toBe('eu-west-1');
    expect(parse({ deploy: 'true', 'aws-region': 'us-east-2' }, { AWS_REGION: 'eu-west-1' }).region).toBe(
      'us-east-2',
    );
  });

  it('accepts a CloudFormation service role ARN', () => {
    const arn = 'arn:aws:iam::123456789012:role/sandbox/labgrade-cfn';
    expect(parse({ 'deploy-cloudformation-role-arn': arn }).cloudFormationRoleArn).toBe(arn);
  });

  it('reads parameter values as a JSON object of strings', () => {
    expect(
      parse({ 'deploy-parameters': '{"PrivateSubnetIds": "subnet-a,subnet-b", "VpcId": "vpc-1"}' })
        .parameters,
    ).toEqual({
      PrivateSubnetIds: 'subnet-a,subnet-b',
      VpcId: 'vpc-1',
    });
  });

  it("reads 'pr-number' as given, leaving the event's PR to pullRequestNumber", () => {
    expect(parse({ 'pr-number': '7' }, { GITHUB_REF: 'refs/pull/42/merge' }).prNumber).toBe(7);
    expect(parse({}, { GITHUB_REF: 'refs/pull/42/merge' }).prNumber).toBeNull();
  });

  it.each([
    [{ deploy: 'yes' }, "Input 'deploy' must be 'true' or 'false', got 'yes'."],
    [{ 'deploy-http-probe': 'on' }, "Input 'deploy-http-probe' must be 'true' or 'false', got 'on'."],
    [{ deploy: 'true' }, "Input 'deploy' is 'true' but no region is known"],
    [
      { 'aws-region': 'US East' },
      "Input 'aws-region' must be an AWS region such as 'us-east-1', got 'US East'.",
    ],
    [{ 'stack-prefix': '1lab' }, "Input 'stack-prefix' must start with a letter"],
    [{ 'stack-prefix': 'lab_grade' }, "got 'lab_grade'"],
    [
      { 'deploy-timeout-minutes': '2' },
      "Input 'deploy-timeout-minutes' must be a whole number from 5 to 120, got '2'.",
    ],
    [{ 'deploy-timeout-minutes': '1e3' }, "got '1e3'"],
    [{ 'deploy-budget-usd': '-1' }, "Input 'deploy-budget-usd' must be an amount in US dollars above 0"],
    [{ 'deploy-budget-usd': '0.001' }, "got '0.001'"],
    [
      { 'deploy-max-desired-count': '0' },
      "Input 'deploy-max-desired-count' must be a whole number from 1 to 10, got '0'.",
    ],
    [{ 'deploy-max-task-cpu': '100' }, "Input 'deploy-max-task-cpu' must be a whole number from 256"],
    [{ 'deploy-max-task-memory': 'lots' }, "Input 'deploy-max-task-memory' must be a whole number"],
    [
      { 'deploy-cloudformation-role-arn': 'labgrade-cfn' },
      "Input 'deploy-cloudformation-role-arn' must be an IAM role ARN",
    ],
    [{ 'deploy-parameters': 'VpcId=vpc-1' }, "Input 'deploy-parameters' must be a JSON object"],
    [{ 'deploy-parameters': '["a"]' }, 'got \'["a"]\''],
    [{ 'deploy-parameters': '{"Subnets": ["a", "b"]}' }, "the value of 'Subnets' is not a string"],
    [{ 'deploy-parameters': '{"bad-name": "x"}' }, "'bad-name' is not a CloudFormation parameter name"],
    [{ 'pr-number': '#12' }, "Input 'pr-number' must be a pull request number such as '12', got '#12'."],
  ])('rejects %j', (inputs, message) => {
    expect(() => parse(inputs)).toThrow(message);
  });

  it('reads exactly the inputs it lists for action.yml', () => {
    const read = new Set<string>();
    parseSandboxSettings((name) => {
      read.add(name);
      return '';
    }, {});
    expect([...read].sort()).toEqual(SANDBOX_INPUTS.map((i) => i.name).sort());
    for (const i of SANDBOX_INPUTS) {
      expect(i.name).toMatch(/^[a-z][a-z0-9-]*$/);
      expect(i.description.length).toBeGreaterThan(20);
    }
    expect(SANDBOX_INPUTS.find((i) => i.name === 'deploy')?.default).toBe('false');
  });
});

describe('stack names and tags', () => {
  it('joins prefix, repository, PR, run, attempt, lab and short SHA', () => {
    expect(stackName('labgrade', IDENTITY, '03-ecs-service-alb')).toBe(
      'labgrade-container-labs-pr7-987654321-1-03-ecs-service-alb-a1b2c3d',
    );
    expect(stackName('lg', { ...IDENTITY, prNumber: null }, '03-ecs-service-alb')).toBe(
      'lg-container-labs-run987654321-1-03-ecs-service-alb-a1b2c3d',
    );
  });

  it('stays legal and within 128 characters whatever the repository is called', () => {
    for (const repository of ['o/' + 'Very_Long.Repo-Name'.repeat(20), 'o/---', 'o/ünïcödé', 'o/9lives']) {
      const name = stackName('labgrade', { ...IDENTITY, repository }, '15-cdk-capstone');
      expect(name.length).toBeLessThanOrEqual(MAX_STACK_NAME);
      expect(name).toMatch(STACK_NAME_PATTERN);
      expect(name).not.toMatch(/--|-$/);
      expect(name.endsWith('-15-cdk-capstone-a1b2c3d')).toBe(true);
    }
  });

  it('tags the stack with lab, repository, PR, run and the TTL expiry', () => {
    expect(stackTags(IDENTITY, '03-ecs-service-alb', new Date('2026-11-26T14:00:00Z'))).toEqual([
      { Key: 'labgrade:managed-by', Value: 'labgrade' },
      { Key: 'labgrade:lab', Value: '03-ecs-service-alb' },
      { Key: 'labgrade:repository', Value: 'example-org/container-labs' },
      { Key: 'labgrade:pr', Value: '7' },
      { Key: 'labgrade:run-id', Value: '987654321-1' },
      { Key: 'labgrade:sha', Value: IDENTITY.sha },
      { Key: 'labgrade:expires-at', Value: '2026-11-26T14:00:00.000Z' },
    ]);
  });

  it('reads the run identity from the GitHub environment', () => {
    expect(
      runIdentityFromEnv(
        { GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '5', GITHUB_RUN_ATTEMPT: '2', GITHUB_SHA: 'abc' },
        3,
      ),
    ).toEqual({ repository: 'o/r', runId: '5', runAttempt: '2', sha: 'abc', prNumber: 3 });
  });
});

describe('pullRequestNumber: the PR the stacks belong to', () => {
  const pr = { number: 42, headSha: 'abc' };
  it("prefers the 'pr-number' input, then the event's pull request, then a pull request ref", () => {
    expect(pullRequestNumber(7, { pr, ref: 'refs/pull/42/merge' })).toBe(7);
    expect(pullRequestNumber(null, { pr, ref: 'refs/heads/main' })).toBe(42);
    expect(pullRequestNumber(null, { pr: null, ref: 'refs/pull/13/merge' })).toBe(13);
    expect(pullRequestNumber(null, { pr: null, ref: 'refs/pull/13/head' })).toBe(13);
  });

  it('is null when nothing names a pull request, so the stack name carries the run id', () => {
    expect(pullRequestNumber(null, { pr: null, ref: 'refs/heads/main' })).toBeNull();
    expect(pullRequestNumber(null, { pr: null, ref: 'refs/pull/0/merge' })).toBeNull();
    expect(pullRequestNumber(null, { pr: null, ref: '' })).toBeNull();
  });
});
