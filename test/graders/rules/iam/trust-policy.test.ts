import rule from '../../../../graders/rules/iam/trust-policy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const EXEC_CONDITION =
  '            Condition:\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n';
const TASK_CONDITION =
  "            Condition:\n              ArnLike:\n                aws:SourceArn: !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:${AWS::AccountId}:*'\n              StringEquals:\n                aws:SourceAccount: !Ref AWS::AccountId\n";
const TASK_TRUST = `            Principal:\n              Service: ecs-tasks.amazonaws.com\n            Action: sts:AssumeRole\n${TASK_CONDITION}`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    {
      name: 'SourceAccount on one role, SourceArn and SourceAccount on the other (lab 08 solution)',
      code: LAB08,
    },
    { name: 'SourceArn built with Join (JSON)', code: LAB08_JSON, file: 'template.json' },
    {
      name: 'a literal account id',
      code: edit(LAB08, [
        EXEC_CONDITION,
        "            Condition:\n              StringEquals:\n                aws:SourceAccount: '123456789012'\n",
      ]),
    },
    {
      name: 'an account principal with a condition',
      code: edit(LAB08, [
        TASK_TRUST,
        "            Principal:\n              AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'\n            Action: sts:AssumeRole\n            Condition:\n              ArnEquals:\n                aws:PrincipalArn: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ops'\n",
      ]),
    },
  ],
  invalid: [
    {
      name: 'the starter: ecs-tasks with no condition',
      code: STARTER,
      errors: [{ messageId: 'noSourceCondition', data: { role: 'SharedRole' } }],
    },
    {
      name: 'the execution role without its condition',
      code: edit(LAB08, [EXEC_CONDITION, '']),
      errors: [{ messageId: 'noSourceCondition', data: { role: 'ExecutionRole', where: 'statement 1' } }],
    },
    {
      name: 'a negated condition does not narrow',
      code: edit(LAB08, [
        EXEC_CONDITION,
        "            Condition:\n              StringNotEquals:\n                aws:SourceAccount: '111122223333'\n",
      ]),
      errors: [{ messageId: 'noSourceCondition' }],
    },
    {
      name: "a SourceAccount of '*'",
      code: edit(LAB08, [
        EXEC_CONDITION,
        "            Condition:\n              StringLike:\n                aws:SourceAccount: '*'\n",
      ]),
      errors: [{ messageId: 'otherAccount', data: { key: 'aws:SourceAccount', value: '*' } }],
    },
    {
      name: 'a SourceArn with any account',
      code: edit(LAB08, [
        TASK_CONDITION,
        "            Condition:\n              ArnLike:\n                aws:SourceArn: !Sub 'arn:${AWS::Partition}:ecs:${AWS::Region}:*:*'\n",
      ]),
      errors: [{ messageId: 'otherAccount', data: { key: 'aws:SourceArn' } }],
    },
    {
      name: "the principal '*'",
      code: edit(LAB08, [TASK_TRUST, "            Principal: '*'\n            Action: sts:AssumeRole\n"]),
      errors: [{ messageId: 'anyone', data: { role: 'TaskRole' } }],
    },
    {
      name: "the principal { AWS: '*' }",
      code: edit(LAB08, [
        TASK_TRUST,
        "            Principal:\n              AWS: '*'\n            Action: sts:AssumeRole\n",
      ]),
      errors: [{ messageId: 'anyone' }],
    },
    {
      name: 'a whole account with no condition',
      code: edit(LAB08, [
        TASK_TRUST,
        "            Principal:\n              AWS: !Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'\n            Action: sts:AssumeRole\n",
      ]),
      errors: [{ messageId: 'wholeAccount', data: { principal: 'arn:aws:iam::${AWS::AccountId}:root' } }],
    },
    {
      name: 'a bare account id with no condition',
      code: edit(LAB08, [
        TASK_TRUST,
        "            Principal:\n              AWS: '111122223333'\n            Action: sts:AssumeRole\n",
      ]),
      errors: [{ messageId: 'wholeAccount', data: { principal: '111122223333' } }],
    },
    {
      name: "'NotPrincipal' in an Allow",
      code: edit(LAB08, [
        TASK_TRUST,
        "            NotPrincipal:\n              AWS: 'arn:aws:iam::111122223333:root'\n            Action: sts:AssumeRole\n",
      ]),
      errors: [{ messageId: 'notPrincipal' }],
    },
    {
      name: 'a trust policy the grader cannot read',
      code: edit(LAB08, [
        "  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n",
        '  TaskRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument: !ImportValue shared-trust\n      Unused:\n        Statement:\n          - Effect: Allow\n',
      ]),
      errors: [{ messageId: 'noTrust', data: { role: 'TaskRole' } }],
    },
  ],
});
