// The action's run(): settings → the chosen mode → report. The only try/catch; everything below throws.
import * as core from '@actions/core';
import { REGISTRY } from '../graders/index.js';
import { getSettings } from './inputs.js';
import { readContext } from './run/context.js';
import { gradeMode, reportMode } from './run/modes.js';
import { regradeOpenPulls } from './run/regrade.js';
import { formatPoints } from './report/format.js';
import { errorMessage } from './util/errors.js';

export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const ctx = readContext();
    // A dispatch of the trusted workflow has no artifact: it regrades every open PR (and fails after the others
    // when any could not be regraded).
    const { report } =
      settings.mode !== 'report'
        ? await gradeMode(REGISTRY, settings, ctx, settings.mode === 'evaluate')
        : ctx.eventName === 'workflow_dispatch'
          ? await regradeOpenPulls(REGISTRY, settings, ctx)
          : await reportMode(REGISTRY, settings, ctx);
    if (!report) return;
    core.info(`Score: ${formatPoints(report.score)}/${report.maxScore}`);
    if (settings.minScore !== null && report.score < settings.minScore) {
      core.setFailed(
        `The score ${formatPoints(report.score)}/${report.maxScore} is below the required 'min-score' of ${settings.minScore}.`,
      );
    }
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
