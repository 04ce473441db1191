// Lab 05 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// mistake, costs points on that item and on no other. Every mutated copy is graded in ONE gradeSubmission
// call (one lab clone per row, `labs/mNN-05-ecr-registry/`), so cfn-lint starts only once.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission } from '../../../action/engine/grade.js';
import type { Lab, LabReport } from '../../../action/engine/types.js';
import { RULES } from '../../../graders/index.js';
import lab, { LAB_ID } from '../../../graders/05-ecr-registry/rubric.js';
import { HAS_CFN_LINT } from '../../helpers/cfn-lint.js';
import { REPO, makeTree } from '../../helpers/tmp.js';

/** The lab's files, by path relative to the lab folder. */
type Files = Readonly<Record<string, string>>;

interface Row {
  item: string;
  name: string;
  mutate: (files: Files) => Files;
  /** Other items the mutation may also cost, when no more surgical mistake exists (say why in a comment). */
  alsoAffects?: readonly string[];
}

const SOLUTION = path.join(REPO, 'test/fixtures/solutions/labs', LAB_ID);
const TEMPLATE = 'template.yaml';
const LIFECYCLE = 'lifecycle-policy.json';
/** The template embeds lifecycle-policy.json in a block scalar, each line indented this much further. */
const EMBED_INDENT = ' '.repeat(10);

/** Replaces the one occurrence of `from`; throws when it occurs zero or several times, so no row is a no-op. */
function replaceOnce(text: string, from: string, to: string): string {
  const first = text.indexOf(from);
  if (first < 0) throw new Error(`mutation target not found: ${JSON.stringify(from)}`);
  if (text.indexOf(from, first + 1) >= 0)
    throw new Error(`mutation target occurs more than once: ${JSON.stringify(from)}`);
  return text.slice(0, first) + to + text.slice(first + from.length);
}

/** A mutation that edits one file of the lab with `replaceOnce`. */
function edit(file: string, from: string, to: string): (files: Files) => Files {
  return (files) => {
    const text = files[file];
    if (text === undefined) throw new Error(`the reference solution has no '${file}'`);
    return { ...files, [file]: replaceOnce(text, from, to) };
  };
}

/**
 * The same edit to lifecycle-policy.json and to its copy in the template's 'LifecyclePolicyText', as a learner
 * who keeps the two in step (the README asks for that) makes it. Whole lines, written as in the JSON file.
 */
function editPolicyCopies(from: readonly string[], to: readonly string[]): (files: Files) => Files {
  const lines = (ls: readonly string[], indent: string) => ls.map((l) => `${indent}${l}\n`).join('');
  const inFile = edit(LIFECYCLE, lines(from, ''), lines(to, ''));
  const inTemplate = edit(TEMPLATE, lines(from, EMBED_INDENT), lines(to, EMBED_INDENT));
  return (files) => inTemplate(inFile(files));
}

const needsLint = (itemId: string): boolean =>
  (lab.items.find((i) => i.id === itemId)?.cfnLint?.length ?? 0) > 0;

const table: Row[] = [
  {
    item: 'image-scanning',
    name: "'ScanOnPush: false'",
    mutate: edit(TEMPLATE, 'ScanOnPush: true', 'ScanOnPush: false'),
  },
  {
    item: 'immutable-tags',
    name: "'ImageTagMutability: MUTABLE', so 'latest' can be pushed again",
    mutate: edit(TEMPLATE, 'ImageTagMutability: IMMUTABLE', 'ImageTagMutability: MUTABLE'),
  },
  {
    item: 'kms-encryption',
    name: "'EncryptionType: KMS' without 'KmsKey', i.e. the AWS managed key 'aws/ecr'",
    mutate: edit(TEMPLATE, '        KmsKey: !GetAtt ImageKey.Arn\n', ''),
  },
  {
    item: 'lifecycle-valid',
    name: 'the age-based untagged rule has no \'"countUnit": "days"\' (in both copies of the policy)',
    // Unavoidable: lifecycle-attached holds the template's copy to the same ECR rules (ECR006) and to the
    // file's contents, so a policy ECR rejects costs it whether the mistake is in both copies (invalid text)
    // or only in lifecycle-policy.json (the copies differ).
    alsoAffects: ['lifecycle-attached'],
    mutate: editPolicyCopies(['        "countUnit": "days",'], []),
  },
  {
    item: 'lifecycle-retention',
    name: 'the release rule expires tagged images after 90 days instead of keeping the last 20 (in both copies)',
    mutate: editPolicyCopies(
      ['        "countType": "imageCountMoreThan",', '        "countNumber": 20'],
      [
        '        "countType": "sinceImagePushed",',
        '        "countUnit": "days",',
        '        "countNumber": 90',
      ],
    ),
  },
  {
    item: 'lifecycle-attached',
    name: "lifecycle-policy.json keeps 30 releases, but the template's copy was not updated",
    mutate: edit(LIFECYCLE, '"countNumber": 20', '"countNumber": 30'),
  },
  {
    item: 'repository-policy',
    name: "the pull statement allows the principal '*' instead of the execution role",
    mutate: edit(TEMPLATE, 'AWS: !Ref ExecutionRoleArn', "AWS: '*'"),
  },
  {
    item: 'replication',
    name: "the replication destination is the stack's own Region ('!Ref AWS::Region')",
    mutate: edit(TEMPLATE, 'Region: us-west-2', 'Region: !Ref AWS::Region'),
  },
];

/**
 * Mistakes found by mutation testing after the table above was written: each once cost nothing. Graded in the same
 * run as the table; the table alone still covers every item exactly once.
 */
const extra: Row[] = [
  {
    item: 'kms-encryption',
    name: "the customer managed key has no 'EnableKeyRotation: true' (cdk-nag AwsSolutions-KMS5)",
    mutate: edit(TEMPLATE, '      EnableKeyRotation: true\n', ''),
  },
  {
    item: 'repository-policy',
    name: "the pipeline may also 'ecr:BatchDeleteImage', to clean up old images",
    mutate: edit(
      TEMPLATE,
      '              - ecr:PutImage\n',
      '              - ecr:PutImage\n              - ecr:BatchDeleteImage\n',
    ),
  },
  {
    item: 'repository-policy',
    name: "the pull statement lacks 'ecr:GetDownloadUrlForLayer', so nobody can pull",
    mutate: edit(TEMPLATE, '              - ecr:GetDownloadUrlForLayer\n', ''),
  },
  {
    item: 'repository-policy',
    name: "the policy has only the pipeline's push statement",
    mutate: edit(
      TEMPLATE,
      '          - Sid: ServicePulls\n            Effect: Allow\n            Principal:\n              AWS: !Ref ExecutionRoleArn\n            Action:\n              - ecr:BatchCheckLayerAvailability\n              - ecr:BatchGetImage\n              - ecr:GetDownloadUrlForLayer\n',
      '',
    ),
  },
  {
    item: 'repository-policy',
    name: "a misspelt push action, 'ecr:PutImages'",
    mutate: edit(TEMPLATE, '              - ecr:PutImage\n', '              - ecr:PutImages\n'),
  },
];

const cloneId = (i: number) => `m${String(i).padStart(2, '0')}-${LAB_ID}`;
const extraId = (i: number) => `x${String(i).padStart(2, '0')}-${LAB_ID}`;
const CONTROL_ID = `ref-${LAB_ID}`;

describe(`${LAB_ID}: one mutation per rubric item`, () => {
  const reports = new Map<string, LabReport>();

  beforeAll(async () => {
    const solution: Files = Object.fromEntries(
      fs.readdirSync(SOLUTION).map((name) => [name, fs.readFileSync(path.join(SOLUTION, name), 'utf8')]),
    );
    const tree: Record<string, string> = {};
    const labs: Lab[] = [{ ...lab, id: CONTROL_ID }];
    for (const [name, text] of Object.entries(solution)) tree[`labs/${CONTROL_ID}/${name}`] = text;
    const clones = [
      ...table.map((row, i) => [cloneId(i), row] as const),
      ...extra.map((row, i) => [extraId(i), row] as const),
    ];
    for (const [id, row] of clones) {
      labs.push({ ...lab, id });
      for (const [name, text] of Object.entries(row.mutate(solution))) tree[`labs/${id}/${name}`] = text;
    }
    const root = makeTree(tree);
    const report = await gradeSubmission({ root, labs, rules: RULES, lint: HAS_CFN_LINT });
    for (const l of report.labs) reports.set(l.id, l);
  }, 120_000);

  /** What an item earns in the reference solution: everything, unless cfn-lint is needed and missing. */
  const full = (itemId: string, points: number) => (!HAS_CFN_LINT && needsLint(itemId) ? 0 : points);

  it('the table covers every rubric item exactly once', () => {
    expect(table.map((r) => r.item).sort()).toEqual(lab.items.map((i) => i.id).sort());
  });

  it('the unmutated reference solution earns every graded item in full', () => {
    const control = reports.get(CONTROL_ID)!;
    expect(Object.fromEntries(control.items.map((i) => [i.id, i.earned]))).toEqual(
      Object.fromEntries(lab.items.map((i) => [i.id, full(i.id, i.points)])),
    );
  });

  const rows = table.map((row, index) => ({ ...row, clone: cloneId(index) }));
  const extraRows = extra.map((row, index) => ({ ...row, clone: extraId(index) }));
  const check = (row: Row & { clone: string }) => {
    const report = reports.get(row.clone)!;
    expect(report.items.filter((i) => i.status === 'grader-error' || i.status === 'not-gradable')).toEqual(
      [],
    );
    const target = report.items.find((i) => i.id === row.item)!;
    expect(target.earned, `${row.item}: ${target.feedback}`).toBeLessThan(target.points);
    const others = report.items.filter((i) => i.id !== row.item && !row.alsoAffects?.includes(i.id));
    expect(Object.fromEntries(others.map((i) => [i.id, i.earned]))).toEqual(
      Object.fromEntries(others.map((i) => [i.id, full(i.id, i.points)])),
    );
  };

  const titled = (rs: typeof rows, suffix = '') =>
    rs.map((r) => [`${r.item}: ${r.name}${suffix}`, r] as const);
  it.each(titled(rows.filter((r) => !needsLint(r.item))))('%s', (_, row) => check(row));
  it.skipIf(!HAS_CFN_LINT).each(
    titled(
      rows.filter((r) => needsLint(r.item)),
      ' (graded through cfn-lint; skipped when cfn-lint is not installed)',
    ),
  )('%s', (_, row) => check(row));

  describe('further mistakes that once cost no points', () => {
    it.each(titled(extraRows.filter((r) => !needsLint(r.item))))('%s', (_, row) => check(row));
    it.skipIf(!HAS_CFN_LINT || !extraRows.some((r) => needsLint(r.item))).each(
      titled(
        extraRows.filter((r) => needsLint(r.item)),
        ' (graded through cfn-lint; skipped when cfn-lint is not installed)',
      ),
    )('%s', (_, row) => check(row));
  });
});
