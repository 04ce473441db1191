import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/client-calls-alias.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, cloudMap, del, fixedNamespaceName, set, variant } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    { name: 'URL with a path', ...variant((t) => set(t, P.frontendEnv, 'http://backend:8080/api/v1')) },
    {
      name: 'alias on port 80 called without a port',
      ...variant((t) => {
        set(t, [...P.backendAlias, 'Port'], 80);
        set(t, P.frontendEnv, 'http://backend/api');
      }),
    },
    { name: 'host and port only', ...variant((t) => set(t, P.frontendEnv, 'backend:8080')) },
    {
      name: 'built with Fn::Sub from a parameter default',
      ...variant((t) => {
        t.Parameters = { ...t.Parameters, BackendPort: { Type: 'Number', Default: 8080 } };
        set(t, P.frontendEnv, { 'Fn::Sub': 'http://backend:${BackendPort}' });
      }),
    },
    {
      name: 'built with Fn::Join',
      ...variant((t) => set(t, P.frontendEnv, { 'Fn::Join': ['', ['http://', 'backend', ':8080']] })),
    },
    {
      name: 'the default name discoveryName.namespace when DnsName is left out',
      ...variant((t) => {
        fixedNamespaceName(t);
        del(t, [...P.backendAlias, 'DnsName']);
        set(t, P.frontendEnv, 'http://backend.labs:8080');
      }),
    },
  ],
  invalid: [
    {
      name: 'the container port instead of the alias port',
      ...variant((t) => set(t, [...P.backendAlias, 'Port'], 80)),
      errors: [{ messageId: 'wrongPort' }],
    },
    {
      name: 'still the TODO URL',
      ...variant((t) => set(t, P.frontendEnv, 'http://TODO:8080')),
      errors: [{ messageId: 'noCall' }],
    },
    {
      name: 'a name that only looks like the alias',
      ...variant((t) => set(t, P.frontendEnv, 'http://backend-v2:8080')),
      errors: [{ messageId: 'noCall' }],
    },
    {
      name: 'no environment at all',
      ...variant((t) => del(t, [...P.frontendContainer, 'Environment'])),
      errors: [{ messageId: 'noCall' }],
    },
    {
      name: 'front end calls the alias without joining Service Connect',
      ...variant((t) => del(t, P.frontendSc)),
      errors: [{ messageId: 'clientNotInServiceConnect' }],
    },
    { name: 'Cloud Map DNS name', ...variant(cloudMap), errors: [{ messageId: 'cloudMapCall' }] },
    {
      name: 'no alias published',
      ...variant((t) => del(t, [...P.backendSc, 'Services'])),
      errors: [{ messageId: 'nothingToCall' }],
    },
    {
      name: 'one service only',
      ...variant((t) => delete t.Resources['FrontendService']),
      errors: [{ messageId: 'noClient' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN007 partial credit and messages', () => {
  const fraction = (edit: Parameters<typeof variant>[0]) => {
    const c = variant(edit);
    return outcomeFraction(runOn(rule, c.code, c.file));
  };
  it('Cloud Map discovery earns half', () => expect(fraction(cloudMap)).toBe(0.5));
  it('a client outside Service Connect earns half', () =>
    expect(fraction((t) => del(t, P.frontendSc))).toBe(0.5));
  it('a wrong port earns nothing: the call fails', () =>
    expect(fraction((t) => set(t, [...P.backendAlias, 'Port'], 80))).toBe(0));
  it('a Cloud Map call is pointed at the alias the back end publishes, with its port', () => {
    const c = variant((t) => {
      set(t, [...P.backendAlias, 'Port'], 80);
      cloudMap(t);
      // The back end keeps its Service Connect alias next to the Cloud Map registration.
      set(t, P.backendSc, {
        Enabled: true,
        Services: [
          { PortName: 'api', DiscoveryName: 'backend', ClientAliases: [{ DnsName: 'backend', Port: 80 }] },
        ],
      });
    });
    const f = runOn(rule, c.code, c.file).findings;
    expect(f.map((x) => x.messageId)).toEqual(['cloudMapCall']);
    expect(f[0]?.message).toContain("'http://backend:80'");
    expect(f[0]?.message).not.toContain('backend:8080');
  });
  it('suggests the URL to use', () => {
    const c = variant((t) => set(t, P.frontendEnv, 'http://TODO:8080'));
    expect(runOn(rule, c.code, c.file).findings[0]?.message).toContain("'http://backend:8080'");
  });
});
