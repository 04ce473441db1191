import rule from '../../../../graders/rules/ecs-service/cluster-container-insights.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB03, edit, resourcesOnly, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'Container Insights enabled (lab 03 solution)', code: LAB03 },
    { name: "'enhanced' observability", code: edit(LAB03, ['Value: enabled', 'Value: enhanced']) },
    {
      name: 'service in a cluster from another stack',
      code: resourcesOnly(`  Cluster:
    Type: AWS::ECS::Cluster
    Properties:
      ClusterSettings: [{ Name: containerInsights, Value: enabled }]
  Service:
    Type: AWS::ECS::Service
    Properties:
      Cluster: !ImportValue shared-cluster
`),
    },
  ],
  invalid: [
    {
      name: 'no cluster at all',
      code: resourcesOnly(
        '  Service:\n    Type: AWS::ECS::Service\n    Properties:\n      DesiredCount: 2\n',
      ),
      errors: [{ messageId: 'noCluster', line: 2 }],
    },
    {
      name: 'cluster without settings',
      code: edit(LAB03, [
        '      ClusterSettings:\n        - Name: containerInsights\n          Value: enabled\n',
        '      ClusterName: web\n',
      ]),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: "Container Insights 'disabled'",
      code: edit(LAB03, ['Value: enabled', 'Value: disabled']),
      errors: [{ messageId: 'disabled' }],
    },
    {
      name: 'service left in the default cluster',
      code: edit(LAB03, ['      Cluster: !Ref Cluster\n', '']),
      errors: [{ messageId: 'defaultCluster' }],
    },
    {
      name: 'cluster removed entirely',
      code: edit(without(LAB03, 'Cluster'), ['      Cluster: !Ref Cluster\n', '']),
      errors: [{ messageId: 'noCluster' }],
    },
  ],
});
