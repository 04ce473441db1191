import rule from '../../../../graders/rules/vpc/no-remote-admin-ports.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB06, edit } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const LB_RULE =
  '        - Description: HTTP from anywhere\n          IpProtocol: tcp\n          FromPort: 80\n          ToPort: 80\n          CidrIp: 0.0.0.0/0\n';
const add = (rule: string) => edit(LAB06, [LB_RULE, LB_RULE + rule]);

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'no admin ports (lab 06 solution)', code: LAB06 },
    {
      name: 'SSH from inside the VPC only',
      code: add(
        '        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 10.0.0.0/16\n',
      ),
    },
    {
      name: 'a UDP range that skips 22',
      code: add(
        '        - IpProtocol: udp\n          FromPort: 1000\n          ToPort: 2000\n          CidrIp: 0.0.0.0/0\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'SSH from anywhere',
      code: add(
        '        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n',
      ),
      errors: [{ messageId: 'openAdminPort' }],
    },
    {
      name: 'RDP from anywhere over IPv6',
      code: add(
        '        - IpProtocol: tcp\n          FromPort: 3389\n          ToPort: 3389\n          CidrIpv6: ::/0\n',
      ),
      errors: [{ messageId: 'openAdminPort' }],
    },
    {
      name: 'all traffic from anywhere',
      code: add("        - IpProtocol: '-1'\n          CidrIp: 0.0.0.0/0\n"),
      errors: [{ messageId: 'openAdminPort' }],
    },
    {
      name: 'every TCP port from anywhere',
      code: add(
        '        - IpProtocol: tcp\n          FromPort: 0\n          ToPort: 65535\n          CidrIp: 0.0.0.0/0\n',
      ),
      errors: [{ messageId: 'openAdminPort' }],
    },
    {
      name: 'protocol number 6',
      code: add(
        "        - IpProtocol: '6'\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n",
      ),
      errors: [{ messageId: 'openAdminPort' }],
    },
  ],
});
