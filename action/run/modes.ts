// The three modes. `grade` grades the checked-out workspace and comments (same-repo PRs and pushes);
// `evaluate` is the untrusted half of the fork-safe pair (no token needed; writes the artifact);
// `report` is the trusted half (workflow_run): it validates the artifact, regrades the PR's lab files
// as data with this default-branch grader, and comments.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { MAX_ARTIFACT_REPORT_BYTES, Output, ReportFile, STATUS_CONTEXT } from '../constants.js';
import { applyCourse, courseLabs, deployAllowed } from '../../graders/engine/course.js';
import { gradeLoaded } from '../../graders/engine/grade.js';
import {
  loadSubmission,
  workspaceSource,
  type FileSource,
  type LoadedSubmission,
} from '../../graders/engine/load.js';
import { cdkSynthSource } from '../../graders/engine/cdk/source.js';
import { selectLabs, UnknownLabError, type LabRequest, type Registry } from '../../graders/engine/select.js';
import type { Log } from '../../graders/engine/log.js';
import type { DeployReport, Lab, Report } from '../../graders/engine/types.js';
import { GitHubApi, statusOf } from '../github/api.js';
import { addFetchNotices, fetchedSource, fetchLabFiles } from '../github/fetch-labs.js';
import { changedLabIds, protectedFilesTouched } from '../github/pr.js';
import { upsertComment, type UpsertResult } from '../github/sticky-comment.js';
import type { ActionSettings } from '../inputs.js';
import { renderComment } from '../report/comment.js';
import { codeSpan } from '../report/markdown.js';
import { formatPoints } from '../report/format.js';
import { validateReport } from '../report/validate.js';
import { errorMessage } from '../util/errors.js';
import { pullRequestNumber, type RunContext, runUrl } from './context.js';
import { readCourseConfig, submissionTime } from './course.js';
import { publish } from './publish.js';
import { artifactSynthSource, writeSynthesized } from './synth-artifact.js';
import { countNoun } from '../../graders/engine/plural.js';

export interface ModeResult {
  report: Report | null;
}

export const log: Log = {
  info: (m: string) => core.info(m),
  debug: (m: string) => core.debug(m),
  warn: (m: string) => core.warning(m),
};

/** The labs input (`all`, `changed` or ids) as the engine's lab request. */
export function labsFor(
  registry: Registry,
  settings: ActionSettings,
  changed: readonly string[] | null,
): Lab[] {
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

export function tamperBanner(files: readonly string[], complete = true): string | null {
  if (!files.length) return null;
  const shown = files.slice(0, 15).map(codeSpan).join(', ');
  const more = files.length > 15 ? ` and ${files.length - 15} more` : '';
  // A PR with more files than the grader lists (see listPullFiles) may touch others it did not see.
  const partial = complete
    ? ''
    : ' (the pull request has more files than the grader lists, so there may be others)';
  return [
    '> [!WARNING]',
    `> **This pull request changes the grader's own files:** ${shown}${more}${partial}.`,
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

/**
 * Posts or updates the comment; a read-only token (fork PR) falls back to the job summary with a notice. Says what
 * it did, or null when nothing was posted (the regrade of open PRs counts those).
 */
export async function comment(
  api: GitHubApi,
  prNumber: number,
  report: Report,
  ctx: RunContext,
  settings: ActionSettings,
  md: Parameters<typeof renderComment>[1],
): Promise<UpsertResult['action'] | null> {
  if (settings.comment === 'off') return null;
  let body = renderComment(report, { ...md, summaryUrl: runUrl(ctx) });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const r = await upsertComment(api, prNumber, body, settings.commentAuthor);
      core.info(`PR comment ${r.action}: ${r.comment.html_url ?? r.comment.id}`);
      return r.action;
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
        return null;
      }
      core.warning(
        `Could not post the PR comment: ${errorMessage(e)}. The grade is in the job summary. This is not your fault.`,
      );
      return null;
    }
  }
  return null;
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
  const listed =
    ctx.pr && api
      ? await tryApi('list the files of the pull request', () => api.listPullFiles(ctx.pr!.number))
      : null;
  const prFiles = listed?.files ?? null;
  const changed = prFiles
    ? changedLabIds(
        prFiles,
        registry.labs.map((l) => l.id),
      )
    : null;
  const course = await readCourseConfig(registry, settings);
  // An incomplete list cannot say which labs were not changed, so `labs: changed` then grades them all.
  const labs = courseLabs(labsFor(registry, settings, listed?.complete ? changed : null), course);
  // These modes run on the learner's own checkout, in a job that holds no secret the app could reach: the one
  // place, with the learner's machine, where a CDK app is run (in the sandbox). The report mode never runs one.
  const sources = [cdkSynthSource({ log: (m) => core.info(m) }), workspaceSource];
  const submission = await core.group('Reading the lab files', () =>
    loadSubmission(path.resolve(settings.root), labs, sources),
  );
  const [graded] = await core.group('Grading', () =>
    gradeLoaded([submission], { rules: registry.rules, lint: settings.lint, log }),
  );
  if (!graded) throw new Error('the engine returned no report');
  const report = applyCourse(graded, course, submissionTime(ctx));
  if (settings.sandbox.enabled) {
    const deployable = {
      ...submission,
      labs: submission.labs.filter((l) => deployAllowed(course, l.lab.id)),
    };
    report.deploy = await sandboxDeploy(settings, deployable, ctx);
  }
  const sha = ctx.pr?.headSha ?? ctx.sha;
  const banners = [tamperBanner(prFiles ? protectedFilesTouched(prFiles) : [], listed?.complete)].filter(
    (b): b is string => b !== null,
  );
  const md = {
    links: { serverUrl: ctx.serverUrl, repo: `${ctx.owner}/${ctx.repo}`, sha },
    changedLabs: changed ?? [],
    course: courseLabs(registry.labs, course),
    banners,
  };
  const extra: Record<string, string> =
    evaluate && ctx.pr
      ? { [ReportFile.PrNumber]: `${ctx.pr.number}\n`, [ReportFile.HeadSha]: `${ctx.pr.headSha}\n` }
      : {};
  await publish(report, settings.reportDir, md, extra);
  // The trusted job grades these templates itself, as data; it never runs the apps.
  if (evaluate) {
    const n = writeSynthesized(submission, settings.reportDir);
    if (n > 0)
      core.info(`Put ${countNoun(n, 'synthesized template')} in the artifact for the trusted grade.`);
  }
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

/** A problem with the artifact, worded by us (never quoting it), so it may be shown in the comment. */
class ArtifactProblem extends Error {}

/**
 * What the untrusted run left, read as untrusted input. Only the PR number and head SHA are used, to find the PR
 * (and both are checked against GitHub). The report is read only to say, in a banner, whether the PR's own score
 * differs from the regrade: none of its numbers, statuses, titles, feedback or links reaches the headline, the
 * table, the outputs or the commit status. The artifact's data to grade, a CDK lab's synthesized template, is read
 * by its own FileSource (synth-artifact.ts) and graded exactly like a file the learner wrote.
 */
function readArtifact(
  registry: Registry,
  dir: string,
  headSha: string,
): { prNumber: number; untrusted: Report | null; problem: string | null } | { rejected: string } {
  const read = (name: string, max: number): string | null => {
    const p = path.join(dir, name);
    try {
      const st = fs.lstatSync(p);
      if (!st.isFile()) return null;
      if (st.size > max) throw new ArtifactProblem(`${name} is ${st.size} bytes, over the ${max}-byte cap`);
      return fs.readFileSync(p, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  };
  let prRaw: string;
  let shaRaw: string;
  try {
    prRaw = (read(ReportFile.PrNumber, 64) ?? '').trim();
    shaRaw = (read(ReportFile.HeadSha, 128) ?? '').trim();
  } catch (e) {
    if (e instanceof ArtifactProblem) return { rejected: e.message };
    throw e;
  }
  if (!/^[0-9]{1,10}$/.test(prRaw))
    return { rejected: `the artifact's PR number ${JSON.stringify(prRaw.slice(0, 20))} is not a number` };
  if (shaRaw !== headSha)
    return {
      rejected: `the artifact is for commit ${JSON.stringify(shaRaw.slice(0, 40))}, not the run's head commit ${headSha}`,
    };
  // Problems are worded here, never quoted from the artifact: a JSON error or a schema path can carry a fork's text,
  // so those details go to the log (where core.warning escapes them), and the comment gets a sentence of ours.
  let problem: string | null = null;
  let untrusted: Report | null = null;
  try {
    const text = read(ReportFile.Report, MAX_ARTIFACT_REPORT_BYTES);
    if (text === null) problem = 'it has no report.json';
    else {
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (e) {
        core.warning(`The artifact's report.json is not JSON: ${errorMessage(e).slice(0, 300)}`);
        problem = 'its report.json is not valid JSON';
      }
      if (problem === null) {
        const v = validateReport(raw, registry.labs);
        if (v.ok) untrusted = v.report;
        else {
          core.warning(`The artifact's report.json is not a valid report: ${v.errors.join('; ')}`);
          problem = `its report.json does not match this grader's report (${countNoun(v.errors.length, 'problem')}, listed in this run's log)`;
        }
      }
    }
  } catch (e) {
    if (!(e instanceof ArtifactProblem)) throw e;
    problem = e.message;
  }
  return { prNumber: Number(prRaw), untrusted, problem };
}

export async function reportMode(
  registry: Registry,
  settings: ActionSettings,
  ctx: RunContext,
): Promise<ModeResult> {
  const wr = ctx.payload['workflow_run'] as { head_sha?: unknown; event?: unknown; id?: unknown } | undefined;
  if (!wr || typeof wr.head_sha !== 'string')
    throw new Error(
      "mode 'report' runs on the workflow_run event of the grading workflow, or on workflow_dispatch to regrade every open pull request; this event has no workflow_run.",
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
  const listed = await api.listPullFiles(pr.number);
  const changed = changedLabIds(
    listed.files,
    registry.labs.map((l) => l.id),
  );
  const course = await readCourseConfig(registry, settings);
  const labs = courseLabs(labsFor(registry, settings, listed.complete ? changed : null), course);
  const dest = fs.mkdtempSync(path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), 'labgrade-trusted-'));
  const fetched = await core.group("Fetching the PR's lab files as data", async () => {
    try {
      return await fetchLabFiles(
        api,
        headSha,
        dest,
        labs.map((l) => l.id),
      );
    } catch (e) {
      throw new Error(
        `The trusted grader could not read the pull request's files at ${headSha.slice(0, 7)}: ${errorMessage(e)}. ` +
          'This is not your fault: re-run the job, and if it fails again, tell your instructor.',
      );
    }
  });
  core.info(
    `Fetched ${fetched.files} lab files at ${headSha.slice(0, 7)} in one archive` +
      (fetched.refused.size
        ? `; ${fetched.refused.size} entries were not written (links, special or oversized files).`
        : '.'),
  );
  // The trusted grade is only what this job reads itself: the fetched tree, where a path the fetch refused is a
  // finding that says why. A lab's kind and files come from its rubric (the default branch's), never from what the
  // PR holds. A lab folder with cdk.json is graded from the template the PR's own run synthesized, read from the
  // artifact as data (synth-artifact.ts); without one, that lab is not graded.
  const sources: FileSource[] = [
    artifactSynthSource(path.resolve(settings.reportDir)),
    fetchedSource(fetched),
  ];
  const submission = await loadSubmission(dest, labs, sources);
  addFetchNotices(submission, fetched);
  const [graded] = await core.group('Regrading with the default branch grader', () =>
    gradeLoaded([submission], { rules: registry.rules, lint: settings.lint, log }),
  );
  if (!graded) throw new Error('the engine returned no report');
  const report = applyCourse(graded, course, submissionTime(ctx));
  const banners = [
    tamperBanner(protectedFilesTouched(listed.files), listed.complete),
    trustBanner(report, art.untrusted, art.problem),
  ].filter((b): b is string => b !== null);
  const md = {
    links: { serverUrl: ctx.serverUrl, repo: here, sha: headSha },
    changedLabs: changed,
    course: courseLabs(registry.labs, course),
    banners,
  };
  await publish(report, path.join(os.tmpdir(), `labgrade-report-${process.pid}`), md);
  await comment(api, pr.number, report, ctx, settings, md);
  if (settings.commitStatus) await trustedStatus(api, headSha, report, settings, ctx);
  // The regraded files, for the optional sandbox deploy (deploy.yml downloads them as 'trusted-labs'). The tree holds
  // only regular files and folders (fetchLabFiles), so the upload, which follows links, carries nothing else.
  fs.writeFileSync(path.join(dest, ReportFile.PrNumber), `${pr.number}\n`);
  fs.writeFileSync(path.join(dest, ReportFile.HeadSha), `${headSha}\n`);
  // The sandbox deploys only what the PR changed: a learner's push never redeploys (and pays for) finished labs.
  fs.writeFileSync(
    path.join(dest, ReportFile.ChangedLabs),
    listed.complete ? changed.map((id) => `${id}\n`).join('') : 'all\n',
  );
  core.setOutput(Output.TrustedRoot, dest);
  return { report };
}

/**
 * A commit status on the PR head carrying the trusted grade. Unlike the PR's own check runs, a fork cannot
 * forge it, so branch protection can require it. Below 'min-score' it fails.
 */
export async function trustedStatus(
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
 * Says how the PR's own run compares with the regrade. Only numbers are quoted from the artifact (schema-checked,
 * formatted here), with lab ids from the trusted report; never its text.
 */
function trustBanner(report: Report, untrusted: Report | null, problem: string | null): string | null {
  const lines: string[] = [];
  if (untrusted === null && problem) {
    lines.push(
      `> The score reported by this PR's own grading run could not be used (${problem}). The grade below is the trusted regrade.`,
    );
  } else if (untrusted) {
    const diffs = report.labs
      .map((l) => ({ l, u: untrusted.labs.find((x) => x.id === l.id) }))
      .filter(({ l, u }) => u && Math.abs(u.score - l.score) > 1e-6);
    if (diffs.length) {
      lines.push(
        `> **The score from this PR's own run differs from the trusted regrade; the trusted score counts.** ` +
          diffs
            .map(
              ({ l, u }) =>
                `Lab ${codeSpan(l.id)}: reported ${formatPoints(u!.score)}, regraded ${formatPoints(l.score)}.`,
            )
            .join(' '),
      );
    }
  }
  return lines.length ? ['> [!NOTE]', ...lines].join('\n') : null;
}
