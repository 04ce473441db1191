import rule from '../../../../graders/rules/fargate-capacity/cluster-capacity-providers.js';
import { testRule } from '../../../helpers/rule-tester.js';
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
      name: 'a default with a larger base and Spot weight',
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE_SPOT', Weight: 4 },
            { CapacityProvider: 'FARGATE', Base: '2', Weight: 1 },
          ]),
      ),
    },
    {
      name: 'a default provider from a parameter without a default is not second-guessed',
      code: tpl((t) => {
        t.Parameters = { Spot: { Type: 'String' } };
        props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          { CapacityProvider: { Ref: 'Spot' }, Weight: 3 },
        ];
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
      errors: [
        { messageId: 'missingProvider' },
        { messageId: 'defaultNotMixed' },
        { messageId: 'serviceNotAssociated' },
      ],
    },
    {
      name: 'a default with only FARGATE',
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          ]),
      ),
      errors: [{ messageId: 'defaultNotMixed', line: 10 }],
    },
    {
      name: 'a default with only FARGATE_SPOT',
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
          ]),
      ),
      errors: [{ messageId: 'defaultNotMixed' }],
    },
    {
      name: "a default that gives FARGATE_SPOT 'Weight: 0'",
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
            { CapacityProvider: 'FARGATE_SPOT', Weight: 0 },
          ]),
      ),
      errors: [{ messageId: 'defaultNotMixed' }],
    },
    {
      name: 'a default without a base on FARGATE',
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE', Weight: 1 },
            { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
          ]),
      ),
      errors: [{ messageId: 'defaultNoBase' }],
    },
    {
      name: "a default with 'Base: 0' on FARGATE and the base on FARGATE_SPOT",
      code: tpl(
        (t) =>
          (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [
            { CapacityProvider: 'FARGATE', Base: 0, Weight: 1 },
            { CapacityProvider: 'FARGATE_SPOT', Base: 1, Weight: 3 },
          ]),
      ),
      errors: [{ messageId: 'defaultNoBase' }],
    },
    {
      name: 'an empty default strategy',
      code: tpl((t) => (props(t, 'Cluster')['DefaultCapacityProviderStrategy'] = [])),
      errors: [{ messageId: 'noDefault' }],
    },
    {
      name: 'a default with only FARGATE in a ClusterCapacityProviderAssociations resource',
      code: tpl((t) => {
        const c = props(t, 'Cluster');
        t.Resources['Assoc'] = {
          Type: 'AWS::ECS::ClusterCapacityProviderAssociations',
          Properties: {
            Cluster: { Ref: 'Cluster' },
            CapacityProviders: c['CapacityProviders'],
            DefaultCapacityProviderStrategy: [{ CapacityProvider: 'FARGATE', Base: 1, Weight: 1 }],
          },
        };
        delete c['CapacityProviders'];
        delete c['DefaultCapacityProviderStrategy'];
      }),
      errors: [{ messageId: 'defaultNotMixed' }],
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
