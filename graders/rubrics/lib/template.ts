// Pieces every template lab's rubric shares.
import type { CfnTemplate, ItemCheckContext, ItemCheckResult, LabFile } from '../../engine/types.js';

/** The CloudFormation template a lab grades (YAML or JSON), linted by the batched cfn-lint run. */
export const TEMPLATE_FILE: LabFile = {
  id: 'template',
  paths: ['template.yaml', 'template.yml', 'template.json'],
  kind: 'cloudformation',
  required: true,
  cfnLint: true,
  cdk: 'allowed',
};

/**
 * A check for items whose rules only speak when something exists (an EFS volume, a security group): the lab
 * asks for that something, so an empty template must not collect the item's points.
 */
export function requires(
  present: (t: CfnTemplate) => boolean,
  feedback: string,
): (ctx: ItemCheckContext) => ItemCheckResult {
  return (ctx) => {
    const doc = ctx.doc('template', 'cloudformation');
    if (!doc || present(doc.template)) return { fraction: 1 };
    return { fraction: 0, feedback };
  };
}

/**
 * For an item on the lab's file set that proves an absence (no access key in any file): a lab whose template is
 * missing or cannot be read has no work in it yet, so the item earns nothing rather than points for what an empty
 * or unreadable folder does not contain.
 */
export function needsTemplate(feedback: string): (ctx: ItemCheckContext) => ItemCheckResult {
  return (ctx) => (ctx.doc('template', 'cloudformation') ? { fraction: 1 } : { fraction: 0, feedback });
}
