// The AWS clients, created once per run and region, configured in one place: our user agent (so AWS-side logs
// and CloudTrail show which calls the grader made), a bounded number of attempts, and the SDK's standard retry
// mode. No endpoint is set here: the SDK itself honours AWS_ENDPOINT_URL (and AWS_ENDPOINT_URL_<SERVICE>), which
// is how the tests point the same code at moto_server; test/action/sandbox/sweep.test.ts proves it, and
// retries.test.ts that the SDK's retries are the only ones.
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { ECSClient } from '@aws-sdk/client-ecs';
import { ElasticLoadBalancingV2Client } from '@aws-sdk/client-elastic-load-balancing-v2';
import { TOOL_NAME, TOOL_VERSION } from '../../graders/engine/version.js';

export interface SandboxClients {
  region: string;
  cloudformation: CloudFormationClient;
  ecs: ECSClient;
  elb: ElasticLoadBalancingV2Client;
}

/**
 * Attempts per AWS call, the first included. The SDK is the only thing that retries an AWS call: its standard
 * mode retries throttling, 5xx answers and dropped connections with jittered back-off under a retry quota, and
 * the sandbox code adds no loop of its own on top (action/util/retry.ts is for GitHub calls only), so this is the
 * whole bound. Five, not the SDK's default three, because CreateStack and DeleteStack must not be lost to
 * CloudFormation's per-account rate limit when a class pushes at once: throttled back-off waits up to 1, 2, 4 and
 * 8 seconds, about 15 seconds in all at worst.
 */
export const SDK_MAX_ATTEMPTS = 5;

export interface ClientOverrides {
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  maxAttempts?: number;
}

const cache = new Map<string, SandboxClients>();

export function createClients(region: string, overrides: ClientOverrides = {}): SandboxClients {
  const key = JSON.stringify([region, overrides.endpoint ?? null, overrides.maxAttempts ?? null]);
  const hit = overrides.credentials ? undefined : cache.get(key);
  if (hit) return hit;
  const config = {
    region,
    maxAttempts: overrides.maxAttempts ?? SDK_MAX_ATTEMPTS,
    retryMode: 'standard',
    customUserAgent: [[`${TOOL_NAME}-sandbox`, TOOL_VERSION]] as [string, string][],
    ...(overrides.endpoint ? { endpoint: overrides.endpoint } : {}),
    ...(overrides.credentials ? { credentials: overrides.credentials } : {}),
  };
  const clients: SandboxClients = {
    region,
    cloudformation: new CloudFormationClient(config),
    ecs: new ECSClient(config),
    elb: new ElasticLoadBalancingV2Client(config),
  };
  if (!overrides.credentials) cache.set(key, clients);
  return clients;
}

/**
 * AWS_ENDPOINT_URL* variables silently redirect every call; worth a warning in a real run, where one leaked from
 * a test setup would send the learner's stack nowhere.
 */
export function endpointOverrides(env: NodeJS.ProcessEnv = process.env): string[] {
  return Object.keys(env)
    .filter((k) => k === 'AWS_ENDPOINT_URL' || k.startsWith('AWS_ENDPOINT_URL_'))
    .filter((k) => (env[k] ?? '') !== '')
    .map((k) => `${k}='${env[k] ?? ''}'`);
}
