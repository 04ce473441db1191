import rule, { violation } from '../../../../action/sandbox/guard/parameter-value.js';
import { describe, expect, it } from 'vitest';
import { testRule } from '../../../helpers/rule-tester.js';

const template = (param: string) =>
  `Parameters:\n  Value:\n${param}Resources:\n  Cluster:\n    Type: AWS::ECS::Cluster\n`;
const none = { parameters: {} };
const given = (Value: string) => ({ parameters: { Value } });

testRule(rule, {
  valid: [
    { name: 'a Number default', code: template('    Type: Number\n    Default: 8080\n'), options: none },
    {
      name: "the instructor's subnets for a typed list",
      code: template('    Type: List<AWS::EC2::Subnet::Id>\n'),
      options: given('subnet-0123456789abcdef0, subnet-89abcdef'),
    },
    {
      name: 'an ACM ARN that fits the AllowedPattern',
      code: template(
        "    Type: String\n    AllowedPattern: '^arn:aws[a-z-]*:acm:[a-z0-9-]+:[0-9]{12}:certificate/.+$'\n",
      ),
      options: given('arn:aws:acm:us-east-1:123456789012:certificate/abc'),
    },
    {
      name: 'a default among AllowedValues, within lengths and bounds',
      code: template(
        "    Type: String\n    Default: '512'\n    AllowedValues: ['256', '512']\n    MinLength: 3\n    MaxLength: 3\n",
      ),
      options: none,
    },
    {
      name: 'a parameter with no value at all is SBX003, not this rule',
      code: template('    Type: Number\n'),
      options: none,
    },
    {
      name: 'a pattern JavaScript cannot read is left to cfn-lint',
      code: template("    Type: String\n    Default: x\n    AllowedPattern: '(?<'\n"),
      options: none,
    },
  ],
  invalid: [
    {
      name: 'a Default that is not a number',
      code: template('    Type: Number\n    Default: eighty\n'),
      options: none,
      errors: [
        {
          messageId: 'invalid',
          line: 4,
          data: { name: 'Value', value: 'eighty', source: 'its Default' },
        },
      ],
    },
    {
      name: "an instructor's VPC id with a typo is reported at the Type, as the instructor's",
      code: template('    Type: AWS::EC2::VPC::Id\n'),
      options: given('vcp-0123456789abcdef0'),
      errors: [
        {
          messageId: 'invalid',
          line: 3,
          data: { source: "from the instructor's 'deploy-parameters'" },
        },
      ],
    },
    {
      name: 'one bad subnet in a list',
      code: template('    Type: List<AWS::EC2::Subnet::Id>\n'),
      options: given('subnet-0123456789abcdef0,subnet-XYZ'),
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'a value outside AllowedValues',
      code: template("    Type: String\n    Default: '1024'\n    AllowedValues: ['256', '512']\n"),
      options: none,
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'AllowedPattern must match the whole value',
      code: template("    Type: String\n    Default: xabc\n    AllowedPattern: 'abc'\n"),
      options: none,
      errors: [{ messageId: 'invalid' }],
    },
    {
      name: 'a number above MaxValue',
      code: template('    Type: Number\n    Default: 70000\n    MaxValue: 65535\n'),
      options: none,
      errors: [{ messageId: 'invalid' }],
    },
  ],
});

describe('violation', () => {
  it.each([
    [{ Type: 'Number' }, '', "'' is not a number (Type 'Number')"],
    [{ Type: 'List<Number>' }, '1,x', "'x' is not a number (Type 'List<Number>')"],
    [
      { Type: 'AWS::EC2::AvailabilityZone::Name' },
      'us-east-1',
      "'us-east-1' is not a 'AWS::EC2::AvailabilityZone::Name' (Type 'AWS::EC2::AvailabilityZone::Name')",
    ],
    [{ Type: 'String', MinLength: 2 }, 'a', 'it is shorter than MinLength 2'],
    [{ Type: 'String', MaxLength: '2' }, 'abc', 'it is longer than MaxLength 2'],
    [{ Type: 'Number', MinValue: 1 }, '0', 'it is below MinValue 1'],
    [{ Type: 'AWS::EC2::AvailabilityZone::Name' }, 'eu-west-2b', null],
    [{ Type: 'AWS::EC2::SecurityGroup::Id' }, 'sg-0a1b2c3d', null],
  ])('%j with %j: %s', (param, value, why) => {
    expect(violation(param, value)).toBe(why);
  });
});
