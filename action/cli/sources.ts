// Where the CLI reads lab files from: a lab folder with a CDK app is graded from what the app synthesizes, run in
// the sandbox on this machine (the learner's own), unless the user asked for no learner code to run.
import { cdkNotRunSource, cdkSynthSource, type SynthCache } from '../../graders/engine/cdk/source.js';
import { workspaceSource, type FileSource } from '../../graders/engine/load.js';

export function cliSources(opts: {
  synth: boolean;
  /** Synthesized templates kept between runs (the CLI's, unless --no-cache). */
  cache?: SynthCache | undefined;
  log?: (m: string) => void;
}): FileSource[] {
  const cdk = opts.synth
    ? cdkSynthSource({ ...(opts.log ? { log: opts.log } : {}), ...(opts.cache ? { cache: opts.cache } : {}) })
    : cdkNotRunSource("this run does not synthesize ('--no-synth', or 'labgrade batch' without '--synth')");
  return [cdk, workspaceSource];
}
