// cfn-lint's findings kept by content hash, so a template linted once is never linted again while nothing that
// decides its findings has changed: its text, its format (the extension), the cfn-lint version, and what the
// grader asks of cfn-lint (regions, mandatory and ignored rules, its own version). A learner who edits one lab
// and grades again then waits for cfn-lint on that lab only. The engine only defines the contract; where entries
// live is the caller's choice (the CLI keeps them under node_modules/.cache/labgrade/lint; the action keeps none,
// because in the trusted job nothing the PR can write may feed the grade).
import { createHash } from './builtins.js';
import path from 'node:path';
import { CFN_LINT_UNREADABLE_IDS, type CfnLintRequest } from './cfn-lint.js';
import { SEVERITIES } from './report-enums.js';
import type { Finding } from './report.js';
import { TOOL_VERSION } from './version.js';

/** One finding as kept: the template's path is left out, and put back as the path graded now. */
export type CachedFinding = Omit<Finding, 'file'>;

export interface LintCache {
  /** Mixed into every key: whatever else makes an entry stale, such as the grader's own build. */
  readonly salt: string;
  /**
   * The cfn-lint version a run would use now, when the cache can tell without starting cfn-lint; undefined when it
   * cannot, and then every template is linted (and the entries are written under the version cfn-lint reports).
   */
  cfnLintVersion(): Promise<string | undefined>;
  get(key: string): CachedFinding[] | undefined;
  set(key: string, findings: readonly CachedFinding[]): void;
}

/** What, besides a template's text and extension, decides its findings: one per run. */
export type LintCacheScope = Pick<CfnLintRequest, 'regions' | 'mandatory'>;

/**
 * The key of one template. `runCfnLint` passes the regions and `-m` (the unreadable ids and `mandatory`) from the
 * request; its ignored list and output format are the grader's own code, covered by TOOL_VERSION and the salt.
 */
export function lintCacheKey(
  cache: Pick<LintCache, 'salt'>,
  cfnLintVersion: string,
  scope: LintCacheScope,
  file: string,
  text: string,
): string {
  const config = JSON.stringify({
    regions: scope.regions,
    mandatory: [...new Set([...CFN_LINT_UNREADABLE_IDS, ...scope.mandatory])].sort(),
  });
  return createHash('sha256')
    .update(
      [TOOL_VERSION, cache.salt, cfnLintVersion, config, path.extname(file).toLowerCase(), ''].join('\u0000'),
    )
    .update(text, 'utf8')
    .digest('hex');
}

/** A template's findings as kept: without its path. */
export function snapshotFindings(findings: readonly Finding[]): CachedFinding[] {
  return findings.map(({ file: _file, ...rest }) => rest);
}

/** Kept findings on the template graded now. */
export function restoreFindings(file: string, cached: readonly CachedFinding[]): Finding[] {
  return cached.map((f) => ({ file, ...f }));
}

const severities: readonly string[] = SEVERITIES;
const isPosition = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n >= 1;

/** Whether a value read back from a store is a list of kept findings; anything else is a miss. */
export function isCachedFindings(value: unknown): value is CachedFinding[] {
  return (
    Array.isArray(value) &&
    value.every((f: unknown) => {
      if (typeof f !== 'object' || f === null) return false;
      const r = f as Record<string, unknown>;
      return (
        isPosition(r['line']) &&
        isPosition(r['column']) &&
        typeof r['severity'] === 'string' &&
        severities.includes(r['severity']) &&
        typeof r['ruleId'] === 'string' &&
        typeof r['message'] === 'string' &&
        !('file' in r)
      );
    })
  );
}
