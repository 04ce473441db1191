import rule from '../../../../graders/rules/eks/pod-security-namespace.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const BASELINE = edit(REF, [
  '    pod-security.kubernetes.io/enforce: restricted',
  '    pod-security.kubernetes.io/enforce: baseline',
]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'every object in the restricted labs namespace', code: REF },
    { name: 'second style', code: ALT },
    {
      name: 'an aws-auth ConfigMap in kube-system is not the namespace rule’s business',
      code: `${REF}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: aws-auth, namespace: kube-system }\n`,
    },
  ],
  invalid: [
    {
      name: 'baseline instead of restricted',
      code: BASELINE,
      errors: [
        {
          messageId: 'notEnforced',
          line: lineOf(BASELINE, 'enforce: baseline'),
          data: { current: "it enforces 'baseline'" },
        },
      ],
    },
    {
      name: 'no enforce label (only warn and audit)',
      code: edit(REF, ['    pod-security.kubernetes.io/enforce: restricted\n', '']),
      errors: [{ messageId: 'notEnforced', data: { current: 'it has no enforce label' } }],
    },
    {
      name: 'a Service left in the default namespace',
      code: edit(REF, [
        'kind: Service\nmetadata:\n  name: labs-web\n  namespace: labs',
        'kind: Service\nmetadata:\n  name: labs-web',
      ]),
      errors: [{ messageId: 'defaultNamespace', data: { object: "Service 'labs-web'" } }],
    },
    {
      name: 'a namespace no manifest defines',
      code: edit(REF, [
        'kind: Service\nmetadata:\n  name: labs-web\n  namespace: labs',
        'kind: Service\nmetadata:\n  name: labs-web\n  namespace: web',
      ]),
      errors: [{ messageId: 'undefinedNamespace', data: { namespace: 'web' } }],
    },
    { name: 'an empty set', code: '# nothing yet\n', errors: [{ messageId: 'noObjects' }] },
  ],
});
