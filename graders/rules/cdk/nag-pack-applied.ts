// CDK001: the app runs cdk-nag's AWS Solutions checks at synth time and writes what it acknowledges into the
// template. Read from the app's source text; nothing is executed. cdk-nag 3 is a CDK policy-validation plugin,
// registered with `Validations.of(app).addPlugins(new AwsSolutionsChecks(app, …))`; with
// `writeSuppressionsToCloudFormation: true` every acknowledgment (rule id and reason) is copied into the Metadata
// of the resources it covers, which is the only place a reviewer of the template (or this grader) can read it.
import { defineRule } from '../../engine/define.js';
import type { FileSetDoc, TextDoc } from '../../engine/types.js';
import { appSources, codeText, firstMatch, inLab } from './source-text.js';

const NEW_PACK = /\bnew\s+AwsSolutionsChecks\s*\(/;
const ADD_PLUGINS = /\bValidations\s*\.\s*of\s*\([^)]*\)\s*\.\s*addPlugins\s*\(/;
const AS_ASPECT = /\bAspects\s*\.\s*of\s*\([^)]*\)\s*\.\s*add\s*\(\s*new\s+AwsSolutionsChecks\b/;
const AUDIT_TRAIL = /\bwriteSuppressionsToCloudFormation\s*:\s*true\b/;
/** The context key that, set to false, lets a synth with validation errors succeed (aws-cdk-lib cx-api). */
export const FAIL_SYNTH_CONTEXT = '@aws-cdk/core:failSynthOnValidationErrors';

export interface PackUse {
  /** The source file that creates the pack, if any. */
  file?: TextDoc;
  registered: boolean;
  asAspect: boolean;
  auditTrail: boolean;
}

/** How the app's sources use AwsSolutionsChecks: the first file that creates it, and how that file registers it. */
export function packUse(doc: FileSetDoc): PackUse {
  for (const f of appSources(doc)) {
    const code = codeText(f);
    if (!NEW_PACK.test(code)) continue;
    return {
      file: f,
      registered: ADD_PLUGINS.test(code),
      asAspect: AS_ASPECT.test(code),
      auditTrail: AUDIT_TRAIL.test(code),
    };
  }
  return { registered: false, asAspect: false, auditTrail: false };
}

/** Whether the app registers the AWS Solutions pack and writes its acknowledgments into the template. */
export function appliesAwsSolutions(doc: FileSetDoc): boolean {
  const use = packUse(doc);
  return use.file !== undefined && use.registered && use.auditTrail;
}

/** Where cdk.json turns off failing the synth on validation errors, if it does. */
function failSynthOff(doc: FileSetDoc): { file: TextDoc; line: number; column: number } | undefined {
  const cdkJson = doc.files.find((f) => inLab(doc, f) === 'cdk.json');
  if (!cdkJson) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cdkJson.text);
  } catch {
    return undefined; // an unreadable cdk.json stops the synth, which reports it
  }
  const context = (parsed as { context?: unknown } | null)?.context;
  if (typeof context !== 'object' || context === null) return undefined;
  if ((context as Record<string, unknown>)[FAIL_SYNTH_CONTEXT] !== false) return undefined;
  const i = cdkJson.lines.findIndex((l) => l.includes(FAIL_SYNTH_CONTEXT));
  return { file: cdkJson, line: i + 1, column: Math.max(1, (cdkJson.lines[i] ?? '').indexOf('"') + 1) };
}

export default defineRule({
  meta: {
    id: 'CDK001',
    name: 'nag-pack-applied',
    target: 'files',
    severity: 'error',
    title: "Run cdk-nag's AWS Solutions checks and record acknowledgments in the template",
    description:
      "The app registers cdk-nag's AwsSolutionsChecks with 'Validations.of(app).addPlugins(...)' and 'writeSuppressionsToCloudFormation: true', and cdk.json does not turn off failing the synth on validation errors, so every synth checks the stack and every acknowledged finding is written into the template with its reason.",
    docsUrl: 'https://github.com/cdklabs/cdk-nag#usage',
    evidence: ['AwsSolutions'],
    messages: {
      noPack:
        "No source file of the app creates 'new AwsSolutionsChecks(app, ...)', so nothing checks the stack against the AWS Solutions rules when it is synthesized. In 'bin/app.ts' add \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\" (imports: 'Validations' from 'aws-cdk-lib', 'AwsSolutionsChecks' from 'cdk-nag').",
      asAspect:
        "'{{file}}' adds AwsSolutionsChecks with 'Aspects.of(...).add(...)', the cdk-nag 2 way. cdk-nag 3 packs are policy-validation plugins, not aspects, so this never checks anything. Register it with \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\".",
      notRegistered:
        "'{{file}}' creates AwsSolutionsChecks but never passes it to 'Validations.of(app).addPlugins(...)', so the pack never runs. Register it: \"Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))\".",
      noAuditTrail:
        "'{{file}}' registers AwsSolutionsChecks without 'writeSuppressionsToCloudFormation: true', so your acknowledgments and their reasons stay inside the synth and never reach the template that reviewers (and this grader) read. Pass \"{ writeSuppressionsToCloudFormation: true }\" as the pack's second argument.",
      failSynthOff:
        "cdk.json sets '{{key}}' to false, so a synth with unacknowledged cdk-nag errors still succeeds and nobody notices them. Remove that context entry: fix each finding, or acknowledge it with a reason.",
    },
  },
  check(doc, ctx) {
    let failed = 0;
    const use = packUse(doc);
    if (!use.file) {
      failed++;
      const entry = appSources(doc).find((f) => inLab(doc, f).startsWith('bin/')) ?? appSources(doc)[0];
      ctx.report('noPack', {}, entry ? { file: entry.file, line: 1, column: 1 } : undefined);
    } else {
      const at = firstMatch(use.file, NEW_PACK) ?? { line: 1, column: 1 };
      const where = { file: use.file.file, ...at };
      const file = inLab(doc, use.file);
      if (use.asAspect) {
        failed++;
        ctx.report('asAspect', { file }, where);
      } else if (!use.registered) {
        failed++;
        ctx.report('notRegistered', { file }, where);
      } else if (!use.auditTrail) {
        failed++;
        ctx.report('noAuditTrail', { file }, where);
      }
    }
    const off = failSynthOff(doc);
    if (off) {
      failed++;
      ctx.report(
        'failSynthOff',
        { key: FAIL_SYNTH_CONTEXT },
        { file: off.file.file, line: off.line, column: off.column },
      );
    }
    ctx.tally(2, failed);
  },
});
