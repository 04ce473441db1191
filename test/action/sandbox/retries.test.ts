// Who retries an AWS call: the SDK, and only the SDK. A local server speaking CloudFormation's query protocol
// answers CreateStack with throttling errors and counts the requests that reach it, through a client configured
// exactly as the sandbox's (createClients). aws-semantics.test.ts shows the other half: our code sends each call
// once. Together: a throttled call is attempted at most maxAttempts times, never maxAttempts times a loop of ours.
import http from 'node:http';
import { CreateStackCommand } from '@aws-sdk/client-cloudformation';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClients, SDK_MAX_ATTEMPTS } from '../../../action/sandbox/clients.js';

const STACK_ID = 'arn:aws:cloudformation:us-east-1:111122223333:stack/labgrade-x/0f0e0d0c';
const XMLNS = 'http://cloudformation.amazonaws.com/doc/2010-05-15/';
const THROTTLED = `<ErrorResponse xmlns="${XMLNS}"><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>r0</RequestId></ErrorResponse>`;
const CREATED = `<CreateStackResponse xmlns="${XMLNS}"><CreateStackResult><StackId>${STACK_ID}</StackId></CreateStackResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></CreateStackResponse>`;
/** The SDK backs off for real (up to 1 s after a throttle), so these tests wait for it; the bound leaves room. */
const TEST_TIMEOUT_MS = 20_000;

let throttleFirst = 0;
let requests = 0;
let server: http.Server;
let endpoint = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      requests++;
      const throttled = requests <= throttleFirst;
      res.writeHead(throttled ? 400 : 200, { 'content-type': 'text/xml' });
      res.end(throttled ? THROTTLED : CREATED);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  endpoint = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const clients = (maxAttempts: number) =>
  createClients('us-east-1', {
    endpoint,
    credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    maxAttempts,
  });
const createStack = (maxAttempts: number) =>
  clients(maxAttempts).cloudformation.send(
    new CreateStackCommand({ StackName: 'labgrade-x', TemplateBody: '{"Resources":{}}' }),
  );

describe('AWS retries', () => {
  it(
    "are the SDK's: a throttled CreateStack is sent again by the SDK and succeeds",
    async () => {
      throttleFirst = 1;
      requests = 0;
      const r = await createStack(2);
      expect(r.StackId).toBe(STACK_ID);
      expect(r.$metadata.attempts).toBe(2);
      expect(requests).toBe(2);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'stop at maxAttempts: lasting throttling reaches the caller after exactly that many requests',
    async () => {
      throttleFirst = Number.POSITIVE_INFINITY;
      requests = 0;
      const err = (await createStack(2).catch((e: unknown) => e)) as {
        name?: string;
        $metadata?: { attempts?: number };
      };
      expect(err.name).toBe('Throttling');
      expect(err.$metadata?.attempts).toBe(2);
      expect(requests).toBe(2);
    },
    TEST_TIMEOUT_MS,
  );

  it('are configured in one place: standard mode, SDK_MAX_ATTEMPTS attempts', async () => {
    const c = createClients('us-east-1', {
      endpoint,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
    });
    for (const client of [c.cloudformation, c.ecs, c.elb]) {
      expect(await client.config.maxAttempts()).toBe(SDK_MAX_ATTEMPTS);
      expect(((await client.config.retryStrategy()) as { mode?: string }).mode).toBe('standard');
    }
  });
});
