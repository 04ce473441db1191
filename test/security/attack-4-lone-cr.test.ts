// Attack 4 (issue 9): learner values reach the trusted comment through rule messages that quote them. Only `\r?\n`
// was handled, so a lone carriage return (or U+2028) in a value started a new Markdown block: a heading, an image,
// a link; `www.` text became a link, and `@org/team` or `#12` a mention or reference. Now one sanitizer handles
// every line break and control character, and autolinks, mentions and references, in everything learner-controlled.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FakeGitHub } from '../helpers/github-server.js';
import { HAS_SOLUTIONS, REPO, SOLUTIONS_SKIP_REASON } from '../helpers/tmp.js';
import { analyse, renderGfm } from '../action/report/gfm.js';
import { HEAD, PROCESS_TIMEOUT, PR, artifact, filesOf, readReport, report, startGitHub } from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

vi.setConfig({ testTimeout: PROCESS_TIMEOUT * 2, hookTimeout: PROCESS_TIMEOUT });

const SOLUTIONS = path.join(REPO, 'test/fixtures/solutions');
const TASK_DEF = 'labs/02-ecs-task-definition/task-definition.json';
const DOCKERFILE = 'labs/01-production-dockerfile/Dockerfile';

/** Learner text: every marker below is a word our own comment never uses. */
const PAYLOAD = (tag: string) =>
  `${tag}\r# CrHeading${tag} @org/team #12 ![x](http://x) www.evil.example` +
  `\u2028## LsHeading${tag} [clickme](https://evil.example/a)\u2029### PsHeading${tag}`;

let gh: FakeGitHub;
beforeEach(async () => {
  gh = await startGitHub();
}, SLOW_PROCESS_TEST_TIMEOUT_MS);
afterEach(async () => {
  await gh.stop();
});

/** Words only the learner wrote (our own comment uses none of them). */
const LEARNER = ['Heading', 'netmode', 'clickme', 'evil', '@org', 'http://x'];
const fromLearner = (s: string) => LEARNER.some((w) => s.includes(w));

describe.skipIf(!HAS_SOLUTIONS)(
  'attack 4: learner text in the trusted comment',
  { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS },
  () => {
    it('a lone CR, U+2028/U+2029, www., @team, #N and Markdown in quoted values make no heading, link, image or mention', async () => {
      const files = filesOf(SOLUTIONS);
      const td = JSON.parse(String(files[TASK_DEF])) as Record<string, unknown> & {
        containerDefinitions: Record<string, unknown>[];
      };
      // Rule messages quote both: "Network mode '…' does not work on Fargate", "Container '…' has no 'healthCheck'".
      td['networkMode'] = PAYLOAD('netmode');
      td.containerDefinitions[0]!['name'] = PAYLOAD('container');
      delete td.containerDefinitions[0]!['healthCheck'];
      files[TASK_DEF] = JSON.stringify(td, null, 2);
      // "Base image '…' has no tag" quotes a www. host; a lone CR and U+2028 in a Dockerfile line.
      files[DOCKERFILE] = String(files[DOCKERFILE])
        .replace('FROM node:22.12.0-alpine AS runtime', 'FROM www.evil.example/x AS runtime')
        .replace('USER node', 'USER root\rx\u2028# DockerHeading @org/team');
      gh.addCommit(HEAD, files);
      gh.pullFiles.set(PR, [TASK_DEF, DOCKERFILE]);

      const r = await report(gh, artifact());
      expect(r.code, r.stdout + r.stderr).toBe(0);
      // The learner's values did reach the trusted report, raw, through the rule messages.
      const messages = readReport(r).labs.flatMap((l) =>
        l.items.flatMap((i) => i.findings.map((f) => f.message)),
      );
      expect(messages.filter((m) => m.includes(PAYLOAD('netmode')))).toHaveLength(1);
      expect(messages.filter((m) => m.includes(PAYLOAD('container')))).toHaveLength(1);
      expect(messages.some((m) => m.includes("'www.evil.example/x'"))).toBe(true);

      const body = gh.commentsOn(PR)[0]!.body;
      // No raw line break other than LF, and no other control or bidi character.
      expect(body).not.toMatch(/[\r\u2028\u2029\u0085\u202a-\u202e\u2066-\u2069]/);
      const a = analyse(renderGfm(body));
      // Our own heading only; no learner heading, link, image, mention, reference or stray tag.
      expect(a.headings).toHaveLength(1);
      expect(a.headings[0]).toMatch(/^Lab grade: /);
      expect(a.headings.filter(fromLearner)).toEqual([]);
      expect(a.links.length).toBeGreaterThan(0);
      expect(a.links.filter((l) => fromLearner(l.href) || fromLearner(l.text))).toEqual([]);
      for (const l of a.links) expect(l.href, l.text).toMatch(/^https:\/\//);
      expect(a.images).toEqual([]);
      expect(a.github).toEqual([]);
      expect(a.otherTags).toEqual([]);
      // Shown, but only as inert text: inside code spans, where nothing links or mentions.
      expect(a.text).toContain('CrHeadingnetmode');
      expect(a.text).toContain('LsHeadingcontainer');
      expect(a.text).toContain('PsHeadingcontainer');
      for (const code of ['@org/team', '#12', '![x](http://x)', 'www.evil.example', 'www.evil.example/x'])
        expect(a.codes, code).toContain(code);
    });
  },
);

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {}, SLOW_PROCESS_TEST_TIMEOUT_MS);
