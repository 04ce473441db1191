// The deploy items: what each is worth and where to learn more. Deploy points are reported beside the static
// score, never inside it (see the README), so they can reward a working service without making the static grade
// depend on AWS being reachable. Points: a step that does not apply (no service, no URL output) is skipped with
// 0 points; a step skipped because an earlier one failed keeps its points and earns none.
import type { Evidence, Finding, ItemReport, ItemStatus } from '../../graders/engine/types.js';

export interface DeployItemDef {
  id: string;
  title: string;
  points: number;
  docs: string;
}

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';
const ECS = 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide';
const ALB = 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application';

export const DEPLOY_ITEMS = {
  guard: {
    id: 'sandbox-policy',
    title: 'Template passes the sandbox policy',
    points: 0,
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  },
  stack: {
    id: 'stack-created',
    title: 'Stack created',
    points: 3,
    docs: `${CFN}/troubleshooting.html`,
  },
  services: {
    id: 'services-steady',
    title: 'ECS services reach their desired count',
    points: 2,
    docs: `${ECS}/service-event-messages.html`,
  },
  tasks: {
    id: 'tasks-running',
    title: 'Tasks are running',
    points: 1,
    docs: `${ECS}/stopped-task-errors.html`,
  },
  targets: {
    id: 'targets-healthy',
    title: 'Load balancer targets are healthy',
    points: 2,
    docs: `${ALB}/target-group-health-checks.html`,
  },
  http: {
    id: 'http-answers',
    title: 'The service URL answers with 2xx',
    points: 2,
    docs: `${ALB}/load-balancer-troubleshooting.html`,
  },
  teardown: {
    // Worth nothing: clean-up is the grader's job, and a leak is reported to the instructor, not scored.
    id: 'teardown',
    title: 'Stack deleted',
    points: 0,
    docs: `${CFN}/troubleshooting.html#troubleshooting-errors-delete-stack-fails`,
  },
} as const satisfies Record<string, DeployItemDef>;

export type DeployItemKey = keyof typeof DEPLOY_ITEMS;

/** The verify items, in report order. */
export const VERIFY_KEYS = [
  'services',
  'tasks',
  'targets',
  'http',
] as const satisfies readonly DeployItemKey[];

export type VerifyKey = (typeof VERIFY_KEYS)[number];

const evidence = (url: string): Evidence[] => [{ kind: 'aws-doc', url }];

export function item(
  key: DeployItemKey,
  status: ItemStatus,
  feedback: string,
  opts: { fraction?: number; findings?: Finding[] } = {},
): ItemReport {
  const def: DeployItemDef = DEPLOY_ITEMS[key];
  const fraction = opts.fraction ?? (status === 'passed' ? 1 : 0);
  return {
    id: def.id,
    title: def.title,
    points: def.points,
    earned: def.points * fraction,
    status,
    feedback,
    docs: def.docs,
    evidence: evidence(def.docs),
    findings: opts.findings ?? [],
  };
}

/** Not applicable to this stack: worth nothing either way. */
export function notApplicable(key: DeployItemKey, feedback: string): ItemReport {
  return { ...item(key, 'skipped', feedback), points: 0, earned: 0 };
}

/** Skipped because an earlier step failed: the points are lost with it. */
export function blocked(key: DeployItemKey, feedback: string): ItemReport {
  return item(key, 'skipped', feedback);
}

/** The sandbox itself failed (credentials, quotas, a bug): never the learner's fault, and said so. */
export function graderErrorItem(key: DeployItemKey, detail: string): ItemReport {
  return item(
    key,
    'grader-error',
    `The sandbox could not check this; this is not your fault. Please tell your instructor (${detail}).`,
  );
}
