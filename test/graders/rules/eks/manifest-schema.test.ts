import { describe, expect, it } from 'vitest';
import rule, { pointerPath } from '../../../../graders/rules/eks/manifest-schema.js';
import { loadSchemas, validateObject } from '../../../../graders/rules/eks/schemas.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { ALT, REF, edit, lineOf } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const NODEPOOL = `apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      nodeClassRef: { group: karpenter.k8s.aws, kind: EC2NodeClass, name: default }
`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'the reference manifests', code: REF },
    { name: 'the second-style single file', code: ALT },
    {
      name: 'a Karpenter NodePool has no schema here and is not a finding',
      code: `${REF}\n---\n${NODEPOOL}`,
    },
    {
      name: 'an autoscaling/v1 HorizontalPodAutoscaler is still served',
      code: 'apiVersion: autoscaling/v1\nkind: HorizontalPodAutoscaler\nmetadata: { name: h, namespace: labs }\nspec: { scaleTargetRef: { kind: Deployment, name: labs-web }, maxReplicas: 3 }\n',
    },
    { name: 'an empty trailing document', code: `${REF}\n---\n` },
    {
      name: 'a kustomization is not an API object and needs no name',
      code: 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: [deployment.yaml]\n',
    },
  ],
  invalid: [
    {
      name: 'containerPort as a string (the starter)',
      code: edit(REF, ['containerPort: 8080', 'containerPort: "8080"']),
      errors: [
        {
          messageId: 'invalid',
          line: lineOf(edit(REF, ['containerPort: 8080', 'containerPort: "8080"']), 'containerPort: "8080"'),
          data: {
            path: 'spec.template.spec.containers[0].ports[0].containerPort',
            problem: 'must be a whole number',
          },
        },
      ],
    },
    {
      name: 'a CPU request that is not a quantity',
      code: edit(REF, ['cpu: 250m', 'cpu: quarter']),
      errors: [
        {
          messageId: 'invalid',
          data: { problem: "must be a quantity such as '250m' or '0.5' (CPU) or '512Mi' (memory)" },
        },
      ],
    },
    {
      name: 'a Deployment without a selector',
      code: edit(REF, [
        '  selector:\n    matchLabels:\n      app.kubernetes.io/name: labs-web\n  template:',
        '  template:',
      ]),
      errors: [{ messageId: 'missingField', data: { path: 'spec', field: 'selector' } }],
    },
    {
      name: 'a Service type that does not exist',
      code: edit(REF, [
        'spec:\n  selector:\n    app.kubernetes.io/name: labs-web\n  ports:',
        'spec:\n  type: Public\n  selector:\n    app.kubernetes.io/name: labs-web\n  ports:',
      ]),
      errors: [{ messageId: 'invalid', data: { path: 'spec.type' } }],
    },
    {
      name: 'a Deployment in extensions/v1beta1',
      code: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata: { name: old }\nspec: {}\n',
      errors: [{ messageId: 'removedApi', line: 1, data: { use: 'apps/v1', removedIn: '1.16' } }],
    },
    {
      name: 'a PodDisruptionBudget in policy/v1beta1',
      code: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata: { name: pdb }\nspec: { minAvailable: 1 }\n',
      errors: [{ messageId: 'removedApi', data: { use: 'policy/v1' } }],
    },
    {
      name: 'a NetworkPolicy in a version of its group that does not exist',
      code: 'apiVersion: networking.k8s.io/v2\nkind: NetworkPolicy\nmetadata: { name: np }\nspec: { podSelector: {} }\n',
      errors: [{ messageId: 'wrongVersion', data: { expected: 'networking.k8s.io/v1' } }],
    },
    {
      name: 'a document with no kind',
      code: 'apiVersion: v1\nmetadata: { name: x }\n',
      errors: [{ messageId: 'noTypeMeta', line: 1, data: { missing: "'kind'" } }],
    },
    {
      name: 'a document that is a list, not a mapping',
      code: '- apiVersion: v1\n  kind: Namespace\n',
      errors: [{ messageId: 'notObject' }],
    },
    {
      name: 'an object without a name',
      code: 'apiVersion: v1\nkind: Namespace\nmetadata:\n  labels: { a: b }\n',
      errors: [{ messageId: 'noName', line: 3 }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('schema helpers', () => {
  it('turns a JSON pointer into a data path and readable text', () => {
    expect(pointerPath('/spec/ports/0/port')).toEqual({
      path: ['spec', 'ports', 0, 'port'],
      text: 'spec.ports[0].port',
    });
    expect(pointerPath('/metadata/annotations/a~1b')).toEqual({
      path: ['metadata', 'annotations', 'a/b'],
      text: 'metadata.annotations.a/b',
    });
    expect(pointerPath('')).toEqual({ path: [], text: '' });
  });

  it('validates only the kinds it has schemas for, once loaded', async () => {
    await loadSchemas();
    expect(validateObject({ apiVersion: 'karpenter.sh/v1', kind: 'NodePool' })).toBeUndefined();
    expect(validateObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a' } })).toEqual([]);
    expect(
      validateObject({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'a' }, spec: {} })
        ?.length,
    ).toBeGreaterThan(0);
  });
});
