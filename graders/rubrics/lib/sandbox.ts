// What a lab may deploy to the sandbox, declared in the lab's own rubric (`sandbox:` in defineLab), so a lab and
// its allow-list come and go together. The lists are deliberately short: every type here has been thought about
// for cost, for teardown (nothing that outlives DeleteStack) and for blast radius (nothing account-wide, such as
// GuardDuty detectors or Security Hub). The guard (action/sandbox/guard/) refuses everything else.
import { isRecord } from '../../engine/parsers/record.js';
import type { SandboxDeclaration } from '../../engine/types.js';

export type DeployableSandbox = Extract<SandboxDeclaration, { deployable: true }>;

/** What every container lab is built from: a VPC, an ECS service on Fargate behind a load balancer, roles, logs. */
export const COMMON_TYPES: readonly string[] = [
  'AWS::CDK::Metadata',
  'AWS::EC2::EIP',
  'AWS::EC2::InternetGateway',
  'AWS::EC2::NatGateway',
  'AWS::EC2::Route',
  'AWS::EC2::RouteTable',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupEgress',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::Subnet',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPC',
  'AWS::EC2::VPCGatewayAttachment',
  'AWS::ECS::Cluster',
  'AWS::ECS::ClusterCapacityProviderAssociations',
  'AWS::ECS::Service',
  'AWS::ECS::TaskDefinition',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::ElasticLoadBalancingV2::ListenerRule',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::IAM::Policy',
  'AWS::IAM::Role',
  'AWS::Logs::LogGroup',
];

export const AUTO_SCALING_TYPES: readonly string[] = [
  'AWS::ApplicationAutoScaling::ScalableTarget',
  'AWS::ApplicationAutoScaling::ScalingPolicy',
];
export const KMS_TYPES: readonly string[] = ['AWS::KMS::Alias', 'AWS::KMS::Key'];

/** One load balancer and one NAT gateway: the shape of every service lab. */
export function service(types: readonly string[] = []): DeployableSandbox {
  return { deployable: true, types, maxLoadBalancers: 1, maxNatGateways: 1 };
}

/** A lab whose shape differs from a service lab's (no load balancer, or one NAT gateway per zone). */
export function deployable(declaration: Omit<DeployableSandbox, 'deployable'>): DeployableSandbox {
  return { deployable: true, ...declaration };
}

/** A lab the sandbox never deploys; `reason` is what the learner reads instead of deploy results. */
export function notDeployed(reason: string): SandboxDeclaration {
  return { deployable: false, reason };
}

/** Every type a deployable lab may use, sorted. */
export function allowedTypes(sandbox: DeployableSandbox): string[] {
  return [...new Set([...COMMON_TYPES, ...sandbox.types])].sort();
}

const RESOURCE_TYPE = /^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/;

/**
 * Why a value is not a usable sandbox declaration, one sentence each; empty when it is. TypeScript already
 * requires the field, so this catches what the type cannot: a lab assembled at run time, typos in resource
 * types, negative caps, an empty reason.
 */
export function sandboxDeclarationProblems(value: unknown): string[] {
  const fix =
    "declare it with service(), deployable() or notDeployed() from 'graders/rubrics/lib/sandbox.ts'";
  if (!isRecord(value)) return [`the lab has no sandbox declaration; ${fix}`];
  if (value['deployable'] === false) {
    const reason = value['reason'];
    return typeof reason === 'string' && reason.trim().length >= 20
      ? []
      : ['a lab that is not deployed needs a reason of at least 20 characters, shown to the learner'];
  }
  if (value['deployable'] !== true) return [`'deployable' must be true or false; ${fix}`];
  const problems: string[] = [];
  const types = value['types'];
  if (!Array.isArray(types)) problems.push("'types' must be a list of CloudFormation resource types");
  else {
    types.forEach((t: unknown, i) => {
      if (typeof t !== 'string' || !RESOURCE_TYPE.test(t))
        problems.push(
          `'types' entry ${i} (${JSON.stringify(t)}) is not a resource type such as 'AWS::ECR::Repository'`,
        );
      else if (COMMON_TYPES.includes(t)) problems.push(`'${t}' is already allowed for every lab; remove it`);
      else if (types.indexOf(t) !== i) problems.push(`'${t}' is listed twice`);
    });
  }
  for (const cap of ['maxLoadBalancers', 'maxNatGateways']) {
    const n = value[cap];
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0)
      problems.push(`'${cap}' must be a whole number of 0 or more, got ${JSON.stringify(n)}`);
  }
  return problems;
}
