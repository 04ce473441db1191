import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace, decodeText, WORKSPACE_RULE } from '../../../graders/engine/workspace.js';
import { makeTree, tmpDir } from '../../helpers/tmp.js';

describe('Workspace.read', () => {
  it('reads UTF-8, strips a BOM and turns CRLF into LF', () => {
    const root = makeTree({ 'a.txt': '\uFEFFline1\r\nline2\r\n' });
    const r = new Workspace(root).read('a.txt');
    expect(r).toEqual({ ok: true, path: 'a.txt', text: 'line1\nline2\n' });
  });

  it('refuses paths that climb out of the root', () => {
    const r = new Workspace(makeTree({ 'a.txt': 'x' })).read('../outside.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.finding.ruleId).toBe(WORKSPACE_RULE.outside);
  });

  it('refuses a symlink to /etc/passwd, and says what to do', () => {
    const root = makeTree({ 'labs/x/keep.txt': 'x' });
    fs.symlinkSync('/etc/passwd', path.join(root, 'labs/x/Dockerfile'));
    const ws = new Workspace(root);
    expect(ws.stat('labs/x/Dockerfile')).toBe('escapes');
    const r = ws.read('labs/x/Dockerfile');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.finding).toMatchObject({
        file: 'labs/x/Dockerfile',
        ruleId: WORKSPACE_RULE.symlink,
        severity: 'error',
      });
      expect(r.finding.message).toMatch(/Replace the link/);
    }
  });

  it('refuses a symlinked directory that leaves the root', () => {
    const outside = makeTree({ 'secret.txt': 'top secret' });
    const root = makeTree({ 'labs/keep.txt': 'x' });
    fs.symlinkSync(outside, path.join(root, 'labs/x'));
    const r = new Workspace(root).read('labs/x/secret.txt');
    expect(r.ok).toBe(false);
  });

  it('follows a symlink that stays inside the root', () => {
    const root = makeTree({ 'real.txt': 'hello' });
    fs.symlinkSync('real.txt', path.join(root, 'link.txt'));
    expect(new Workspace(root).read('link.txt')).toMatchObject({ ok: true, text: 'hello' });
  });

  it('refuses files over the size cap without reading them', () => {
    const root = tmpDir();
    const big = path.join(root, 'big.yaml');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 50 * 1024 * 1024); // a sparse 50 MB file
    const r = new Workspace(root).read('big.yaml');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.finding.ruleId).toBe(WORKSPACE_RULE.tooLarge);
      expect(r.finding.message).toContain('50.0 MiB');
    }
  });

  it('honours a custom size cap', () => {
    const root = makeTree({ 'a.txt': 'x'.repeat(100) });
    expect(new Workspace(root, { maxFileBytes: 99 }).read('a.txt').ok).toBe(false);
    expect(new Workspace(root, { maxFileBytes: 100 }).read('a.txt').ok).toBe(true);
  });

  it('detects binary content', () => {
    const root = makeTree({
      'img.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    });
    const r = new Workspace(root).read('img.png');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.finding.ruleId).toBe(WORKSPACE_RULE.binary);
  });

  it('reports a directory where a file was expected', () => {
    const root = makeTree({ 'Dockerfile/inner.txt': 'x' });
    const r = new Workspace(root).read('Dockerfile');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.finding.ruleId).toBe(WORKSPACE_RULE.notFile);
  });

  it('lists a directory in sorted order', () => {
    const root = makeTree({ 'd/b': '', 'd/a': '', 'd/C': '' });
    expect(new Workspace(root).list('d')).toEqual(['C', 'a', 'b']);
  });
});

describe('Workspace.normalize', () => {
  // What normalize gave before its shortcut for plain paths, written out: resolve against the root, then relative.
  const resolved = (root: string, rel: string): string | null => {
    const fromRoot = path.relative(root, path.resolve(root, rel));
    if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
    return fromRoot.split(path.sep).join('/');
  };

  it.each([
    'a',
    'labs/01-production-dockerfile/template.yaml',
    '.hidden',
    'a/.b',
    'a/..b',
    'a/b..',
    '...',
    'a/...',
    '..a',
    '..a/b',
    '',
    '.',
    './a',
    'a/./b',
    'a/../b',
    'a/..',
    'a/b/../..',
    '../a',
    '..',
    'a//b',
    'a/',
    '/etc/passwd',
    'a\\b',
    'C:b',
    'a/b:c',
  ])('gives %j what resolving it gives', (rel) => {
    const root = makeTree({ 'keep.txt': 'x' });
    expect(new Workspace(root).normalize(rel)).toBe(resolved(root, rel));
  });
});

describe('Workspace.stat', () => {
  it('tells files, folders, missing paths and links in and out of the tree apart', () => {
    const outside = makeTree({ 'secret.txt': 's', 'dir/x.txt': 'x' });
    const root = makeTree({ 'a.txt': 'a', 'd/b.txt': 'b' });
    fs.symlinkSync('a.txt', path.join(root, 'to-file'));
    fs.symlinkSync('d', path.join(root, 'to-dir'));
    fs.symlinkSync('nowhere.txt', path.join(root, 'dangling'));
    fs.symlinkSync(path.join(outside, 'gone.txt'), path.join(root, 'dangling-out'));
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(root, 'out-file'));
    fs.symlinkSync(path.join(outside, 'dir'), path.join(root, 'out-dir'));
    const ws = new Workspace(root);
    expect(
      Object.fromEntries(
        [
          'a.txt',
          'd',
          'd/b.txt',
          'missing.txt',
          'd/missing/deeper.txt',
          'a.txt/under-a-file',
          'to-file',
          'to-dir',
          'to-dir/b.txt',
          'dangling',
          'dangling-out',
          'out-file',
          'out-dir',
          'out-dir/x.txt',
          '../a.txt',
        ].map((p) => [p, ws.stat(p)]),
      ),
    ).toEqual({
      'a.txt': 'file',
      d: 'dir',
      'd/b.txt': 'file',
      'missing.txt': 'missing',
      'd/missing/deeper.txt': 'missing',
      'a.txt/under-a-file': 'missing',
      'to-file': 'file',
      'to-dir': 'dir',
      'to-dir/b.txt': 'file',
      dangling: 'missing',
      'dangling-out': 'escapes',
      'out-file': 'escapes',
      'out-dir': 'escapes',
      'out-dir/x.txt': 'escapes',
      '../a.txt': 'escapes',
    });
  });

  it('reads a submission whose root is itself reached through a link', () => {
    const real = makeTree({ 'labs/x/Dockerfile': 'FROM scratch\n' });
    const link = path.join(tmpDir(), 'linked-root');
    fs.symlinkSync(real, link);
    const ws = new Workspace(link);
    expect(ws.stat('labs/x/Dockerfile')).toBe('file');
    expect(ws.read('labs/x/Dockerfile')).toMatchObject({ ok: true, text: 'FROM scratch\n' });
  });
});

describe('Workspace.walk', () => {
  it('lists regular files recursively and sorted, skipping tool output folders', () => {
    const root = makeTree({
      'lab/b.txt': '',
      'lab/a/z.json': '',
      'lab/a/y.yaml': '',
      'lab/node_modules/pkg/index.js': '',
      'lab/.git/config': '',
      'lab/cdk.out/x.template.json': '',
      'lab/.env': '',
    });
    expect(new Workspace(root).walk('lab')).toEqual({
      files: ['lab/.env', 'lab/a/y.yaml', 'lab/a/z.json', 'lab/b.txt'],
      links: [],
      truncated: false,
    });
  });

  it('never follows a symbolic link, inside the tree or out of it', () => {
    const root = makeTree({ 'lab/real.txt': 'x', 'other/secret.txt': 'y' });
    fs.symlinkSync(path.join(root, 'other'), path.join(root, 'lab/linked-dir'));
    fs.symlinkSync('/etc/passwd', path.join(root, 'lab/passwd'));
    expect(new Workspace(root).walk('lab')).toEqual({
      files: ['lab/real.txt'],
      links: ['lab/linked-dir', 'lab/passwd'],
      truncated: false,
    });
  });

  it('stops at the file cap and says so', () => {
    const root = makeTree(Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`lab/f${i}.txt`, ''])));
    const w = new Workspace(root).walk('lab', 5);
    expect(w.files).toHaveLength(5);
    expect(w.truncated).toBe(true);
  });

  it('returns nothing for a folder outside the root or missing', () => {
    const root = makeTree({ 'lab/a.txt': '' });
    expect(new Workspace(root).walk('../..').files).toEqual([]);
    expect(new Workspace(root).walk('nope').files).toEqual([]);
  });
});

describe('decodeText', () => {
  const utf16le = (s: string) => new Uint8Array([0xff, 0xfe, ...Buffer.from(s, 'utf16le')]);
  const utf16be = (s: string) => {
    const le = Buffer.from(s, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i < le.length; i += 2) {
      be[i] = le[i + 1]!;
      be[i + 1] = le[i]!;
    }
    return new Uint8Array([0xfe, 0xff, ...be]);
  };

  it.each([
    ['UTF-16 LE with BOM', utf16le('FROM node:22\n')],
    ['UTF-16 BE with BOM', utf16be('FROM node:22\n')],
    ['UTF-16 LE without BOM', new Uint8Array(Buffer.from('{"family": "web", "cpu": "256"}', 'utf16le'))],
  ])('refuses %s with a message naming UTF-8', (_name, bytes) => {
    const d = decodeText(bytes);
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.ruleId).toBe(WORKSPACE_RULE.encoding);
      expect(d.message('f')).toMatch(/UTF-16.*UTF-8/);
    }
  });

  it('refuses invalid UTF-8', () => {
    const d = decodeText(new Uint8Array([0x41, 0xc3, 0x28, 0x42]));
    expect(d.ok).toBe(false);
  });

  it('keeps non-ASCII UTF-8 text', () => {
    expect(decodeText(new TextEncoder().encode('café ✓\r\n'))).toEqual({ ok: true, text: 'café ✓\n' });
  });

  // One decoder serves every read: nothing of one text may carry into the next.
  it('decodes each text afresh: after a refusal, a cut-off character, and a BOM', () => {
    expect(decodeText(new Uint8Array([0x41, 0xc3, 0x28, 0x42])).ok).toBe(false);
    expect(decodeText(new TextEncoder().encode('after'))).toEqual({ ok: true, text: 'after' });
    expect(decodeText(new Uint8Array([0x61, 0xe2, 0x9c])).ok).toBe(false);
    expect(decodeText(new Uint8Array([0x93, 0x62]))).toMatchObject({ ok: false });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x78]))).toEqual({ ok: true, text: 'x' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x79]))).toEqual({ ok: true, text: 'y' });
  });
});
