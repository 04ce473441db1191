// CDK003: the app has unit tests that synthesize the stack with `Template.fromStack` (aws-cdk-lib/assertions) and
// assert on it, including on the service and the HTTPS listener, so a refactor that drops either fails a test
// before anything is deployed. Judged from the test files' text: the grader never runs them (the learner runs
// `npx vitest run labs/15-cdk-capstone`).
import { countNoun } from '../../engine/plural.js';
import { defineRule } from '../../engine/define.js';
import type { TextDoc } from '../../engine/types.js';
import { codeText, testFiles } from './source-text.js';

/** How many assertions the tests must make, at least. */
export const MIN_ASSERTIONS = 3;
const IMPORTS_ASSERTIONS = /(?:from\s*|require\s*\(\s*)['"]aws-cdk-lib\/assertions['"]/;
const FROM_STACK = /\bTemplate\s*\.\s*fromStack\s*\(/;
const ASSERTION =
  /\.\s*(?:hasResourceProperties|hasResource|resourceCountIs|resourcePropertiesCountIs|allResources|allResourcesProperties|templateMatches|hasOutput|hasParameter|hasMapping|hasCondition)\s*\(/g;
/** A Template method call (assertion or query) whose first argument names the given resource type. */
const about = (type: string) =>
  new RegExp(
    String.raw`\.\s*(?:hasResourceProperties|hasResource|resourceCountIs|resourcePropertiesCountIs|allResources|allResourcesProperties|findResources)\s*\(\s*['"\`]${type}['"\`]`,
  );
const COVERS = [
  { type: 'AWS::ECS::Service', what: 'the Fargate service' },
  { type: 'AWS::ElasticLoadBalancingV2::Listener', what: 'the load balancer listeners' },
] as const;

export default defineRule({
  meta: {
    id: 'CDK003',
    name: 'stack-unit-tests',
    target: 'files',
    severity: 'error',
    title: 'Unit-test the stack with Template.fromStack',
    description:
      "The app's tests (test/*.test.ts) import 'aws-cdk-lib/assertions', synthesize the stack with 'Template.fromStack', and make at least three assertions, among them one on the ECS service and one on the load balancer listener.",
    docsUrl: 'https://docs.aws.amazon.com/cdk/v2/guide/testing.html',
    evidence: ['aws-cdk-lib/assertions'],
    messages: {
      noTests:
        "The app has no unit test: no 'test/*.test.ts' file. Add 'test/capstone-stack.test.ts' that builds the stack in a new App, takes \"const template = Template.fromStack(stack)\" and asserts on it, such as \"template.hasResourceProperties('AWS::ECS::Service', { LaunchType: 'FARGATE' })\".",
      noAssertionsImport:
        "'{{file}}' does not import from 'aws-cdk-lib/assertions', the CDK's own library for testing synthesized templates. Add \"import { Template } from 'aws-cdk-lib/assertions';\".",
      noTemplate:
        'The tests never call \'Template.fromStack(stack)\', so they do not look at the template the stack synthesizes. Build the stack in a new App and take "const template = Template.fromStack(stack)".',
      fewAssertions:
        "The tests make {{assertions}} on the template; make at least {{min}} ('hasResourceProperties', 'resourceCountIs', 'hasResource', ...), so a change that breaks the stack breaks a test.",
      uncovered:
        "No test asserts on '{{type}}' ({{what}}). Add one, such as \"template.hasResourceProperties('{{type}}', { ... })\" with the properties that matter.",
    },
  },
  check(doc, ctx) {
    const tests = testFiles(doc);
    if (tests.length === 0) {
      ctx.report('noTests');
      ctx.tally(1, 1);
      return;
    }
    const code = new Map<TextDoc, string>(tests.map((f) => [f, codeText(f)]));
    const all = [...code.values()].join('\n');
    let failed = 0;
    const importing = tests.filter((f) => IMPORTS_ASSERTIONS.test(code.get(f)!));
    if (importing.length === 0) {
      failed++;
      ctx.report(
        'noAssertionsImport',
        { file: tests[0]!.file },
        { file: tests[0]!.file, line: 1, column: 1 },
      );
    }
    if (!FROM_STACK.test(all)) {
      failed++;
      ctx.report('noTemplate', {}, { file: tests[0]!.file, line: 1, column: 1 });
    }
    const count = [...all.matchAll(ASSERTION)].length;
    if (count < MIN_ASSERTIONS) {
      failed++;
      ctx.report(
        'fewAssertions',
        { count, assertions: countNoun(count, 'assertion'), min: MIN_ASSERTIONS },
        { file: tests[0]!.file, line: 1, column: 1 },
      );
    }
    for (const c of COVERS)
      if (!about(c.type).test(all)) {
        failed++;
        ctx.report('uncovered', { type: c.type, what: c.what }, { file: tests[0]!.file, line: 1, column: 1 });
      }
    ctx.tally(3 + COVERS.length, failed);
  },
});
