import { describe, expect, it } from 'vitest';
import { parseKubernetes } from '../../../../graders/engine/parsers/kubernetes.js';
import rule, { usedServiceAccounts } from '../../../../graders/rules/eks/service-account.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'its own ServiceAccount', code: REF },
    { name: 'second style', code: ALT },
    {
      name: "the deprecated 'serviceAccount' alias",
      code: edit(REF, ['serviceAccountName: labs-web', 'serviceAccount: labs-web']),
    },
  ],
  invalid: [
    {
      name: 'no serviceAccountName',
      code: edit(REF, ['      serviceAccountName: labs-web\n', '']),
      errors: [{ messageId: 'defaultAccount', data: { how: "sets no 'serviceAccountName'" } }],
    },
    {
      name: 'serviceAccountName: default',
      code: edit(REF, ['serviceAccountName: labs-web', 'serviceAccountName: default']),
      errors: [{ messageId: 'defaultAccount' }],
    },
    {
      name: 'an account no manifest defines',
      code: withoutDoc(REF, 'kind: ServiceAccount'),
      errors: [{ messageId: 'undefinedAccount', data: { account: 'labs-web', namespace: 'labs' } }],
    },
    {
      name: 'the account in another namespace',
      code: edit(REF, [
        'kind: ServiceAccount\nmetadata:\n  name: labs-web\n  namespace: labs',
        'kind: ServiceAccount\nmetadata:\n  name: labs-web\n  namespace: default',
      ]),
      errors: [{ messageId: 'undefinedAccount' }],
    },
    {
      name: 'no Deployment',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noDeployment' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('usedServiceAccounts', () => {
  it('lists the accounts Deployments run as, by namespace', () => {
    const parsed = parseKubernetes('m.yaml', REF);
    if (!parsed.ok) throw new Error('fixture');
    expect(usedServiceAccounts(parsed.doc)).toEqual([{ namespace: 'labs', name: 'labs-web' }]);
  });
});
