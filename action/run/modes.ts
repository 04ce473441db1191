// The three modes. `grade` grades the checked-out workspace and comments (same-repo PRs and pushes);
// `evaluate` is the untrusted half of the fork-safe pair (no token needed; writes the artifact);
// `report` is the trusted half (workflow_run): it validates the artifact, regrades the PR's lab files
// as data with this default-branch grader, and comments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { MAX_ARTIFACT_REPORT_BYTES, Output, ReportFile, STATUS_CONTEXT } from '../constants.js';
import { gradeLoaded } from '../../graders/engine/grade.js';
import { loadSubmission, type LoadedSubmission } from '../../graders/engine/load.js';
import { selectLabs, UnknownLabError, type LabRequest, type Registry } from '../../graders/engine/select.js';
import type { Log } from '../../graders/engine/log.js';
import type { DeployReport, Lab, LabReport, Report } from '../../graders/engine/types.js';
import { GitHubApi, statusOf } from '../github/api.js';
import { fetchLabFiles } from '../github/fetch-labs.js';
import { changedLabIds, protectedFilesTouched } from '../github/pr.js';
import { upsertComment } from '../github/sticky-comment.js';
import type { ActionSettings } from '../inputs.js';
import { renderComment } from '../report/comment.js';
import { codeSpan, escapeCell } from '../report/markdown.js';
import { formatPoints } from '../report/format.js';
import { validateReport } from '../report/validate.js';
import { errorMessage } from '../util/errors.js';
import { pullRequestNumber, type RunContext, runUrl } from './context.js';
import { publish } from './publish.js';

export interface ModeResult {
  report: Report | null;
}

const log: Log = {
  info: (m: string) => core.info(m),
  debug: (m: string) => core.debug(m),
  warn: (m: string) => core.warning(m),
};

/** The labs input (`all`, `changed` or ids) as the engine's lab request. */
function labsFor(registry: Registry, settings: ActionSettings, changed: readonly string[] | null): Lab[] {
  const request: LabRequest =
    settings.labs === 'all'
      ? { kind: 'all' }
      : settings.labs === 'changed'
        ? { kind: 'changed', labIds: changed }
        : { kind: 'ids', labIds: settings.labs };
  try {
    return selectLabs(registry, request);
  } catch (e) {
    if (e instanceof UnknownLabError) throw new Error(`Input 'labs' names ${e.message}.`);
    throw e;
  }
}

function tamperBanner(files: readonly string[]): string | null {
  if (!files.length) return null;
  const shown = files.slice(0, 15).map(codeSpan).join(', ');
  const more = files.length > 15 ? ` and ${files.length - 15} more` : '';
  return [
    '> [!WARNING]',
    `> **This pull request changes the grader's own files:** ${shown}${more}.`,
    "> Labs are graded with the default branch's grader, so these changes cannot change the grade. If you did not mean to change them, revert them; if you think the grader is wrong, tell your instructor.",
  ].join('\n');
}

async function tryApi<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (e) {
    core.warning(`Could not ${what}: ${errorMessage(e)}. Continuing without it.`);
    return null;
  }
}

/** Posts or updates the comment; a read-only token (fork PR) falls back to the job summary with a notice. */
async function comment(
  api: GitHubApi,
  prNumber: number,
  report: Report,
  ctx: RunContext,
  settings: ActionSettings,
  md: Parameters<typeof renderComment>[1],
): Promise<void> {
  if (settings.comment === 'off') return;
  let body = renderComment(report, { ...md, summaryUrl: runUrl(ctx) });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await upsertComment(api, prNumber, body, settings.commentAuthor);
      core.info(`PR comment ${r.action}: ${r.comment.html_url ?? r.comment.id}`);
      return;
    } catch (e) {
      const status = statusOf(e);
      if (status === 422 && attempt === 0 && /too long/i.test(errorMessage(e))) {
        body = renderComment(report, { ...md, summaryUrl: runUrl(ctx), maxChars: 30_000 });
        continue;
      }
      if (status === 403 || status === 404) {
        core.notice(
          "The grade could not be posted as a PR comment because this run's token cannot write to the pull request (PRs from forks get a read-only token). " +
            'The full grade is in this job summary. To comment on fork PRs, use the two-workflow setup described in the README (grade.yml + report.yml).',
          { title: 'Grade not posted as a comment' },
        );
        return;
      }
      core.warning(
        `Could not post the PR comment: ${errorMessage(e)}. The grade is in the job summary. This is not your fault.`,
      );
      return;
    }
  }
}

export async function gradeMode(
  registry: Registry,
  settings: ActionSettings,
  ctx: RunContext,
  evaluate: boolean,
): Promise<ModeResult> {
  const api = settings.token
    ? GitHubApi.create(settings.token, { owner: ctx.owner, repo: ctx.repo }, (m) => core.info(m))
    : null;
  const prFiles =
    ctx.pr && api
      ? await tryApi('list the files of the pull request', () => api.listPullFiles(ctx.pr!.number))
      : null;
  const changed = prFiles
    ? changedLabIds(
        prFiles,
        registry.labs.map((l) => l.id),
      )
    : null;
  const labs = labsFor(registry, settings, changed);
  const submission = await loadSubmission(path.resolve(settings.root), labs);
  const [report] = await core.group('Grading', () =>
    gradeLoaded([submission], { rules: registry.rules, lint: settings.lint, log }),
  );
  if (!report) throw new Error('the engine returned no report');
  if (settings.sandbox.enabled) report.deploy = await sandboxDeploy(settings, submission, ctx);
  const sha = ctx.pr?.headSha ?? ctx.sha;
  const banners = [tamperBanner(prFiles ? protectedFilesTouched(prFiles) : [])].filter(
    (b): b is string => b !== null,
  );
  const md = {
    links: { serverUrl: ctx.serverUrl, repo: `${ctx.owner}/${ctx.repo}`, sha },
    changedLabs: changed ?? [],
    course: registry.labs,
    banners,
  };
  const extra: Record<string, string> =
    evaluate && ctx.pr
      ? { [ReportFile.PrNumber]: `${ctx.pr.number}\n`, [ReportFile.HeadSha]: `${ctx.pr.headSha}\n` }
      : {};
  await publish(report, settings.reportDir, md, extra);
  if (!evaluate && ctx.pr && api) await comment(api, ctx.pr.number, report, ctx, settings, md);
  return { report };
}

/**
 * Deploys, verifies and tears down each graded lab's template in the sandbox account. The AWS SDK is
 * imported here and only here, so static grading never loads it.
 */
async function sandboxDeploy(
  settings: ActionSettings,
  submission: LoadedSubmission,
  ctx: RunContext,
): Promise<DeployReport> {
  const s = await import('../sandbox/index.js');
  const { signal, dispose } = s.abortOnSignals();
  try {
    return await core.group('Sandbox deploy', () =>
      s.runSandbox(s.sandboxLabs(submission), settings.sandbox, {
        identity: s.runIdentityFromEnv(process.env, pullRequestNumber(settings.sandbox.prNumber, ctx)),
        signal,
      }),
    );
  } finally {
    dispose();
  }
}

/** Reads and checks what the untrusted run left; returns why it cannot be used, if it cannot. */
function readArtifact(
  registry: Registry,
  dir: string,
  headSha: string,
): { prNumber: number; untrusted: Report | null; problems: string[] } | { rejected: string } {
  const read = (name: string, max: number): string | null => {
    const p = path.join(dir, name);
    try {
      const st = fs.lstatSync(p);
      if (!st.isFile()) return null;
      if (st.size > max) throw new Error(`${name} is ${st.size} bytes, over the ${max}-byte cap`);
      return fs.readFileSync(p, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
  const prRaw = (read(ReportFile.PrNumber, 64) ?? '').trim();
  if (!/^[0-9]{1,10}$/.test(prRaw))
    return { rejected: `the artifact's PR number ${JSON.stringify(prRaw.slice(0, 20))} is not a number` };
  const shaRaw = (read(ReportFile.HeadSha, 128) ?? '').trim();
  if (shaRaw !== headSha)
    return {
      rejected: `the artifact is for commit ${JSON.stringify(shaRaw.slice(0, 40))}, not the run's head commit ${headSha}`,
    };
  const problems: string[] = [];
  let untrusted: Report | null = null;
  try {
    const text = read(ReportFile.Report, MAX_ARTIFACT_REPORT_BYTES);
    if (text === null) problems.push('it has no report.json');
    else {
      const v = validateReport(JSON.parse(text), registry.labs);
      if (v.ok) untrusted = v.report;
      else problems.push(...v.errors);
    }
  } catch (e) {
    problems.push(errorMessage(e));
  }
  return { prNumber: Number(prRaw), untrusted, problems };
}

export async function reportMode(
  registry: Registry,
  settings: ActionSettings,
  ctx: RunContext,
): Promise<ModeResult> {
  const wr = ctx.payload['workflow_run'] as { head_sha?: unknown; event?: unknown; id?: unknown } | undefined;
  if (!wr || typeof wr.head_sha !== 'string')
    throw new Error(
      "mode 'report' runs on the workflow_run event of the grading workflow; this event has no workflow_run.",
    );
  if (wr.event !== 'pull_request') {
    core.info(
      `The grading run was triggered by '${String(wr.event)}', not a pull request; nothing to report.`,
    );
    return { report: null };
  }
  if (!settings.token)
    throw new Error("mode 'report' needs a token with pull-requests: write (input 'github-token').");
  const headSha = wr.head_sha;
  const art = readArtifact(registry, path.resolve(settings.reportDir), headSha);
  if ('rejected' in art) {
    core.warning(`The grading artifact was rejected: ${art.rejected}. Nothing was posted.`);
    return { report: null };
  }
  const api = GitHubApi.create(settings.token, { owner: ctx.owner, repo: ctx.repo }, (m) => core.info(m));
  const pr = await api.getPull(art.prNumber);
  const here = `${ctx.owner}/${ctx.repo}`;
  if (
    pr.head.sha !== headSha ||
    pr.state !== 'open' ||
    pr.base.repo.full_name.toLowerCase() !== here.toLowerCase()
  ) {
    core.warning(
      `The artifact names PR #${art.prNumber}, but that PR is ${pr.state} with head ${pr.head.sha.slice(0, 7)} in ${pr.base.repo.full_name}, ` +
        `not an open PR of ${here} at ${headSha.slice(0, 7)}. It is stale or forged; nothing was posted.`,
    );
    return { report: null };
  }
  const files = await api.listPullFiles(pr.number);
  const changed = changedLabIds(
    files,
    registry.labs.map((l) => l.id),
  );
  const labs = labsFor(registry, settings, changed);
  const dest = fs.mkdtempSync(path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'labgrade-trusted-'));
  const fetched = await core.group("Fetching the PR's lab files as data", () =>
    fetchLabFiles(
      api,
      headSha,
      dest,
      labs.map((l) => l.id),
    ),
  );
  core.info(
    `Fetched ${fetched.files} lab files at ${headSha.slice(0, 7)}${fetched.skipped.length ? `; skipped ${fetched.skipped.length}` : ''}.`,
  );
  const submission = await loadSubmission(dest, labs);
  const [trusted] = await core.group('Regrading with the default branch grader', () =>
    gradeLoaded([submission], { rules: registry.rules, lint: settings.lint, log }),
  );
  if (!trusted) throw new Error('the engine returned no report');
  const { report, cdkLabs } = keepUntrustedCdkLabs(trusted, art.untrusted, submission);
  const banners = [
    tamperBanner(protectedFilesTouched(files)),
    trustBanner(report, art.untrusted, art.problems, cdkLabs),
  ].filter((b): b is string => b !== null);
  const md = {
    links: { serverUrl: ctx.serverUrl, repo: here, sha: headSha },
    changedLabs: changed,
    course: registry.labs,
    banners,
  };
  await publish(report, path.join(os.tmpdir(), `labgrade-report-${process.pid}`), md);
  await comment(api, pr.number, report, ctx, settings, md);
  if (settings.commitStatus) await trustedStatus(api, headSha, report, settings, ctx);
  // The regraded files, for the optional sandbox deploy (deploy.yml downloads them as 'trusted-labs').
  fs.writeFileSync(path.join(dest, ReportFile.PrNumber), `${pr.number}\n`);
  fs.writeFileSync(path.join(dest, ReportFile.HeadSha), `${headSha}\n`);
  core.setOutput(Output.TrustedRoot, dest);
  return { report };
}

/**
 * A commit status on the PR head carrying the trusted grade. Unlike the PR's own check runs, a fork cannot
 * forge it, so branch protection can require it. Below 'min-score' it fails.
 */
async function trustedStatus(
  api: GitHubApi,
  sha: string,
  report: Report,
  settings: ActionSettings,
  ctx: RunContext,
): Promise<void> {
  const score = `${formatPoints(report.score)}/${report.maxScore}`;
  const below = settings.minScore !== null && report.score < settings.minScore;
  const description =
    settings.minScore === null
      ? `Trusted grade ${score}`
      : `Trusted grade ${score} (needs ${settings.minScore})`;
  try {
    await api.createStatus(sha, {
      state: below ? 'failure' : 'success',
      context: STATUS_CONTEXT,
      description,
      target_url: runUrl(ctx),
    });
  } catch (e) {
    core.warning(
      `Could not set the '${STATUS_CONTEXT}' commit status (the job needs 'statuses: write'): ${errorMessage(e)}`,
    );
  }
}

/**
 * CDK labs need their code run (synth) to be graded, which the trusted job never does; for those the
 * untrusted run's lab result is kept, and the comment says so.
 */
function keepUntrustedCdkLabs(
  trusted: Report,
  untrusted: Report | null,
  submission: LoadedSubmission,
): { report: Report; cdkLabs: string[] } {
  const cdkLabs: string[] = [];
  const labs = trusted.labs.map((lab): LabReport => {
    const entries = submission.labs.find((l) => l.lab.id === lab.id)?.entries ?? [];
    if (lab.status !== 'not-started' || !entries.includes('cdk.json')) return lab;
    const u = untrusted?.labs.find((l) => l.id === lab.id);
    if (!u) return lab;
    cdkLabs.push(lab.id);
    return u;
  });
  const score = labs.reduce((s, l) => s + l.score, 0);
  return { report: { ...trusted, labs, score }, cdkLabs };
}

function trustBanner(
  report: Report,
  untrusted: Report | null,
  problems: string[],
  cdkLabs: string[],
): string | null {
  const lines: string[] = [];
  if (untrusted === null && problems.length) {
    lines.push(
      `> The score reported by this PR's own grading run could not be used (${escapeCell(problems.slice(0, 3).join('; '))}). The grade below is the trusted regrade.`,
    );
  } else if (untrusted) {
    const diffs = report.labs
      .filter((l) => !cdkLabs.includes(l.id))
      .map((l) => ({ l, u: untrusted.labs.find((x) => x.id === l.id) }))
      .filter(({ l, u }) => u && Math.abs(u.score - l.score) > 1e-6);
    if (diffs.length) {
      lines.push(
        `> **The score from this PR's own run differs from the trusted regrade; the trusted score counts.** ` +
          diffs
            .map(
              ({ l, u }) =>
                `Lab ${escapeCell(l.id)}: reported ${formatPoints(u!.score)}, regraded ${formatPoints(l.score)}.`,
            )
            .join(' '),
      );
    }
  }
  if (cdkLabs.length) {
    lines.push(
      `> Lab${cdkLabs.length > 1 ? 's' : ''} ${cdkLabs.map(codeSpan).join(', ')} ${cdkLabs.length > 1 ? 'are' : 'is'} a CDK app, which only the PR's own run can synthesize; ${cdkLabs.length > 1 ? 'their' : 'its'} score is **untrusted** (computed by the PR's workflow).`,
    );
  }
  return lines.length ? ['> [!NOTE]', ...lines].join('\n') : null;
}
