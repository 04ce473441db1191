// Helper module (exports no rule): the Amazon ECR IAM action names, kept in one place, and the groups of them
// that repository policies care about (pull, push, administration).
//
// Source: the operations of the Amazon ECR API Reference ("Actions",
// https://docs.aws.amazon.com/AmazonECR/latest/APIReference/API_Operations.html), each of which is an IAM action
// of the same name, plus the permission-only actions of the Service Authorization Reference
// (https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonelasticcontainerregistry.html):
// BatchImportUpstreamImage, GetImageCopyStatus and ReplicateImage. Cross-checked against botocore's ECR model
// (2015-09-21) and cfn-lint 1.51's Policies.json. When ECR adds an action, add it here.
import { actionMatches } from '../lib/policy.js';

/** Shared with every rule that reads IAM policies; kept here for the ECR rules that import it from this module. */
export { actionMatches };

export const ECR_ACTIONS = [
  'BatchCheckLayerAvailability',
  'BatchDeleteImage',
  'BatchGetImage',
  'BatchGetRepositoryScanningConfiguration',
  'BatchImportUpstreamImage',
  'CompleteLayerUpload',
  'CreatePullThroughCacheRule',
  'CreateRepository',
  'CreateRepositoryCreationTemplate',
  'DeleteLifecyclePolicy',
  'DeletePullThroughCacheRule',
  'DeleteRegistryPolicy',
  'DeleteRepository',
  'DeleteRepositoryCreationTemplate',
  'DeleteRepositoryPolicy',
  'DeleteSigningConfiguration',
  'DeregisterPullTimeUpdateExclusion',
  'DescribeImageReplicationStatus',
  'DescribeImageScanFindings',
  'DescribeImageSigningStatus',
  'DescribeImages',
  'DescribePullThroughCacheRules',
  'DescribeRegistry',
  'DescribeRepositories',
  'DescribeRepositoryCreationTemplates',
  'GetAccountSetting',
  'GetAuthorizationToken',
  'GetDownloadUrlForLayer',
  'GetImageCopyStatus',
  'GetLifecyclePolicy',
  'GetLifecyclePolicyPreview',
  'GetRegistryPolicy',
  'GetRegistryScanningConfiguration',
  'GetRepositoryPolicy',
  'GetSigningConfiguration',
  'InitiateLayerUpload',
  'ListImageReferrers',
  'ListImages',
  'ListPullTimeUpdateExclusions',
  'ListTagsForResource',
  'PutAccountSetting',
  'PutImage',
  'PutImageScanningConfiguration',
  'PutImageTagMutability',
  'PutLifecyclePolicy',
  'PutRegistryPolicy',
  'PutRegistryScanningConfiguration',
  'PutReplicationConfiguration',
  'PutSigningConfiguration',
  'RegisterPullTimeUpdateExclusion',
  'ReplicateImage',
  'SetRepositoryPolicy',
  'StartImageScan',
  'StartLifecyclePolicyPreview',
  'TagResource',
  'UntagResource',
  'UpdateImageStorageClass',
  'UpdatePullThroughCacheRule',
  'UpdateRepositoryCreationTemplate',
  'UploadLayerPart',
  'ValidatePullThroughCacheRule',
].map((a) => `ecr:${a}`);

/** What a principal needs to pull an image (BatchCheckLayerAvailability is usual but not strictly required). */
export const PULL_ACTIONS = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] as const;

/**
 * Actions that delete or reconfigure the repository (or the registry) rather than pull or push: no principal needs
 * them in a repository policy. Each with what it lets the principal do, for messages.
 */
export const ADMIN_EFFECT: Readonly<Record<string, string>> = {
  'ecr:DeleteRepository': 'delete the repository',
  'ecr:BatchDeleteImage': 'delete images',
  'ecr:SetRepositoryPolicy': 'rewrite this policy',
  'ecr:DeleteRepositoryPolicy': 'remove this policy',
  'ecr:PutLifecyclePolicy': 'replace the lifecycle policy',
  'ecr:DeleteLifecyclePolicy': 'remove the lifecycle policy',
  'ecr:PutImageTagMutability': 'make tags mutable again',
  'ecr:PutImageScanningConfiguration': 'turn off scanning on push',
  'ecr:PutReplicationConfiguration': "change the registry's replication",
};

const BY_LOWER = new Map(ECR_ACTIONS.map((a) => [a.toLowerCase(), a]));

/** The action's canonical spelling if it is an ECR action (IAM compares action names case-insensitively). */
export function ecrAction(name: string): string | undefined {
  return BY_LOWER.get(name.toLowerCase());
}

/** The closest ECR action to a misspelt name, if one is close enough to be a likely typo. */
export function closestEcrAction(name: string): string | undefined {
  const target = name.toLowerCase();
  let best: { action: string; distance: number } | undefined;
  for (const action of ECR_ACTIONS) {
    const d = distance(target, action.toLowerCase());
    if (!best || d < best.distance) best = { action, distance: d };
  }
  return best && best.distance <= 3 ? best.action : undefined;
}

/** Levenshtein distance. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (cur[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}
