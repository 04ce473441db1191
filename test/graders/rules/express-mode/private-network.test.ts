import rule from '../../../../graders/rules/express-mode/private-network.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const NETWORK =
  '      NetworkConfiguration:\n        Subnets: !Ref PrivateSubnetIds\n        SecurityGroups:\n          - !Ref TaskSecurityGroup\n';
const PUBLIC_PARAM =
  '  PublicSubnetIds:\n    Type: List<AWS::EC2::Subnet::Id>\n    Description: Public subnets.\n  ImageTag:';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'private subnet parameter and a closed group (lab 13 solution)', code: LAB13 },
    {
      name: 'a security group taken from a typed parameter',
      code: edit(
        LAB13,
        [
          NETWORK,
          '      NetworkConfiguration:\n        Subnets: !Ref PrivateSubnetIds\n        SecurityGroups:\n          - !Ref TasksGroupId\n',
        ],
        ['  ImageTag:', '  TasksGroupId:\n    Type: AWS::EC2::SecurityGroup::Id\n  ImageTag:'],
      ),
    },
    {
      name: 'App Runner VPC connector in private subnets (second-style solution)',
      code: runner(() => {}),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: 'no NetworkConfiguration (the default VPC)',
      code: edit(LAB13, [NETWORK, '']),
      errors: [{ messageId: 'noNetwork' }],
    },
    {
      name: 'public subnets',
      code: edit(
        LAB13,
        ['        Subnets: !Ref PrivateSubnetIds\n', '        Subnets: !Ref PublicSubnetIds\n'],
        ['  ImageTag:', PUBLIC_PARAM],
      ),
      errors: [{ messageId: 'publicSubnet' }],
    },
    {
      name: 'no security groups',
      code: edit(LAB13, ['        SecurityGroups:\n          - !Ref TaskSecurityGroup\n', '']),
      errors: [{ messageId: 'noSecurityGroups' }],
    },
    {
      name: 'a group open to the internet',
      code: edit(LAB13, [
        '      SecurityGroupEgress:\n',
        '      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 8080\n          ToPort: 8080\n          CidrIp: 0.0.0.0/0\n      SecurityGroupEgress:\n',
      ]),
      errors: [{ messageId: 'openIngress', data: { group: 'TaskSecurityGroup', cidr: '0.0.0.0/0' } }],
    },
    {
      name: 'a literal group id',
      code: edit(LAB13, ['          - !Ref TaskSecurityGroup\n', '          - sg-0123456789abcdef0\n']),
      errors: [{ messageId: 'unverifiableGroup' }],
    },
    {
      name: 'App Runner with default egress',
      code: runner((t) => {
        delete props(t, 'Service')['NetworkConfiguration'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'noEgress' }],
    },
    {
      name: 'App Runner connector in subnets of unknown tier',
      code: runner((t) => {
        props(t, 'VpcConnector')['Subnets'] = ['subnet-0123456789abcdef0'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'unverifiableSubnet' }],
    },
  ],
});
