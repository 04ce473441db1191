import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/service-connect/port-mapping-app-protocol.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, del, set, variant } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution (http)', ...variant() },
    { name: 'grpc', ...variant((t) => set(t, [...P.backendPort, 'AppProtocol'], 'grpc')) },
    {
      name: 'an unpublished port needs no protocol',
      ...variant((t) =>
        del(t, [
          'Resources',
          'FrontendTaskDefinition',
          'Properties',
          'ContainerDefinitions',
          0,
          'PortMappings',
          0,
          'AppProtocol',
        ]),
      ),
    },
  ],
  invalid: [
    {
      name: 'no AppProtocol',
      ...variant((t) => del(t, [...P.backendPort, 'AppProtocol'])),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'upper-case HTTP',
      ...variant((t) => set(t, [...P.backendPort, 'AppProtocol'], 'HTTP')),
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'tcp is not an app protocol',
      ...variant((t) => set(t, [...P.backendPort, 'AppProtocol'], 'tcp')),
      errors: [{ messageId: 'invalid' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN005 applicability', () => {
  it('leaves names that do not resolve to SCN004', () => {
    const c = variant((t) => set(t, [...P.backendEntry, 'PortName'], 'nope'));
    expect(runOn(rule, c.code, c.file).notApplicable).not.toBeNull();
  });
});
