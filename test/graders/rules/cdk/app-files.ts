// Building lab folders of CDK app text for the CDK rules' tests: each file's text under its path in the lab folder.
import { fileSet } from '../../../../graders/engine/parsers/file-set.js';
import { parseText } from '../../../../graders/engine/parsers/text.js';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { FileSetDoc, Rule, RuleOutcome } from '../../../../graders/engine/types.js';

export const LAB_DIR = 'labs/15-cdk-capstone';

export function appFolder(files: Readonly<Record<string, string>>): FileSetDoc {
  return fileSet(
    LAB_DIR,
    Object.entries(files).map(([rel, body]) => {
      const parsed = parseText(`${LAB_DIR}/${rel}`, body);
      if (!parsed.ok) throw new Error(`fixture ${rel} did not parse`);
      return parsed.doc;
    }),
  );
}

export function runOnApp(rule: Rule<'files'>, files: Readonly<Record<string, string>>): RuleOutcome {
  return runRule(rule, appFolder(files), undefined);
}

export const CDK_JSON = '{\n  "app": "npx tsx bin/app.ts",\n  "context": {}\n}\n';

export const APP_TS = `import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CapstoneStack } from '../lib/capstone-stack';

const app = new App();
new CapstoneStack(app, 'CapstoneStack');
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { writeSuppressionsToCloudFormation: true }));
`;

export const TEST_TS = `import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { it } from 'vitest';
import { CapstoneStack } from '../lib/capstone-stack';

it('service and listeners', () => {
  const template = Template.fromStack(new CapstoneStack(new App(), 'T'));
  template.hasResourceProperties('AWS::ECS::Service', { LaunchType: 'FARGATE' });
  template.resourceCountIs('AWS::ElasticLoadBalancingV2::Listener', 2);
  template.hasResource('AWS::ECR::Repository', {});
});
`;
