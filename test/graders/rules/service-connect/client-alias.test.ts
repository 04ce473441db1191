import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/client-alias.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, set, variant, fixedNamespaceName } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    {
      name: 'alias port different from the container port',
      ...variant((t) => set(t, [...P.backendAlias, 'Port'], 80)),
    },
    {
      name: 'dotted DNS name',
      ...variant((t) => set(t, [...P.backendAlias, 'DnsName'], 'api.labs.internal')),
    },
    {
      name: 'no DiscoveryName (defaults to the port name)',
      ...variant((t) => del(t, [...P.backendEntry, 'DiscoveryName'])),
    },
  ],
  invalid: [
    {
      name: 'no client-server at all',
      ...variant((t) => del(t, [...P.backendSc, 'Services'])),
      errors: [{ messageId: 'noServer' }],
    },
    { name: 'Cloud Map discovery instead', ...variant(cloudMap), errors: [{ messageId: 'cloudMapServer' }] },
    {
      name: 'no ClientAliases',
      ...variant((t) => del(t, [...P.backendEntry, 'ClientAliases'])),
      errors: [{ messageId: 'noAliases' }],
    },
    {
      name: 'two aliases',
      ...variant((t) => set(t, [...P.backendEntry, 'ClientAliases', 1], { DnsName: 'api', Port: 8080 })),
      errors: [{ messageId: 'tooManyAliases' }],
    },
    {
      name: 'alias without Port',
      ...variant((t) => del(t, [...P.backendAlias, 'Port'])),
      errors: [{ messageId: 'noPort' }],
    },
    {
      name: 'port 0',
      ...variant((t) => set(t, [...P.backendAlias, 'Port'], 0)),
      errors: [{ messageId: 'badPort' }],
    },
    {
      name: 'alias without DnsName',
      ...variant((t) => del(t, [...P.backendAlias, 'DnsName'])),
      errors: [{ messageId: 'noDnsName' }],
    },
    {
      name: 'computed DnsName',
      ...variant((t) => set(t, [...P.backendAlias, 'DnsName'], { 'Fn::Select': [0, ['a']] })),
      errors: [{ messageId: 'dnsNameComputed' }],
    },
    {
      name: 'upper-case DnsName',
      ...variant((t) => set(t, [...P.backendAlias, 'DnsName'], 'Backend')),
      errors: [{ messageId: 'badDnsName' }],
    },
    {
      name: 'DnsName starting with a hyphen',
      ...variant((t) => set(t, [...P.backendAlias, 'DnsName'], '-backend')),
      errors: [{ messageId: 'badDnsName' }],
    },
    {
      name: 'DiscoveryName with a dot',
      ...variant((t) => set(t, [...P.backendEntry, 'DiscoveryName'], 'backend.api')),
      errors: [{ messageId: 'badDiscoveryName' }],
    },
    {
      name: 'the front end publishes the same alias',
      ...variant((t) =>
        set(
          t,
          [...P.frontendSc, 'Services'],
          [{ PortName: 'web', ClientAliases: [{ DnsName: 'backend', Port: 8080 }] }],
        ),
      ),
      errors: [{ messageId: 'duplicateAlias' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN006 partial credit', () => {
  it('Cloud Map discovery earns half', () => {
    const c = variant(cloudMap);
    expect(outcomeFraction(runOn(rule, c.code, c.file))).toBe(0.5);
  });
  it('the default DNS name is spelled out in the message', () => {
    const c = variant((t) => {
      fixedNamespaceName(t);
      del(t, [...P.backendAlias, 'DnsName']);
    });
    expect(runOn(rule, c.code, c.file).findings[0]?.message).toContain("'backend.labs'");
  });
});
