import rule from '../../../../graders/rules/ecr/image-scanning.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl, type Template } from './template.js';

const stackNamed = (t: Template) => (repo(t)['RepositoryName'] = { 'Fn::Sub': '${AWS::StackName}-web' });
const registryScan = (t: Template, scanType: string, frequency: string, filter: unknown) => {
  delete repo(t)['ImageScanningConfiguration'];
  t.Resources['Scanning'] = {
    Type: 'AWS::ECR::RegistryScanningConfiguration',
    Properties: {
      ScanType: scanType,
      Rules: [{ ScanFrequency: frequency, RepositoryFilters: [{ Filter: filter, FilterType: 'WILDCARD' }] }],
    },
  };
};

testRule(rule, {
  valid: [
    { name: 'scan on push', code: tpl() },
    {
      name: "'true' as text",
      code: tpl((t) => (repo(t)['ImageScanningConfiguration'] = { ScanOnPush: 'true' })),
    },
    {
      name: 'enhanced continuous scanning for every repository',
      code: tpl((t) => registryScan(t, 'ENHANCED', 'CONTINUOUS_SCAN', '*')),
    },
    {
      name: 'enhanced scan on push with a matching wildcard',
      code: tpl((t) => registryScan(t, 'ENHANCED', 'SCAN_ON_PUSH', 'labs-*')),
    },
    {
      name: 'basic registry scan on push',
      code: tpl((t) => registryScan(t, 'BASIC', 'SCAN_ON_PUSH', 'labs-web')),
    },
    {
      // ECR guide, image-scanning-filters.html: "a filter with no wildcard will match all repository names that
      // contain the filter".
      name: "a filter without a wildcard that the name contains ('web' in 'labs-web')",
      code: tpl((t) => registryScan(t, 'BASIC', 'SCAN_ON_PUSH', 'web')),
    },
    {
      name: "a stack-named repository ('${AWS::StackName}-web') with the filter '*-web'",
      code: tpl((t) => {
        stackNamed(t);
        registryScan(t, 'BASIC', 'SCAN_ON_PUSH', '*-web');
      }),
    },
    {
      name: "a stack-named repository with the filter 'web' (contained whatever the stack is called)",
      code: tpl((t) => {
        stackNamed(t);
        registryScan(t, 'ENHANCED', 'CONTINUOUS_SCAN', 'web');
      }),
    },
    {
      name: 'a stack-named repository with a filter built from the same stack name',
      code: tpl((t) => {
        stackNamed(t);
        registryScan(t, 'BASIC', 'SCAN_ON_PUSH', { 'Fn::Sub': '${AWS::StackName}-*' });
      }),
    },
    {
      name: 'a stack-named repository joined with Fn::Join, filter "*"',
      code: tpl((t) => {
        repo(t)['RepositoryName'] = { 'Fn::Join': ['-', [{ Ref: 'AWS::StackName' }, 'web']] };
        registryScan(t, 'BASIC', 'SCAN_ON_PUSH', '*');
      }),
    },
  ],
  invalid: [
    {
      name: "a wildcard filter must match the whole name ('web*' does not match 'labs-web')",
      code: tpl((t) => registryScan(t, 'BASIC', 'SCAN_ON_PUSH', 'web*')),
      errors: [{ messageId: 'filtersMiss', data: { suggestion: 'labs-web' } }],
    },
    {
      name: "a stack-named repository with the filter 'labs-*', which matches only some stack names",
      code: tpl((t) => {
        stackNamed(t);
        registryScan(t, 'BASIC', 'SCAN_ON_PUSH', 'labs-*');
      }),
      errors: [
        {
          messageId: 'filtersMissComputed',
          data: { repository: '${AWS::StackName}-web', filters: "'labs-*'", suggestion: 'web' },
        },
      ],
    },
    {
      name: 'no scanning configured',
      code: tpl((t) => delete repo(t)['ImageScanningConfiguration']),
      errors: [{ messageId: 'notScanned' }],
    },
    {
      name: 'scan on push switched off',
      code: tpl((t) => (repo(t)['ImageScanningConfiguration'] = { ScanOnPush: false })),
      errors: [{ messageId: 'scanOff' }],
    },
    {
      name: 'registry filter that misses the repository',
      code: tpl((t) => registryScan(t, 'ENHANCED', 'SCAN_ON_PUSH', 'prod-*')),
      errors: [{ messageId: 'filtersMiss' }],
    },
    {
      name: 'manual registry scanning only',
      code: tpl((t) => registryScan(t, 'BASIC', 'MANUAL', '*')),
      errors: [{ messageId: 'notScanned' }],
    },
    {
      name: 'no repository',
      code: tpl((t) => delete t.Resources['Repository']),
      errors: [{ messageId: 'noRepository' }],
    },
  ],
});
