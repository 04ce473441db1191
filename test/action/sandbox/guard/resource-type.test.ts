import rule from '../../../../action/sandbox/guard/resource-type.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, guardOptions } from '../support.js';

const lab03 = guardOptions(LAB03);
const lab05 = guardOptions('05-ecr-registry');
const efs = 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n';

testRule(rule, {
  valid: [
    {
      name: "a common type (every lab's VPC and service)",
      code: 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n',
      options: lab05,
    },
    { name: 'a type lab 03 declares (EFS)', code: efs, options: lab03 },
    {
      name: 'IAM users are left to SBX004',
      code: 'Resources:\n  Student:\n    Type: AWS::IAM::User\n',
      options: lab03,
    },
  ],
  invalid: [
    {
      name: 'a database',
      code: 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {}\n',
      options: lab03,
      errors: [
        { messageId: 'notAllowed', line: 3, data: { name: 'Db', type: 'AWS::RDS::DBInstance', lab: LAB03 } },
      ],
    },
    {
      name: "another lab's type: EFS in lab 05",
      code: efs,
      options: lab05,
      errors: [{ messageId: 'notAllowed', data: { type: 'AWS::EFS::FileSystem', lab: '05-ecr-registry' } }],
    },
  ],
});
