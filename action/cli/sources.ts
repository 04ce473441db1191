// Where the CLI reads lab files from: a lab folder with a CDK app is graded from what the app synthesizes, run in
// the sandbox on this machine (the learner's own), unless the user asked for no learner code to run.
import { cdkNotRunSource, cdkSynthSource } from '../../graders/engine/cdk/source.js';
import { workspaceSource, type FileSource } from '../../graders/engine/load.js';

export function cliSources(opts: { synth: boolean; log?: (m: string) => void }): FileSource[] {
  const cdk = opts.synth
    ? cdkSynthSource(opts.log ? { log: opts.log } : {})
    : cdkNotRunSource("this run does not synthesize ('--no-synth', or 'labgrade batch' without '--synth')");
  return [cdk, workspaceSource];
}
