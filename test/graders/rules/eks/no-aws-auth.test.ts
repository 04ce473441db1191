import rule from '../../../../graders/rules/eks/no-aws-auth.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { REF } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const AWS_AUTH =
  'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: arn:aws:iam::123456789012:role/Admin\n      groups: [system:masters]\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'no ConfigMap', code: REF },
    {
      name: 'an application ConfigMap',
      code: `${REF}\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: { name: labs-web, namespace: labs }\ndata: { LOG_LEVEL: info }\n`,
    },
  ],
  invalid: [
    {
      name: 'aws-auth in kube-system',
      code: `${REF}\n---\n${AWS_AUTH}`,
      errors: [{ messageId: 'awsAuth', data: { namespace: 'kube-system' } }],
    },
    { name: 'aws-auth alone', code: AWS_AUTH, errors: [{ messageId: 'awsAuth', line: 4 }] },
  ],
});
