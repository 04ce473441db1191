// cfn-lint, run once per grading run for every template of every lab (start-up costs ~1.2 s; rules.md §1.4).
// Learner templates are copied, as the text the workspace reader read, into a private temporary folder,
// and cfn-lint runs there with an explicit config file: nothing in the learner's tree is ever read by it,
// so a `.cfnlintrc` with `append_rules` (which loads Python) cannot run (platform.md §9).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execa } from 'execa';
import type { Finding, Severity } from './types.js';

export const CFN_LINT_TIMEOUT_MS = 120_000;
const MISSING_EXIT = 97;
const VERSION_MARK = 'LABGRADE-CFNLINT-VERSION ';

/**
 * One Python process that reports cfn-lint's version and then runs its CLI, so the version in the report
 * costs no second start-up. Exit 97 means "cfn-lint is not importable from this Python".
 */
const LAUNCHER = [
  'import sys',
  'try:',
  '    from importlib.metadata import version',
  '    import cfnlint.runner',
  '    v = version("cfn-lint")',
  'except Exception:',
  `    sys.exit(${MISSING_EXIT})`,
  `sys.stderr.write("${VERSION_MARK}" + v + "\\n")`,
  'sys.stderr.flush()',
  'sys.argv = ["cfn-lint"] + sys.argv[1:]',
  'sys.exit(cfnlint.runner.main())',
].join('\n');

export interface CfnLintTemplate {
  /** Submission-relative path, used in findings. */
  path: string;
  text: string;
}

export interface CfnLintRequest {
  templates: readonly CfnLintTemplate[];
  /** Rule ids the rubrics grade: passed with `-m`, so template Metadata cannot silence them. */
  mandatory: readonly string[];
  regions: readonly string[];
  timeoutMs?: number;
}

export type CfnLintResult =
  /** `byTemplate[i]` holds the findings on `templates[i]`, whose `path` they carry. */
  | { status: 'ok'; version: string | null; byTemplate: Finding[][] }
  | { status: 'unavailable'; version: null; reason: string };

export interface CfnLintRunnerOptions {
  /** Python interpreter that has cfn-lint installed (default `python3`). */
  python?: string;
  /** Fallback executable when the interpreter cannot import cfn-lint (e.g. a pipx install). */
  executable?: string;
}

/** Checks that are noise for learners: unused parameters and obsolete DependsOn. */
const IGNORED = ['W2001', 'W3005'];

export const INSTALL_HINT =
  "Install cfn-lint to grade these items locally: 'pip install cfn-lint' (or run 'npm run tools'). CI always has it.";

export async function runCfnLint(
  req: CfnLintRequest,
  opts: CfnLintRunnerOptions = {},
): Promise<CfnLintResult> {
  if (req.templates.length === 0) return { status: 'ok', version: null, byTemplate: [] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'labgrade-cfn-'));
  try {
    const byTemp = new Map<string, string>();
    req.templates.forEach((t, i) => {
      const rel = path.posix.join(`t${i}`, path.posix.basename(t.path));
      fs.mkdirSync(path.join(dir, `t${i}`));
      fs.writeFileSync(path.join(dir, rel), t.text);
      byTemp.set(rel, t.path);
    });
    const config = path.join(dir, 'labgrade-cfnlintrc.yaml');
    fs.writeFileSync(config, `regions:\n${req.regions.map((r) => `  - ${r}\n`).join('')}`);
    const args = [
      '--config-file',
      config,
      '-f',
      'json',
      '--non-zero-exit-code',
      'none',
      '-r',
      ...req.regions,
      '-i',
      ...IGNORED,
      ...(req.mandatory.length ? ['-m', ...req.mandatory] : []),
      '--',
      ...byTemp.keys(),
    ];
    const timeout = req.timeoutMs ?? CFN_LINT_TIMEOUT_MS;
    const env = { ...process.env, PYTHONDONTWRITEBYTECODE: '1' };
    let run = await exec(
      opts.python ?? process.env['LABGRADE_PYTHON'] ?? 'python3',
      ['-c', LAUNCHER, ...args],
      dir,
      timeout,
      env,
    );
    let version: string | null = null;
    if (run.kind === 'done' && run.exitCode === MISSING_EXIT) run = { kind: 'missing' };
    if (run.kind === 'missing') {
      // The interpreter lacks cfn-lint; a standalone executable (pipx, brew) may still exist.
      run = await exec(opts.executable ?? 'cfn-lint', args, dir, timeout, env);
      if (run.kind === 'done') version = await executableVersion(opts.executable ?? 'cfn-lint', dir, env);
    }
    if (run.kind === 'missing')
      return { status: 'unavailable', version: null, reason: `cfn-lint is not installed. ${INSTALL_HINT}` };
    if (run.kind === 'timeout') {
      return {
        status: 'unavailable',
        version: null,
        reason: `cfn-lint did not finish within ${Math.round(timeout / 1000)} s, so its items were skipped. This is not your fault.`,
      };
    }
    const mark = run.stderr.split('\n').find((l) => l.startsWith(VERSION_MARK));
    if (mark) version = mark.slice(VERSION_MARK.length).trim();
    let parsed: unknown;
    try {
      parsed = JSON.parse(run.stdout || '[]');
    } catch {
      return {
        status: 'unavailable',
        version: null,
        reason: `cfn-lint gave no readable output (exit ${run.exitCode}): ${run.stderr.trim().split('\n').slice(-1)[0] ?? ''}. This is not your fault.`,
      };
    }
    // Several submissions may hold the same submission-relative path, so findings are kept per template.
    const byTemplate = [...byTemp].map(([rel, file]) => toFindings(parsed, new Map([[rel, file]])));
    return { status: 'ok', version, byTemplate };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type ExecOutcome =
  | { kind: 'done'; exitCode: number; stdout: string; stderr: string }
  | { kind: 'missing' }
  | { kind: 'timeout' };

async function exec(
  cmd: string,
  args: string[],
  cwd: string,
  timeout: number,
  env: NodeJS.ProcessEnv,
): Promise<ExecOutcome> {
  const r = await execa(cmd, args, {
    cwd,
    timeout,
    reject: false,
    env,
    extendEnv: false,
    stdin: 'ignore',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.timedOut) return { kind: 'timeout' };
  if ((r as { code?: string }).code === 'ENOENT' || r.exitCode === undefined) return { kind: 'missing' };
  return { kind: 'done', exitCode: r.exitCode, stdout: String(r.stdout), stderr: String(r.stderr) };
}

async function executableVersion(cmd: string, cwd: string, env: NodeJS.ProcessEnv): Promise<string | null> {
  const r = await exec(cmd, ['--version'], cwd, 30_000, env);
  if (r.kind !== 'done') return null;
  return /(\d+\.\d+\.\d+)/.exec(r.stdout + r.stderr)?.[1] ?? null;
}

const LEVELS: Record<string, Severity> = { Error: 'error', Warning: 'warning', Informational: 'info' };

/** cfn-lint's JSON (rules.md §1.2) → findings on the learner's paths. */
export function toFindings(raw: unknown, byTemp: ReadonlyMap<string, string>): Finding[] {
  if (!Array.isArray(raw)) return [];
  const out: Finding[] = [];
  for (const m of raw as Record<string, unknown>[]) {
    const rule = m['Rule'] as Record<string, unknown> | undefined;
    const loc = m['Location'] as { Start?: { LineNumber?: number; ColumnNumber?: number } } | undefined;
    const filename = typeof m['Filename'] === 'string' ? m['Filename'].split(path.sep).join('/') : null;
    const file = filename ? byTemp.get(filename) : undefined;
    if (!file || !rule || typeof rule['Id'] !== 'string') continue;
    out.push({
      file,
      line: loc?.Start?.LineNumber ?? 1,
      column: loc?.Start?.ColumnNumber ?? 1,
      severity: LEVELS[String(m['Level'])] ?? 'error',
      ruleId: rule['Id'],
      message: String(m['Message'] ?? rule['ShortDescription'] ?? ''),
    });
  }
  return out;
}
