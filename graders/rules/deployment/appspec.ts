// Helper module (exports no rule): the CodeDeploy AppSpec file of an ECS deployment (appspec.yaml), read beside
// the template by the lab 10 rubric, since no rule sees two files. The file is valid when it has 'version: 0.0'
// and one target service of type 'AWS::ECS::Service' with a task definition and the container name and port the
// load balancer sends traffic to; it matches the template when that container is one of the task definition's
// containers and that port one of its container ports. The 'Hooks' list names a Lambda function per lifecycle
// event; 'AfterAllowTestTraffic' is the one that tests green while only test traffic reaches it.
import type { CfnTemplate, DataPath, Finding, YamlDoc } from '../../engine/types.js';
import { isRecord, literalNumber, literalString, type NamedResource } from '../lib/cloudformation.js';
import { taskDefinitionOf } from '../ecs-service/util/service.js';

/** The lifecycle events an ECS AppSpec file may hook, in the order CodeDeploy runs them. */
export const ECS_HOOKS = [
  'BeforeInstall',
  'AfterInstall',
  'AfterAllowTestTraffic',
  'BeforeAllowTraffic',
  'AfterAllowTraffic',
] as const;

export const TEST_HOOK = 'AfterAllowTestTraffic';

/** Makes findings located in the appspec file, under one rule id. */
function reporter(doc: YamlDoc, ruleId: string) {
  const out: Finding[] = [];
  return {
    out,
    add(path: DataPath, message: string, severity: Finding['severity'] = 'error') {
      out.push({ file: doc.file, ...doc.locate(path), severity, ruleId, message });
    },
  };
}

/** The one target service of the file: its key (usually 'TargetService'), its value and path. */
function targetService(
  value: Record<string, unknown>,
): { name: string; body: unknown; path: DataPath } | undefined {
  const list = value['Resources'];
  if (!Array.isArray(list) || !isRecord(list[0])) return undefined;
  const keys = Object.keys(list[0]);
  if (keys.length !== 1) return undefined;
  return { name: keys[0]!, body: list[0][keys[0]!], path: ['Resources', 0, keys[0]!] };
}

/** The container definitions of a task definition of the template: name and literal container ports. */
function containersOf(t: CfnTemplate, td: NamedResource): { name: string; ports: number[] }[] {
  const list = td.props['ContainerDefinitions'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((c) => {
    if (!isRecord(c)) return [];
    const name = literalString(t, c['Name']);
    if (name === undefined) return [];
    const mappings = Array.isArray(c['PortMappings']) ? c['PortMappings'] : [];
    const ports = mappings.flatMap((m) => {
      const p = isRecord(m) ? literalNumber(t, m['ContainerPort']) : undefined;
      return p === undefined ? [] : [p];
    });
    return [{ name, ports }];
  });
}

/**
 * Why the appspec file is not a valid ECS AppSpec file matching the template's service, as findings in the appspec
 * file; empty when it is.
 */
export function judgeAppspec(t: CfnTemplate, svc: NamedResource, doc: YamlDoc, ruleId: string): Finding[] {
  const r = reporter(doc, ruleId);
  const value = doc.value;
  if (!isRecord(value)) {
    r.add(
      [],
      `'${doc.file}' is not a YAML mapping, so CodeDeploy cannot read it. Start it with 'version: 0.0' and a 'Resources' list.`,
    );
    return r.out;
  }
  const version = value['version'];
  // YAML reads 'version: 0.0' as the number 0; quoted, it is the text '0.0'. Both are what CodeDeploy expects.
  if (version !== 0 && version !== '0.0')
    r.add(
      version === undefined ? [] : ['version'],
      `The AppSpec 'version' is ${version === undefined ? 'missing' : `'${String(version)}'`}; CodeDeploy accepts only '0.0' and refuses the revision otherwise. Write 'version: 0.0' on the first line.`,
    );
  const target = targetService(value);
  if (!target) {
    r.add(
      value['Resources'] === undefined ? [] : ['Resources'],
      "The AppSpec file has no target service: 'Resources' must be a list whose first entry is one named service, such as '- TargetService: { Type: AWS::ECS::Service, Properties: … }'.",
    );
    return r.out;
  }
  const body = isRecord(target.body) ? target.body : {};
  if (body['Type'] !== 'AWS::ECS::Service')
    r.add(
      [...target.path, ...(body['Type'] === undefined ? [] : ['Type'])],
      `Target service '${target.name}' has 'Type' ${body['Type'] === undefined ? 'missing' : `'${String(body['Type'])}'`}; an ECS deployment's AppSpec names 'Type: AWS::ECS::Service'.`,
    );
  const props = isRecord(body['Properties']) ? body['Properties'] : undefined;
  const propsPath = [...target.path, 'Properties'];
  if (!props) {
    r.add(
      target.path,
      `Target service '${target.name}' has no 'Properties', so it names no task definition and no container for the load balancer. Add 'TaskDefinition' and 'LoadBalancerInfo: { ContainerName, ContainerPort }'.`,
    );
    return r.out;
  }
  const td = props['TaskDefinition'];
  if (typeof td !== 'string' || td.trim() === '')
    r.add(
      td === undefined ? propsPath : [...propsPath, 'TaskDefinition'],
      "The AppSpec file names no 'TaskDefinition', so CodeDeploy does not know which revision to deploy. Set it to the task definition's ARN (or the '<TASK_DEFINITION>' placeholder a pipeline fills in).",
    );
  const lb = isRecord(props['LoadBalancerInfo']) ? props['LoadBalancerInfo'] : undefined;
  const lbPath = [...propsPath, 'LoadBalancerInfo'];
  const name = lb?.['ContainerName'];
  const port = lb?.['ContainerPort'];
  if (typeof name !== 'string' || typeof port !== 'number') {
    r.add(
      lb ? lbPath : propsPath,
      "The AppSpec file's 'LoadBalancerInfo' needs 'ContainerName' (text) and 'ContainerPort' (a number): they tell CodeDeploy which container of the green task set to register in the target group.",
    );
    return r.out;
  }
  const definition = taskDefinitionOf(t, svc);
  if (!definition) return r.out;
  const containers = containersOf(t, definition);
  const container = containers.find((c) => c.name === name);
  if (!container) {
    r.add(
      [...lbPath, 'ContainerName'],
      `The AppSpec file sends traffic to container '${name}', but task definition '${definition.name}' has ${containers.length ? containers.map((c) => `'${c.name}'`).join(', ') : 'no named container'}, so the deployment fails when the green task set is registered. Set 'ContainerName' to the container that serves the app.`,
    );
    return r.out;
  }
  if (!container.ports.includes(port))
    r.add(
      [...lbPath, 'ContainerPort'],
      `The AppSpec file sends traffic to port ${port} of container '${name}', which maps ${container.ports.length ? container.ports.map((p) => `'${p}'`).join(', ') : 'no port'} in task definition '${definition.name}', so the deployment fails. Set 'ContainerPort' to the container port the app listens on.`,
    );
  return r.out;
}

/** Problems with the file's 'Hooks' list: unknown event names, and entries that are not one event and one function. */
export function judgeHooks(doc: YamlDoc, ruleId: string): Finding[] {
  const r = reporter(doc, ruleId);
  const value = isRecord(doc.value) ? doc.value : {};
  const hooks = value['Hooks'];
  if (hooks === undefined) return r.out;
  if (!Array.isArray(hooks)) {
    r.add(
      ['Hooks'],
      "'Hooks' must be a list of one-entry mappings, such as '- AfterAllowTestTraffic: <function name>'.",
    );
    return r.out;
  }
  hooks.forEach((h, i) => {
    const keys = isRecord(h) ? Object.keys(h) : [];
    const key = keys[0];
    if (keys.length !== 1 || key === undefined || typeof (h as Record<string, unknown>)[key] !== 'string') {
      r.add(
        ['Hooks', i],
        `Hook ${i + 1} is not one lifecycle event naming one Lambda function, such as '- AfterAllowTestTraffic: <function name>'.`,
      );
      return;
    }
    if (!(ECS_HOOKS as readonly string[]).includes(key))
      r.add(
        ['Hooks', i, key],
        `'${key}' is not a lifecycle event of an ECS deployment, so CodeDeploy rejects the file. The events are ${ECS_HOOKS.map((e) => `'${e}'`).join(', ')}.`,
      );
  });
  return r.out;
}

/** Whether the file hooks a Lambda function to 'AfterAllowTestTraffic'. */
export function hasTestHook(doc: YamlDoc): boolean {
  const hooks = isRecord(doc.value) ? doc.value['Hooks'] : undefined;
  return (
    Array.isArray(hooks) &&
    hooks.some((h) => isRecord(h) && typeof h[TEST_HOOK] === 'string' && h[TEST_HOOK].trim() !== '')
  );
}
