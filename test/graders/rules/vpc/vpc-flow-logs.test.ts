import rule from '../../../../graders/rules/vpc/vpc-flow-logs.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, LAB06, edit, resourcesOnly } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const CWL =
  '      LogDestinationType: cloud-watch-logs\n      LogGroupName: !Ref FlowLogGroup\n      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n';

/** Lab 06 with its flow log recording only `traffic`. */
const traffic = (value: string) => edit(LAB06, ['      TrafficType: ALL\n', `      TrafficType: ${value}\n`]);
/** A second flow log for the same VPC, delivering to S3. */
const secondLog = (value: string) =>
  `  RejectLog:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceType: VPC\n      ResourceId: !Ref Vpc\n      TrafficType: ${value}\n      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-log-bucket\n\n`;

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'flow logs to CloudWatch Logs (lab 06 solution)', code: LAB06 },
    {
      name: 'flow logs to S3',
      code: edit(LAB06, [
        CWL,
        '      LogDestinationType: s3\n      LogDestination: arn:aws:s3:::flow-log-bucket\n',
      ]),
    },
    {
      name: 'an ACCEPT log and a REJECT log together',
      code: edit(traffic('ACCEPT'), ['  FlowLog:\n', `${secondLog('REJECT')}  FlowLog:\n`]),
    },
    {
      name: 'TrafficType decided at deploy time',
      code: traffic('!ImportValue flow-log-traffic-type'),
    },
  ],
  invalid: [
    {
      name: 'no VPC',
      code: resourcesOnly('  Sg:\n    Type: AWS::EC2::SecurityGroup\n'),
      errors: [{ messageId: 'noVpc' }],
    },
    { name: 'no flow log', code: LAB03, errors: [{ messageId: 'missing', line: 25 }] },
    {
      name: 'no role for CloudWatch Logs',
      code: edit(LAB06, ['      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n', '']),
      errors: [{ messageId: 'noRole' }],
    },
    {
      name: 'only rejected traffic',
      code: traffic('REJECT'),
      errors: [{ messageId: 'partialTraffic', line: 65 }],
    },
    {
      name: 'only accepted traffic, from a parameter default',
      code: edit(traffic('!Ref TrafficType'), [
        'Parameters:\n',
        'Parameters:\n  TrafficType:\n    Type: String\n    Default: ACCEPT\n',
      ]),
      errors: [{ messageId: 'partialTraffic' }],
    },
    {
      name: 'two REJECT logs',
      code: edit(traffic('REJECT'), ['  FlowLog:\n', `${secondLog('REJECT')}  FlowLog:\n`]),
      errors: [{ messageId: 'partialTraffic' }, { messageId: 'partialTraffic' }],
    },
    {
      name: 'only rejected traffic, and no role either',
      code: edit(traffic('REJECT'), ['      DeliverLogsPermissionArn: !GetAtt FlowLogRole.Arn\n', '']),
      errors: [{ messageId: 'noRole' }, { messageId: 'partialTraffic' }],
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
