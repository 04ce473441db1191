// MRG005: the parameters folder holds one readable file per Region. The rule reads a file set, so each case builds
// one from several files.
import { describe, expect, it } from 'vitest';
import { fileSet } from '../../../../graders/engine/parsers/file-set.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { TextDoc } from '../../../../graders/engine/types.js';
import rule from '../../../../graders/rules/multi-region/parameter-files.js';

const DIR = 'labs/14-multi-region';
const text = (file: string, body: string): TextDoc => {
  const p = parseText(`${DIR}/${file}`, body);
  if (!p.ok) throw new Error('fixture');
  return p.doc;
};
const run = (files: Record<string, string>) =>
  runRule(
    rule,
    fileSet(
      DIR,
      Object.entries(files).map(([f, b]) => text(f, b)),
    ),
  );
const ids = (files: Record<string, string>) =>
  run(files).findings.map((f) => `${f.messageId}@${f.file.slice(DIR.length + 1)}:${f.line}`);

const cli = (value = 'a') => `[\n  { "ParameterKey": "A", "ParameterValue": "${value}" }\n]\n`;
const pipeline = '{\n  "Parameters": { "A": "a" },\n  "Tags": { "team": "web" }\n}\n';

describe('MRG005 parameter-files', () => {
  it('valid: two Regions, in either format, beside other lab files', () => {
    const out = run({
      'parameters/us-east-1.json': cli(),
      'parameters/eu-west-1.json': pipeline,
      'template.yaml': 'Resources: {}\n',
      'README.md': '# notes\n',
    });
    expect(out.crash).toBeNull();
    expect(out.findings).toEqual([]);
  });

  it('valid: the set is the parameters folder itself', () => {
    const one = parseText('labs/14-multi-region/parameters/us-west-2.json', cli());
    const two = parseText('labs/14-multi-region/parameters/ap-south-1.json', cli('b'));
    if (!one.ok || !two.ok) throw new Error('fixture');
    expect(runRule(rule, fileSet(`${DIR}/parameters`, [one.doc, two.doc])).findings).toEqual([]);
  });

  it('invalid: one Region only, or none', () => {
    expect(ids({ 'parameters/us-east-1.json': cli() })).toEqual(['tooFew@parameters/us-east-1.json:1']);
    const none = run({ 'template.yaml': 'Resources: {}\n' });
    expect(none.findings.map((f) => [f.messageId, f.data?.['count']])).toEqual([['tooFew', 0]]);
  });

  it('invalid: a file named after no Region, and one that is not JSON', () => {
    expect(
      ids({
        'parameters/us-east-1.json': cli(),
        'parameters/eu-west-1.json': cli(),
        'parameters/prod.json': cli(),
        'parameters/us-west-2.yaml': 'A: a\n',
      }),
    ).toEqual(['notRegionName@parameters/prod.json:1', 'notJson@parameters/us-west-2.yaml:1']);
  });

  it('invalid: broken JSON, at its line', () => {
    const out = run({
      'parameters/us-east-1.json': cli(),
      'parameters/eu-west-1.json': '[\n  { "ParameterKey": "A", "ParameterValue": "a" },\n]\n',
    });
    expect(out.findings.map((f) => [f.messageId, f.line])).toEqual([
      ['tooFew', 1],
      ['invalidJson', 3],
    ]);
    expect(out.findings[1]!.message).toMatch(/is not valid JSON/);
  });

  it('invalid: entries and shapes no command reads, values that are not strings, a key given twice', () => {
    expect(
      ids({
        'parameters/us-east-1.json':
          '[\n  { "Key": "A", "Value": "a" },\n  { "ParameterKey": "B", "ParameterValue": 3 }\n]\n',
        'parameters/eu-west-1.json': '{ "A": "a" }\n',
        'parameters/ap-south-1.json':
          '[\n  { "ParameterKey": "A", "ParameterValue": "a" },\n  { "ParameterKey": "A", "ParameterValue": "b" }\n]\n',
      }),
    ).toEqual([
      'duplicateKey@parameters/ap-south-1.json:3',
      'badShape@parameters/eu-west-1.json:1',
      'badEntry@parameters/us-east-1.json:2',
      'notString@parameters/us-east-1.json:3',
    ]);
  });

  it('tallies one check per file, each file with a problem failing', () => {
    const out = run({ 'parameters/us-east-1.json': cli(), 'parameters/eu-west-1.json': '{}\n' });
    expect([out.checked, out.failed]).toEqual([3, 2]);
  });
});
