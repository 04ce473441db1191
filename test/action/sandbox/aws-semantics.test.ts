// Real-AWS behaviour moto does not have, with aws-sdk-client-mock: a rollback with per-resource failure events,
// a stack stuck past the timeout then torn down, DELETE_FAILED then a reported leak, throttling (retried by the
// SDK, never again by us: retries.test.ts shows the SDK's side), and verify failures with ECS's own reasons. A
// fake clock stands in for time, so nothing sleeps. aws-sdk-client-mock replaces `send`, so the SDK's retry
// middleware never runs here: each mocked call is one call of ours.
import {
  CloudFormationClient,
  CreateStackCommand,
  DeleteStackCommand,
  DescribeStackEventsCommand,
  DescribeStacksCommand,
  ListStackResourcesCommand,
  type StackEvent,
} from '@aws-sdk/client-cloudformation';
import {
  DescribeServicesCommand,
  DescribeTasksCommand,
  ECSClient,
  ListTasksCommand,
} from '@aws-sdk/client-ecs';
import {
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createClients } from '../../../action/sandbox/clients.js';
import { hintFor } from '../../../action/sandbox/deploy.js';
import { runSandbox, teardownFromState } from '../../../action/sandbox/index.js';
import { notDeployed } from '../../../graders/rubrics/lib/sandbox.js';
import { MAX_WAIT_SERVICES_SECONDS, type PollDelays } from '../../../action/sandbox/limits.js';
import type { StackRef } from '../../../action/state.js';
import {
  IDENTITY,
  FARGATE_ALB,
  LAB03,
  fakeClock,
  jsonTemplate,
  loadTemplate,
  settingsFrom,
  sandboxLab,
} from './support.js';

const cfn = mockClient(CloudFormationClient);
const ecs = mockClient(ECSClient);
const elb = mockClient(ElasticLoadBalancingV2Client);
afterAll(() => {
  cfn.restore();
  ecs.restore();
  elb.restore();
});

const STACK_ID = 'arn:aws:cloudformation:us-east-1:111122223333:stack/labgrade-x/0f0e0d0c';
const quiet = { info: () => {}, warn: () => {}, debug: () => {} };
const DELAYS: PollDelays = {
  stackMs: 10_000,
  servicesMs: 15_000,
  targetsMs: 10_000,
  httpMs: 10_000,
  deleteMs: 10_000,
};

/** The smallest template the guard accepts: one security group in a VPC. */
const tiny = () =>
  jsonTemplate({
    Resources: {
      Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: '10.0.0.0/16' } },
      Sg: { Type: 'AWS::EC2::SecurityGroup', Properties: { GroupDescription: 'x', VpcId: { Ref: 'Vpc' } } },
    },
  });

const awsError = (name: string, message: string, status = 400) =>
  Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status } });

function run(doc = tiny(), clock = fakeClock(), saves: StackRef[][] = []) {
  const clients = createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  return runSandbox([sandboxLab(LAB03, doc)], settingsFrom({ 'deploy-timeout-minutes': '5' }), {
    identity: IDENTITY,
    clients,
    clock,
    log: quiet,
    delays: DELAYS,
    fetch: () => Promise.reject(new Error('no network in this test')),
    saveStacks: (refs) => saves.push([...refs]),
  });
}

/** DescribeStacks answers from a script of statuses, switching to the delete script once DeleteStack is sent. */
function stackStatuses(create: string[], del: string[]) {
  let deleted = false;
  let i = 0;
  let j = 0;
  cfn.on(DeleteStackCommand).callsFake(() => {
    deleted = true;
    return {};
  });
  cfn.on(DescribeStacksCommand).callsFake(() => {
    const status = deleted ? del[Math.min(j++, del.length - 1)] : create[Math.min(i++, create.length - 1)];
    return {
      Stacks: [{ StackId: STACK_ID, StackName: 'labgrade-x', StackStatus: status, CreationTime: new Date() }],
    };
  });
}

beforeEach(() => {
  cfn.reset();
  ecs.reset();
  elb.reset();
  cfn.on(CreateStackCommand).resolves({ StackId: STACK_ID });
  cfn.on(ListStackResourcesCommand).resolves({ StackResourceSummaries: [] });
});

describe('a stack that rolls back', () => {
  const events: StackEvent[] = [
    {
      StackId: STACK_ID,
      EventId: '5',
      StackName: 'x',
      LogicalResourceId: 'labgrade-x',
      ResourceType: 'AWS::CloudFormation::Stack',
      ResourceStatus: 'ROLLBACK_COMPLETE',
      Timestamp: new Date(5),
    },
    {
      StackId: STACK_ID,
      EventId: '4',
      StackName: 'x',
      LogicalResourceId: 'labgrade-x',
      ResourceType: 'AWS::CloudFormation::Stack',
      ResourceStatus: 'ROLLBACK_IN_PROGRESS',
      ResourceStatusReason: 'The following resource(s) failed to create: [Service].',
      Timestamp: new Date(4),
    },
    {
      StackId: STACK_ID,
      EventId: '3',
      StackName: 'x',
      LogicalResourceId: 'TaskDefinition',
      ResourceType: 'AWS::ECS::TaskDefinition',
      ResourceStatus: 'CREATE_FAILED',
      ResourceStatusReason: 'Resource creation cancelled',
      Timestamp: new Date(3),
    },
    {
      StackId: STACK_ID,
      EventId: '2',
      StackName: 'x',
      LogicalResourceId: 'Service',
      ResourceType: 'AWS::ECS::Service',
      ResourceStatus: 'CREATE_FAILED',
      ResourceStatusReason:
        'Resource handler returned message: "User: arn:aws:sts::111122223333:assumed-role/sandbox/gh is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/x"',
      Timestamp: new Date(2),
    },
    {
      StackId: STACK_ID,
      EventId: '1',
      StackName: 'x',
      LogicalResourceId: 'labgrade-x',
      ResourceType: 'AWS::CloudFormation::Stack',
      ResourceStatus: 'CREATE_IN_PROGRESS',
      ResourceStatusReason: 'User Initiated',
      Timestamp: new Date(1),
    },
  ];

  it('saves the stack id before waiting, explains the failure with a hint, and still deletes the stack', async () => {
    stackStatuses(
      ['CREATE_IN_PROGRESS', 'ROLLBACK_IN_PROGRESS', 'ROLLBACK_COMPLETE'],
      ['DELETE_IN_PROGRESS', 'DELETE_COMPLETE'],
    );
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: events });
    const describesAtSave: number[] = [];
    const saves: StackRef[][] = [];
    const clients = createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const report = await runSandbox([sandboxLab(LAB03, loadTemplate(FARGATE_ALB))], settingsFrom(), {
      identity: IDENTITY,
      clients,
      clock: fakeClock(),
      log: quiet,
      delays: DELAYS,
      saveStacks: (refs) => {
        describesAtSave.push(cfn.commandCalls(DescribeStacksCommand).length);
        saves.push([...refs]);
      },
    });
    expect(describesAtSave[0]).toBe(0);
    expect(saves[0]).toEqual([
      {
        stackId: STACK_ID,
        stackName: expect.stringMatching(/^labgrade-/),
        region: 'us-east-1',
        labId: LAB03,
      },
    ]);
    const lab = report.labs[0]!;
    const stack = lab.items.find((i) => i.id === 'stack-created')!;
    expect(stack.status).toBe('failed');
    expect(stack.feedback).toContain("The stack ended in 'ROLLBACK_COMPLETE'.");
    expect(stack.feedback).toContain("'Service' (AWS::ECS::Service) CREATE_FAILED");
    expect(stack.feedback).toContain('iam:PassRole');
    expect(stack.feedback).toContain('The sandbox role may not do this');
    expect(stack.feedback).not.toContain('Resource creation cancelled');
    expect(
      lab.items
        .filter((i) => ['services-steady', 'tasks-running', 'targets-healthy', 'http-answers'].includes(i.id))
        .map((i) => i.status),
    ).toEqual(['skipped', 'skipped', 'skipped', 'skipped']);
    expect(lab.items.find((i) => i.id === 'teardown')?.status).toBe('passed');
    expect(cfn.commandCalls(DeleteStackCommand)[0]?.args[0].input).toEqual({ StackName: STACK_ID });
    expect(lab.status).toBe('failed');
    expect(report.score).toBe(0);
    expect(report.maxScore).toBe(10);
    expect(saves.at(-1)).toEqual([]);
  });

  it('gives a hint for capacity, permissions and invalid properties', () => {
    expect(
      hintFor('We currently do not have sufficient capacity in the Availability Zone you requested')?.kind,
    ).toBe('capacity');
    expect(hintFor('Unable to place a task because no capacity is available')?.kind).toBe('capacity');
    expect(hintFor('API: ec2:CreateNatGateway You are not authorized to perform this operation.')?.kind).toBe(
      'permissions',
    );
    expect(
      hintFor(
        'Properties validation failed for resource Service with message: #/DesiredCount: expected type: Number',
      )?.kind,
    ).toBe('invalid-property');
    expect(hintFor('Encountered unsupported property Foo')?.kind).toBe('invalid-property');
    expect(hintFor('labs-web already exists in stack arn:aws:cloudformation:…')?.kind).toBe('name-conflict');
  });
});

describe('CreateStack', () => {
  it('sends the tags, only the IAM capabilities, the timeout, the service role and the declared parameters', async () => {
    stackStatuses(['CREATE_COMPLETE'], ['DELETE_COMPLETE']);
    const clients = createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const role = 'arn:aws:iam::111122223333:role/labgrade-cfn';
    const doc = jsonTemplate({
      Parameters: { Cidr: { Type: 'String', Default: '10.0.0.0/16' } },
      Resources: { Vpc: { Type: 'AWS::EC2::VPC', Properties: { CidrBlock: { Ref: 'Cidr' } } } },
    });
    const settings = settingsFrom({
      'deploy-cloudformation-role-arn': role,
      'deploy-parameters': '{"Cidr": "10.9.0.0/16", "VpcId": "vpc-not-declared-here"}',
    });
    await runSandbox([sandboxLab(LAB03, doc)], settings, {
      identity: IDENTITY,
      clients,
      clock: fakeClock(),
      log: quiet,
      saveStacks: () => {},
    });
    const input = cfn.commandCalls(CreateStackCommand)[0]?.args[0].input;
    expect(input).toMatchObject({
      StackName: 'labgrade-container-labs-pr7-987654321-1-03-ecs-service-alb-a1b2c3d',
      Capabilities: ['CAPABILITY_IAM', 'CAPABILITY_NAMED_IAM'],
      TimeoutInMinutes: 20,
      OnFailure: 'ROLLBACK',
      EnableTerminationProtection: false,
      RoleARN: role,
      Parameters: [{ ParameterKey: 'Cidr', ParameterValue: '10.9.0.0/16' }],
    });
    expect(input?.TemplateBody).toBe(doc.text);
    expect(input?.Tags?.map((t) => t.Key)).toEqual([
      'labgrade:managed-by',
      'labgrade:lab',
      'labgrade:repository',
      'labgrade:pr',
      'labgrade:run-id',
      'labgrade:sha',
      'labgrade:expires-at',
    ]);
    // TTL: 20 min create + 17 verify + 20 delete + 30 margin after the (fake) start.
    const expires = input?.Tags?.find((t) => t.Key === 'labgrade:expires-at')?.Value;
    expect(expires).toBe(new Date(Date.parse('2026-11-26T12:00:00Z') + 87 * 60_000).toISOString());
  });
});

describe('a stack stuck in CREATE_IN_PROGRESS', () => {
  it('stops waiting at the timeout, reports it, and tears the stack down', async () => {
    stackStatuses(['CREATE_IN_PROGRESS'], ['DELETE_IN_PROGRESS', 'DELETE_IN_PROGRESS', 'DELETE_COMPLETE']);
    const clock = fakeClock();
    const report = await run(tiny(), clock);
    const lab = report.labs[0]!;
    expect(lab.items.find((i) => i.id === 'stack-created')).toMatchObject({ status: 'failed' });
    expect(lab.items.find((i) => i.id === 'stack-created')?.feedback).toContain(
      "still 'CREATE_IN_PROGRESS' after 5 minutes",
    );
    expect(lab.items.find((i) => i.id === 'teardown')?.status).toBe('passed');
    // Bounded: 5 minutes of 10-second polls, then two polls while deleting. Nothing slept for real.
    const waited = clock.sleeps.reduce((a, b) => a + b, 0);
    expect(waited).toBeLessThanOrEqual(5 * 60_000 + 2 * DELAYS.deleteMs);
    expect(waited).toBeGreaterThanOrEqual(5 * 60_000 - DELAYS.stackMs);
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(1);
  });
});

describe('a stack whose deletion fails', () => {
  it('retries DELETE_FAILED once, then reports what remains as a leak with logical ids', async () => {
    stackStatuses(['CREATE_COMPLETE'], ['DELETE_FAILED']);
    cfn.on(ListStackResourcesCommand).resolves({
      StackResourceSummaries: [
        {
          LogicalResourceId: 'Vpc',
          ResourceType: 'AWS::EC2::VPC',
          ResourceStatus: 'DELETE_COMPLETE',
          LastUpdatedTimestamp: new Date(),
        },
        {
          LogicalResourceId: 'Sg',
          ResourceType: 'AWS::EC2::SecurityGroup',
          ResourceStatus: 'DELETE_FAILED',
          ResourceStatusReason: 'resource sg-0123 has a dependent object',
          LastUpdatedTimestamp: new Date(),
        },
      ],
    });
    const saves: StackRef[][] = [];
    const report = await run(tiny(), fakeClock(), saves);
    const lab = report.labs[0]!;
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(2);
    expect(lab.leaks).toEqual(['Sg']);
    const teardown = lab.items.find((i) => i.id === 'teardown')!;
    expect(teardown).toMatchObject({ status: 'failed', points: 0 });
    expect(teardown.feedback).toContain("Left behind: 'Sg'");
    expect(teardown.feedback).toContain('dependent object');
    expect(teardown.feedback).toContain('Not your fault');
    // The leaked stack stays in the state, so the post step tries once more.
    expect(saves.at(-1)).toHaveLength(1);
  });

  it('is idempotent from the post step: a stack already deleted is simply confirmed gone', async () => {
    cfn.on(DeleteStackCommand).resolves({});
    cfn.on(DescribeStacksCommand).resolves({
      Stacks: [
        {
          StackId: STACK_ID,
          StackName: 'labgrade-x',
          StackStatus: 'DELETE_COMPLETE',
          CreationTime: new Date(),
        },
      ],
    });
    const out = await teardownFromState({
      refs: [{ stackId: STACK_ID, stackName: 'labgrade-x', region: 'us-east-1', labId: LAB03 }],
      clients: () => createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
      clock: fakeClock(),
      log: quiet,
    });
    expect(out.map((o) => o.result.status)).toEqual(['deleted']);
  });
});

describe('throttling', () => {
  it("sends CreateStack once, leaving retries to the SDK, and calls lasting throttling not the learner's fault", async () => {
    cfn.on(CreateStackCommand).rejects(awsError('Throttling', 'Rate exceeded'));
    cfn
      .on(DescribeStacksCommand)
      .rejects(awsError('ValidationError', 'Stack with id labgrade-x does not exist'));
    const clock = fakeClock();
    const report = await run(tiny(), clock);
    const stack = report.labs[0]?.items.find((i) => i.id === 'stack-created');
    expect(stack?.status).toBe('grader-error');
    expect(stack?.feedback).toContain('not your fault');
    expect(stack?.feedback).toContain('Throttling: Rate exceeded');
    // The error reaching our code is what the SDK gave up on; another loop here would multiply its attempts.
    expect(cfn.commandCalls(CreateStackCommand)).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(report.labs[0]?.status).toBe('grader-error');
  });

  it('sends DeleteStack once when it is throttled, and reports the stack as left behind', async () => {
    stackStatuses(['CREATE_COMPLETE'], ['CREATE_COMPLETE']);
    cfn.on(DeleteStackCommand).rejects(awsError('Throttling', 'Rate exceeded'));
    const report = await run();
    // One request per teardown attempt (DELETE_FAILED and refused deletes get a second), none of ours in between.
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(2);
    expect(report.labs[0]?.items.find((i) => i.id === 'teardown')).toMatchObject({ status: 'failed' });
  });

  it('keeps polling through a throttled DescribeStacks', async () => {
    cfn
      .on(DescribeStacksCommand)
      .rejectsOnce(awsError('Throttling', 'Rate exceeded'))
      .resolvesOnce({
        Stacks: [
          { StackId: STACK_ID, StackName: 'x', StackStatus: 'CREATE_COMPLETE', CreationTime: new Date() },
        ],
      })
      .resolves({
        Stacks: [
          { StackId: STACK_ID, StackName: 'x', StackStatus: 'DELETE_COMPLETE', CreationTime: new Date() },
        ],
      });
    cfn.on(DeleteStackCommand).resolves({});
    const report = await run();
    expect(report.labs[0]?.items.find((i) => i.id === 'stack-created')?.status).toBe('passed');
  });
});

describe('labs that are never deployed', () => {
  it('makes no AWS call at all when the guard refuses, and keeps the deploy points at stake', async () => {
    const doc = jsonTemplate({
      Resources: {
        Student: { Type: 'AWS::IAM::User' },
        Cluster: { Type: 'AWS::ECS::Cluster' },
        Service: { Type: 'AWS::ECS::Service', Properties: { Cluster: { Ref: 'Cluster' }, DesiredCount: 9 } },
      },
    });
    const saves: StackRef[][] = [];
    const report = await run(doc, fakeClock(), saves);
    expect(cfn.calls()).toHaveLength(0);
    expect(ecs.calls()).toHaveLength(0);
    expect(saves).toEqual([]);
    const lab = report.labs[0]!;
    expect(lab).toMatchObject({ status: 'refused', stackName: null, leaks: [] });
    const guard = lab.items[0]!;
    expect(guard).toMatchObject({ id: 'sandbox-policy', status: 'failed', points: 0 });
    expect(guard.findings.map((f) => [f.ruleId, f.messageId])).toEqual([
      ['SBX004', 'iamUser'],
      ['SBX009', 'overCap'],
    ]);
    expect(guard.feedback).toContain('your static grade is unaffected');
    expect(lab.items.map((i) => [i.id, i.status, i.points])).toEqual([
      ['sandbox-policy', 'failed', 0],
      ['stack-created', 'skipped', 3],
      ['services-steady', 'skipped', 2],
      ['tasks-running', 'skipped', 1],
    ]);
    expect(report).toMatchObject({ score: 0, maxScore: 6 });
  });

  it("skips a lab its own declaration keeps out, with the declaration's reason", async () => {
    stackStatuses(['CREATE_COMPLETE'], ['DELETE_COMPLETE']);
    const clients = createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
    const reason =
      'An EKS cluster takes 15 minutes or more to create and is billed by the hour, so the sandbox does not deploy this lab.';
    const report = await runSandbox(
      [{ id: '90-eks-like', sandbox: notDeployed(reason), template: tiny() }, sandboxLab(LAB03, tiny())],
      settingsFrom(),
      { identity: IDENTITY, clients, clock: fakeClock(), log: quiet, saveStacks: () => {} },
    );
    expect(report.labs.map((l) => [l.id, l.status])).toEqual([
      ['90-eks-like', 'skipped'],
      [LAB03, 'passed'],
    ]);
    expect(report.labs[0]?.items).toMatchObject([
      { id: 'sandbox-policy', status: 'skipped', points: 0, feedback: reason },
    ]);
    // Only the deployable lab reached AWS.
    const created = cfn.commandCalls(CreateStackCommand).map((c) => c.args[0].input.StackName);
    expect(created).toEqual([expect.stringContaining(`-${LAB03}-`)]);
  });
});

describe('a template CloudFormation rejects outright', () => {
  it("is the learner's to fix, with nothing to tear down", async () => {
    cfn
      .on(CreateStackCommand)
      .rejects(
        awsError(
          'ValidationError',
          'Template format error: Unresolved resource dependencies [Missing] in the Resources block of the template',
        ),
      );
    cfn
      .on(DescribeStacksCommand)
      .rejects(awsError('ValidationError', 'Stack with id labgrade-x does not exist'));
    const report = await run();
    const lab = report.labs[0]!;
    expect(lab.items.find((i) => i.id === 'stack-created')).toMatchObject({ status: 'failed' });
    expect(lab.items.find((i) => i.id === 'stack-created')?.feedback).toContain(
      'Unresolved resource dependencies',
    );
    expect(lab.items.find((i) => i.id === 'teardown')).toBeUndefined();
    expect(cfn.commandCalls(DeleteStackCommand)).toHaveLength(0);
  });
});

describe('verify on a stack whose service never becomes steady', () => {
  const SERVICE_ARN = 'arn:aws:ecs:us-east-1:111122223333:service/lab-cluster/lab-web';
  const TG_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/tg/1';

  it("shows the running count, the service events and the stopped tasks' reasons", async () => {
    stackStatuses(['CREATE_COMPLETE'], ['DELETE_COMPLETE']);
    cfn.on(ListStackResourcesCommand).resolves({
      StackResourceSummaries: [
        {
          LogicalResourceId: 'Service',
          ResourceType: 'AWS::ECS::Service',
          PhysicalResourceId: SERVICE_ARN,
          ResourceStatus: 'CREATE_COMPLETE',
          LastUpdatedTimestamp: new Date(),
        },
        {
          LogicalResourceId: 'TargetGroup',
          ResourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
          PhysicalResourceId: TG_ARN,
          ResourceStatus: 'CREATE_COMPLETE',
          LastUpdatedTimestamp: new Date(),
        },
      ],
    });
    ecs.on(DescribeServicesCommand).resolves({
      services: [
        {
          serviceArn: SERVICE_ARN,
          serviceName: 'lab-web',
          status: 'ACTIVE',
          desiredCount: 2,
          runningCount: 0,
          events: [{ message: '(service lab-web) has started 2 tasks: (task 1) (task 2).' }],
        },
      ],
      failures: [],
    });
    ecs.on(ListTasksCommand, { desiredStatus: 'RUNNING' }).resolves({ taskArns: [] });
    ecs.on(ListTasksCommand, { desiredStatus: 'STOPPED' }).resolves({ taskArns: ['arn:task/1'] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [
        {
          taskArn: 'arn:task/1',
          lastStatus: 'STOPPED',
          stopCode: 'TaskFailedToStart',
          stoppedReason:
            'CannotPullContainerError: pull image manifest has been retried 5 time(s): not found',
          containers: [{ name: 'web', reason: 'CannotPullContainerError' }],
        },
      ],
    });
    const clock = fakeClock();
    const report = await run(loadTemplate(FARGATE_ALB), clock);
    const items = Object.fromEntries(report.labs[0]!.items.map((i) => [i.id, i]));
    expect(items['services-steady']?.status).toBe('failed');
    expect(items['services-steady']?.feedback).toContain("'Service' runs 0 of 2 tasks");
    expect(items['services-steady']?.feedback).toContain('has started 2 tasks');
    expect(items['tasks-running']?.status).toBe('failed');
    expect(items['tasks-running']?.feedback).toContain('CannotPullContainerError');
    expect(items['targets-healthy']?.status).toBe('skipped');
    expect(items['http-answers']?.status).toBe('skipped');
    expect(items['teardown']?.status).toBe('passed');
    expect(ecs.commandCalls(DescribeServicesCommand)[0]?.args[0].input).toMatchObject({
      cluster: 'lab-cluster',
    });
    // Bounded by MAX_WAIT_SERVICES_SECONDS, not by the job's timeout.
    expect(clock.sleeps.filter((s) => s === DELAYS.servicesMs).length).toBe(
      Math.floor((MAX_WAIT_SERVICES_SECONDS * 1000) / DELAYS.servicesMs),
    );
  });

  it("explains unhealthy targets with the load balancer's reason", async () => {
    stackStatuses(['CREATE_COMPLETE'], ['DELETE_COMPLETE']);
    cfn.on(ListStackResourcesCommand).resolves({
      StackResourceSummaries: [
        {
          LogicalResourceId: 'Service',
          ResourceType: 'AWS::ECS::Service',
          PhysicalResourceId: SERVICE_ARN,
          ResourceStatus: 'CREATE_COMPLETE',
          LastUpdatedTimestamp: new Date(),
        },
        {
          LogicalResourceId: 'TargetGroup',
          ResourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
          PhysicalResourceId: TG_ARN,
          ResourceStatus: 'CREATE_COMPLETE',
          LastUpdatedTimestamp: new Date(),
        },
      ],
    });
    ecs.on(DescribeServicesCommand).resolves({
      services: [
        {
          serviceArn: SERVICE_ARN,
          serviceName: 'lab-web',
          status: 'ACTIVE',
          desiredCount: 2,
          runningCount: 2,
        },
      ],
    });
    ecs
      .on(ListTasksCommand, { desiredStatus: 'RUNNING' })
      .resolves({ taskArns: ['arn:task/1', 'arn:task/2'] });
    ecs.on(DescribeTasksCommand).resolves({
      tasks: [
        { taskArn: 'arn:task/1', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' },
        { taskArn: 'arn:task/2', lastStatus: 'RUNNING', healthStatus: 'HEALTHY' },
      ],
    });
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        {
          Target: { Id: '10.1.0.5', Port: 80 },
          TargetHealth: {
            State: 'unhealthy',
            Reason: 'Target.ResponseCodeMismatch',
            Description: 'Health checks failed with these codes: [404]',
          },
        },
      ],
    });
    const report = await run(loadTemplate(FARGATE_ALB));
    const items = Object.fromEntries(report.labs[0]!.items.map((i) => [i.id, i]));
    expect(items['services-steady']?.status).toBe('passed');
    expect(items['tasks-running']?.status).toBe('passed');
    expect(items['targets-healthy']?.status).toBe('failed');
    expect(items['targets-healthy']?.feedback).toContain('[404]');
    expect(items['targets-healthy']?.feedback).toContain('HealthCheckPath');
    expect(items['http-answers']?.status).toBe('skipped');
    expect(report.labs[0]?.status).toBe('partial');
  });
});

describe('the run as a whole', () => {
  const clients = () =>
    createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const opts = (clock = fakeClock()) => ({
    identity: IDENTITY,
    clients: clients(),
    clock,
    log: quiet,
    delays: DELAYS,
    saveStacks: () => {},
  });
  /** A stack that rolls back at once and deletes at once: the quickest path through deploy and teardown. */
  const quickRollback = () => {
    stackStatuses(['ROLLBACK_COMPLETE'], ['DELETE_COMPLETE']);
    cfn.on(DescribeStackEventsCommand).resolves({ StackEvents: [] });
  };
  const otherLab = (id: string) => ({ ...sandboxLab(LAB03, loadTemplate(FARGATE_ALB)), id });

  it('shares one budget between its labs: a lab that would take the run over it is not deployed', async () => {
    quickRollback();
    const one = await runSandbox([sandboxLab(LAB03, loadTemplate(FARGATE_ALB))], settingsFrom(), opts());
    const estimate = one.labs[0]!.estimate!.runUsd;
    expect(estimate).toBeGreaterThan(0);

    cfn.resetHistory();
    quickRollback();
    const budget = (estimate * 1.5).toFixed(2);
    const report = await runSandbox(
      [sandboxLab(LAB03, loadTemplate(FARGATE_ALB)), otherLab('90-second-lab')],
      settingsFrom({ 'deploy-budget-usd': budget }),
      opts(),
    );
    expect(cfn.commandCalls(CreateStackCommand)).toHaveLength(1);
    expect(report.labs.map((l) => [l.id, l.status, l.stackName === null])).toEqual([
      [LAB03, 'failed', false],
      ['90-second-lab', 'refused', true],
    ]);
    const guard = report.labs[1]!.items.find((i) => i.status === 'failed')!;
    expect(guard.feedback).toContain(
      `already used $${estimate.toFixed(4)} of the run's budget of $${budget}`,
    );
  });

  it('starts no lab whose worst case would outlast the credentials', async () => {
    const reason = 'Never deployed.';
    const report = await runSandbox(
      [{ id: '90-not-deployed', sandbox: notDeployed(reason), template: tiny() }, sandboxLab(LAB03, tiny())],
      settingsFrom({ 'deploy-session-minutes': '15' }),
      opts(),
    );
    expect(cfn.commandCalls(CreateStackCommand)).toHaveLength(0);
    expect(report.labs.map((l) => [l.id, l.status])).toEqual([
      ['90-not-deployed', 'skipped'],
      [LAB03, 'skipped'],
    ]);
    expect(report.labs[0]!.items[0]!.feedback).toContain(reason);
    // Default timeout 20 + verify 17 + teardown 20 minutes.
    expect(report.labs[1]!.items[0]!.feedback).toContain('last 15 minutes');
    expect(report.labs[1]!.items[0]!.feedback).toContain('up to 57 minutes');
  });

  it('deploys the first lab, then skips the next once too little of the session is left', async () => {
    // Creation times out after 5 minutes, then the delete takes about 18: 23 of 60 minutes used, and the next
    // lab's worst case is 5 + 17 + 20 = 42 minutes.
    stackStatuses(
      ['CREATE_IN_PROGRESS'],
      [...Array<string>(110).fill('DELETE_IN_PROGRESS'), 'DELETE_COMPLETE'],
    );
    const report = await runSandbox(
      [sandboxLab(LAB03, tiny()), { ...sandboxLab(LAB03, tiny()), id: '90-second-lab' }],
      settingsFrom({ 'deploy-timeout-minutes': '5' }),
      opts(),
    );
    expect(cfn.commandCalls(CreateStackCommand)).toHaveLength(1);
    expect(report.labs[0]!.stackName).not.toBeNull();
    expect(report.labs[1]!.status).toBe('skipped');
    expect(report.labs[1]!.items[0]!.feedback).toMatch(
      /last 60 minutes \('deploy-session-minutes'\) and 3\d are left, but one lab can take up to 42 minutes/,
    );
  });
});
