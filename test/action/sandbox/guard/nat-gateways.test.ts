import rule from '../../../../action/sandbox/guard/nat-gateways.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, guardOptions, json } from '../support.js';

const file = 'template.json';
const nat = (n: string) => ({
  Type: 'AWS::EC2::NatGateway',
  Properties: { SubnetId: 'subnet-1', AllocationId: n },
});
const two = json({ Resources: { NatA: nat('a'), NatB: nat('b') } });

testRule(rule, {
  valid: [
    {
      name: 'one NAT gateway in a service lab',
      code: json({ Resources: { NatA: nat('a') } }),
      file,
      options: guardOptions(LAB03),
    },
    {
      name: 'one per zone where the lab teaches it (lab 06)',
      code: two,
      file,
      options: guardOptions('06-vpc-networking'),
    },
  ],
  invalid: [
    {
      name: 'two in a service lab',
      code: two,
      file,
      options: guardOptions(LAB03),
      errors: [
        {
          messageId: 'tooMany',
          data: { count: 2, names: "'NatA', 'NatB'", lab: LAB03, max: 1, hourly: '$0.045' },
        },
      ],
    },
    {
      name: 'any in a lab that allows none (lab 05)',
      code: json({ Resources: { NatA: nat('a') } }),
      file,
      options: guardOptions('05-ecr-registry'),
      errors: [{ messageId: 'tooMany', data: { count: 1, max: 0 } }],
    },
  ],
});
