// SCN001: the template runs (at least) two ECS services on Fargate, a front end and a back end, each from its own
// task definition in this template and in a cluster of this template, so every other SCN rule can follow them.
import { defineRule } from '../../engine/define.js';
import { countNoun } from '../../engine/plural.js';
import { isRecord, literalList, literalString } from '../lib/cloudformation.js';
import { describe, modelOf } from './model.js';

const FARGATE_PROVIDERS = ['FARGATE', 'FARGATE_SPOT'];

export default defineRule({
  meta: {
    id: 'SCN001',
    name: 'two-fargate-services',
    target: 'cloudformation',
    severity: 'error',
    title: 'Run a front-end and a back-end service on Fargate',
    description:
      'The template declares at least two AWS::ECS::Service resources on Fargate, each with its own task definition and cluster from the same template, so the front end and the back end can be deployed, scaled and connected separately.',
    docsUrl:
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ecs-service.html',
    evidence: ['E3052', 'E3054'],
    messages: {
      tooFew:
        "The template declares {{services}}, but this lab needs two: a front end that calls a back end. Add an 'AWS::ECS::Service' for each, with its own task definition.",
      noTaskDefinition:
        "Service '{{service}}' has no 'TaskDefinition', so ECS has nothing to run. Set 'TaskDefinition: !Ref <TaskDefinition>' to a task definition in this template.",
      taskDefinitionNotInTemplate:
        "Service '{{service}}' takes its task definition from {{what}}, which the grader cannot follow. Declare the task definition in this template and set 'TaskDefinition: !Ref <TaskDefinition>'.",
      sharedTaskDefinition:
        "Services '{{service}}' and '{{other}}' run the same task definition '{{taskDefinition}}', so the front end and back end are one application twice. Give each service its own 'AWS::ECS::TaskDefinition'.",
      noCluster:
        "Service '{{service}}' sets no 'Cluster', so ECS puts it in the account's 'default' cluster, outside this stack. Set 'Cluster: !Ref <Cluster>' to the cluster in this template.",
      clusterNotInTemplate:
        "Service '{{service}}' takes its cluster from {{what}}, not from this template. Declare an 'AWS::ECS::Cluster' and set 'Cluster: !Ref <Cluster>'.",
      taskDefinitionNotFargate:
        "Service '{{service}}' runs on Fargate, but its task definition '{{taskDefinition}}' lists 'RequiresCompatibilities' {{list}} without 'FARGATE', so ECS refuses to start it there. Set 'RequiresCompatibilities: [FARGATE]'.",
      notFargate:
        "Service '{{service}}' does not run on Fargate: it sets {{what}}. Set 'LaunchType: FARGATE' (or a 'CapacityProviderStrategy' of 'FARGATE'/'FARGATE_SPOT').",
    },
  },
  check(doc, ctx) {
    const m = modelOf(doc.template);
    const services = m.services;
    let failed = 0;
    if (services.length < 2) {
      ctx.report(
        'tooFew',
        { services: countNoun(services.length, 'ECS service') },
        services[0]?.path ?? ['Resources'],
      );
      failed += 2 - services.length;
    }
    const seen = new Map<string, string>();
    for (const s of services) {
      const bad: (() => void)[] = [];
      const at = (key: string) => [...s.path, 'Properties', key];
      if (s.taskDefinitionRef === 'missing')
        bad.push(() => ctx.report('noTaskDefinition', { service: s.name }, s.path));
      else if (s.taskDefinitionRef === 'other')
        bad.push(() =>
          ctx.report(
            'taskDefinitionNotInTemplate',
            { service: s.name, what: describe(s.props['TaskDefinition']) },
            at('TaskDefinition'),
          ),
        );
      else {
        const other = seen.get(s.taskDefinition!.name);
        if (other)
          bad.push(() =>
            ctx.report(
              'sharedTaskDefinition',
              { service: s.name, other, taskDefinition: s.taskDefinition!.name },
              at('TaskDefinition'),
            ),
          );
        else seen.set(s.taskDefinition!.name, s.name);
      }
      if (s.props['Cluster'] === undefined)
        bad.push(() => ctx.report('noCluster', { service: s.name }, s.path));
      else if (!s.cluster)
        bad.push(() =>
          ctx.report(
            'clusterNotInTemplate',
            { service: s.name, what: describe(s.props['Cluster']) },
            at('Cluster'),
          ),
        );
      const launch = literalString(doc.template, s.props['LaunchType']);
      // No launch type and no strategy of its own: the cluster's default strategy decides.
      const strategy =
        s.props['CapacityProviderStrategy'] ??
        (launch === undefined ? s.cluster?.props['DefaultCapacityProviderStrategy'] : undefined);
      const providers = Array.isArray(strategy)
        ? strategy.map((p: unknown) =>
            isRecord(p) ? literalString(doc.template, p['CapacityProvider']) : undefined,
          )
        : [];
      const fargate =
        launch === 'FARGATE' ||
        (launch === undefined &&
          providers.length > 0 &&
          providers.every((p) => p !== undefined && FARGATE_PROVIDERS.includes(p)));
      if (!fargate) {
        const what =
          launch !== undefined
            ? `'LaunchType: ${launch}'`
            : providers.length > 0
              ? `capacity providers ${providers.map((p) => (p === undefined ? 'a computed one' : `'${p}'`)).join(', ')}`
              : "neither 'LaunchType' nor 'CapacityProviderStrategy'";
        bad.push(() =>
          ctx.report(
            'notFargate',
            { service: s.name, what },
            launch !== undefined ? at('LaunchType') : s.path,
          ),
        );
      }
      // A Fargate service needs a task definition that declares Fargate compatibility (ECS validates it at launch).
      const compat = s.taskDefinition
        ? literalList(doc.template, s.taskDefinition.props['RequiresCompatibilities'])
        : undefined;
      if (
        fargate &&
        s.taskDefinition &&
        compat &&
        !compat.some((c) => literalString(doc.template, c) === 'FARGATE')
      ) {
        const td = s.taskDefinition;
        bad.push(() =>
          ctx.report(
            'taskDefinitionNotFargate',
            {
              service: s.name,
              taskDefinition: td.name,
              list: `[${compat.map((c) => literalString(doc.template, c) ?? '?').join(', ')}]`,
            },
            [...td.path, 'Properties', 'RequiresCompatibilities'],
          ),
        );
      }
      for (const report of bad) report();
      if (bad.length) failed++;
    }
    ctx.tally(Math.max(2, services.length), failed);
  },
});
