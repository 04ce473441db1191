// The CDK synth source, end to end through the engine: a lab folder with cdk.json is graded from the template its
// app synthesizes, findings land on the learner's own line, and an app that throws, never exits, writes outside its
// output folder or starts a process is not gradable, with its error shown, while the other labs of the run are
// graded. The sandbox is Node's permission model, so the writes and the process are refused as they happen.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cdkNotRunSource, cdkSynthSource } from '../../../../graders/engine/cdk/source.js';
import { gradeSubmission } from '../../../../graders/engine/grade.js';
import { workspaceSource } from '../../../../graders/engine/load.js';
import type { Finding, LabReport } from '../../../../graders/engine/report.js';
import { readStarters } from '../../../../graders/engine/starters.js';
import type { Lab } from '../../../../graders/engine/types.js';
import { LABS, RULES } from '../../../../graders/index.js';
import { TEMPLATE_FILE } from '../../../../graders/rubrics/lib/template.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../../../helpers/timeouts.js';
import {
  APP,
  STACK,
  STACK_TASK_LINE,
  cdkApp as app,
  cdkSubmission as submission,
} from '../../../helpers/cdk-apps.js';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

const lab = (id: string): Lab => LABS.find((l) => l.id === id)!;

/** Every file of a tree, by path, with its bytes: what a run must leave exactly as it was. */
function snapshot(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.name === 'node_modules') continue;
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(root, p), fs.readFileSync(p, 'base64'));
    }
  };
  walk(root);
  return out;
}

const noticesOf = (l: LabReport): Finding[] => l.notices;

describe('a CDK app graded from what it synthesizes', { timeout: SLOW_PROCESS_TEST_TIMEOUT_MS }, () => {
  it("grades the synthesized template and puts each finding on the learner's line", async () => {
    const root = submission({
      ...app('08-iam-security', APP),
      'labs/08-iam-security/lib/stack.ts': STACK,
      // A template the learner edited beside the app: not graded, and the learner is told so.
      'labs/08-iam-security/template.yaml': 'Resources: {}\n',
    });
    const logged: string[] = [];
    const report = await gradeSubmission({
      root,
      labs: [lab('08-iam-security')],
      rules: RULES,
      lint: false,
      sources: [cdkSynthSource({ log: (m) => logged.push(m) }), workspaceSource],
    });
    const l = report.labs[0]!;
    expect(l.synthesized).toEqual({
      template: 'labs/08-iam-security/cdk.out/LabStack.template.json',
      stack: 'LabStack',
      by: 'grader',
    });
    expect(l.status).toBe('partial');
    expect(logged.join('\n')).toMatch(/Synthesized the CDK app of 08-iam-security \([\d.]+ s\)/);
    const findings = l.items.flatMap((i) => i.findings);
    const onTask = findings.filter((f) => f.file === 'labs/08-iam-security/lib/stack.ts');
    expect(onTask.length).toBeGreaterThan(0);
    for (const f of onTask) {
      expect(f.line).toBe(STACK_TASK_LINE);
      expect(f.message).toMatch(
        /\(construct 'LabStack\/Task\/[^']+', synthesized as '\w+' at LabStack\.template\.json:\d+\)$/,
      );
    }
    expect(noticesOf(l).map((n) => [n.file, n.ruleId])).toContainEqual([
      'labs/08-iam-security/template.yaml',
      'labgrade/ignored-file',
    ]);
  });

  it('grades the same template whether the app is TypeScript with NodeNext imports or plain JavaScript', async () => {
    const js = `const { App, Stack } = require('aws-cdk-lib');
const ecs = require('aws-cdk-lib/aws-ecs');
const app = new App();
const stack = new Stack(app, 'LabStack');
new ecs.FargateTaskDefinition(stack, 'Task', { cpu: 256, memoryLimitMiB: 512 }).addContainer('app', {
  image: ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27'),
});
`;
    const root = submission({
      ...app('08-iam-security', APP.replace("'../lib/stack'", "'../lib/stack.js'")),
      'labs/08-iam-security/lib/stack.ts': STACK,
      'labs/09-auto-scaling/cdk.json': JSON.stringify({ app: 'node bin/app.cjs' }),
      'labs/09-auto-scaling/bin/app.cjs': js,
    });
    const report = await gradeSubmission({
      root,
      labs: [lab('08-iam-security'), lab('09-auto-scaling')],
      rules: RULES,
      lint: false,
      sources: [cdkSynthSource(), workspaceSource],
    });
    expect(report.labs.map((l) => l.synthesized?.stack)).toEqual(['LabStack', 'LabStack']);
    expect(report.labs.map((l) => l.status)).not.toContain('not-gradable');
  });

  it.skipIf(!HAS_SOLUTIONS)(
    'reports an app that throws, never exits, writes outside its folder or starts a process as not gradable, and grades the other labs',
    async () => {
      const marker = path.join(os.tmpdir(), `labgrade-marker-${process.pid}-${Date.now()}`);
      const root = submission({
        ...app('03-ecs-service-alb', "throw new Error('boom from the app');\n"),
        ...app('04-fargate-cost-capacity', 'setInterval(() => {}, 1000);\n'),
        ...app(
          '06-vpc-networking',
          `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(marker)}, 'written');\nfs.writeFileSync('../../escaped.txt', 'written');\n`,
        ),
        ...app(
          '07-service-connect',
          `import { execSync } from 'node:child_process';\nexecSync(${JSON.stringify(`touch ${marker}-process`)});\n`,
        ),
        'labs/01-production-dockerfile/Dockerfile': fs.readFileSync(
          path.join(REPO, 'test/fixtures/solutions/labs/01-production-dockerfile/Dockerfile'),
          'utf8',
        ),
        'labs/01-production-dockerfile/.dockerignore': fs.readFileSync(
          path.join(REPO, 'test/fixtures/solutions/labs/01-production-dockerfile/.dockerignore'),
          'utf8',
        ),
      });
      const before = snapshot(root);
      const ids = [
        '01-production-dockerfile',
        '03-ecs-service-alb',
        '04-fargate-cost-capacity',
        '06-vpc-networking',
        '07-service-connect',
      ];
      const report = await gradeSubmission({
        root,
        labs: ids.map(lab),
        rules: RULES,
        lint: false,
        sources: [cdkSynthSource({ timeoutMs: 8_000 }), workspaceSource],
      });
      const byId = new Map(report.labs.map((l) => [l.id, l]));
      expect(byId.get('01-production-dockerfile')!.score).toBe(30);
      const failure = (id: string) => {
        const l = byId.get(id)!;
        expect(l.status).toBe('not-gradable');
        expect(l.synthesized).toBeUndefined();
        const f = l.notices.find((n) => n.ruleId.startsWith('cdk/synth-'));
        expect(f, JSON.stringify(l.notices)).toBeDefined();
        expect(f!.file).toBe(`labs/${id}/cdk.json`);
        expect(f!.severity).toBe('error');
        return f!;
      };
      const thrown = failure('03-ecs-service-alb');
      expect(thrown.ruleId).toBe('cdk/synth-failed');
      expect(thrown.message).toContain('boom from the app');
      expect(thrown.message).toContain('labs/03-ecs-service-alb/bin/app.ts');
      expect(thrown.message).not.toContain(root);
      const hung = failure('04-fargate-cost-capacity');
      expect(hung.ruleId).toBe('cdk/synth-timeout');
      expect(hung.message).toMatch(/did not finish within 8 s/);
      const wrote = failure('06-vpc-networking');
      expect(wrote.ruleId).toBe('cdk/synth-denied');
      expect(wrote.message).toMatch(/ERR_ACCESS_DENIED/);
      const spawned = failure('07-service-connect');
      expect(spawned.ruleId).toBe('cdk/synth-denied');
      expect(spawned.message).toMatch(/ChildProcess|ERR_ACCESS_DENIED/);
      // Nothing was written: not the marker, not the file beside the submission, not the submission itself.
      expect(fs.existsSync(marker)).toBe(false);
      expect(fs.existsSync(`${marker}-process`)).toBe(false);
      expect(fs.existsSync(path.join(root, 'escaped.txt'))).toBe(false);
      expect(fs.existsSync(path.join(root, 'labs', 'escaped.txt'))).toBe(false);
      expect(snapshot(root)).toEqual(before);
    },
  );

  it('never runs an untouched starter app, which is not started', async () => {
    const files = { ...app('03-ecs-service-alb', "throw new Error('the starter must not run');\n") };
    const starterRoot = submission(files);
    const base = lab('03-ecs-service-alb');
    const only: Lab = {
      ...base,
      files: [{ ...TEMPLATE_FILE, paths: ['template.json'], cdk: 'only' }],
    };
    const withStarters: Lab = { ...only, starters: readStarters(starterRoot, only) };
    expect(Object.keys(withStarters.starters!)).toEqual(['bin/app.ts', 'cdk.json']);
    const logged: string[] = [];
    const report = await gradeSubmission({
      root: submission(files),
      labs: [withStarters],
      rules: RULES,
      lint: false,
      sources: [cdkSynthSource({ log: (m) => logged.push(m) }), workspaceSource],
    });
    expect(report.labs[0]!.status).toBe('not-started');
    expect(report.labs[0]!.note).toContain("'labs/03-ecs-service-alb/bin/app.ts' is still the starter");
    expect(logged).toEqual([]);
  });

  it('with synth turned off, does not grade a CDK lab from a hand-written template beside the app', async () => {
    const root = submission({
      ...app('03-ecs-service-alb', "throw new Error('must not run');\n"),
      'labs/03-ecs-service-alb/template.yaml': fs.readFileSync(
        path.join(REPO, 'labs/03-ecs-service-alb/template.yaml'),
        'utf8',
      ),
    });
    const report = await gradeSubmission({
      root,
      labs: [lab('03-ecs-service-alb')],
      rules: RULES,
      lint: false,
      sources: [cdkNotRunSource('this run does not synthesize'), workspaceSource],
    });
    const l = report.labs[0]!;
    expect(l.status).toBe('not-gradable');
    expect(l.notices.map((n) => n.ruleId)).toContain('cdk/not-synthesized');
  });
});
