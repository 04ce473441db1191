// SCN008: a front end that calls a back end's client alias is created after that back end (DependsOn), as the ECS
// guide asks for CloudFormation: tasks that start before the back end's endpoint exists cannot resolve it until
// they are replaced.
import { defineRule } from '../../engine/define.js';
import { aliasUses, dependsOn, modelOf } from './model.js';

export default defineRule({
  meta: {
    id: 'SCN008',
    name: 'client-depends-on-server',
    target: 'cloudformation',
    severity: 'error',
    title: 'Create the front end after the back end it calls',
    description:
      "A service that calls another service's Service Connect alias depends on it ('DependsOn', directly or through references), so CloudFormation creates the back end's endpoint before the front end's tasks start; tasks that start earlier cannot resolve the alias until they are replaced.",
    docsUrl:
      'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts-deploy.html',
    evidence: ['ECS Service Connect components (dependsOn)'],
    messages: {
      missingDependsOn:
        "Service '{{client}}' calls '{{host}}', the client alias of '{{server}}', but does not depend on it, so CloudFormation may start both at once and the front end's first tasks cannot resolve the alias. Add 'DependsOn: {{server}}' to '{{client}}'.",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    const pairs = new Map<string, { client: string; server: string; host: string }>();
    for (const u of aliasUses(m)) {
      if (u.endpoint.via !== 'service-connect') continue;
      pairs.set(`${u.client.name}\u0000${u.endpoint.server.name}`, {
        client: u.client.name,
        server: u.endpoint.server.name,
        host: u.endpoint.host,
      });
    }
    if (pairs.size === 0) return ctx.notApplicable('no service calls a Service Connect alias');
    let failed = 0;
    for (const p of pairs.values()) {
      if (dependsOn(doc.template, p.client, p.server)) continue;
      failed++;
      ctx.report('missingDependsOn', p, ['Resources', p.client]);
    }
    ctx.tally(pairs.size, failed);
  },
});
