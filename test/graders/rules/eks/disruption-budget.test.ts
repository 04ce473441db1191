import rule from '../../../../graders/rules/eks/disruption-budget.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'minAvailable 1 over two replicas', code: REF },
    { name: 'maxUnavailable 1 on a second pod label, replicas from the HPA (second style)', code: ALT },
  ],
  invalid: [
    {
      name: 'a selector that matches no pod',
      code: edit(REF, [
        '  minAvailable: 1\n  selector:\n    matchLabels:\n      app.kubernetes.io/name: labs-web',
        '  minAvailable: 1\n  selector:\n    matchLabels:\n      app: web',
      ]),
      errors: [{ messageId: 'noBudget' }],
    },
    {
      name: 'minAvailable equal to the replicas',
      code: edit(REF, ['minAvailable: 1', 'minAvailable: 2']),
      errors: [{ messageId: 'blocks', data: { why: "'minAvailable: 2' with 2 pod(s)" } }],
    },
    {
      name: 'maxUnavailable 0',
      code: edit(ALT, ['maxUnavailable: 1', 'maxUnavailable: 0']),
      errors: [{ messageId: 'blocks' }],
    },
    {
      name: "minAvailable '100%'",
      code: edit(REF, ['minAvailable: 1', "minAvailable: '100%'"]),
      errors: [{ messageId: 'blocks' }],
    },
    {
      name: 'no budget',
      code: withoutDoc(REF, 'kind: PodDisruptionBudget'),
      errors: [{ messageId: 'noBudget' }],
    },
    {
      name: 'no Deployment',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noDeployment' }],
    },
  ],
});
