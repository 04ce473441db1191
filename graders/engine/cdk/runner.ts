// The script the sandboxed child runs: it compiles the learner's TypeScript in-process and requires the app's
// entry file, whose `App` writes the cloud assembly to CDK_OUTDIR when the process is about to exit, as under
// `cdk synth`. It is written into the synth's private folder, so the child needs no read access to the grader.
//
// Why not tsx: tsx compiles with esbuild, whose synchronous API runs in a worker thread or a child process,
// and the permission model allows neither without weakening it (`--allow-worker` runs workers without the
// model's limits). `typescript`'s own transpileModule is plain JavaScript and needs neither. It strips types
// without checking them, as tsx does; syntax errors are reported with their file, line and column.
export const RUNNER_FILE = 'labgrade-cdk-runner.cjs';

/** The exit code the runner uses when the app cannot be compiled or loaded for a reason it names. */
export const RUNNER_SETUP_EXIT = 3;

export const RUNNER_SOURCE = String.raw`'use strict';
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
process.setSourceMapsEnabled(true);
const entry = path.resolve(process.argv[2]);
const req = Module.createRequire(entry);
const fail = (message) => {
  process.stderr.write('labgrade: ' + message + '\n');
  process.exit(${RUNNER_SETUP_EXIT});
};
let ts = null;
const compiler = () => {
  if (ts) return ts;
  try {
    ts = req('typescript');
  } catch {
    fail("the 'typescript' package is not installed where the app can find it. Run 'npm ci' at the repository root.");
  }
  return ts;
};
const compile = (module, filename) => {
  const t = compiler();
  const out = t.transpileModule(fs.readFileSync(filename, 'utf8'), {
    fileName: filename,
    reportDiagnostics: true,
    compilerOptions: {
      module: t.ModuleKind.CommonJS,
      target: t.ScriptTarget.ES2022,
      esModuleInterop: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
    },
  });
  const errors = (out.diagnostics || []).filter((d) => d.category === t.DiagnosticCategory.Error);
  if (errors.length > 0) {
    const lines = errors.slice(0, 5).map((d) => {
      const pos = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : null;
      const where = pos ? path.relative(process.cwd(), filename) + '(' + (pos.line + 1) + ',' + (pos.character + 1) + ')' : filename;
      return where + ': error TS' + d.code + ': ' + t.flattenDiagnosticMessageText(d.messageText, ' ');
    });
    fail('TypeScript could not compile the app:\n' + lines.join('\n'));
  }
  module._compile(out.outputText, filename);
};
for (const ext of ['.ts', '.cts', '.mts']) Module._extensions[ext] = compile;
// A NodeNext-style import names the compiled file ('./stack.js'); in the sources it is './stack.ts'.
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  try {
    return resolve.call(this, request, parent, ...rest);
  } catch (e) {
    if (/^\.{1,2}\//.test(request) && /\.[cm]?js$/.test(request))
      return resolve.call(this, request.replace(/\.([cm]?)js$/, '.$1ts'), parent, ...rest);
    throw e;
  }
};
if (/\.[cm]?ts$/.test(entry)) req(entry);
else import(pathToFileURL(entry).href).catch((e) => {
  process.stderr.write((e && e.stack) || String(e));
  process.stderr.write('\n');
  process.exit(1);
});
`;
