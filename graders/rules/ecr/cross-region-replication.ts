// ECR008: the registry replicates images to another AWS Region, so a regional outage does not take the images
// with it (and the second Region pulls locally). A destination of `AWS::Region` is the stack's own Region: ECR's
// replication is cross-Region or cross-account (replication.html), so it costs the item. A literal Region cannot be
// compared with the deploy Region from the template alone; a lab that states its deploy Region compares it itself
// (lab 05's rubric). Only one replication configuration exists per registry and Region, so a stack that declares
// one replaces whatever the account had.
import { defineRule } from '../../engine/define.js';
import type { DataPath } from '../../engine/types.js';
import { isRecord } from '../../engine/parsers/record.js';
import { isIntrinsic, literal, resources } from '../lib/cloudformation.js';
import {
  asText,
  describePattern,
  namePattern,
  prefixMatches,
  repositories,
  repositoryNamePattern,
} from './model.js';

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/** `!Ref AWS::Region` or `!Sub '${AWS::Region}'`: the stack's own Region. */
function isOwnRegion(v: unknown): boolean {
  if (!isIntrinsic(v)) return false;
  const o = v as Record<string, unknown>;
  return o['Ref'] === 'AWS::Region' || o['Fn::Sub'] === '${AWS::Region}';
}

/** `!Ref AWS::AccountId` (or nothing, which cfn-lint reports): the source registry's own account. */
function isOwnAccount(t: Parameters<typeof literal>[0], v: unknown): boolean {
  if (v === undefined) return true;
  if (isRecord(v) && (v['Ref'] === 'AWS::AccountId' || v['Fn::Sub'] === '${AWS::AccountId}')) return true;
  // A literal account id may still be the deploying account; it cannot be told apart, so it counts as own.
  return literal(t, v).known;
}

export default defineRule({
  meta: {
    id: 'ECR008',
    name: 'cross-region-replication',
    target: 'cloudformation',
    severity: 'error',
    title: 'Replicate images to another Region',
    description:
      "The template has an AWS::ECR::ReplicationConfiguration with at least one destination in another AWS Region (a literal Region name, never the stack's own AWS::Region), and any repository filters match the template's repositories, so every pushed image is copied out of the Region.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html',
    evidence: ['AWS::ECR::ReplicationConfiguration', 'ECR API PutReplicationConfiguration'],
    messages: {
      missing:
        "The template has no 'AWS::ECR::ReplicationConfiguration', so images live in one Region only and a regional outage takes them with it. Add one with a destination 'Region' such as 'us-west-2' and 'RegistryId: !Ref AWS::AccountId'.",
      noRules:
        "The replication configuration '{{name}}' has no rules with destinations, so nothing is replicated. Add 'ReplicationConfiguration: { Rules: [ { Destinations: [ { Region: us-west-2, RegistryId: !Ref AWS::AccountId } ] } ] }'.",
      ownRegion:
        "A destination of '{{name}}' is the Region the stack deploys to ('AWS::Region') in your own registry: ECR replicates a registry to other Regions or other accounts, not into itself, and a copy in the same Region would not survive a regional outage anyway. Name another Region, such as 'us-west-2'.",
      ownRegionOtherAccount:
        "A destination of '{{name}}' is the Region the stack deploys to ('AWS::Region') in another account: that is cross-account replication, and the copy goes down with the Region. Name another Region, such as 'us-west-2'.",
      computedRegion:
        "A destination Region of '{{name}}' is decided at deploy time, so the grader cannot tell whether it is another Region. Write the Region name (for example 'us-west-2') or give the parameter a 'Default'.",
      badRegion:
        "Destination Region '{{region}}' of '{{name}}' is not an AWS Region name such as 'us-west-2'.",
      noOtherRegion:
        "No destination of '{{name}}' is a named Region other than the stack's own, so images are not copied to another Region. Add a destination 'Region' such as 'us-west-2'.",
      filterMisses:
        "The rule {{rule}} of '{{name}}' replicates only repositories whose names start with {{filters}} ('PREFIX_MATCH'), and none of the template's repositories ({{repositories}}) can, whatever the stack is called, so nothing is replicated. Fix the prefix or remove 'RepositoryFilters'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const configs = resources(t, 'AWS::ECR::ReplicationConfiguration');
    if (configs.length === 0) {
      ctx.report('missing', {}, ['Resources']);
      return;
    }
    // Every repository's name as a pattern; undefined when CloudFormation generates it (no prefix can be judged).
    const names = repositories(t).map((r) => repositoryNamePattern(t, r));
    let crossRegion = false;
    let specific = false;
    for (const cfg of configs) {
      const name = cfg.name;
      const rc = cfg.props['ReplicationConfiguration'];
      const rules = isRecord(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
      const base: DataPath = [...cfg.path, 'Properties', 'ReplicationConfiguration', 'Rules'];
      const destinations = rules.flatMap((r: unknown, i) =>
        isRecord(r) && Array.isArray(r['Destinations'])
          ? r['Destinations'].map((d: unknown, j) => ({ d, i, j }))
          : [],
      );
      if (destinations.length === 0) {
        ctx.report('noRules', { name }, cfg.path);
        specific = true;
        continue;
      }
      const covered = new Set<number>();
      for (const { d, i, j } of destinations) {
        const at: DataPath = [...base, i, 'Destinations', j, 'Region'];
        const raw = isRecord(d) ? d['Region'] : undefined;
        if (raw === undefined) continue; // cfn-lint E3003 reports the missing property
        if (isOwnRegion(raw)) {
          ctx.report(
            isOwnAccount(t, isRecord(d) ? d['RegistryId'] : undefined)
              ? 'ownRegion'
              : 'ownRegionOtherAccount',
            { name },
            at,
          );
          specific = true;
          continue;
        }
        const r = literal(t, raw);
        if (!r.known) {
          ctx.report('computedRegion', { name }, at);
          specific = true;
          continue;
        }
        const region = asText(r.value);
        if (!REGION.test(region)) {
          ctx.report('badRegion', { name, region }, at);
          specific = true;
          continue;
        }
        crossRegion = true;
        covered.add(i);
      }
      // Repository filters (PREFIX_MATCH) must be able to select a repository of the template; a miss is reported
      // only when it holds for every stack name and every repository's name is known.
      rules.forEach((r: unknown, i) => {
        if (!covered.has(i) || !isRecord(r) || !Array.isArray(r['RepositoryFilters']) || names.length === 0)
          return;
        const prefixes = r['RepositoryFilters'].flatMap((f: unknown) => {
          const v = isRecord(f) ? namePattern(t, f['Filter']) : undefined;
          return v === undefined ? [] : [v];
        });
        if (prefixes.length === 0 || names.some((n) => n === undefined)) return;
        const known = names as string[];
        if (known.some((n) => prefixes.some((p) => prefixMatches(p, n) !== 'no'))) return;
        ctx.report(
          'filterMisses',
          {
            name,
            rule: i + 1,
            filters: prefixes.map((p) => `'${describePattern(p)}'`).join(' or '),
            repositories: known.map((n) => `'${describePattern(n)}'`).join(', '),
          },
          [...base, i, 'RepositoryFilters'],
        );
        specific = true;
      });
    }
    if (!crossRegion && !specific) ctx.report('noOtherRegion', { name: configs[0]!.name }, configs[0]!.path);
  },
});
