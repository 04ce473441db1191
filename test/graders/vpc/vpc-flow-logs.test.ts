import rule from '../../../graders/vpc/vpc-flow-logs.js';
import { testRule } from '../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly } from '../ecs-service/templates.js';

const CWL =
  '      LogDestinationType: cloud-watch-logs\n      LogGroupName: !Ref FlowLogGroup\n      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n';

testRule(rule, {
  valid: [
    { name: 'flow logs to CloudWatch Logs (lab 06 solution)', code: LAB06 },
    {
      name: 'flow logs to S3',
      code: edit(LAB06, [
        CWL,
        '      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-log-bucket\n',
      ]),
    },
  ],
  invalid: [
    {
      name: 'no VPC',
      code: resourcesOnly('  Sg:\n    Type: AWS::EC2::SecurityGroup\n'),
      errors: [{ messageId: 'noVpc' }],
    },
    { name: 'no flow log', code: LAB03, errors: [{ messageId: 'missing', line: 19 }] },
    {
      name: 'no role for CloudWatch Logs',
      code: edit(LAB06, ['      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n', '']),
      errors: [{ messageId: 'noRole' }],
    },
    { name: 'no destination', code: edit(LAB06, [CWL, '']), errors: [{ messageId: 'noDestination' }] },
    {
      name: 'a flow log for a different resource',
      code: edit(LAB06, [
        '      ResourceType: VPC\n      ResourceId: !Ref Vpc',
        '      ResourceType: Subnet\n      ResourceId: !Ref PrivateSubnetA',
      ]),
      errors: [{ messageId: 'missing' }],
    },
  ],
});
