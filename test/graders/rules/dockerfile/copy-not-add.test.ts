import rule from '../../../../graders/rules/dockerfile/copy-not-add.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'COPY only', code: 'FROM node:22\nCOPY . /app\n' },
    { name: 'local archive is unpacked', code: 'FROM alpine:3.21\nADD rootfs.tar.gz /\n' },
    {
      name: 'remote file with checksum',
      code:
        'FROM alpine:3.21\nADD --checksum=sha256:' + 'a'.repeat(64) + ' https://example.com/tool.tgz /opt/\n',
    },
    { name: 'git repository', code: 'FROM alpine:3.21\nADD git@github.com:owner/repo.git /src\n' },
  ],
  invalid: [
    {
      name: 'ADD of the context',
      code: 'FROM node:22\nADD . /app\n',
      errors: [{ messageId: 'useCopy', line: 2 }],
    },
    {
      name: 'ADD in JSON form',
      code: 'FROM node:22\nADD ["server.js", "/app/"]\n',
      errors: [{ messageId: 'useCopy', line: 2 }],
    },
    {
      name: 'remote file without checksum',
      code: 'FROM alpine:3.21\nADD https://example.com/tool.tgz /opt/\n',
      errors: [{ messageId: 'remoteNoChecksum', line: 2 }],
    },
    {
      name: 'two ADDs',
      code: 'FROM node:22\nADD package.json /app/\nCOPY . /app\nADD server.js /app/\n',
      errors: [
        { messageId: 'useCopy', line: 2 },
        { messageId: 'useCopy', line: 4 },
      ],
    },
  ],
});
