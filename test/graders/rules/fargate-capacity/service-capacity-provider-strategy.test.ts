import rule from '../../../../graders/rules/fargate-capacity/service-capacity-provider-strategy.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { props, tpl } from './template.js';

const strategy = (...items: unknown[]) =>
  tpl((t) => (props(t, 'Service')['CapacityProviderStrategy'] = items));

testRule(rule, {
  valid: [
    { name: 'base 1 on FARGATE, Spot weighted 3', code: tpl() },
    {
      name: 'weight 0 on FARGATE with a base, Spot takes the rest',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 2, Weight: 0 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
      ),
    },
    {
      name: 'numbers as strings, as CloudFormation allows',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: '1', Weight: '1' },
        { CapacityProvider: 'FARGATE_SPOT', Weight: '4' },
      ),
    },
    {
      name: 'weights from parameters with defaults',
      code: tpl((t) => {
        t.Parameters = { SpotWeight: { Type: 'Number', Default: 3 } };
        props(t, 'Service')['CapacityProviderStrategy'] = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          { CapacityProvider: 'FARGATE_SPOT', Weight: { Ref: 'SpotWeight' } },
        ];
      }),
    },
  ],
  invalid: [
    {
      name: 'LaunchType FARGATE instead of a strategy',
      code: tpl((t) => {
        delete props(t, 'Service')['CapacityProviderStrategy'];
        props(t, 'Service')['LaunchType'] = 'FARGATE';
      }),
      errors: [{ messageId: 'launchTypeOnly' }],
    },
    {
      name: 'neither LaunchType nor strategy (silently the cluster default)',
      code: tpl((t) => delete props(t, 'Service')['CapacityProviderStrategy']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'LaunchType beside a strategy',
      code: tpl((t) => (props(t, 'Service')['LaunchType'] = 'FARGATE')),
      errors: [{ messageId: 'launchTypeAndStrategy' }],
    },
    {
      name: 'no base',
      code: strategy(
        { CapacityProvider: 'FARGATE', Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
      ),
      errors: [{ messageId: 'noBase' }],
    },
    {
      name: 'base 0 written out',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 0, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
      ),
      errors: [{ messageId: 'noBase' }],
    },
    {
      name: 'Spot only',
      code: strategy({ CapacityProvider: 'FARGATE_SPOT', Weight: 1 }),
      errors: [{ messageId: 'noOnDemand' }],
    },
    {
      name: 'on-demand only',
      code: strategy({ CapacityProvider: 'FARGATE', Base: 1, Weight: 1 }),
      errors: [{ messageId: 'noSpot' }],
    },
    {
      name: 'Spot weight 0',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 0 },
      ),
      errors: [{ messageId: 'spotNoWeight' }],
    },
    {
      name: 'base on Spot instead of on-demand',
      code: strategy(
        { CapacityProvider: 'FARGATE', Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Base: 1, Weight: 3 },
      ),
      errors: [{ messageId: 'noBase' }, { messageId: 'baseOnSpot' }],
    },
    {
      name: 'bases on both providers',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Base: 1, Weight: 3 },
      ),
      errors: [{ messageId: 'twoBases' }],
    },
    {
      name: 'every weight zero',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 0 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 0 },
      ),
      errors: [{ messageId: 'allZeroWeights' }, { messageId: 'spotNoWeight' }],
    },
    {
      name: 'misspelt provider',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE-SPOT', Weight: 3 },
      ),
      errors: [{ messageId: 'noSpot' }, { messageId: 'unknownProvider' }],
    },
    {
      name: 'provider listed twice',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 1 },
      ),
      errors: [{ messageId: 'duplicate' }],
    },
    {
      name: 'weight out of range',
      code: strategy(
        { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
        { CapacityProvider: 'FARGATE_SPOT', Weight: 5000 },
      ),
      errors: [{ messageId: 'badNumber' }],
    },
    {
      name: 'EC2 capacity provider',
      code: tpl((t) => {
        t.Resources['Asg'] = { Type: 'AWS::ECS::CapacityProvider', Properties: {} };
        props(t, 'Service')['CapacityProviderStrategy'] = [
          { CapacityProvider: 'FARGATE', Base: 1, Weight: 1 },
          { CapacityProvider: 'FARGATE_SPOT', Weight: 3 },
          { CapacityProvider: { Ref: 'Asg' }, Weight: 1 },
        ];
      }),
      errors: [{ messageId: 'ec2Provider' }],
    },
    {
      name: 'strategy from an intrinsic',
      code: tpl((t) => (props(t, 'Service')['CapacityProviderStrategy'] = { 'Fn::If': ['Prod', [], []] })),
      errors: [{ messageId: 'computed' }],
    },
    {
      name: 'strategy as an object',
      code: tpl((t) => (props(t, 'Service')['CapacityProviderStrategy'] = { CapacityProvider: 'FARGATE' })),
      errors: [{ messageId: 'notList' }],
    },
    {
      name: 'entry that is not an object',
      code: strategy('FARGATE', { CapacityProvider: 'FARGATE_SPOT', Weight: 3 }),
      errors: [{ messageId: 'noOnDemand' }, { messageId: 'entryNotObject' }],
    },
    {
      name: 'no service at all',
      code: tpl((t) => delete t.Resources['Service']),
      errors: [{ messageId: 'noService' }],
    },
    {
      name: 'the line of the offending LaunchType',
      code: `Resources:
  Svc:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: arn:aws:ecs:us-east-1:123456789012:task-definition/web:1
      LaunchType: FARGATE
`,
      errors: [{ messageId: 'launchTypeOnly', line: 6 }],
    },
  ],
});
