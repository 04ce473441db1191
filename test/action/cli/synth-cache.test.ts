// The CLI's synth cache: an app whose folder, packages and context have not changed is not run again, in this
// submission or in another learner's with the same app, and the report is the one a fresh synth gives. Any change
// to the app's files, or an entry that cannot be read, means a synth.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diskSynthCache } from '../../../action/cli/synth-cache.js';
import { cdkSynthSource } from '../../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../../graders/engine/grade.js';
import { workspaceSource } from '../../../graders/engine/load.js';
import type { Report } from '../../../graders/engine/types.js';
import { LABS, RULES } from '../../../graders/index.js';
import { APP, STACK, cdkApp, cdkSubmission } from '../../helpers/cdk-apps.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../../helpers/timeouts.js';
import { tmpDir } from '../../helpers/tmp.js';

const LAB = '08-iam-security';
const FILES = { ...cdkApp(LAB, APP), [`labs/${LAB}/lib/stack.ts`]: STACK };

describe('the synth cache', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it('reuses an unchanged app’s template, here and in another submission, and synthesizes a changed one', async () => {
    const dir = tmpDir();
    const cache = diskSynthCache(dir, 'test-build');
    const grade = async (root: string) => {
      const logged: string[] = [];
      const report = await gradeSubmission({
        root,
        labs: LABS.filter((l) => l.id === LAB),
        rules: RULES,
        lint: false,
        sources: [cdkSynthSource({ cache, log: (m) => logged.push(m) }), workspaceSource],
      });
      return { report, ran: logged.some((m) => m.startsWith('Synthesized')), logged };
    };
    const same = (r: Report) => JSON.stringify({ ...r, durationMs: 0 });

    const root = cdkSubmission(FILES);
    const first = await grade(root);
    expect(first.ran).toBe(true);
    expect(first.report.labs[0]!.synthesized?.stack).toBe('LabStack');
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    const again = await grade(root);
    expect(again.ran, again.logged.join('\n')).toBe(false);
    expect(again.logged.join('\n')).toMatch(/unchanged since its last synth/);
    expect(same(again.report)).toBe(same(first.report));

    // Another learner's folder with the same app: the same template, without a synth.
    const other = await grade(cdkSubmission(FILES));
    expect(other.ran).toBe(false);
    expect(same(other.report)).toBe(same(first.report));

    // One comment added to the stack: a new synth, and the findings follow the line it moved.
    fs.writeFileSync(path.join(root, 'labs', LAB, 'lib', 'stack.ts'), `// edited\n${STACK}`);
    const edited = await grade(root);
    expect(edited.ran).toBe(true);
    const lines = (r: Report) =>
      r.labs[0]!.items.flatMap((i) => i.findings).map((f) => `${f.file}:${f.line}`);
    expect(lines(edited.report).filter((l) => l.includes('lib/stack.ts'))).toEqual(
      lines(first.report)
        .filter((l) => l.includes('lib/stack.ts'))
        .map((l) => l.replace(/:(\d+)$/, (_, n: string) => `:${Number(n) + 1}`)),
    );
    expect(lines(first.report).some((l) => l.includes('lib/stack.ts'))).toBe(true);

    // An entry that is not what the cache writes is a miss.
    for (const f of fs.readdirSync(dir)) fs.writeFileSync(path.join(dir, f), '{"text": 1}');
    const corrupt = await grade(root);
    expect(corrupt.ran).toBe(true);
    expect(same(corrupt.report)).toBe(same(edited.report));
  });
});
