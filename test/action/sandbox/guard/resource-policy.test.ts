import rule from '../../../../action/sandbox/guard/resource-policy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';

const file = 'template.json';
const options = { parameters: {} };
const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const repo = (statement: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  json({
    ...extra,
    Resources: {
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {} } },
      Repository: {
        Type: 'AWS::ECR::Repository',
        Properties: { RepositoryPolicyText: { Version: '2012-10-17', Statement: [statement] } },
      },
    },
  });
const key = (principal: unknown) =>
  json({
    Resources: {
      Key: {
        Type: 'AWS::KMS::Key',
        Properties: {
          KeyPolicy: {
            Statement: [{ Effect: 'Allow', Principal: principal, Action: 'kms:*', Resource: '*' }],
          },
        },
      },
    },
  });
const replication = (registry: unknown) =>
  json({
    Resources: {
      Replication: {
        Type: 'AWS::ECR::ReplicationConfiguration',
        Properties: {
          ReplicationConfiguration: {
            Rules: [{ Destinations: [{ Region: 'us-west-2', RegistryId: registry }] }],
          },
        },
      },
    },
  });

testRule(rule, {
  valid: [
    {
      name: 'a role of this stack pulls',
      code: repo({ Effect: 'Allow', Principal: { AWS: { 'Fn::GetAtt': ['Role', 'Arn'] } }, Action: PULL }),
      file,
      options,
    },
    {
      name: "the account's own root administers the key",
      code: key({ AWS: { 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root' } }),
      file,
      options,
    },
    {
      name: "'*' pinned to this account by aws:PrincipalAccount",
      code: repo({
        Effect: 'Allow',
        Principal: '*',
        Action: PULL,
        Condition: { StringEquals: { 'aws:PrincipalAccount': { Ref: 'AWS::AccountId' } } },
      }),
      file,
      options,
    },
    {
      name: 'a principal the instructor supplies',
      code: repo(
        { Effect: 'Allow', Principal: { AWS: { Ref: 'Puller' } }, Action: PULL },
        { Parameters: { Puller: { Type: 'String' } } },
      ),
      file,
      options: { parameters: { Puller: 'arn:aws:iam::123456789012:role/sandbox-puller' } },
    },
    { name: 'replication within this registry', code: replication({ Ref: 'AWS::AccountId' }), file, options },
    {
      name: "a Deny for '*'",
      code: repo({ Effect: 'Deny', Principal: '*', Action: 'ecr:*' }),
      file,
      options,
    },
  ],
  invalid: [
    {
      name: "a public repository ('Principal: *')",
      code: repo({ Effect: 'Allow', Principal: '*', Action: PULL }),
      file,
      options,
      errors: [{ messageId: 'public', data: { owner: 'Repository', how: 'Principal: *' } }],
    },
    {
      name: 'a repository granted to another account',
      code: repo({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::999999999999:root' }, Action: PULL }),
      file,
      options,
      errors: [{ messageId: 'otherAccount', data: { principal: 'arn:aws:iam::999999999999:root' } }],
    },
    {
      name: "a role named by a parameter's Default (the learner's, not the instructor's)",
      code: repo(
        { Effect: 'Allow', Principal: { AWS: { Ref: 'Puller' } }, Action: PULL },
        { Parameters: { Puller: { Type: 'String', Default: 'arn:aws:iam::999999999999:role/mine' } } },
      ),
      file,
      options,
      errors: [{ messageId: 'otherAccount', data: { principal: 'arn:aws:iam::999999999999:role/mine' } }],
    },
    {
      name: 'a public registry policy',
      code: json({
        Resources: {
          Registry: {
            Type: 'AWS::ECR::RegistryPolicy',
            Properties: {
              PolicyText: {
                Statement: [
                  { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'ecr:ReplicateImage', Resource: '*' },
                ],
              },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'public', data: { owner: 'Registry', how: 'AWS: *' } }],
    },
    {
      name: "a KMS key open to '*'",
      code: key('*'),
      file,
      options,
      errors: [{ messageId: 'public', data: { owner: 'Key' } }],
    },
    {
      name: 'an EFS file system policy for another account',
      code: json({
        Resources: {
          Files: {
            Type: 'AWS::EFS::FileSystem',
            Properties: {
              FileSystemPolicy: {
                Statement: [
                  {
                    Effect: 'Allow',
                    Principal: { AWS: '111122223333' },
                    Action: 'elasticfilesystem:ClientMount',
                  },
                ],
              },
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'otherAccount', data: { owner: 'Files', principal: '111122223333' } }],
    },
    {
      name: 'replication to another registry',
      code: replication('999999999999'),
      file,
      options,
      errors: [
        { messageId: 'replication', data: { owner: 'Replication', registry: '999999999999', rule: 1 } },
      ],
    },
  ],
});
