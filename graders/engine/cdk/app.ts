// What a lab's CDK app is, read as data from `cdk.json` through the workspace reader: the entry file its `app`
// command names, and the context the CDK CLI would pass. The CLI runs `app` through a shell; the grader never does.
// It takes the one script file out of the command and runs that itself, in the sandbox (sandbox.ts), so a command
// such as `npx tsx bin/app.ts && curl …` runs nothing but `bin/app.ts`.
import { parseJson } from '../parsers/json.js';
import { isRecord } from '../parsers/record.js';
import type { Finding } from '../report.js';
import type { Workspace } from '../workspace.js';

export const CDK_JSON = 'cdk.json';
const CDK_CONTEXT_JSON = 'cdk.context.json';

/** Script files the sandbox can run: TypeScript through the `typescript` package, JavaScript as it is. */
const ENTRY = /^[\w@./-]+\.(?:ts|cts|mts|js|cjs|mjs)$/;

/**
 * Context every synth gets, as `cdk synth` gives it: construct paths in the template's Metadata (how a finding
 * names the construct, also in the trusted job, which sees only the template), and no version-reporting
 * resource, which only serves AWS's usage metrics.
 */
export const GRADER_CONTEXT: Readonly<Record<string, unknown>> = {
  'aws:cdk:enable-path-metadata': true,
  'aws:cdk:enable-asset-metadata': true,
  'aws:cdk:version-reporting': false,
};

export type CdkApp =
  | {
      ok: true;
      /** Submission-relative path of the lab folder (`labs/<id>`). */
      dir: string;
      /** The entry script, relative to the lab folder, `/`-separated. */
      entry: string;
      context: Record<string, unknown>;
      /** Findings on cdk.json or cdk.context.json that did not stop the synth (an unreadable context file). */
      notices: Finding[];
    }
  | { ok: false; finding: Finding };

/** Whether the lab folder holds a CDK app (a `cdk.json`, whatever it says). */
export function hasCdkApp(workspace: Workspace, dir: string): boolean {
  return workspace.stat(`${dir}/${CDK_JSON}`) === 'file';
}

/** Reads `<dir>/cdk.json` (and `cdk.context.json`) as data. */
export function readCdkApp(workspace: Workspace, dir: string): CdkApp {
  const file = `${dir}/${CDK_JSON}`;
  const read = workspace.read(file);
  if (!read.ok) return { ok: false, finding: read.finding };
  const parsed = parseJson(read.path, read.text);
  if (!parsed.ok) return { ok: false, finding: parsed.findings[0]! };
  const value = parsed.doc.value;
  const at = (path: (string | number)[]) => ({ file: read.path, ...parsed.doc.locate(path) });
  const fail = (path: (string | number)[], message: string): CdkApp => ({
    ok: false,
    finding: { ...at(path), severity: 'error', ruleId: 'cdk/app', message },
  });
  if (!isRecord(value) || typeof value['app'] !== 'string')
    return fail(
      [],
      `'${file}' has no "app" command, so there is no CDK app to synthesize. Add "app": "npx tsx bin/app.ts" (the file that creates your App and stack).`,
    );
  const command = value['app'];
  const entries = command
    .split(/[\s;&|()<>`'"]+/)
    .filter((w) => ENTRY.test(w) && !w.startsWith('-') && !w.startsWith('/') && !w.split('/').includes('..'));
  const entry = entries[0]?.replace(/^\.\//, '');
  if (entries.length !== 1 || entry === undefined)
    return fail(
      ['app'],
      `The "app" command in '${file}' must name one TypeScript or JavaScript file in the lab folder, such as "npx tsx bin/app.ts"; ${JSON.stringify(command.slice(0, 120))} names ${entries.length === 0 ? 'none' : entries.length}. The grader runs that one file itself, never the command.`,
    );
  if (workspace.stat(`${dir}/${entry}`) !== 'file')
    return fail(
      ['app'],
      `The "app" command in '${file}' runs '${entry}', which is not a file in '${dir}/'. Create it, or point "app" at the file that creates your App.`,
    );
  const notices: Finding[] = [];
  const context: Record<string, unknown> = {};
  // The CLI's order: cdk.context.json (cached lookups) first, then cdk.json's own context, which wins.
  const ctxFile = `${dir}/${CDK_CONTEXT_JSON}`;
  if (workspace.stat(ctxFile) !== 'missing') {
    const r = workspace.read(ctxFile);
    const p = r.ok ? parseJson(r.path, r.text) : null;
    if (p?.ok && isRecord(p.doc.value)) Object.assign(context, p.doc.value);
    else
      notices.push({
        file: ctxFile,
        line: 1,
        column: 1,
        severity: 'warning',
        ruleId: 'cdk/app',
        message: `'${ctxFile}' could not be read as a JSON object, so the synth ran without its values. Fix it or delete it; the CDK CLI rewrites it when it looks values up.`,
      });
  }
  if (isRecord(value['context'])) Object.assign(context, value['context']);
  return { ok: true, dir, entry, context: { ...context, ...GRADER_CONTEXT }, notices };
}
