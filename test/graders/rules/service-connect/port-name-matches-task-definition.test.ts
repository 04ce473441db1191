import { describe, expect, it } from 'vitest';
import rule from '../../../../graders/rules/service-connect/port-name-matches-task-definition.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { P, del, set, variant } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'reference solution', ...variant() },
    {
      name: 'the named port is in a sidecar container of the same task definition',
      ...variant((t) => {
        const defs = ['Resources', 'BackendTaskDefinition', 'Properties', 'ContainerDefinitions'];
        set(t, [...defs, 1], {
          Name: 'metrics',
          Image: 'x:1',
          Essential: false,
          PortMappings: [{ Name: 'metrics', ContainerPort: 9090 }],
        });
        set(t, [...P.backendEntry, 'PortName'], 'metrics');
      }),
    },
  ],
  invalid: [
    {
      name: 'PortName that the task definition does not name',
      ...variant((t) => set(t, [...P.backendEntry, 'PortName'], 'http')),
      errors: [{ messageId: 'portNameMissing' }],
    },
    {
      name: "PortName that exists only in the other service's task definition",
      ...variant((t) => set(t, [...P.backendEntry, 'PortName'], 'web')),
      errors: [{ messageId: 'portNameMissing' }],
    },
    {
      name: 'port mapping without a Name',
      ...variant((t) => del(t, [...P.backendPort, 'Name'])),
      errors: [{ messageId: 'noNamedPorts' }],
    },
    {
      name: 'entry without PortName',
      ...variant((t) => del(t, [...P.backendEntry, 'PortName'])),
      errors: [{ messageId: 'noPortName' }],
    },
    {
      name: 'computed PortName',
      ...variant((t) => set(t, [...P.backendEntry, 'PortName'], { 'Fn::If': ['C', 'a', 'b'] })),
      errors: [{ messageId: 'portNameComputed' }],
    },
    {
      name: 'task definition outside the template',
      ...variant((t) =>
        set(t, [...P.backend, 'TaskDefinition'], 'arn:aws:ecs:us-east-1:123456789012:task-definition/api:1'),
      ),
      errors: [{ messageId: 'taskDefinitionUnknown' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN004 cross-resource resolution', () => {
  it('names the task definition that does have the port when the service runs another', () => {
    const c = variant((t) => set(t, [...P.backendEntry, 'PortName'], 'web'));
    const [finding] = runOn(rule, c.code, c.file).findings;
    expect(finding?.message).toContain(
      "'web' is in 'FrontendTaskDefinition', which this service does not run",
    );
  });
  it('follows the service to the task definition it references, not the first one in the template', () => {
    // Swap the task definitions between the services: the back end now runs the front end's definition.
    const c = variant((t) => {
      set(t, [...P.backend, 'TaskDefinition'], { Ref: 'FrontendTaskDefinition' });
      set(t, [...P.frontend, 'TaskDefinition'], { Ref: 'BackendTaskDefinition' });
    });
    expect(runOn(rule, c.code, c.file).findings).toHaveLength(1);
  });
  it('is not applicable when nothing is published', () => {
    const c = variant((t) => del(t, [...P.backendSc, 'Services']));
    expect(runOn(rule, c.code, c.file).notApplicable).not.toBeNull();
  });
});
