import { describe, expect, it } from 'vitest';
import rule, { carriesStackName, stackScopedName } from '../../../../action/sandbox/guard/unique-name.js';
import { testRule } from '../../../helpers/rule-tester.js';

const resource = (type: string, props: string) =>
  `Resources:\n  Thing:\n    Type: ${type}\n    Properties:\n${props}`;
const replication = (filters: string) =>
  resource(
    'AWS::ECR::ReplicationConfiguration',
    `      ReplicationConfiguration:\n        Rules:\n          - Destinations:\n              - Region: us-west-2\n                RegistryId: !Ref AWS::AccountId\n${filters}`,
  );

testRule(rule, {
  valid: [
    {
      name: 'a repository with no name',
      code: resource('AWS::ECR::Repository', '      EmptyOnDelete: true\n'),
    },
    {
      name: 'a repository named from the stack with Sub',
      code: resource('AWS::ECR::Repository', "      RepositoryName: !Sub '${AWS::StackName}-web'\n"),
    },
    {
      name: 'a log group named from the stack with Join',
      code: resource(
        'AWS::Logs::LogGroup',
        "      LogGroupName: !Join ['/', ['/ecs', !Ref AWS::StackName]]\n",
      ),
    },
    {
      name: 'a namespace named exactly the stack',
      code: resource('AWS::ServiceDiscovery::HttpNamespace', '      Name: !Ref AWS::StackName\n'),
    },
    {
      name: 'a load balancer with no Name',
      code: resource('AWS::ElasticLoadBalancingV2::LoadBalancer', '      Scheme: internet-facing\n'),
    },
    {
      name: 'a name property of a type with no uniqueness rule (a container name)',
      code: resource('AWS::ECS::Service', '      ServiceName: web\n'),
    },
    {
      name: "replication scoped to the stack's repositories",
      code: replication(
        "            RepositoryFilters:\n              - Filter: !Sub '${AWS::StackName}-'\n                FilterType: PREFIX_MATCH\n",
      ),
    },
  ],
  invalid: [
    {
      name: 'a literal repository name',
      code: resource('AWS::ECR::Repository', '      RepositoryName: labs-web\n'),
      errors: [
        {
          messageId: 'literal',
          line: 5,
          data: { property: 'RepositoryName', value: 'labs-web', suggestion: '${AWS::StackName}-labs-web' },
        },
      ],
    },
    {
      name: 'a literal log group keeps its path in the suggestion',
      code: resource('AWS::Logs::LogGroup', '      LogGroupName: /ecs/labs-web\n'),
      errors: [{ messageId: 'literal', data: { suggestion: '/ecs/${AWS::StackName}-labs-web' } }],
    },
    {
      name: "a name computed from a parameter, not the stack's name",
      code: resource('AWS::ECS::Cluster', "      ClusterName: !Sub '${Env}-cluster'\n"),
      errors: [{ messageId: 'computed', data: { property: 'ClusterName' } }],
    },
    {
      name: 'a target group Name, even built from the stack (32 characters at most)',
      code: resource('AWS::ElasticLoadBalancingV2::TargetGroup', "      Name: !Sub '${AWS::StackName}-tg'\n"),
      errors: [{ messageId: 'omit', data: { what: 'target group', max: 32 } }],
    },
    {
      name: 'an IAM RoleName (64 characters at most)',
      code: resource('AWS::IAM::Role', "      RoleName: !Sub '${AWS::StackName}-task'\n"),
      errors: [{ messageId: 'omit', data: { property: 'RoleName', what: 'IAM role', max: 64 } }],
    },
    {
      name: 'replication with no filter replicates every repository in the shared registry',
      code: replication(''),
      errors: [{ messageId: 'replicationUnscoped', line: 7 }],
    },
    {
      name: "a literal prefix filter can match other runs' repositories",
      code: replication(
        '            RepositoryFilters:\n              - Filter: labs-\n                FilterType: PREFIX_MATCH\n',
      ),
      errors: [{ messageId: 'replicationUnscoped' }],
    },
    {
      name: "a filter that holds the stack's name but does not start with it",
      code: replication(
        "            RepositoryFilters:\n              - Filter: !Sub 'x${AWS::StackName}'\n                FilterType: PREFIX_MATCH\n",
      ),
      errors: [{ messageId: 'replicationUnscoped' }],
    },
  ],
});

describe('stackScopedName', () => {
  it.each([
    ['web', '${AWS::StackName}-web'],
    ['alias/labs', 'alias/${AWS::StackName}-labs'],
    ['/ecs/', '/ecs/${AWS::StackName}'],
  ])('%s → %s', (value, expected) => {
    expect(stackScopedName(value)).toBe(expected);
  });
});

describe('carriesStackName', () => {
  it.each([
    [{ Ref: 'AWS::StackName' }, true],
    [{ 'Fn::Sub': ['${AWS::StackName}-${X}', { X: 'a' }] }, true],
    [{ 'Fn::Join': ['-', ['a', { Ref: 'AWS::StackName' }]] }, true],
    [{ Ref: 'StackNameParameter' }, false],
    ['${AWS::StackName}', false],
  ])('%j → %s', (value, expected) => {
    expect(carriesStackName(value)).toBe(expected);
  });
});
