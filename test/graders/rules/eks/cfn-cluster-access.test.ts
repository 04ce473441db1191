import rule from '../../../../graders/rules/eks/cfn-cluster-access.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { TEMPLATE, edit, lineOf } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CIDRS = '        EndpointPublicAccess: true\n        PublicAccessCidrs:\n          - 203.0.113.0/24\n';
const OPEN = edit(TEMPLATE, [CIDRS, '        EndpointPublicAccess: true\n']);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'public endpoint limited to a range, API_AND_CONFIG_MAP, an access entry', code: TEMPLATE },
    { name: 'private only', code: edit(TEMPLATE, [CIDRS, '        EndpointPublicAccess: false\n']) },
  ],
  invalid: [
    {
      name: 'public endpoint open to all',
      code: OPEN,
      errors: [{ messageId: 'publicOpen', line: lineOf(OPEN, 'EndpointPublicAccess: true') }],
    },
    {
      name: 'private endpoint off',
      code: edit(TEMPLATE, ['EndpointPrivateAccess: true', 'EndpointPrivateAccess: false']),
      errors: [{ messageId: 'privateOff' }],
    },
    {
      name: "authentication mode left to the API's default, CONFIG_MAP",
      code: edit(TEMPLATE, ['        AuthenticationMode: API_AND_CONFIG_MAP\n', '']),
      errors: [{ messageId: 'configMapMode', data: { mode: "'CONFIG_MAP' (the default)" } }],
    },
    {
      name: 'an access entry for another cluster',
      code: edit(TEMPLATE, [
        '      ClusterName: !Ref Cluster\n      PrincipalArn',
        '      ClusterName: other\n      PrincipalArn',
      ]),
      errors: [{ messageId: 'noAccessEntries' }],
    },
    {
      name: 'no cluster',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
      errors: [{ messageId: 'noCluster' }],
    },
  ],
});
