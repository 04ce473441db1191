import rule from '../../../../graders/rules/eks/security-context.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'runAsNonRoot on the pod, the rest on the container', code: REF },
    { name: 'everything on the container (second style)', code: ALT },
    {
      name: 'NET_BIND_SERVICE may be added back',
      code: edit(REF, [
        '              drop: [ALL]',
        '              drop: [ALL]\n              add: [NET_BIND_SERVICE]',
      ]),
    },
  ],
  invalid: [
    {
      name: 'writable root filesystem',
      code: edit(REF, ['readOnlyRootFilesystem: true', 'readOnlyRootFilesystem: false']),
      errors: [{ messageId: 'missing', data: { missing: "'readOnlyRootFilesystem: true'" } }],
    },
    {
      name: 'runAsNonRoot missing everywhere',
      code: edit(REF, ['        runAsNonRoot: true\n', '']),
      errors: [{ messageId: 'missing', data: { missing: "'runAsNonRoot: true'" } }],
    },
    {
      name: 'the container overrides the pod with runAsNonRoot: false',
      code: edit(REF, [
        '            readOnlyRootFilesystem: true',
        '            runAsNonRoot: false\n            readOnlyRootFilesystem: true',
      ]),
      errors: [{ messageId: 'missing', data: { missing: "'runAsNonRoot: true'" } }],
    },
    {
      name: 'no seccomp profile on the pod or the container',
      code: edit(REF, ['        seccompProfile:\n          type: RuntimeDefault\n', '']),
      errors: [{ messageId: 'missing', data: { missing: "'seccompProfile: { type: RuntimeDefault }'" } }],
    },
    {
      name: "the container opts out with 'Unconfined'",
      code: edit(REF, [
        '            readOnlyRootFilesystem: true',
        '            seccompProfile: { type: Unconfined }\n            readOnlyRootFilesystem: true',
      ]),
      errors: [{ messageId: 'missing', data: { missing: "'seccompProfile: { type: RuntimeDefault }'" } }],
    },
    {
      name: 'runAsUser 0 contradicts runAsNonRoot',
      code: edit(REF, ['runAsUser: 10001', 'runAsUser: 0']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'capabilities not dropped and privilege escalation allowed',
      code: edit(REF, [
        '            allowPrivilegeEscalation: false\n            capabilities:\n              drop: [ALL]\n',
        '',
      ]),
      errors: [
        {
          messageId: 'missing',
          data: { missing: "'allowPrivilegeEscalation: false' or 'capabilities: { drop: [ALL] }'" },
        },
      ],
    },
    {
      name: 'privileged and adding SYS_ADMIN',
      code: edit(REF, [
        '              drop: [ALL]',
        '              drop: [ALL]\n              add: [SYS_ADMIN]\n            privileged: true',
      ]),
      errors: [
        { messageId: 'addsCapabilities', data: { added: "'SYS_ADMIN'" } },
        { messageId: 'privileged' },
      ],
    },
    { name: 'no workload', code: withoutDoc(REF, 'kind: Deployment'), errors: [{ messageId: 'noWorkload' }] },
  ],
});
