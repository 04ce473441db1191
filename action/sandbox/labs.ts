// Which labs the sandbox would deploy, and with what template: the loader's parsed CloudFormation, nothing read
// twice. Kept apart from index.ts (which imports the AWS SDK) so that `labgrade sandbox plan` can use it without
// loading the SDK.
import type { LoadedSubmission } from '../../graders/engine/load.js';
import type { CfnTemplateDoc, SandboxDeclaration } from '../../graders/engine/types.js';

/** One graded lab's template, exactly as it would be deployed (for CDK labs, the synthesized template). */
export interface SandboxLab {
  id: string;
  /** The lab's own declaration (`sandbox` in its defineLab): whether, and within what, it may be deployed. */
  sandbox: SandboxDeclaration;
  template: CfnTemplateDoc;
}

/**
 * Each loaded lab's CloudFormation template, exactly as the grader parsed it (the loader's result, so nothing is
 * read twice). Labs without a parsed template are left out: their static items already say why.
 */
export function sandboxLabs(submission: LoadedSubmission): SandboxLab[] {
  const out: SandboxLab[] = [];
  for (const { lab, files, started } of submission.labs) {
    // An untouched starter is not the learner's work: deploying it would spend the budget on nothing to grade.
    if (!started) continue;
    const st = [...files.values()].find((f) => f.spec.kind === 'cloudformation');
    if (st?.state === 'parsed' && st.doc.kind === 'cloudformation')
      out.push({ id: lab.id, sandbox: lab.sandbox, template: st.doc });
  }
  return out;
}

/** Only the instructor's values for parameters this template declares: CloudFormation rejects the others. */
export function declaredParameters(
  template: CfnTemplateDoc,
  values: Readonly<Record<string, string>>,
): Record<string, string> {
  const declared = template.template.Parameters ?? {};
  return Object.fromEntries(Object.entries(values).filter(([k]) => Object.hasOwn(declared, k)));
}
