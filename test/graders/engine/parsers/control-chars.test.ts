// The grader's YAML reading must agree with cfn-lint's (PyYAML/libyaml) on what is readable: a character our
// parser accepts and cfn-lint refuses made cfn-lint report only E0000, and every cfn-lint item passed on a
// broken template. Each character PyYAML's reader refuses is fed, in a comment and in a value, to both; both
// must refuse it. Characters both accept are fed too, so a check that refused everything would fail here.
import { describe, expect, it } from 'vitest';
import { cfnLintUnreadable, runCfnLint } from '../../../../graders/engine/cfn-lint.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { PARSE_RULE } from '../../../../graders/engine/parsers/findings.js';
import { parseKubernetes } from '../../../../graders/engine/parsers/kubernetes.js';
import { describeCharacter, parseYamlStream } from '../../../../graders/engine/parsers/yaml.js';
import { HAS_CFN_LINT } from '../../../helpers/cfn-lint.js';
import { CFN_LINT_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** What `yaml.reader.Reader.NON_PRINTABLE` (PyYAML 6) refuses and a UTF-8 file can hold. */
const REFUSED_BY_PYYAML = [
  ...range(0x00, 0x08),
  0x0b,
  0x0c,
  ...range(0x0e, 0x1f),
  0x7f,
  ...range(0x80, 0x84),
  ...range(0x86, 0x9f),
  0xfffe,
  0xffff,
];
/** YAML 1.1 line breaks: in a comment or a plain value cfn-lint reads a new line there and refuses the rest. */
const YAML11_BREAKS = [0x85, 0x2028, 0x2029];
/** Accepted by both: TAB, non-breaking space, BOM-as-ZWNBSP in a value, the last BMP character, an emoji. */
const ACCEPTED_BY_BOTH = [0x09, 0xa0, 0xfeff, 0xfffd, 0x1f600];

const template = (where: 'comment' | 'value', code: number) => {
  const c = String.fromCodePoint(code);
  return [
    "AWSTemplateFormatVersion: '2010-09-09'",
    where === 'comment' ? `# a comment ${c} here` : `Description: a${c}b`,
    'Resources:',
    '  Repo:',
    '    Type: AWS::ECR::Repository',
    '',
  ].join('\n');
};
const jsonTemplate = (c: string) =>
  `{"Resources": {"R": {"Type": "AWS::ECR::Repository", "Metadata": {"Note": "a${c}b"}}}}\n`;
const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
const cases = (codes: number[]) =>
  codes.flatMap((code) => (['comment', 'value'] as const).map((where) => ({ code, where })));

describe(
  'our YAML parser refuses what YAML 1.1 readers refuse',
  { timeout: CFN_LINT_TEST_TIMEOUT_MS },
  () => {
    it.each(cases([...REFUSED_BY_PYYAML, ...YAML11_BREAKS]))(
      '$code in a $where: a finding at its line and column naming it',
      ({ code, where }) => {
        const r = parseCloudFormation('labs/x/template.yaml', template(where, code));
        expect(r.ok, `${hex(code)} in a ${where} should be refused`).toBe(false);
        if (r.ok) return;
        const f = r.findings[0]!;
        expect(f.ruleId).toBe(PARSE_RULE.controlChar);
        expect(f.line).toBe(2);
        expect(f.column).toBe(where === 'comment' ? 13 : 15);
        expect(f.message).toContain(hex(code));
        expect(f.message).toContain(`line 2, column ${f.column}`);
        expect(f.message).toMatch(/Delete it/);
      },
    );

    it.each(cases(ACCEPTED_BY_BOTH))('$code in a $where is accepted', ({ code, where }) => {
      expect(parseCloudFormation('labs/x/template.yaml', template(where, code)).ok).toBe(true);
    });

    it('refuses lone surrogates (PyYAML refuses them; a UTF-8 file cannot carry them to cfn-lint)', () => {
      for (const code of [0xd800, 0xdbff, 0xdc00, 0xdfff]) {
        const r = parseYamlStream('k.yaml', `a: 1\nb: x${String.fromCharCode(code)}\n`);
        expect(r.ok).toBe(false);
        if (!r.ok)
          expect(r.findings[0]).toMatchObject({ line: 2, column: 5, ruleId: PARSE_RULE.controlChar });
      }
      // A proper pair is one astral character, which YAML allows.
      expect(parseYamlStream('k.yaml', 'a: "\u{1F600}"\n').ok).toBe(true);
    });

    it('names the character and reports the first one, also in Kubernetes manifests', () => {
      expect(describeCharacter(0x7f)).toBe('U+007F (DEL, a control character)');
      expect(describeCharacter(0x00)).toBe('U+0000 (NUL, a control character)');
      expect(describeCharacter(0x9b)).toBe('U+009B (a C1 control character)');
      const r = parseKubernetes('k8s.yaml', 'kind: Pod\n---\nkind: Service # \u001b[31m \u007f\n');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.findings[0]).toMatchObject({ line: 3, column: 17, ruleId: PARSE_RULE.controlChar });
        expect(r.findings[0]!.message).toContain('U+001B (ESC');
      }
    });

    it('refuses them in JSON templates too (cfn-lint reads JSON with PyYAML), not YAML 1.1 line breaks in strings', () => {
      const del = parseCloudFormation('labs/x/template.json', jsonTemplate('\u007f'));
      expect(del.ok).toBe(false);
      const column = jsonTemplate('\u007f').indexOf('\u007f') + 1;
      if (!del.ok) expect(del.findings[0]).toMatchObject({ line: 1, column, ruleId: PARSE_RULE.controlChar });
      expect(parseCloudFormation('labs/x/template.json', jsonTemplate('\u0085')).ok).toBe(true);
    });
  },
);

describe.skipIf(!HAS_CFN_LINT)('real cfn-lint agrees with our parser on each character', () => {
  it(
    'refuses (E0000) each character our parser refuses, and reads each one it accepts',
    async () => {
      const refused = cases([...REFUSED_BY_PYYAML, ...YAML11_BREAKS]);
      const accepted = cases(ACCEPTED_BY_BOTH);
      const all = [...refused, ...accepted];
      const r = await runCfnLint({
        templates: all.map(({ code, where }) => ({
          path: `c${code.toString(16)}-${where}.yaml`,
          text: template(where, code),
        })),
        mandatory: [],
        regions: ['us-east-1'],
      });
      expect(r.status, r.status === 'unavailable' ? r.reason : '').toBe('ok');
      if (r.status !== 'ok') return;
      const verdicts = all.map(({ code, where }, i) => {
        const ours = parseCloudFormation('labs/x/template.yaml', template(where, code)).ok;
        const theirs = cfnLintUnreadable('t', r.byTemplate[i]!, r.linted?.[i] ?? true)?.ruleId ?? 'read';
        return `${hex(code)} ${where}: ours ${ours ? 'read' : 'refused'}, cfn-lint ${theirs}`;
      });
      expect(verdicts).toEqual([
        ...refused.map(({ code, where }) => `${hex(code)} ${where}: ours refused, cfn-lint E0000`),
        ...accepted.map(({ code, where }) => `${hex(code)} ${where}: ours read, cfn-lint read`),
      ]);
      // JSON templates: cfn-lint reads them with PyYAML too, so DEL in a string is refused by both; NEL in a
      // string is a line break that YAML folds inside quotes, and both read it.
      const json = await runCfnLint({
        templates: ['\u007f', '\u0085'].map((c) => ({ path: 'template.json', text: jsonTemplate(c) })),
        mandatory: [],
        regions: ['us-east-1'],
      });
      expect(json.status).toBe('ok');
      if (json.status !== 'ok') return;
      expect(
        json.byTemplate.map((f, i) => cfnLintUnreadable('t', f, json.linted?.[i] ?? true)?.ruleId),
      ).toEqual(['E0000', undefined]);
      expect(['\u007f', '\u0085'].map((c) => parseCloudFormation('t.json', jsonTemplate(c)).ok)).toEqual([
        false,
        true,
      ]);
    },
    CFN_LINT_TEST_TIMEOUT_MS,
  );
});
if (!HAS_CFN_LINT)
  it.skip(
    'the agreement with real cfn-lint needs cfn-lint (`npm run tools`)',
    () => {},
    CFN_LINT_TEST_TIMEOUT_MS,
  );
