// Helper module (exports no rule): reads the RegisterTaskDefinition input defensively. Learners' files can hold
// anything, so every accessor checks types and reports a clear finding instead of throwing. The shape messages
// live here once and are spread into the `messages` of every rule that walks the containers.
import { isRecord } from '../../../engine/parsers/record.js';
import type { DataPath, JsonDoc, RuleContext } from '../../../engine/types.js';

export type Json = Record<string, unknown>;

// The engine's check, re-exported so the task-definition rules keep one import for their helpers.
export { isRecord };

/** "a string", "the number '3'", "a list": how a wrong value reads in a message. */
export function describeValue(v: unknown): string {
  if (v === null) return "'null'";
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return v.length <= 80 ? `the text '${v}'` : `the text '${v.slice(0, 60)}…'`;
    case 'number':
      return `the number '${v}'`;
    case 'boolean':
      return `'${v}'`;
    case 'object':
      return 'an object';
    default:
      return 'an unexpected value';
  }
}

/** Messages for a file that is not a task-definition object. */
export const taskDefinitionMessages = {
  notObject:
    'The task definition must be one JSON object (the RegisterTaskDefinition input), but the file holds {{what}}. Start from the starter\'s \'{ "family": …, "containerDefinitions": [ … ] }\' shape.',
  wrapped:
    "The task definition is wrapped in 'taskDefinition', the shape 'aws ecs describe-task-definition' prints, and RegisterTaskDefinition rejects it. Move the keys inside 'taskDefinition' to the top level and drop read-only fields such as 'taskDefinitionArn', 'revision' and 'status'.",
} as const;

/** Messages for a missing or malformed `containerDefinitions` list; rules that look at containers spread these. */
export const containerListMessages = {
  ...taskDefinitionMessages,
  noContainers:
    "The task definition has no 'containerDefinitions', so there is no container to check. Add 'containerDefinitions' as a list holding at least one container object with a 'name' and an 'image'.",
  emptyContainers:
    "'containerDefinitions' is an empty list, so ECS has nothing to run. Add at least one container object with a 'name' and an 'image'.",
  containersNotList:
    "'containerDefinitions' must be a list of container objects ('[ { … } ]'), but it is {{what}}. Wrap the container object in square brackets.",
  containerNotObject:
    "Entry '{{index}}' of 'containerDefinitions' is {{what}}, not a container object, and ECS rejects the task definition. Replace it with an object that has at least a 'name' and an 'image'.",
} as const;

type TaskDefinitionMessageId = keyof typeof taskDefinitionMessages;
type ContainerListMessageId = keyof typeof containerListMessages;

/**
 * The task-definition object, or undefined after reporting why the file is not one. Rules that only read
 * task-level keys use this.
 */
export function readTaskDefinition(
  doc: JsonDoc,
  ctx: RuleContext<TaskDefinitionMessageId>,
): Json | undefined {
  const td = doc.value;
  if (!isRecord(td)) {
    ctx.report('notObject', { what: describeValue(td) }, []);
    return undefined;
  }
  if (isRecord(td['taskDefinition']) && td['containerDefinitions'] === undefined) {
    ctx.report('wrapped', {}, ['taskDefinition']);
    return undefined;
  }
  return td;
}

export interface Container {
  /** 0-based position in `containerDefinitions`. */
  index: number;
  /** The container's `name`, or '#2' when it has none, for messages. */
  label: string;
  def: Json;
  path: DataPath;
}

export interface ContainerList {
  td: Json;
  containers: Container[];
  /** Entries that are not objects; already reported, and each counts as a failed instance. */
  malformed: number;
}

/**
 * The task definition's containers, or undefined after reporting that there are none. Entries that are not
 * objects are reported here and counted in `malformed`, so per-container tallies stay honest.
 */
export function readContainers(
  doc: JsonDoc,
  ctx: RuleContext<ContainerListMessageId>,
): ContainerList | undefined {
  const td = readTaskDefinition(doc, ctx);
  if (!td) return undefined;
  const list = td['containerDefinitions'];
  if (list === undefined || list === null) {
    ctx.report('noContainers', {}, []);
    return undefined;
  }
  if (!Array.isArray(list)) {
    ctx.report('containersNotList', { what: describeValue(list) }, ['containerDefinitions']);
    return undefined;
  }
  if (list.length === 0) {
    ctx.report('emptyContainers', {}, ['containerDefinitions']);
    return undefined;
  }
  const containers: Container[] = [];
  let malformed = 0;
  list.forEach((def: unknown, index) => {
    if (!isRecord(def)) {
      malformed++;
      ctx.report('containerNotObject', { index, what: describeValue(def) }, ['containerDefinitions', index]);
      return;
    }
    const name = def['name'];
    const label = typeof name === 'string' && name.trim() !== '' ? name : `#${index + 1}`;
    containers.push({ index, label, def, path: ['containerDefinitions', index] });
  });
  return { td, containers, malformed };
}

/**
 * Whether the task definition targets Fargate. An absent or malformed `requiresCompatibilities` counts as
 * Fargate, because this course deploys to Fargate (another rule asks for the key itself).
 */
export function targetsFargate(td: Json): boolean {
  const rc = td['requiresCompatibilities'];
  if (!Array.isArray(rc)) return true;
  const launchTypes = rc.filter((v): v is string => typeof v === 'string').map((v) => v.toUpperCase());
  return launchTypes.length === 0 || launchTypes.includes('FARGATE');
}

/** Whether `runtimePlatform.operatingSystemFamily` names a Windows Server family. */
export function isWindows(td: Json): boolean {
  const rp = td['runtimePlatform'];
  const os = isRecord(rp) ? rp['operatingSystemFamily'] : undefined;
  return typeof os === 'string' && os.toUpperCase().startsWith('WINDOWS');
}

/** A private Amazon ECR image URI: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/repo…`. */
export const PRIVATE_ECR_IMAGE = /^\d{12}\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?\//;

/** An IAM role ARN in any partition. */
export const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]+$/;

/** Counts per-container failures once per container, however many findings a container gets. */
export class FailedContainers {
  private readonly failed = new Set<number>();
  add(c: Container): void {
    this.failed.add(c.index);
  }
  get size(): number {
    return this.failed.size;
  }
}
