// The probe's HTTPS client against a real local TLS server whose certificate names another host, as a load
// balancer's certificate names the instructor's domain, never the '…elb.amazonaws.com' name the probe calls.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeFetch } from '../../../action/sandbox/probe-fetch.js';
import { tmpDir } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

// openssl makes a key and a certificate in well under a second; the machine may be busy.
const OPENSSL_TIMEOUT_MS = 30_000;

let server: https.Server;
let cert: string;
let base: string;

beforeAll(async () => {
  const dir = tmpDir();
  const key = path.join(dir, 'key.pem');
  const crt = path.join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=labs.example.com',
      '-keyout',
      key,
      '-out',
      crt,
    ],
    { stdio: 'ignore', timeout: OPENSSL_TIMEOUT_MS },
  );
  cert = fs.readFileSync(crt, 'utf8');
  server = https.createServer({ key: fs.readFileSync(key), cert }, (req, res) => {
    if (req.url === '/old') res.writeHead(301, { location: '/' }).end();
    else res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, OPENSSL_TIMEOUT_MS + 5_000);

afterAll(async () => {
  await new Promise((r) => server.close(r));
});

describe('probeFetch', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('accepts a trusted certificate for another name, as a load balancer serves one', async () => {
    const res = await probeFetch({ ca: cert })(`${base}/`, { redirect: 'manual' });
    expect(res.status).toBe(200);
  });

  it('returns a redirect with its Location, unfollowed, for verify.ts to judge', async () => {
    const res = await probeFetch({ ca: cert })(`${base}/old`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/');
  });

  it('still refuses a certificate no trusted root signed', async () => {
    await expect(probeFetch()(`${base}/`, { redirect: 'manual' })).rejects.toMatchObject({
      message: 'fetch failed',
      cause: { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' },
    });
  });

  it('gives up when the signal aborts', async () => {
    const signal = AbortSignal.abort();
    await expect(probeFetch({ ca: cert })(`${base}/`, { signal })).rejects.toMatchObject({
      message: 'fetch failed',
    });
  });
});
