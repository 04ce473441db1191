// Lab 03 mutation table: each rubric item, broken alone in the reference solution by one small, realistic
// learner mistake, costs points, and no other item moves. The harness is test/helpers/mutation-table.ts.
import lab from '../../../../graders/rubrics/03-ecs-service-alb.js';
import { describeMutations, inTemplate, type Mutation } from '../../../helpers/mutation-table.js';

const table: readonly Mutation[] = [
  {
    item: 'container-insights',
    name: 'Container Insights switched off on the cluster',
    mutate: inTemplate(
      '        - Name: containerInsights\n          Value: enabled\n',
      '        - Name: containerInsights\n          Value: disabled\n',
    ),
  },
  {
    item: 'private-fargate-service',
    name: 'the service gives its tasks public IPs',
    mutate: inTemplate('AssignPublicIp: DISABLED', 'AssignPublicIp: ENABLED'),
  },
  {
    item: 'alb-public-subnets',
    name: 'the internet-facing ALB is put in the private subnets',
    mutate: inTemplate(
      '      Subnets:\n        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n',
      '      Subnets:\n        - !Ref PrivateSubnetA\n        - !Ref PrivateSubnetB\n',
    ),
  },
  {
    item: 'ip-target-group',
    name: "the target group keeps the default 'instance' target type",
    mutate: inTemplate('      TargetType: ip\n', '      TargetType: instance\n'),
  },
  {
    item: 'service-security-group',
    name: 'the service admits the container port from the VPC CIDR instead of the ALB security group',
    mutate: inTemplate(
      '      SourceSecurityGroupId: !GetAtt LoadBalancerSecurityGroup.GroupId\n',
      '      CidrIp: 10.0.0.0/16\n',
    ),
  },
  {
    item: 'safe-deployments',
    name: 'the circuit breaker does not roll back',
    mutate: inTemplate('          Rollback: true\n', '          Rollback: false\n'),
  },
  {
    item: 'health-check-grace-period',
    name: 'the service has no health-check grace period',
    mutate: inTemplate('      HealthCheckGracePeriodSeconds: 60\n', ''),
  },
  {
    item: 'multi-az-tasks',
    name: 'the service runs a single task',
    mutate: inTemplate('      DesiredCount: 2\n', '      DesiredCount: 1\n'),
  },
  {
    item: 'efs-storage',
    name: 'the EFS volume is mounted without encryption in transit',
    mutate: inTemplate(
      '            TransitEncryption: ENABLED\n',
      '            TransitEncryption: DISABLED\n',
    ),
  },
];

/**
 * More mistakes for items the table already covers. The table holds exactly one row per item, so these sit
 * apart; each is graded in the same run and checked the same way: its item loses points, no other item moves.
 */
const moreMistakes: readonly Mutation[] = [
  {
    item: 'alb-public-subnets',
    name: "the load balancer is 'Scheme: internal', so nothing outside the VPC can reach it",
    mutate: inTemplate('      Scheme: internet-facing\n', '      Scheme: internal\n'),
  },
  {
    item: 'service-security-group',
    name: 'the service admits the listener port 80 from the ALB security group, not container port 8080',
    mutate: inTemplate(
      '      FromPort: !Ref ContainerPort\n      ToPort: !Ref ContainerPort\n',
      '      FromPort: 80\n      ToPort: 80\n',
    ),
  },
  {
    item: 'service-security-group',
    name: "the service admits all traffic ('IpProtocol: -1') from the ALB security group",
    mutate: inTemplate(
      '      IpProtocol: tcp\n      FromPort: !Ref ContainerPort\n      ToPort: !Ref ContainerPort\n',
      "      IpProtocol: '-1'\n",
    ),
  },
];

describeMutations(lab, table, moreMistakes);
