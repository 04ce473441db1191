import rule from '../../../../graders/rules/fargate-capacity/graviton-runtime-platform.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { props, tpl } from './template.js';

const platform = (rp: unknown) => tpl((t) => (props(t, 'TaskDefinition')['RuntimePlatform'] = rp));

testRule(rule, {
  valid: [
    { name: 'ARM64 on Linux', code: tpl() },
    {
      name: 'ARM64 without an OS family (Linux is the default)',
      code: platform({ CpuArchitecture: 'ARM64' }),
    },
    {
      name: 'architecture from a parameter default',
      code: tpl((t) => {
        t.Parameters = { Arch: { Type: 'String', Default: 'ARM64' } };
        props(t, 'TaskDefinition')['RuntimePlatform'] = { CpuArchitecture: { Ref: 'Arch' } };
      }),
    },
    {
      name: 'EC2-only task definitions are not this rule’s business',
      code: tpl((t) => {
        t.Resources['Batch'] = {
          Type: 'AWS::ECS::TaskDefinition',
          Properties: { RequiresCompatibilities: ['EC2'], ContainerDefinitions: [] },
        };
      }),
    },
  ],
  invalid: [
    {
      name: 'no RuntimePlatform',
      code: tpl((t) => delete props(t, 'TaskDefinition')['RuntimePlatform']),
      errors: [{ messageId: 'missing' }],
    },
    {
      name: 'X86_64',
      code: platform({ OperatingSystemFamily: 'LINUX', CpuArchitecture: 'X86_64' }),
      errors: [{ messageId: 'x86' }],
    },
    {
      name: 'OS family only',
      code: platform({ OperatingSystemFamily: 'LINUX' }),
      errors: [{ messageId: 'x86' }],
    },
    {
      name: 'lower-case arm64',
      code: platform({ CpuArchitecture: 'arm64' }),
      errors: [{ messageId: 'unknownArch' }],
    },
    {
      name: 'Windows',
      code: platform({ OperatingSystemFamily: 'WINDOWS_SERVER_2022_CORE', CpuArchitecture: 'X86_64' }),
      errors: [{ messageId: 'windows' }],
    },
    {
      name: 'architecture from a parameter without a default',
      code: tpl((t) => {
        t.Parameters = { Arch: { Type: 'String' } };
        props(t, 'TaskDefinition')['RuntimePlatform'] = { CpuArchitecture: { Ref: 'Arch' } };
      }),
      errors: [{ messageId: 'notLiteral' }],
    },
    { name: 'RuntimePlatform as text', code: platform('ARM64'), errors: [{ messageId: 'notObject' }] },
    {
      name: 'no task definition',
      code: tpl((t) => delete t.Resources['TaskDefinition']),
      errors: [{ messageId: 'noTaskDefinition' }],
    },
  ],
});
