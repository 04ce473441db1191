// Attack 2 (issue 9): the runner's secrets leak through symlinks. The trusted job recreated the PR's symlinks in
// the folder report.yml uploads as `trusted-labs`, and upload-artifact follows links: a link to /proc/self/environ
// put ACTIONS_RUNTIME_TOKEN into a downloadable artifact, a link to a folder put that folder in too.
// Now the fetch writes regular files and folders only; every link or special entry is a finding on its path.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import {
  HEAD,
  PROCESS_TIMEOUT,
  PR,
  artifact,
  filesOf,
  readReport,
  report,
  startGitHub,
  walk,
} from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

// Values only the runner's environment holds; none may appear in anything the job wrote.
const SECRETS = {
  ACTIONS_RUNTIME_TOKEN: 'eyJ0eXAi.SECRET-RUNTIME-TOKEN-4e1f9a',
  ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'SECRET-OIDC-REQUEST-7c2b',
  GITHUB_TOKEN: 'ghs_SECRETgithubTOKEN0123456789abcdef',
};
const TOKEN_INPUT = 'ghs_SECRETinputTOKEN9876543210fedcba';

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

describe.skipIf(!HAS_SOLUTIONS)(
  'attack 2: secrets through symlinks',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('writes no link, and no token or environment content, for links to /proc/self/environ and to folders', async () => {
      const naive = filesOf(path.join(REPO, 'test/fixtures/naive'));
      gh.addCommit(HEAD, {
        ...naive,
        // A lab file that is a link to the process environment, absolute and relative.
        'labs/01-production-dockerfile/Dockerfile': { symlink: '/proc/self/environ' },
        'labs/02-ecs-task-definition/task-definition.json': {
          symlink: '../../../../../../../../../../proc/self/environ',
        },
        // Links to folders: the runner's own, and one up the tree.
        'labs/03-ecs-service-alb/template.yaml': { symlink: '/proc/self' },
        'labs/04-fargate-cost-capacity/env': { symlink: '/proc/self/' },
        'labs/05-ecr-registry/home': { symlink: '../../..' },
        // A hard link, a FIFO and a device: special entries, never created.
        'labs/06-vpc-networking/template.yaml': { hardlink: 'labs/05-ecr-registry/template.yaml' },
        'labs/07-service-connect/template.yaml': { special: 'fifo' },
        'labs/07-service-connect/tty': { special: 'character-device' },
      });
      gh.pullFiles.set(PR, ['labs/01-production-dockerfile/Dockerfile']);

      const r = await report(gh, artifact(), { 'github-token': TOKEN_INPUT }, SECRETS);
      expect(r.code, r.stdout + r.stderr).toBe(0);

      // 1. Nothing the job wrote is a link or a special file: the trusted tree, the report folder, the runner's folder.
      const trustedRoot = r.outputs['trusted-root']!;
      const reportDir = path.dirname(r.outputs['report']!);
      for (const root of [trustedRoot, reportDir, r.dir]) {
        const odd = walk(root).filter((e) => e.kind !== 'file' && e.kind !== 'dir');
        expect(odd, root).toEqual([]);
      }
      // The refused paths were not created at all.
      for (const p of [
        'labs/01-production-dockerfile/Dockerfile',
        'labs/02-ecs-task-definition/task-definition.json',
        'labs/03-ecs-service-alb/template.yaml',
        'labs/04-fargate-cost-capacity/env',
        'labs/05-ecr-registry/home',
        'labs/06-vpc-networking/template.yaml',
        'labs/07-service-connect/template.yaml',
      ])
        expect(fs.existsSync(path.join(trustedRoot, p)), p).toBe(false);
      // Regular files arrived intact.
      expect(fs.readFileSync(path.join(trustedRoot, 'labs/05-ecr-registry/template.yaml'))).toEqual(
        naive['labs/05-ecr-registry/template.yaml'],
      );

      // 2. No secret and no environment content in any file the job wrote, nor in the comment.
      const written = [trustedRoot, reportDir, r.dir].flatMap((root) =>
        walk(root).filter((e) => e.kind === 'file'),
      );
      expect(written.length).toBeGreaterThan(10);
      for (const f of written) {
        const text = fs.readFileSync(f.path, 'latin1');
        for (const secret of [...Object.values(SECRETS), TOKEN_INPUT])
          expect(text, f.path).not.toContain(secret);
        // environ is NUL-separated KEY=value pairs; a copy of it would show its variable names.
        expect(text, f.path).not.toMatch(/GITHUB_STEP_SUMMARY=|INPUT_MODE=/);
      }
      const body = gh.commentsOn(PR)[0]!.body;
      for (const secret of [...Object.values(SECRETS), TOKEN_INPUT]) expect(body).not.toContain(secret);

      // 3. Each refused entry is a finding on its path, which the learner sees on the lab.
      const trusted = readReport(r);
      const notices = new Map(trusted.labs.flatMap((l) => l.notices.map((n) => [n.file, n.ruleId] as const)));
      expect(notices.get('labs/01-production-dockerfile/Dockerfile')).toBe('fetch/not-followed');
      expect(notices.get('labs/02-ecs-task-definition/task-definition.json')).toBe('fetch/not-followed');
      expect(notices.get('labs/03-ecs-service-alb/template.yaml')).toBe('fetch/not-followed');
      expect(notices.get('labs/04-fargate-cost-capacity/env')).toBe('fetch/not-followed');
      expect(notices.get('labs/05-ecr-registry/home')).toBe('fetch/not-followed');
      expect(notices.get('labs/06-vpc-networking/template.yaml')).toBe('fetch/not-followed');
      expect(notices.get('labs/07-service-connect/template.yaml')).toBe('fetch/special-entry');
      expect(notices.get('labs/07-service-connect/tty')).toBe('fetch/special-entry');
      // The items that grade a refused lab file are not gradable, and say why.
      const dockerfileItems = trusted.labs[0]!.items.filter((i) => i.status === 'not-gradable');
      expect(dockerfileItems.length).toBeGreaterThan(0);
      expect(body).toContain('Links are not followed here');
      expect(body).toContain('labs/01-production-dockerfile/Dockerfile');
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
