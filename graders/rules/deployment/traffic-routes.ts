// BGD003: a blue/green deployment moves traffic between the two target groups through two routes of this stack's
// load balancer: the production route users reach, and a test route that reaches the green revision before
// production does. ECS names them in LoadBalancers[].AdvancedConfiguration (ProductionListenerRule and
// TestListenerRule: listener rules of an Application Load Balancer) and moves them with the role in its RoleArn;
// CodeDeploy names them in the deployment group's TargetGroupPairInfoList (ProdTrafficRoute and TestTrafficRoute
// listeners) and moves them with the group's ServiceRoleArn. Each route must be a listener (rule) of this template
// that forwards to the pair, the two must differ, and the role must be one the service may assume and use.
import { defineRule } from '../../engine/define.js';
import type { CfnTemplate, DataPath } from '../../engine/types.js';
import { get, type NamedResource } from '../lib/cloudformation.js';
import {
  advancedConfiguration,
  deploymentGroupsOf,
  deploymentMessages,
  designOf,
  forwardedGroups,
  judgeRole,
  LISTENER,
  LISTENER_RULE,
  listenerOf,
  readServices,
  primaryEntry,
  targetGroupOf,
  targetGroupPair,
} from './model.js';

type Id =
  | 'noRoute'
  | 'routeUnresolved'
  | 'routeForward'
  | 'sameRoute'
  | 'routesMissGroup'
  | 'noRole'
  | 'roleTrust'
  | 'rolePermission';
type Found = [Id, Record<string, string>, DataPath];

interface Design {
  service: NamedResource;
  production: unknown;
  test: unknown;
  role: unknown;
  /** Where each part is written, for reports. */
  at: { production: DataPath; test: DataPath; role: DataPath };
  names: { production: string; test: string; role: string };
  types: string[];
  groups: string[];
  principal: string;
  policy: string;
  action: string;
  /** ECS requires the two routes together to forward to both target groups; CodeDeploy rewrites its listeners. */
  coverBoth: boolean;
}

function judge(t: CfnTemplate, d: Design): Found[] {
  const out: Found[] = [];
  const routes: NamedResource[] = [];
  for (const which of ['production', 'test'] as const) {
    const v = d[which];
    const property = d.names[which];
    if (v === undefined) {
      out.push(['noRoute', { service: d.service.name, which, property }, d.at[which]]);
      continue;
    }
    const route = listenerOf(t, v, ...d.types);
    if (!route) {
      out.push(['routeUnresolved', { service: d.service.name, which, property }, d.at[which]]);
      continue;
    }
    routes.push(route);
    if (!forwardedGroups(t, route).some((g) => d.groups.includes(g.name)))
      out.push([
        'routeForward',
        { which, route: route.name, groups: d.groups.map((g) => `'${g}'`).join(' and ') },
        route.path,
      ]);
  }
  if (routes.length === 2 && routes[0]!.name === routes[1]!.name)
    out.push(['sameRoute', { service: d.service.name, route: routes[0]!.name }, d.at.test]);
  else if (d.coverBoth && routes.length === 2 && d.groups.length === 2) {
    const reached = new Set(routes.flatMap((r) => forwardedGroups(t, r).map((g) => g.name)));
    const missed = d.groups.find((g) => !reached.has(g));
    if (missed && out.length === 0)
      out.push(['routesMissGroup', { service: d.service.name, group: missed }, d.at.production]);
  }
  const problem = judgeRole(t, d.role, d.principal, d.policy, d.action);
  const data = {
    service: d.service.name,
    property: d.names.role,
    principal: d.principal,
    policy: d.policy,
    action: d.action,
  };
  if (problem === 'unresolved') out.push(['noRole', data, d.at.role]);
  else if (problem === 'trust') out.push(['roleTrust', data, d.at.role]);
  else if (problem === 'permission') out.push(['rolePermission', data, d.at.role]);
  return out;
}

function ecsDesign(t: CfnTemplate, svc: NamedResource): Design {
  const advanced = advancedConfiguration(svc);
  const base = advanced?.path ?? primaryEntry(t, svc)?.path ?? svc.path;
  const c = advanced?.config ?? {};
  const groups = [primaryEntry(t, svc)?.tg?.name, targetGroupOf(t, c['AlternateTargetGroupArn'])?.name];
  const at = (k: string) => (c[k] === undefined ? base : [...base, k]);
  return {
    service: svc,
    production: c['ProductionListenerRule'],
    test: c['TestListenerRule'],
    role: c['RoleArn'],
    at: { production: at('ProductionListenerRule'), test: at('TestListenerRule'), role: at('RoleArn') },
    names: {
      production: 'AdvancedConfiguration.ProductionListenerRule',
      test: 'AdvancedConfiguration.TestListenerRule',
      role: 'AdvancedConfiguration.RoleArn',
    },
    types: [LISTENER_RULE, LISTENER],
    groups: groups.filter((g): g is string => g !== undefined),
    principal: 'ecs.amazonaws.com',
    policy: 'AmazonECSInfrastructureRolePolicyForLoadBalancers',
    action: 'elasticloadbalancing:ModifyRule',
    coverBoth: true,
  };
}

function codeDeployDesign(t: CfnTemplate, svc: NamedResource, group: NamedResource): Design {
  const pair = targetGroupPair(group);
  const base = pair?.path ?? [...group.path, 'Properties'];
  const p = pair?.pair ?? {};
  const first = (k: string) => {
    const list = get(p, [k, 'ListenerArns']);
    return Array.isArray(list) ? list[0] : undefined;
  };
  const at = (k: string) => (get(p, [k, 'ListenerArns']) === undefined ? base : [...base, k, 'ListenerArns']);
  const listed = get(p, ['TargetGroups']);
  const groups = Array.isArray(listed) ? listed.map((e) => targetGroupOf(t, get(e, ['Name']))?.name) : [];
  return {
    service: svc,
    production: first('ProdTrafficRoute'),
    test: first('TestTrafficRoute'),
    role: group.props['ServiceRoleArn'],
    at: {
      production: at('ProdTrafficRoute'),
      test: at('TestTrafficRoute'),
      role:
        group.props['ServiceRoleArn'] === undefined
          ? [...group.path, 'Properties']
          : [...group.path, 'Properties', 'ServiceRoleArn'],
    },
    names: {
      production: 'ProdTrafficRoute.ListenerArns',
      test: 'TestTrafficRoute.ListenerArns',
      role: 'ServiceRoleArn',
    },
    types: [LISTENER],
    groups: groups.filter((g): g is string => g !== undefined),
    principal: 'codedeploy.amazonaws.com',
    policy: 'AWSCodeDeployRoleForECS',
    action: 'elasticloadbalancing:ModifyListener',
    coverBoth: false,
  };
}

export default defineRule({
  meta: {
    id: 'BGD003',
    name: 'traffic-routes',
    target: 'cloudformation',
    severity: 'error',
    title: 'Route production and test traffic through separate listeners',
    description:
      'Every load-balanced ECS service names a production route and a separate test route of this template that forward to its blue/green target groups (ECS: AdvancedConfiguration.ProductionListenerRule and TestListenerRule; CodeDeploy: ProdTrafficRoute and TestTrafficRoute listeners), and a role the deployment may assume to move them (ECS: AdvancedConfiguration.RoleArn trusted by ecs.amazonaws.com; CodeDeploy: ServiceRoleArn trusted by codedeploy.amazonaws.com).',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/alb-resources-for-blue-green.html',
    evidence: [
      'ECS AdvancedConfiguration.ProductionListenerRule',
      'CodeDeploy TrafficRoute',
      'AmazonECSInfrastructureRolePolicyForLoadBalancers',
      'AWSCodeDeployRoleForECS',
    ],
    messages: {
      ...deploymentMessages,
      noRoute:
        "Service '{{service}}' has no {{which}} route ('{{property}}' is missing), so the deployment cannot move {{which}} traffic between blue and green. Point it at a listener rule (or listener) of this stack that forwards to the two target groups.",
      routeUnresolved:
        "The {{which}} route of service '{{service}}' ('{{property}}') is not a listener or listener rule of this template, so the grader cannot follow it and another stack's listener would be moved. Reference one defined here with '!Ref'.",
      routeForward:
        "The {{which}} route '{{route}}' forwards to neither {{groups}}, so shifting it moves no traffic between blue and green. Make its forward action send traffic to the service's target groups.",
      sameRoute:
        "Service '{{service}}' uses '{{route}}' for both production and test traffic, so green is exposed to users the moment it is tested. Give test traffic its own listener rule (say, on a second port or behind a header condition).",
      routesMissGroup:
        "Neither listener rule of service '{{service}}' forwards to target group '{{group}}'; ECS rolls such a deployment back ('Both targetGroup and alternateTargetGroup must be associated with the productionListenerRule or testListenerRule'). List both target groups in the rules' forward actions, with weights 100 and 0.",
      noRole:
        "Service '{{service}}' names no role of this template in '{{property}}', so the deployment has no permission to move the load balancer's traffic. Add an 'AWS::IAM::Role' that '{{principal}}' may assume, with the '{{policy}}' managed policy, and reference it with '!GetAtt <role>.Arn'.",
      roleTrust:
        "The role in '{{property}}' of service '{{service}}' cannot be assumed by '{{principal}}', so the deployment fails when it first moves traffic. Allow 'sts:AssumeRole' for that service principal in the role's 'AssumeRolePolicyDocument'.",
      rolePermission:
        "The role in '{{property}}' of service '{{service}}' may not call '{{action}}', so the deployment cannot move traffic. Attach the AWS managed policy '{{policy}}' to it.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const services = readServices(t, ctx);
    if (services.length === 0) return;
    let failures = 0;
    for (const svc of services) {
      let design: Design;
      if (designOf(t, svc) === 'ecs') design = ecsDesign(t, svc);
      else {
        const group = deploymentGroupsOf(t, svc)[0];
        if (!group) {
          // BGD001 asks for the deployment group; there are no routes to judge without one.
          failures++;
          ctx.report(
            'noRoute',
            { service: svc.name, which: 'production', property: 'ProdTrafficRoute' },
            svc.path,
          );
          continue;
        }
        design = codeDeployDesign(t, svc, group);
      }
      const found = judge(t, design);
      if (found.length > 0) failures++;
      for (const [id, data, at] of found) ctx.report(id, data, at);
    }
    ctx.tally(services.length, failures);
  },
});
