// Where the CLI prints. process.stdout is made on first use, and when fd 1 is a pipe or a socket (a shell's
// `| jq`; a script or CI step capturing the report, to which Node's child_process gives a socket) making it loads
// node:net and node:stream: a few milliseconds of every such run, more than printing costs. So a pipe, a socket or
// a regular file is written with write(2) directly, whole and in order; a terminal, or anything else, gets
// process.stdout as before.
import fs from 'node:fs';

export interface Output {
  write(s: string): unknown;
  readonly isTTY?: boolean;
}

/** A stream such as process.stdout: it takes the bytes a direct write left, which may end mid-character. */
export interface Stream {
  write(s: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
}

/**
 * The output for `fd`. `fallback` gives the stream to use where writing directly does not fit: fd is no pipe,
 * socket or file, or it is non-blocking and full (EAGAIN), from which point everything goes to the stream so the
 * order holds. When the reader has gone (EPIPE, `labgrade grade | head -1`), the rest is dropped, as a pipeline
 * expects.
 */
export function fdOutput(
  fd: number,
  fallback: () => Stream,
  writeSync: (fd: number, buf: Uint8Array, offset: number, length: number) => number = fs.writeSync,
): Output {
  let direct: boolean;
  try {
    const st = fs.fstatSync(fd);
    direct = st.isFIFO() || st.isSocket() || st.isFile();
  } catch {
    direct = false;
  }
  if (!direct) {
    let stream: Stream | undefined;
    return {
      write: (s) => (stream ??= fallback()).write(s),
      get isTTY() {
        return (stream ??= fallback()).isTTY === true;
      },
    };
  }
  let stream: Stream | undefined;
  let closed = false;
  return {
    isTTY: false,
    write(s) {
      if (closed) return false;
      if (stream) return stream.write(s);
      const buf = Buffer.from(s, 'utf8');
      let off = 0;
      while (off < buf.length) {
        try {
          off += writeSync(fd, buf, off, buf.length - off);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return false;
          }
          if (code !== 'EAGAIN') throw e;
          stream = fallback();
          return stream.write(buf.subarray(off));
        }
      }
      return true;
    },
  };
}
