import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/service-connect-namespace.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, set, variant, fixedNamespaceName } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution (cluster default and own Namespace, by ARN)', ...variant() },
    {
      name: 'cluster default only',
      ...variant((t) => {
        del(t, [...P.backendSc, 'Namespace']);
        del(t, [...P.frontendSc, 'Namespace']);
      }),
    },
    {
      name: 'each service names it, no cluster default',
      ...variant((t) => del(t, P.clusterDefaults)),
    },
    {
      name: 'a private DNS namespace',
      ...variant((t) => {
        set(t, ['Resources', 'Namespace', 'Type'], 'AWS::ServiceDiscovery::PrivateDnsNamespace');
        set(t, ['Resources', 'Namespace', 'Properties', 'Vpc'], { Ref: 'VpcId' });
      }),
    },
    {
      name: 'by name, with DependsOn on the namespace',
      ...variant((t) => {
        fixedNamespaceName(t);
        set(t, [...P.clusterDefaults, 'Namespace'], 'labs');
        set(t, ['Resources', 'Cluster', 'DependsOn'], 'Namespace');
      }),
    },
    {
      name: 'by name, ordered through the cluster that references the namespace',
      ...variant((t) => {
        fixedNamespaceName(t);
        set(t, [...P.backendSc, 'Namespace'], 'labs');
      }),
    },
    { name: 'Cloud Map DNS discovery in a private DNS namespace', ...variant(cloudMap) },
  ],
  invalid: [
    {
      name: "a cluster default given by '!Ref' (the namespace ID), though both services set their own",
      ...variant((t) =>
        set(t, ['Resources', 'Cluster', 'Properties', 'ServiceConnectDefaults', 'Namespace'], {
          Ref: 'Namespace',
        }),
      ),
      errors: [{ messageId: 'refIsId' }],
    },
    {
      name: 'no namespace at all',
      ...variant((t) => {
        delete t.Resources['Namespace'];
        del(t, P.clusterDefaults);
        del(t, [...P.backendSc, 'Namespace']);
        del(t, [...P.frontendSc, 'Namespace']);
      }),
      errors: [{ messageId: 'noNamespace' }],
    },
    {
      name: 'cluster default names a namespace the template does not declare',
      ...variant((t) => {
        delete t.Resources['Namespace'];
        set(t, [...P.clusterDefaults, 'Namespace'], 'labs');
      }),
      errors: [{ messageId: 'defaultsCreateNamespace' }],
    },
    {
      name: 'cluster default with !Ref (the namespace ID), reported once for both services',
      ...variant((t) => {
        set(t, [...P.clusterDefaults, 'Namespace'], { Ref: 'Namespace' });
        del(t, [...P.backendSc, 'Namespace']);
        del(t, [...P.frontendSc, 'Namespace']);
      }),
      errors: [{ messageId: 'refIsId' }],
    },
    {
      name: 'service Namespace with GetAtt Id',
      ...variant((t) => set(t, [...P.backendSc, 'Namespace'], { 'Fn::GetAtt': ['Namespace', 'Id'] })),
      errors: [{ messageId: 'refIsId' }],
    },
    {
      name: 'by name, with nothing ordering the service after the namespace',
      ...variant((t) => {
        fixedNamespaceName(t);
        del(t, P.clusterDefaults);
        set(t, [...P.backendSc, 'Namespace'], 'labs');
      }),
      errors: [{ messageId: 'nameWithoutDependsOn' }],
    },
    {
      name: 'unknown name',
      ...variant((t) => set(t, [...P.backendSc, 'Namespace'], 'prod')),
      errors: [{ messageId: 'unknownName' }],
    },
    {
      name: 'external ARN',
      ...variant((t) =>
        set(
          t,
          [...P.frontendSc, 'Namespace'],
          'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-abc',
        ),
      ),
      errors: [{ messageId: 'externalArn' }],
    },
    {
      name: 'points at something that is not a namespace',
      ...variant((t) => set(t, [...P.frontendSc, 'Namespace'], { 'Fn::GetAtt': ['LogGroup', 'Arn'] })),
      errors: [{ messageId: 'notNamespace' }],
    },
    {
      name: 'computed with Fn::If',
      ...variant((t) => set(t, [...P.frontendSc, 'Namespace'], { 'Fn::If': ['X', 'a', 'b'] })),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'no namespace for a service',
      ...variant((t) => {
        del(t, P.clusterDefaults);
        del(t, [...P.frontendSc, 'Namespace']);
      }),
      errors: [{ messageId: 'noNamespaceForService' }],
    },
    {
      name: 'two namespaces',
      ...variant((t) => {
        t.Resources['Other'] = {
          Type: 'AWS::ServiceDiscovery::HttpNamespace',
          Properties: { Name: 'other' },
        };
        set(t, [...P.frontendSc, 'Namespace'], { 'Fn::GetAtt': ['Other', 'Arn'] });
      }),
      errors: [{ messageId: 'differentNamespaces' }],
    },
    {
      name: 'public DNS namespace',
      ...variant((t) =>
        set(t, ['Resources', 'Namespace', 'Type'], 'AWS::ServiceDiscovery::PublicDnsNamespace'),
      ),
      errors: [{ messageId: 'publicNamespace' }, { messageId: 'publicNamespace' }],
    },
    {
      name: 'declared but unused',
      ...variant((t) => {
        del(t, P.clusterDefaults);
        del(t, P.backendSc);
        del(t, P.frontendSc);
      }),
      errors: [{ messageId: 'namespaceUnused' }],
    },
    {
      name: 'Cloud Map registration in an HTTP namespace',
      ...variant((t) => {
        cloudMap(t);
        set(t, ['Resources', 'DnsNamespace', 'Type'], 'AWS::ServiceDiscovery::HttpNamespace');
      }),
      errors: [{ messageId: 'cloudMapNeedsDns' }],
    },
    {
      name: 'Cloud Map registration without a namespace',
      ...variant((t) => {
        cloudMap(t);
        del(t, ['Resources', 'BackendDiscovery', 'Properties', 'DnsConfig', 'NamespaceId']);
      }),
      errors: [{ messageId: 'registryWithoutNamespace' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN002 partial credit', () => {
  it('one service of two in the wrong namespace earns half', () => {
    const c = variant((t) => set(t, [...P.backendSc, 'Namespace'], 'prod'));
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
});
