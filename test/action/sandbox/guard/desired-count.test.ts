import rule from '../../../../action/sandbox/guard/desired-count.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { guardOptions, json } from '../support.js';
import { fargate } from './templates.js';

const file = 'template.json';
const options = guardOptions();
const scaling = (max: unknown, extra: Record<string, unknown> = {}) =>
  json({
    ...extra,
    Resources: {
      ScalableTarget: {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: {
          ServiceNamespace: 'ecs',
          MinCapacity: 2,
          MaxCapacity: max,
          ScalableDimension: 'ecs:service:DesiredCount',
          ResourceId: 'service/c/s',
        },
      },
    },
  });
const countFromParameter = json({
  ...fargate({}, { DesiredCount: { Ref: 'Count' } }),
  Parameters: { Count: { Type: 'Number', Default: 1 } },
});

testRule(rule, {
  valid: [
    { name: 'two tasks', code: json(fargate({}, { DesiredCount: 2 })), file, options },
    {
      name: 'no DesiredCount (CloudFormation starts one)',
      code: json(fargate({}, { DesiredCount: undefined })),
      file,
      options,
    },
    { name: 'a parameter with a small Default', code: countFromParameter, file, options },
    {
      name: 'five tasks when the instructor raises the cap to five',
      code: json(fargate({}, { DesiredCount: 5 })),
      file,
      options: guardOptions(undefined, { 'deploy-max-desired-count': '5' }),
    },
    { name: 'an ECS scalable target within the cap', code: scaling(4), file, options },
  ],
  invalid: [
    {
      name: 'five tasks over the default cap of four',
      code: json(fargate({}, { DesiredCount: 5 })),
      file,
      options,
      errors: [{ messageId: 'overCap', data: { service: 'Service', count: 5, cap: 4 } }],
    },
    {
      name: 'a count decided at deploy time',
      code: json(fargate({}, { DesiredCount: { 'Fn::If': ['Prod', 4, 1] } })),
      file,
      options,
      errors: [{ messageId: 'computed', data: { service: 'Service', cap: 4 } }],
    },
    {
      name: "the instructor's parameter value replaces the Default",
      code: countFromParameter,
      file,
      options: guardOptions(undefined, { 'deploy-parameters': '{"Count": "6"}' }),
      errors: [{ messageId: 'overCap', data: { count: 6 } }],
    },
    {
      name: 'an auto-scaling minimum of 500 (with a maximum to match)',
      code: json({
        Resources: {
          ScalableTarget: {
            Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
            Properties: {
              ServiceNamespace: 'ecs',
              MinCapacity: 500,
              MaxCapacity: 3,
              ResourceId: 'service/c/s',
            },
          },
        },
      }),
      file,
      options,
      errors: [{ messageId: 'scalingMinOverCap', data: { target: 'ScalableTarget', min: 500, cap: 4 } }],
    },
    {
      name: 'an auto-scaling maximum above the cap',
      code: scaling(10),
      file,
      options,
      errors: [{ messageId: 'scalingOverCap', data: { target: 'ScalableTarget', max: 10, cap: 4 } }],
    },
    {
      name: 'an auto-scaling maximum decided at deploy time',
      code: scaling({ Ref: 'Max' }, { Parameters: { Max: { Type: 'Number' } } }),
      file,
      options,
      errors: [{ messageId: 'scalingComputed', data: { target: 'ScalableTarget' } }],
    },
  ],
});
