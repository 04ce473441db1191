import rule from '../../../../graders/rules/eks/autoscaler.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LOW = edit(REF, ['minReplicas: 2', 'minReplicas: 1']);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'an autoscaling/v2 HPA on CPU', code: REF },
    { name: 'memory utilisation and a CPU average value (second style)', code: ALT },
  ],
  invalid: [
    {
      name: 'minReplicas 1',
      code: LOW,
      errors: [{ messageId: 'lowMin', line: lineOf(LOW, 'minReplicas: 1') }],
    },
    {
      name: 'maxReplicas not above minReplicas',
      code: edit(REF, ['maxReplicas: 6', 'maxReplicas: 2']),
      errors: [{ messageId: 'noRoom' }],
    },
    {
      name: 'a scaleTargetRef with a typo',
      code: edit(REF, [
        '    kind: Deployment\n    name: labs-web',
        '    kind: Deployment\n    name: labs-webb',
      ]),
      errors: [{ messageId: 'noHpa' }],
    },
    {
      name: 'autoscaling/v1',
      code: edit(REF, ['apiVersion: autoscaling/v2', 'apiVersion: autoscaling/v1']),
      errors: [{ messageId: 'oldApi' }],
    },
    {
      name: 'an external metric only',
      code: edit(REF, [
        '    - type: Resource\n      resource:\n        name: cpu\n        target:\n          type: Utilization\n          averageUtilization: 70',
        '    - type: External\n      external:\n        metric: { name: queue_depth }\n        target: { type: AverageValue, averageValue: "30" }',
      ]),
      errors: [{ messageId: 'noResourceMetric' }],
    },
    {
      name: 'CPU utilisation without a CPU request',
      code: edit(REF, ['              cpu: 250m\n', '']),
      errors: [{ messageId: 'noRequests', data: { resource: 'cpu', container: 'web' } }],
    },
    {
      name: 'no HPA',
      code: withoutDoc(REF, 'kind: HorizontalPodAutoscaler'),
      errors: [{ messageId: 'noHpa' }],
    },
    {
      name: 'no Deployment',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noDeployment' }],
    },
  ],
});
