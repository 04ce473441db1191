import rule from '../../../../graders/rules/eks/network-policy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const ALLOW_DOC = 'name: labs-web-allow-http';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'default deny plus an allow policy', code: REF },
    { name: 'one policy with policyTypes left out (second style)', code: ALT },
    { name: 'default deny alone isolates the pods', code: withoutDoc(REF, ALLOW_DOC) },
  ],
  invalid: [
    {
      name: 'no policy at all',
      code: withoutDoc(withoutDoc(REF, ALLOW_DOC), 'name: default-deny-ingress'),
      errors: [{ messageId: 'unselected', data: { namespace: 'labs' } }],
    },
    {
      name: 'policies in another namespace',
      code: edit(withoutDoc(REF, ALLOW_DOC), [
        '  name: default-deny-ingress\n  namespace: labs',
        '  name: default-deny-ingress\n  namespace: default',
      ]),
      errors: [{ messageId: 'unselected' }],
    },
    {
      name: 'an Egress-only policy',
      code: edit(withoutDoc(REF, ALLOW_DOC), [
        '  podSelector: {}\n  policyTypes: [Ingress]',
        '  podSelector: {}\n  policyTypes: [Egress]',
      ]),
      errors: [{ messageId: 'unselected' }],
    },
    {
      name: 'an allow-everything ingress rule',
      code: edit(ALT, [
        '  ingress:\n    - from:\n        - namespaceSelector:\n            matchLabels:\n              kubernetes.io/metadata.name: ingress\n      ports:\n        - protocol: TCP\n          port: 3000',
        '  ingress:\n    - {}',
      ]),
      errors: [{ messageId: 'allowsAll' }],
    },
    {
      name: 'no Deployment',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noDeployment' }],
    },
  ],
});
