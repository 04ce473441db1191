import rule from '../../../graders/ecr/repository-policy-least-privilege.js';
import { testRule } from '../../helpers/rule-tester.js';
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
  ],
  invalid: [
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
