// Every EKS rule survives any manifest set a learner can write: it never throws, fills every message placeholder,
// and never counts more failures than checks. Arbitrary manifests come from fast-check (documents of the kinds the
// rules read, with fields of any type, including hostile keys); real ones from the shared corpus of public
// Kubernetes manifests when it is present; and the cluster rules meet arbitrary ClusterConfigs and templates.
import { loadSchemas } from '../../../../graders/rules/eks/schemas.js';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKubernetes } from '../../../../graders/engine/parsers/kubernetes.js';
import { parseYamlDocument } from '../../../../graders/engine/parsers/yaml.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { KubernetesDoc, Rule, YamlDoc } from '../../../../graders/engine/types.js';
import { eksRules } from '../../../../graders/rules/eks/index.js';
import { describeRobustness } from '../../../helpers/rule-robustness.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

// What the engine does before a run that grades manifests: EKS001 needs the Kubernetes schemas.
beforeAll(async () => {
  await loadSchemas();
});

const manifestRules = eksRules.filter(
  (r) => r.meta.target === 'kubernetes',
) as unknown as Rule<'kubernetes'>[];
const yamlRules = eksRules.filter((r) => r.meta.target === 'yaml') as unknown as Rule<'yaml'>[];
const cfnRules = eksRules.filter(
  (r) => r.meta.target === 'cloudformation',
) as unknown as Rule<'cloudformation'>[];

function check<K extends 'kubernetes' | 'yaml'>(
  rules: readonly Rule<K>[],
  doc: K extends 'yaml' ? YamlDoc : KubernetesDoc,
): void {
  for (const rule of rules) {
    const out = runRule(rule, doc as never);
    expect(out.crash, `${rule.meta.id}: ${out.crash?.stack}`).toBeNull();
    for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
    if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
  }
}

const KEYS = [
  'apiVersion',
  'kind',
  'metadata',
  'name',
  'namespace',
  'labels',
  'annotations',
  'spec',
  'replicas',
  'selector',
  'matchLabels',
  'matchExpressions',
  'key',
  'operator',
  'values',
  'template',
  'containers',
  'initContainers',
  'image',
  'ports',
  'containerPort',
  'resources',
  'requests',
  'limits',
  'cpu',
  'memory',
  'livenessProbe',
  'readinessProbe',
  'httpGet',
  'exec',
  'command',
  'path',
  'port',
  'securityContext',
  'runAsNonRoot',
  'runAsUser',
  'capabilities',
  'drop',
  'add',
  'serviceAccountName',
  'targetPort',
  'scaleTargetRef',
  'minReplicas',
  'maxReplicas',
  'metrics',
  'type',
  'resource',
  'podSelector',
  'policyTypes',
  'ingress',
  'from',
  'minAvailable',
  'maxUnavailable',
  'jobTemplate',
  '__proto__',
  'constructor',
  'toString',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -2, max: 9000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    'apps/v1',
    'v1',
    'autoscaling/v2',
    'policy/v1',
    'networking.k8s.io/v1',
    'extensions/v1beta1',
    'Deployment',
    'Service',
    'Namespace',
    'ServiceAccount',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'ConfigMap',
    'Pod',
    'CronJob',
    'List',
    'labs',
    'web',
    'http',
    '/health',
    'true',
    'ALL',
    'In',
    'Exists',
    'Resource',
    'cpu',
    'aws-auth',
    'Ingress',
    '100%',
    '123456789012.dkr.ecr.us-east-1.amazonaws.com/x:1',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const document = fc.record({
  apiVersion: fc.constantFrom(
    'apps/v1',
    'v1',
    'autoscaling/v2',
    'policy/v1',
    'networking.k8s.io/v1',
    'batch/v1',
  ),
  kind: fc.constantFrom(
    'Deployment',
    'Service',
    'Namespace',
    'ServiceAccount',
    'HorizontalPodAutoscaler',
    'PodDisruptionBudget',
    'NetworkPolicy',
    'ConfigMap',
    'Pod',
    'CronJob',
  ),
  metadata: value,
  spec: value,
});

describe('EKS manifest rules on arbitrary manifest sets', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(document, value), { minLength: 1, maxLength: 6 }), (docs) => {
        const text = docs.map((d) => JSON.stringify(d)).join('\n---\n');
        const parsed = parseKubernetes('manifests.yaml', text);
        if (parsed.ok) check(manifestRules, parsed.doc);
      }),
      { numRuns: 300 },
    );
  });
});

describe('eksctl cluster rules on arbitrary ClusterConfigs', () => {
  const CLUSTER_KEYS = [
    'vpc',
    'clusterEndpoints',
    'privateAccess',
    'publicAccess',
    'publicAccessCIDRs',
    'accessConfig',
    'authenticationMode',
    'accessEntries',
    'cloudWatch',
    'clusterLogging',
    'enableTypes',
    'secretsEncryption',
    'keyARN',
    'metadata',
    'name',
    '__proto__',
  ];
  const v = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      scalar,
      fc.array(tie('node'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...CLUSTER_KEYS), tie('node'), { maxKeys: 5 }),
    ),
  })).node;
  it('never throw', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...CLUSTER_KEYS), v, { maxKeys: 6 }), (body) => {
        const parsed = parseYamlDocument(
          'cluster.yaml',
          JSON.stringify({ apiVersion: 'eksctl.io/v1alpha5', kind: 'ClusterConfig', ...body }),
        );
        if (parsed.ok) check(yamlRules, parsed.doc);
      }),
      { numRuns: 300 },
    );
  });
});

describeRobustness('EKS CloudFormation cluster rules', cfnRules, {
  types: ['AWS::EKS::Cluster', 'AWS::EKS::AccessEntry', 'AWS::EKS::PodIdentityAssociation', 'AWS::IAM::Role'],
  names: ['Cluster', 'Entry', 'Assoc', 'Role'],
  keys: [
    'ResourcesVpcConfig',
    'EndpointPrivateAccess',
    'EndpointPublicAccess',
    'PublicAccessCidrs',
    'AccessConfig',
    'AuthenticationMode',
    'ClusterName',
    'Logging',
    'ClusterLogging',
    'EnabledTypes',
    'Type',
    'EncryptionConfig',
    'Resources',
    'Provider',
    'KeyArn',
    'Name',
    'Ref',
    'Fn::GetAtt',
    '__proto__',
  ],
  scalar: fc.oneof(scalar, fc.constantFrom('API', 'CONFIG_MAP', 'secrets', 'audit', '0.0.0.0/0', 'Cluster')),
  maxResources: 4,
});

describe.skipIf(!HAS_SHARED)('EKS manifest rules on the corpus of public manifests', () => {
  const dir = path.join(SHARED, 'corpus', 'k8s');
  const files = HAS_SHARED ? fs.readdirSync(dir).sort() : [];
  it.each(files)('%s', (name) => {
    const parsed = parseKubernetes(name, fs.readFileSync(path.join(dir, name), 'utf8'));
    if (parsed.ok) check(manifestRules, parsed.doc);
  });
});
