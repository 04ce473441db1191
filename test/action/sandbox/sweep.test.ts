// The janitor's sweep against moto_server, through the library and through `labgrade sandbox sweep`, and the
// client setup it relies on: the SDK itself honours AWS_ENDPOINT_URL, so production code sets no endpoint.
// This file's moto server is its own, so it uses moto's default account (the CLI cannot send a header).
import { CreateStackCommand, DescribeStacksCommand, type Tag } from '@aws-sdk/client-cloudformation';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../../action/cli/main.js';
import { createClients, SDK_MAX_ATTEMPTS } from '../../../action/sandbox/clients.js';
import { sweep } from '../../../action/sandbox/index.js';
import { FALLBACK_TTL_MS } from '../../../action/sandbox/sweep.js';
import { HAS_MOTO, MOTO_CREDENTIALS, NO_MOTO_MESSAGE, useMoto } from '../../helpers/moto.js';
import { fakeClock } from './support.js';
import { MOTO_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

if (!HAS_MOTO) console.warn(NO_MOTO_MESSAGE);

const quiet = { info: () => {}, warn: () => {}, debug: () => {} };
const NOW = Date.now();
const hoursFromNow = (h: number) => new Date(NOW + h * 3_600_000).toISOString();

const ENV_KEYS = ['AWS_ENDPOINT_URL', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_REGION'] as const;
const saved = Object.fromEntries(ENV_KEYS.map((k) => [k, process.env[k]]));
afterEach(() => {
  for (const k of ENV_KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
});

describe.skipIf(!HAS_MOTO)(
  'sandbox sweep and client setup, against moto_server',
  { timeout: MOTO_TEST_TIMEOUT_MS },
  () => {
    const moto = useMoto();
    const useEnvEndpoint = () => {
      process.env['AWS_ENDPOINT_URL'] = moto.server().endpoint;
      process.env['AWS_ACCESS_KEY_ID'] = MOTO_CREDENTIALS.accessKeyId;
      process.env['AWS_SECRET_ACCESS_KEY'] = MOTO_CREDENTIALS.secretAccessKey;
      process.env['AWS_REGION'] = 'us-west-2';
    };
    const clients = () =>
      createClients('us-west-2', {
        endpoint: moto.server().endpoint,
        credentials: MOTO_CREDENTIALS,
        maxAttempts: 1,
      });

    const create = async (name: string, tags: Tag[]) => {
      const body = JSON.stringify({
        Resources: { Logs: { Type: 'AWS::Logs::LogGroup', Properties: { LogGroupName: `/sweep/${name}` } } },
      });
      const r = await clients().cloudformation.send(
        new CreateStackCommand({ StackName: name, TemplateBody: body, Tags: tags }),
      );
      return r.StackId ?? '';
    };
    const ours = (expiresAt: string): Tag[] => [
      { Key: 'labgrade:managed-by', Value: 'labgrade' },
      { Key: 'labgrade:expires-at', Value: expiresAt },
    ];
    const status = async (id: string) =>
      (await clients().cloudformation.send(new DescribeStacksCommand({ StackName: id }))).Stacks?.[0]
        ?.StackStatus;

    it('the SDK sends calls to AWS_ENDPOINT_URL when no endpoint is configured', async () => {
      const id = await create('endpoint-probe', []);
      useEnvEndpoint();
      const fromEnv = createClients('us-west-2', { credentials: MOTO_CREDENTIALS });
      const seen = await fromEnv.cloudformation.send(new DescribeStacksCommand({ StackName: id }));
      expect(seen.Stacks?.[0]?.StackName).toBe('endpoint-probe');
      expect(await fromEnv.cloudformation.config.maxAttempts()).toBe(SDK_MAX_ATTEMPTS);
      expect(((await fromEnv.cloudformation.config.retryStrategy()) as { mode?: string }).mode).toBe(
        'standard',
      );
      expect(fromEnv.cloudformation.config.customUserAgent).toEqual([
        ['labgrade-sandbox', expect.any(String)],
      ]);
    });

    it('deletes only expired stacks that carry our tag and prefix', async () => {
      const expired = await create('labgrade-sweep-expired', ours(hoursFromNow(-1)));
      const fresh = await create('labgrade-sweep-fresh', ours(hoursFromNow(2)));
      const untagged = await create('labgrade-sweep-untagged', [
        { Key: 'labgrade:expires-at', Value: hoursFromNow(-1) },
      ]);
      const otherPrefix = await create('course-sweep-expired', ours(hoursFromNow(-1)));
      const noExpiry = await create('labgrade-sweep-noexpiry', [
        { Key: 'labgrade:managed-by', Value: 'labgrade' },
      ]);

      const dry = await sweep({
        region: 'us-west-2',
        prefix: 'labgrade',
        dryRun: true,
        clients: clients(),
        clock: fakeClock(NOW),
        log: quiet,
      });
      expect(dry.map((s) => [s.stackName, s.action])).toEqual([['labgrade-sweep-expired', 'would-delete']]);
      expect(await status(expired)).toBe('CREATE_COMPLETE');

      // Far enough ahead that a stack with no readable expiry falls back to its creation time plus the fallback TTL.
      const later = fakeClock(NOW + FALLBACK_TTL_MS + 60_000);
      const swept = await sweep({
        region: 'us-west-2',
        prefix: 'labgrade',
        dryRun: false,
        clients: clients(),
        clock: later,
        log: quiet,
      });
      expect(swept.map((s) => [s.stackName, s.action]).sort()).toEqual([
        ['labgrade-sweep-expired', 'deleted'],
        ['labgrade-sweep-fresh', 'deleted'],
        ['labgrade-sweep-noexpiry', 'deleted'],
      ]);
      expect(await status(expired)).toBe('DELETE_COMPLETE');
      expect(await status(fresh)).toBe('DELETE_COMPLETE');
      expect(await status(noExpiry)).toBe('DELETE_COMPLETE');
      expect(await status(untagged)).toBe('CREATE_COMPLETE');
      expect(await status(otherPrefix)).toBe('CREATE_COMPLETE');
    });

    it('`labgrade sandbox sweep` runs the same sweep from the command line', async () => {
      await create('lg-cli-expired', ours(hoursFromNow(-1)));
      useEnvEndpoint();
      const out: string[] = [];
      const err: string[] = [];
      const io = {
        stdout: { write: (s: string) => out.push(s) },
        stderr: { write: (s: string) => err.push(s) },
        env: process.env,
      };
      expect(await main(['sandbox', 'sweep', '--prefix', 'lg', '--dry-run'], io)).toBe(0);
      expect(out.join('')).toMatch(/would-delete\s+lg-cli-expired/);
      expect(out.join('')).toContain('1 expired stack in us-west-2 (dry run)');
      expect(await main(['sandbox', 'sweep', '--prefix', 'lg'], io)).toBe(0);
      expect(out.join('')).toMatch(/deleted\s+lg-cli-expired/);
    });

    it('`labgrade sandbox` rejects a missing subcommand or region as a usage error', async () => {
      const err: string[] = [];
      const io = { stdout: { write: () => true }, stderr: { write: (s: string) => err.push(s) }, env: {} };
      expect(await main(['sandbox'], io)).toBe(2);
      expect(await main(['sandbox', 'sweep'], io)).toBe(2);
      expect(err.join('')).toContain('--region is required when AWS_REGION is not set');
    });
  },
);
