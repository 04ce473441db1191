// SCN007: the front end reaches the back end through its client alias: an environment variable of a container in
// the front end's own task definition holds a URL with the alias's DnsName and Port, and the front end joins
// Service Connect so that name resolves in its tasks. Calling a Cloud Map DNS name instead counts as half done.
import { defineRule } from '../../engine/define.js';
import {
  aliasUses,
  endpoints,
  isServer,
  modelOf,
  usesServiceConnect,
  type Endpoint,
  type ServiceModel,
} from './model.js';

export default defineRule({
  meta: {
    id: 'SCN007',
    name: 'client-calls-alias',
    target: 'cloudformation',
    severity: 'error',
    title: 'Call the back end through its client alias from the front end',
    description:
      "A container of another service (the front end) has an environment variable whose value calls the back end's client alias as 'DnsName:Port' (for example 'http://backend:8080'), and that service has Service Connect enabled, because only its tasks resolve the alias. Calling a Cloud Map DNS name instead counts as half done.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
    evidence: ['ECS ServiceConnectClientAlias.dnsName', 'ECS ServiceConnectClientAlias.port'],
    messages: {
      noClient:
        "The template has only one ECS service, so nothing calls the back end. Add a front-end service whose container gets the back end's URL, such as 'BACKEND_URL=http://backend:8080'.",
      nothingToCall:
        "No service publishes a client alias or a Cloud Map name yet, so the front end has nothing to call. First make the back end a client-server with a client alias, then point the front end's URL at it.",
      noCall:
        "No container of '{{client}}' calls the back end's client alias: add an environment variable such as 'BACKEND_URL' with the value '{{url}}' to its task definition '{{taskDefinition}}'.",
      wrongPort:
        "'{{variable}}' of container '{{container}}' ('{{client}}') calls '{{host}}' on another port than its client alias publishes ({{port}}), so the request reaches no listener. Use '{{url}}': the client alias 'Port' is what clients call, whatever the container port is.",
      clientNotInServiceConnect:
        "'{{variable}}' of '{{client}}' calls the alias '{{host}}', but '{{client}}' does not use Service Connect, so its tasks cannot resolve that name. Add 'ServiceConnectConfiguration: { Enabled: true }' to '{{client}}'.",
      cloudMapCall:
        "'{{variable}}' of '{{client}}' calls '{{host}}' through Cloud Map DNS, which works but bypasses Service Connect's proxy (load balancing per request, retries, metrics). Call the back end's client alias instead: {{suggestion}}.",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    if (m.services.length < 2) {
      ctx.report('noClient', {}, m.services[0]?.path ?? ['Resources']);
      ctx.tally(1, 1);
      return;
    }
    const eps = endpoints(m);
    if (eps.length === 0) {
      ctx.report('nothingToCall', {}, m.services[0]!.path);
      ctx.tally(1, 1);
      return;
    }
    const uses = aliasUses(m);
    const exact = uses.filter((u) => u.match === 'exact' && u.endpoint.via === 'service-connect');
    const good = exact.find((u) => usesServiceConnect(u.client));
    if (good) {
      ctx.tally(2, 0);
      return;
    }
    const first = exact[0];
    if (first) {
      ctx.report(
        'clientNotInServiceConnect',
        { variable: first.env.name, client: first.client.name, host: first.endpoint.host },
        [...first.client.path, 'Properties'],
      );
      ctx.tally(2, 1);
      return;
    }
    const cloudMap = uses.find((u) => u.match === 'exact' && u.endpoint.via === 'cloud-map');
    if (cloudMap) {
      // The alias the back end actually publishes, when it publishes one; otherwise the README's.
      const alias = eps.find((e) => e.via === 'service-connect' && e.server === cloudMap.endpoint.server);
      const suggestion = alias
        ? `'${urlOf(alias)}'`
        : "publish one ('ClientAliases: [{ DnsName: backend, Port: 8080 }]') and call 'http://backend:8080'";
      ctx.report(
        'cloudMapCall',
        {
          variable: cloudMap.env.name,
          client: cloudMap.client.name,
          host: cloudMap.endpoint.host,
          suggestion,
        },
        cloudMap.env.path,
      );
      ctx.tally(2, 1);
      return;
    }
    const near = uses.find((u) => u.match === 'other-port');
    if (near) {
      ctx.report(
        'wrongPort',
        {
          variable: near.env.name,
          container: near.container.label,
          client: near.client.name,
          host: near.endpoint.host,
          port: near.endpoint.port ?? '?',
          url: urlOf(near.endpoint),
        },
        near.env.path,
      );
      ctx.tally(1, 1);
      return;
    }
    const target = eps.find((e) => e.via === 'service-connect') ?? eps[0]!;
    const client = likelyClient(m.services, target.server);
    const container =
      client.taskDefinition?.containers.find((c) => c.essential) ?? client.taskDefinition?.containers[0];
    ctx.report(
      'noCall',
      { client: client.name, url: urlOf(target), taskDefinition: client.taskDefinition?.name ?? '?' },
      container
        ? [...container.path, ...(container.def['Environment'] === undefined ? [] : ['Environment'])]
        : client.path,
    );
    ctx.tally(1, 1);
  },
});

function urlOf(e: Endpoint): string {
  return `http://${e.host}${e.port === undefined ? '' : `:${e.port}`}`;
}

/** The service that should call `server`: one that publishes nothing itself, else any other. */
function likelyClient(services: ServiceModel[], server: ServiceModel): ServiceModel {
  const others = services.filter((s) => s !== server);
  return others.find((s) => !isServer(s) && s.registries.length === 0) ?? others[0]!;
}
