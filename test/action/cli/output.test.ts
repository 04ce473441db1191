// The CLI's output (action/cli/output.ts): a file, pipe or socket is written directly, whole and in order; anything
// else, and a full non-blocking descriptor, gets the stream; a reader gone ends the output quietly. The socket
// that child_process gives is bundle.test.ts's: it reads the report through one, and checks node:net stays unloaded.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fdOutput, type Stream } from '../../../action/cli/output.js';
import { tmpDir } from '../../helpers/tmp.js';

/** A stand-in for process.stdout that records what it is given, and whether it was ever made. */
function recorder(isTTY = false) {
  const got: string[] = [];
  let made = 0;
  const stream: Stream = {
    isTTY,
    write: (s) => got.push(typeof s === 'string' ? s : Buffer.from(s).toString('utf8')),
  };
  return {
    got,
    made: () => made,
    fallback: () => {
      made++;
      return stream;
    },
  };
}

function fileFd(): { fd: number; file: string } {
  const file = path.join(tmpDir('labgrade-output-'), 'out.txt');
  return { fd: fs.openSync(file, 'w'), file };
}

describe('fdOutput', () => {
  it('writes a regular file directly, in order, and never makes the stream', () => {
    const { fd, file } = fileFd();
    const r = recorder();
    const out = fdOutput(fd, r.fallback);
    expect(out.isTTY).toBe(false);
    out.write('{"score": 1}\n');
    out.write('café ✓\n');
    fs.closeSync(fd);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"score": 1}\ncafé ✓\n');
    expect(r.made()).toBe(0);
  });

  it('gives anything else, such as a terminal, the stream, made on first use, with its isTTY', () => {
    const r = recorder(true);
    const out = fdOutput(-1, r.fallback); // No such descriptor: fstat fails, as it does for nothing it can write.
    expect(r.made()).toBe(0);
    expect(out.isTTY).toBe(true);
    out.write('a');
    out.write('b');
    expect(r.got).toEqual(['a', 'b']);
    expect(r.made()).toBe(1);
  });

  it('finishes a partial write, and sends the rest to the stream from the first EAGAIN on, so the order holds', () => {
    const { fd } = fileFd();
    const r = recorder();
    const written: string[] = [];
    let calls = 0;
    const writeSync = (_fd: number, buf: Uint8Array, off: number, len: number): number => {
      calls++;
      if (calls === 3) throw Object.assign(new Error('busy'), { code: 'EAGAIN' });
      const n = Math.min(len, 4);
      written.push(Buffer.from(buf.subarray(off, off + n)).toString('utf8'));
      return n;
    };
    const out = fdOutput(fd, r.fallback, writeSync);
    out.write('abcdefghij');
    out.write('after');
    fs.closeSync(fd);
    expect(written).toEqual(['abcd', 'efgh']);
    expect(r.got).toEqual(['ij', 'after']);
    expect(written.join('') + r.got.join('')).toBe('abcdefghijafter');
  });

  it('hands the stream whole bytes when a direct write ends inside a character', () => {
    const { fd } = fileFd();
    const got: Uint8Array[] = [];
    const out = fdOutput(
      fd,
      () => ({ write: (s) => got.push(typeof s === 'string' ? Buffer.from(s) : Buffer.from(s)) }),
      (_fd, _buf, _off, len) => {
        if (len === Buffer.byteLength('é!')) return 1; // Half of 'é'.
        throw Object.assign(new Error('busy'), { code: 'EAGAIN' });
      },
    );
    out.write('é!');
    fs.closeSync(fd);
    expect(Buffer.concat([Buffer.from([0xc3]), ...got]).toString('utf8')).toBe('é!');
  });

  it('drops the rest quietly once the reader has gone (EPIPE), and throws any other error', () => {
    const { fd } = fileFd();
    const r = recorder();
    let calls = 0;
    const out = fdOutput(fd, r.fallback, () => {
      calls++;
      throw Object.assign(new Error('gone'), { code: 'EPIPE' });
    });
    expect(out.write('a')).toBe(false);
    expect(out.write('b')).toBe(false);
    expect(calls).toBe(1);
    expect(r.made()).toBe(0);
    const broken = fdOutput(fd, r.fallback, () => {
      throw Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    });
    expect(() => broken.write('c')).toThrow('disk full');
    fs.closeSync(fd);
  });
});
