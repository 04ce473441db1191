// A stand-in for github.com's Markdown pipeline, for tests: markdown-it with raw HTML and linkify (in its fuzzy
// mode, which links bare `host.tld` and IPs too, so it is stricter than GFM's www./scheme/e-mail autolinks),
// followed by what GitHub does to the HTML afterwards. GitHub turns `@user`, `@org/team`, `#12`,
// `owner/repo#12`, `GH-12` and `:emoji:` into links or images in every text node that has no `<a>`, `<code>`
// or `<pre>` ancestor (gjtorikian/html-pipeline's mention filter, ux.md §3.5), and renders `$…$` as math.
// `analyse` finds all of those in rendered HTML, so a test can say where each link, heading or mention came from.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: true, linkify: true });
md.linkify.set({ fuzzyLink: true, fuzzyEmail: true, fuzzyIP: true });

export function renderGfm(markdown: string): string {
  return md.render(markdown);
}

/** markdown-it's block tokens, to check which blocks a fragment produced. */
export function blockTypes(markdown: string): string[] {
  return md.parse(markdown, {}).map((t) => t.type);
}

/** What GitHub would autolink in a text node outside `<a>`, `<code>` and `<pre>`. */
const GITHUB_FILTERS: { kind: 'mention' | 'reference' | 'emoji' | 'math'; re: RegExp }[] = [
  { kind: 'mention', re: /(?:^|[^\w`])@[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*)?/gi },
  { kind: 'reference', re: /(?:^|[^\w])(?:[\w.-]+\/[\w.-]+)?#\d+|\bGH-\d+/gi },
  { kind: 'emoji', re: /:[a-z0-9_+-]+:/gi },
  { kind: 'math', re: /\$/g },
];

export interface Analysis {
  headings: string[];
  links: { href: string; text: string }[];
  images: string[];
  /** Elements other than the harmless ones Markdown produces (script, iframe, style…). */
  otherTags: string[];
  /** GitHub's post-processing hits: mentions, references, emoji, math. */
  github: { kind: string; text: string }[];
  /** Decoded text of each `<code>` element. */
  codes: string[];
  /** All decoded text, in order, code included. */
  text: string;
}

const VOID = new Set(['br', 'hr', 'img', 'input', 'wbr']);
const HARMLESS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'code',
  'pre',
  'em',
  'strong',
  'b',
  'i',
  's',
  'del',
  'sub',
  'sup',
  'details',
  'summary',
  'br',
  'hr',
  'span',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'a',
  'img',
]);

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const l = e.toLowerCase();
    if (l.startsWith('#x')) return String.fromCodePoint(parseInt(l.slice(2), 16));
    if (l.startsWith('#')) return String.fromCodePoint(parseInt(l.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[l]!;
  });
}

/**
 * Walks the HTML markdown-it produced (well formed: text is entity-escaped, and the raw HTML in our Markdown
 * is ours) with a small tag/text tokenizer and an element stack.
 */
export function analyse(html: string): Analysis {
  const a: Analysis = { headings: [], links: [], images: [], otherTags: [], github: [], codes: [], text: '' };
  const stack: { tag: string; start: number; href?: string }[] = [];
  const token = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</g;
  for (const m of html.matchAll(token)) {
    const [whole, close, rawTag, attrs = ''] = m;
    if (whole.startsWith('<!--')) continue;
    if (rawTag === undefined) {
      const text = decodeEntities(whole);
      const inside = new Set(stack.map((e) => e.tag));
      if (!inside.has('code') && !inside.has('pre') && !inside.has('a')) {
        for (const { kind, re } of GITHUB_FILTERS)
          for (const hit of text.matchAll(re)) a.github.push({ kind, text: hit[0] });
      }
      a.text += text;
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (!HARMLESS.has(tag)) a.otherTags.push(tag);
    if (tag === 'img') {
      a.images.push(/src="([^"]*)"/.exec(attrs)?.[1] ?? '');
      continue;
    }
    if (VOID.has(tag)) continue;
    if (!close) {
      const href = /href="([^"]*)"/.exec(attrs)?.[1];
      stack.push({
        tag,
        start: a.text.length,
        ...(href !== undefined ? { href: decodeEntities(href) } : {}),
      });
      continue;
    }
    // Close the nearest matching element (markdown-it output nests properly).
    const i = stack.map((e) => e.tag).lastIndexOf(tag);
    if (i < 0) continue;
    const [open] = stack.splice(i);
    const inner = a.text.slice(open!.start);
    if (/^h[1-6]$/.test(tag)) a.headings.push(inner);
    if (tag === 'a') a.links.push({ href: open!.href ?? '', text: inner });
    if (tag === 'code') a.codes.push(inner);
  }
  return a;
}
