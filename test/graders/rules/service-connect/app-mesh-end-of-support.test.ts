import { describe, expect, it } from 'vitest';
import { outcomeFraction } from '../../../../graders/engine/run-rule.js';
import rule from '../../../../graders/rules/service-connect/app-mesh-end-of-support.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { appMesh, variant, yaml } from './variants.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const MESH_ONLY = `Resources:
  Mesh:
    Type: AWS::AppMesh::Mesh
    Properties:
      MeshName: labs
  Router:
    Type: AWS::AppMesh::VirtualRouter
    Properties:
      MeshName: labs
      VirtualRouterName: api
      Spec:
        Listeners:
          - PortMapping: { Port: 8080, Protocol: http }
`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [{ name: 'Service Connect without App Mesh', ...variant() }],
  invalid: [
    {
      name: 'mesh and virtual router',
      ...yaml(MESH_ONLY),
      errors: [
        { messageId: 'resource', line: 3 },
        { messageId: 'resource', line: 7 },
      ],
    },
    {
      name: 'mesh, virtual node, APPMESH proxy configuration and Envoy sidecar',
      ...variant(appMesh),
      errors: [
        { messageId: 'envoyImage' },
        { messageId: 'proxyConfiguration' },
        { messageId: 'resource' },
        { messageId: 'resource' },
      ],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('SCN011 informs without costing points', () => {
  it('records every App Mesh piece as checked and none as failed', () => {
    const c = variant(appMesh);
    const out = runOn(rule, c.code, c.file);
    expect(out.findings).toHaveLength(4);
    expect(out.checked).toBe(4);
    expect(outcomeFraction(out)).toBe(1);
  });
  it('names the resource, the end-of-support date, the replacement and the AWS links', () => {
    const [f] = runOn(rule, MESH_ONLY, 'template.yaml').findings;
    expect(f?.severity).toBe('warning');
    expect(f?.message).toContain("'Mesh'");
    expect(f?.message).toContain("'AWS::AppMesh::Mesh'");
    expect(f?.message).toContain('30 September 2026');
    expect(f?.message).toContain('HttpNamespace');
    expect(f?.message).toContain(
      'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/',
    );
    expect(f?.message).toContain(
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html',
    );
  });
  it('is not applicable without App Mesh', () => {
    const c = variant();
    expect(runOn(rule, c.code, c.file).notApplicable).not.toBeNull();
  });
});
