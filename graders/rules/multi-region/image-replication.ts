// MRG002: the registry replicates images to a second Region, named so that the same template stays right in every
// Region it is deployed to. A destination of AWS::Region is the stack's own Region, which ECR refuses (replication
// is to other Regions or accounts). A parameter is the region-agnostic way ('!Ref ReplicaRegion', set per Region in
// parameters/<region>.json); whether each file sets it to another Region is the lab 14 rubric's check, since no
// rule sees two files. A FindInMap keyed by AWS::Region whose entries each name another Region is accepted too. A
// literal Region is accepted here and reported by MRG001, so one mistake costs one item. Repository filters must
// be able to select a repository of the template (lab 05's ECR model reads the names).
import { defineRule } from '../../engine/define.js';
import { isRecord, resources } from '../lib/cloudformation.js';
import {
  describePattern,
  namePattern,
  prefixMatches,
  repositories,
  repositoryNamePattern,
} from '../ecr/model.js';
import { REPLICATION, replicationDestinations } from './model.js';

export default defineRule({
  meta: {
    id: 'MRG002',
    name: 'image-replication',
    target: 'cloudformation',
    severity: 'error',
    title: 'Replicate images to a second Region given by a parameter',
    description:
      "The template has an AWS::ECR::ReplicationConfiguration with a destination Region other than the stack's own: a parameter set per Region, a mapping keyed by AWS::Region, or a Region name; never AWS::Region. Repository filters match the template's repositories.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/replication.html',
    evidence: ['AWS::ECR::ReplicationConfiguration', 'ECR API PutReplicationConfiguration'],
    messages: {
      missing:
        "The template has no 'AWS::ECR::ReplicationConfiguration', so the images live in one Region and the second Region cannot start a task when the first is down. Add one with a destination \"{ Region: !Ref ReplicaRegion, RegistryId: !Ref AWS::AccountId }\" and a 'ReplicaRegion' parameter set in each parameter file.",
      noDestinations:
        "The replication configuration '{{name}}' has no rule with a destination, so nothing is replicated. Add 'Rules: [ { Destinations: [ { Region: !Ref ReplicaRegion, RegistryId: !Ref AWS::AccountId } ] } ]'.",
      ownRegion:
        "A destination of '{{name}}' is 'AWS::Region', the Region the stack is deployed to: ECR replicates to other Regions or accounts, never into the same registry, and a copy in the same Region would fail with it. Use a parameter such as '!Ref ReplicaRegion', set to the other Region in each parameter file.",
      badRegion:
        "Destination Region '{{value}}' of '{{name}}' is not an AWS Region name such as 'eu-west-1'.",
      unreadable:
        "A destination Region of '{{name}}' is built in a way the grader cannot read. Use '!Ref ReplicaRegion' (a String parameter) or '!FindInMap [ReplicaRegions, !Ref AWS::Region, Replica]'.",
      filterMisses:
        "Rule {{rule}} of '{{name}}' replicates only repositories whose names start with {{filters}}, and none of the template's repositories ({{repositories}}) can, so nothing is replicated. Fix the prefix or remove 'RepositoryFilters'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const configs = resources(t, REPLICATION);
    if (configs.length === 0) {
      ctx.report('missing', {}, ['Resources']);
      return;
    }
    const destinations = replicationDestinations(t);
    for (const cfg of configs)
      if (!destinations.some((d) => d.config === cfg.name))
        ctx.report('noDestinations', { name: cfg.name }, cfg.path);
    for (const d of destinations) {
      if (d.kind === 'own') ctx.report('ownRegion', { name: d.config }, d.path);
      else if (d.kind === 'bad') ctx.report('badRegion', { name: d.config, value: d.value }, d.path);
      else if (d.kind === 'unreadable') ctx.report('unreadable', { name: d.config }, d.path);
    }
    // Repository filters (PREFIX_MATCH) must be able to select one of the template's repositories.
    const names = repositories(t).map((r) => repositoryNamePattern(t, r));
    if (names.length === 0 || names.some((n) => n === undefined)) return;
    const known = names as string[];
    for (const cfg of configs) {
      const rc = cfg.props['ReplicationConfiguration'];
      const rules = isRecord(rc) && Array.isArray(rc['Rules']) ? rc['Rules'] : [];
      rules.forEach((r: unknown, i) => {
        if (!isRecord(r) || !Array.isArray(r['RepositoryFilters'])) return;
        const prefixes = r['RepositoryFilters'].flatMap((f: unknown) => {
          const v = isRecord(f) ? namePattern(t, f['Filter']) : undefined;
          return v === undefined ? [] : [v];
        });
        if (prefixes.length === 0 || known.some((n) => prefixes.some((p) => prefixMatches(p, n) !== 'no')))
          return;
        ctx.report(
          'filterMisses',
          {
            name: cfg.name,
            rule: i + 1,
            filters: prefixes.map((p) => `'${describePattern(p)}'`).join(' or '),
            repositories: known.map((n) => `'${describePattern(n)}'`).join(', '),
          },
          [...cfg.path, 'Properties', 'ReplicationConfiguration', 'Rules', i, 'RepositoryFilters'],
        );
      });
    }
  },
});
