// SBX007: only the resource types the lab teaches. Each type has been weighed for cost, for teardown (nothing
// that outlives DeleteStack) and for blast radius (nothing account-wide); the lab's rubric declares its list.
import { resources } from '../../../graders/rules/lib/cloudformation.js';
import { allowedTypes } from '../../../graders/rubrics/lib/sandbox.js';
import { CREDENTIAL_TYPES, defineGuardRule } from './util/define.js';

export default defineGuardRule<'labId' | 'sandbox'>()({
  meta: {
    id: 'SBX007',
    name: 'resource-type',
    target: 'cloudformation',
    severity: 'error',
    title: "Create only the resource types the lab's sandbox allows",
    description:
      "Every resource has a type the sandbox deploys for this lab: the common building blocks of a container service (VPC, ECS, load balancer, roles, logs) plus the types the lab's rubric declares. Anything else could cost more, outlive teardown or reach beyond the stack.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-template-resource-type-ref.html',
    evidence: ['CloudFormation resource type reference', 'SCP service allow-list'],
    messages: {
      notAllowed:
        "Resource '{{name}}' has type '{{type}}', which the sandbox does not deploy for lab '{{lab}}'. Each lab may create only the types it teaches (see the README's sandbox section), to bound cost and clean-up; remove it or ask your instructor.",
    },
  },
  check(doc, ctx) {
    const allowed = new Set(allowedTypes(ctx.options.sandbox));
    for (const r of resources(doc.template)) {
      const type = String(r.resource.Type);
      // IAM users and keys are SBX004's, with a message that says why.
      if (CREDENTIAL_TYPES.includes(type) || allowed.has(type)) continue;
      ctx.report('notAllowed', { name: r.name, type, lab: ctx.options.labId }, [...r.path, 'Type']);
    }
  },
});
