// CDK rules (prefix CDK) for lab 15's app: the cdk-nag pack applied with its acknowledgments written into the
// template (read from the app's source text), every acknowledgment reasoned (read from the synthesized template),
// and unit tests that assert on the synthesized stack (read from the test files' text). Nothing is executed.
import nagPackApplied from './nag-pack-applied.js';
import nagSuppressionReasons from './nag-suppression-reasons.js';
import stackUnitTests from './stack-unit-tests.js';

export const cdkRules = [
  nagPackApplied, // CDK001
  nagSuppressionReasons, // CDK002
  stackUnitTests, // CDK003
] as const;
