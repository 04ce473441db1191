import rule from '../../../../action/sandbox/guard/load-balancers.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, guardOptions } from '../support.js';

const lb = (name: string) =>
  `  ${name}:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      Scheme: internal\n      Subnets: [a, b]\n`;

testRule(rule, {
  valid: [
    { name: 'one load balancer', code: `Resources:\n${lb('PublicAlb')}`, options: guardOptions(LAB03) },
  ],
  invalid: [
    {
      name: 'a second one, reported at the one over the limit',
      code: `Resources:\n${lb('PublicAlb')}${lb('AdminAlb')}`,
      options: guardOptions(LAB03),
      errors: [
        { messageId: 'tooMany', line: 8, data: { count: 2, names: "'PublicAlb', 'AdminAlb'", max: 1 } },
      ],
    },
    {
      name: 'any in a lab that allows none (lab 05)',
      code: `Resources:\n${lb('PublicAlb')}`,
      options: guardOptions('05-ecr-registry'),
      errors: [{ messageId: 'tooMany', line: 3, data: { lab: '05-ecr-registry', max: 0 } }],
    },
  ],
});
