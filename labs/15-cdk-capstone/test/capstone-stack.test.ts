// Unit tests of the stack: synthesize it in memory and assert on its template. Run them with
// `npx vitest run labs/15-cdk-capstone`.
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { describe, it } from 'vitest';
import { CapstoneStack } from '../lib/capstone-stack';

describe('CapstoneStack', { timeout: 120_000 }, () => {
  it('synthesizes', () => {
    const template = Template.fromStack(new CapstoneStack(new App(), 'TestStack'));
    // TODO (task 8): assert on the service, the listeners and more with hasResourceProperties and resourceCountIs.
    template.templateMatches({});
  });
});
