import rule from '../../../../graders/rules/eks/eksctl-cluster-access.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { CLUSTER, edit, lineOf } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const FILE = 'cluster.yaml';
const ENDPOINTS = '  clusterEndpoints:\n    privateAccess: true\n    publicAccess: false\n';
const OPEN = edit(CLUSTER, [
  ENDPOINTS,
  '  clusterEndpoints:\n    privateAccess: true\n    publicAccess: true\n',
]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'private only, API mode, an access entry', file: FILE, code: CLUSTER },
    {
      name: 'public endpoint limited to an office range',
      file: FILE,
      code: edit(CLUSTER, [
        ENDPOINTS,
        `${ENDPOINTS.replace('publicAccess: false', 'publicAccess: true')}  publicAccessCIDRs: [198.51.100.0/24]\n`,
      ]),
    },
    {
      name: "authentication mode left to eksctl's default (API_AND_CONFIG_MAP)",
      file: FILE,
      code: edit(CLUSTER, ['  authenticationMode: API\n', '']),
    },
  ],
  invalid: [
    {
      name: 'public endpoint open to all',
      file: FILE,
      code: OPEN,
      errors: [{ messageId: 'publicOpen', line: lineOf(OPEN, 'publicAccess: true') }],
    },
    {
      name: 'public endpoint with 0.0.0.0/0',
      file: FILE,
      code: edit(CLUSTER, [
        ENDPOINTS,
        `${ENDPOINTS.replace('publicAccess: false', 'publicAccess: true')}  publicAccessCIDRs: [0.0.0.0/0]\n`,
      ]),
      errors: [{ messageId: 'publicOpen', data: { cidrs: "'0.0.0.0/0'" } }],
    },
    {
      name: 'eksctl defaults for the endpoints (private off, public on)',
      file: FILE,
      code: edit(CLUSTER, [`vpc:\n${ENDPOINTS}`, '']),
      errors: [{ messageId: 'privateOff' }, { messageId: 'publicOpen' }],
    },
    {
      name: 'CONFIG_MAP authentication',
      file: FILE,
      code: edit(CLUSTER, ['authenticationMode: API', 'authenticationMode: CONFIG_MAP']),
      errors: [{ messageId: 'configMapMode', data: { mode: "'CONFIG_MAP'" } }],
    },
    {
      name: 'no access entries',
      file: FILE,
      code: edit(CLUSTER, [
        '  accessEntries:\n    - principalARN: arn:aws:iam::123456789012:role/LabsPlatformAdmin\n      accessPolicies:\n        - policyARN: arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy\n          accessScope:\n            type: cluster\n',
        '',
      ]),
      errors: [{ messageId: 'noAccessEntries' }],
    },
    {
      name: 'not a ClusterConfig',
      file: FILE,
      code: 'apiVersion: v1\nkind: Config\n',
      errors: [{ messageId: 'notClusterConfig', data: { kind: 'Config' } }],
    },
  ],
});
