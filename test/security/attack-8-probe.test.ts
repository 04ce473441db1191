// Attack 8 (issue 9), its probe half, through the built bundle: the HTTP probe used to call any '*.on.aws' host,
// such as a learner's own Lambda function URL, and would have called any address a stack output named. The action
// runs as deploy.yml runs it (mode evaluate, deploy on) against moto_server, on a stack whose outputs point at a
// recorder on this machine and at a function URL. The probe calls neither: it calls only this stack's own load
// balancers, and this stack has none.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../graders/engine/report.js';
import { HAS_MOTO, MOTO_CREDENTIALS, NO_MOTO_MESSAGE, useMoto } from '../helpers/moto.js';
import { runAction } from '../helpers/run-action.js';
import { makeTree, tmpDir } from '../helpers/tmp.js';
import { PROCESS_TIMEOUT } from './harness.js';
import { SLOW_PROCESS_TEST_TIMEOUT_MS } from '../helpers/timeouts.js';

const LAB = '03-ecs-service-alb';

if (!HAS_MOTO) console.warn(NO_MOTO_MESSAGE);

describe.skipIf(!HAS_MOTO)(
  'attack 8: the probe calls only the stack’s own load balancers (through the bundle)',
  () => {
    const moto = useMoto();
    const hits: string[] = [];
    let recorder: http.Server;
    let port = 0;
    beforeAll(async () => {
      recorder = http.createServer((req, res) => {
        hits.push(`${req.method} ${req.url}`);
        res.writeHead(200).end('ok');
      });
      await new Promise<void>((r) => recorder.listen(0, '127.0.0.1', r));
      port = (recorder.address() as AddressInfo).port;
    }, SLOW_PROCESS_TEST_TIMEOUT_MS);
    afterAll(async () => {
      await new Promise((r) => recorder.close(r));
    });

    it.each([
      ['an address on this machine', () => `http://127.0.0.1:${port}/health`, '127.0.0.1'],
      [
        "the learner's own Lambda function URL",
        () => 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/',
        'abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws',
      ],
    ])(
      'never calls %s, and says why',
      async (_, url, host) => {
        const template = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Cluster:
    Type: AWS::ECS::Cluster
Outputs:
  ServiceUrl:
    Value: ${url()}
`;
        const root = makeTree({ [`labs/${LAB}/template.yaml`]: template });
        const out = path.join(tmpDir(), 'report');
        const r = await runAction({
          cwd: root,
          inputs: {
            mode: 'evaluate',
            'github-token': '',
            root,
            labs: LAB,
            lint: 'false',
            'report-dir': out,
            deploy: 'true',
            'aws-region': 'us-east-1',
          },
          eventName: 'workflow_dispatch',
          payload: { inputs: {} },
          repository: 'course/aws-container-labs',
          apiUrl: 'http://127.0.0.1:9',
          env: {
            AWS_ENDPOINT_URL: moto.server().endpoint,
            AWS_ACCESS_KEY_ID: MOTO_CREDENTIALS.accessKeyId,
            AWS_SECRET_ACCESS_KEY: MOTO_CREDENTIALS.secretAccessKey,
            AWS_REGION: 'us-east-1',
          },
        });
        expect(r.code, r.stdout + r.stderr).toBe(0);
        const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as Report;
        const lab = report.deploy?.labs.find((l) => l.id === LAB);
        expect(lab, JSON.stringify(report.deploy)).toBeDefined();
        const byId = Object.fromEntries(lab!.items.map((i) => [i.id, i]));
        // The stack really was created and deleted, so the probe step was reached, not skipped for a failure.
        expect(byId['stack-created']?.status, JSON.stringify(lab!.items)).toBe('passed');
        expect(byId['teardown']?.status).toBe('passed');
        expect(byId['http-answers']?.status).not.toBe('passed');
        expect(byId['http-answers']?.feedback).toContain(
          `points at '${host}', which is not one of this stack's load balancers (it has none)`,
        );
        expect(hits).toEqual([]);
      },
      PROCESS_TIMEOUT * 2,
    );
  },
);
