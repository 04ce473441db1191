// The HTTP probe calls only this stack's own load balancers, by the DNS names DescribeLoadBalancers gives for the
// stack's load balancer resources: a learner's Lambda function URL ('*.on.aws'), or any other AWS-looking host in
// an output, is never called, even though it would answer 2xx. AWS is mocked (aws-sdk-client-mock); no network.
import { CloudFormationClient, ListStackResourcesCommand } from '@aws-sdk/client-cloudformation';
import {
  DescribeLoadBalancersCommand,
  ElasticLoadBalancingV2Client,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { createClients } from '../../../action/sandbox/clients.js';
import { probeHostAllowed, verifyStack } from '../../../action/sandbox/verify.js';
import { fakeClock } from './support.js';

const cfn = mockClient(CloudFormationClient);
const elb = mockClient(ElasticLoadBalancingV2Client);
afterAll(() => {
  cfn.restore();
  elb.restore();
});

const LB_ARN = 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/labs/0123456789abcdef';
const LB_DNS = 'labs-123456789.us-east-1.elb.amazonaws.com';
const quiet = { info: () => {}, warn: () => {}, debug: () => {} };

beforeEach(() => {
  cfn.reset();
  elb.reset();
  cfn.on(ListStackResourcesCommand).resolves({
    StackResourceSummaries: [
      {
        LogicalResourceId: 'LoadBalancer',
        PhysicalResourceId: LB_ARN,
        ResourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        ResourceStatus: 'CREATE_COMPLETE',
        LastUpdatedTimestamp: new Date(),
      },
    ],
  });
  elb
    .on(DescribeLoadBalancersCommand)
    .resolves({ LoadBalancers: [{ LoadBalancerArn: LB_ARN, DNSName: LB_DNS }] });
});

async function probe(url: string) {
  const calls: string[] = [];
  const results = await verifyStack({
    clients: createClients('us-east-1', { credentials: { accessKeyId: 'a', secretAccessKey: 'b' } }),
    ref: {
      stackId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/s/1',
      stackName: 's',
      region: 'us-east-1',
      labId: '03-ecs-service-alb',
    },
    template: { Resources: { LoadBalancer: { Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer' } } },
    outputs: { ServiceUrl: url },
    httpProbe: true,
    clock: fakeClock(),
    log: quiet,
    delays: { stackMs: 1, servicesMs: 1, targetsMs: 1, httpMs: 1, deleteMs: 1 },
    fetch: (u) => {
      calls.push(u);
      return Promise.resolve(new Response('ok', { status: 200 }));
    },
  });
  return { http: results.http, calls };
}

describe('the HTTP probe', () => {
  it("calls the stack's own load balancer", async () => {
    const r = await probe(`http://${LB_DNS}/`);
    expect(r.http.status).toBe('passed');
    expect(r.calls).toEqual([`http://${LB_DNS}/`]);
    expect(elb.commandCalls(DescribeLoadBalancersCommand)[0]?.args[0].input).toEqual({
      LoadBalancerArns: [LB_ARN],
    });
  });

  it.each([
    ["a learner's Lambda function URL", 'https://abcdefghijklmnop.lambda-url.us-east-1.on.aws/'],
    ['another load balancer', 'http://someone-else-1.us-east-1.elb.amazonaws.com/'],
    ['an App Runner service', 'https://x.us-east-1.awsapprunner.com/'],
    ['an arbitrary host', 'http://example.com/'],
  ])('never calls %s, and says why', async (_name, url) => {
    const r = await probe(url);
    expect(r.calls).toEqual([]);
    expect(r.http.status).toBe('skipped');
    expect(r.http.feedback).toContain(LB_DNS);
  });

  it('allows only http(s) to the listed hosts, case and trailing dot aside', () => {
    expect(probeHostAllowed(new URL(`https://${LB_DNS.toUpperCase()}./x`), [LB_DNS])).toBe(true);
    expect(probeHostAllowed(new URL(`ftp://${LB_DNS}/`), [LB_DNS])).toBe(false);
    expect(probeHostAllowed(new URL('https://x.on.aws/'), [LB_DNS])).toBe(false);
    expect(probeHostAllowed(new URL(`http://${LB_DNS}/`), [])).toBe(false);
  });
});
