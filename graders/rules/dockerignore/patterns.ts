// .dockerignore pattern matching, shared by the DKI rules. Not a rule (the registry test skips modules without one).

export interface ExclusionResult {
  excluded: boolean;
  /** The last pattern that matched the path (it decides), with its 1-based line. */
  decidedBy: { line: number; pattern: string } | null;
}

/**
 * Whether the build context leaves `path` out, following .dockerignore's rules: one pattern per line, `#`
 * comments, a leading `/` ignored, `*` and `?` within one path segment, `**` across segments, `!` re-including,
 * the last matching line winning, and a pattern that matches a directory also covering everything inside it.
 */
export function isExcluded(lines: readonly string[], path: string): ExclusionResult {
  const segments = path.split('/');
  const candidates = segments.map((_, i) => segments.slice(0, i + 1).join('/'));
  let result: ExclusionResult = { excluded: false, decidedBy: null };
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    const negated = text.startsWith('!');
    const pattern = clean(negated ? text.slice(1).trim() : text);
    if (pattern === '') return;
    const re = toRegExp(pattern);
    if (re && candidates.some((c) => re.test(c)))
      result = { excluded: !negated, decidedBy: { line: index + 1, pattern: text } };
  });
  return result;
}

function clean(pattern: string): string {
  let p = pattern.replace(/\\/g, '/');
  p = p
    .replace(/\/{2,}/g, '/')
    .replace(/^(\.\/)+/, '')
    .replace(/^\/+/, '')
    .replace(/\/+$/, '');
  return p === '.' ? '' : p;
}

/** The pattern as an anchored regular expression; null when it is malformed (Docker rejects those too). */
function toRegExp(pattern: string): RegExp | null {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === '*' && pattern.charAt(i + 1) === '*') {
      // `**/` matches zero or more whole directories; a trailing `**` matches everything below.
      if (pattern.charAt(i + 2) === '/') {
        re += '(?:.*/)?';
        i += 2;
      } else {
        re += '.*';
        i += 1;
      }
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1);
      if (end < 0) re += '\\[';
      else {
        re +=
          '[' +
          pattern
            .slice(i + 1, end)
            .replace(/^!/, '^')
            .replace(/\\/g, '\\\\') +
          ']';
        i = end;
      }
    } else re += c.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  try {
    return new RegExp('^' + re + '$');
  } catch {
    return null;
  }
}
