// CDK001 reads the app's source text: the AWS Solutions pack registered as a validation plugin that writes its
// acknowledgments into the template, and cdk.json leaving synth failures on.
import { describe, expect, it } from 'vitest';
import rule, {
  appliesAwsSolutions,
  FAIL_SYNTH_CONTEXT,
} from '../../../../graders/rules/cdk/nag-pack-applied.js';
import { APP_TS, CDK_JSON, LAB_DIR, appFolder, runOnApp } from './app-files.js';

const ids = (files: Record<string, string>) => runOnApp(rule, files).findings.map((f) => f.messageId);

describe('CDK001 nag-pack-applied', () => {
  it('passes the pack registered with the audit trail, in bin/ or in a lib/ file', () => {
    const out = runOnApp(rule, { 'cdk.json': CDK_JSON, 'bin/app.ts': APP_TS });
    expect(out.crash).toBeNull();
    expect(out.findings).toEqual([]);
    expect(out.checked).toBe(2);
    const split = `import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
export function withNag(app: App): void {
  const pack = new AwsSolutionsChecks(app, {
    verbose: true,
    writeSuppressionsToCloudFormation: true,
  });
  Validations.of(app)
    .addPlugins(pack);
}
`;
    expect(ids({ 'bin/app.ts': "import { App } from 'aws-cdk-lib';\n", 'lib/nag.ts': split })).toEqual([]);
  });

  it('asks for the pack when no source creates it, or only a comment or a test does', () => {
    expect(ids({ 'bin/app.ts': "import { App } from 'aws-cdk-lib';\nnew App();\n" })).toEqual(['noPack']);
    const commented = APP_TS.replace('Validations.of(app).addPlugins', '// Validations.of(app).addPlugins');
    expect(ids({ 'bin/app.ts': commented.replace('new AwsSolutionsChecks', 'AwsSolutionsChecks') })).toEqual([
      'noPack',
    ]);
    const block = `import { App } from 'aws-cdk-lib';\n/*\nValidations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));\n*/\n`;
    expect(ids({ 'bin/app.ts': block })).toEqual(['noPack']);
    expect(ids({ 'bin/app.ts': 'new App();\n', 'test/nag.test.ts': APP_TS })).toEqual(['noPack']);
    expect(ids({})).toEqual(['noPack']);
  });

  it('reports the cdk-nag 2 aspect registration, a pack never registered, and a missing audit trail', () => {
    const aspect = APP_TS.replace(
      'Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }))',
      'Aspects.of(app).add(new AwsSolutionsChecks({ verbose: true }))',
    );
    expect(ids({ 'bin/app.ts': aspect })).toEqual(['asAspect']);
    const unregistered = APP_TS.replace('Validations.of(app).addPlugins(', 'void (');
    expect(ids({ 'bin/app.ts': unregistered })).toEqual(['notRegistered']);
    const noTrail = APP_TS.replace('{ writeSuppressionsToCloudFormation: true }', '{ verbose: true }');
    const out = runOnApp(rule, { 'bin/app.ts': noTrail });
    expect(out.findings.map((f) => [f.messageId, f.file, f.line])).toEqual([
      ['noAuditTrail', `${LAB_DIR}/bin/app.ts`, 7],
    ]);
    const off = APP_TS.replace(
      'writeSuppressionsToCloudFormation: true',
      'writeSuppressionsToCloudFormation: false',
    );
    expect(ids({ 'bin/app.ts': off })).toEqual(['noAuditTrail']);
  });

  it('reports cdk.json turning off synth failures, at its line, and ignores an unreadable cdk.json', () => {
    const cdkJson = `{\n  "app": "npx tsx bin/app.ts",\n  "context": {\n    "${FAIL_SYNTH_CONTEXT}": false\n  }\n}\n`;
    const out = runOnApp(rule, { 'cdk.json': cdkJson, 'bin/app.ts': APP_TS });
    expect(out.findings.map((f) => [f.messageId, f.file, f.line])).toEqual([
      ['failSynthOff', `${LAB_DIR}/cdk.json`, 4],
    ]);
    expect(ids({ 'cdk.json': cdkJson.replace('false', 'true'), 'bin/app.ts': APP_TS })).toEqual([]);
    expect(ids({ 'cdk.json': '{ not json', 'bin/app.ts': APP_TS })).toEqual([]);
  });

  it('a URL in a string is not a comment', () => {
    const url = APP_TS.replace(
      'new CapstoneStack(app',
      "const docs = 'https://github.com/cdklabs/cdk-nag'; void docs;\nnew CapstoneStack(app",
    );
    expect(ids({ 'bin/app.ts': url })).toEqual([]);
  });

  it('appliesAwsSolutions says whether the item that judges reasons may', () => {
    expect(appliesAwsSolutions(appFolder({ 'bin/app.ts': APP_TS }))).toBe(true);
    const noTrail = APP_TS.replace('{ writeSuppressionsToCloudFormation: true }', '');
    expect(appliesAwsSolutions(appFolder({ 'bin/app.ts': noTrail }))).toBe(false);
    expect(appliesAwsSolutions(appFolder({}))).toBe(false);
  });
});
