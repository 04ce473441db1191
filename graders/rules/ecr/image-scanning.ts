// ECR001: every repository's images are scanned for vulnerabilities when pushed: a registry scanning configuration
// (basic scan on push, or enhanced scanning) whose filters cover it, which is the current way, or the repository's own
// ScanOnPush, which ECR is deprecating (PutImageScanningConfiguration "is being deprecated, in favor of specifying the
// image scanning configuration at the registry level", ECR API reference) but still honours.
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../../engine/parsers/record.js';
import { literalBool, literalString, resources } from '../lib/cloudformation.js';
import {
  describePattern,
  isComputed,
  namePattern,
  repositories,
  repositoryName,
  repositoryNamePattern,
  scanFilterMatches,
  literalTail,
} from './model.js';

interface ScanRule {
  frequency: string;
  filters: string[];
}

/** Registry-level rules that scan on push or continuously, with their WILDCARD filters (as name patterns). */
function registryScanRules(t: Parameters<typeof resources>[0]): { scanType: string; rules: ScanRule[] }[] {
  return resources(t, 'AWS::ECR::RegistryScanningConfiguration').map((r) => {
    const scanType = literalString(t, r.props['ScanType']) ?? '';
    const rules: ScanRule[] = [];
    const list = r.props['Rules'];
    if (Array.isArray(list)) {
      for (const rule of list) {
        if (!isRecord(rule)) continue;
        const frequency = literalString(t, rule['ScanFrequency']) ?? '';
        const filters = Array.isArray(rule['RepositoryFilters'])
          ? rule['RepositoryFilters'].flatMap((f: unknown) => {
              const v = isRecord(f) ? namePattern(t, f['Filter']) : undefined;
              return v === undefined ? [] : [v];
            })
          : [];
        rules.push({ frequency, filters });
      }
    }
    return { scanType, rules };
  });
}

export default defineRule({
  meta: {
    id: 'ECR001',
    name: 'image-scanning',
    target: 'cloudformation',
    severity: 'error',
    title: 'Scan images on push',
    description:
      "Every ECR repository has its images scanned for known vulnerabilities: an AWS::ECR::RegistryScanningConfiguration (basic scan on push, or enhanced scanning with Amazon Inspector) whose repository filters match it whatever the stack is called (a filter without '*' matches every name that contains it), or the repository's ImageScanningConfiguration.ScanOnPush true, which ECR still honours but is deprecating.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    evidence: ['ECR.1', 'CKV_AWS_163'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
      notScanned:
        "Repository '{{repository}}' does not scan images on push, so a vulnerable base image goes unnoticed until it runs. Add an 'AWS::ECR::RegistryScanningConfiguration' with 'ScanType: BASIC' and a rule '{ ScanFrequency: SCAN_ON_PUSH, RepositoryFilters: [{ Filter: \"*\", FilterType: WILDCARD }] }' (ECR is deprecating the repository-level 'ScanOnPush').",
      scanOff:
        "Repository '{{repository}}' sets 'ScanOnPush: false' and no registry scanning rule covers it, so its images are never scanned on push. Add an 'AWS::ECR::RegistryScanningConfiguration' whose scan-on-push rule matches it (or set 'ScanOnPush: true').",
      filtersMiss:
        "The registry scanning configuration scans on push only repositories matching {{filters}}, and '{{repository}}' matches none of them (a filter without '*' must appear somewhere in the name; one with '*' must match the whole name). Add a filter that matches it, such as '{{suggestion}}' or '*'.",
      filtersMissComputed:
        "The registry scanning configuration scans on push only repositories matching {{filters}}, but the name '{{repository}}' depends on the stack name, so none of them is sure to match it. Use a filter that matches whatever the stack is called, such as '{{suggestion}}' or '*'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const repos = repositories(t);
    if (repos.length === 0) {
      ctx.report('noRepository', {}, ['Resources']);
      return;
    }
    const registry = registryScanRules(t);
    let failed = 0;
    for (const repo of repos) {
      const cfg = repo.props['ImageScanningConfiguration'];
      const scanOnPush = isRecord(cfg) ? literalBool(t, cfg['ScanOnPush']) : undefined;
      if (scanOnPush === true) continue;
      const pattern = repositoryNamePattern(t, repo);
      const repository = pattern === undefined ? repo.name : describePattern(pattern);
      const active = registry.flatMap((r) =>
        r.rules.filter(
          (rule) =>
            rule.frequency === 'SCAN_ON_PUSH' ||
            (rule.frequency === 'CONTINUOUS_SCAN' && r.scanType === 'ENHANCED'),
        ),
      );
      const covered = active.some((rule) =>
        rule.filters.some((f) => f === '*' || (pattern !== undefined && scanFilterMatches(f, pattern))),
      );
      if (covered) continue;
      failed++;
      const filters = active.flatMap((r) => r.filters);
      if (filters.length > 0) {
        const computed = pattern === undefined || isComputed(pattern);
        // The literal tail of the name ('-web' of '${AWS::StackName}-web') matches it whatever the stack is called.
        const tail = pattern !== undefined ? literalTail(pattern) : '';
        const suggestion = !computed
          ? (repositoryName(t, repo) ?? '*')
          : tail.replace(/^[^a-z0-9]+/, '') || '*';
        ctx.report(
          computed ? 'filtersMissComputed' : 'filtersMiss',
          {
            repository,
            filters: filters.map((f) => `'${describePattern(f)}'`).join(', '),
            suggestion,
          },
          repo.path,
        );
      } else if (scanOnPush === false) {
        ctx.report('scanOff', { repository }, [
          ...repo.path,
          'Properties',
          'ImageScanningConfiguration',
          'ScanOnPush',
        ]);
      } else ctx.report('notScanned', { repository }, repo.path);
    }
    ctx.tally(repos.length, failed);
  },
});
