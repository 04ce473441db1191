import rule from '../../../../graders/rules/express-mode/health-check-path.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB13, edit, props, runner } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const JSON_FILE = 'template.json';
const PATH = '      HealthCheckPath: /health\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: "'/health' (lab 13 solution)", code: LAB13 },
    {
      name: 'App Runner HTTP check on /health (second-style solution)',
      code: runner(() => {}),
      file: JSON_FILE,
    },
  ],
  invalid: [
    { name: 'no path', code: edit(LAB13, [PATH, '']), errors: [{ messageId: 'noPath' }] },
    {
      name: 'the greeting page',
      code: edit(LAB13, [PATH, '      HealthCheckPath: /\n']),
      errors: [{ messageId: 'wrongPath', data: { path: '/' } }],
    },
    {
      name: 'a query string',
      code: edit(LAB13, [PATH, "      HealthCheckPath: '/health?probe=1'\n"]),
      errors: [{ messageId: 'wrongPath', data: { path: '/health?probe=1' } }],
    },
    {
      name: 'App Runner TCP check',
      code: runner((t) => {
        props(t, 'Service')['HealthCheckConfiguration'] = { Protocol: 'TCP' };
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'tcp' }],
    },
    {
      name: 'App Runner without a health check',
      code: runner((t) => {
        delete props(t, 'Service')['HealthCheckConfiguration'];
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'noHealthCheck' }],
    },
    {
      name: 'App Runner HTTP check without a path',
      code: runner((t) => {
        props(t, 'Service')['HealthCheckConfiguration'] = { Protocol: 'HTTP' };
      }),
      file: JSON_FILE,
      errors: [{ messageId: 'noRunnerPath' }],
    },
  ],
});
