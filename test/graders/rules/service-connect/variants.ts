// Test helper (not a test): variants of the lab 07 reference solution, so each rule test states only what it
// changes. The solution is parsed once into long form; a variant is a deep copy edited by path and handed to the
// rule tester as JSON (which parses to the same long form).
import fs from 'node:fs';
import path from 'node:path';
import type { CfnTemplate, DataPath } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

export const SOLUTION_PATH = path.join(REPO, 'test/fixtures/solutions/labs/07-service-connect/template.yaml');
export const NAIVE_PATH = path.join(REPO, 'test/fixtures/naive/labs/07-service-connect/template.yaml');

function load(file: string): CfnTemplate {
  const parsed = parseCloudFormation(file, fs.readFileSync(file, 'utf8'));
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  return parsed.doc.template;
}

// Without the solutions (the published learner template) the variants start from an empty template; the tests
// built on them skip.
const SOLUTION: CfnTemplate = HAS_SOLUTIONS ? load(SOLUTION_PATH) : ({} as CfnTemplate);

type Container = Record<string | number, unknown>;

function parentOf(t: unknown, p: DataPath): Container {
  let cur = t as Container;
  for (const seg of p.slice(0, -1)) {
    const next = cur[seg];
    if ((typeof next !== 'object' || next === null) && !HAS_SOLUTIONS) return {};
    if (typeof next !== 'object' || next === null)
      throw new Error(`variant path ${p.join('.')} stops at ${String(seg)}`);
    cur = next as Container;
  }
  return cur;
}

/** Sets a value at a path of the template (the parent must exist). */
export function set(t: CfnTemplate, p: DataPath, value: unknown): void {
  parentOf(t, p)[p[p.length - 1]!] = value;
}

/** Removes a key (or list entry) at a path. */
export function del(t: CfnTemplate, p: DataPath): void {
  const parent = parentOf(t, p);
  const last = p[p.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete parent[last];
}

/** Reads a value at a path. */
export function at(t: CfnTemplate, p: DataPath): unknown {
  return parentOf(t, p)[p[p.length - 1]!];
}

/** The reference solution, as a fresh copy. */
export function solution(): CfnTemplate {
  return structuredClone(SOLUTION);
}

/** A rule-tester case body: the solution edited by `edit`, as JSON. */
export function variant(edit: (t: CfnTemplate) => void = () => {}): { code: string; file: string } {
  const t = solution();
  if (HAS_SOLUTIONS) edit(t); // without the solution the edit has nothing to change, and its test skips
  return { code: JSON.stringify(t, null, 2), file: 'template.json' };
}

/** A case body for a whole template written out (YAML). */
export function yaml(code: string): { code: string; file: string } {
  return { code, file: 'template.yaml' };
}

// Paths into the solution that tests edit often.
export const P = {
  backend: ['Resources', 'BackendService', 'Properties'],
  frontend: ['Resources', 'FrontendService', 'Properties'],
  backendSc: ['Resources', 'BackendService', 'Properties', 'ServiceConnectConfiguration'],
  frontendSc: ['Resources', 'FrontendService', 'Properties', 'ServiceConnectConfiguration'],
  backendEntry: ['Resources', 'BackendService', 'Properties', 'ServiceConnectConfiguration', 'Services', 0],
  backendAlias: [
    'Resources',
    'BackendService',
    'Properties',
    'ServiceConnectConfiguration',
    'Services',
    0,
    'ClientAliases',
    0,
  ],
  backendContainer: ['Resources', 'BackendTaskDefinition', 'Properties', 'ContainerDefinitions', 0],
  frontendContainer: ['Resources', 'FrontendTaskDefinition', 'Properties', 'ContainerDefinitions', 0],
  backendPort: [
    'Resources',
    'BackendTaskDefinition',
    'Properties',
    'ContainerDefinitions',
    0,
    'PortMappings',
    0,
  ],
  frontendEnv: [
    'Resources',
    'FrontendTaskDefinition',
    'Properties',
    'ContainerDefinitions',
    0,
    'Environment',
    0,
    'Value',
  ],
  clusterDefaults: ['Resources', 'Cluster', 'Properties', 'ServiceConnectDefaults'],
} as const satisfies Record<string, DataPath>;

/**
 * Gives the namespace a fixed name ('labs'). The reference names it after the stack ('!Ref AWS::StackName'), so two
 * deployments do not collide; tests of names written as text (namespace by name, 'discoveryName.namespace') need a
 * name the grader can read.
 */
export function fixedNamespaceName(t: CfnTemplate, name = 'labs'): void {
  set(t, ['Resources', 'Namespace', 'Properties', 'Name'], name);
}

/**
 * A Cloud Map DNS design of the same two services: the back end registers in a private DNS namespace, the front end
 * calls 'http://backend.labs.internal:8080', and neither uses Service Connect.
 */
export function cloudMap(t: CfnTemplate): void {
  del(t, P.backendSc);
  del(t, P.frontendSc);
  del(t, P.clusterDefaults);
  delete t.Resources['Namespace'];
  t.Resources['DnsNamespace'] = {
    Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
    Properties: { Name: 'labs.internal', Vpc: { Ref: 'VpcId' } },
  };
  t.Resources['BackendDiscovery'] = {
    Type: 'AWS::ServiceDiscovery::Service',
    Properties: {
      Name: 'backend',
      DnsConfig: {
        NamespaceId: { Ref: 'DnsNamespace' },
        DnsRecords: [{ Type: 'A', TTL: 10 }],
        RoutingPolicy: 'MULTIVALUE',
      },
      HealthCheckCustomConfig: { FailureThreshold: 1 },
    },
  };
  set(
    t,
    [...P.backend, 'ServiceRegistries'],
    [{ RegistryArn: { 'Fn::GetAtt': ['BackendDiscovery', 'Arn'] } }],
  );
  set(t, P.frontendEnv, 'http://backend.labs.internal:8080');
}

/** App Mesh pieces as an old workshop would add them. */
export function appMesh(t: CfnTemplate): void {
  t.Resources['Mesh'] = { Type: 'AWS::AppMesh::Mesh', Properties: { MeshName: 'labs' } };
  t.Resources['BackendNode'] = {
    Type: 'AWS::AppMesh::VirtualNode',
    Properties: {
      MeshName: { 'Fn::GetAtt': ['Mesh', 'MeshName'] },
      VirtualNodeName: 'backend',
      Spec: { Listeners: [{ PortMapping: { Port: 8080, Protocol: 'http' } }] },
    },
  };
  set(t, ['Resources', 'BackendTaskDefinition', 'Properties', 'ProxyConfiguration'], {
    Type: 'APPMESH',
    ContainerName: 'envoy',
    ProxyConfigurationProperties: [{ Name: 'AppPorts', Value: '8080' }],
  });
  const containers = at(t, [
    'Resources',
    'BackendTaskDefinition',
    'Properties',
    'ContainerDefinitions',
  ]) as unknown[];
  containers.push({
    Name: 'envoy',
    Image: 'public.ecr.aws/appmesh/aws-appmesh-envoy:v1.29.12.1-prod',
    Essential: true,
    HealthCheck: {
      Command: ['CMD-SHELL', 'curl -s http://localhost:9901/server_info | grep state | grep -q LIVE'],
    },
  });
}
