// Lab 05: the learner edits `template.yaml` (an ECR repository, its KMS key, repository policy and replication)
// and `lifecycle-policy.json` (the repository's lifecycle policy). Thirty points over eight items.
import { defineLab } from '../engine/define.js';
import { KMS_TYPES, deployable } from './lib/sandbox.js';
import type { Finding, ItemCheckContext, ItemCheckResult } from '../engine/types.js';
import { jsonProperty, repositories, repositoryName } from '../rules/ecr/model.js';
import { isRecord, literalString, resources } from '../rules/lib/cloudformation.js';
import { ECR_GUIDE, awsDoc, cdkNag, cfnLint, checkov, securityHub } from './lib/evidence.js';
import { TEMPLATE_FILE } from './lib/template.js';

export const LAB_ID = '05-ecr-registry';

/**
 * The Region the lab's README tells learners the stack is deployed to ("Assume the stack is deployed to
 * us-east-1"). ECR008 cannot compare a literal destination with the deploy Region; this lab states it, so it does.
 */
export const DEPLOY_REGION = 'us-east-1';

/** The replication item's own check: no literal destination may be the Region the lab deploys to. */
export function replicationRegionCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return { fraction: 0 };
  const t = doc.template;
  const findings: Finding[] = [];
  for (const cfg of resources(t, 'AWS::ECR::ReplicationConfiguration')) {
    const rc = cfg.props['ReplicationConfiguration'];
    const rules = isRecord(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
    rules.forEach((rule: unknown, i) => {
      const destinations = isRecord(rule) && Array.isArray(rule['Destinations']) ? rule['Destinations'] : [];
      destinations.forEach((d: unknown, j) => {
        if (!isRecord(d) || literalString(t, d['Region']) !== DEPLOY_REGION) return;
        findings.push({
          file: doc.file,
          ...doc.locate([
            ...cfg.path,
            'Properties',
            'ReplicationConfiguration',
            'Rules',
            i,
            'Destinations',
            j,
            'Region',
          ]),
          severity: 'error',
          ruleId: `${LAB_ID}/replication-region`,
          message: `Destination Region '${DEPLOY_REGION}' of '${cfg.name}' is the Region this lab deploys to (see the README), so it is not a second Region: a registry is not replicated into itself, and a same-Region copy shares the Region's outages. Name another Region, such as 'us-west-2'.`,
        });
      });
    });
  }
  return findings.length === 0
    ? { fraction: 1 }
    : {
        fraction: 0,
        feedback: `A replication destination is '${DEPLOY_REGION}', the Region the stack deploys to.`,
        findings,
      };
}

/** JSON with object keys sorted, so two policies compare equal whatever their key order or layout. */
export function canonicalJson(v: unknown): string {
  const sort = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(sort);
    if (isRecord(x))
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, sort(x[k])]),
      );
    return x;
  };
  return JSON.stringify(sort(v));
}

/** The lifecycle-attached item: the repository carries the lifecycle policy, and it is the one in lifecycle-policy.json. */
export function lifecycleAttachedCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return { fraction: 0 };
  const t = doc.template;
  const repos = repositories(t);
  if (repos.length === 0)
    return {
      fraction: 0,
      feedback: "The template has no 'AWS::ECR::Repository' to attach the lifecycle policy to.",
    };
  const missing = repos.filter(
    (r) =>
      !isRecord(r.props['LifecyclePolicy']) ||
      r.props['LifecyclePolicy']['LifecyclePolicyText'] === undefined,
  );
  if (missing.length > 0) {
    const names = missing.map((r) => `'${repositoryName(t, r) ?? r.name}'`).join(', ');
    return {
      fraction: 0,
      feedback: `${missing.length === 1 ? `Repository ${names} has` : `Repositories ${names} have`} no lifecycle policy attached, so Security Hub ECR.3 fails and lifecycle-policy.json is never applied. Paste the policy into ${missing.length === 1 ? "the repository's" : "each repository's"} ${
        /\.json$/i.test(doc.file)
          ? "'LifecyclePolicy': { 'LifecyclePolicyText': \"…\" } as one JSON string"
          : "'LifecyclePolicy: { LifecyclePolicyText: | … }'"
      }.`,
      findings: missing.map((r): Finding => ({
        file: doc.file,
        ...doc.locate(r.path),
        severity: 'error',
        ruleId: `${LAB_ID}/lifecycle-attached`,
        message: `Repository '${repositoryName(t, r) ?? r.name}' has no 'LifecyclePolicy', so ECR never expires its images (Security Hub ECR.3).`,
      })),
    };
  }
  const file = ctx.doc('lifecycle', 'json');
  const path = ctx.pathOf('lifecycle') ?? 'lifecycle-policy.json';
  if (!file) {
    return {
      fraction: 0,
      feedback: `'${path}' is missing or unreadable, so the grader cannot check that the template attaches the same policy.`,
    };
  }
  const differing: Finding[] = [];
  for (const r of repos) {
    const v = jsonProperty(
      t,
      (r.props['LifecyclePolicy'] as Record<string, unknown>)['LifecyclePolicyText'],
      false,
    );
    if (v.kind !== 'ok') continue; // ECR006 explains why the text cannot be read
    if (canonicalJson(v.value) !== canonicalJson(file.value)) {
      differing.push({
        file: doc.file,
        ...doc.locate([...r.path, 'Properties', 'LifecyclePolicy', 'LifecyclePolicyText']),
        severity: 'warning',
        ruleId: `${LAB_ID}/lifecycle-attached`,
        message: `The lifecycle policy attached to repository '${repositoryName(t, r) ?? r.name}' is not the one in '${path}'. Keep one policy: paste the file's contents into 'LifecyclePolicyText'.`,
      });
    }
  }
  if (differing.length > 0) {
    return {
      fraction: 0,
      feedback: `The policy in the template differs from '${path}', so what you reviewed is not what ECR applies.`,
      findings: differing,
    };
  }
  return { fraction: 1 };
}

export default defineLab({
  id: LAB_ID,
  title: 'An Amazon ECR registry',
  part: '4 ECR (lifecycle, scanning, replication)',
  summary:
    'Harden the private repository for the labs-web image: scan on push, immutable tags, a customer managed KMS key, a lifecycle policy that ECR accepts and that expires untagged images while keeping recent releases, a least-privilege repository policy, and replication to a second Region.',
  files: [TEMPLATE_FILE, { id: 'lifecycle', paths: ['lifecycle-policy.json'], kind: 'json', required: true }],
  sandbox: deployable({
    // Both ECR registry settings are one per registry and Region: a deploy replaces the account's settings.
    types: [
      'AWS::ECR::RegistryScanningConfiguration',
      'AWS::ECR::ReplicationConfiguration',
      'AWS::ECR::Repository',
      ...KMS_TYPES,
    ],
    maxLoadBalancers: 0,
    maxNatGateways: 0,
  }),
  items: [
    {
      id: 'image-scanning',
      title: 'Scan images on push',
      points: 4,
      file: 'template',
      rules: ['ECR001'],
      scoring: 'proportional',
      hint: "Scan at the registry level: an 'AWS::ECR::RegistryScanningConfiguration' ('ScanType: BASIC', or 'ENHANCED' for Amazon Inspector) with a 'SCAN_ON_PUSH' rule whose 'WILDCARD' filter covers the repository. A filter without '*' matches every name that contains it ('web'); with '*' it must match the whole name ('*-web'). The repository-level 'ScanOnPush: true' still counts, but ECR is deprecating it.",
      praise: 'Every pushed image is scanned for known vulnerabilities.',
      evidence: [securityHub('ECR.1'), checkov('CKV_AWS_163'), awsDoc(`${ECR_GUIDE}/image-scanning.html`)],
      docsUrl: `${ECR_GUIDE}/image-scanning.html`,
    },
    {
      id: 'immutable-tags',
      title: 'Immutable image tags',
      points: 3,
      file: 'template',
      rules: ['ECR002'],
      scoring: 'proportional',
      hint: "With 'ImageTagMutability: IMMUTABLE', a tag such as '1.0.0' always means the same image, so a rollback redeploys exactly what ran before. Tag each build uniquely, for example with its commit SHA. If one tag such as 'latest' must move, 'IMMUTABLE_WITH_EXCLUSION' with 'ImageTagMutabilityExclusionFilters' naming just that tag keeps the rest fixed.",
      praise: 'A tag always means the same image.',
      evidence: [
        securityHub('ECR.2'),
        checkov('CKV_AWS_51'),
        awsDoc(`${ECR_GUIDE}/image-tag-mutability.html`),
      ],
      docsUrl: `${ECR_GUIDE}/image-tag-mutability.html`,
    },
    {
      id: 'kms-encryption',
      title: 'Encrypt with a customer managed KMS key',
      points: 4,
      file: 'template',
      rules: ['ECR003'],
      scoring: 'proportional',
      hint: "Create an 'AWS::KMS::Key' (with 'EnableKeyRotation: true') and set the repository's 'EncryptionConfiguration: { EncryptionType: KMS, KmsKey: !GetAtt ImageKey.Arn }'. Encryption settings are fixed when the repository is created.",
      praise: 'Images are encrypted under a key you control.',
      evidence: [
        securityHub('ECR.5'),
        checkov('CKV_AWS_136'),
        awsDoc(`${ECR_GUIDE}/encryption-at-rest.html`),
      ],
      docsUrl: `${ECR_GUIDE}/encryption-at-rest.html`,
    },
    {
      id: 'lifecycle-valid',
      title: 'A lifecycle policy ECR accepts',
      points: 5,
      file: 'lifecycle',
      rules: ['ECR004'],
      scoring: 'proportional',
      hint: "Give every rule a unique 'rulePriority'; give a 'tagStatus: any' rule the highest number; name a 'tagPrefixList' or 'tagPatternList' on 'tagged' rules and neither on 'untagged' ones; add '\"countUnit\": \"days\"' to age-based rules and leave it out of 'imageCountMoreThan' ones; use a 'countNumber' of 1 or more and '\"action\": { \"type\": \"expire\" }'.",
      praise: 'ECR would accept this lifecycle policy as written.',
      evidence: [
        securityHub('ECR.3'),
        awsDoc(`${ECR_GUIDE}/lifecycle_policy_parameters.html`),
        awsDoc(`${ECR_GUIDE}/LifecyclePolicies.html`),
      ],
      docsUrl: `${ECR_GUIDE}/lifecycle_policy_parameters.html`,
    },
    {
      id: 'lifecycle-retention',
      title: 'Expire untagged images and keep the last N releases',
      points: 4,
      file: 'lifecycle',
      rules: ['ECR005'],
      scoring: 'proportional',
      hint: "Add a rule that expires untagged images (for example 'sinceImagePushed' 1 day) and a rule that keeps only the newest tagged releases ('tagStatus: tagged', a 'tagPatternList' such as '[\"v*\"]', 'countType: imageCountMoreThan', 'countNumber: 20').",
      praise: 'The repository keeps the releases you can roll back to, and nothing else.',
      evidence: [
        awsDoc(`${ECR_GUIDE}/lifecycle_policy_examples.html`),
        awsDoc(
          'https://docs.aws.amazon.com/wellarchitected/latest/container-build-lens/cost-effective-resources.html',
        ),
      ],
      docsUrl: `${ECR_GUIDE}/lifecycle_policy_examples.html`,
    },
    {
      id: 'lifecycle-attached',
      title: 'Attach the same lifecycle policy to the repository',
      points: 2,
      file: 'template',
      rules: ['ECR006'],
      check: lifecycleAttachedCheck,
      hint: "Copy the contents of lifecycle-policy.json into the repository's 'LifecyclePolicy.LifecyclePolicyText' as text (the property takes a string, not an object), so CloudFormation applies exactly the policy you wrote.",
      praise: 'The repository carries the lifecycle policy you wrote.',
      evidence: [
        securityHub('ECR.3'),
        cfnLint('E3033'),
        awsDoc(
          'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
        ),
      ],
      docsUrl:
        'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-ecr-repository-lifecyclepolicy.html',
    },
    {
      id: 'repository-policy',
      title: 'A least-privilege repository policy',
      points: 4,
      file: 'template',
      rules: ['ECR007'],
      cfnLint: ['E3513'],
      hint: "Add 'RepositoryPolicyText' with one statement that lets the pipeline role push ('ecr:PutImage', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:BatchCheckLayerAvailability') and one that lets the task execution role pull ('ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'ecr:BatchCheckLayerAvailability'). Name the roles' ARNs as principals; never '*', never 'ecr:*'.",
      praise: 'Only the pipeline can push and only the service can pull.',
      evidence: [
        cdkNag('AwsSolutions-ECR1'),
        checkov('CKV_AWS_32'),
        cfnLint('E3513'),
        awsDoc(`${ECR_GUIDE}/repository-policies.html`),
        awsDoc(`${ECR_GUIDE}/repository-policy-examples.html`),
      ],
      docsUrl: `${ECR_GUIDE}/repository-policy-examples.html`,
    },
    {
      id: 'replication',
      title: 'Replicate images to a second Region',
      points: 4,
      file: 'template',
      rules: ['ECR008'],
      check: replicationRegionCheck,
      hint: "Add an 'AWS::ECR::ReplicationConfiguration' with a rule whose 'Destinations' include '{ Region: us-west-2, RegistryId: !Ref AWS::AccountId }': a literal Region other than us-east-1, where this lab deploys. If you add 'RepositoryFilters', a 'PREFIX_MATCH' filter must be the start of the repository's name whatever the stack is called, such as '!Sub \"${AWS::StackName}-\"'.",
      praise: 'Every image also exists in a second Region.',
      evidence: [
        awsDoc(`${ECR_GUIDE}/replication.html`),
        awsDoc(
          'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecr-replicationconfiguration.html',
        ),
      ],
      docsUrl: `${ECR_GUIDE}/replication.html`,
    },
  ],
});
