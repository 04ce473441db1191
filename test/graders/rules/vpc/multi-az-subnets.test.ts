import rule from '../../../../graders/rules/vpc/multi-az-subnets.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const subnet = (name: string, az: string | null) =>
  `  ${name}:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-0123456789abcdef0\n      CidrBlock: 10.0.0.0/24\n${az === null ? '' : `      AvailabilityZone: ${az}\n`}`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: '!Select over !GetAZs (lab 06 solution)', code: LAB06 },
    { name: 'lab 03 network', code: LAB03 },
    {
      name: 'literal zone names (VPC007 objects to them, not this rule)',
      code: resourcesOnly(subnet('A', 'us-east-1a') + subnet('B', 'us-east-1b')),
    },
    {
      name: 'zones from a list parameter',
      code: `Parameters:\n  Zones:\n    Type: List<AWS::EC2::AvailabilityZone::Name>\nResources:\n${subnet('A', '!Select [0, !Ref Zones]')}${subnet('B', '!Select [1, !Ref Zones]')}`,
    },
    {
      name: 'zone ids',
      code: resourcesOnly(
        subnet('A', null).replace('CidrBlock', 'AvailabilityZoneId: use1-az1\n      CidrBlock') +
          subnet('B', null).replace('CidrBlock', 'AvailabilityZoneId: use1-az2\n      CidrBlock'),
      ),
    },
  ],
  invalid: [
    {
      name: 'no subnets',
      code: resourcesOnly('  Vpc:\n    Type: AWS::EC2::VPC\n'),
      errors: [{ messageId: 'noSubnets', line: 2 }],
    },
    {
      name: 'every subnet in the first zone',
      code: edit(
        LAB06,
        ["AvailabilityZone: !Select [1, !GetAZs '']", "AvailabilityZone: !Select [0, !GetAZs '']"],
        ["AvailabilityZone: !Select [1, !GetAZs '']", "AvailabilityZone: !Select [0, !GetAZs '']"],
      ),
      errors: [{ messageId: 'oneZone', data: { subnets: 'All 4 subnets are' } }],
    },
    {
      name: 'one literal zone',
      code: resourcesOnly(subnet('A', 'us-east-1a') + subnet('B', 'us-east-1a')),
      errors: [{ messageId: 'oneZone' }],
    },
    {
      name: 'a single subnet',
      code: resourcesOnly(subnet('A', 'us-east-1a')),
      errors: [{ messageId: 'oneZone', data: { subnets: "The template's only subnet is" } }],
    },
    {
      name: 'zones left to AWS',
      code: resourcesOnly(subnet('A', 'us-east-1a') + subnet('B', null)),
      errors: [{ messageId: 'zoneNotSet' }],
    },
  ],
});
