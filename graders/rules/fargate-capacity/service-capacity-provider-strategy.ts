// CAP001: each ECS service spreads its tasks over FARGATE and FARGATE_SPOT with a capacity-provider strategy,
// keeping a base of on-demand FARGATE tasks so the service stays up when Spot capacity is reclaimed.
import { defineRule } from '../../engine/define.js';
import { literalString, resources } from '../lib/cloudformation.js';
import { FARGATE, FARGATE_SPOT, itemFor, readStrategy } from './model.js';

const MAX_WEIGHT = 1000;
const MAX_BASE = 100000;

export default defineRule({
  meta: {
    id: 'CAP001',
    name: 'service-capacity-provider-strategy',
    target: 'cloudformation',
    severity: 'error',
    title: 'Mix FARGATE and FARGATE_SPOT with an on-demand base',
    description:
      "Each ECS service sets a CapacityProviderStrategy that uses both FARGATE and FARGATE_SPOT, with a Base of at least one task on FARGATE and a Weight above zero on FARGATE_SPOT, so most tasks run at Spot prices while a floor of on-demand tasks survives Spot interruptions. It also applies the API's own rules: no LaunchType beside a strategy, and a base on one provider only.",
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/fargate-capacity-providers.html',
    evidence: ['ECS API CapacityProviderStrategyItem'],
    messages: {
      noService:
        "The template has no 'AWS::ECS::Service', so no tasks are placed on any capacity. Add a service that runs the task definition with a 'CapacityProviderStrategy'.",
      missing:
        "Service '{{service}}' sets no 'CapacityProviderStrategy', so every task runs on on-demand FARGATE (or on whatever the cluster's default happens to be). Add a strategy with 'FARGATE' (Base 1, Weight 1) and 'FARGATE_SPOT' (Weight 3) so most tasks run at Spot prices.",
      launchTypeOnly:
        "Service '{{service}}' uses 'LaunchType: {{launchType}}', which pins every task to one kind of capacity and cannot use Fargate Spot. Remove 'LaunchType' and add a 'CapacityProviderStrategy' with 'FARGATE' (Base 1) and 'FARGATE_SPOT'.",
      launchTypeAndStrategy:
        "Service '{{service}}' sets both 'LaunchType' and 'CapacityProviderStrategy'; ECS rejects a service that has both. Remove 'LaunchType': the strategy decides where tasks run.",
      computed:
        "Service '{{service}}' builds its 'CapacityProviderStrategy' with an intrinsic function, so the grader cannot see which providers it uses. Write the strategy as a literal list of 'CapacityProvider'/'Base'/'Weight' entries.",
      notList:
        "'CapacityProviderStrategy' of service '{{service}}' must be a list of entries such as '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }'.",
      entryNotObject:
        "Entry {{index}} of the 'CapacityProviderStrategy' of service '{{service}}' is not an object. Each entry is '{ CapacityProvider: …, Base: …, Weight: … }'.",
      unknownProvider:
        "Service '{{service}}' names capacity provider {{provider}}, which is not a Fargate provider. On Fargate the providers are 'FARGATE' and 'FARGATE_SPOT' (upper case, with an underscore).",
      ec2Provider:
        "Service '{{service}}' uses an EC2 Auto Scaling group capacity provider; a strategy may hold Fargate providers or Auto Scaling group providers, not both, and this lab runs on Fargate. Use 'FARGATE' and 'FARGATE_SPOT'.",
      duplicate:
        "Service '{{service}}' lists capacity provider '{{provider}}' twice. List each provider once; ECS rejects duplicates.",
      badNumber:
        "'{{field}}' for '{{provider}}' in service '{{service}}' must be a whole number from 0 to {{max}}, but it is {{value}}.",
      twoBases:
        "Service '{{service}}' gives a 'Base' to more than one provider ({{providers}}); ECS allows a base on one provider only. Keep the base on 'FARGATE' and remove it from the others.",
      noOnDemand:
        "Service '{{service}}' has no 'FARGATE' entry, so every task runs on Spot and a Spot interruption can stop them all at once. Add '{ CapacityProvider: FARGATE, Base: 1, Weight: 1 }'.",
      noSpot:
        "Service '{{service}}' has no 'FARGATE_SPOT' entry, so it pays on-demand prices for every task. Add '{ CapacityProvider: FARGATE_SPOT, Weight: 3 }' for tasks that can tolerate interruption.",
      noBase:
        "The 'FARGATE' entry of service '{{service}}' has no 'Base' (or 'Base: 0'), so when Spot capacity is reclaimed no task is guaranteed to keep running. Set 'Base: 1' (or more) on 'FARGATE'.",
      baseOnSpot:
        "Service '{{service}}' puts its 'Base' on 'FARGATE_SPOT', so its guaranteed minimum can itself be interrupted. Move the base to 'FARGATE'.",
      spotNoWeight:
        "'FARGATE_SPOT' in service '{{service}}' has 'Weight: 0', so no task ever runs on Spot. Give it a weight, such as 'Weight: 3' to run three Spot tasks for every on-demand task above the base.",
      allZeroWeights:
        "Every provider in the strategy of service '{{service}}' has weight 0; ECS needs at least one weight above zero to place tasks beyond the base.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = resources(t, 'AWS::ECS::Service');
    if (services.length === 0) {
      ctx.report('noService', {}, ['Resources']);
      return;
    }
    let failed = 0;
    for (const s of services) {
      let problems = 0;
      const report: typeof ctx.report = (...args) => {
        problems++;
        ctx.report(...args);
      };
      checkService(s, report);
      if (problems > 0) failed++;
    }
    ctx.tally(services.length, failed);

    function checkService(s: (typeof services)[number], report: typeof ctx.report): void {
      const service = s.name;
      const props = [...s.path, 'Properties'];
      const launchType = literalString(t, s.props['LaunchType']);
      const strategy = readStrategy(t, s.props['CapacityProviderStrategy'], [
        ...props,
        'CapacityProviderStrategy',
      ]);
      if (strategy.kind === 'absent') {
        if (s.props['LaunchType'] !== undefined) {
          report('launchTypeOnly', { service, launchType: launchType ?? '…' }, [...props, 'LaunchType']);
        } else report('missing', { service }, s.path);
        return;
      }
      if (s.props['LaunchType'] !== undefined)
        report('launchTypeAndStrategy', { service }, [...props, 'LaunchType']);
      if (strategy.kind === 'computed') return report('computed', { service }, strategy.path);
      if (strategy.kind === 'invalid') return report('notList', { service }, strategy.path);

      const seen = new Set<string>();
      const withBase: string[] = [];
      let weights = 0;
      for (const item of strategy.items) {
        if (!item.wellFormed) {
          report('entryNotObject', { service, index: item.index + 1 }, item.path);
          continue;
        }
        if (item.customProvider) {
          report('ec2Provider', { service }, [...item.path, 'CapacityProvider']);
          continue;
        }
        const provider = item.provider;
        if (provider !== FARGATE && provider !== FARGATE_SPOT) {
          report(
            'unknownProvider',
            { service, provider: provider === undefined ? '(not a literal name)' : `'${provider}'` },
            [...item.path, 'CapacityProvider'],
          );
          continue;
        }
        if (seen.has(provider)) report('duplicate', { service, provider }, item.path);
        seen.add(provider);
        const check = (field: 'Base' | 'Weight', value: number | undefined, max: number) => {
          if (value === undefined || !Number.isInteger(value) || value < 0 || value > max) {
            report(
              'badNumber',
              {
                service,
                provider,
                field,
                max,
                value: value === undefined ? 'not a literal number' : `'${value}'`,
              },
              [...item.path, field],
            );
            return false;
          }
          return true;
        };
        if (check('Base', item.base, MAX_BASE) && (item.base ?? 0) > 0) withBase.push(provider);
        if (check('Weight', item.weight, MAX_WEIGHT)) weights += item.weight ?? 0;
      }
      if (withBase.length > 1)
        report('twoBases', { service, providers: withBase.map((p) => `'${p}'`).join(', ') }, strategy.path);
      if (strategy.items.length > 0 && weights === 0 && strategy.items.every((i) => i.weight !== undefined)) {
        report('allZeroWeights', { service }, strategy.path);
      }
      const onDemand = itemFor(strategy, FARGATE);
      const spot = itemFor(strategy, FARGATE_SPOT);
      if (!onDemand) report('noOnDemand', { service }, strategy.path);
      else if (onDemand.base === 0)
        report('noBase', { service }, onDemand.baseWritten ? [...onDemand.path, 'Base'] : onDemand.path);
      if (!spot) report('noSpot', { service }, strategy.path);
      else {
        if (spot.weight === 0)
          report('spotNoWeight', { service }, spot.weightWritten ? [...spot.path, 'Weight'] : spot.path);
        if ((spot.base ?? 0) > 0 && withBase.length === 1)
          report('baseOnSpot', { service }, [...spot.path, 'Base']);
      }
    }
  },
});
