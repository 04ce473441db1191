// Helper module (exports no rule): how ECS-service rules read a template's services, their task definitions,
// networking and load balancers. The "no service" message lives here once and is spread into every rule
// that needs a service to check.
import type { CfnTemplate, CfnTemplateDoc, DataPath, RuleContext } from '../../../engine/types.js';
import {
  get,
  isRecord,
  literalBool,
  literalNumber,
  literalString,
  referrers,
  resources,
  targetResource,
  type NamedResource,
} from '../../lib/cloudformation.js';

export const SERVICE = 'AWS::ECS::Service';
export const TASK_DEFINITION = 'AWS::ECS::TaskDefinition';
export const TARGET_GROUP = 'AWS::ElasticLoadBalancingV2::TargetGroup';

export const serviceMessages = {
  noService:
    "The template defines no 'AWS::ECS::Service', so there is nothing to check yet. Add a service that runs the task definition on Fargate (see the lab README).",
} as const;

/** The template's ECS services, or an empty list after reporting that there are none. */
export function readServices(
  doc: CfnTemplateDoc,
  ctx: RuleContext<keyof typeof serviceMessages>,
): NamedResource[] {
  const list = resources(doc.template, SERVICE);
  if (list.length === 0) ctx.report('noService', {}, ['Resources']);
  return list;
}

/** `NetworkConfiguration.AwsvpcConfiguration`, if the service has one. */
export function awsvpcConfiguration(
  svc: NamedResource,
): { config: Record<string, unknown>; path: DataPath } | undefined {
  const config = get(svc.props, ['NetworkConfiguration', 'AwsvpcConfiguration']);
  if (!isRecord(config)) return undefined;
  return { config, path: [...svc.path, 'Properties', 'NetworkConfiguration', 'AwsvpcConfiguration'] };
}

/** The task definition of this template that a service runs, if it can be followed. */
export function taskDefinitionOf(t: CfnTemplate, svc: NamedResource): NamedResource | undefined {
  const td = targetResource(t, svc.props['TaskDefinition']);
  return td?.resource.Type === TASK_DEFINITION ? td : undefined;
}

/** The service's `LoadBalancers` entries that are objects. */
export function loadBalancerEntries(
  svc: NamedResource,
): { entry: Record<string, unknown>; path: DataPath }[] {
  const list = svc.props['LoadBalancers'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((entry, i) =>
    isRecord(entry) ? [{ entry, path: [...svc.path, 'Properties', 'LoadBalancers', i] as DataPath }] : [],
  );
}

export function isLoadBalanced(svc: NamedResource): boolean {
  return loadBalancerEntries(svc).length > 0;
}

/**
 * The deployment controller: 'ECS' (rolling update, the default), 'CODE_DEPLOY' or 'EXTERNAL'. Deployment
 * settings such as the circuit breaker and healthy-percent bounds apply to the ECS controller.
 */
export function deploymentController(t: CfnTemplate, svc: NamedResource): string {
  return literalString(t, get(svc.props, ['DeploymentController', 'Type']))?.toUpperCase() ?? 'ECS';
}

/** 'DAEMON' or 'REPLICA' (the default). */
export function schedulingStrategy(t: CfnTemplate, svc: NamedResource): string {
  return literalString(t, svc.props['SchedulingStrategy'])?.toUpperCase() ?? 'REPLICA';
}

/**
 * The smallest number of tasks the service is meant to run: its `DesiredCount`, or the `MinCapacity` of an
 * Application Auto Scaling target that scales it (CloudFormation then leaves the count to the scaler).
 */
export function minimumTasks(
  t: CfnTemplate,
  svc: NamedResource,
): { count: number | undefined; from: 'desired' | 'scaling' | 'none' } {
  const desired = svc.props['DesiredCount'];
  if (desired !== undefined) return { count: literalNumber(t, desired), from: 'desired' };
  const target = referrers(t, svc.name, 'AWS::ApplicationAutoScaling::ScalableTarget')[0];
  if (target) return { count: literalNumber(t, target.props['MinCapacity']), from: 'scaling' };
  return { count: undefined, from: 'none' };
}

/** EFS volumes declared by a task definition. */
export function efsVolumes(
  td: NamedResource,
): { name: string; config: Record<string, unknown>; path: DataPath }[] {
  const volumes = td.props['Volumes'];
  if (!Array.isArray(volumes)) return [];
  return volumes.flatMap((v, i) => {
    if (!isRecord(v) || !isRecord(v['EFSVolumeConfiguration'])) return [];
    const name = typeof v['Name'] === 'string' ? v['Name'] : `#${i + 1}`;
    return [
      {
        name,
        config: v['EFSVolumeConfiguration'],
        path: [...td.path, 'Properties', 'Volumes', i, 'EFSVolumeConfiguration'] as DataPath,
      },
    ];
  });
}

/** Whether some container of the task definition mounts the named volume. */
export function isMounted(td: NamedResource, volume: string): boolean {
  const containers = td.props['ContainerDefinitions'];
  if (!Array.isArray(containers)) return false;
  return containers.some(
    (c) =>
      isRecord(c) &&
      Array.isArray(c['MountPoints']) &&
      c['MountPoints'].some((m) => isRecord(m) && m['SourceVolume'] === volume),
  );
}

/** Whether any task definition of the template mounts an EFS volume into a container (the lab asks for one). */
export function mountsEfsVolume(t: CfnTemplate): boolean {
  return resources(t, TASK_DEFINITION).some((td) => efsVolumes(td).some((v) => isMounted(td, v.name)));
}

/** Whether any service of the template is attached to a load balancer. */
export function hasLoadBalancedService(t: CfnTemplate): boolean {
  return resources(t, SERVICE).some(isLoadBalanced);
}

/** `true`/`"true"`, as CloudFormation reads booleans. */
export function isTrue(t: CfnTemplate, v: unknown): boolean {
  return literalBool(t, v) === true;
}
