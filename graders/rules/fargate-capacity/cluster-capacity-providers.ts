// CAP002: the cluster has FARGATE and FARGATE_SPOT associated and a default strategy that mixes them (FARGATE with
// a Base of at least 1, FARGATE_SPOT with a Weight), and every provider a service's strategy names is associated
// with the service's cluster (ECS rejects the service otherwise).
import { defineRule } from '../../engine/define.js';
import { resources } from '../lib/cloudformation.js';
import {
  clusterCapacity,
  clusterOf,
  FARGATE,
  FARGATE_SPOT,
  itemFor,
  quoteList,
  readStrategy,
  type Strategy,
} from './model.js';

export default defineRule({
  meta: {
    id: 'CAP002',
    name: 'cluster-capacity-providers',
    target: 'cloudformation',
    severity: 'error',
    title: 'Associate FARGATE and FARGATE_SPOT with the cluster',
    description:
      "The ECS cluster lists FARGATE and FARGATE_SPOT in CapacityProviders (on the cluster or in an AWS::ECS::ClusterCapacityProviderAssociations resource) and sets a DefaultCapacityProviderStrategy that mixes them like the service's (FARGATE with a Base of at least 1, FARGATE_SPOT with a Weight above 0), so tasks started without a strategy of their own are placed the same way; and every provider a service's strategy uses is associated with that service's cluster; a strategy naming an unassociated provider fails when the service is created.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
    evidence: ['ECS API PutClusterCapacityProviders'],
    messages: {
      noCluster:
        "The template has no 'AWS::ECS::Cluster', so there is no cluster to associate Fargate capacity providers with. Add a cluster with 'CapacityProviders: [FARGATE, FARGATE_SPOT]'.",
      noProviders:
        "Cluster '{{cluster}}' has no capacity providers associated, so a service strategy that names 'FARGATE_SPOT' is rejected. Add 'CapacityProviders: [FARGATE, FARGATE_SPOT]' to the cluster.",
      missingProvider:
        "Cluster '{{cluster}}' does not associate {{providers}}, so services in it cannot use {{them}}. Add {{providers}} to the cluster's 'CapacityProviders'.",
      computed:
        "The capacity providers of cluster '{{cluster}}' are computed with an intrinsic function, so the grader cannot check them. List them literally: 'CapacityProviders: [FARGATE, FARGATE_SPOT]'.",
      noDefault:
        "Cluster '{{cluster}}' has no 'DefaultCapacityProviderStrategy', so tasks started without a strategy (a one-off 'run-task', a new service) fall back to the EC2 launch type. Add a default such as FARGATE Base 1 Weight 1 and FARGATE_SPOT Weight 3.",
      defaultNotList:
        "'DefaultCapacityProviderStrategy' of cluster '{{cluster}}' must be a literal list of 'CapacityProvider'/'Base'/'Weight' entries.",
      defaultNotAssociated:
        "The default strategy of cluster '{{cluster}}' uses '{{provider}}', which is not in the cluster's 'CapacityProviders'; ECS rejects it. Associate '{{provider}}' or remove it from the default.",
      defaultNotMixed:
        "The default strategy of cluster '{{cluster}}' {{problem}}, so tasks started without a strategy of their own (a one-off 'run-task', a new service) {{consequence}}. Mix both providers as the service does: '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }' and '{ CapacityProvider: FARGATE_SPOT, Weight: 3 }'.",
      defaultNoBase:
        "The 'FARGATE' entry of the default strategy of cluster '{{cluster}}' has {{base}}, so tasks started without a strategy of their own (a one-off 'run-task', a new service) have no task guaranteed on on-demand capacity, and a Spot interruption can stop all of them at once. Set 'Base: 1' on 'FARGATE' in the default strategy, as in the service.",
      serviceNotAssociated:
        "Service '{{service}}' uses capacity provider '{{provider}}', but its cluster '{{cluster}}' does not associate it, so creating the service fails. Add '{{provider}}' to the cluster's 'CapacityProviders'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const clusters = resources(t, 'AWS::ECS::Cluster');
    if (clusters.length === 0) {
      ctx.report('noCluster', {}, ['Resources']);
      return;
    }
    const services = resources(t, 'AWS::ECS::Service');
    let failed = 0;
    for (const cluster of clusters) {
      let problems = 0;
      const report: typeof ctx.report = (...args) => {
        problems++;
        ctx.report(...args);
      };
      const name = cluster.name;
      const cap = clusterCapacity(t, cluster);
      if (cap.providers.size === 0 && cap.uncertain) report('computed', { cluster: name }, cap.providersPath);
      else if (cap.providers.size === 0) report('noProviders', { cluster: name }, cap.providersPath);
      else if (!cap.uncertain) {
        const missing = [FARGATE, FARGATE_SPOT].filter((p) => !cap.providers.has(p));
        if (missing.length) {
          report(
            'missingProvider',
            { cluster: name, providers: quoteList(missing), them: missing.length > 1 ? 'them' : 'it' },
            cap.providersPath,
          );
        }
      }
      const known = (p: string) => cap.uncertain || cap.providers.has(p);
      const def = cap.defaultStrategy;
      if (def.kind === 'absent') report('noDefault', { cluster: name }, [...cluster.path, 'Properties']);
      else if (def.kind !== 'list') report('defaultNotList', { cluster: name }, def.path);
      else if (def.items.length === 0) report('noDefault', { cluster: name }, def.path);
      else {
        for (const item of def.items) {
          if (item.provider && cap.providers.size > 0 && !known(item.provider)) {
            report('defaultNotAssociated', { cluster: name, provider: item.provider }, [
              ...item.path,
              'CapacityProvider',
            ]);
          }
        }
        checkMix(name, def, report);
      }
      for (const s of services) {
        if (clusterOf(t, s)?.name !== name || cap.providers.size === 0) continue;
        const strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
          ...s.path,
          'Properties',
          'CapacityProviderStrategy',
        ]);
        if (strategy.kind !== 'list') continue;
        for (const item of strategy.items) {
          if (item.provider && !known(item.provider)) {
            report('serviceNotAssociated', { service: s.name, provider: item.provider, cluster: name }, [
              ...item.path,
              'CapacityProvider',
            ]);
          }
        }
      }
      if (problems > 0) failed++;
    }
    ctx.tally(clusters.length, failed);

    /** The default strategy mixes on-demand and Spot like the service's: FARGATE with a base, FARGATE_SPOT weighted. */
    function checkMix(cluster: string, def: Strategy & { kind: 'list' }, report: typeof ctx.report): void {
      // A provider the grader cannot name (an intrinsic, a custom provider, an entry that is not an object) leaves
      // the mix undecided; CAP002 does not guess.
      if (def.items.some((i) => !i.wellFormed || i.customProvider || i.provider === undefined)) return;
      const onDemand = itemFor(def, FARGATE);
      const spot = itemFor(def, FARGATE_SPOT);
      const only = (p: string) => `uses only '${p}'`;
      if (!spot && !onDemand) {
        const names = quoteList([...new Set(def.items.map((i) => i.provider as string))]);
        report(
          'defaultNotMixed',
          {
            cluster,
            problem: `names neither 'FARGATE' nor 'FARGATE_SPOT' (only ${names})`,
            consequence: 'are not placed on Fargate at all',
          },
          def.path,
        );
      } else if (!spot) {
        report(
          'defaultNotMixed',
          { cluster, problem: only(FARGATE), consequence: 'all run at on-demand prices' },
          def.path,
        );
      } else if (!onDemand) {
        report(
          'defaultNotMixed',
          {
            cluster,
            problem: only(FARGATE_SPOT),
            consequence: 'all run on Spot, with no on-demand task to survive an interruption',
          },
          def.path,
        );
      } else if (spot.weight === 0) {
        report(
          'defaultNotMixed',
          {
            cluster,
            problem: "gives 'FARGATE_SPOT' 'Weight: 0'",
            consequence: 'never run on Spot and all pay on-demand prices',
          },
          spot.weightWritten ? [...spot.path, 'Weight'] : spot.path,
        );
      }
      if (onDemand && spot && onDemand.base === 0) {
        report(
          'defaultNoBase',
          { cluster, base: onDemand.baseWritten ? "'Base: 0'" : "no 'Base'" },
          onDemand.baseWritten ? [...onDemand.path, 'Base'] : onDemand.path,
        );
      }
    }
  },
});
