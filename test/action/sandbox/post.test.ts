// The post step alone: state round trip, an empty state returns at once, and every failure is a warning — the
// post step never fails the job (configure-aws-credentials' cleanup tests make the same two checks).
import { beforeEach, describe, expect, it, vi } from 'vitest';

const core = vi.hoisted(() => ({
  state: new Map<string, string>(),
  saveState: vi.fn(),
  getState: vi.fn(),
  warning: vi.fn(),
  info: vi.fn(),
  debug: vi.fn(),
  setFailed: vi.fn(),
}));
vi.mock('@actions/core', () => ({
  saveState: (k: string, v: string) => {
    core.saveState(k, v);
    core.state.set(k, v);
  },
  getState: (k: string) => {
    core.getState(k);
    return core.state.get(k) ?? '';
  },
  warning: core.warning,
  info: core.info,
  debug: core.debug,
  setFailed: core.setFailed,
}));

const teardown = vi.hoisted(() => ({ impl: vi.fn() }));
vi.mock('../../../action/sandbox/index.js', () => ({ teardownFromState: teardown.impl }));

const { getStackIds, saveStackIds, STATE } = await import('../../../action/state.js');
const { runPost } = await import('../../../action/sandbox/post.js');

const REF = {
  stackId: 'arn:aws:cloudformation:us-east-1:111122223333:stack/labgrade-x/1',
  stackName: 'labgrade-x',
  region: 'us-east-1',
  labId: '03-ecs-service-alb',
};

beforeEach(() => {
  core.state.clear();
  vi.clearAllMocks();
});

describe('state', () => {
  it('round-trips the saved stacks under one camelCase key', () => {
    saveStackIds([REF]);
    expect(core.saveState).toHaveBeenCalledWith('sandboxStacks', JSON.stringify([REF]));
    expect(STATE.stacks).toMatch(/^[A-Za-z]+$/);
    expect(getStackIds()).toEqual([REF]);
  });

  it('reads anything malformed as no stacks', () => {
    for (const bad of ['not json', '{"a":1}', '[{"stackId":""}]', '[1,null]']) {
      core.state.set(STATE.stacks, bad);
      expect(getStackIds(), bad).toEqual([]);
    }
  });
});

describe('runPost', () => {
  it('returns at once when the main step saved nothing', async () => {
    await runPost();
    expect(teardown.impl).not.toHaveBeenCalled();
    expect(core.warning).not.toHaveBeenCalled();
  });

  it('tears down the saved stacks', async () => {
    saveStackIds([REF]);
    teardown.impl.mockResolvedValue([]);
    await runPost();
    expect(teardown.impl).toHaveBeenCalledWith({ refs: [REF] });
  });

  it('turns a teardown crash into a warning, never a failed job', async () => {
    saveStackIds([REF]);
    teardown.impl.mockRejectedValue(new Error('Could not load credentials from any providers'));
    await expect(runPost()).resolves.toBeUndefined();
    expect(core.warning).toHaveBeenCalledWith(
      expect.stringContaining('Could not load credentials from any providers'),
    );
    expect(core.warning).toHaveBeenCalledWith(expect.stringContaining('not your fault'));
    expect(core.setFailed).not.toHaveBeenCalled();
  });
});
