import rule from '../../../../action/sandbox/guard/computed-size.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { json } from '../support.js';
import { fargate } from './templates.js';

const file = 'template.json';
const options = { parameters: {} };
const target = (props: Record<string, unknown>) =>
  json({
    Resources: {
      ScalableTarget: {
        Type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        Properties: { ServiceNamespace: 'ecs', MinCapacity: 1, MaxCapacity: 2, ...props },
      },
    },
  });

testRule(rule, {
  valid: [
    { name: 'literal sizes', code: json(fargate()), file, options },
    {
      name: 'sizes from parameters with Defaults',
      code: json({
        ...fargate({ Cpu: { Ref: 'Cpu' }, RequiresCompatibilities: [{ Ref: 'Compat' }] }),
        Parameters: {
          Cpu: { Type: 'String', Default: '256' },
          Compat: { Type: 'String', Default: 'FARGATE' },
        },
      }),
      file,
      options,
    },
    {
      name: 'a size the instructor supplies',
      code: json({ ...fargate({ Memory: { Ref: 'Mem' } }), Parameters: { Mem: { Type: 'String' } } }),
      file,
      options: { parameters: { Mem: '512' } },
    },
    { name: 'a literal ECS scalable target', code: target({}), file, options },
  ],
  invalid: [
    {
      name: "Cpu: !Sub '16384' with RequiresCompatibilities: [!Sub FARGATE]",
      code: json(
        fargate({ Cpu: { 'Fn::Sub': '16384' }, RequiresCompatibilities: [{ 'Fn::Sub': 'FARGATE' }] }),
      ),
      file,
      options,
      errors: [
        { messageId: 'computed', data: { name: 'TaskDefinition', property: 'Cpu' } },
        { messageId: 'computed', data: { name: 'TaskDefinition', property: 'RequiresCompatibilities' } },
      ],
    },
    {
      name: 'Memory from a parameter with no value',
      code: json({ ...fargate({ Memory: { Ref: 'Mem' } }), Parameters: { Mem: { Type: 'String' } } }),
      file,
      options,
      errors: [{ messageId: 'computed', data: { property: 'Memory' } }],
    },
    {
      name: 'ServiceNamespace: !Sub ecs with MinCapacity 500',
      code: target({ ServiceNamespace: { 'Fn::Sub': 'ecs' }, MinCapacity: 500, MaxCapacity: 500 }),
      file,
      options,
      errors: [{ messageId: 'computed', data: { name: 'ScalableTarget', property: 'ServiceNamespace' } }],
    },
    {
      name: 'a computed MinCapacity',
      code: target({ MinCapacity: { 'Fn::Select': [0, [500]] } }),
      file,
      options,
      errors: [{ messageId: 'computed', data: { property: 'MinCapacity' } }],
    },
  ],
});
