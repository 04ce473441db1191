import rule from '../../../../graders/rules/eks/service-selector.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf, withoutDoc } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const SELECTOR = '  selector:\n    app.kubernetes.io/name: labs-web\n  ports:';
const WRONG = edit(REF, [SELECTOR, '  selector:\n    app: labs-web\n  ports:']);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'selector and targetPort by number', code: REF },
    { name: 'targetPort by name, a matchExpressions Deployment selector (second style)', code: ALT },
    {
      name: 'targetPort by name in the reference',
      code: edit(REF, ['targetPort: 8080', 'targetPort: http']),
    },
    {
      name: 'an ExternalName Service needs no selector',
      code: `${REF}\n---\napiVersion: v1\nkind: Service\nmetadata: { name: db, namespace: labs }\nspec: { type: ExternalName, externalName: db.example.com }\n`,
    },
  ],
  invalid: [
    {
      name: "the Deployment's own labels instead of the pod labels",
      code: WRONG,
      errors: [
        {
          messageId: 'noMatch',
          line: lineOf(WRONG, '  selector:\n    app: labs-web'),
          data: { namespace: 'labs' },
        },
      ],
    },
    {
      name: 'the right labels in another namespace',
      code: edit(REF, [
        'kind: Service\nmetadata:\n  name: labs-web\n  namespace: labs',
        'kind: Service\nmetadata:\n  name: labs-web\n  namespace: default',
      ]),
      errors: [{ messageId: 'noMatch', data: { namespace: 'default' } }],
    },
    {
      name: "targetPort left out, so it is the Service's port 80",
      code: edit(REF, ['\n      targetPort: 8080', '']),
      errors: [{ messageId: 'badTargetPort', data: { port: '80', target: '80' } }],
    },
    {
      name: 'targetPort naming a port the container does not have',
      code: edit(ALT, ['targetPort: web', 'targetPort: http']),
      errors: [{ messageId: 'badTargetPort', data: { target: "'http'", ports: "3000 ('web')" } }],
    },
    {
      name: 'no selector',
      code: edit(REF, [SELECTOR, '  ports:']),
      errors: [{ messageId: 'noSelector' }],
    },
    { name: 'no Service', code: withoutDoc(REF, 'kind: Service'), errors: [{ messageId: 'noService' }] },
  ],
});
