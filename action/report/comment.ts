// The sticky PR comment: the Markdown report cut down, step by step, until it fits GitHub's limit.
// What was cut is said, with a link to the job summary, which always has everything.
import { COMMENT_MARKER, COMMENT_MAX_CHARS } from '../constants.js';
import type { Report } from '../../graders/engine/types.js';
import { renderMarkdown, type MarkdownOptions } from './markdown.js';

export interface CommentContext extends Omit<
  MarkdownOptions,
  'marker' | 'maxFindingsPerItem' | 'labDetails' | 'findingsFor' | 'maxFeedbackChars'
> {
  /** Where the full report is (the workflow run's summary page). */
  summaryUrl?: string;
  maxChars?: number;
}

/** Successively smaller renderings; the first that fits is used. */
const LEVELS: {
  opts: Pick<MarkdownOptions, 'maxFindingsPerItem' | 'labDetails' | 'findingsFor' | 'maxFeedbackChars'>;
  cut: string | null;
}[] = [
  { opts: { maxFindingsPerItem: 20, labDetails: 'all' }, cut: null },
  {
    opts: { maxFindingsPerItem: 5, labDetails: 'all' },
    cut: 'only the first 5 findings of each item are listed',
  },
  // The labs the PR changed are the ones the learner is working on: their findings go last.
  {
    opts: { maxFindingsPerItem: 5, labDetails: 'all', findingsFor: 'changed' },
    cut: 'findings are listed for the labs changed in this PR only (the first 5 of each item)',
  },
  {
    opts: { maxFindingsPerItem: 5, labDetails: 'changed', findingsFor: 'changed' },
    cut: 'only the labs changed in this PR are detailed (the first 5 findings of each item)',
  },
  { opts: { maxFindingsPerItem: 0, labDetails: 'all' }, cut: 'findings are left out' },
  {
    opts: { maxFindingsPerItem: 0, labDetails: 'changed' },
    cut: 'only the labs changed in this PR are detailed, without findings',
  },
  {
    opts: { maxFindingsPerItem: 0, labDetails: 'changed', maxFeedbackChars: 120 },
    cut: 'only the labs changed in this PR are detailed, without findings and with shortened feedback',
  },
  { opts: { maxFindingsPerItem: 0, labDetails: 'none' }, cut: 'only the score table is shown' },
];

export function renderComment(report: Report, ctx: CommentContext): string {
  const max = ctx.maxChars ?? COMMENT_MAX_CHARS;
  for (const level of LEVELS) {
    // Without changed labs these levels would only repeat the next one under a note that says otherwise.
    if (level.opts.findingsFor === 'changed' && !ctx.changedLabs?.length) continue;
    const footer = [ctx.footer, level.cut ? cutNote(level.cut, ctx.summaryUrl) : null]
      .filter(Boolean)
      .join(' · ');
    const body = renderMarkdown(report, {
      ...ctx,
      ...level.opts,
      marker: COMMENT_MARKER,
      ...(footer ? { footer } : {}),
    });
    if (body.length <= max) return body;
  }
  // Even the table is too long (impossible with 15 labs, but the contract is a body that fits).
  const note = `\n\n…cut to fit GitHub's ${max}-character limit${ctx.summaryUrl ? `; [the job summary](${ctx.summaryUrl}) has the full report` : ''}.\n`;
  const body = renderMarkdown(report, {
    ...ctx,
    maxFindingsPerItem: 0,
    labDetails: 'none',
    marker: COMMENT_MARKER,
  });
  return body.slice(0, max - note.length) + note;
}

function cutNote(what: string, url: string | undefined): string {
  return `to fit GitHub's comment limit, ${what}${url ? `; [the job summary](${url}) has the full report` : '; the job summary has the full report'}`;
}
