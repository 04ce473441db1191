import rule from '../../../../graders/rules/eks/health-probes.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LIVENESS =
  '          livenessProbe:\n            httpGet:\n              path: /health\n              port: 8080\n';
const TRUE = edit(REF, [
  LIVENESS,
  '          livenessProbe:\n            exec:\n              command: ["true"]\n',
]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'httpGet /health on port 8080', code: REF },
    { name: 'httpGet /health on the port named web (second style)', code: ALT },
    {
      name: 'port given by name in the reference too',
      code: edit(REF, [LIVENESS, LIVENESS.replace('port: 8080', 'port: http')]),
    },
  ],
  invalid: [
    {
      name: "exec 'true'",
      code: TRUE,
      errors: [
        { messageId: 'trivial', line: lineOf(TRUE, 'livenessProbe:'), data: { probe: 'livenessProbe' } },
      ],
    },
    {
      name: "sh -c 'exit 0'",
      code: edit(REF, [
        LIVENESS,
        '          livenessProbe:\n            exec:\n              command: [sh, -c, exit 0]\n',
      ]),
      errors: [{ messageId: 'trivial' }],
    },
    {
      name: 'a TCP probe',
      code: edit(REF, [
        LIVENESS,
        '          livenessProbe:\n            tcpSocket:\n              port: 8080\n',
      ]),
      errors: [{ messageId: 'notHttp', data: { how: 'only opens a TCP connection' } }],
    },
    {
      name: 'the wrong path',
      code: edit(REF, [LIVENESS, LIVENESS.replace('/health', '/')]),
      errors: [{ messageId: 'wrongPath', data: { path: '/' } }],
    },
    {
      name: 'a port the container does not declare',
      code: edit(REF, [LIVENESS, LIVENESS.replace('port: 8080', 'port: 80')]),
      errors: [{ messageId: 'wrongPort', data: { port: '80', ports: "8080 ('http')" } }],
    },
    {
      name: 'a port name that does not exist',
      code: edit(ALT, [
        '          livenessProbe:\n            httpGet:\n              path: /health\n              port: web',
        '          livenessProbe:\n            httpGet:\n              path: /health\n              port: http',
      ]),
      errors: [{ messageId: 'wrongPort', data: { port: "'http'" } }],
    },
    {
      name: 'no readiness probe',
      code: edit(REF, [
        '          readinessProbe:\n            httpGet:\n              path: /health\n              port: 8080\n            periodSeconds: 5\n',
        '',
      ]),
      errors: [{ messageId: 'missing', data: { probe: 'readinessProbe' } }],
    },
    {
      name: 'no Deployment',
      code: withoutDoc(REF, 'kind: Deployment'),
      errors: [{ messageId: 'noWorkload' }],
    },
  ],
});
