// Lab 05 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// mistake, costs points on that item and on no other. The harness is test/helpers/mutation-table.ts.
import lab from '../../../../graders/rubrics/05-ecr-registry.js';
import { describeMutations, inFile, type Files, type Mutation } from '../../../helpers/mutation-table.js';
import { describeAlternatives, type Alternative } from '../accepted-alternatives.js';

const TEMPLATE = 'template.yaml';
const LIFECYCLE = 'lifecycle-policy.json';
/** The template embeds lifecycle-policy.json in a block scalar, each line indented this much further. */
const EMBED_INDENT = ' '.repeat(10);

/**
 * The same edit to lifecycle-policy.json and to its copy in the template's 'LifecyclePolicyText', as a learner
 * who keeps the two in step (the README asks for that) makes it. Whole lines, written as in the JSON file.
 */
function editPolicyCopies(from: readonly string[], to: readonly string[]): (files: Files) => Files {
  const lines = (ls: readonly string[], indent: string) => ls.map((l) => `${indent}${l}\n`).join('');
  const inJson = inFile(LIFECYCLE, lines(from, ''), lines(to, ''));
  const inYaml = inFile(TEMPLATE, lines(from, EMBED_INDENT), lines(to, EMBED_INDENT));
  return (files) => inYaml(inJson(files));
}

const table: Mutation[] = [
  {
    item: 'image-scanning',
    name: "the registry scanning filter 'labs-web', which '${AWS::StackName}-web' contains only for some stack names",
    mutate: inFile(TEMPLATE, "            - Filter: '*'\n", '            - Filter: labs-web\n'),
  },
  {
    item: 'immutable-tags',
    name: "'ImageTagMutability: MUTABLE', so 'latest' can be pushed again",
    mutate: inFile(TEMPLATE, 'ImageTagMutability: IMMUTABLE', 'ImageTagMutability: MUTABLE'),
  },
  {
    item: 'kms-encryption',
    name: "'EncryptionType: KMS' without 'KmsKey', i.e. the AWS managed key 'aws/ecr'",
    mutate: inFile(TEMPLATE, '        KmsKey: !GetAtt ImageKey.Arn\n', ''),
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
    mutate: inFile(LIFECYCLE, '"countNumber": 20', '"countNumber": 30'),
  },
  {
    item: 'repository-policy',
    name: "the pull statement allows the principal '*' instead of the execution role",
    mutate: inFile(TEMPLATE, 'AWS: !Ref ExecutionRoleArn', "AWS: '*'"),
  },
  {
    item: 'replication',
    name: "the replication destination is the stack's own Region ('!Ref AWS::Region')",
    mutate: inFile(TEMPLATE, 'Region: us-west-2', 'Region: !Ref AWS::Region'),
  },
];

/**
 * Mistakes found by mutation testing after the table above was written: each once cost nothing. Graded in the same
 * run as the table; the table alone still covers every item exactly once.
 */
const extra: Mutation[] = [
  {
    item: 'image-scanning',
    name: "the registry scans only manually ('ScanFrequency: MANUAL'), and the repository has no 'ScanOnPush'",
    mutate: inFile(TEMPLATE, '        - ScanFrequency: SCAN_ON_PUSH\n', '        - ScanFrequency: MANUAL\n'),
  },
  {
    item: 'immutable-tags',
    name: "'IMMUTABLE_WITH_EXCLUSION' without exclusion filters",
    mutate: inFile(
      TEMPLATE,
      'ImageTagMutability: IMMUTABLE\n',
      'ImageTagMutability: IMMUTABLE_WITH_EXCLUSION\n',
    ),
  },
  {
    item: 'replication',
    name: "the destination is 'us-east-1', the Region the README says the stack deploys to",
    mutate: inFile(TEMPLATE, 'Region: us-west-2', 'Region: us-east-1'),
  },
  {
    // replication.html: replication is cross-Region or cross-account; the stack's own Region holds the images already.
    item: 'replication',
    name: "the destination is '!Ref AWS::Region', the Region the stack deploys to, in the same account",
    mutate: inFile(TEMPLATE, 'Region: us-west-2', 'Region: !Ref AWS::Region'),
  },
  {
    item: 'immutable-tags',
    name: "'IMMUTABLE_WITH_EXCLUSION' whose exclusion filter '*' lets every tag move",
    mutate: inFile(
      TEMPLATE,
      'ImageTagMutability: IMMUTABLE\n',
      'ImageTagMutability: IMMUTABLE_WITH_EXCLUSION\n' +
        '      ImageTagMutabilityExclusionFilters:\n' +
        '        - ImageTagMutabilityExclusionFilterType: WILDCARD\n' +
        "          ImageTagMutabilityExclusionFilterValue: '*'\n",
    ),
  },
  {
    item: 'kms-encryption',
    name: "the customer managed key has no 'EnableKeyRotation: true' (cdk-nag AwsSolutions-KMS5)",
    mutate: inFile(TEMPLATE, '      EnableKeyRotation: true\n', ''),
  },
  {
    item: 'repository-policy',
    name: "the pipeline may also 'ecr:BatchDeleteImage', to clean up old images",
    mutate: inFile(
      TEMPLATE,
      '              - ecr:PutImage\n',
      '              - ecr:PutImage\n              - ecr:BatchDeleteImage\n',
    ),
  },
  {
    item: 'repository-policy',
    name: "the pull statement lacks 'ecr:GetDownloadUrlForLayer', so nobody can pull",
    mutate: inFile(TEMPLATE, '              - ecr:GetDownloadUrlForLayer\n', ''),
  },
  {
    item: 'repository-policy',
    name: "the policy has only the pipeline's push statement",
    mutate: inFile(
      TEMPLATE,
      '          - Sid: ServicePulls\n            Effect: Allow\n            Principal:\n              AWS: !Ref ExecutionRoleArn\n            Action:\n              - ecr:BatchCheckLayerAvailability\n              - ecr:BatchGetImage\n              - ecr:GetDownloadUrlForLayer\n',
      '',
    ),
  },
  {
    item: 'repository-policy',
    name: "a misspelt push action, 'ecr:PutImages'",
    mutate: inFile(TEMPLATE, '              - ecr:PutImage\n', '              - ecr:PutImages\n'),
  },
];

describeMutations(lab, table, extra);

const scanFilter = (filter: string) =>
  inFile(TEMPLATE, "            - Filter: '*'\n", `            - Filter: '${filter}'\n`);

const alternatives: readonly Alternative[] = [
  {
    // image-scanning-filters.html: "a filter with no wildcard will match all repository names that contain the filter".
    name: "the scanning filter 'web' without a wildcard, contained in '${AWS::StackName}-web' whatever the stack is called",
    rewrite: scanFilter('web'),
  },
  {
    name: "the scanning filter '*-web', which matches the whole stack-named repository name",
    rewrite: scanFilter('*-web'),
  },
  {
    name: "enhanced scanning (Amazon Inspector) with 'CONTINUOUS_SCAN'",
    rewrite: (files) =>
      inFile(
        TEMPLATE,
        '        - ScanFrequency: SCAN_ON_PUSH\n',
        '        - ScanFrequency: CONTINUOUS_SCAN\n',
      )(inFile(TEMPLATE, '      ScanType: BASIC\n', '      ScanType: ENHANCED\n')(files)),
  },
  {
    name: "the deprecated repository-level 'ScanOnPush: true' instead of the registry scanning configuration",
    rewrite: (files) =>
      inFile(
        TEMPLATE,
        '      ImageTagMutability: IMMUTABLE\n',
        '      ImageTagMutability: IMMUTABLE\n      ImageScanningConfiguration:\n        ScanOnPush: true\n',
      )(
        inFile(
          TEMPLATE,
          "      ScanType: BASIC\n      Rules:\n        - ScanFrequency: SCAN_ON_PUSH\n          RepositoryFilters:\n            - Filter: '*'\n              FilterType: WILDCARD\n",
          '      ScanType: BASIC\n',
        )(files),
      ),
  },
  {
    name: "'IMMUTABLE_WITH_EXCLUSION' that lets only 'latest' move",
    rewrite: inFile(
      TEMPLATE,
      'ImageTagMutability: IMMUTABLE\n',
      'ImageTagMutability: IMMUTABLE_WITH_EXCLUSION\n' +
        '      ImageTagMutabilityExclusionFilters:\n' +
        '        - ImageTagMutabilityExclusionFilterType: WILDCARD\n' +
        '          ImageTagMutabilityExclusionFilterValue: latest\n',
    ),
  },
  { name: "replication to 'eu-west-1'", rewrite: inFile(TEMPLATE, 'Region: us-west-2', 'Region: eu-west-1') },
];

describeAlternatives(lab, alternatives);
