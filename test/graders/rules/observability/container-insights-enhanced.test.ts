import rule from '../../../../graders/rules/observability/container-insights-enhanced.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const SETTING = '        - Name: containerInsights\n          Value: enhanced\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'enhanced (lab 11 solution)', code: LAB11 },
    { name: 'enhanced in JSON (second-style solution)', code: LAB11_JSON, file: 'template.json' },
    {
      name: 'the value from a parameter whose Default is enhanced',
      code: edit(
        LAB11,
        [SETTING, '        - Name: containerInsights\n          Value: !Ref InsightsMode\n'],
        ['Parameters:\n', 'Parameters:\n  InsightsMode:\n    Type: String\n    Default: enhanced\n'],
      ),
    },
  ],
  invalid: [
    {
      name: "left at 'enabled'",
      code: edit(LAB11, [SETTING, '        - Name: containerInsights\n          Value: enabled\n']),
      errors: [{ messageId: 'notEnhanced', data: { cluster: 'Cluster', value: "'enabled'" } }],
    },
    {
      name: 'no cluster settings',
      code: edit(LAB11, [`      ClusterSettings:\n${SETTING}`, '      ClusterName: labs\n']),
      errors: [{ messageId: 'missing', data: { cluster: 'Cluster' } }],
    },
    {
      name: 'no cluster at all',
      code: without(LAB11, 'Cluster'),
      errors: [{ messageId: 'noCluster' }],
    },
    {
      name: 'the service runs in the default cluster',
      code: edit(LAB11, ['      Cluster: !Ref Cluster\n', '']),
      errors: [{ messageId: 'defaultCluster', data: { service: 'Service', cluster: 'Cluster' } }],
    },
  ],
});
