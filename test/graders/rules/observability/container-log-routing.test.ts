import rule from '../../../../graders/rules/observability/container-log-routing.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB11, LAB11_JSON, edit, lab11Json, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const WEB_MODE = '              mode: non-blocking\n              max-buffer-size: 25m\n';

/** The JSON solution with one change to the web container's log options. */
function webOptions(change: (o: Record<string, unknown>) => void): string {
  if (!HAS_SOLUTIONS) return ''; // the solution is absent and the tests built on it skip
  const t = lab11Json();
  const containers = t['Resources']!['TaskDefinition']!['Properties'] as {
    ContainerDefinitions: { LogConfiguration: { Options: Record<string, unknown> } }[];
  };
  change(containers.ContainerDefinitions[1]!.LogConfiguration.Options);
  return JSON.stringify(t);
}

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'awslogs with non-blocking mode and a buffer (lab 11 solution)', code: LAB11 },
    {
      name: 'FireLens to the log group, router on awslogs (second-style solution)',
      code: LAB11_JSON,
      file: 'template.json',
    },
    {
      name: 'blocking mode, no buffer needed',
      code: edit(LAB11, [WEB_MODE, '              mode: blocking\n']),
    },
    {
      name: 'the log group by its literal LogGroupName',
      code: edit(
        LAB11,
        ["      LogGroupName: !Sub '/ecs/${AWS::StackName}'\n", '      LogGroupName: /ecs/labs-web\n'],
        [
          '              awslogs-group: !Ref LogGroup\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: web\n',
          '              awslogs-group: /ecs/labs-web\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: web\n',
        ],
      ),
    },
  ],
  invalid: [
    {
      name: 'no mode',
      code: edit(LAB11, [WEB_MODE, '']),
      errors: [{ messageId: 'noMode', data: { container: 'web' } }],
    },
    {
      name: 'non-blocking without max-buffer-size',
      code: edit(LAB11, [WEB_MODE, '              mode: non-blocking\n']),
      errors: [{ messageId: 'noBuffer', data: { container: 'web' } }],
    },
    {
      name: 'a mode the driver does not know',
      code: edit(LAB11, [WEB_MODE, '              mode: async\n']),
      errors: [{ messageId: 'badMode', data: { value: 'async' } }],
    },
    {
      name: 'a log group of another stack, by name',
      code: edit(LAB11, [
        '              awslogs-group: !Ref LogGroup\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: web\n',
        '              awslogs-group: /ecs/labs-web\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: web\n',
      ]),
      errors: [{ messageId: 'foreignGroup', data: { container: 'web', value: "'/ecs/labs-web'" } }],
    },
    {
      name: 'no stream prefix',
      code: edit(LAB11, ['              awslogs-stream-prefix: otel\n', '']),
      errors: [{ messageId: 'noPrefix', data: { container: 'otel-collector' } }],
    },
    {
      name: 'the collector has no log configuration',
      code: edit(LAB11, [
        '          LogConfiguration:\n            LogDriver: awslogs\n            Options:\n              awslogs-group: !Ref LogGroup\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: otel\n              mode: non-blocking\n              max-buffer-size: 4m\n',
        '',
      ]),
      errors: [{ messageId: 'noLogging', data: { container: 'otel-collector' } }],
    },
    {
      name: 'splunk',
      code: edit(LAB11, [
        '            LogDriver: awslogs\n            Options:\n              awslogs-group: !Ref LogGroup\n              awslogs-region: !Ref AWS::Region\n              awslogs-stream-prefix: web\n',
        '            LogDriver: splunk\n            Options:\n              awslogs-stream-prefix: web\n',
      ]),
      errors: [{ messageId: 'otherDriver', data: { value: 'splunk' } }],
    },
    {
      name: 'FireLens to a hard-coded log group',
      code: webOptions((o) => (o['log_group_name'] = '/ecs/labs-web')),
      file: 'template.json',
      errors: [{ messageId: 'firelensOutput', data: { container: 'web' } }],
    },
    {
      name: 'FireLens to another destination',
      code: webOptions((o) => (o['Name'] = 'kinesis_firehose')),
      file: 'template.json',
      errors: [{ messageId: 'firelensOutput', data: { value: "'kinesis_firehose'" } }],
    },
    {
      name: 'no service',
      code: without(LAB11, 'Service'),
      errors: [{ messageId: 'noService' }],
    },
  ],
});
