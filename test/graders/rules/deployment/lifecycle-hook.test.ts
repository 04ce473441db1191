import rule from '../../../../graders/rules/deployment/lifecycle-hook.js';
import { runOn, testRule } from '../../../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';
import { CODEDEPLOY, ECS, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const STAGE = '              - POST_TEST_TRAFFIC_SHIFT\n';
const INVOKE = '                Action: lambda:InvokeFunction\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'a Lambda hook after the test traffic shift (reference solution)', code: ECS },
    {
      name: 'a hook while test traffic shifts',
      code: edit(ECS, [STAGE, '              - TEST_TRAFFIC_SHIFT\n']),
    },
    {
      name: 'a hook at several stages, one of them a test stage',
      code: edit(ECS, [STAGE, '              - POST_SCALE_UP\n              - POST_TEST_TRAFFIC_SHIFT\n']),
    },
    {
      name: 'the function of another stack, by parameter',
      code: edit(
        ECS,
        ['HookTargetArn: !GetAtt HookFunction.Arn', 'HookTargetArn: !Ref HookFunctionArn'],
        ['Parameters:\n', 'Parameters:\n  HookFunctionArn:\n    Type: String\n'],
      ),
    },
    {
      name: 'the invoke permission as a wildcard',
      code: edit(ECS, [INVOKE, "                Action: 'lambda:*'\n"]),
    },
  ],
  invalid: [
    {
      name: 'the starter: no hooks',
      code: STARTER,
      errors: [{ messageId: 'noHooks', data: { service: 'Service' } }],
    },
    {
      name: 'a hook only after production traffic has moved',
      code: edit(ECS, [STAGE, '              - POST_PRODUCTION_TRAFFIC_SHIFT\n']),
      errors: [{ messageId: 'noTestStage', data: { stages: "'POST_PRODUCTION_TRAFFIC_SHIFT'" } }],
    },
    {
      name: "the function's name (Ref) instead of its ARN",
      code: edit(ECS, ['HookTargetArn: !GetAtt HookFunction.Arn', 'HookTargetArn: !Ref HookFunction']),
      errors: [{ messageId: 'targetName', data: { function: 'HookFunction' } }],
    },
    {
      name: 'a target that is not a Lambda function',
      code: edit(ECS, [
        'HookTargetArn: !GetAtt HookFunction.Arn',
        'HookTargetArn: !GetAtt HookInvokeRole.Arn',
      ]),
      errors: [{ messageId: 'targetUnresolved' }],
    },
    {
      name: 'no role',
      code: edit(ECS, ['            RoleArn: !GetAtt HookInvokeRole.Arn\n', '']),
      errors: [{ messageId: 'noRole' }],
    },
    {
      name: "the Lambda function's own role, which ECS cannot assume",
      code: edit(ECS, ['RoleArn: !GetAtt HookInvokeRole.Arn', 'RoleArn: !GetAtt HookFunctionRole.Arn']),
      errors: [{ messageId: 'roleTrust' }],
    },
    {
      name: 'a role that may not invoke functions',
      code: edit(ECS, [INVOKE, '                Action: lambda:GetFunction\n']),
      errors: [{ messageId: 'rolePermission' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('BGD006 and the CodeDeploy design', () => {
  it('does not apply: the hooks are in appspec.yaml', () => {
    const out = runOn(rule, CODEDEPLOY, 'template.json');
    expect(out.findings).toEqual([]);
    expect(out.notApplicable).toMatch(/appspec/);
  });
});
