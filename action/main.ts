// The action's run(): settings → grade → report files, outputs and job summary. The only try/catch.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { LABS, RULES } from '../graders/index.js';
import { gradeSubmission } from './engine/grade.js';
import { getSettings } from './inputs.js';
import { renderJson } from './report/json.js';
import { renderMarkdown } from './report/markdown.js';
import { errorMessage } from './util/errors.js';

export async function run(): Promise<void> {
  try {
    const settings = getSettings();
    const unknown = settings.labs.filter((id) => !LABS.some((l) => l.id === id));
    if (unknown.length)
      throw new Error(
        `Input 'labs' names unknown lab '${unknown[0]}'; known: ${LABS.map((l) => l.id).join(', ')}.`,
      );
    const labs = settings.labs.length ? LABS.filter((l) => settings.labs.includes(l.id)) : LABS;
    const report = await core.group('Grading', () =>
      gradeSubmission({
        root: path.resolve(settings.root),
        labs,
        rules: RULES,
        lint: settings.lint,
        log: { debug: (m) => core.debug(m), warn: (m) => core.warning(m) },
      }),
    );
    fs.mkdirSync(settings.reportDir, { recursive: true });
    const reportPath = path.join(settings.reportDir, 'report.json');
    const markdownPath = path.join(settings.reportDir, 'comment.md');
    const markdown = renderMarkdown(report);
    fs.writeFileSync(reportPath, renderJson(report));
    fs.writeFileSync(markdownPath, markdown);
    core.setOutput('score', report.score);
    core.setOutput('max-score', report.maxScore);
    core.setOutput('report', reportPath);
    core.setOutput('markdown', markdownPath);
    await core.summary.addRaw(markdown).write();
    core.info(`Score: ${report.score}/${report.maxScore}`);
  } catch (error) {
    core.setFailed(errorMessage(error));
  }
}
