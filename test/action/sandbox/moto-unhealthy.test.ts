// The unhealthy path against moto_server: without MOTO_ECS_SERVICE_RUNNING moto's services stay at 0 running of
// 2 (moto.md §2), so verify must wait out its bound, report the counts, skip what depends on them, and still
// delete the stack.
import { DescribeStacksCommand } from '@aws-sdk/client-cloudformation';
import { describe, expect, it } from 'vitest';
import { runSandbox } from '../../../action/sandbox/index.js';
import { MAX_WAIT_SERVICES_SECONDS } from '../../../action/sandbox/limits.js';
import type { StackRef } from '../../../action/state.js';
import { HAS_MOTO, motoClients, NO_MOTO_MESSAGE, useMoto } from '../../helpers/moto.js';
import {
  IDENTITY,
  FARGATE_ALB,
  LAB03,
  fakeClock,
  loadTemplate,
  settingsFrom,
  sandboxLab,
} from './support.js';
import { MOTO_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';

if (!HAS_MOTO) console.warn(NO_MOTO_MESSAGE);

describe.skipIf(!HAS_MOTO)(
  'a service that never reaches its desired count, on moto_server',
  { timeout: MOTO_TEST_TIMEOUT_MS },
  () => {
    const moto = useMoto();

    it('fails the service and task items with the counts, skips targets and HTTP, and deletes the stack', async () => {
      const clients = motoClients(moto.server(), moto.accountId);
      const clock = fakeClock();
      const saves: StackRef[][] = [];
      const report = await runSandbox([sandboxLab(LAB03, loadTemplate(FARGATE_ALB))], settingsFrom(), {
        identity: IDENTITY,
        clients,
        clock,
        log: { info: () => {}, warn: () => {}, debug: () => {} },
        fetch: () => Promise.reject(new Error('not reached')),
        saveStacks: (refs) => saves.push([...refs]),
      });
      const lab = report.labs[0]!;
      const byId = Object.fromEntries(lab.items.map((i) => [i.id, i]));
      expect(byId['stack-created']?.status).toBe('passed');
      expect(byId['services-steady']?.status).toBe('failed');
      expect(byId['services-steady']?.feedback).toContain(
        `After ${MAX_WAIT_SERVICES_SECONDS} s: 'Service' runs 0 of 2 tasks.`,
      );
      expect(byId['tasks-running']?.status).toBe('failed');
      expect(byId['tasks-running']?.feedback).toContain("'Service' has 0 of 2 tasks running.");
      expect(byId['targets-healthy']).toMatchObject({ status: 'skipped', points: 2, earned: 0 });
      expect(byId['http-answers']).toMatchObject({ status: 'skipped', points: 2, earned: 0 });
      expect(byId['teardown']?.status).toBe('passed');
      expect(lab.status).toBe('partial');
      expect(report.score).toBe(3);
      const after = await clients.cloudformation.send(
        new DescribeStacksCommand({ StackName: saves[0]![0]!.stackId }),
      );
      expect(after.Stacks?.[0]?.StackStatus).toBe('DELETE_COMPLETE');
    });
  },
);
