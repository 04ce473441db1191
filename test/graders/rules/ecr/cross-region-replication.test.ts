import rule from '../../../../graders/rules/ecr/cross-region-replication.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { tpl, type Template } from './template.js';

const rules = (t: Template): Record<string, unknown>[] =>
  (t.Resources['Replication']!.Properties['ReplicationConfiguration'] as { Rules: Record<string, unknown>[] })
    .Rules;
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
