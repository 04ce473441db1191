// Test helper (not a test): a complete lab-05-shaped template and lifecycle policy as data, which each case
// copies and changes, then renders as JSON (valid YAML for templates).
export type Template = {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  Parameters?: Record<string, Record<string, unknown>>;
};

export function policy(): { rules: Record<string, unknown>[] } {
  return {
    rules: [
      {
        rulePriority: 1,
        description: 'Expire untagged images after a day',
        selection: {
          tagStatus: 'untagged',
          countType: 'sinceImagePushed',
          countUnit: 'days',
          countNumber: 1,
        },
        action: { type: 'expire' },
      },
      {
        rulePriority: 2,
        description: 'Keep the 20 most recent releases',
        selection: {
          tagStatus: 'tagged',
          tagPatternList: ['v*'],
          countType: 'imageCountMoreThan',
          countNumber: 20,
        },
        action: { type: 'expire' },
      },
    ],
  };
}

export function base(): Template {
  return {
    Resources: {
      Key: { Type: 'AWS::KMS::Key', Properties: { EnableKeyRotation: true } },
      Repository: {
        Type: 'AWS::ECR::Repository',
        Properties: {
          RepositoryName: 'labs-web',
          ImageTagMutability: 'IMMUTABLE',
          ImageScanningConfiguration: { ScanOnPush: true },
          EncryptionConfiguration: { EncryptionType: 'KMS', KmsKey: { 'Fn::GetAtt': ['Key', 'Arn'] } },
          LifecyclePolicy: { LifecyclePolicyText: JSON.stringify(policy(), null, 2) },
          RepositoryPolicyText: {
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'Push',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::123456789012:role/pipeline' },
                Action: [
                  'ecr:BatchCheckLayerAvailability',
                  'ecr:InitiateLayerUpload',
                  'ecr:UploadLayerPart',
                  'ecr:CompleteLayerUpload',
                  'ecr:PutImage',
                ],
              },
              {
                Sid: 'Pull',
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::123456789012:role/execution' },
                Action: [
                  'ecr:BatchGetImage',
                  'ecr:GetDownloadUrlForLayer',
                  'ecr:BatchCheckLayerAvailability',
                ],
              },
            ],
          },
        },
      },
      Replication: {
        Type: 'AWS::ECR::ReplicationConfiguration',
        Properties: {
          ReplicationConfiguration: {
            Rules: [{ Destinations: [{ Region: 'us-west-2', RegistryId: { Ref: 'AWS::AccountId' } }] }],
          },
        },
      },
    },
  };
}

/** The base template changed by `edit`, as text. */
export function tpl(edit: (t: Template) => void = () => {}): string {
  const t = base();
  edit(t);
  return JSON.stringify(t, null, 2);
}

export const repo = (t: Template): Record<string, unknown> => t.Resources['Repository']!.Properties;

/** The base lifecycle policy changed by `edit`, as JSON text. */
export function lp(edit: (p: ReturnType<typeof policy>) => void = () => {}): string {
  const p = policy();
  edit(p);
  return JSON.stringify(p, null, 2);
}

export const sel = (p: ReturnType<typeof policy>, i: number): Record<string, unknown> =>
  p.rules[i]!['selection'] as Record<string, unknown>;
