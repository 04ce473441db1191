// The Codespaces environment (.devcontainer/devcontainer.json) gives a learner Node 24, Python with cfn-lint at the
// grader's version, and the AWS CLI, and installs the dependencies on creation so `npm run grade` works at once.
// There is no Docker here to build it, so this checks the file's content: JSONC (devcontainer.json allows
// comments), parsed with the same library the grader uses for JSON with comments.
import fs from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { TOOLS } from '../../.github/scripts/ensure-tools.mjs';
import { REPO } from '../helpers/tmp.js';

const FILE = path.join(REPO, '.devcontainer', 'devcontainer.json');

interface DevContainer {
  name?: string;
  image?: string;
  build?: unknown;
  features?: Record<string, Record<string, unknown>>;
  postCreateCommand?: string | string[];
}

function load(): DevContainer {
  const errors: ParseError[] = [];
  const value = parse(fs.readFileSync(FILE, 'utf8'), errors, { allowTrailingComma: false }) as DevContainer;
  expect(errors.map((e) => `${printParseErrorCode(e.error)} at offset ${e.offset}`)).toEqual([]);
  return value;
}

const feature = (dc: DevContainer, id: string): [string, Record<string, unknown>] | undefined =>
  Object.entries(dc.features ?? {}).find(([ref]) => ref.startsWith(`ghcr.io/devcontainers/features/${id}:`));

describe('.devcontainer/devcontainer.json', () => {
  const dc = load();

  it('uses the official Node.js image, Node 24, pinned to an image release', () => {
    expect(dc.build, 'an image, not a local build').toBeUndefined();
    // mcr.microsoft.com/devcontainers/javascript-node:<release>-<node major>-<debian>
    const m = /^mcr\.microsoft\.com\/devcontainers\/javascript-node:(\d+\.\d+\.\d+)-(\d+)-[a-z]+$/.exec(
      dc.image ?? '',
    );
    expect(m, `image '${dc.image}'`).not.toBeNull();
    expect(m![2]).toBe('24');
  });

  it('installs cfn-lint at exactly the version the grader pins (.github/scripts/ensure-tools.mjs)', () => {
    const cfnLint = TOOLS.find((t) => t.name === 'cfn-lint')!;
    const python = feature(dc, 'python');
    expect(python, 'the official Python feature').toBeDefined();
    const [ref, options] = python!;
    expect(ref).toMatch(/:\d+\.\d+\.\d+$/);
    expect(options['installTools']).toBe(true);
    const tools = String(options['toolsToInstall'] ?? '').split(',');
    expect(tools).toContain(cfnLint.spec);
    expect(cfnLint.spec).toBe(`cfn-lint==${cfnLint.version}`);
  });

  it('installs the AWS CLI with the official feature, pinned to a release', () => {
    const aws = feature(dc, 'aws-cli');
    expect(aws, 'the official aws-cli feature').toBeDefined();
    expect(aws![0]).toMatch(/:\d+\.\d+\.\d+$/);
  });

  it('installs the locked dependencies on creation, so `npm run grade` needs no set-up', () => {
    const cmd = [dc.postCreateCommand ?? ''].flat().join(' && ');
    expect(cmd).toMatch(/(^|&& )npm ci( |$)/);
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    // What `npm run grade` runs first must find cfn-lint rather than install it again.
    expect(pkg.scripts['pregrade']).toContain('tools');
    expect(pkg.scripts['grade']).toContain('grade');
  });

  it('asks for the Node major the repository pins in .node-version or above', () => {
    const pinned = Number(fs.readFileSync(path.join(REPO, '.node-version'), 'utf8').trim().split('.')[0]);
    const image = Number(/-(\d+)-[a-z]+$/.exec(dc.image ?? '')?.[1]);
    expect(image).toBeGreaterThanOrEqual(pinned);
  });
});
