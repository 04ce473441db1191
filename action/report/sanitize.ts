// The one gate between learner-controlled text and Markdown. Everything a report carries (finding messages,
// which quote learner values, file paths, titles, feedback, lab ids, tool names) reaches the PR comment, the
// job summary and `--format markdown` through these functions, and through nothing else.
//
// Threats (issue 9, ux.md §3.5 and §6): a line break (CR, LF, CRLF, U+2028/2029, NEL) would end the line we
// put the text on and start a block of the learner's choosing (`# heading`, `![img](…)`, a table, raw HTML);
// Markdown and HTML metacharacters would make links, images, emphasis or tags; GFM autolinks `www.`, URLs
// and e-mail addresses, and GitHub itself links `@user`, `@org/team`, `#12`, `owner/repo#12`, `GH-12`, commit
// SHAs and `:emoji:` and renders `$…$` as math, in every text node that is not inside `<code>`, `<pre>` or
// `<a>`; invisible format characters (bidi overrides and isolates, zero-width characters, tag characters)
// make text read differently from what it is.
//
// Two rules make the output both inert and exact:
// - Prose is escaped character by character (backslash escapes and entities render as the original
//   character), and any word that could autolink or mention is put, whole, in a code span instead of having
//   a zero-width space inserted: code neither links nor mentions in GFM, and what the reader copies is exactly
//   what the learner wrote (`node@sha256:…`, `http://localhost:8080/health`).
// - Code spans and code blocks never get anything inserted. The fence is longer than any backtick run in
//   the text; the only change is that characters which cannot stand raw in an inline span (line breaks) or
//   that hide what the text is (other controls, bidi and invisible format characters) are shown as
//   JSON-style escapes (`\r`, `\n`, `\u202E`). Text without those characters comes out byte for byte.

/**
 * Characters that never reach Markdown raw: C0 controls except TAB, DEL, C1 controls, the Unicode line and
 * paragraph separators, every format character (Cf: bidi embeddings, overrides and isolates, zero-width
 * space/joiners, word joiner, BOM, soft hyphen, tag characters…), every other default-ignorable code point
 * (Hangul fillers, variation selectors, U+034F…), and lone surrogates (not text; GitHub would store U+FFFD).
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const HIDDEN =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]|[\ud800-\udfff]/gu;
/* eslint-enable no-control-regex */

/** How a hidden character is shown: the escape a JSON string would use, so people recognise it. */
export function escapeChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp === 0x0a) return '\\n';
  if (cp === 0x0d) return '\\r';
  return cp > 0xffff
    ? `\\u{${cp.toString(16).toUpperCase()}}`
    : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * Code text: every hidden character as a visible escape, TAB kept (it is printable, cannot start a block
 * inside a span, and pasted commands need it). Also the safe form for terminals and annotations, where a CR
 * or an ESC sequence would overwrite or recolour what the reader sees.
 */
export function visibleCode(text: string): string {
  return text.replace(HIDDEN, escapeChar);
}

/** Line breaks and the other whitespace controls read as one space in prose. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PROSE_SPACE = /\r\n|[\t\n\u000b\u000c\r\u0085\u2028\u2029]/g;

/** Prose text: line breaks become spaces (one line, so no block can start), other hidden characters escapes. */
export function visibleText(text: string): string {
  return visibleCode(text.replace(PROSE_SPACE, ' '));
}

/**
 * A word that GitHub or a GFM renderer could turn into a link, a mention, a reference, an emoji image or
 * math. Deliberately broader than GitHub (bare `host.tld` and IPv4 addresses, which linkify libraries link
 * in their fuzzy mode): a false positive only shows a word as code.
 */
const LINKISH = [
  /[@#$]/, // mentions, e-mail autolinks, #12 and owner/repo#12 references, $…$ math
  /:\S/, // schemes (http:, mailto:, xmpp:…), :emoji: shortcodes, user:sha
  /\/\//, // protocol-relative URLs
  /www\./i, // GFM extended www. autolinks
  // host.tld: a label, a dot, then a label of two or more. A label character is anything linkify-it counts as one
  // (any character but white space, punctuation and controls: CJK, symbols, unassigned code points), plus _ and -.
  /(?:[^\s\p{P}\p{Z}\p{Cc}<>|]|[_-])\.\p{L}[\p{L}\p{N}]/u,
  /\d\.\d+\.\d+\.\d/, // IPv4 addresses
  /\bGH-\d/i, // GH-12 references
  /(?=[0-9a-f]*\d)[0-9a-f]{7,}/i, // commit SHAs
];

function linkish(word: string): boolean {
  return LINKISH.some((re) => re.test(word));
}

/** Punctuation that stays outside the code span when a linkish word is wrapped (quotes, brackets, full stop). */
const PEEL = /^([('"[{]*)([\s\S]*?)([)'"\]},.;:!?]*)$/;
const OPENER: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '"': '"', "'": "'" };

/**
 * Splits a linkish word into the punctuation around it and the part that goes in code. A closing quote or
 * bracket that the code part opened stays with it (`source="…"` keeps its last quote), so code is not cut
 * mid-value.
 */
function peel(word: string): [pre: string, core: string, post: string] {
  const [, pre = '', core0 = '', post0 = ''] = PEEL.exec(word) ?? [];
  let core = core0;
  let post = post0;
  const count = (s: string, c: string) => s.split(c).length - 1;
  for (;;) {
    const c = post[0];
    const open = c === undefined ? undefined : OPENER[c];
    if (c === undefined || open === undefined) break;
    const unbalanced = open === c ? count(core, c) % 2 === 1 : count(core, open) > count(core, c);
    if (!unbalanced) break;
    core += c;
    post = post.slice(1);
  }
  return [pre, core, post];
}

export interface Where {
  /** The text goes in a GFM table cell, where `|` ends the cell even inside a code span. */
  cell?: boolean;
}

/**
 * Prose (a paragraph, list item, table cell, heading, link text or emphasis): safe at any position of a
 * line, including its start, and never more than one line.
 */
export function mdText(text: string, where: Where = {}): string {
  const parts = visibleText(text).split(/(\s+)/u);
  const out = parts.map((word, i) => {
    if (i % 2 === 1 || word === '') return word; // whitespace (only spaces remain)
    if (!linkish(word)) return escapeProse(word);
    const [pre, core, post] = peel(word);
    // `core` can be empty only when the word is all brackets and punctuation, which escape fine as prose.
    return core ? `${escapeProse(pre)}${code(core, where)}${escapeProse(post)}` : escapeProse(word);
  });
  // Leading spaces would make an indented code block at the start of a line, and trailing ones a hard break;
  // neither carries meaning in a sentence.
  return escapeLineStart(out.join('').trim());
}

/** Every character that can mean something inline, as a backslash escape or an entity. */
function escapeProse(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~#$]/g, '\\$&');
}

/**
 * Block starters that escaping inline metacharacters leaves: a list bullet (`-`, `+`), an ordered list
 * (`1.`, `1)`), a setext underline (`=`). `#`, `>`, `*`, `|`, `` ` ``, `~` and `<` are escaped everywhere.
 */
function escapeLineStart(s: string): string {
  // Only where they would start a block: `-x`, `+1` and `0.1.0` are text anyway.
  return s.replace(/^([-+=])(?=[\s\-+=]|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/**
 * A code span showing `text` exactly (see visibleCode for the only change). Outside tables `|` stays raw;
 * in a table cell it is written `\|`, which GFM turns back into `|` before the span is parsed.
 */
function code(text: string, where: Where): string {
  const flat = visibleCode(text);
  // CommonMark has no empty code span; an empty HTML one keeps the cell or sentence shaped as expected.
  if (flat === '') return '<code></code>';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  // CommonMark strips one space from each end when both ends have one (and the text is not all spaces), and
  // a backtick at either end would touch the fence: pad with one space on each side in those cases.
  const pad = /^`|`$/.test(flat) || (/^ [\s\S]* $/.test(flat) && /[^ ]/.test(flat)) ? ' ' : '';
  const body = where.cell ? flat.replace(/\|/g, '\\|') : flat;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A code span outside tables (lists, paragraphs, quotes, headings). Never in a table cell: a `|` in the text
 * would end the cell there and leave the rest of the text outside code. Use cellCode.
 */
export function codeSpan(text: string): string {
  return code(text, {});
}

/** A code span in a GFM table cell. */
export function cellCode(text: string): string {
  return code(text, { cell: true });
}

/** Prose in a GFM table cell. */
export function cellText(text: string): string {
  return mdText(text, { cell: true });
}

/**
 * A fenced code block (lines joined with LF, CRLF read as a line break). A lone CR would be read as a line
 * break by every Markdown parser, so it is shown as `\r`, like the other hidden characters.
 */
export function codeBlock(text: string, info = ''): string {
  const lines = text.split(/\r\n|\n/).map(visibleCode);
  const longest = Math.max(0, ...lines.flatMap((l) => (l.match(/`+/g) ?? []).map((r) => r.length)));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}${visibleCode(info).replace(/[`\s]/g, '')}`, ...lines, fence].join('\n');
}

/**
 * Text inside raw HTML that Markdown does not parse (the `<summary>` of a `<details>` block): one line, so
 * the HTML block cannot end early, `& < > " '` as entities, and linkish words in `<code>` because GitHub
 * still mentions and links in the text nodes of raw HTML.
 */
export function htmlText(text: string): string {
  return visibleText(text)
    .split(/(\s+)/u)
    .map((word, i) => {
      if (i % 2 === 1 || word === '' || !linkish(word)) return escapeHtmlChars(word);
      const [pre, core, post] = peel(word);
      return core
        ? `${escapeHtmlChars(pre)}<code>${escapeHtmlChars(core)}</code>${escapeHtmlChars(post)}`
        : escapeHtmlChars(word);
    })
    .join('');
}

function escapeHtmlChars(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Link targets from a report: only https URLs made of URL characters, without the parentheses, spaces,
 * angle brackets and controls that could end a Markdown link destination early. Anything else gets no link.
 */
export function safeUrl(url: string): string | null {
  return /^https:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+$/.test(url) ? url : null;
}

/** Cuts to `max` code points (never between the halves of a surrogate pair), marking the cut with `…`. */
export function truncate(s: string, max: number): string {
  const cps = Array.from(s);
  return cps.length <= max ? s : `${cps.slice(0, max - 1).join('')}…`;
}
