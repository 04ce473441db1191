// `mode: report` started by workflow_dispatch: regrade every OPEN pull request with this grader (the workflow runs
// the default branch's code), after a grader or rubric fix. No artifact is involved: each PR's lab files are read as
// data from one tarball of its head commit, exactly as the workflow_run path of `report` reads them (fetchLabFiles),
// graded, and its sticky comment upserted (and its commit status set, when configured).
//
// One PR's failure never stops the others: it is logged, listed in the job summary, and the step fails at the end,
// after every other PR was regraded, so the instructor sees it. All fetched PRs are graded in one engine call, so
// cfn-lint starts once for the whole batch, as in `labgrade batch`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { applyCourse, courseLabs, type CourseConfig } from '../../graders/engine/course.js';
import { gradeLoaded } from '../../graders/engine/grade.js';
import { loadSubmission, type LoadedSubmission } from '../../graders/engine/load.js';
import { countNoun } from '../../graders/engine/plural.js';
import type { Registry } from '../../graders/engine/select.js';
import type { Report } from '../../graders/engine/types.js';
import { GitHubApi, type PullRequest } from '../github/api.js';
import { addFetchNotices, fetchedSource, fetchLabFiles } from '../github/fetch-labs.js';
import { changedLabIds, protectedFilesTouched } from '../github/pr.js';
import type { ActionSettings } from '../inputs.js';
import { formatPoints } from '../report/format.js';
import { htmlText } from '../report/sanitize.js';
import { errorMessage } from '../util/errors.js';
import type { RunContext } from './context.js';
import { readCourseConfig } from './course.js';
import { comment, labsFor, log, tamperBanner, trustedStatus, type ModeResult } from './modes.js';

/** Open pull requests read before the list is cut (10 pages): a course repository has a class's worth. */
export const MAX_OPEN_PULLS = 1000;

/** What happened to one open pull request. */
export interface RegradeOutcome {
  number: number;
  headSha: string;
  /** `regraded`: graded and its comment upserted (or left as it was); `skipped`: moved on or closed meanwhile. */
  result: 'regraded' | 'skipped' | 'failed';
  /** The trusted score, when it was graded. */
  score?: { score: number; maxScore: number };
  /** What was done with the comment, or why it was skipped or failed (our wording, plus the API's error). */
  detail: string;
}

interface Prepared {
  pr: PullRequest;
  changed: string[];
  files: string[];
  complete: boolean;
  submission: LoadedSubmission;
  submittedAt: Date;
  dir: string;
}

function hasDueDate(course: CourseConfig): boolean {
  return course.due !== undefined || Object.values(course.lab).some((l) => l?.due !== undefined);
}

/** Fetches one PR's lab files as data and loads them; throws with a sentence that says which step failed. */
async function prepare(
  registry: Registry,
  settings: ActionSettings,
  api: GitHubApi,
  course: CourseConfig,
  pr: PullRequest,
  now: () => Date,
): Promise<Prepared> {
  const sha = pr.head.sha;
  const listed = await api.listPullFiles(pr.number);
  const changed = changedLabIds(
    listed.files,
    registry.labs.map((l) => l.id),
  );
  const labs = courseLabs(labsFor(registry, settings, listed.complete ? changed : null), course);
  const dir = fs.mkdtempSync(
    path.join(process.env['RUNNER_TEMP'] ?? os.tmpdir(), `labgrade-regrade-${pr.number}-`),
  );
  try {
    let fetched;
    try {
      fetched = await fetchLabFiles(
        api,
        sha,
        dir,
        labs.map((l) => l.id),
      );
    } catch (e) {
      throw new Error(`could not read its files at ${sha.slice(0, 7)}: ${errorMessage(e)}`);
    }
    const submission = await loadSubmission(dir, labs, [fetchedSource(fetched)]);
    addFetchNotices(submission, fetched);
    let submittedAt = now();
    if (hasDueDate(course)) {
      const at = await api.firstPullRequestRun(sha);
      if (at) submittedAt = at;
      else
        core.warning(
          `PR #${pr.number}: no pull_request workflow run of ${sha.slice(0, 7)} could be read, so its due dates are ` +
            `checked against now (${submittedAt.toISOString()}). Give this job 'actions: read' to use the time it was pushed.`,
        );
    }
    return { pr, changed, files: listed.files, complete: listed.complete, submission, submittedAt, dir };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

/**
 * Regrades every open pull request of the repository and upserts each one's comment. Throws at the end, once all
 * were tried, when any could not be regraded, naming them.
 */
export async function regradeOpenPulls(
  registry: Registry,
  settings: ActionSettings,
  ctx: RunContext,
  now: () => Date = () => new Date(),
): Promise<ModeResult & { outcomes: RegradeOutcome[] }> {
  if (!settings.token)
    throw new Error(
      "mode 'report' on workflow_dispatch regrades every open pull request, so it needs a token with pull-requests: write (input 'github-token').",
    );
  const here = { owner: ctx.owner, repo: ctx.repo };
  const api = GitHubApi.create(settings.token, here, (m) => core.info(m));
  const course = await readCourseConfig(registry, settings);
  // A bad 'labs' input is the workflow's mistake, not a PR's: say it once, before any PR is read.
  labsFor(registry, settings, null);
  const { pulls, complete } = await api.listOpenPulls(MAX_OPEN_PULLS);
  core.info(
    `Regrading ${countNoun(pulls.length, 'open pull request')} with this grader` +
      (complete ? '.' : ` (the first ${pulls.length}; the repository has more).`),
  );
  if (!complete)
    core.warning(
      `Only the first ${pulls.length} open pull requests were regraded; close finished ones or dispatch again after the next fix.`,
    );

  const outcomes: RegradeOutcome[] = [];
  const failed = (pr: PullRequest, why: string) => {
    core.error(`PR #${pr.number} was not regraded: ${why}`);
    outcomes.push({ number: pr.number, headSha: pr.head.sha, result: 'failed', detail: why });
  };

  let prepared: Prepared[] = [];
  const dirs: string[] = [];
  await core.group("Fetching each pull request's lab files as data", async () => {
    for (const pr of pulls) {
      try {
        const p = await prepare(registry, settings, api, course, pr, now);
        prepared.push(p);
        dirs.push(p.dir);
      } catch (e) {
        failed(pr, errorMessage(e));
      }
    }
  });

  try {
    let reports: Report[] = [];
    if (prepared.length) {
      try {
        reports = await core.group('Regrading with the default branch grader', () =>
          gradeLoaded(
            prepared.map((p) => p.submission),
            { rules: registry.rules, lint: settings.lint, log },
          ),
        );
      } catch (e) {
        // The engine does not throw for anything a submission holds; if it does, every PR of the batch says so.
        for (const p of prepared)
          failed(p.pr, `the grader failed (not the learner's fault): ${errorMessage(e)}`);
        prepared = [];
      }
    }
    for (const [i, p] of prepared.entries()) {
      try {
        outcomes.push(await publishOne(registry, settings, api, ctx, course, p, reports[i]!));
      } catch (e) {
        failed(p.pr, errorMessage(e));
      }
    }
  } finally {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  }

  outcomes.sort((a, b) => a.number - b.number);
  await summarize(outcomes, pulls.length);
  const bad = outcomes.filter((o) => o.result === 'failed');
  if (bad.length)
    throw new Error(
      `${countNoun(bad.length, 'open pull request')} of ${pulls.length} could not be regraded: ` +
        bad.map((o) => `#${o.number} (${o.detail})`).join('; ') +
        '. Their comments were left as they were; the others were regraded. Dispatch the workflow again to retry.',
    );
  return { report: null, outcomes };
}

/** Grades, comments on and sets the status of one PR, unless it moved on or closed while the batch ran. */
async function publishOne(
  registry: Registry,
  settings: ActionSettings,
  api: GitHubApi,
  ctx: RunContext,
  course: CourseConfig,
  p: Prepared,
  graded: Report,
): Promise<RegradeOutcome> {
  const sha = p.pr.head.sha;
  const report = applyCourse(graded, course, p.submittedAt);
  const score = { score: report.score, maxScore: report.maxScore };
  // A push during the batch starts the PR's own grading, whose comment must not be overwritten by this older one.
  const current = await api.getPull(p.pr.number);
  if (current.state !== 'open' || current.head.sha !== sha) {
    const detail =
      current.state !== 'open'
        ? `closed while the regrade ran`
        : `moved on to ${current.head.sha.slice(0, 7)} while the regrade ran; its own run grades that commit`;
    core.info(`PR #${p.pr.number} ${detail}; its comment was left as it was.`);
    return { number: p.pr.number, headSha: sha, result: 'skipped', score, detail };
  }
  const banners = [tamperBanner(protectedFilesTouched(p.files), p.complete)].filter(
    (b): b is string => b !== null,
  );
  const md = {
    links: { serverUrl: ctx.serverUrl, repo: `${ctx.owner}/${ctx.repo}`, sha },
    changedLabs: p.changed,
    course: courseLabs(registry.labs, course),
    banners,
  };
  const action = await comment(api, p.pr.number, report, ctx, settings, md);
  if (settings.commitStatus) await trustedStatus(api, sha, report, settings, ctx);
  core.info(`PR #${p.pr.number} at ${sha.slice(0, 7)}: ${formatPoints(report.score)}/${report.maxScore}`);
  return {
    number: p.pr.number,
    headSha: sha,
    result: 'regraded',
    score,
    detail: action === null ? 'comment not posted (see the log)' : `comment ${action}`,
  };
}

/** One table in the job summary: every open PR, its trusted score and what happened. */
async function summarize(outcomes: readonly RegradeOutcome[], open: number): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const regraded = outcomes.filter((o) => o.result === 'regraded').length;
  // Every cell is escaped: details can quote an API error.
  await core.summary
    .addHeading('Regrade of the open pull requests', 3)
    .addRaw(
      `<p>${htmlText(`${regraded} of ${countNoun(open, 'open pull request')} regraded with the default branch grader.`)}</p>`,
      true,
    )
    .addTable([
      [
        { data: 'PR', header: true },
        { data: 'Head', header: true },
        { data: 'Score', header: true },
        { data: 'Result', header: true },
      ],
      ...outcomes.map((o) => [
        `#${o.number}`,
        htmlText(o.headSha.slice(0, 7)),
        o.score ? `${formatPoints(o.score.score)}/${o.score.maxScore}` : '–',
        htmlText(`${o.result}: ${o.detail}`),
      ]),
    ])
    .write();
}
