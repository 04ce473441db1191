import rule from '../../../../graders/rules/ecr/repository-policy-least-privilege.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl, type Template } from './template.js';

const statement = (t: Template, i: number): Record<string, unknown> =>
  ((repo(t)['RepositoryPolicyText'] as Record<string, unknown>)['Statement'] as Record<string, unknown>[])[
    i
  ]!;

testRule(rule, {
  valid: [
    { name: 'push for the pipeline, pull for the execution role', code: tpl() },
    {
      name: 'as a JSON string',
      code: tpl((t) => (repo(t)['RepositoryPolicyText'] = JSON.stringify(repo(t)['RepositoryPolicyText']))),
    },
    {
      name: 'a single statement object',
      code: tpl(
        (t) => ((repo(t)['RepositoryPolicyText'] as Record<string, unknown>)['Statement'] = statement(t, 1)),
      ),
    },
    {
      name: 'a Deny statement may use wildcards',
      code: tpl((t) =>
        (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.push({
          Effect: 'Deny',
          Principal: '*',
          Action: 'ecr:*',
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        }),
      ),
    },
    {
      name: 'another account as principal',
      code: tpl((t) => (statement(t, 1)['Principal'] = { AWS: 'arn:aws:iam::210987654321:root' })),
    },
    {
      name: 'action names in another case (IAM compares them case-insensitively)',
      code: tpl((t) => (statement(t, 1)['Action'] = ['ecr:batchgetimage', 'ECR:GetDownloadUrlForLayer'])),
    },
    {
      name: 'pull granted to one principal over two statements',
      code: tpl((t) => {
        statement(t, 1)['Action'] = 'ecr:BatchGetImage';
        (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.push({
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::123456789012:role/execution' },
          Action: 'ecr:GetDownloadUrlForLayer',
        });
      }),
    },
    {
      name: 'a Deny statement may name administration actions',
      code: tpl((t) =>
        (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.push({
          Sid: 'NobodyDeletes',
          Effect: 'Deny',
          Principal: '*',
          Action: ['ecr:DeleteRepository', 'ecr:BatchDeleteImage', 'ecr:SetRepositoryPolicy'],
        }),
      ),
    },
    {
      name: 'actions of another service are left to cfn-lint',
      code: tpl(
        (t) =>
          (statement(t, 1)['Action'] = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer', 'kms:Decrypt']),
      ),
    },
  ],
  invalid: [
    {
      name: 'the pipeline may also delete images',
      code: tpl((t) => (statement(t, 0)['Action'] as string[]).push('ecr:BatchDeleteImage')),
      errors: [{ messageId: 'adminAction', line: 32 }],
    },
    {
      name: 'the pipeline may rewrite the policy and delete the repository',
      code: tpl((t) =>
        (statement(t, 0)['Action'] as string[]).push(
          'ecr:SetRepositoryPolicy',
          'ecr:DeleteRepository',
          'ecr:putlifecyclepolicy',
        ),
      ),
      errors: [{ messageId: 'adminAction' }],
    },
    {
      name: 'each administration action is caught',
      code: tpl((t) =>
        (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.push(
          ...[
            'ecr:DeleteRepository',
            'ecr:DeleteRepositoryPolicy',
            'ecr:SetRepositoryPolicy',
            'ecr:PutLifecyclePolicy',
            'ecr:DeleteLifecyclePolicy',
            'ecr:PutImageTagMutability',
            'ecr:PutImageScanningConfiguration',
            'ecr:PutReplicationConfiguration',
            'ecr:BatchDeleteImage',
          ].map((a) => ({
            Effect: 'Allow',
            Principal: { AWS: 'arn:aws:iam::123456789012:role/admin' },
            Action: a,
          })),
        ),
      ),
      errors: Array.from({ length: 9 }, () => ({ messageId: 'adminAction' })),
    },
    {
      name: 'only a push statement: nobody may pull',
      code: tpl((t) => (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.pop()),
      errors: [{ messageId: 'noPull', line: 29 }],
    },
    {
      name: "the pull statement lacks 'ecr:GetDownloadUrlForLayer'",
      code: tpl(
        (t) => (statement(t, 1)['Action'] = ['ecr:BatchGetImage', 'ecr:BatchCheckLayerAvailability']),
      ),
      errors: [{ messageId: 'noPull' }],
    },
    {
      name: 'the two pull actions granted to different principals',
      code: tpl((t) => {
        statement(t, 1)['Action'] = 'ecr:BatchGetImage';
        (statement(t, 0)['Action'] as string[]).push('ecr:GetDownloadUrlForLayer');
      }),
      errors: [{ messageId: 'noPull' }],
    },
    {
      name: 'an Allow that grants nothing usable',
      code: tpl(
        (t) =>
          (repo(t)['RepositoryPolicyText'] = {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Principal: { AWS: 'arn:aws:iam::123456789012:role/execution' },
                Action: 'ecr:DescribeImages',
              },
            ],
          }),
      ),
      errors: [{ messageId: 'noPull' }],
    },
    {
      name: "a misspelt pull action, 'ecr:GetDownloadUrlForLayers'",
      code: tpl((t) => (statement(t, 1)['Action'] = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayers'])),
      errors: [
        { messageId: 'noPull', line: 29 },
        { messageId: 'unknownAction', line: 54 },
      ],
    },
    {
      name: "a misspelt push action, 'ecr:PutImages'",
      code: tpl((t) => ((statement(t, 0)['Action'] as string[])[4] = 'ecr:PutImages')),
      errors: [{ messageId: 'unknownAction', line: 43 }],
    },
    {
      name: 'an action ECR does not have, in a Deny statement',
      code: tpl((t) =>
        (repo(t)['RepositoryPolicyText'] as { Statement: unknown[] }).Statement.push({
          Effect: 'Deny',
          Principal: '*',
          Action: 'ecr:RemoveRepository',
        }),
      ),
      errors: [{ messageId: 'unknownAction' }],
    },
    {
      name: 'a misspelt action in a policy written as a JSON string',
      code: tpl((t) => {
        statement(t, 0)['Action'] = ['ecr:PutImage', 'ecr:UploadLayerParts'];
        repo(t)['RepositoryPolicyText'] = JSON.stringify(repo(t)['RepositoryPolicyText']);
      }),
      errors: [{ messageId: 'unknownAction' }],
    },
    {
      name: 'no repository policy',
      code: tpl((t) => delete repo(t)['RepositoryPolicyText']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: "principal '*'",
      code: tpl((t) => (statement(t, 1)['Principal'] = '*')),
      errors: [{ messageId: 'publicPrincipal' }],
    },
    {
      name: "principal { AWS: '*' }",
      code: tpl((t) => (statement(t, 1)['Principal'] = { AWS: ['arn:aws:iam::123456789012:root', '*'] })),
      errors: [{ messageId: 'publicPrincipal' }],
    },
    {
      name: 'ecr:*',
      code: tpl((t) => (statement(t, 0)['Action'] = 'ecr:*')),
      errors: [{ messageId: 'wildcardAction' }],
    },
    {
      name: 'a wildcard in an action name',
      code: tpl((t) => (statement(t, 1)['Action'] = ['ecr:BatchGet*', 'ecr:GetDownloadUrlForLayer'])),
      errors: [{ messageId: 'wildcardAction' }],
    },
    {
      name: 'the classic open repository',
      code: tpl(
        (t) =>
          (repo(t)['RepositoryPolicyText'] = {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: '*', Action: '*' }],
          }),
      ),
      errors: [{ messageId: 'wildcardAction' }, { messageId: 'publicPrincipal' }],
    },
    {
      name: 'NotAction',
      code: tpl((t) => {
        delete statement(t, 1)['Action'];
        statement(t, 1)['NotAction'] = 'ecr:DeleteRepository';
      }),
      errors: [{ messageId: 'notAction' }],
    },
    {
      name: 'NotPrincipal',
      code: tpl((t) => {
        delete statement(t, 1)['Principal'];
        statement(t, 1)['NotPrincipal'] = { AWS: 'arn:aws:iam::123456789012:role/x' };
      }),
      errors: [{ messageId: 'notPrincipal' }],
    },
    {
      name: 'only Deny statements',
      code: tpl(
        (t) =>
          (repo(t)['RepositoryPolicyText'] = {
            Statement: [{ Effect: 'Deny', Principal: '*', Action: 'ecr:DeleteRepository' }],
          }),
      ),
      errors: [{ messageId: 'noAllow' }],
    },
    {
      name: 'no statements',
      code: tpl((t) => (repo(t)['RepositoryPolicyText'] = { Version: '2012-10-17' })),
      errors: [{ messageId: 'noStatement' }],
    },
    {
      name: 'not JSON',
      code: tpl((t) => (repo(t)['RepositoryPolicyText'] = '{ Statement: [] }')),
      errors: [{ messageId: 'notJson' }],
    },
    {
      name: 'from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { P: { Type: 'String' } };
        repo(t)['RepositoryPolicyText'] = { Ref: 'P' };
      }),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'no repository',
      code: tpl((t) => delete t.Resources['Repository']),
      errors: [{ messageId: 'noRepository' }],
    },
  ],
});
