// SCN005: the port mapping a client-server publishes through Service Connect states its AppProtocol, so the
// proxy handles it as HTTP, HTTP/2 or gRPC (retries, per-status metrics) instead of as plain TCP.
import { defineRule } from '../../engine/define.js';
import { literalString } from '../lib/cloudformation.js';
import { describe, isServer, modelOf, namedPorts } from './model.js';

const PROTOCOLS = ['http', 'http2', 'grpc'];

export default defineRule({
  meta: {
    id: 'SCN005',
    name: 'port-mapping-app-protocol',
    target: 'cloudformation',
    severity: 'warning',
    title: 'State the application protocol of the published port',
    description:
      "The port mapping each Service Connect entry publishes sets 'AppProtocol' to 'http', 'http2' or 'grpc'. Without it Service Connect treats the traffic as TCP and adds no protocol-specific connection handling or telemetry.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_PortMapping.html',
    evidence: ['ECS PortMapping.appProtocol'],
    messages: {
      missing:
        "Port mapping '{{port}}' of container '{{container}}' (task definition '{{taskDefinition}}') is published through Service Connect but has no 'AppProtocol', so the proxy treats it as plain TCP: no HTTP retries and no per-status metrics. Add 'AppProtocol: http' (or 'http2', 'grpc').",
      invalid:
        "Port mapping '{{port}}' of container '{{container}}' sets 'AppProtocol' to {{value}}, but ECS accepts only 'http', 'http2' or 'grpc'. Use the protocol your application speaks, such as 'http'.",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    let checked = 0;
    let failed = 0;
    const seen = new Set<string>();
    for (const s of m.services.filter(isServer)) {
      if (!s.taskDefinition) continue;
      const td = s.taskDefinition;
      for (const e of s.serviceConnect!.services) {
        const hit = namedPorts(td).find((n) => n.mapping.name === e.portName);
        if (!hit) continue; // SCN004 reports names that do not resolve.
        const key = JSON.stringify(hit.mapping.path);
        if (seen.has(key)) continue;
        seen.add(key);
        checked++;
        const data = { port: hit.mapping.name!, container: hit.container.label, taskDefinition: td.name };
        const raw = hit.mapping.appProtocol;
        if (raw === undefined) {
          failed++;
          ctx.report('missing', data, hit.mapping.path);
        } else {
          const value = literalString(doc.template, raw);
          if (value === undefined || !PROTOCOLS.includes(value)) {
            failed++;
            ctx.report('invalid', { ...data, value: describe(raw) }, [...hit.mapping.path, 'AppProtocol']);
          }
        }
      }
    }
    if (checked === 0) return ctx.notApplicable('no published port mapping resolves');
    ctx.tally(checked, failed);
  },
});
