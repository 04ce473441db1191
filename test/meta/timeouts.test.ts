// Every test that can start a process states its timeout. vitest's 5 s default fits work done in-process, not a
// Python start-up on a busy 2-core machine: "never loads append_rules…" timed out at 5 s in 1 run of 3 (issue 10).
//
// The check is static and errs on the side of asking: a test file counts as starting processes when it, or
// anything it imports from this repository (followed transitively, static and dynamic imports alike), imports
// node:child_process or execa. That covers cfn-lint (graders/engine/cfn-lint.ts), moto_server
// (test/helpers/moto.ts), the bundles (test/helpers/run-action.ts) and any direct spawn. In such a file, and in
// any helper that registers tests for one, every `it`/`test` (and every `beforeAll`/`beforeEach`, where servers
// start) must carry a timeout: its own (a last argument after the function, or `{ timeout }`), or an enclosing
// `describe(…, { timeout }, …)`. Use the named constants in test/helpers/timeouts.ts.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/tmp.js';

const PROCESS_MODULES = new Set(['node:child_process', 'child_process', 'execa']);

function listTs(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' || e.name === 'node_modules' ? [] : listTs(p);
    return e.name.endsWith('.ts') ? [p] : [];
  });
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    parsed.set(file, sf);
  }
  return sf;
}

/** Module specifiers a file loads: `import … from`, `export … from`, and `import('…')` with a literal. */
function specifiers(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) {
      // `import type` loads nothing at run time.
      const typeOnly = ts.isImportDeclaration(n) ? n.importClause?.isTypeOnly : n.isTypeOnly;
      if (ts.isStringLiteral(n.moduleSpecifier) && !typeOnly) out.push(n.moduleSpecifier.text);
    } else if (
      ts.isCallExpression(n) &&
      n.expression.kind === ts.SyntaxKind.ImportKeyword &&
      n.arguments[0] &&
      ts.isStringLiteralLike(n.arguments[0])
    ) {
      out.push(n.arguments[0].text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** A relative specifier resolved to the repository's .ts file (`./x.js` is `./x.ts`), or null. */
function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base.replace(/\.m?js$/, '.ts'), base.replace(/\.mjs$/, '.d.mts'), `${base}.ts`, base])
    if (fs.existsSync(c) && fs.statSync(c).isFile() && /\.(ts|mts)$/.test(c)) return c;
  return null;
}

const spawnerMemo = new Map<string, boolean>();
/** Whether loading `file` can start a process: it, or a local module it reaches, imports one that does. */
function startsProcesses(file: string, seen = new Set<string>()): boolean {
  const known = spawnerMemo.get(file);
  if (known !== undefined) return known;
  if (seen.has(file)) return false;
  seen.add(file);
  const specs = specifiers(parse(file));
  const result =
    specs.some((s) => PROCESS_MODULES.has(s)) ||
    specs.some((s) => {
      const local = resolveLocal(file, s);
      return local !== null && startsProcesses(local, seen);
    });
  // A cycle answers false for the file still on the stack; only settled answers are remembered.
  if (result || seen.size === 1) spawnerMemo.set(file, result);
  return result;
}

const TEST_FNS = new Set(['it', 'test']);
const HOOKS = new Set(['beforeAll', 'beforeEach']);

/** The root identifier of a callee: `it`, `it.skipIf(x)`, `it.each(t)`, `describe.skipIf(x)` → it / describe. */
function rootName(e: ts.Expression): string | null {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return rootName(e.expression);
  if (ts.isCallExpression(e)) return rootName(e.expression);
  return null;
}

const hasTimeoutOption = (args: readonly ts.Expression[]): boolean =>
  args.some(
    (a) =>
      ts.isObjectLiteralExpression(a) &&
      a.properties.some((p) => p.name !== undefined && ts.isIdentifier(p.name) && p.name.text === 'timeout'),
  );

const isFn = (a: ts.Expression): boolean => ts.isArrowFunction(a) || ts.isFunctionExpression(a);

/** A test call's own timeout: `{ timeout }` among its arguments, or an argument after its function. */
function ownTimeout(call: ts.CallExpression): boolean {
  const args = call.arguments;
  if (hasTimeoutOption(args)) return true;
  const fn = args.findIndex(isFn);
  return fn >= 0 && fn < args.length - 1;
}

/** Whether an enclosing `describe(…, { timeout }, …)` sets the timeout for `node`. */
function describedTimeout(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent)
    if (ts.isCallExpression(p) && rootName(p.expression) === 'describe' && hasTimeoutOption(p.arguments))
      return true;
  return false;
}

/** Tests and set-up hooks in `sf` that have no timeout, as `path:line name`. */
function untimed(sf: ts.SourceFile): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const name = rootName(n.expression);
      // The call that registers the test is the one holding the function (`it.each(t)(name, fn)`: the outer one).
      const registers =
        (name !== null && TEST_FNS.has(name) && n.arguments.some(isFn)) ||
        (ts.isIdentifier(n.expression) && HOOKS.has(n.expression.text));
      if (registers && !ownTimeout(n) && !describedTimeout(n)) {
        const line = sf.getLineAndCharacterOfPosition(n.getStart()).line + 1;
        const label = n.arguments[0] && ts.isStringLiteralLike(n.arguments[0]) ? n.arguments[0].text : name;
        out.push(`${path.relative(REPO, sf.fileName)}:${line} ${label}`);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export const __forTests = { untimed, parse };

const files = listTs(path.join(REPO, 'test'));
const registersTests = (f: string) => /\b(it|test)(\.\w+(\([^)]*\))?)*\(/.test(fs.readFileSync(f, 'utf8'));
const spawning = files.filter((f) => registersTests(f) && startsProcesses(f));

describe('tests that start processes', () => {
  it('are found: the cfn-lint, moto, bundle and CLI tests count, a pure rule test does not', () => {
    const rel = spawning.map((f) => path.relative(REPO, f));
    expect(rel).toContain('test/graders/engine/cfn-lint.test.ts');
    expect(rel).toContain('test/action/e2e.test.ts');
    expect(rel).toContain('test/action/sandbox/moto-flow.test.ts');
    expect(rel).toContain('test/scripts/ensure-tools.test.ts');
    expect(rel).not.toContain('test/graders/engine/plural.test.ts');
  });

  it('each set an explicit timeout (test/helpers/timeouts.ts), theirs or their describe block’s', () => {
    expect(spawning.flatMap((f) => untimed(parse(f)))).toEqual([]);
  });

  it('the check itself tells a timed test from an untimed one', () => {
    const sf = ts.createSourceFile(
      path.join(REPO, 'test/x.test.ts'),
      [
        "it('a', () => {});",
        "it('b', () => {}, T);",
        "it('c', { timeout: T }, () => {});",
        "it.skipIf(x)('d', async () => {});",
        "it.each([1])('e %s', (n) => {}, T);",
        "describe('f', { timeout: T }, () => { it('g', () => {}); });",
        "describe.skipIf(x)('h', () => { it('i', () => {}); });",
        'beforeAll(async () => {});',
        'beforeAll(async () => {}, T);',
      ].join('\n'),
      ts.ScriptTarget.Latest,
      true,
    );
    expect(untimed(sf)).toEqual([
      'test/x.test.ts:1 a',
      'test/x.test.ts:4 d',
      'test/x.test.ts:7 i',
      'test/x.test.ts:8 beforeAll',
    ]);
  });
});
