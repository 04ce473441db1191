// SCN004: each `PortName` a client-server service publishes names a port mapping (`PortMappings[].Name`) in the
// task definition *that service* runs, followed through its TaskDefinition Ref; ECS rejects the service otherwise.
import { defineRule } from '../../engine/define.js';
import { describe, isServer, modelOf, namedPorts } from './model.js';

export default defineRule({
  meta: {
    id: 'SCN004',
    name: 'port-name-matches-task-definition',
    target: 'cloudformation',
    severity: 'error',
    title: "Publish a port the service's own task definition names",
    description:
      "Every 'ServiceConnectConfiguration.Services[].PortName' matches the 'Name' of a port mapping in the task definition the service references; the grader follows the service's TaskDefinition Ref, so a name that exists only in another task definition does not count.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/APIReference/API_ServiceConnectService.html',
    evidence: ['ECS ServiceConnectService.portName', 'ECS PortMapping.name'],
    messages: {
      noPortName:
        "Service '{{service}}' publishes a Service Connect entry without a 'PortName', which CloudFormation requires. Set it to the 'Name' of the container port mapping to publish, such as '{{suggest}}'.",
      portNameComputed:
        "Service '{{service}}' sets 'PortName' to {{what}}, so it cannot be checked against the task definition. Write the port mapping's name as text.",
      taskDefinitionUnknown:
        "Service '{{service}}' publishes port '{{port}}', but its task definition is not a resource of this template, so the name cannot be checked. Set 'TaskDefinition: !Ref <TaskDefinition>'.",
      noNamedPorts:
        "Service '{{service}}' publishes port '{{port}}', but no port mapping in its task definition '{{taskDefinition}}' has a 'Name', and ECS rejects the service. Add 'Name: {{port}}' (and 'AppProtocol: http') to the container's port mapping.",
      portNameMissing:
        "Service '{{service}}' publishes port '{{port}}', but its task definition '{{taskDefinition}}' names only {{names}}{{elsewhere}}, and ECS rejects the service. Use one of those names, or rename the port mapping to '{{port}}'.",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    const servers = m.services.filter(isServer);
    if (servers.length === 0) return ctx.notApplicable('no service publishes a Service Connect endpoint');
    let checked = 0;
    let failed = 0;
    for (const s of servers) {
      const td = s.taskDefinition;
      const names = td ? namedPorts(td) : [];
      for (const e of s.serviceConnect!.services) {
        checked++;
        const at = [...e.path, 'PortName'];
        const port = e.portName;
        if (port === undefined) {
          failed++;
          if (e.rawPortName === undefined)
            ctx.report('noPortName', { service: s.name, suggest: names[0]?.mapping.name ?? 'api' }, e.path);
          else ctx.report('portNameComputed', { service: s.name, what: describe(e.rawPortName) }, at);
          continue;
        }
        if (!td) {
          failed++;
          ctx.report('taskDefinitionUnknown', { service: s.name, port }, at);
          continue;
        }
        if (names.some((n) => n.mapping.name === port)) continue;
        failed++;
        if (names.length === 0) {
          ctx.report('noNamedPorts', { service: s.name, port, taskDefinition: td.name }, at);
          continue;
        }
        const others = [...m.taskDefinitions.values()].filter(
          (o) => o !== td && namedPorts(o).some((n) => n.mapping.name === port),
        );
        ctx.report(
          'portNameMissing',
          {
            service: s.name,
            port,
            taskDefinition: td.name,
            names: names.map((n) => `'${n.mapping.name}'`).join(', '),
            elsewhere: others.length
              ? ` ('${port}' is in '${others.map((o) => o.name).join("', '")}', which this service does not run)`
              : '',
          },
          at,
        );
      }
    }
    ctx.tally(checked, failed);
  },
});
