// The crash scenario: the main step is SIGKILLed after CreateStack, while it waits. The post step, a separate
// process that sees only what the main step saved (core.saveState → the GITHUB_STATE file → STATE_<name>
// variables, as the runner passes them), must still delete the stack.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { HAS_MOTO, MOTO_CREDENTIALS, motoClients, NO_MOTO_MESSAGE, useMoto } from '../../helpers/moto.js';
import { REPO, tmpDir } from '../../helpers/tmp.js';
import { FARGATE_ALB } from './support.js';

/** moto's account when no x-moto-account-id header is sent: the child processes cannot send one. */
const MOTO_DEFAULT_ACCOUNT = '123456789012';
const SAVE_TIMEOUT_MS = 20_000;

/** Reads a GITHUB_STATE file the way the runner does: `name<<DELIM\nvalue\nDELIM` records, the last one wins. */
function readStateFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([^\n<]+)<<([^\n]+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) out[m[1] ?? ''] = m[3] ?? '';
  return out;
}

if (!HAS_MOTO) console.warn(NO_MOTO_MESSAGE);

describe.skipIf(!HAS_MOTO)('a main step killed after CreateStack', () => {
  const moto = useMoto();

  it('leaves the post step able to delete the stack from the saved state', async () => {
    const dir = tmpDir('labgrade-crash-');
    const stateFile = path.join(dir, 'state');
    fs.writeFileSync(stateFile, '');
    const env = {
      ...process.env,
      GITHUB_STATE: stateFile,
      GITHUB_REPOSITORY: 'example-org/container-labs',
      GITHUB_RUN_ID: '555',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SHA: 'feedfacefeedfacefeedfacefeedfacefeedface',
      AWS_ENDPOINT_URL: moto.server().endpoint,
      AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
      AWS_REGION: 'us-east-1',
    };
    const main = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO, 'test/action/sandbox/fixtures/crash-main.ts'), FARGATE_ALB],
      { cwd: REPO, env, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    main.stdout.on('data', (b: Buffer) => (output += b.toString()));
    main.stderr.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      main.once('exit', (_code, sig) => resolve(sig)),
    );

    const deadline = Date.now() + SAVE_TIMEOUT_MS;
    while (!fs.readFileSync(stateFile, 'utf8').includes('sandboxStacks')) {
      if (Date.now() > deadline || main.exitCode !== null)
        throw new Error(`the main step never saved a stack id:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    main.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(output).not.toContain('main finished');

    const state = readStateFile(fs.readFileSync(stateFile, 'utf8'));
    const refs = JSON.parse(state['sandboxStacks'] ?? '[]') as { stackId: string; stackName: string }[];
    expect(refs).toHaveLength(1);
    const stackId = refs[0]!.stackId;
    expect(refs[0]!.stackName).toBe('labgrade-container-labs-pr12-555-1-03-ecs-service-alb-feedfac');

    const cfn = motoClients(moto.server(), MOTO_DEFAULT_ACCOUNT).cloudformation;
    const before = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
    expect(before.Stacks?.[0]?.StackStatus).toBe('CREATE_COMPLETE');

    const postEnv: NodeJS.ProcessEnv = { ...env, GITHUB_STATE: '' };
    for (const [k, v] of Object.entries(state)) postEnv[`STATE_${k}`] = v;
    const post = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'action/post.ts')], {
      cwd: REPO,
      env: postEnv,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(post.status, post.stdout + post.stderr).toBe(0);
    expect(post.stdout).toContain(`Stack '${refs[0]!.stackName}' was deleted.`);
    expect(post.stdout).not.toContain('::error::');

    const after = await cfn.send(new DescribeStacksCommand({ StackName: stackId }));
    expect(after.Stacks?.[0]?.StackStatus).toBe('DELETE_COMPLETE');
  }, 60_000);
});
