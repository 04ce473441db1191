// Helper module (exports no rule): reads the parts of an ECS template that capacity and cost depend on —
// capacity-provider strategies, the providers associated with a cluster, and the task definition a service
// runs — in the long form the CloudFormation parser produces. Learners' templates can hold anything, so every
// accessor checks types and returns `undefined` for what the template does not fix.
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import {
  isIntrinsic,
  isRecord,
  literalList,
  literalNumber,
  literalString,
  resources,
  targetResource,
  type NamedResource,
} from '../lib/cloudformation.js';

export const FARGATE = 'FARGATE';
export const FARGATE_SPOT = 'FARGATE_SPOT';

/** One entry of a capacity-provider strategy, as far as the template fixes it. */
export interface StrategyItem {
  index: number;
  path: DataPath;
  /** The provider name when it is a literal (`FARGATE`, `FARGATE_SPOT`, or a custom provider's name). */
  provider: string | undefined;
  /** Set when the provider is a `Ref` to an `AWS::ECS::CapacityProvider` (an EC2 Auto Scaling group). */
  customProvider: boolean;
  /** `Base` as written (absent means 0); `undefined` when it is not a literal number. */
  base: number | undefined;
  baseWritten: boolean;
  weight: number | undefined;
  weightWritten: boolean;
  /** False when the entry is not an object. */
  wellFormed: boolean;
}

export type Strategy =
  | { kind: 'absent' }
  | { kind: 'computed'; path: DataPath }
  | { kind: 'invalid'; path: DataPath }
  | { kind: 'list'; path: DataPath; items: StrategyItem[] };

/** Reads a `CapacityProviderStrategy` / `DefaultCapacityProviderStrategy` value. */
export function readStrategy(t: CfnTemplate, raw: unknown, path: DataPath): Strategy {
  if (raw === undefined || raw === null) return { kind: 'absent' };
  if (!Array.isArray(raw)) return { kind: isIntrinsic(raw) ? 'computed' : 'invalid', path };
  const items = raw.map((entry: unknown, index): StrategyItem => {
    const p = [...path, index];
    if (!isRecord(entry)) {
      return {
        index,
        path: p,
        provider: undefined,
        customProvider: false,
        base: undefined,
        baseWritten: false,
        weight: undefined,
        weightWritten: false,
        wellFormed: false,
      };
    }
    const rawProvider = entry['CapacityProvider'];
    const custom = targetResource(t, rawProvider)?.resource.Type === 'AWS::ECS::CapacityProvider';
    const numberOrZero = (v: unknown) => (v === undefined ? 0 : literalNumber(t, v));
    return {
      index,
      path: p,
      provider: custom ? undefined : literalString(t, rawProvider),
      customProvider: custom,
      base: numberOrZero(entry['Base']),
      baseWritten: entry['Base'] !== undefined,
      weight: numberOrZero(entry['Weight']),
      weightWritten: entry['Weight'] !== undefined,
      wellFormed: true,
    };
  });
  return { kind: 'list', path, items };
}

/** The strategy item for a provider, if the strategy names it. */
export function itemFor(s: Strategy, provider: string): StrategyItem | undefined {
  return s.kind === 'list' ? s.items.find((i) => i.provider === provider) : undefined;
}

/** The template's cluster a service runs in, if its `Cluster` points at one. */
export function clusterOf(t: CfnTemplate, service: NamedResource): NamedResource | undefined {
  const c = targetResource(t, service.props['Cluster']);
  return c?.resource.Type === 'AWS::ECS::Cluster' ? c : undefined;
}

/** The template's task definition a service runs, if its `TaskDefinition` points at one. */
export function taskDefinitionOf(t: CfnTemplate, service: NamedResource): NamedResource | undefined {
  const td = targetResource(t, service.props['TaskDefinition']);
  return td?.resource.Type === 'AWS::ECS::TaskDefinition' ? td : undefined;
}

/** `AWS::ECS::ClusterCapacityProviderAssociations` resources attached to a cluster of this template. */
export function associationsOf(t: CfnTemplate, cluster: NamedResource): NamedResource[] {
  return resources(t, 'AWS::ECS::ClusterCapacityProviderAssociations').filter(
    (a) => targetResource(t, a.props['Cluster'])?.name === cluster.name,
  );
}

export interface ClusterCapacity {
  /** Provider names associated with the cluster, from the cluster itself and from associations. */
  providers: Set<string>;
  /** Whether some provider list could not be read (an intrinsic), so absence proves nothing. */
  uncertain: boolean;
  /** Where the providers are (or should be) declared. */
  providersPath: DataPath;
  /** The default strategy, from the cluster or from an association. */
  defaultStrategy: Strategy;
}

/** What capacity a cluster of the template offers. */
export function clusterCapacity(t: CfnTemplate, cluster: NamedResource): ClusterCapacity {
  const providers = new Set<string>();
  let uncertain = false;
  const add = (raw: unknown) => {
    if (raw === undefined) return;
    const list = literalList(t, raw);
    if (!list) {
      uncertain = true;
      return;
    }
    for (const v of list) {
      const name = typeof v === 'string' ? v : targetResource(t, v)?.name;
      if (name) providers.add(name);
      else uncertain = true;
    }
  };
  add(cluster.props['CapacityProviders']);
  let providersPath: DataPath = [...cluster.path, 'Properties'];
  if (cluster.props['CapacityProviders'] !== undefined)
    providersPath = [...cluster.path, 'Properties', 'CapacityProviders'];
  let defaultStrategy = readStrategy(t, cluster.props['DefaultCapacityProviderStrategy'], [
    ...cluster.path,
    'Properties',
    'DefaultCapacityProviderStrategy',
  ]);
  for (const a of associationsOf(t, cluster)) {
    add(a.props['CapacityProviders']);
    if (cluster.props['CapacityProviders'] === undefined)
      providersPath = [...a.path, 'Properties', 'CapacityProviders'];
    if (defaultStrategy.kind === 'absent') {
      defaultStrategy = readStrategy(t, a.props['DefaultCapacityProviderStrategy'], [
        ...a.path,
        'Properties',
        'DefaultCapacityProviderStrategy',
      ]);
    }
  }
  return { providers, uncertain, providersPath, defaultStrategy };
}

/** Whether a task definition can run on Fargate: `RequiresCompatibilities` absent, or listing FARGATE. */
export function allowsFargate(t: CfnTemplate, td: NamedResource): boolean {
  const rc = td.props['RequiresCompatibilities'];
  if (rc === undefined) return true;
  const list = literalList(t, rc);
  if (!list) return true;
  return list.some((v) => typeof v === 'string' && v.toUpperCase() === 'FARGATE');
}

export interface ContainerDef {
  index: number;
  /** The container's `Name`, or '#2' when it has none, for messages. */
  label: string;
  def: Record<string, unknown>;
  path: DataPath;
}

/** A task definition's container objects (entries that are not objects are skipped). */
export function containersOf(td: NamedResource): ContainerDef[] {
  const list = td.props['ContainerDefinitions'];
  if (!Array.isArray(list)) return [];
  const out: ContainerDef[] = [];
  list.forEach((def: unknown, index) => {
    if (!isRecord(def)) return;
    const name = def['Name'];
    const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
    out.push({ index, label, def, path: [...td.path, 'Properties', 'ContainerDefinitions', index] });
  });
  return out;
}

/** A value as message text: scalars as written, anything else as JSON (never throws, even for odd objects). */
export function asText(v: unknown): string {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
  try {
    return JSON.stringify(v) ?? 'nothing';
  } catch {
    return 'an unreadable value';
  }
}

/** "'FARGATE' and 'FARGATE_SPOT'" style lists for messages. */
export function quoteList(names: readonly string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1] as string}`;
}
