// Small CDK apps for the synth tests, written into temporary submissions whose node_modules is the repository's.
import fs from 'node:fs';
import path from 'node:path';
import { REPO, makeTree } from './tmp.js';

export const CDK_JSON = JSON.stringify({ app: 'npx tsx bin/app.ts', context: {} });

export const APP = `import { App } from 'aws-cdk-lib';
import { LabStack } from '../lib/stack';

const app = new App();
new LabStack(app, 'LabStack');
`;

/** Line 11 creates the task definition, whose roles and container the IAM lab's rules judge. */
export const STACK_TASK_LINE = 11;
export const STACK = `import { Stack } from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import type { Construct } from 'constructs';

export class LabStack extends Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const image = ecs.ContainerImage.fromRegistry('public.ecr.aws/nginx/nginx:1.27');
    // The task definition below is what the lab's rules look at.

    const task = new ecs.FargateTaskDefinition(this, 'Task', { cpu: 256, memoryLimitMiB: 512 });
    task.addContainer('app', { image });
  }
}
`;

/** cdk.json and bin/app.ts of a lab whose app's entry holds `main`. */
export function cdkApp(labId: string, main: string): Record<string, string> {
  return { [`labs/${labId}/cdk.json`]: CDK_JSON, [`labs/${labId}/bin/app.ts`]: main };
}

/** A submission tree whose node_modules is the repository's, as a learner's clone after `npm ci`. */
export function cdkSubmission(files: Record<string, string>): string {
  const root = makeTree(files);
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}
