// SCN003: every ECS service joins Service Connect with `Enabled: true`, the back end as a client-server and the
// front end as a client. A service that uses Cloud Map DNS discovery (ServiceRegistries) instead counts as half
// configured: it is discoverable, but without the Service Connect proxy.
import { defineRule } from '../../engine/define.js';
import { describe, modelOf } from './model.js';

export default defineRule({
  meta: {
    id: 'SCN003',
    name: 'service-connect-enabled',
    target: 'cloudformation',
    severity: 'error',
    title: 'Turn Service Connect on in every service',
    description:
      "Every ECS service sets 'ServiceConnectConfiguration' with 'Enabled: true'. The front end needs it too: only tasks of a Service Connect service get the proxy that resolves and balances the back end's client alias. A service on Cloud Map DNS discovery (ServiceRegistries) instead counts as half configured.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html',
    evidence: ['ECS ServiceConnectConfiguration.enabled'],
    messages: {
      noServices:
        "The template declares no 'AWS::ECS::Service', so no service can join Service Connect. Add the front-end and back-end services first.",
      missing:
        "Service '{{service}}' does not use Service Connect. Add 'ServiceConnectConfiguration: { Enabled: true }'; a front end that only calls the back end needs it as well, because only tasks of Service Connect services can resolve client aliases.",
      disabled:
        "Service '{{service}}' sets Service Connect 'Enabled' to {{value}}, not 'true', so its tasks get no Service Connect proxy and cannot call (or be called through) a client alias. Set 'Enabled: true'.",
      enabledMissing:
        "Service '{{service}}' has a 'ServiceConnectConfiguration' without 'Enabled', which CloudFormation requires. Add 'Enabled: true'.",
      computed:
        "Service '{{service}}' sets 'ServiceConnectConfiguration' to {{what}}, so the grader cannot tell whether Service Connect is on. Write the object out with 'Enabled: true'.",
      cloudMapOnly:
        "Service '{{service}}' uses Cloud Map DNS discovery ('ServiceRegistries') instead of Service Connect. That works, but without the Service Connect proxy: no client-side load balancing, retries, outlier detection or per-service metrics. Add 'ServiceConnectConfiguration: { Enabled: true }'.",
      cloudMapClient:
        "Service '{{service}}' joins neither Service Connect nor Cloud Map. In a Cloud Map DNS design a client needs nothing more, but with Service Connect it needs 'ServiceConnectConfiguration: { Enabled: true }', so its tasks get the proxy that resolves the back end's client alias.",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    if (m.services.length === 0) {
      ctx.report('noServices', {}, ['Resources']);
      ctx.tally(1, 1);
      return;
    }
    // Two units a service: Service Connect earns both, Cloud Map discovery one.
    let failed = 0;
    const cloudMapDesign = m.services.some((s) => s.registries.length > 0);
    for (const s of m.services) {
      const sc = s.serviceConnect;
      const at = [...s.path, 'Properties', 'ServiceConnectConfiguration'];
      if (sc?.enabled === true) continue;
      const raw = sc
        ? (s.props['ServiceConnectConfiguration'] as Record<string, unknown>)['Enabled']
        : undefined;
      if (s.serviceConnectComputed)
        ctx.report(
          'computed',
          { service: s.name, what: describe(s.props['ServiceConnectConfiguration']) },
          at,
        );
      else if (sc && raw === undefined) ctx.report('enabledMissing', { service: s.name }, at);
      else if (sc) ctx.report('disabled', { service: s.name, value: describe(raw) }, [...at, 'Enabled']);
      else if (s.registries.length > 0) {
        ctx.report('cloudMapOnly', { service: s.name }, [...s.path, 'Properties', 'ServiceRegistries']);
        failed += 1;
        continue;
      } else if (cloudMapDesign) {
        // In a Cloud Map design a pure client registers nothing: it is as configured as that design allows.
        ctx.report('cloudMapClient', { service: s.name }, s.path);
        failed += 1;
        continue;
      } else ctx.report('missing', { service: s.name }, s.path);
      failed += 2;
    }
    ctx.tally(2 * m.services.length, failed);
  },
});
