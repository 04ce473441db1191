import rule from '../../../../graders/rules/iam/container-hardening.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { LAB08, LAB08_JSON, STARTER, edit, without } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const DROP = '            Capabilities:\n              Drop:\n                - ALL\n';

testRule.skipIf(!HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON)(rule, {
  valid: [
    { name: 'read-only, user 1000, drop ALL (lab 08 solution)', code: LAB08 },
    {
      name: "a user from a parameter Default, 'true' as text, 'all' in lower case (JSON)",
      code: LAB08_JSON,
      file: 'template.json',
    },
    {
      name: "a named user with a group, 'node:node'",
      code: edit(LAB08, ["          User: '1000'\n", "          User: 'node:node'\n"]),
    },
  ],
  invalid: [
    {
      name: 'the starter: writable, default user, default capabilities',
      code: STARTER,
      errors: [
        { messageId: 'writableRoot', data: { value: 'not set' } },
        { messageId: 'noCapabilityDrop' },
        { messageId: 'noUser' },
      ],
    },
    {
      name: 'privileged',
      code: edit(LAB08, ["          User: '1000'\n", "          User: '1000'\n          Privileged: true\n"]),
      errors: [{ messageId: 'privileged', data: { container: 'web' } }],
    },
    {
      name: 'a writable root filesystem, said explicitly',
      code: edit(LAB08, [
        '          ReadonlyRootFilesystem: true\n',
        '          ReadonlyRootFilesystem: false\n',
      ]),
      errors: [{ messageId: 'writableRoot', data: { value: "'ReadonlyRootFilesystem: false'" } }],
    },
    {
      name: "user 'root'",
      code: edit(LAB08, ["          User: '1000'\n", '          User: root\n']),
      errors: [{ messageId: 'rootUser', data: { user: "'root'" } }],
    },
    {
      name: "uid '0:0'",
      code: edit(LAB08, ["          User: '1000'\n", "          User: '0:0'\n"]),
      errors: [{ messageId: 'rootUser' }],
    },
    {
      name: 'capabilities dropped one by one, not ALL',
      code: edit(LAB08, [
        DROP,
        '            Capabilities:\n              Drop:\n                - NET_RAW\n',
      ]),
      errors: [{ messageId: 'noCapabilityDrop' }],
    },
    {
      name: 'no container at all',
      code: without(LAB08, 'TaskDefinition', 'Service'),
      errors: [{ messageId: 'noContainers' }],
    },
  ],
});
