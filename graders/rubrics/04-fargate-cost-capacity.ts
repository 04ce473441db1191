// Lab 04: the learner edits `template.yaml`, a CloudFormation stack for the labs-web service, to run it on
// Fargate and Fargate Spot, on Graviton, right-sized and within a stated monthly budget. Thirty points over
// seven items; the budget item is a custom check that prices the template with graders/rules/fargate-capacity/prices.ts.
import { defineLab } from '../engine/define.js';
import { countNoun } from '../engine/plural.js';
import { AUTO_SCALING_TYPES, service } from './lib/sandbox.js';
import type {
  CfnTemplateDoc,
  DataPath,
  Finding,
  ItemCheckContext,
  ItemCheckResult,
  Severity,
} from '../engine/types.js';
import { FARGATE_SIZES } from '../rules/ecs-task-definition/fargate-sizes.js';
import {
  describeSize,
  dollars,
  estimateMonthlyCost,
  taskPrice,
  tasks,
  type ServiceEstimate,
} from '../rules/fargate-capacity/estimate.js';
import { FARGATE_SPOT_DISCOUNT, HOURS_PER_MONTH, PRICES_SOURCE } from '../rules/fargate-capacity/prices.js';
import { ECS_API, ECS_GUIDE, awsDoc, cfnLint } from './lib/evidence.js';
import { TEMPLATE_FILE } from './lib/template.js';

export const LAB_ID = '04-fargate-cost-capacity';

/** The budget the README states for the service's Fargate compute, in US dollars a month. */
export const MONTHLY_BUDGET_USD = 45;

/** What the README's load test found: each task peaks at this much, and the service needs this many tasks. */
export const WORKLOAD = { peakVcpu: 0.4, peakMemoryMiB: 1536, tasks: 4 } as const;

/** The cheapest Fargate size (Linux) that holds the workload's peak: the "right size". */
export function rightSize(): { cpu: number; memory: number } {
  let best: { cpu: number; memory: number; hour: number } | undefined;
  for (const size of FARGATE_SIZES) {
    if (size.cpu < WORKLOAD.peakVcpu * 1024) continue;
    for (const memory of size.memory) {
      if (memory < WORKLOAD.peakMemoryMiB) continue;
      const hour = taskPrice(size.cpu, memory, 'X86_64', 20).onDemandHour;
      if (!best || hour < best.hour) best = { cpu: size.cpu, memory, hour };
    }
  }
  if (!best) throw new Error('no Fargate size holds the workload');
  return { cpu: best.cpu, memory: best.memory };
}

const FINDING_ID = `${LAB_ID}/within-budget`;

function finding(doc: CfnTemplateDoc, at: DataPath, severity: Severity, message: string): Finding {
  return { file: doc.file, ...doc.locate(at), severity, ruleId: FINDING_ID, message };
}

function describeService(s: ServiceEstimate): string {
  const perTask = (hour: number) => dollars(hour * HOURS_PER_MONTH);
  const parts: string[] = [];
  if (s.split.onDemand > 0)
    parts.push(`${tasks(s.split.onDemand)} on FARGATE at ${perTask(s.price.onDemandHour)}`);
  if (s.split.spot > 0) parts.push(`${tasks(s.split.spot)} on FARGATE_SPOT at ${perTask(s.price.spotHour)}`);
  const storage =
    s.price.storageHour > 0
      ? `, plus ${perTask(s.price.storageHour)} a task-month for ${s.ephemeralGiB - 20} GiB of ephemeral storage above the included 20 GiB`
      : '';
  return `'${s.service}' runs ${countNoun(s.desiredCount, 'task')} of ${describeSize(s.cpu, s.memory)} on ${s.architecture} (${s.placement}): ${parts.join(' and ') || 'none'} a task-month${storage}`;
}

/** The within-budget item: 0.5 for an estimate within the budget, 0.25 for the right task size, 0.25 for the right task count. */
export function budgetCheck(ctx: ItemCheckContext): ItemCheckResult {
  const doc = ctx.doc('template', 'cloudformation');
  if (!doc) return { fraction: 0 };
  const estimate = estimateMonthlyCost(doc.template);
  if (!estimate.ok) {
    return {
      fraction: 0,
      feedback: `The grader could not estimate the monthly cost: ${estimate.reason}`,
      findings: [finding(doc, estimate.at, 'error', `Cannot estimate the cost: ${estimate.reason}`)],
    };
  }
  const budget = dollars(MONTHLY_BUDGET_USD);
  const findings: Finding[] = [];
  const notes: string[] = [];
  const within = estimate.monthly <= MONTHLY_BUDGET_USD + 1e-9;
  const head = `Estimated ${dollars(estimate.monthly)} a month against a budget of ${budget} (${within ? 'within budget' : `over by ${dollars(estimate.monthly - MONTHLY_BUDGET_USD)}`}): ${estimate.services.map(describeService).join('; ')}. Prices: ${PRICES_SOURCE.region}, taken ${PRICES_SOURCE.taken}, ${HOURS_PER_MONTH} hours a month, Spot at ${Math.round(FARGATE_SPOT_DISCOUNT * 100)}% off.`;
  // The estimate itself travels as a finding on the service, so every reporter shows it next to the budget,
  // on a full score too: an error when over budget, otherwise information.
  findings.push(finding(doc, estimate.services[0]!.servicePath, within ? 'info' : 'error', head));
  if (!within) {
    notes.push(
      'To cut the cost, run most tasks on FARGATE_SPOT, switch to Graviton (ARM64), and do not pay for a bigger task than the app needs.',
    );
  }

  const right = rightSize();
  const need = `the app peaks at ${WORKLOAD.peakVcpu} vCPU and ${WORKLOAD.peakMemoryMiB / 1024} GB`;
  let sizeOk = true;
  for (const s of estimate.services) {
    if (s.cpu === right.cpu && s.memory === right.memory) continue;
    sizeOk = false;
    const under = s.cpu < WORKLOAD.peakVcpu * 1024 || s.memory < WORKLOAD.peakMemoryMiB;
    const message = under
      ? `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is too small: ${need}, so tasks would be throttled or run out of memory. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`
      : `Task size ${describeSize(s.cpu, s.memory)} of '${s.taskDefinition}' is bigger than needed: ${need}, and Fargate bills the size you ask for. The smallest Fargate size that holds it is ${describeSize(right.cpu, right.memory)} (Cpu '${right.cpu}', Memory '${right.memory}').`;
    findings.push(
      finding(doc, [...s.taskDefinitionPath, 'Properties', 'Cpu'], under ? 'error' : 'warning', message),
    );
    notes.push(message);
  }
  const count = estimate.services.reduce((n, s) => n + s.desiredCount, 0);
  const countOk = count === WORKLOAD.tasks;
  if (!countOk) {
    const s = estimate.services[0]!;
    const message = `The service runs ${countNoun(count, 'task')}${s.desiredCountDefaulted ? " (no 'DesiredCount', so ECS starts 1)" : ''}, but the load test needs ${WORKLOAD.tasks}: ${count < WORKLOAD.tasks ? 'fewer cannot carry the load' : 'more only adds cost'}. Set 'DesiredCount: ${WORKLOAD.tasks}'.`;
    findings.push(
      finding(
        doc,
        [...s.servicePath, 'Properties', 'DesiredCount'],
        count < WORKLOAD.tasks ? 'error' : 'warning',
        message,
      ),
    );
    notes.push(message);
  }
  const fraction = (within ? 0.5 : 0) + (sizeOk ? 0.25 : 0) + (countOk ? 0.25 : 0);
  return { fraction, feedback: [head, ...notes].join(' '), findings };
}

export default defineLab({
  id: LAB_ID,
  title: 'Fargate cost and capacity',
  part: '3 Fargate (cost models, scaling); 8 Cost optimization',
  summary: `Run the labs-web service for at most ${dollars(MONTHLY_BUDGET_USD)} a month: mix on-demand Fargate and Fargate Spot with an on-demand base, move to Graviton, right-size the task, decide its ephemeral storage, and give containers a stop timeout that survives Spot interruptions.`,
  files: [TEMPLATE_FILE],
  sandbox: service(AUTO_SCALING_TYPES),
  items: [
    {
      id: 'capacity-provider-strategy',
      title: 'Mix FARGATE and FARGATE_SPOT on the service, with an on-demand base',
      points: 7,
      file: 'template',
      rules: ['CAP001'],
      scoring: 'proportional',
      hint: "Replace the service's 'LaunchType' with a 'CapacityProviderStrategy' that lists 'FARGATE' with 'Base: 1' (and a weight, such as 1) and 'FARGATE_SPOT' with a weight such as 3: one task always runs on on-demand capacity, and above it three of every four tasks run at Spot prices.",
      praise: 'Most tasks run on Spot, and an on-demand base keeps the service up through interruptions.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
        awsDoc(`${ECS_API}/API_CapacityProviderStrategyItem.html`),
        awsDoc(`${ECS_GUIDE}/capacity-availability.html`),
      ],
      docsUrl: `${ECS_GUIDE}/fargate-capacity-providers.html`,
    },
    {
      id: 'cluster-capacity-providers',
      title: 'Associate FARGATE and FARGATE_SPOT with the cluster, with a default strategy',
      points: 3,
      file: 'template',
      rules: ['CAP002'],
      scoring: 'proportional',
      hint: "A service can only use providers its cluster has. Add 'CapacityProviders: [FARGATE, FARGATE_SPOT]' and a 'DefaultCapacityProviderStrategy' (the same mix as the service) to the 'AWS::ECS::Cluster'.",
      praise: 'The cluster offers both Fargate providers and a sensible default.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
        awsDoc(
          'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html',
        ),
      ],
      docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ecs-cluster.html',
    },
    {
      id: 'graviton',
      title: 'Run on Graviton (ARM64)',
      points: 4,
      file: 'template',
      rules: ['CAP003'],
      scoring: 'proportional',
      hint: "Add 'RuntimePlatform: { OperatingSystemFamily: LINUX, CpuArchitecture: ARM64 }' to the task definition, after building the Lab 01 image for 'linux/arm64' as well ('docker buildx build --platform linux/amd64,linux/arm64 …').",
      praise: 'The tasks run on Graviton, about 20% cheaper than x86.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/ecs-arm64.html`),
        awsDoc(`${ECS_API}/API_RuntimePlatform.html`),
        awsDoc(PRICES_SOURCE.url),
      ],
      docsUrl: `${ECS_GUIDE}/ecs-arm64.html`,
    },
    {
      id: 'within-budget',
      title: `Right-size the service and stay within ${dollars(MONTHLY_BUDGET_USD)} a month`,
      points: 7,
      file: 'template',
      check: budgetCheck,
      scoring: 'proportional',
      hint: `The grader prices the template as the README explains: half the points for an estimate within ${dollars(MONTHLY_BUDGET_USD)} a month, a quarter for the smallest task size that holds the app's peak (${WORKLOAD.peakVcpu} vCPU, ${WORKLOAD.peakMemoryMiB / 1024} GB), and a quarter for the ${WORKLOAD.tasks} tasks the load test needs.`,
      praise: 'The service is sized to its load test and its estimated cost is within the budget.',
      evidence: [
        awsDoc(PRICES_SOURCE.url),
        awsDoc(`${ECS_GUIDE}/fargate-task-size-best-practice.html`),
        awsDoc(`${ECS_GUIDE}/capacity-tasksize-best-practice.html`),
      ],
      docsUrl: PRICES_SOURCE.url,
    },
    {
      id: 'valid-task-size',
      title: 'A valid Fargate task size',
      points: 3,
      file: 'template',
      rules: ['CAP004'],
      cfnLint: ['E3047', 'E3048'],
      hint: "Fargate offers fixed CPU/memory pairs, and on Fargate 'Cpu', 'Memory' and 'NetworkMode: awsvpc' are required: .5 vCPU ('512') takes 1–4 GB ('1024'–'4096').",
      praise: 'Fargate can run the task at the size it asks for.',
      evidence: [cfnLint('E3047'), cfnLint('E3048'), awsDoc(`${ECS_GUIDE}/task-cpu-memory-error.html`)],
      docsUrl: `${ECS_GUIDE}/task-cpu-memory-error.html`,
    },
    {
      id: 'ephemeral-storage',
      title: 'Decide the ephemeral storage',
      points: 3,
      file: 'template',
      rules: ['CAP005'],
      scoring: 'proportional',
      hint: "Every Fargate task gets 20 GiB, shared by the image and the app's scratch files; more is billed per GB-hour. Either set 'EphemeralStorage: { SizeInGiB: … }' to 21–200, or keep the default and say why in the task definition's 'Metadata: { EphemeralStorage: \"…\" }'.",
      praise: 'The task has the storage it needs and no more, on purpose.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/fargate-task-storage.html`),
        awsDoc(`${ECS_API}/API_EphemeralStorage.html`),
      ],
      docsUrl: `${ECS_GUIDE}/fargate-task-storage.html`,
    },
    {
      id: 'spot-safe-shutdown',
      title: 'Shut down cleanly within the Spot warning',
      points: 3,
      file: 'template',
      rules: ['CAP006'],
      scoring: 'proportional',
      hint: "When Fargate Spot reclaims a task, the two-minute warning is the SIGTERM itself (with a task state change event to EventBridge): the containers get SIGTERM at once and SIGKILL 'StopTimeout' seconds later (30 by default, at most 120). Set 'StopTimeout' on every container (for example 90) and start the app in exec form, so it receives SIGTERM and drains its connections in time.",
      praise: 'Containers get a deliberate grace period to finish their work when Spot reclaims them.',
      evidence: [
        awsDoc(`${ECS_GUIDE}/fargate-capacity-providers.html`),
        awsDoc(`${ECS_API}/API_ContainerDefinition.html`),
        awsDoc('https://aws.amazon.com/blogs/containers/graceful-shutdowns-with-ecs/'),
      ],
      docsUrl: `${ECS_API}/API_ContainerDefinition.html`,
    },
  ],
});
