// Every SCN rule survives any template a learner can write: it never throws and never leaves a '{{placeholder}}'
// in a message, on arbitrary resource shapes and on the real-world templates of the shared corpus (App Mesh
// walkthroughs, Cloud Map services, Fargate stacks).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc } from '../../../../graders/engine/types.js';
import { parseAs } from '../../../../graders/engine/parsers/index.js';
import { serviceConnectRules } from '../../../../graders/rules/service-connect/index.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

const TYPES = [
  'AWS::ECS::Service',
  'AWS::ECS::TaskDefinition',
  'AWS::ECS::Cluster',
  'AWS::ServiceDiscovery::HttpNamespace',
  'AWS::ServiceDiscovery::PrivateDnsNamespace',
  'AWS::ServiceDiscovery::Service',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::AppMesh::Mesh',
];
const NAMES = ['A', 'B', 'C', 'D'];
const KEYS = [
  'Cluster',
  'TaskDefinition',
  'LaunchType',
  'CapacityProviderStrategy',
  'CapacityProvider',
  'ServiceConnectConfiguration',
  'ServiceConnectDefaults',
  'Enabled',
  'Namespace',
  'Services',
  'PortName',
  'DiscoveryName',
  'ClientAliases',
  'DnsName',
  'Port',
  'LogConfiguration',
  'LogDriver',
  'Options',
  'ServiceRegistries',
  'RegistryArn',
  'ContainerDefinitions',
  'Name',
  'Essential',
  'PortMappings',
  'ContainerPort',
  'AppProtocol',
  'Environment',
  'Value',
  'HealthCheck',
  'Command',
  'Interval',
  'LoadBalancers',
  'TargetGroupArn',
  'HealthCheckPath',
  'DnsConfig',
  'NamespaceId',
  'ProxyConfiguration',
  'Type',
  'Image',
  'Ref',
  'Fn::GetAtt',
  'Fn::Sub',
  'Fn::Join',
  'Fn::If',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...NAMES, 'FARGATE', 'awslogs', 'CMD', 'http://A:80', 'api'),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const template = fc.record({
  Resources: fc.dictionary(
    fc.constantFrom(...NAMES),
    fc.record(
      {
        Type: fc.constantFrom(...TYPES),
        Properties: value,
        DependsOn: fc.oneof(fc.constantFrom(...NAMES), value),
      },
      { requiredKeys: ['Type'] },
    ),
    { minKeys: 1, maxKeys: 4 },
  ),
});

function check(doc: CfnTemplateDoc): void {
  for (const rule of serviceConnectRules) {
    const out = runRule(rule, doc);
    expect(out.crash, `${rule.meta.id}: ${out.crash?.message}`).toBeNull();
    for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
  }
}

describe('SCN rules on arbitrary templates', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(template, (t) => {
        const parsed = parseAs('cloudformation', 'template.json', JSON.stringify(t));
        if (parsed.ok) check(parsed.doc);
      }),
      { numRuns: 400 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('SCN rules on the shared corpus', () => {
  const dir = path.join(SHARED, 'corpus', 'cfn');
  const files = HAS_SHARED ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f)) : [];
  it.each(files)('%s', (file) => {
    const parsed = parseAs('cloudformation', file, fs.readFileSync(path.join(dir, file), 'utf8'));
    if (parsed.ok) check(parsed.doc);
  });

  it('explains the App Mesh walkthrough resource by resource', () => {
    const file = 'aws__aws-app-mesh-examples__walkthroughs__howto-alb__infra.yaml';
    const parsed = parseAs('cloudformation', file, fs.readFileSync(path.join(dir, file), 'utf8'));
    if (!parsed.ok) throw new Error('corpus template does not parse');
    const mesh = serviceConnectRules.find((r) => r.meta.id === 'SCN011')!;
    const meshResources = Object.values(parsed.doc.template.Resources).filter((r) =>
      r.Type.startsWith('AWS::AppMesh::'),
    ).length;
    const out = runRule(mesh, parsed.doc);
    expect(out.findings.filter((f) => f.message.includes("is an 'AWS::AppMesh::")).length).toBe(
      meshResources,
    );
  });
});
