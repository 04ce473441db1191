import rule from '../../../../graders/rules/eks/resources.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const NO_LIMIT = edit(REF, ['            limits:\n              memory: 256Mi\n', '']);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'requests and a memory limit', code: REF },
    { name: 'CPU as a number-like string, with a CPU limit too (second style)', code: ALT },
  ],
  invalid: [
    {
      name: 'no memory limit',
      code: NO_LIMIT,
      errors: [
        { messageId: 'missing', line: lineOf(NO_LIMIT, 'resources:'), data: { missing: "'limits.memory'" } },
      ],
    },
    {
      name: 'no resources at all',
      code: edit(REF, [
        '          resources:\n            requests:\n              cpu: 250m\n              memory: 256Mi\n            limits:\n              memory: 256Mi\n',
        '',
      ]),
      errors: [
        { messageId: 'missing', data: { missing: "'requests.cpu', 'requests.memory' or 'limits.memory'" } },
      ],
    },
    {
      name: 'an init container without resources counts too',
      code: edit(REF, [
        '      volumes:',
        '      initContainers:\n        - name: migrate\n          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/labs-web:1.4.2\n      volumes:',
      ]),
      errors: [{ messageId: 'missing', data: { container: 'migrate' } }],
    },
    { name: 'no workload', code: withoutDoc(REF, 'kind: Deployment'), errors: [{ messageId: 'noWorkload' }] },
  ],
});
