// The EKS rules read manifests as one set: selectors, references and namespaces resolve across files, and each
// finding names the file its document came from. Sets are built with the parser's manifestSet, as the loader
// builds them from a k8s/ folder.
import { loadSchemas } from '../../../../graders/rules/eks/schemas.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestSet, parseKubernetes } from '../../../../graders/engine/parsers/kubernetes.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { KubernetesDoc } from '../../../../graders/engine/types.js';
import { eksRules } from '../../../../graders/rules/eks/index.js';
import serviceSelector from '../../../../graders/rules/eks/service-selector.js';
import disruptionBudget from '../../../../graders/rules/eks/disruption-budget.js';
import { REF_FILES, edit } from './manifests.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

// What the engine does before a run that grades manifests: EKS001 needs the Kubernetes schemas.
beforeAll(async () => {
  await loadSchemas();
});

const DIR = 'labs/12-eks-workload/k8s';

function set(files: Readonly<Record<string, string>>): KubernetesDoc {
  return manifestSet(
    DIR,
    Object.entries(files).map(([name, text]) => {
      const parsed = parseKubernetes(`${DIR}/${name}`, text);
      if (!parsed.ok) throw new Error(`fixture ${name} did not parse`);
      return parsed.doc;
    }),
  );
}

describe.skipIf(!HAS_SOLUTIONS)('EKS rules on a manifest folder', () => {
  it('the reference files, read as a set, pass every manifest rule', () => {
    const s = set(REF_FILES);
    expect(s.files).toEqual(
      Object.keys(REF_FILES)
        .map((f) => `${DIR}/${f}`)
        .sort(),
    );
    for (const rule of eksRules.filter((r) => r.meta.target === 'kubernetes')) {
      const out = runRule(rule as never, s as never);
      expect(out.crash).toBeNull();
      expect(out.findings.map((f) => `${rule.meta.id} ${f.message}`)).toEqual([]);
    }
  });

  it("a Service in one file selects a Deployment's pods in another; a mismatch points at the Service's file", () => {
    const files = {
      ...REF_FILES,
      'service.yaml': edit(REF_FILES['service.yaml']!, [
        'app.kubernetes.io/name: labs-web',
        'app.kubernetes.io/name: labs-api',
      ]),
    };
    const out = runRule(serviceSelector, set(files));
    expect(out.findings.map((f) => [f.messageId, f.file, f.line])).toEqual([
      ['noMatch', `${DIR}/service.yaml`, 7],
    ]);
  });

  it('without the Deployment file, nothing is selected', () => {
    const rest = Object.fromEntries(Object.entries(REF_FILES).filter(([f]) => f !== 'deployment.yaml'));
    const out = runRule(disruptionBudget, set(rest));
    expect(out.findings.map((f) => f.messageId)).toEqual(['noDeployment']);
  });

  it('a budget in a file of its own still covers the pods', () => {
    const resilience = REF_FILES['resilience.yaml']!;
    const [hpa, pdb, ...policies] = resilience.split(/^---$/m);
    const files = { ...REF_FILES, 'resilience.yaml': [hpa, ...policies].join('---'), 'pdb.yml': pdb! };
    expect(runRule(disruptionBudget, set(files)).findings).toEqual([]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
