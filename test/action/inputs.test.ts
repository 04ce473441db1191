// Inputs come from named maps, never call order (style.md §7.7).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { Input, Output } from '../../action/constants.js';
import { getSettings } from '../../action/inputs.js';
import { SANDBOX_INPUTS } from '../../action/sandbox/settings.js';
import { REPO } from '../helpers/tmp.js';

const from = (map: Record<string, string>) => (name: string) => map[name] ?? '';

describe('getSettings', () => {
  it('applies the defaults', () => {
    const { sandbox, ...rest } = getSettings(from({}));
    expect(sandbox.enabled).toBe(false);
    expect(rest).toEqual({
      mode: 'grade',
      token: '',
      root: '.',
      labs: 'all',
      comment: 'upsert',
      commentAuthor: 'github-actions[bot]',
      lint: true,
      reportDir: 'labgrade-report',
      minScore: null,
      commitStatus: false,
      courseConfig: { path: '.github/course.yml', required: false },
    });
  });

  it('parses every input', () => {
    const s = getSettings(
      from({
        mode: 'Report',
        'github-token': 't',
        root: 'sub',
        labs: '01-a, 02-b 03-c',
        comment: 'off',
        lint: 'FALSE',
        'report-dir': '/tmp/x',
        'min-score': '42.5',
        'course-config': 'course/spring.yml',
      }),
    );
    expect(s).toMatchObject({
      mode: 'report',
      token: 't',
      root: 'sub',
      labs: ['01-a', '02-b', '03-c'],
      comment: 'off',
      lint: false,
      reportDir: '/tmp/x',
      minScore: 42.5,
      courseConfig: { path: 'course/spring.yml', required: true },
    });
    expect(getSettings(from({ labs: 'changed' })).labs).toBe('changed');
  });

  it.each([
    [{ mode: 'deploy' }, "Input 'mode' must be one of 'grade', 'evaluate', 'report', got 'deploy'."],
    [{ lint: 'yes' }, "Input 'lint' must be 'true' or 'false', got 'yes'."],
    [{ 'min-score': 'lots' }, "Input 'min-score' must be a number of points (0 or more), got 'lots'."],
    [{ 'min-score': '-1' }, "Input 'min-score' must be a number of points (0 or more), got '-1'."],
  ])('refuses %j', (map, message) => {
    expect(() => getSettings(from(map))).toThrow(message);
  });
});

describe('action.yml', () => {
  const meta = parse(fs.readFileSync(path.join(REPO, 'action.yml'), 'utf8')) as {
    inputs: Record<string, unknown>;
    outputs: Record<string, unknown>;
    runs: { using: string; main: string; post?: string };
  };
  it('declares every input and output the code uses, and runs on node24 from dist', () => {
    for (const name of [...Object.values(Input), ...SANDBOX_INPUTS.map((i) => i.name)])
      expect(meta.inputs, `add input '${name}' to action.yml`).toHaveProperty([name]);
    for (const name of Object.values(Output))
      expect(meta.outputs, `add output '${name}' to action.yml`).toHaveProperty([name]);
    expect(meta.runs.using).toBe('node24');
    expect(fs.existsSync(path.join(REPO, meta.runs.main))).toBe(true);
    expect(meta.runs.post, 'the post step tears down sandbox stacks').toBe('dist/post/index.js');
    expect(fs.existsSync(path.join(REPO, meta.runs.post!))).toBe(true);
  });
});
