// SCN002: a Cloud Map namespace is declared in the template, and every service that uses Service Connect (or Cloud
// Map DNS discovery) really lands in it: through its own Namespace or its cluster's ServiceConnectDefaults,
// resolved through Ref/GetAtt. Both services must share one namespace, or the front end cannot see the back end.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isRecord, literalString, type NamedResource } from '../lib/cloudformation.js';
import {
  dependsOn,
  describe,
  effectiveNamespace,
  modelOf,
  namespaceOfRegistry,
  resolveNamespace,
  usesServiceConnect,
  type ServiceModel,
} from './model.js';

const SHORT: Record<string, string> = {
  'AWS::ServiceDiscovery::HttpNamespace': 'HttpNamespace',
  'AWS::ServiceDiscovery::PrivateDnsNamespace': 'PrivateDnsNamespace',
  'AWS::ServiceDiscovery::PublicDnsNamespace': 'PublicDnsNamespace',
};

export default defineRule({
  meta: {
    id: 'SCN002',
    name: 'service-connect-namespace',
    target: 'cloudformation',
    severity: 'error',
    title: 'Put both services in one Cloud Map namespace from the template',
    description:
      "The template declares an AWS::ServiceDiscovery::HttpNamespace or PrivateDnsNamespace, and every Service Connect service reaches it through its own 'Namespace' or its cluster's 'ServiceConnectDefaults', given as the namespace's ARN ('!GetAtt X.Arn') or name; Service Connect only connects services in the same namespace.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/service-connect-concepts.html',
    evidence: ['ECS ServiceConnectConfiguration.namespace', 'ECS ClusterServiceConnectDefaults'],
    messages: {
      noNamespace:
        "The template declares no Cloud Map namespace. Add an 'AWS::ServiceDiscovery::HttpNamespace' (Service Connect needs no DNS zone), then point the cluster's 'ServiceConnectDefaults: { Namespace: !GetAtt <Namespace>.Arn }' at it.",
      defaultsCreateNamespace:
        "The cluster's 'ServiceConnectDefaults' names '{{name}}', but no namespace resource of this template has that name, so ECS creates one outside the stack that deleting the stack leaves behind. Declare an 'AWS::ServiceDiscovery::HttpNamespace' and use '!GetAtt <Namespace>.Arn'.",
      noNamespaceForService:
        "Service '{{service}}' turns Service Connect on, but neither it ('ServiceConnectConfiguration.Namespace') nor its cluster ('ServiceConnectDefaults.Namespace') names a namespace, so ECS rejects the service. Set the cluster default to '!GetAtt <Namespace>.Arn'.",
      refIsId:
        "{{where}} uses {{how}} on '{{namespace}}', which returns the namespace ID ('ns-…'), but ECS takes the namespace's name or ARN here. Use '!GetAtt {{namespace}}.Arn'.",
      notNamespace:
        "{{where}} points at '{{target}}', a '{{type}}', not a Cloud Map namespace. Point it at an 'AWS::ServiceDiscovery::HttpNamespace' with '!GetAtt <Namespace>.Arn'.",
      nameWithoutDependsOn:
        "{{where}} names the namespace '{{name}}' as text, so CloudFormation does not know '{{resource}}' must wait for '{{namespace}}' and may create it first. Use '!GetAtt {{namespace}}.Arn', which also sets the order.",
      unknownName:
        "{{where}} names the namespace '{{name}}', but no namespace in this template has that name. Use '!GetAtt <Namespace>.Arn' of the namespace you declared.",
      externalArn:
        "{{where}} uses the namespace ARN '{{arn}}' from outside this template. Declare the namespace in the template and use '!GetAtt <Namespace>.Arn', so the stack creates and deletes it with the services.",
      computed:
        "{{where}} is {{what}}, which the grader cannot resolve to a namespace of this template. Use '!GetAtt <Namespace>.Arn'.",
      publicNamespace:
        "Service '{{service}}' uses '{{namespace}}', a public DNS namespace, which publishes names in public DNS for internal services. Use an 'AWS::ServiceDiscovery::HttpNamespace' (or 'PrivateDnsNamespace') instead.",
      differentNamespaces:
        "Service '{{service}}' is in namespace '{{namespace}}', but '{{other}}' is in '{{otherNamespace}}'; Service Connect only connects services in the same namespace. Use one namespace for both (the cluster default is the simplest way).",
      registryWithoutNamespace:
        "Service '{{service}}' registers in the Cloud Map service '{{registry}}', which names no namespace of this template. Set its 'DnsConfig.NamespaceId' to '!Ref <PrivateDnsNamespace>'.",
      cloudMapNeedsDns:
        "Service '{{service}}' registers in '{{registry}}', which lives in '{{namespace}}', an HTTP namespace: it has no DNS names, so a front end cannot resolve the back end by name. Use an 'AWS::ServiceDiscovery::PrivateDnsNamespace', or switch to Service Connect.",
      namespaceUnused:
        "The namespace '{{namespace}}' is declared, but no service uses it: neither the cluster's 'ServiceConnectDefaults' nor any service's 'ServiceConnectConfiguration' reaches it. Set 'ServiceConnectDefaults: { Namespace: !GetAtt {{namespace}}.Arn }' on the cluster and turn Service Connect on in both services.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const m = modelOf(t);
    if (m.namespaces.length === 0) {
      const withDefaults = m.services
        .map((s) => s.cluster)
        .find((c) => c && isRecord(c.props['ServiceConnectDefaults']));
      const name = withDefaults
        ? literalString(
            t,
            (withDefaults.props['ServiceConnectDefaults'] as Record<string, unknown>)['Namespace'],
          )
        : undefined;
      if (withDefaults && name !== undefined) {
        ctx.report('defaultsCreateNamespace', { name }, [
          ...withDefaults.path,
          'Properties',
          'ServiceConnectDefaults',
          'Namespace',
        ]);
      } else ctx.report('noNamespace', {}, ['Resources']);
      ctx.tally(1, 1);
      return;
    }

    let checked = 0;
    const failed = new Set<string>();
    const placed: { service: ServiceModel; ns: NamedResource }[] = [];
    const reported = new Set<string>();
    for (const s of m.services.filter(usesServiceConnect)) {
      checked++;
      const fail = (id: Parameters<typeof ctx.report>[0], data: Record<string, string>, at: DataPath) => {
        failed.add(s.name);
        // A cluster default shared by both services is reported once, though it fails each of them.
        const key = `${id}\u0000${JSON.stringify(at)}`;
        if (!reported.has(key)) ctx.report(id, { service: s.name, ...data }, at);
        reported.add(key);
      };
      const eff = effectiveNamespace(s);
      if (!eff) {
        fail('noNamespaceForService', {}, s.serviceConnect!.path);
        continue;
      }
      const owner = eff.from === 'service' ? s.name : s.cluster!.name;
      const where =
        eff.from === 'service'
          ? `Service '${s.name}' ('ServiceConnectConfiguration.Namespace')`
          : `Cluster '${owner}' ('ServiceConnectDefaults.Namespace', used by service '${s.name}')`;
      const r = resolveNamespace(t, eff.value);
      switch (r.kind) {
        case 'resource':
          if (r.how === 'name' && !dependsOn(t, owner, r.ns.name)) {
            fail(
              'nameWithoutDependsOn',
              {
                where,
                name: literalString(t, r.ns.props['Name']) ?? r.ns.name,
                resource: owner,
                namespace: r.ns.name,
              },
              eff.path,
            );
          } else if (r.ns.resource.Type === 'AWS::ServiceDiscovery::PublicDnsNamespace') {
            fail('publicNamespace', { namespace: r.ns.name }, eff.path);
          } else placed.push({ service: s, ns: r.ns });
          break;
        case 'id':
          fail(
            'refIsId',
            { where, how: r.how === 'ref' ? "'!Ref'" : "'!GetAtt …Id'", namespace: r.ns.name },
            eff.path,
          );
          break;
        case 'not-namespace':
          fail('notNamespace', { where, target: r.target, type: r.type }, eff.path);
          break;
        case 'name':
          fail('unknownName', { where, name: r.name }, eff.path);
          break;
        case 'arn':
          fail('externalArn', { where, arn: r.arn }, eff.path);
          break;
        default:
          fail('computed', { where, what: describe(eff.value) }, eff.path);
      }
    }

    // A cluster default that every service overrides is still deployed, and ECS rejects a namespace ID there
    // even though no service uses it: check each cluster's default on its own.
    const clusters = new Map(m.services.filter((s) => s.cluster).map((s) => [s.cluster!.name, s.cluster!]));
    for (const c of clusters.values()) {
      const defaults = c.props['ServiceConnectDefaults'];
      if (!isRecord(defaults) || defaults['Namespace'] === undefined) continue;
      const at: DataPath = [...c.path, 'Properties', 'ServiceConnectDefaults', 'Namespace'];
      const r = resolveNamespace(t, defaults['Namespace']);
      const key = `refIsId\u0000${JSON.stringify(at)}`;
      if (r.kind !== 'id' || reported.has(key)) continue;
      checked++;
      failed.add(`cluster:${c.name}`);
      reported.add(key);
      ctx.report(
        'refIsId',
        {
          where: `Cluster '${c.name}' ('ServiceConnectDefaults.Namespace')`,
          how: r.how === 'ref' ? "'!Ref'" : "'!GetAtt …Id'",
          namespace: r.ns.name,
        },
        at,
      );
    }

    // Same namespace for everyone: the first client-server's namespace is the reference, else the first one's.
    const ref = placed.find((p) => p.service.serviceConnect!.services.length > 0) ?? placed[0];
    for (const p of placed) {
      if (ref && p.ns.name !== ref.ns.name) {
        failed.add(p.service.name);
        ctx.report(
          'differentNamespaces',
          {
            service: p.service.name,
            namespace: p.ns.name,
            other: ref.service.name,
            otherNamespace: ref.ns.name,
          },
          effectiveNamespace(p.service)!.path,
        );
      }
    }

    // Cloud Map DNS discovery instead of Service Connect: the registry's namespace must be a DNS namespace.
    for (const s of m.services.filter((x) => !usesServiceConnect(x) && x.registries.length > 0)) {
      checked++;
      for (const reg of s.registries) {
        const ns = namespaceOfRegistry(t, reg);
        if (!ns) {
          failed.add(s.name);
          ctx.report('registryWithoutNamespace', { service: s.name, registry: reg.name }, reg.path);
        } else if (ns.resource.Type !== 'AWS::ServiceDiscovery::PrivateDnsNamespace') {
          failed.add(s.name);
          ctx.report(
            'cloudMapNeedsDns',
            { service: s.name, registry: reg.name, namespace: `${ns.name} (${SHORT[ns.resource.Type]})` },
            reg.path,
          );
        }
      }
    }

    if (checked === 0) {
      ctx.report('namespaceUnused', { namespace: m.namespaces[0]!.name }, m.namespaces[0]!.path);
      ctx.tally(1, 1);
      return;
    }
    ctx.tally(checked, failed.size);
  },
});
