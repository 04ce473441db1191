// Shared pieces of the sandbox tests: a fake clock (tests never sleep), named input maps, fixture templates,
// the moto work-arounds for the lab 03 reference solution, and a stand-in for the ECS → target group wiring moto
// lacks.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { RegisterTargetsCommand } from '@aws-sdk/client-elastic-load-balancing-v2';
import type { CfnTemplate, CfnTemplateDoc } from '../../../graders/engine/types.js';
import { parseAs } from '../../../graders/engine/parsers/index.js';
import type { SandboxClients } from '../../../action/sandbox/clients.js';
import type { GuardOptions } from '../../../action/sandbox/guard/index.js';
import type { SandboxLab } from '../../../action/sandbox/index.js';
import { parseSandboxSettings, type SandboxSettings } from '../../../action/sandbox/settings.js';
import type { RunIdentity } from '../../../action/sandbox/stack-name.js';
import type { Clock } from '../../../action/sandbox/wait.js';
import { findLab } from '../../../graders/index.js';
import { REPO } from '../../helpers/tmp.js';

export const LAB03 = '03-ecs-service-alb';
export const LAB03_SOLUTION = path.join(
  REPO,
  'test/fixtures/solutions/labs/03-ecs-service-alb/template.yaml',
);
export const FARGATE_ALB = path.join(REPO, 'test/fixtures/sandbox/fargate-alb.yaml');

export interface FakeClock extends Clock {
  sleeps: number[];
}

export function fakeClock(start = Date.parse('2026-11-26T12:00:00Z')): FakeClock {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms) => {
      sleeps.push(ms);
      t += ms;
    },
    random: () => 0.5,
    sleeps,
  };
}

/** Settings from a named input map, through the same parser the action uses. */
export function settingsFrom(inputs: Record<string, string> = {}): SandboxSettings {
  const all: Record<string, string> = { deploy: 'true', 'aws-region': 'us-east-1', ...inputs };
  return parseSandboxSettings((name) => all[name] ?? '', {});
}

export const IDENTITY: RunIdentity = {
  repository: 'example-org/container-labs',
  runId: '987654321',
  runAttempt: '1',
  sha: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678',
  prNumber: 7,
};

/**
 * The guard's options for a registered lab, as runSandbox builds them: the lab's own declaration and the settings
 * from a named input map.
 */
export function guardOptions(labId = LAB03, inputs: Record<string, string> = {}): GuardOptions {
  const lab = findLab(labId);
  if (!lab?.sandbox.deployable) throw new Error(`lab '${labId}' is not a registered deployable lab`);
  const s = settingsFrom(inputs);
  return {
    labId,
    sandbox: lab.sandbox,
    parameters: s.parameters,
    caps: s.caps,
    budgetUsd: s.budgetUsd,
    timeoutMinutes: s.timeoutMinutes,
  };
}

/** A template object as the JSON text a learner could have written, for rule-tester cases (file 'template.json'). */
export function json(t: Record<string, unknown>): string {
  return JSON.stringify(t, null, 2);
}

/** A registered lab's template with the lab's own sandbox declaration, as the action hands it to runSandbox. */
export function sandboxLab(labId: string, template: CfnTemplateDoc): SandboxLab {
  const lab = findLab(labId);
  if (!lab) throw new Error(`no registered lab '${labId}'`);
  return { id: labId, sandbox: lab.sandbox, template };
}

export function templateDoc(file: string, text: string): CfnTemplateDoc {
  const r = parseAs('cloudformation', file, text);
  if (!r.ok)
    throw new Error(`fixture ${file} does not parse: ${r.findings.map((f) => f.message).join('; ')}`);
  return r.doc;
}

export function loadTemplate(abs: string): CfnTemplateDoc {
  return templateDoc(path.basename(abs), fs.readFileSync(abs, 'utf8'));
}

/** A template written inline as an object, serialised as the JSON a learner could have written. */
export function jsonTemplate(t: CfnTemplate | Record<string, unknown>): CfnTemplateDoc {
  return templateDoc('template.json', json(t));
}

/**
 * The lab 03 reference solution with the two moto 5.2.1 gaps it hits worked around, as JSON:
 * - `!GetAtt FileSystem.Arn` / `AccessPoint.Arn`: moto's EFS models have no CloudFormation attributes, so
 *   CreateStack fails with HTTP 500; the same ARN is built with `!Sub`.
 * - Route tables: moto never deletes them, so DeleteStack fails with DependencyViolation and drops the stack
 *   record (moto.md §1.3); they are left out (moto does not record subnet associations anyway).
 * Everything the guard, the cost estimate and the verify steps look at is unchanged.
 */
export function lab03ForMoto(): CfnTemplateDoc {
  const doc = loadTemplate(LAB03_SOLUTION);
  const t = structuredClone(doc.template);
  const efs: Record<string, string> = {};
  for (const [id, res] of Object.entries(t.Resources)) {
    if (res.Type === 'AWS::EFS::FileSystem') efs[id] = 'file-system';
    if (res.Type === 'AWS::EFS::AccessPoint') efs[id] = 'access-point';
    if (
      ['AWS::EC2::RouteTable', 'AWS::EC2::Route', 'AWS::EC2::SubnetRouteTableAssociation'].includes(res.Type)
    )
      delete t.Resources[id];
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const ga = (v as Record<string, unknown>)['Fn::GetAtt'];
      if (Array.isArray(ga) && typeof ga[0] === 'string' && efs[ga[0]] && ga[1] === 'Arn') {
        return {
          'Fn::Sub': `arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:${efs[ga[0]]}/\${${ga[0]}}`,
        };
      }
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return templateDoc('template.json', JSON.stringify(walk(t), null, 2));
}

/**
 * moto does not register a CloudFormation-made service's tasks with its target group (moto.md §2). This plays
 * ECS's part: the first time the grader asks a target group's health, two task IPs are registered in it, and
 * moto reports registered IP targets healthy at once.
 */
export function registerTargetsLikeEcs(clients: SandboxClients): void {
  const done = new Set<string>();
  clients.elb.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { TargetGroupArn?: string };
      const arn = input.TargetGroupArn;
      if (context.commandName === 'DescribeTargetHealthCommand' && arn && !done.has(arn)) {
        done.add(arn);
        await clients.elb.send(
          new RegisterTargetsCommand({
            TargetGroupArn: arn,
            Targets: [
              { Id: '10.0.10.10', Port: 8080 },
              { Id: '10.0.11.10', Port: 8080 },
            ],
          }),
        );
      }
      return next(args);
    },
    { step: 'initialize', name: 'registerTargetsLikeEcs' },
  );
}

/** A local HTTP server standing in for the load balancer; the caller closes it. */
export async function localHttp(
  statuses: number[] = [200],
): Promise<{ port: number; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  let i = 0;
  const server = http.createServer((req, res) => {
    hits.push(`${req.method ?? ''} ${req.headers.host ?? ''}${req.url ?? ''}`);
    const status = statuses[Math.min(i++, statuses.length - 1)] ?? 200;
    res.writeHead(status, { 'content-type': 'text/plain' });
    res.end(status === 200 ? 'ok' : 'not yet');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const addr = server.address();
  return {
    port: typeof addr === 'object' && addr ? addr.port : 0,
    hits,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** fetch that sends AWS load balancer hostnames to the local server, keeping the path. */
export function fetchVia(port: number): (url: string, init: RequestInit) => Promise<Response> {
  return (url, init) => {
    const u = new URL(url);
    u.protocol = 'http:';
    u.host = `127.0.0.1:${port}`;
    return fetch(u.href, init);
  };
}
