// Lab 04 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// mistake, costs points on that item and on no other. The harness is test/helpers/mutation-table.ts.
import lab from '../../../../graders/rubrics/04-fargate-cost-capacity.js';
import { describeMutations, inFile, type Mutation } from '../../../helpers/mutation-table.js';

const TEMPLATE = 'template.yaml';

const table: Mutation[] = [
  {
    item: 'capacity-provider-strategy',
    name: "the service's FARGATE entry has 'Base: 0', so no task is guaranteed on on-demand capacity",
    // The comment line makes the match the service's strategy, not the cluster's default one.
    mutate: inFile(
      TEMPLATE,
      'three Spot tasks for every on-demand one.\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1',
      'three Spot tasks for every on-demand one.\n      CapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 0',
    ),
  },
  {
    item: 'cluster-capacity-providers',
    name: "the cluster has no 'DefaultCapacityProviderStrategy'",
    mutate: inFile(
      TEMPLATE,
      '      DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1\n          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 3\n\n  LogGroup:',
      '\n  LogGroup:',
    ),
  },
  {
    item: 'graviton',
    name: "a Windows 'OperatingSystemFamily' beside ARM64 (Fargate runs Windows only on x86)",
    // Switching to X86_64 (or misspelling ARM64) also changes the price the budget check computes ($51.56 on
    // x86, over the $45 budget; an unknown architecture cannot be priced), so within-budget would lose points
    // too. This mistake breaks Graviton alone: the estimate prices by CpuArchitecture only.
    mutate: inFile(
      TEMPLATE,
      'OperatingSystemFamily: LINUX',
      'OperatingSystemFamily: WINDOWS_SERVER_2022_CORE',
    ),
  },
  {
    item: 'within-budget',
    name: 'the service keeps \'DesiredCount: 6\' "to be safe" instead of the 4 tasks the load test needs',
    mutate: inFile(TEMPLATE, 'DesiredCount: 4', 'DesiredCount: 6'),
  },
  {
    item: 'valid-task-size',
    name: "the task definition uses 'NetworkMode: bridge', which Fargate does not run",
    // Any change to Cpu or Memory also changes the right-size part of within-budget (the estimate and CAP004
    // read the size with the same parser), so this row breaks the one other thing the item demands of a
    // Fargate task; only cfn-lint's E3048 sees it, and the item is skipped without cfn-lint anyway.
    mutate: inFile(TEMPLATE, 'NetworkMode: awsvpc', 'NetworkMode: bridge'),
  },
  {
    item: 'ephemeral-storage',
    name: "'EphemeralStorage.SizeInGiB: 20', the default, which Fargate rejects (21–200)",
    mutate: inFile(TEMPLATE, 'SizeInGiB: 21', 'SizeInGiB: 20'),
  },
  {
    item: 'spot-safe-shutdown',
    name: "the container has no 'StopTimeout', so ECS kills it 30 s after SIGTERM",
    mutate: inFile(TEMPLATE, '          StopTimeout: 90\n', ''),
  },
];

/**
 * Mistakes found by mutation testing after the table above was written: each once cost nothing. Graded in the same
 * run as the table; the table alone still covers every item exactly once.
 */
const extra: Mutation[] = [
  {
    item: 'cluster-capacity-providers',
    name: "the cluster's default strategy uses only FARGATE, so a one-off 'run-task' never uses Spot",
    mutate: inFile(
      TEMPLATE,
      '          Weight: 1\n        - CapacityProvider: FARGATE_SPOT\n          Weight: 3\n\n  LogGroup:',
      '          Weight: 1\n\n  LogGroup:',
    ),
  },
  {
    item: 'cluster-capacity-providers',
    name: "the cluster's default strategy has 'Base: 0' on FARGATE",
    mutate: inFile(
      TEMPLATE,
      'DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 1',
      'DefaultCapacityProviderStrategy:\n        - CapacityProvider: FARGATE\n          Base: 0',
    ),
  },
];

describeMutations(lab, table, extra);
