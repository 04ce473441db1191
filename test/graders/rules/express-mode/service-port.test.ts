import rule from '../../../../graders/rules/express-mode/service-port.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const PORT_ENV = "        Environment:\n          - Name: PORT\n            Value: '8080'\n";

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'ContainerPort matches PORT (lab 13 solution)', code: LAB13 },
    {
      name: 'no PORT variable and the app default, 3000',
      code: edit(LAB13, [PORT_ENV, ''], ['        ContainerPort: 8080\n', '        ContainerPort: 3000\n']),
    },
    { name: 'App Runner on port 3000 (second-style solution)', code: runner(() => {}), file: JSON_FILE },
    {
      name: 'App Runner on its default port, with PORT set to 8080',
      code: runner((t) => {
        const repo = (props(t, 'Service')['SourceConfiguration'] as Record<string, Record<string, unknown>>)[
          'ImageRepository'
        ]!;
        repo['ImageConfiguration'] = { RuntimeEnvironmentVariables: [{ Name: 'PORT', Value: '8080' }] };
      }),
      file: JSON_FILE,
    },
  ],
  invalid: [
    {
      name: 'ContainerPort 80 while the app listens on 8080',
      code: edit(LAB13, ['        ContainerPort: 8080\n', '        ContainerPort: 80\n']),
      errors: [{ messageId: 'wrongPort', data: { given: '80', port: 8080 } }],
    },
    {
      name: 'ContainerPort 8080 without PORT: the app listens on 3000',
      code: edit(LAB13, [PORT_ENV, '']),
      errors: [{ messageId: 'wrongPort', data: { given: '8080', port: 3000 } }],
    },
    {
      name: 'no ContainerPort',
      code: edit(LAB13, ['        ContainerPort: 8080\n', '']),
      errors: [{ messageId: 'noPort' }],
    },
    {
      name: 'App Runner on its default port 8080 while the app listens on 3000',
      code: runner((t) => {
        const repo = (props(t, 'Service')['SourceConfiguration'] as Record<string, Record<string, unknown>>)[
          'ImageRepository'
        ]!;
        delete repo['ImageConfiguration'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'wrongRunnerPort', data: { given: '8080', port: 3000 } }],
    },
    {
      name: 'App Runner building from source code',
      code: runner((t) => {
        props(t, 'Service')['SourceConfiguration'] = {
          CodeRepository: {
            RepositoryUrl: 'https://github.com/example/labs-web',
            SourceCodeVersion: { Type: 'BRANCH', Value: 'main' },
          },
        };
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'sourceCode' }],
    },
    {
      name: 'no service at all',
      code: "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n",
      errors: [{ messageId: 'noService' }],
    },
  ],
});
