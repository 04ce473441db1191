import rule from '../../../../graders/rules/eks/replicas.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const ONE = edit(REF, ['replicas: 2', 'replicas: 1']);
const NO_REPLICAS = edit(REF, ['  replicas: 2\n', '']);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'replicas: 2', code: REF },
    { name: 'replicas left to an HPA with minReplicas 3 (second style)', code: ALT },
    { name: 'replicas left to an HPA with minReplicas 2', code: NO_REPLICAS },
  ],
  invalid: [
    { name: 'one replica', code: ONE, errors: [{ messageId: 'tooFew', line: lineOf(ONE, 'replicas: 1') }] },
    {
      name: 'no replicas and no autoscaler',
      code: withoutDoc(NO_REPLICAS, 'kind: HorizontalPodAutoscaler'),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'no replicas and an autoscaler whose floor is 1',
      code: edit(NO_REPLICAS, ['minReplicas: 2', 'minReplicas: 1']),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'no replicas and an autoscaler for another Deployment',
      code: edit(NO_REPLICAS, [
        '    kind: Deployment\n    name: labs-web',
        '    kind: Deployment\n    name: labs-api',
      ]),
      errors: [{ messageId: 'tooFew' }],
    },
    {
      name: 'no Deployment at all',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noDeployment' }],
    },
  ],
});
