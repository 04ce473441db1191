import rule from '../../../../graders/rules/dockerignore/excludes-env-files.js';
import { testRule } from '../../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'plain .env', code: '.env\n' },
    { name: 'wildcard', code: '.env*\n' },
    { name: 'any depth', code: '**/.env\n' },
    { name: 'example file re-included', code: '.env*\n!.env.example\n' },
  ],
  invalid: [
    { name: 'empty file', code: '', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 'only .env.local', code: '.env.local\n', errors: [{ messageId: 'missing', line: 1 }] },
    { name: 're-included', code: '.env*\n!.env\n', errors: [{ messageId: 'reincluded', line: 2 }] },
  ],
});
