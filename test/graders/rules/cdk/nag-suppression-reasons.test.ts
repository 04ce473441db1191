// CDK002 reads the acknowledgments cdk-nag 3 writes into resource Metadata ('cdk_nag.rules_to_suppress', the shape
// observed from a synth with writeSuppressionsToCloudFormation: true).
import { describe, expect, it } from 'vitest';
import rule, { MIN_REASON, nagSuppressions } from '../../../../graders/rules/cdk/nag-suppression-reasons.js';
import { testRule } from '../../../helpers/rule-tester.js';

type Entry = { id?: unknown; reason?: unknown };
const CDK_VALIDATE = {
  id: 'CloudFormation-Validate::W3010',
  reason:
    'Literal AZs in template are the result of accessing stack.availabilityZones, this is expected and safe',
};
/** A synthesized template whose resources carry the given acknowledgments (none: no cdk_nag block at all). */
function template(...resources: (Entry[] | undefined)[]): string {
  const out: Record<string, unknown> = {};
  resources.forEach((entries, i) => {
    out[`Res${i}`] = {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: { GroupDescription: 'web' },
      Metadata: {
        'aws:cdk:path': `Stack/Res${i}/Resource`,
        ...(entries ? { cdk_nag: { rules_to_suppress: entries } } : {}),
      },
    };
  });
  return `${JSON.stringify({ Resources: out }, null, 2)}\n`;
}
const GOOD = 'The public load balancer must accept HTTPS from any address.';

testRule(rule, {
  valid: [
    { name: 'no acknowledgment at all', file: 'template.json', code: template(undefined) },
    {
      name: 'reasoned acknowledgments, plain, namespaced and granular ids',
      file: 'template.json',
      code: template(
        [{ id: 'AwsSolutions-EC23', reason: GOOD }],
        [
          {
            id: 'AwsSolutions::AwsSolutions-IAM5[Resource::*]',
            reason: 'ecr:GetAuthorizationToken needs *.',
          },
          { id: 'NIST.800.53.R5-ALBWAFEnabled', reason: 'The WAF is attached by the platform team.' },
        ],
      ),
    },
    {
      name: "the CDK library's own acknowledgments and other tools' entries are not judged",
      file: 'template.json',
      code: template([CDK_VALIDATE, { id: 'W3010', reason: '' }, { id: 42 }, 'junk' as unknown as Entry]),
    },
    {
      name: `a reason of exactly ${MIN_REASON} characters`,
      file: 'template.json',
      code: template([{ id: 'AwsSolutions-VPC7', reason: 'Lab scope.'.padEnd(MIN_REASON, '!') }]),
    },
  ],
  invalid: [
    {
      name: 'an empty reason, a missing one, a blank one',
      file: 'template.json',
      code: template(
        [{ id: 'AwsSolutions-EC23', reason: '' }],
        [{ id: 'AwsSolutions-ELB2' }],
        [{ id: 'AwsSolutions-ECS2', reason: '   ' }],
      ),
      errors: [
        { messageId: 'noReason', data: { id: 'AwsSolutions-EC23', reason: "''" } },
        { messageId: 'noReason', data: { id: 'AwsSolutions-ELB2', reason: 'none' } },
        { messageId: 'noReason', data: { id: 'AwsSolutions-ECS2' } },
      ],
    },
    {
      name: 'placeholders and the rule id as its own reason',
      file: 'template.json',
      code: template([
        { id: 'AwsSolutions-EC23', reason: 'TODO' },
        { id: 'AwsSolutions-S1', reason: 'Not needed.' },
        { id: 'AwsSolutions::AwsSolutions-IAM4', reason: 'AwsSolutions-IAM4' },
      ]),
      errors: [
        { messageId: 'placeholderReason', data: { reason: "'TODO'" } },
        { messageId: 'placeholderReason' },
        { messageId: 'placeholderReason' },
      ],
    },
    {
      name: 'a reason too short to say anything',
      file: 'template.json',
      code: template([{ id: 'AwsSolutions-EC23', reason: 'public lb' }]),
      errors: [{ messageId: 'shortReason', data: { min: MIN_REASON } }],
    },
    {
      name: 'a stack-wide acknowledgment copied to every resource is reported once, where it first appears',
      file: 'template.json',
      code: template(
        [{ id: 'AwsSolutions-IAM5', reason: 'ok' }],
        [{ id: 'AwsSolutions-IAM5', reason: 'ok' }],
        [{ id: 'AwsSolutions-IAM5', reason: 'ok' }],
      ),
      errors: [{ messageId: 'placeholderReason', data: { covers: "on 'Res0' and 2 more resources" } }],
    },
  ],
});

describe('CDK002 counts', () => {
  it('tallies distinct acknowledgments and reads only cdk-nag ids', () => {
    const resources = JSON.parse(
      template(
        [{ id: 'AwsSolutions-EC23', reason: GOOD }, CDK_VALIDATE],
        [{ id: 'AwsSolutions-EC23', reason: GOOD }],
      ),
    ).Resources as Record<string, unknown>;
    expect(nagSuppressions(resources).map((s) => [s.resource, s.index, s.id])).toEqual([
      ['Res0', 0, 'AwsSolutions-EC23'],
      ['Res1', 0, 'AwsSolutions-EC23'],
    ]);
  });
});
