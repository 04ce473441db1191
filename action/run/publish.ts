// Everything that renders a finished report onto the runner: report files, outputs, the job summary and
// annotations. No token needed, so it serves every mode.
import fs from 'node:fs';
import path from 'node:path';
import * as core from '@actions/core';
import { Output, ReportFile } from '../constants.js';
import { countNoun } from '../../graders/engine/plural.js';
import type { Report } from '../../graders/engine/types.js';
import { chooseAnnotations } from '../report/annotations.js';
import { classroom50Result, classroomResultBase64 } from '../report/classroom.js';
import { renderJson } from '../report/json.js';
import { renderMarkdown, type MarkdownOptions } from '../report/markdown.js';

export interface Published {
  reportPath: string;
  markdownPath: string;
}

export async function publish(
  report: Report,
  reportDir: string,
  md: MarkdownOptions,
  extra: Record<string, string> = {},
  now: () => Date = () => new Date(),
): Promise<Published> {
  // Every rendering of this report (files, job summary, and the PR comment the caller posts from the same object
  // afterwards) says when it was graded; set here, on the caller's report, so they all say the same time.
  report.gradedAt ??= now().toISOString();
  fs.mkdirSync(reportDir, { recursive: true });
  // Absolute, so later steps find the files whatever their working directory.
  const reportPath = path.resolve(reportDir, ReportFile.Report);
  const markdownPath = path.resolve(reportDir, ReportFile.Markdown);
  const markdown = renderMarkdown(report, md);
  fs.writeFileSync(reportPath, renderJson(report));
  fs.writeFileSync(markdownPath, markdown);
  fs.writeFileSync(
    path.join(reportDir, ReportFile.Classroom50),
    `${JSON.stringify(classroom50Result(report, process.env, new Date()), null, 2)}\n`,
  );
  for (const [name, value] of Object.entries(extra)) fs.writeFileSync(path.join(reportDir, name), value);

  core.setOutput(Output.Score, report.score);
  core.setOutput(Output.MaxScore, report.maxScore);
  core.setOutput(Output.Report, reportPath);
  core.setOutput(Output.Markdown, markdownPath);
  core.setOutput(Output.Result, classroomResultBase64(report));

  const { chosen, omitted } = chooseAnnotations(report);
  for (const a of chosen) {
    const props = {
      title: a.title,
      file: a.finding.file,
      startLine: a.finding.line,
      startColumn: a.finding.column,
    };
    if (a.level === 'error') core.error(a.finding.message, props);
    else if (a.level === 'warning') core.warning(a.finding.message, props);
    else core.notice(a.finding.message, props);
  }
  if (process.env['GITHUB_STEP_SUMMARY']) {
    const note =
      omitted > 0
        ? `\n> GitHub shows at most 10 annotations per level; the report above lists every finding, including the ${countNoun(omitted, 'finding')} not annotated.\n`
        : '';
    await core.summary.addRaw(markdown + note).write();
  } else {
    core.debug('GITHUB_STEP_SUMMARY is not set; no job summary written');
  }
  return { reportPath, markdownPath };
}
