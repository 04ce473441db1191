// Attack 7 (issue 9): one push could spend the repository's API budget. Fetching a blob per file made 1,999
// one-byte files cost 2,004 calls of the 1,000 an hour the GITHUB_TOKEN has for the whole repository; a blob over
// 1 MiB was recreated as a sparse file of its declared size, which the artifact upload then read in full.
// Now the PR head is one tarball, extracted in-process with caps, and an oversized file is a small placeholder.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CommitEntry, FakeGitHub } from '../helpers/github-server.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import { HEAD, PROCESS_TIMEOUT, PR, artifact, filesOf, readReport, report, startGitHub } from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT, hookTimeout: PROCESS_TIMEOUT });

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

/** A generous ceiling: get the PR, list its files (capped pages), one tarball, find and post the comment. */
const MAX_CALLS = 12;

describe.skipIf(!HAS_SOLUTIONS)(
  'attack 7: the API budget and oversized files',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('a PR with 1,999 one-byte files costs a small, bounded number of API calls', async () => {
      const files: Record<string, CommitEntry> = filesOf(path.join(REPO, 'test/fixtures/naive'));
      // Spread over the real lab folders, where the fetch keeps (and writes) every one of them.
      const labFolders = Object.keys(files)
        .map((p) => p.split('/').slice(0, 2).join('/'))
        .filter((v, i, a) => a.indexOf(v) === i);
      for (let i = 0; i < 1999; i++)
        files[`${labFolders[i % labFolders.length]}/junk/f${String(i).padStart(4, '0')}.txt`] = 'x';
      gh.addCommit(HEAD, files);
      gh.pullFiles.set(PR, Object.keys(files));

      const r = await report(gh, artifact());
      expect(r.code, r.stdout + r.stderr).toBe(0);
      expect(gh.commentsOn(PR)).toHaveLength(1);
      const calls = gh
        .apiCalls()
        .map((q) => `${q.method} ${q.path}${q.query.get('page') ? `?page=${q.query.get('page')}` : ''}`);
      expect(calls.length, calls.join('\n')).toBeLessThanOrEqual(MAX_CALLS);
      expect(calls.filter((c) => c.includes('/tarball/'))).toHaveLength(1);
      expect(calls.filter((c) => c.includes('/git/'))).toEqual([]);
      // The files were really extracted (one archive, not one call each).
      const trustedRoot = r.outputs['trusted-root']!;
      expect(fs.readdirSync(path.join(trustedRoot, labFolders[0]!, 'junk')).length).toBe(
        Math.ceil(1999 / labFolders.length),
      );
      // With more files than the capped list shows, every lab is graded (the list cannot say which were untouched).
      expect(readReport(r).labs).toHaveLength(labFolders.length);
    });

    it('an oversized blob becomes a small placeholder and a finding, never a sparse file', async () => {
      const files: Record<string, CommitEntry> = filesOf(path.join(REPO, 'test/fixtures/naive'));
      const big = Buffer.alloc(3 * 1024 * 1024, 'a');
      files['labs/02-ecs-task-definition/task-definition.json'] = big;
      gh.addCommit(HEAD, files);
      gh.pullFiles.set(PR, ['labs/02-ecs-task-definition/task-definition.json']);

      const r = await report(gh, artifact(), { labs: 'changed' });
      expect(r.code, r.stdout + r.stderr).toBe(0);
      const file = path.join(r.outputs['trusted-root']!, 'labs/02-ecs-task-definition/task-definition.json');
      const st = fs.statSync(file);
      expect(st.size).toBeLessThan(1024);
      // Not sparse: the bytes on disk cover the whole size (a sparse 3 MiB file would have size ≫ blocks × 512).
      expect(st.blocks * 512).toBeGreaterThanOrEqual(st.size);
      expect(fs.readFileSync(file, 'utf8')).toMatch(/^labgrade: this file is 3\.0 MiB/);

      const lab = readReport(r).labs.find((l) => l.id === '02-ecs-task-definition')!;
      const notice = lab.notices.find((n) => n.file === 'labs/02-ecs-task-definition/task-definition.json');
      expect(notice?.ruleId).toBe('workspace/too-large');
      expect(notice?.message).toMatch(/3\.0 MiB, over the grader's limit of 1\.0 MiB/);
      // The placeholder is never graded as if it were the learner's file.
      expect(lab.items.every((i) => i.status === 'not-gradable')).toBe(true);
      expect(gh.commentsOn(PR)[0]!.body).toContain("over the grader's limit");
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
