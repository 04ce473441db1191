// The shared model: URL matching, text flattening, namespace resolution and ordering between resources.
import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import {
  dependsOn,
  endpoints,
  flatten,
  matchHost,
  modelOf,
  resolveNamespace,
} from '../../../../graders/rules/service-connect/model.js';
import { cloudMap, solution, fixedNamespaceName } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

describe.skipIf(!HAS_SOLUTIONS)('matchHost', () => {
  it.each([
    ['http://backend:8080', 'backend', 8080, 'exact'],
    ['http://backend:8080/api?x=1', 'backend', 8080, 'exact'],
    ['backend:8080', 'backend', 8080, 'exact'],
    ['http://BACKEND:8080', 'backend', 8080, 'exact'],
    ['http://backend', 'backend', 80, 'exact'],
    ['https://backend/x', 'backend', 443, 'exact'],
    ['http://backend:8080', 'backend', 80, 'other-port'],
    ['http://backend/x', 'backend', 8080, 'other-port'],
    ['grpc://backend:9090', 'backend', undefined, 'exact'],
    ['http://backend-v2:8080', 'backend', 8080, undefined],
    ['http://my.backend:8080', 'backend', 8080, undefined],
    ['http://backend.labs:8080', 'backend', 8080, undefined],
    ['http://backend.labs:8080', 'backend.labs', 8080, 'exact'],
    ['backend', 'backend', 8080, 'other-port'],
  ] as const)('%s vs %s:%s → %s', (text, host, port, want) => {
    expect(matchHost(text, host, port)).toBe(want);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('flatten', () => {
  const t = {
    Parameters: { Port: { Type: 'Number', Default: 8080 }, Free: { Type: 'String' } },
    Resources: {},
  } as unknown as CfnTemplate;
  it.each([
    ['http://a:1', 'http://a:1'],
    [{ 'Fn::Sub': 'http://backend:${Port}' }, 'http://backend:8080'],
    [{ 'Fn::Sub': ['http://${Host}:${Port}', { Host: 'backend' }] }, 'http://backend:8080'],
    [{ 'Fn::Sub': 'http://backend:${Free}' }, 'http://backend:${Free}'],
    [{ 'Fn::Join': [':', ['http://backend', { Ref: 'Port' }]] }, 'http://backend:8080'],
    [{ Ref: 'Free' }, '${Free}'],
    [{ 'Fn::GetAtt': ['X', 'Y'] }, undefined],
  ] as const)('%j → %s', (v, want) => {
    expect(flatten(t, v)).toBe(want);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('resolveNamespace', () => {
  const t = solution();
  fixedNamespaceName(t);
  it.each([
    [{ 'Fn::GetAtt': ['Namespace', 'Arn'] }, 'resource'],
    [{ 'Fn::Sub': '${Namespace.Arn}' }, 'resource'],
    ['labs', 'resource'],
    [{ Ref: 'Namespace' }, 'id'],
    [{ 'Fn::GetAtt': ['Namespace', 'Id'] }, 'id'],
    [{ Ref: 'Cluster' }, 'not-namespace'],
    ['other', 'name'],
    ['arn:aws:servicediscovery:us-east-1:1:namespace/ns-1', 'arn'],
    [{ 'Fn::ImportValue': 'ns' }, 'computed'],
  ] as const)('%j → %s', (v, kind) => {
    expect(resolveNamespace(t, v).kind).toBe(kind);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('dependsOn', () => {
  const t = solution();
  it('follows DependsOn and references transitively', () => {
    expect(dependsOn(t, 'FrontendService', 'BackendService')).toBe(true);
    expect(dependsOn(t, 'FrontendService', 'Namespace')).toBe(true); // through the cluster
    expect(dependsOn(t, 'BackendService', 'FrontendService')).toBe(false);
  });
  it('survives cycles and unknown names', () => {
    const c = structuredClone(t);
    c.Resources['BackendService']!.DependsOn = 'FrontendService';
    expect(dependsOn(c, 'FrontendService', 'LogGroup')).toBe(true);
    expect(dependsOn(c, 'Nope', 'LogGroup')).toBe(false);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('endpoints', () => {
  it('lists the client alias of the back end', () => {
    expect(endpoints(modelOf(solution())).map((e) => [e.server.name, e.host, e.port, e.via])).toEqual([
      ['BackendService', 'backend', 8080, 'service-connect'],
    ]);
  });
  it('lists the Cloud Map name of a registered back end', () => {
    const t = solution();
    cloudMap(t);
    expect(endpoints(modelOf(t)).map((e) => [e.host, e.port, e.via])).toEqual([
      ['backend.labs.internal', 8080, 'cloud-map'],
    ]);
  });
  it('never throws on odd shapes', () => {
    const t = {
      Resources: {
        S: {
          Type: 'AWS::ECS::Service',
          Properties: {
            ServiceConnectConfiguration: { Enabled: true, Services: ['x', { ClientAliases: 'y' }] },
            ServiceRegistries: 'z',
          },
        },
        T: {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: { ContainerDefinitions: [null, { PortMappings: 'p', Environment: [1] }] },
        },
      },
    } as unknown as CfnTemplate;
    expect(() => endpoints(modelOf(t))).not.toThrow();
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
