import rule from '../../../../graders/rules/ecr/image-scanning.js';
import { testRule } from '../../../helpers/rule-tester.js';
import { repo, tpl, type Template } from './template.js';

const registryScan = (t: Template, scanType: string, frequency: string, filter: string) => {
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
  ],
  invalid: [
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
