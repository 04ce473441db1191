// One comment per PR, found by our hidden marker AND its author (a learner can paste the marker into a
// comment of their own), across every page of comments, and updated in place.
import { COMMENT_MARKER } from '../constants.js';
import type { GitHubApi, IssueComment } from './api.js';

export type UpsertResult = { action: 'created' | 'updated' | 'unchanged'; comment: IssueComment };

export async function upsertComment(
  api: GitHubApi,
  issue: number,
  body: string,
  author: string,
): Promise<UpsertResult> {
  const comments = await api.listComments(issue);
  const ours = comments.find((c) => c.user?.login === author && (c.body ?? '').includes(COMMENT_MARKER));
  if (!ours) return { action: 'created', comment: await api.createComment(issue, body) };
  if (ours.body === body) return { action: 'unchanged', comment: ours };
  return { action: 'updated', comment: await api.updateComment(ours.id, body) };
}
