// Reading a CDK app's TypeScript or JavaScript as text, never running it: which files are the app's sources and
// which its unit tests, and each file's lines with comments blanked, so a commented-out call does not count as
// made. Columns and line numbers stay where they were, for findings that point at the learner's line.
import type { FileSetDoc, TextDoc } from '../../engine/types.js';

const SCRIPT = /\.(?:ts|mts|cts|js|mjs|cjs)$/;
/** Test files as vitest finds them by default: `*.test.ts` or `*.spec.ts` (or JavaScript) anywhere in the app. */
const TEST = /\.(?:test|spec)\.(?:ts|mts|cts|js|mjs|cjs)$/;

/** The path of a file inside its lab folder (`bin/app.ts`), given the folder the file set was read from. */
export function inLab(doc: FileSetDoc, f: TextDoc): string {
  return f.file.startsWith(`${doc.file}/`) ? f.file.slice(doc.file.length + 1) : f.file;
}

/** The app's own script files: everything but its tests and declaration files. */
export function appSources(doc: FileSetDoc): TextDoc[] {
  return doc.files.filter((f) => {
    const rel = inLab(doc, f);
    return SCRIPT.test(rel) && !TEST.test(rel) && !rel.endsWith('.d.ts');
  });
}

/** The app's unit tests (`test/stack.test.ts` and the like). */
export function testFiles(doc: FileSetDoc): TextDoc[] {
  return doc.files.filter((f) => TEST.test(inLab(doc, f)));
}

/**
 * The file's lines with `//` and `/* … *\/` comments replaced by spaces. Quotes are tracked so that a URL in a
 * string ('https://…') is not taken for a comment; template literals are treated as strings on one line.
 */
export function codeLines(f: TextDoc): string[] {
  const out: string[] = [];
  let inBlock = false;
  for (const line of f.lines) {
    let s = '';
    let quote: string | undefined;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (inBlock) {
        if (c === '*' && line[i + 1] === '/') {
          inBlock = false;
          s += '  ';
          i++;
        } else s += ' ';
        continue;
      }
      if (quote) {
        s += c;
        if (c === '\\' && i + 1 < line.length) s += line[++i]!;
        else if (c === quote) quote = undefined;
        continue;
      }
      if (c === '"' || c === "'" || c === '`') {
        quote = c;
        s += c;
      } else if (c === '/' && line[i + 1] === '/') {
        s += ' '.repeat(line.length - i);
        break;
      } else if (c === '/' && line[i + 1] === '*') {
        inBlock = true;
        s += '  ';
        i++;
      } else s += c;
    }
    out.push(s);
  }
  return out;
}

/** Where a pattern first matches in a file's code (comments blanked), as a 1-based line and column. */
export function firstMatch(f: TextDoc, re: RegExp): { line: number; column: number } | undefined {
  const lines = codeLines(f);
  for (let i = 0; i < lines.length; i++) {
    const m = re.exec(lines[i]!);
    if (m) return { line: i + 1, column: m.index + 1 };
  }
  return undefined;
}

/** A file's code as one string (comments blanked), for patterns that may span lines. */
export function codeText(f: TextDoc): string {
  return codeLines(f).join('\n');
}
