// CDK003 reads the app's test files: assertions imported, the stack synthesized with Template.fromStack, enough
// assertions, and the service and the listeners among what they assert on.
import { describe, expect, it } from 'vitest';
import rule, { MIN_ASSERTIONS } from '../../../../graders/rules/cdk/stack-unit-tests.js';
import { APP_TS, TEST_TS, runOnApp } from './app-files.js';

const ids = (files: Record<string, string>) => runOnApp(rule, files).findings.map((f) => f.messageId);

describe('CDK003 stack-unit-tests', () => {
  it('passes tests that assert on the service and the listeners, in one file or several', () => {
    const out = runOnApp(rule, { 'bin/app.ts': APP_TS, 'test/stack.test.ts': TEST_TS });
    expect(out.crash).toBeNull();
    expect(out.findings).toEqual([]);
    expect(out.checked).toBe(5);
    const [head, body] = TEST_TS.split("it('service and listeners'");
    const second = `${head!}it('more', () => {\n  const template = Template.fromStack(new CapstoneStack(new App(), 'T'));\n  template.templateMatches({});\n});\n`;
    expect(
      ids({
        'test/service.test.ts': `${head!}it('service and listeners'${body!}`,
        'test/more.spec.ts': second,
      }),
    ).toEqual([]);
    // findResources names a type too: a test that counts the redirect listeners itself covers them.
    const find = TEST_TS.replace(
      "template.resourceCountIs('AWS::ElasticLoadBalancingV2::Listener', 2);",
      "expect(Object.keys(template.findResources(\n    'AWS::ElasticLoadBalancingV2::Listener'))).toHaveLength(2);\n  template.hasOutput('*', {});",
    );
    expect(ids({ 'test/stack.test.ts': find })).toEqual([]);
  });

  it('asks for tests when there is no test file', () => {
    expect(ids({ 'bin/app.ts': APP_TS, 'lib/stack.ts': TEST_TS })).toEqual(['noTests']);
    expect(ids({})).toEqual(['noTests']);
  });

  it('reports a missing assertions import and a missing Template.fromStack', () => {
    const noImport = TEST_TS.replace("import { Template } from 'aws-cdk-lib/assertions';\n", '');
    expect(ids({ 'test/stack.test.ts': noImport })).toEqual(['noAssertionsImport']);
    const noFromStack = TEST_TS.replace('Template.fromStack(', 'Template.fromJSON(');
    expect(ids({ 'test/stack.test.ts': noFromStack })).toEqual(['noTemplate']);
  });

  it(`counts assertions, at least ${MIN_ASSERTIONS}, not commented-out ones`, () => {
    const two = TEST_TS.replace("  template.hasResource('AWS::ECR::Repository', {});\n", '');
    expect(ids({ 'test/stack.test.ts': two })).toEqual(['fewAssertions']);
    const commented = TEST_TS.replace(
      "  template.hasResource('AWS::ECR::Repository', {});",
      "  // template.hasResource('AWS::ECR::Repository', {});",
    );
    const out = runOnApp(rule, { 'test/stack.test.ts': commented });
    expect(out.findings.map((f) => [f.messageId, f.data])).toEqual([
      ['fewAssertions', { count: 2, assertions: '2 assertions', min: MIN_ASSERTIONS }],
    ]);
  });

  it('reports the service and the listeners when no assertion names them', () => {
    const noService = TEST_TS.replace("'AWS::ECS::Service'", "'AWS::ECS::TaskDefinition'");
    expect(runOnApp(rule, { 'test/stack.test.ts': noService }).findings.map((f) => f.data?.['type'])).toEqual(
      ['AWS::ECS::Service'],
    );
    const noListener = TEST_TS.replace(
      "'AWS::ElasticLoadBalancingV2::Listener'",
      "'AWS::ElasticLoadBalancingV2::LoadBalancer'",
    );
    expect(ids({ 'test/stack.test.ts': noListener })).toEqual(['uncovered']);
  });
});
