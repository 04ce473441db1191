// The CDK app: one stack. `npx cdk synth` (or the grader) runs this file and writes the stack's template.
import { App } from 'aws-cdk-lib';
import { CapstoneStack } from '../lib/capstone-stack';

const app = new App();
new CapstoneStack(app, 'CapstoneStack');
// TODO (task 7): run the cdk-nag AWS Solutions checks on every synth, writing acknowledgments into the template.
