import rule from '../../../../graders/rules/dockerfile/pip-no-cache-dir.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'no-cache-dir',
      code: 'FROM python:3.13-slim\nRUN pip install --no-cache-dir -r requirements.txt\n',
    },
    {
      name: 'PIP_NO_CACHE_DIR set',
      code: 'FROM python:3.13-slim\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n',
    },
    {
      name: 'cache mount',
      code: 'FROM python:3.13-slim\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n',
    },
    { name: 'pip used for something else', code: 'FROM python:3.13-slim\nRUN pip --version\n' },
  ],
  invalid: [
    {
      name: 'pip install',
      code: 'FROM python:3.13-slim\nRUN pip install flask\n',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
    },
    {
      name: 'python -m pip install',
      code: 'FROM python:3.13-slim\nRUN python3 -m pip install -r requirements.txt\n',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
    },
    {
      name: 'PIP_NO_CACHE_DIR set only after the install',
      code: 'FROM python:3.13-slim\nRUN pip3 install flask\nENV PIP_NO_CACHE_DIR=1\n',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
    },
  ],
});
