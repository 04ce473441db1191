import { describe, expect, it } from 'vitest';
import rule, { zoneIndex } from '../../../../graders/rules/vpc/no-hard-coded-az.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB06, edit } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const FIRST = "      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: !Select [0, !GetAZs '']";

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: '!Select over !GetAZs (lab 06 solution)', code: LAB06 },
    {
      name: "an index written as text ('0')",
      code: edit(LAB06, [
        FIRST,
        "      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: !Select ['0', !GetAZs '']",
      ]),
    },
    {
      name: 'a zone parameter',
      code: edit(
        LAB06,
        [
          'Parameters:\n',
          'Parameters:\n  Zone:\n    Type: AWS::EC2::AvailabilityZone::Name\n    Default: us-east-1a\n',
        ],
        [FIRST, '      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: !Ref Zone'],
      ),
    },
  ],
  invalid: [
    {
      name: 'a literal zone name',
      code: edit(LAB06, [FIRST, '      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: us-east-1a']),
      errors: [{ messageId: 'hardCoded', line: 87 }],
    },
    {
      name: '!Select over a literal list',
      code: edit(LAB06, [
        FIRST,
        '      CidrBlock: 10.0.0.0/24\n      AvailabilityZone: !Select [0, [eu-west-1a, eu-west-1b]]',
      ]),
      errors: [{ messageId: 'hardCoded' }, { messageId: 'hardCoded' }],
    },
    {
      name: 'a literal zone id',
      code: edit(LAB06, [FIRST, '      CidrBlock: 10.0.0.0/24\n      AvailabilityZoneId: use1-az4']),
      errors: [{ messageId: 'hardCoded' }],
    },
  ],
});

describe.skipIf(!HAS_SOLUTIONS)('zoneIndex', () => {
  it('suggests the !GetAZs index for a zone name or id', () => {
    expect([
      zoneIndex('us-east-1a'),
      zoneIndex('ap-southeast-2c'),
      zoneIndex('us-gov-west-1b'),
      zoneIndex('use1-az2'),
    ]).toEqual([0, 2, 1, 1]);
    expect([zoneIndex('0'), zoneIndex('${AWS::Region}a'), zoneIndex('')]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
