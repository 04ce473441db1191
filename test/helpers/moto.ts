// moto_server for offline AWS tests: one server per test file, on 127.0.0.1 and a free port, started in beforeAll
// with a bounded wait for readiness and killed (by its pid) in afterAll. Each file also gets its own account id,
// sent as x-moto-account-id on every request, so files sharing a machine never see each other's stacks.
// See ../shared/reference/moto.md for what moto 5.2.1 emulates and what it drops.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { afterAll, beforeAll } from 'vitest';
import { createClients, type SandboxClients } from '../../action/sandbox/clients.js';

/** moto answers /moto-api/ after ~1.3 s on a cold start (moto.md §3); slow CI machines get ten times that. */
const MOTO_START_TIMEOUT_MS = 15_000;
const MOTO_STOP_TIMEOUT_MS = 3_000;

export const MOTO_CREDENTIALS = { accessKeyId: 'testing', secretAccessKey: 'testing' };

export const HAS_MOTO = spawnSync('moto_server', ['--help'], { stdio: 'ignore' }).status === 0;
export const NO_MOTO_MESSAGE =
  "moto_server is not on PATH, so the moto tests are skipped. Install it with `pip install 'moto[server]==5.2.1'` (.ci/run does).";

export interface MotoServer {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startMoto(env: Record<string, string> = {}): Promise<MotoServer> {
  const port = await freePort();
  const child: ChildProcess = spawn('moto_server', ['-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => {
    stderr = (stderr + b.toString()).slice(-4000);
  });
  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + MOTO_START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`moto_server exited with ${child.exitCode}: ${stderr}`);
    try {
      const r = await fetch(`${endpoint}/moto-api/`, { signal: AbortSignal.timeout(1000) });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `moto_server did not answer on ${endpoint} within ${MOTO_START_TIMEOUT_MS} ms: ${stderr}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const pid = child.pid ?? 0;
  return {
    endpoint,
    port,
    pid,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), MOTO_STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** A random 12-digit account id, never moto's default 123456789012. */
export function randomAccountId(): string {
  return String(100_000_000_000 + Math.floor(Math.random() * 800_000_000_000));
}

/** Clients for one moto account: explicit endpoint and credentials, one attempt (moto's 500s are not transient). */
export function motoClients(server: MotoServer, accountId: string, region = 'us-east-1'): SandboxClients {
  const clients = createClients(region, {
    endpoint: server.endpoint,
    credentials: MOTO_CREDENTIALS,
    maxAttempts: 1,
  });
  const setHeader = (request: unknown): void => {
    const headers = (request as { headers?: Record<string, string> }).headers;
    if (headers) headers['x-moto-account-id'] = accountId;
  };
  const options = { step: 'build', name: 'motoAccount' } as const;
  clients.cloudformation.middlewareStack.add(
    (next) => (args) => (setHeader(args.request), next(args)),
    options,
  );
  clients.ecs.middlewareStack.add((next) => (args) => (setHeader(args.request), next(args)), options);
  clients.elb.middlewareStack.add((next) => (args) => (setHeader(args.request), next(args)), options);
  return clients;
}

/**
 * An ACM certificate in one moto account, as an instructor would issue one for lab 03's HTTPS listener: moto's
 * ELBv2 refuses a listener whose certificate ACM does not hold. One JSON call; the SDK's ACM client is not a
 * dependency of the project.
 */
export async function motoCertificate(
  server: MotoServer,
  accountId: string,
  region = 'us-east-1',
): Promise<string> {
  const res = await fetch(`${server.endpoint}/`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'CertificateManager.RequestCertificate',
      'x-moto-account-id': accountId,
      // moto reads the Region from the credential scope; it does not check the signature.
      authorization: `AWS4-HMAC-SHA256 Credential=testing/20260101/${region}/acm/aws4_request, SignedHeaders=host, Signature=0`,
    },
    body: JSON.stringify({ DomainName: 'labs.example.com' }),
  });
  const body = (await res.json()) as { CertificateArn?: string };
  if (!res.ok || !body.CertificateArn) throw new Error(`moto RequestCertificate failed: HTTP ${res.status}`);
  return body.CertificateArn;
}

/**
 * Starts one moto_server for the calling test file (beforeAll) and stops it (afterAll). The first CloudFormation
 * call loads moto's backends (~1.3 s), so it is made here, outside any timed test.
 */
export function useMoto(env: Record<string, string> = {}): { server(): MotoServer; accountId: string } {
  let server: MotoServer | undefined;
  const accountId = randomAccountId();
  beforeAll(async () => {
    server = await startMoto(env);
    const { ListStacksCommand } = await import('@aws-sdk/client-cloudformation');
    await motoClients(server, accountId).cloudformation.send(new ListStacksCommand({}));
  }, MOTO_START_TIMEOUT_MS + 10_000);
  afterAll(async () => {
    await server?.stop();
  });
  return {
    server: () => {
      if (!server) throw new Error('moto_server is not running; call useMoto() at the top of the file.');
      return server;
    },
    accountId,
  };
}
