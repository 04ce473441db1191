// Attack 6 (issue 9): deploy.yml trusted any workflow named "Report grade". workflow_run matches workflows by
// name, so a fork PR could add its own "Report grade" (run on pull_request, in this repository) that uploads its own
// `trusted-labs`, and the deploy job would take it. Now deploy.yml accepts only a workflow_run of
// .github/workflows/report.yml, itself started by a workflow_run, in this repository, and only that run's artifact.
//
// The jobs' `if:` conditions are evaluated here against the workflow_run payloads of the genuine run and of each
// forgery, with a small evaluator of the expression syntax they use (GitHub compares strings case-insensitively).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/tmp.js';

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  'timeout-minutes'?: unknown;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, Job>;
}

const load = (name: string) =>
  parse(fs.readFileSync(path.join(REPO, '.github/workflows', name), 'utf8')) as Workflow;

type Value = string | number | boolean | null | { [k: string]: Value };

/** Evaluates `a.b == 'x' && (c != 'y' || !d)`: the subset of GitHub's expression language these conditions use. */
function evaluate(expr: string, ctx: Record<string, Value>): boolean {
  const tokens = expr
    .match(/\s*('(?:[^']|'')*'|==|!=|&&|\|\||[()!]|[A-Za-z_][\w.-]*|\d+)/g)
    ?.map((t) => t.trim());
  if (!tokens || tokens.join('').replace(/\s/g, '') !== expr.replace(/\s/g, ''))
    throw new Error(`cannot parse: ${expr}`);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++]!;
  const truthy = (v: Value) => v !== null && v !== false && v !== '' && v !== 0;
  const eq = (a: Value, b: Value) =>
    typeof a === 'string' && typeof b === 'string' ? a.toLowerCase() === b.toLowerCase() : a === b;
  const primary = (): Value => {
    const t = next();
    if (t === '(') {
      const v = or();
      if (next() !== ')') throw new Error('expected )');
      return v;
    }
    if (t === '!') return !truthy(primary());
    if (t.startsWith("'")) return t.slice(1, -1).replace(/''/g, "'");
    if (/^\d+$/.test(t)) return Number(t);
    if (t === 'true' || t === 'false') return t === 'true';
    let v: Value = ctx;
    for (const k of t.split('.')) v = v !== null && typeof v === 'object' ? (v[k] ?? null) : null;
    return v;
  };
  const comparison = (): Value => {
    let v = primary();
    while (peek() === '==' || peek() === '!=') {
      const op = next();
      const r = primary();
      v = op === '==' ? eq(v, r) : !eq(v, r);
    }
    return v;
  };
  const and = (): Value => {
    let v = comparison();
    while (peek() === '&&') {
      next();
      const r = comparison();
      v = truthy(v) ? r : v;
    }
    return v;
  };
  const or = (): Value => {
    let v = and();
    while (peek() === '||') {
      next();
      const r = and();
      v = truthy(v) ? v : r;
    }
    return v;
  };
  const v = or();
  if (i !== tokens.length) throw new Error(`unexpected ${peek()}`);
  return truthy(v);
}

const HERE = 'course/aws-container-labs';
const run = (workflowRun: Record<string, Value>, eventName = 'workflow_run', prNumber = '7') => ({
  github: {
    event_name: eventName,
    repository: HERE,
    event: {
      workflow_run: {
        name: 'Report grade',
        path: '.github/workflows/report.yml',
        event: 'workflow_run',
        conclusion: 'success',
        repository: { full_name: HERE },
        head_repository: { full_name: HERE },
        ...workflowRun,
      },
    },
  },
  needs: { resolve: { outputs: { 'pr-number': prNumber } } },
});

const CASES: [string, ReturnType<typeof run>, boolean][] = [
  ["this repository's report.yml, after a successful regrade", run({}), true],
  ['an instructor starting it by hand (workflow_dispatch)', run({}, 'workflow_dispatch'), true],
  [
    'a fork PR\'s own workflow named "Report grade" (another file, run on pull_request)',
    run({
      path: '.github/workflows/evil.yml',
      event: 'pull_request',
      head_repository: { full_name: 'learner/x' },
    }),
    false,
  ],
  [
    "a fork PR's edited copy of report.yml (same path, but run on pull_request)",
    run({ event: 'pull_request', head_repository: { full_name: 'learner/x' } }),
    false,
  ],
  [
    'a workflow named "Report grade" in a file of another name',
    run({ path: '.github/workflows/report2.yml' }),
    false,
  ],
  ['a run in another repository', run({ repository: { full_name: 'learner/aws-container-labs' } }), false],
  ['a regrade that failed', run({ conclusion: 'failure' }), false],
  ['a run with no path at all', run({ path: null }), false],
];

describe('attack 6: deploy.yml accepts only report.yml of this repository', () => {
  const wf = load('deploy.yml');

  it('listens to "Report grade" completions and manual dispatch, nothing else', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['workflow_dispatch', 'workflow_run']);
    expect(wf.on['workflow_run']).toEqual({ workflows: ['Report grade'], types: ['completed'] });
    // The name it listens to is report.yml's own.
    expect((load('report.yml') as unknown as { name: string }).name).toBe('Report grade');
  });

  it.each(CASES)('resolve job: %s → %s', (_name, ctx, allowed) => {
    expect(evaluate(wf.jobs['resolve']!.if!, ctx)).toBe(allowed);
  });

  it.each(CASES)('deploy job (holds the AWS credentials): %s → %s', (_name, ctx, allowed) => {
    expect(evaluate(wf.jobs['deploy']!.if!, ctx)).toBe(allowed);
    expect(
      evaluate(wf.jobs['deploy']!.if!, { ...ctx, needs: { resolve: { outputs: { 'pr-number': '' } } } }),
    ).toBe(false);
  });

  it('every job that depends on the trigger is gated (no job runs on an unchecked workflow_run)', () => {
    for (const [name, job] of Object.entries(wf.jobs)) {
      expect(job.if, name).toBeDefined();
      expect(
        evaluate(job.if!, run({ path: '.github/workflows/evil.yml', event: 'pull_request' })),
        name,
      ).toBe(false);
    }
  });

  it("downloads only the triggering run's own artifact, from this repository", () => {
    const downloads = Object.values(wf.jobs).flatMap((j) =>
      (j.steps ?? []).filter((s) => s.uses?.startsWith('actions/download-artifact@')),
    );
    expect(downloads.length).toBeGreaterThan(0);
    for (const s of downloads) {
      expect(s.with?.['name']).toBe('trusted-labs');
      expect(s.with?.['run-id']).toBe('${{ github.event.workflow_run.id }}');
      expect(s.with?.['repository'], 'never another repository').toBeUndefined();
      expect(s.with?.['pattern'], 'one artifact by name, not a pattern').toBeUndefined();
    }
  });

  it.each(['report.yml', 'deploy.yml'])('%s sets timeout-minutes on every job', (file) => {
    for (const [name, job] of Object.entries(load(file).jobs)) {
      expect(typeof job['timeout-minutes'], `${file}: ${name}`).toBe('number');
      expect(job['timeout-minutes'] as number, `${file}: ${name}`).toBeLessThanOrEqual(90);
    }
  });

  it('the evaluator itself tells a true condition from a false one', () => {
    expect(evaluate("a.b == 'X' && !(c != 'y')", { a: { b: 'x' }, c: 'y' })).toBe(true);
    expect(evaluate("a.b == 'x' || c.d", { a: { b: 'z' }, c: {} })).toBe(false);
  });
});
