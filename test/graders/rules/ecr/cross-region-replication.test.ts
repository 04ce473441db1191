import rule from '../../../../graders/rules/ecr/cross-region-replication.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl, type Template } from './template.js';

const rules = (t: Template): Record<string, unknown>[] =>
  (t.Resources['Replication']!.Properties['ReplicationConfiguration'] as { Rules: Record<string, unknown>[] })
    .Rules;
const filter = (t: Template, value: unknown) =>
  (rules(t)[0]!['RepositoryFilters'] = [{ Filter: value, FilterType: 'PREFIX_MATCH' }]);
const stackNamed = (t: Template) => (repo(t)['RepositoryName'] = { 'Fn::Sub': '${AWS::StackName}-web' });
const dest = (t: Template, region: unknown) =>
  (rules(t)[0]!['Destinations'] = [{ Region: region, RegistryId: '123456789012' }]);

testRule(rule, {
  valid: [
    { name: 'to us-west-2', code: tpl() },
    {
      name: 'with a prefix filter that matches the repository',
      code: tpl(
        (t) => (rules(t)[0]!['RepositoryFilters'] = [{ Filter: 'labs-', FilterType: 'PREFIX_MATCH' }]),
      ),
    },
    {
      name: 'Region from a parameter default',
      code: tpl((t) => {
        t.Parameters = { Dr: { Type: 'String', Default: 'eu-west-1' } };
        dest(t, { Ref: 'Dr' });
      }),
    },
    { name: 'GovCloud Region name', code: tpl((t) => dest(t, 'us-gov-west-1')) },
    {
      name: 'a stack-named repository with a prefix built from the same stack name',
      code: tpl((t) => {
        stackNamed(t);
        filter(t, { 'Fn::Sub': '${AWS::StackName}-' });
      }),
    },
    {
      // 'labs-' matches when the stack is called 'labs-…': the grader cannot know, so it does not take points.
      name: "a stack-named repository with the literal prefix 'labs-' (matches for some stack names)",
      code: tpl((t) => {
        stackNamed(t);
        filter(t, 'labs-');
      }),
    },
    {
      name: 'a repository whose name CloudFormation generates, with any prefix',
      code: tpl((t) => {
        delete repo(t)['RepositoryName'];
        filter(t, 'prod-');
      }),
    },
  ],
  invalid: [
    {
      name: 'no replication',
      code: tpl((t) => delete t.Resources['Replication']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: "the stack's own Region",
      code: tpl((t) => dest(t, { Ref: 'AWS::Region' })),
      errors: [{ messageId: 'ownRegion' }],
    },
    {
      name: "the stack's own Region through Sub",
      code: tpl((t) => dest(t, { 'Fn::Sub': '${AWS::Region}' })),
      errors: [{ messageId: 'ownRegion' }],
    },
    {
      name: "the stack's own Region in another account (a parameter without a default)",
      code: tpl((t) => {
        t.Parameters = { Target: { Type: 'String' } };
        rules(t)[0]!['Destinations'] = [{ Region: { Ref: 'AWS::Region' }, RegistryId: { Ref: 'Target' } }];
      }),
      errors: [{ messageId: 'ownRegionOtherAccount' }],
    },
    {
      name: "a prefix that differs from the stack-named repository's before the stack name",
      code: tpl((t) => {
        repo(t)['RepositoryName'] = { 'Fn::Sub': 'team-${AWS::StackName}' };
        filter(t, 'prod-');
      }),
      errors: [{ messageId: 'filterMisses', data: { repositories: "'team-${AWS::StackName}'" } }],
    },
    {
      name: 'a Region from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Dr: { Type: 'String' } };
        dest(t, { Ref: 'Dr' });
      }),
      errors: [{ messageId: 'computedRegion' }],
    },
    { name: 'not a Region name', code: tpl((t) => dest(t, 'Oregon')), errors: [{ messageId: 'badRegion' }] },
    {
      name: 'no rules',
      code: tpl((t) => (t.Resources['Replication']!.Properties['ReplicationConfiguration'] = { Rules: [] })),
      errors: [{ messageId: 'noRules' }],
    },
    {
      name: 'a filter that matches no repository',
      code: tpl(
        (t) => (rules(t)[0]!['RepositoryFilters'] = [{ Filter: 'prod-', FilterType: 'PREFIX_MATCH' }]),
      ),
      errors: [{ messageId: 'filterMisses' }],
    },
    {
      name: 'a destination without a Region',
      code: tpl((t) => (rules(t)[0]!['Destinations'] = [{ RegistryId: '123456789012' }])),
      errors: [{ messageId: 'noOtherRegion' }],
    },
  ],
});
