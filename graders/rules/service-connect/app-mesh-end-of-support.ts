// SCN011: explains, resource by resource, that AWS App Mesh reached end of support on 2026-09-30 and how to move
// to Service Connect. It is an explanation, not a penalty: it records every App Mesh piece it finds as checked and
// none as failed, so its outcome counts as fully passed. Reference it only from an all-or-nothing item, where a
// passed rule changes nothing; a partial-credit item would average that 1 in and pay for the mesh.
import { defineRule } from '../../engine/define.js';
import { isRecord, literalString } from '../lib/cloudformation.js';
import { modelOf } from './model.js';

const MIGRATION =
  'https://aws.amazon.com/blogs/containers/migrating-from-aws-app-mesh-to-amazon-ecs-service-connect/';
const SERVICE_CONNECT = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect.html';
const APP_MESH = 'https://docs.aws.amazon.com/app-mesh/latest/userguide/what-is-app-mesh.html';

/** What each App Mesh resource becomes in Service Connect. */
const REPLACEMENT: Record<string, string> = {
  'AWS::AppMesh::Mesh':
    "the Cloud Map namespace ('AWS::ServiceDiscovery::HttpNamespace', set as the cluster's 'ServiceConnectDefaults')",
  'AWS::AppMesh::VirtualNode':
    "the back end's 'ServiceConnectConfiguration.Services' entry (PortName, DiscoveryName) on its ECS service",
  'AWS::AppMesh::VirtualService': "the client alias ('ClientAliases: [{ DnsName, Port }]') that clients call",
  'AWS::AppMesh::VirtualRouter':
    'the client alias; Service Connect has no weighted routes, so shift traffic with ECS deployments (blue/green, canary) instead',
  'AWS::AppMesh::Route':
    'the client alias; Service Connect has no weighted routes, so shift traffic with ECS deployments (blue/green, canary) instead',
  'AWS::AppMesh::VirtualGateway': 'an Application Load Balancer in front of the front-end service',
  'AWS::AppMesh::GatewayRoute': 'listener rules on that Application Load Balancer',
};

export default defineRule({
  meta: {
    id: 'SCN011',
    name: 'app-mesh-end-of-support',
    target: 'cloudformation',
    severity: 'warning',
    title: 'Move off AWS App Mesh: support ended on 2026-09-30',
    description:
      'Names every AWS::AppMesh::* resource, App Mesh Envoy proxy configuration and App Mesh Envoy image in the template, explains that App Mesh reached end of support on 30 September 2026, and says what replaces each piece in ECS Service Connect. It informs: every piece it names counts as checked, none as failed.',
    docsUrl: MIGRATION,
    evidence: ['W3696', 'App Mesh end of support 2026-09-30'],
    messages: {
      resource: `Resource '{{name}}' is an '{{type}}'. AWS App Mesh reached end of support on 30 September 2026: since then AWS no longer gives access to the App Mesh console or App Mesh resources (and new customers could not start using it after 24 September 2024). Remove it and use {{replacement}} instead. Migration guide: ${MIGRATION} · Service Connect: ${SERVICE_CONNECT} · App Mesh notice: ${APP_MESH}`,
      proxyConfiguration: `Task definition '{{name}}' sets 'ProxyConfiguration' of type 'APPMESH' for the App Mesh Envoy sidecar. App Mesh reached end of support on 30 September 2026. Remove 'ProxyConfiguration': with Service Connect, ECS adds and manages the proxy itself when the service sets 'ServiceConnectConfiguration'. Migration guide: ${MIGRATION}`,
      envoyImage: `Container '{{container}}' of task definition '{{name}}' runs the App Mesh Envoy image '{{image}}'. App Mesh reached end of support on 30 September 2026. Remove this sidecar: Service Connect injects its own managed proxy. Migration guide: ${MIGRATION}`,
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    let found = 0;
    for (const [name, res] of Object.entries(t.Resources)) {
      if (!isRecord(res) || typeof res.Type !== 'string' || !res.Type.startsWith('AWS::AppMesh::')) continue;
      found++;
      const replacement =
        REPLACEMENT[res.Type] ?? "ECS Service Connect ('ServiceConnectConfiguration' on each ECS service)";
      ctx.report('resource', { name, type: res.Type, replacement }, ['Resources', name, 'Type']);
    }
    for (const td of modelOf(t).taskDefinitions.values()) {
      const proxy = td.props['ProxyConfiguration'];
      if (isRecord(proxy) && literalString(t, proxy['Type']) === 'APPMESH') {
        found++;
        ctx.report('proxyConfiguration', { name: td.name }, [...td.path, 'Properties', 'ProxyConfiguration']);
      }
      for (const c of td.containers) {
        const image = literalString(t, c.def['Image']);
        if (image && /aws-appmesh-envoy/i.test(image)) {
          found++;
          ctx.report('envoyImage', { name: td.name, container: c.label, image }, [...c.path, 'Image']);
        }
      }
    }
    if (found === 0) return ctx.notApplicable('no App Mesh resources');
    // Checked, none failed: the findings explain and never lower the score (see the header and the lab README).
    ctx.tally(found, 0);
  },
});
