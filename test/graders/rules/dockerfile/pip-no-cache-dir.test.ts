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
    {
      name: 'cache kept in a build stage the final image only copies from',
      code: 'FROM python:3.13 AS build\nRUN pip install --prefix=/install -r requirements.txt\nFROM python:3.13-slim\nCOPY --from=build /install /usr/local\n',
    },
    {
      name: 'PIP_NO_CACHE_DIR inherited from the stage the final one is built from',
      code: 'FROM python:3.13-slim AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n',
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
    {
      name: 'PIP_NO_CACHE_DIR set only in a build stage the final one is not built from',
      code: 'FROM python:3.13 AS build\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\nFROM python:3.13-slim\nRUN pip install gunicorn\n',
      errors: [{ messageId: 'noCacheDir', line: 5 }],
    },
    {
      name: 'cache kept in the stage the final one is built from',
      code: 'FROM python:3.13-slim AS deps\nRUN pip install flask\nFROM deps\nCMD ["flask", "run"]\n',
      errors: [{ messageId: 'noCacheDir', line: 2 }],
    },
  ],
});
