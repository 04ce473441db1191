// Properties of the sanitizer, over arbitrary strings rich in what attacks Markdown: line breaks of every kind,
// controls, bidi and invisible characters, lone surrogates, autolink and mention material, HTML and Markdown
// metacharacters. Each fragment is rendered by markdown-it (see gfm.ts) in the places the renderer puts
// learner text, and the HTML is checked: nothing the text did not already say as text, and code exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellCode,
  cellText,
  codeBlock,
  codeSpan,
  htmlText,
  mdText,
  safeUrl,
  truncate,
  visibleCode,
  visibleText,
} from '../../../action/report/sanitize.js';
import { analyse, blockTypes, renderGfm, type Analysis } from './gfm.js';

const RUNS = { numRuns: 10_000 };
/** 10,000 markdown-it renders take seconds, not the default 5. */
const LONG = 120_000;

/** Pieces that each break something when they reach Markdown raw. */
const DANGEROUS = [
  ...['\r', '\n', '\r\n', '\n\n', '\r\r', '\u2028', '\u2029', '\u0085', '\u000b', '\f', '\t', '\0'],
  ...['\u001b[31m', '\u007f', '\u009b', '\u0008'],
  ...['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u061c'],
  ...['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2060', '\ufeff', '\u00ad', '\u3164', '\u034f'],
  ...['\u{e0041}', '\ufe0f', '\ud800', '\udfff', '\u00a0', '\u3000'],
  ...['www.', 'www.evil.com', 'WWW.x', 'http://', 'https://x.y/p?q=1', 'mailto:', 'ftp://a', 'xmpp:a@b'],
  ...['//evil.com', 'evil.com', 'README.md', '1.2.3.4', 'a@b.co', 'x@y', '@', '@octocat', '@org/team'],
  ...['#', '#12', 'o/r#1', 'GH-7', 'deadbee1', ':tada:', ':', '$', '$x$', '$`x`$'],
  ...['`', '``', '```', '~~~', '~', '|', '\\|', '\\', '<', '>', '&', '&amp;', '&#10;', '&copy;'],
  ...['<script>alert(1)</script>', '</details>', '<img src=x>', '<a href="http://x">', '<!--', '-->'],
  ...['![i](http://x)', '[l](http://x)', '<http://x>', '[x]: http://x', '[^1]', '[!NOTE]', '[ ]'],
  ...['![', '](', '[', ']', '(', ')', '!', '*', '**', '_', '__', '=', '==='],
  ...['# ', '## h', '- ', '+ ', '* ', '1. ', '9) ', '> ', '---', '***', '    ', '\t\t'],
  ...[' ', '  ', '.', 'a', 'é', 'e\u0301', '👩‍💻', '€', 'javascript:alert(1)'],
  // Hosts whose label is not a letter to \p{L}: an unassigned code point, an emoji (linkify-it links both).
  ...['\u{3347a}.Er', '😀.co'],
];
const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...DANGEROUS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 4 }) },
  // Any UTF-16 code unit, lone surrogates included.
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
const text = fc.array(piece, { maxLength: 10 }).map((a) => a.join(''));

/** Characters that must never reach the Markdown raw (the sanitizer's own definition, restated). */
/* eslint-disable no-control-regex -- matching control characters is the point */
const RAW_HIDDEN =
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029\p{Cf}\p{Default_Ignorable_Code_Point}]|[\ud800-\udfff]/u;
/* eslint-enable no-control-regex */

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Nothing in the rendered fragment is a link, image, heading, mention or tag beyond what `allowed` says. */
function inert(a: Analysis, allowed: { links?: string[]; headings?: number } = {}): void {
  expect(a.images).toEqual([]);
  expect(a.otherTags).toEqual([]);
  expect(a.github).toEqual([]);
  expect(a.links.map((l) => l.href)).toEqual(allowed.links ?? []);
  expect(a.headings).toHaveLength(allowed.headings ?? 0);
}

describe('sanitizer output never carries a raw hidden character', () => {
  it(
    'in prose, cells, code, raw HTML and code blocks',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          for (const out of [mdText(s), cellText(s), codeSpan(s), cellCode(s), htmlText(s)]) {
            expect(out).not.toMatch(RAW_HIDDEN);
          }
          // A code block keeps its own line feeds, and nothing else.
          expect(codeBlock(s).replace(/\n/g, '')).not.toMatch(RAW_HIDDEN);
        }),
        RUNS,
      );
    },
    LONG,
  );
});

describe('prose (mdText, cellText)', () => {
  it(
    'renders as one paragraph whose text is the learner text, with no link, mention, heading or image',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const frag = `x ${mdText(s)} y`;
          expect(blockTypes(frag)).toEqual(['paragraph_open', 'inline', 'paragraph_close']);
          const a = analyse(renderGfm(frag));
          inert(a);
          expect(squash(a.text)).toBe(squash(`x ${visibleText(s)} y`));
        }),
        RUNS,
      );
    },
    LONG,
  );

  it(
    'is just as inert at the start of a line, where block syntax lives',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const frag = mdText(s);
          const types = blockTypes(frag);
          expect(
            types.filter((t) => t !== 'paragraph_open' && t !== 'inline' && t !== 'paragraph_close'),
          ).toEqual([]);
          const a = analyse(renderGfm(frag));
          inert(a);
          expect(squash(a.text)).toBe(squash(visibleText(s)));
        }),
        RUNS,
      );
    },
    LONG,
  );

  it(
    'stays in its table cell, and its text is the learner text',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const table = `| a | b |\n|---|---|\n| ${cellText(s)} | z |\n`;
          const types = blockTypes(table);
          expect(types.filter((t) => t === 'td_open')).toHaveLength(2);
          expect(types.filter((t) => t === 'tr_open')).toHaveLength(2);
          const a = analyse(renderGfm(table));
          inert(a);
          expect(squash(a.text)).toBe(squash(`a b ${visibleText(s)} z`));
        }),
        RUNS,
      );
    },
    LONG,
  );

  it(
    'adds nothing inside the structures the renderer wraps it in',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const t = mdText(s);
          // One document, so one render per case: each structure separated by a blank line.
          const doc = [
            `- a ${t}\n- b`,
            `> a ${t}\n>\n> b`,
            `#### Deploy (${t}) x`,
            `[${t} x](https://docs.example/)`,
            `- …and 2 more for *${t}* (see)`,
            `<sub>${t} · v1</sub>`,
          ].join('\n\n');
          inert(analyse(renderGfm(doc)), { headings: 1, links: ['https://docs.example/'] });
          expect(blockTypes(doc).filter((b) => b.endsWith('_open'))).toEqual([
            ...['bullet_list_open', 'list_item_open', 'paragraph_open', 'list_item_open', 'paragraph_open'],
            ...['blockquote_open', 'paragraph_open', 'paragraph_open', 'heading_open', 'paragraph_open'],
            ...['bullet_list_open', 'list_item_open', 'paragraph_open', 'paragraph_open'],
          ]);
        }),
        RUNS,
      );
    },
    LONG,
  );
});

describe('raw HTML context (htmlText)', () => {
  it(
    'keeps the <details> block whole and links or mentions nothing',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const html = `<details open>\n<summary>✅ <b>01 · ${htmlText(s)}</b> — 1/2</summary>\n\nbody\n\n</details>\n`;
          const types = blockTypes(html);
          expect(types).toEqual(['html_block', 'paragraph_open', 'inline', 'paragraph_close', 'html_block']);
          const a = analyse(renderGfm(html));
          inert(a);
          expect(squash(a.text)).toBe(squash(`✅ 01 · ${visibleText(s)} — 1/2 body`));
        }),
        RUNS,
      );
    },
    LONG,
  );
});

describe('code (codeSpan, cellCode, codeBlock): nothing inserted', () => {
  it(
    'a code span renders exactly the text, hidden characters shown as escapes',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const a = analyse(renderGfm(`x ${codeSpan(s)} y`));
          inert(a);
          expect(a.codes).toEqual([visibleCode(s)]);
          expect(a.text).toBe(`x ${visibleCode(s)} y\n`);
          if (!RAW_HIDDEN.test(s)) expect(a.codes[0]).toBe(s);
        }),
        RUNS,
      );
    },
    LONG,
  );

  it(
    'in a table cell too, pipes included',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const a = analyse(renderGfm(`| a | b |\n|---|---|\n| ${cellCode(s)} | z |\n`));
          inert(a);
          expect(a.codes).toEqual([visibleCode(s)]);
          expect(a.text.replace(/\n/g, '')).toBe(`ab${visibleCode(s)}z`);
        }),
        RUNS,
      );
    },
    LONG,
  );

  it(
    'a code block renders its lines exactly',
    () => {
      fc.assert(
        fc.property(text, (s) => {
          const a = analyse(renderGfm(codeBlock(s, 'text')));
          inert(a);
          expect(a.codes).toEqual([
            `${s
              .split(/\r\n|\n/)
              .map(visibleCode)
              .join('\n')}\n`,
          ]);
        }),
        RUNS,
      );
    },
    LONG,
  );

  it('copies URLs, digests and mentions exactly, in code and in prose (no zero-width space)', () => {
    for (const s of [
      'http://localhost:8080/health',
      'node@sha256:0123abcd',
      '@org/team',
      '#12',
      'www.x.io',
    ]) {
      expect(analyse(renderGfm(`x ${codeSpan(s)} y`)).codes).toEqual([s]);
      // In prose the linkish word becomes a code span of its own; the quotes and full stop stay outside.
      expect(analyse(renderGfm(mdText(`see '${s}'.`))).codes).toEqual([s]);
    }
    expect(analyse(renderGfm(`x ${codeSpan('a|b `c`')} y`)).codes).toEqual(['a|b `c`']);
    expect(codeSpan('`a`')).toBe('`` `a` ``');
    expect(codeSpan(' a ')).toBe('`  a  `');
    expect(codeSpan('')).toBe('<code></code>');
  });

  it('shows hidden characters as JSON-style escapes', () => {
    expect(visibleCode('a\rb\nc\r\nd\u2028e\u202ef\u0000g\u{e0041}\td')).toBe(
      'a\\rb\\nc\\r\\nd\\u2028e\\u202Ef\\u0000g\\u{E0041}\td',
    );
    expect(visibleText('a\rb\r\nc\u2028d\u202ee')).toBe('a b c d\\u202Ee');
  });
});

describe('helpers', () => {
  it('links only https URLs made of URL characters', () => {
    expect(safeUrl('https://docs.aws.amazon.com/a/b.html#x')).toBe('https://docs.aws.amazon.com/a/b.html#x');
    for (const bad of [
      'http://x',
      'javascript:alert(1)',
      'https://x/)](http://evil',
      'https://x y',
      'https://x\n',
    ])
      expect(safeUrl(bad)).toBeNull();
  });
  it('truncates by code point, never splitting a surrogate pair', () => {
    expect(truncate('ab👩c', 3)).toBe('ab…');
    expect(truncate('a👩bc', 3)).toBe('a👩…');
    expect(truncate('abc', 3)).toBe('abc');
  });
});
