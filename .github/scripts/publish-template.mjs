#!/usr/bin/env node
// Publishes the learner-facing template from the private course repository: every tracked file
// (`git ls-files`) is copied into a new folder, except the reference solutions, the common-mistake ("naive")
// submissions, the accepted alternative solutions and the recorded reports graded from them. A learner who could
// read those could copy them for full marks (issue 14). The grader's tests that need them skip, saying why, when
// they are absent (HAS_SOLUTIONS in test/helpers/tmp.ts), so the template's `npm test` still passes.
//
//   npm run publish-template -- --out DIR
//
// DIR must not exist yet, or be empty, and must lie outside the repository (a copy inside it would be tracked or
// picked up by the tests and linters). Symbolic links are never followed nor copied: a tracked link could point at
// a solution or at a file outside the repository. The working tree's version of each file is copied (what the
// instructor sees, including uncommitted edits); a tracked file deleted from the working tree is left out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Folders never published, each with the reason the notice gives. Paths are relative to the repository root. */
export const WITHHELD = [
  { dir: 'test/fixtures/solutions/', why: 'the reference solution of every lab' },
  { dir: 'test/fixtures/naive/', why: 'common-mistake submissions, each most of a solution' },
  { dir: 'test/fixtures/alternatives/', why: 'accepted second-style solutions' },
  { dir: 'test/fixtures/solutions-cdk/', why: 'CDK twins of the reference solutions' },
  {
    dir: 'test/fixtures/golden/',
    why: "reports recorded by grading the fixtures above: they list every item's findings for the solutions",
  },
];

export const NOTICE_FILE = 'TEMPLATE-NOTICE.md';

/** Whether a repository-relative path is withheld from the template. */
export function isWithheld(rel) {
  return WITHHELD.some((w) => rel.startsWith(w.dir));
}

/** Whether `child` is `parent` or lies under it (both absolute and resolved). */
function isInside(child, parent) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path `p` would have: the nearest existing ancestor resolved through its links, with the rest appended.
 * `--out ../repo-link/x`, where repo-link is a link to the repository, must count as inside it.
 */
function realTarget(p) {
  const missing = [];
  let cur = path.resolve(p);
  for (;;) {
    try {
      return path.join(fs.realpathSync(cur), ...missing.reverse());
    } catch {
      const parent = path.dirname(cur);
      if (parent === cur) return path.resolve(p);
      missing.push(path.basename(cur));
      cur = parent;
    }
  }
}

/** Tracked paths, from git itself (so .gitignore'd files such as node_modules and .venv never come along). */
function trackedFiles(repo) {
  const out = execFileSync('git', ['ls-files', '-z', '--cached'], { cwd: repo, maxBuffer: 64 * 1024 * 1024 });
  return [...new Set(out.toString('utf8').split('\0').filter(Boolean))].sort();
}

/**
 * Copies one regular file without following a link anywhere on its path: every folder on the way is checked with
 * lstat, and the file is opened with O_NOFOLLOW. Returns 'copied', 'symlink' or 'missing'.
 */
function copyOne(repo, rel, out, checkedDirs) {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    if (checkedDirs.has(dir)) {
      if (checkedDirs.get(dir) !== 'dir') return checkedDirs.get(dir);
      continue;
    }
    let st;
    try {
      st = fs.lstatSync(path.join(repo, dir));
    } catch {
      checkedDirs.set(dir, 'missing');
      return 'missing';
    }
    const kind = st.isSymbolicLink() ? 'symlink' : st.isDirectory() ? 'dir' : 'missing';
    checkedDirs.set(dir, kind);
    if (kind !== 'dir') return kind;
  }
  let fd;
  try {
    fd = fs.openSync(path.join(repo, rel), fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW);
  } catch (e) {
    if (e.code === 'ELOOP') return 'symlink';
    if (e.code === 'ENOENT') return 'missing';
    throw e;
  }
  try {
    const st = fs.fstatSync(fd);
    // A tracked path that is now a folder (a submodule, or a file replaced by a folder) is not a file to copy.
    if (!st.isFile()) return 'missing';
    const dest = path.join(out, rel);
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    // 'wx': never overwrite, so nothing already in the output is replaced through a path of our own making.
    fs.writeFileSync(dest, fs.readFileSync(fd), { flag: 'wx', mode: st.mode & 0o777 });
    fs.chmodSync(dest, st.mode & 0o777);
    return 'copied';
  } finally {
    fs.closeSync(fd);
  }
}

function noticeText({ commit, withheld, symlinks, missing }) {
  const lines = [
    '# About this template',
    '',
    'This repository is the learner-facing template of a course, published from the course',
    `repository${commit ? ` at commit \`${commit}\`` : ''} by \`npm run publish-template\`.`,
    '',
    'These folders were removed, because a learner who could read them could copy them for full marks:',
    '',
    ...WITHHELD.map((w) => {
      const n = withheld.get(w.dir) ?? 0;
      return `- \`${w.dir}\`: ${w.why} (${n} ${n === 1 ? 'file' : 'files'}).`;
    }),
    '',
    "The grader's tests that need them skip, saying why, so `npm test` still passes here; they run in the",
    "course repository. The grader itself is complete: `npm run grade` grades your work exactly as the course's",
    'workflow does.',
  ];
  if (symlinks.length > 0)
    lines.push(
      '',
      'Symbolic links are not published (one could point at a solution or outside the repository):',
      '',
      ...symlinks.map((s) => `- \`${s}\``),
    );
  if (missing.length > 0)
    lines.push(
      '',
      'Tracked files that were not in the working tree when this was published:',
      '',
      ...missing.map((s) => `- \`${s}\``),
    );
  return `${lines.join('\n')}\n`;
}

/** Publishes the template of the repository at `repo` into `outArg`. Returns what it did. */
export function publishTemplate(repo, outArg) {
  const repoReal = fs.realpathSync(repo);
  const out = realTarget(outArg);
  if (isInside(out, repoReal))
    throw new Error(
      `--out '${outArg}' is inside the repository ('${repoReal}'): the copy would be picked up by git, the tests ` +
        'and the linters. Give a folder outside it, such as ../learner-template.',
    );
  if (isInside(repoReal, out))
    throw new Error(
      `--out '${outArg}' contains the repository ('${repoReal}'). Give an empty folder outside it.`,
    );
  if (fs.existsSync(out)) {
    if (!fs.lstatSync(out).isDirectory())
      throw new Error(`--out '${outArg}' exists and is not a folder. Give a new or empty folder.`);
    if (fs.readdirSync(out).length > 0)
      throw new Error(
        `--out '${outArg}' is not empty: publishing never overwrites files. Remove it or give a new folder.`,
      );
  }
  fs.mkdirSync(out, { recursive: true });

  const withheld = new Map();
  const symlinks = [];
  const missing = [];
  let copied = 0;
  const checkedDirs = new Map();
  for (const rel of trackedFiles(repoReal)) {
    const w = WITHHELD.find((x) => rel.startsWith(x.dir));
    if (w) {
      withheld.set(w.dir, (withheld.get(w.dir) ?? 0) + 1);
      continue;
    }
    const result = copyOne(repoReal, rel, out, checkedDirs);
    if (result === 'copied') copied++;
    else if (result === 'symlink') symlinks.push(rel);
    else missing.push(rel);
  }
  let commit = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repoReal, encoding: 'utf8' }).trim();
  } catch {
    // a repository without a commit yet: the notice just leaves the commit out
  }
  fs.writeFileSync(path.join(out, NOTICE_FILE), noticeText({ commit, withheld, symlinks, missing }), {
    flag: 'wx',
  });
  return { out, copied, withheld: Object.fromEntries(withheld), symlinks, missing };
}

function main(argv) {
  const i = argv.indexOf('--out');
  const outArg = i >= 0 ? argv[i + 1] : undefined;
  if (!outArg || outArg.startsWith('--')) {
    process.stderr.write(
      'publish-template: --out DIR is required: the folder to write the learner template into, outside this ' +
        'repository.\nUsage: npm run publish-template -- --out ../learner-template\n',
    );
    return 2;
  }
  const repo = path.resolve(import.meta.dirname, '..', '..');
  try {
    // npm runs scripts from the package root; INIT_CWD is where the instructor typed the command.
    const r = publishTemplate(repo, path.resolve(process.env['INIT_CWD'] ?? process.cwd(), outArg));
    const held = Object.entries(r.withheld)
      .map(([d, n]) => `${d} (${n})`)
      .join(', ');
    process.stdout.write(
      `Published ${r.copied} files to '${r.out}', withholding ${held || 'nothing'}` +
        `${r.symlinks.length ? `; ${r.symlinks.length} symbolic link(s) left out` : ''}` +
        `${r.missing.length ? `; ${r.missing.length} tracked file(s) absent from the working tree` : ''}.\n` +
        `See ${NOTICE_FILE} there. Next: cd into it, 'git init', commit, and push it as the course's template.\n`,
    );
    return 0;
  } catch (e) {
    process.stderr.write(`publish-template: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  process.exitCode = main(process.argv.slice(2));
