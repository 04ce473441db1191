// The only reader of action inputs: raw strings in, one typed and validated settings object out.
import * as core from '@actions/core';

export interface ActionSettings {
  /** Submission root holding labs/ (relative to the workspace). */
  root: string;
  /** Lab ids to grade; empty means all. */
  labs: string[];
  lint: boolean;
  /** Folder the report files are written to. */
  reportDir: string;
}

export function getSettings(): ActionSettings {
  const root = core.getInput('root') || '.';
  const labsRaw = (core.getInput('labs') || 'all').trim();
  const labs = labsRaw === 'all' ? [] : labsRaw.split(/[\s,]+/).filter(Boolean);
  const lintRaw = (core.getInput('lint') || 'true').trim().toLowerCase();
  if (lintRaw !== 'true' && lintRaw !== 'false') {
    throw new Error(`Input 'lint' must be 'true' or 'false', got '${lintRaw}'.`);
  }
  const reportDir = core.getInput('report-dir') || 'labgrade-report';
  return { root, labs, lint: lintRaw === 'true', reportDir };
}
