// SBX001: the template fits in a CreateStack call. The sandbox passes the template inline (TemplateBody), and a
// larger one would need an S3 bucket the sandbox does not have.
import { defineGuardRule } from './util/define.js';

/** CloudFormation's limit for a TemplateBody passed inline (larger ones need an S3 upload). */
export const MAX_TEMPLATE_BYTES = 51_200;

export default defineGuardRule()({
  meta: {
    id: 'SBX001',
    name: 'template-size',
    target: 'cloudformation',
    severity: 'error',
    title: 'Keep the template within the inline size limit',
    description: `The template is at most ${MAX_TEMPLATE_BYTES} bytes, the most CloudFormation accepts as an inline TemplateBody; the sandbox has no S3 bucket to upload a larger one to.`,
    docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html',
    evidence: ['CloudFormation quota: template body size in a request'],
    messages: {
      tooLarge:
        'The template is {{bytes}} bytes; CloudFormation accepts at most {{max}} bytes inline, so the sandbox cannot deploy it. Remove comments or unused resources to bring it under the limit.',
    },
  },
  check(doc, ctx) {
    const bytes = Buffer.byteLength(doc.text, 'utf8');
    if (bytes > MAX_TEMPLATE_BYTES) ctx.report('tooLarge', { bytes, max: MAX_TEMPLATE_BYTES });
  },
});
