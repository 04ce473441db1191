// CDK labs across the fork-safe pair. The untrusted evaluate job synthesizes each CDK app (in the sandbox) and puts
// the template in its artifact, under `synth/<lab id>/<Stack>.template.json`. The trusted report job never runs the
// app: it reads that template as data, with the reader's size cap and without following links, parses and lints it
// as CloudFormation, and grades it with its own rules, exactly as if the learner had written it by hand (which
// would be a valid solution anyway). Nothing else in the artifact, no score, title or text, reaches the grade.
import fs from 'node:fs';
import path from 'node:path';
import { CDK_JSON, hasCdkApp } from '../../graders/engine/cdk/app.js';
import { synthesizable, unreadable } from '../../graders/engine/cdk/source.js';
import { labDir, type FileSource, type LoadedSubmission } from '../../graders/engine/load.js';
import { Workspace } from '../../graders/engine/workspace.js';

export const SYNTH_DIR = 'synth';
const TEMPLATE = /^([A-Za-z][A-Za-z0-9-]{0,127})\.template\.json$/;

/** Writes each lab's synthesized template into the report folder (evaluate mode); returns how many. */
export function writeSynthesized(submission: LoadedSubmission, reportDir: string): number {
  let n = 0;
  for (const loaded of submission.labs) {
    for (const st of loaded.files.values()) {
      if (st.state !== 'parsed' || !st.synth || st.doc.kind !== 'cloudformation') continue;
      const dir = path.join(reportDir, SYNTH_DIR, loaded.lab.id);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${st.synth.stack}.template.json`), st.doc.text);
      n++;
    }
  }
  return n;
}

/**
 * The trusted job's source for a CDK lab: the template the PR's own run synthesized, read from the artifact. A lab
 * folder without `cdk.json` is left to the next source. A CDK lab without a usable template is not graded, with a
 * finding that says why; it never falls back to a hand-written template the app does not use.
 */
export function artifactSynthSource(artifactDir: string, maxFileBytes?: number): FileSource {
  return {
    name: 'artifact',
    load({ workspace, lab, spec }) {
      const dir = labDir(lab.id);
      if (!synthesizable(spec) || !hasCdkApp(workspace, dir)) return { found: false, tried: [] };
      const fallback = `${dir}/${CDK_JSON}`;
      const notGraded = (why: string) =>
        unreadable({
          file: fallback,
          line: 1,
          column: 1,
          severity: 'error',
          ruleId: 'cdk/no-synthesized-template',
          message: `This lab is a CDK app, and the trusted grader grades the template the pull request's own run synthesized; ${why} So the lab is not graded here. That run's log shows why the synth failed; fix the app and push again.`,
        });
      const folder = path.join(artifactDir, SYNTH_DIR, lab.id);
      let names: string[] = [];
      try {
        const st = fs.lstatSync(folder);
        if (st.isDirectory()) names = fs.readdirSync(folder).sort();
      } catch {
        // Absent: said below.
      }
      const templates = names.filter((n) => TEMPLATE.test(n));
      if (templates.length !== 1)
        return notGraded(
          templates.length === 0
            ? 'that run uploaded no template for it.'
            : 'that run uploaded more than one template for it.',
        );
      const name = templates[0]!;
      const reader = new Workspace(artifactDir, maxFileBytes === undefined ? {} : { maxFileBytes });
      const read = reader.read(`${SYNTH_DIR}/${lab.id}/${name}`);
      if (!read.ok)
        return notGraded(
          'the template that run uploaded could not be read (too large, not text, or a link).',
        );
      const stack = TEMPLATE.exec(name)![1]!;
      const templatePath = `${dir}/cdk.out/${name}`;
      return {
        found: true,
        read: { ok: true, path: templatePath, text: read.text },
        synth: { stack, templatePath, by: 'artifact', resources: {}, annotations: [] },
      };
    },
  };
}
