import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { dropDependencyDeprecations } from '../../../action/util/deprecations.js';

/** A stand-in for `process` whose emitWarning records what reaches it. */
function fakeProcess() {
  const seen: unknown[][] = [];
  const proc = Object.assign(new EventEmitter(), {
    emitWarning: (...args: unknown[]) => void seen.push(args),
  }) as unknown as NodeJS.Process;
  return { proc, seen };
}

describe('dropDependencyDeprecations', () => {
  it("drops Node's punycode deprecation (DEP0040) in either calling form, and nothing else", () => {
    const { proc, seen } = fakeProcess();
    dropDependencyDeprecations(proc);
    proc.emitWarning('The `punycode` module is deprecated.', 'DeprecationWarning', 'DEP0040');
    proc.emitWarning('The `punycode` module is deprecated.', { type: 'DeprecationWarning', code: 'DEP0040' });
    proc.emitWarning('Buffer() is deprecated.', 'DeprecationWarning', 'DEP0005');
    proc.emitWarning('something else', { code: 'X1' });
    proc.emitWarning('plain');
    expect(seen.map((a) => a[0])).toEqual(['Buffer() is deprecated.', 'something else', 'plain']);
  });

  it('wraps once, however often it is called', () => {
    const { proc, seen } = fakeProcess();
    dropDependencyDeprecations(proc);
    const wrapped = proc.emitWarning;
    dropDependencyDeprecations(proc);
    expect(proc.emitWarning).toBe(wrapped);
    proc.emitWarning('kept', 'Warning', 'W1');
    expect(seen).toHaveLength(1);
  });
});
