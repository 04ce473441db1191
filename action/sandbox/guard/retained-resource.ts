// SBX008: nothing survives teardown. A DeletionPolicy of Retain or Snapshot keeps the resource (or a snapshot)
// after DeleteStack, where it bills until someone finds it.
import { literalString, resources } from '../../../graders/rules/lib/cloudformation.js';
import { CREDENTIAL_TYPES, defineGuardRule, deployedTemplate } from './util/define.js';

const RETAINING = ['Retain', 'RetainExceptOnCreate', 'Snapshot'];

export default defineGuardRule<'parameters'>()({
  meta: {
    id: 'SBX008',
    name: 'retained-resource',
    target: 'cloudformation',
    severity: 'error',
    title: 'Let every resource be deleted with the stack',
    description:
      "No resource has a DeletionPolicy of 'Retain', 'RetainExceptOnCreate' or 'Snapshot', which would leave it (or a snapshot) behind after the sandbox deletes the stack.",
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-attribute-deletionpolicy.html',
    evidence: ['CloudFormation DeletionPolicy attribute'],
    messages: {
      retained:
        "Resource '{{name}}' has DeletionPolicy '{{policy}}', so it (or a snapshot) would survive the sandbox's teardown and keep costing money. Remove the DeletionPolicy for the sandbox run.",
    },
  },
  check(doc, ctx) {
    const t = deployedTemplate(doc, ctx.options.parameters);
    for (const r of resources(t)) {
      // IAM users and keys are refused outright (SBX004); one reason per resource is enough.
      if (CREDENTIAL_TYPES.includes(String(r.resource.Type))) continue;
      const policy = literalString(t, r.resource['DeletionPolicy']);
      if (policy !== undefined && RETAINING.includes(policy))
        ctx.report('retained', { name: r.name, policy }, [...r.path, 'DeletionPolicy']);
    }
  },
});
