import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXIT, main, type CliIO } from '../../../action/cli/main.js';
import type { Report, Rule } from '../../../graders/engine/types.js';
import { TEST_RULES, otherLab, testLab, testLabFiles } from '../../helpers/test-labs.js';
import { makeTree, tmpDir } from '../../helpers/tmp.js';
import { PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

const registry = { labs: [testLab, otherLab], rules: TEST_RULES };

function io(env: NodeJS.ProcessEnv = {}, isTTY = false): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: { write: (s: string) => (out += s), isTTY },
    stderr: { write: (s: string) => (err += s) },
    env,
    out: () => out,
    err: () => err,
  };
}

describe('labgrade grade', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('writes only the JSON report to stdout with --format json, and exits 0 whatever the score', async () => {
    const root = makeTree(testLabFiles({ 'labs/91-other-lab/Dockerfile': '# nothing\n' }));
    const t = io();
    const code = await main(['grade', '--root', root, '--format', 'json', '--no-lint'], t, registry);
    expect(code).toBe(EXIT.ok);
    const report = JSON.parse(t.out()) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.labs.find((l) => l.id === '91-other-lab')!.score).toBe(0);
  });

  it('grades only the labs asked for', async () => {
    const t = io();
    await main(
      ['grade', '--root', makeTree(testLabFiles()), '--lab', '91-other-lab', '--format', 'json', '--no-lint'],
      t,
      registry,
    );
    expect((JSON.parse(t.out()) as Report).labs.map((l) => l.id)).toEqual(['91-other-lab']);
  });

  it('writes the report to --out and keeps stdout empty', async () => {
    const out = path.join(tmpDir(), 'nested', 'report.md');
    const t = io();
    expect(
      await main(
        ['grade', '--root', makeTree(testLabFiles()), '--format', 'markdown', '--out', out, '--no-lint'],
        t,
        registry,
      ),
    ).toBe(0);
    expect(t.out()).toBe('');
    expect(t.err()).toMatch(/^labgrade: \d+(\.\d)?\/60; report written to .*report\.md\n$/);
    expect(fs.readFileSync(out, 'utf8')).toMatch(/^### Lab grade: \*\*/);
  });

  it.each([
    [['grade', '--lab', 'nope'], /unknown lab 'nope'; known labs: 90-test-lab, 91-other-lab/],
    [['grade', '--format', 'xml'], /--format must be/],
    [['grade', '--bogus'], /Unknown option/],
    [['grade', '--root', '/nonexistent/dir'], /is not a directory/],
    [['frobnicate'], /unknown command 'frobnicate'/],
    [[], /a command is required/],
    [['explain'], /takes one rule id/],
  ])('exits 2 with usage for %j', async (argv, msg) => {
    const t = io();
    expect(await main(argv, t, registry)).toBe(EXIT.usage);
    expect(t.err()).toMatch(msg);
    expect(t.err()).toContain('Usage: labgrade');
    expect(t.out()).toBe('');
  });

  it('exits 3 on an internal error', async () => {
    const broken = {
      labs: [testLab],
      rules: new Proxy([] as Rule[], {
        get: () => {
          throw new Error('registry exploded');
        },
      }),
    };
    const t = io();
    expect(await main(['grade', '--root', makeTree(testLabFiles()), '--no-lint'], t, broken)).toBe(
      EXIT.internal,
    );
    expect(t.err()).toMatch(/internal error: registry exploded/);
  });

  it('prints stylish pretty output without colour when stdout is not a TTY or NO_COLOR is set', async () => {
    const root = makeTree(testLabFiles({ 'labs/91-other-lab/Dockerfile': '# no from\n' }));
    for (const [env, tty] of [
      [{}, false],
      [{ NO_COLOR: '1', FORCE_COLOR: '1' }, true],
    ] as const) {
      const t = io({ ...env }, tty);
      await main(['grade', '--root', root, '--no-lint'], t, registry);
      expect(t.out()).not.toContain('\u001b[');
      expect(t.out()).toMatch(/^labgrade {2}\d/);
      expect(t.out()).toContain('labs/91-other-lab/Dockerfile:1:1  error    No FROM instruction  TST001');
      expect(t.out().trimEnd().split('\n').pop()).toMatch(
        /^✖ .* · \d+ findings? \(\d+ errors?, \d+ warnings?, \d+ info\) · \d\/2 labs complete$/,
      );
    }
    const c = io({}, true);
    await main(['grade', '--root', root, '--no-lint'], c, registry);
    expect(c.out()).toContain('\u001b[');
  });
});

describe('labgrade list and explain', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('lists labs with their points', async () => {
    const t = io();
    expect(await main(['list'], t, registry)).toBe(0);
    expect(t.out()).toMatch(/90-test-lab\s+30 pts\s+5 items/);
    expect(t.out()).toMatch(/2 labs, 60 points/);
  });

  it('explains a rule and a rubric item', async () => {
    const t = io();
    expect(await main(['explain', 'tst003'], t, registry)).toBe(0);
    expect(t.out()).toMatch(/TST003 containers-ok/);
    expect(t.out()).toMatch(/Used by: 90-test-lab\/containers/);
    const u = io();
    expect(await main(['explain', '90-test-lab/fargate-size'], u, registry)).toBe(0);
    expect(u.out()).toMatch(/cfn-lint E3047/);
  });
});

describe('labgrade sandbox', { timeout: PROCESS_TEST_TIMEOUT_MS }, () => {
  it('lists the plan subcommand and its options in the usage text', async () => {
    const t = io();
    expect(await main(['--help'], t, registry)).toBe(EXIT.ok);
    expect(t.out()).toContain('sandbox plan');
    expect(t.out()).toMatch(/sandbox plan options:\n\s+--root DIR[\s\S]*--parameters JSON/);
  });

  it('plans with the registry it is given, and exits 2 on an unknown subcommand', async () => {
    const t = io();
    const code = await main(
      ['sandbox', 'plan', '--root', makeTree(testLabFiles()), '--format', 'json'],
      t,
      registry,
    );
    expect(code).toBe(EXIT.ok);
    const plan = JSON.parse(t.out()) as { labs: { id: string }[] };
    expect(plan.labs.map((l) => l.id)).toEqual(registry.labs.map((l) => l.id));
    const u = io();
    expect(await main(['sandbox', 'deploy'], u, registry)).toBe(EXIT.usage);
    expect(u.err()).toContain("'sandbox' takes the subcommand 'plan' or 'sweep'");
  });
});
