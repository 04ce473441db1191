// ECR001: every repository's images are scanned for vulnerabilities when pushed: ScanOnPush on the repository,
// or a registry scanning configuration (basic scan-on-push, or enhanced scanning) whose filters cover it.
import { defineRule } from '../../engine/define.js';
import { isRecord } from '../../engine/parsers/cloudformation.js';
import { literalBool, literalString, resources } from '../lib/cloudformation.js';
import { repositories, repositoryName, wildcardMatch } from './model.js';

interface ScanRule {
  frequency: string;
  filters: string[];
}

/** Registry-level rules that scan on push or continuously, with their WILDCARD filters. */
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
              const v = isRecord(f) ? literalString(t, f['Filter']) : undefined;
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
      'Every ECR repository has its images scanned for known vulnerabilities: ImageScanningConfiguration.ScanOnPush true, or an AWS::ECR::RegistryScanningConfiguration (basic scan on push, or enhanced scanning with Amazon Inspector) whose repository filters match it.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/image-scanning.html',
    evidence: ['ECR.1', 'CKV_AWS_163'],
    messages: {
      noRepository:
        "The template has no 'AWS::ECR::Repository', so there is no repository to configure. Add the repository for the labs-web image.",
      notScanned:
        "Repository '{{repository}}' does not scan images on push, so a vulnerable base image goes unnoticed until it runs. Add 'ImageScanningConfiguration: { ScanOnPush: true }', or enhanced scanning with an 'AWS::ECR::RegistryScanningConfiguration'.",
      scanOff:
        "Repository '{{repository}}' sets 'ScanOnPush: false'. Set it to 'true' (or configure enhanced scanning for the registry) so every pushed image is scanned.",
      filtersMiss:
        "The registry scanning configuration scans on push only repositories matching {{filters}}, and '{{repository}}' matches none of them. Add a filter that matches it (for example '{{repository}}' or '*'), or set 'ScanOnPush: true' on the repository.",
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
      const name = repositoryName(t, repo);
      const active = registry.flatMap((r) =>
        r.rules.filter(
          (rule) =>
            rule.frequency === 'SCAN_ON_PUSH' ||
            (rule.frequency === 'CONTINUOUS_SCAN' && r.scanType === 'ENHANCED'),
        ),
      );
      const covered = active.some((rule) =>
        rule.filters.some((f) => f === '*' || (name !== undefined && wildcardMatch(f, name))),
      );
      if (covered) continue;
      failed++;
      const filters = active.flatMap((r) => r.filters);
      if (filters.length > 0) {
        ctx.report(
          'filtersMiss',
          { repository: name ?? repo.name, filters: filters.map((f) => `'${f}'`).join(', ') },
          repo.path,
        );
      } else if (scanOnPush === false) {
        ctx.report('scanOff', { repository: name ?? repo.name }, [
          ...repo.path,
          'Properties',
          'ImageScanningConfiguration',
          'ScanOnPush',
        ]);
      } else ctx.report('notScanned', { repository: name ?? repo.name }, repo.path);
    }
    ctx.tally(repos.length, failed);
  },
});
