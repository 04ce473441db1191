import rule from '../../../graders/fargate-capacity/cluster-capacity-providers.js';
import { testRule } from '../../helpers/rule-tester.js';
import { props, tpl } from './template.js';

testRule(rule, {
  valid: [
    { name: 'providers and default on the cluster', code: tpl() },
    {
      name: 'providers and default in a ClusterCapacityProviderAssociations resource',
      code: tpl((t) => {
        const c = props(t, 'Cluster');
        t.Resources['Assoc'] = {
          Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
          Properties: {
            Cluster: { Ref: 'Cluster' },
            CapacityProviders: c['CapacityProviders'],
            DefaultCapacityProviderStrategy: c['DefaultCapacityProviderStrategy'],
          },
        };
        delete c['CapacityProviders'];
        delete c['DefaultCapacityProviderStrategy'];
      }),
    },
    {
      name: 'a service in a cluster outside the template is not cross-checked',
      code: tpl((t) => (props(t, 'Service')['Cluster'] = 'arn:aws:ecs:us-east-1:123456789012:cluster/other')),
    },
  ],
  invalid: [
    {
      name: 'no providers and no default',
      code: tpl((t) => {
        delete props(t, 'Cluster')['CapacityProviders'];
        delete props(t, 'Cluster')['DefaultCapacityProviderStrategy'];
      }),
      errors: [{ messageId: 'noDefault' }, { messageId: 'noProviders' }],
    },
    {
      name: 'FARGATE_SPOT not associated, yet used by the service',
      code: tpl((t) => {
        props(t, 'Cluster')['CapacityProviders'] = ['FARGATE'];
        props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [{ CapacityProvider: 'FARGATE', Weight: 1 }];
      }),
      errors: [{ messageId: 'missingProvider' }, { messageId: 'serviceNotAssociated' }],
    },
    {
      name: 'default strategy names a provider the cluster lacks',
      code: tpl((t) => {
        props(t, 'Cluster')['CapacityProviders'] = ['FARGATE'];
        props(t, 'Service')['CapacityProviderStrategy'] = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        ];
      }),
      errors: [{ messageId: 'missingProvider' }, { messageId: 'defaultNotAssociated' }],
    },
    {
      name: 'no default strategy',
      code: tpl((t) => delete props(t, 'Cluster')['DefaultCapacityProviderStrategy']),
      errors: [{ messageId: 'noDefault' }],
    },
    {
      name: 'default strategy not a list',
      code: tpl((t) => (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = 'FARGATE')),
      errors: [{ messageId: 'defaultNotList' }],
    },
    {
      name: 'providers from an intrinsic',
      code: tpl(
        (t) => (props(t, 'Cluster')['CapacityProviders'] = { 'Fn::Split': [',', 'FARGATE,FARGATE_SPOT'] }),
      ),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'no cluster in the template',
      code: tpl((t) => {
        delete t.Resources['Cluster'];
        props(t, 'Service')['Cluster'] = 'labs';
      }),
      errors: [{ messageId: 'noCluster' }],
    },
  ],
});
