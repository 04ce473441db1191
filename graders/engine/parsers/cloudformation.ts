// CloudFormation templates, YAML or JSON, turned into the long form (`Fn::GetAtt`, `Ref`) that cfn-lint and
// CDK output use, so every template rule sees one shape whatever the learner wrote.
import type { Tags } from 'yaml';
import type { CfnTemplate, CfnTemplateDoc } from '../types.js';
import { PARSE_RULE, parseFailure, type ParseResult } from './findings.js';
import { parseJson } from './json.js';
import { isRecord } from './record.js';
import { parseYamlStream, refuseControlCharacters } from './yaml.js';

export { isRecord };

const FUNCTIONS = [
  'And',
  'Base64',
  'Cidr',
  'Equals',
  'FindInMap',
  'ForEach',
  'GetAZs',
  'GetStackOutput',
  'If',
  'ImportValue',
  'Join',
  'Length',
  'Not',
  'Or',
  'Select',
  'Split',
  'Sub',
  'ToJsonString',
  'Transform',
];

const toJS = (v: unknown): unknown =>
  v && typeof (v as { toJSON?: unknown }).toJSON === 'function' ? (v as { toJSON(): unknown }).toJSON() : v;

function cfnTags(): Tags {
  const tags: Tags = [];
  for (const name of FUNCTIONS) {
    for (const collection of [undefined, 'seq', 'map'] as const) {
      tags.push({
        tag: `!${name}`,
        ...(collection ? { collection } : {}),
        resolve: (v: unknown) => ({ [`Fn::${name}`]: toJS(v) }),
      } as Tags[number]);
    }
  }
  tags.push({ tag: '!Ref', resolve: (v: string) => ({ Ref: v }) } as Tags[number]);
  tags.push({ tag: '!Condition', resolve: (v: string) => ({ Condition: v }) } as Tags[number]);
  // "A.B.C" means resource A, attribute "B.C" (nested attributes such as Endpoint.Address).
  tags.push({
    tag: '!GetAtt',
    resolve: (v: string) => {
      const dot = v.indexOf('.');
      return { 'Fn::GetAtt': dot < 0 ? [v] : [v.slice(0, dot), v.slice(dot + 1)] };
    },
  } as Tags[number]);
  tags.push({
    tag: '!GetAtt',
    collection: 'seq',
    resolve: (v: unknown) => ({ 'Fn::GetAtt': toJS(v) }),
  } as Tags[number]);
  return tags;
}

let TAGS: Tags | undefined;

export function isJsonPath(file: string): boolean {
  return /\.json$/i.test(file);
}

export function parseCloudFormation(file: string, text: string): ParseResult<CfnTemplateDoc> {
  let value: unknown;
  let locate: CfnTemplateDoc['locate'];
  const format = isJsonPath(file) ? 'json' : 'yaml';
  if (format === 'json') {
    // cfn-lint decodes JSON templates with PyYAML first, so the characters YAML refuses make it refuse them too.
    const refused = refuseControlCharacters(file, text, { yamlLineBreaks: false });
    if (refused) return refused;
    const r = parseJson(file, text);
    if (!r.ok) return r;
    value = r.doc.value;
    locate = r.doc.locate;
  } else {
    const r = parseYamlStream(file, text, { customTags: (TAGS ??= cfnTags()) });
    if (!r.ok) return r;
    if (r.doc.length !== 1) {
      return parseFailure(
        file,
        PARSE_RULE.shape,
        r.doc.length === 0
          ? `'${file}' is empty. Start from the starter template in the lab folder.`
          : `'${file}' holds ${r.doc.length} YAML documents ('---'); a CloudFormation template is exactly one.`,
      );
    }
    const doc = r.doc[0]!;
    value = doc.value;
    locate = doc.locate;
  }
  if (!isRecord(value) || !isRecord(value['Resources'])) {
    return parseFailure(
      file,
      PARSE_RULE.shape,
      `'${file}' is not a CloudFormation template: it needs a top-level 'Resources' mapping with at least one resource.`,
    );
  }
  for (const [name, res] of Object.entries(value['Resources'])) {
    if (!isRecord(res) || typeof res['Type'] !== 'string') {
      return parseFailure(
        file,
        PARSE_RULE.shape,
        `Resource '${name}' in '${file}' has no 'Type'. Every resource needs one, such as 'AWS::ECS::Cluster'.`,
        locate(['Resources', name]),
      );
    }
  }
  return {
    ok: true,
    doc: { kind: 'cloudformation', file, text, format, template: value as CfnTemplate, locate },
  };
}
