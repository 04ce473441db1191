// SCN006: the back end is a client-server: each Service Connect entry it publishes has exactly one client alias
// with a port and an explicit DnsName (the name the front end calls), and names ECS accepts. A back end registered
// with Cloud Map DNS discovery instead counts as half done: it has a name, but no Service Connect endpoint.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { describe, isServer, modelOf, namespaceOfService } from './model.js';

/** ECS API ServiceConnectClientAlias.dnsName and ServiceConnectService.discoveryName character rules. */
const DNS_NAME = /^[a-z0-9_][a-z0-9_.-]{0,126}$/;
const DISCOVERY_NAME = /^[a-z0-9_][a-z0-9_-]{0,63}$/;

export default defineRule({
  meta: {
    id: 'SCN006',
    name: 'client-alias',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give the back end a client alias with a DNS name and port',
    description:
      "The back end publishes at least one Service Connect entry, and each has exactly one 'ClientAliases' entry with a 'Port' (1–65535) and an explicit 'DnsName'; DiscoveryName and DnsName follow the ECS naming rules and each alias is unique in the namespace. A back end on Cloud Map DNS discovery instead counts as half done.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectClientAlias.html',
    evidence: ['ECS ServiceConnectService.clientAliases', 'ECS ServiceConnectClientAlias'],
    messages: {
      noServer:
        "No service publishes anything through Service Connect, so the front end has no name to call. Make the back end a client-server: add 'Services: [{ PortName: <port mapping name>, DiscoveryName: backend, ClientAliases: [{ DnsName: backend, Port: 8080 }] }]' to its 'ServiceConnectConfiguration'.",
      cloudMapServer:
        "Service '{{service}}' is discoverable through Cloud Map DNS ('{{registry}}'), which works but is not Service Connect. Publish it as a Service Connect client-server instead: 'Services' with a 'PortName' and a client alias ('DnsName' and 'Port') the front end calls.",
      noAliases:
        "Service '{{service}}' publishes port '{{port}}' without 'ClientAliases', so the front end has no stable name and port to call (ECS requires one alias with a port). Add 'ClientAliases: [{ DnsName: backend, Port: 8080 }]'.",
      tooManyAliases:
        "Service '{{service}}' lists {{count}} client aliases for port '{{port}}', but ECS allows one per entry. Keep one, or publish another port mapping as a second entry.",
      noPort:
        "Client alias {{alias}} of service '{{service}}' has no 'Port', which ECS requires: it is the port the front end calls. Add 'Port: 8080' (the port your client already uses).",
      badPort:
        "Client alias {{alias}} of service '{{service}}' has 'Port' {{value}}; it must be a whole number from 1 to 65535. Use the port your client calls, such as '8080'.",
      noDnsName:
        "Client alias {{alias}} of service '{{service}}' has no 'DnsName', so clients must call '{{fallback}}', a name the template never states. Set 'DnsName' explicitly (for example 'backend') and use it in the front end's URL.",
      dnsNameComputed:
        "Client alias {{alias}} of service '{{service}}' sets 'DnsName' to {{value}}, so the grader cannot tell which name the front end must call. Write the name as text, such as 'backend'.",
      badDnsName:
        "Client alias {{alias}} of service '{{service}}' has 'DnsName' '{{value}}', but ECS accepts up to 127 lowercase letters, digits, '_', '-' and '.', not starting with '-'. Use a name such as 'backend'.",
      badDiscoveryName:
        "Service '{{service}}' has 'DiscoveryName' '{{value}}', but ECS accepts up to 64 lowercase letters, digits, '_' and '-', not starting with '-'. Use a name such as 'backend'.",
      duplicateAlias:
        "Client alias '{{name}}:{{port}}' of service '{{service}}' is also used by '{{other}}'; each name and port must be unique in the namespace. Give one of them another 'DnsName' or 'Port'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const m = modelOf(t);
    const servers = m.services.filter(isServer);
    if (servers.length === 0) {
      const cloudMap = m.services.find((s) => s.registries.length > 0);
      if (cloudMap) {
        ctx.report('cloudMapServer', { service: cloudMap.name, registry: cloudMap.registries[0]!.name }, [
          ...cloudMap.path,
          'Properties',
          'ServiceRegistries',
        ]);
        ctx.tally(2, 1);
      } else {
        ctx.report('noServer', {}, m.services[0]?.path ?? ['Resources']);
        ctx.tally(1, 1);
      }
      return;
    }
    let checked = 0;
    let failed = 0;
    const taken = new Map<string, string>();
    for (const s of servers) {
      const ns = namespaceOfService(t, s);
      for (const e of s.serviceConnect!.services) {
        checked++;
        let bad = false;
        const report = (
          id: Parameters<typeof ctx.report>[0],
          data: Record<string, string | number>,
          at: DataPath,
        ) => {
          bad = true;
          ctx.report(id, { service: s.name, port: e.portName ?? '?', ...data }, at);
        };
        if (e.discoveryName !== undefined && !DISCOVERY_NAME.test(e.discoveryName)) {
          report('badDiscoveryName', { value: e.discoveryName }, [...e.path, 'DiscoveryName']);
        }
        if (!Array.isArray(e.rawAliases) || e.rawAliases.length === 0) report('noAliases', {}, e.path);
        else if (e.rawAliases.length > 1)
          report('tooManyAliases', { count: e.rawAliases.length }, [...e.path, 'ClientAliases']);
        for (const a of e.aliases) {
          const alias = e.aliases.length > 1 ? `#${a.index + 1}` : `of port '${e.portName ?? '?'}'`;
          if (a.rawPort === undefined) report('noPort', { alias }, a.path);
          else if (a.port === undefined || !Number.isInteger(a.port) || a.port < 1 || a.port > 65535) {
            report('badPort', { alias, value: describe(a.rawPort) }, [...a.path, 'Port']);
          }
          if (a.rawDnsName === undefined) {
            const nsName = ns
              ? typeof ns.props['Name'] === 'string'
                ? ns.props['Name']
                : ns.name
              : '<namespace>';
            report(
              'noDnsName',
              { alias, fallback: `${e.discoveryName ?? e.portName ?? '?'}.${nsName}` },
              a.path,
            );
          } else if (a.dnsName === undefined)
            report('dnsNameComputed', { alias, value: describe(a.rawDnsName) }, [...a.path, 'DnsName']);
          else if (!DNS_NAME.test(a.dnsName))
            report('badDnsName', { alias, value: a.dnsName }, [...a.path, 'DnsName']);
          else if (a.port !== undefined) {
            const key = `${ns?.name ?? ''}\u0000${a.dnsName}:${a.port}`;
            const other = taken.get(key);
            if (other && other !== s.name)
              report('duplicateAlias', { name: a.dnsName, port: a.port, other }, [...a.path, 'DnsName']);
            else taken.set(key, s.name);
          }
        }
        if (bad) failed++;
      }
    }
    ctx.tally(checked, failed);
  },
});
