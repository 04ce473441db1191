// Every SVC and VPC rule survives any template a learner can write: it never throws, fills every message
// placeholder, and reports through the normal channels. Arbitrary templates come from fast-check; real ones
// from the shared corpus of public CloudFormation templates when it is present.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../graders/engine/run-rule.js';
import type { CfnTemplateDoc, Rule } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import { ecsServiceRules } from '../../../../graders/rules/ecs-service/index.js';
import { vpcRules } from '../../../../graders/rules/vpc/index.js';
import { HAS_SHARED, SHARED } from '../../../helpers/tmp.js';

const RULES = [...ecsServiceRules, ...vpcRules] as readonly Rule<'cloudformation'>[];

const TYPES = [
  'AWS::ECS::Service',
  'AWS::ECS::Cluster',
  'AWS::ECS::TaskDefinition',
  'AWS::EC2::Subnet',
  'AWS::EC2::SecurityGroup',
  'AWS::EC2::SecurityGroupIngress',
  'AWS::EC2::Route',
  'AWS::EC2::RouteTable',
  'AWS::EC2::SubnetRouteTableAssociation',
  'AWS::EC2::VPC',
  'AWS::EC2::VPCEndpoint',
  'AWS::EC2::NatGateway',
  'AWS::EC2::FlowLog',
  'AWS::EC2::InternetGateway',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::EFS::AccessPoint',
  'AWS::ApplicationAutoScaling::ScalableTarget',
];
const NAMES = ['A', 'B', 'Svc', 'Sg', 'Lb'];
const KEYS = [
  'NetworkConfiguration',
  'AwsvpcConfiguration',
  'Subnets',
  'SecurityGroups',
  'AssignPublicIp',
  'LoadBalancers',
  'TargetGroupArn',
  'DeploymentConfiguration',
  'DeploymentCircuitBreaker',
  'Enable',
  'Rollback',
  'MinimumHealthyPercent',
  'MaximumPercent',
  'DesiredCount',
  'HealthCheckGracePeriodSeconds',
  'LaunchType',
  'CapacityProviderStrategy',
  'CapacityProvider',
  'TaskDefinition',
  'ClusterSettings',
  'Name',
  'Value',
  'SecurityGroupIngress',
  'CidrIp',
  'CidrIpv6',
  'SourceSecurityGroupId',
  'IpProtocol',
  'FromPort',
  'ToPort',
  'GroupId',
  'SubnetId',
  'RouteTableId',
  'GatewayId',
  'NatGatewayId',
  'DestinationCidrBlock',
  'AvailabilityZone',
  'AvailabilityZoneId',
  'ServiceName',
  'VpcEndpointType',
  'PrivateDnsEnabled',
  'RouteTableIds',
  'VpcId',
  'ResourceId',
  'ResourceType',
  'LogDestinationType',
  'Volumes',
  'EFSVolumeConfiguration',
  'TransitEncryption',
  'AuthorizationConfig',
  'AccessPointId',
  'FilesystemId',
  'RootDirectory',
  'TargetType',
  'HealthCheckPath',
  'Scheme',
  'Type',
  'SubnetMappings',
  'DeploymentController',
  'SchedulingStrategy',
  'MinCapacity',
  'Ref',
  'Fn::GetAtt',
  'Fn::Select',
  'Fn::GetAZs',
  'Fn::Sub',
  'Fn::Join',
  'Fn::ImportValue',
  'Fn::If',
  '__proto__',
  'constructor',
];
const scalar = fc.oneof(
  fc.string(),
  fc.integer({ min: -5, max: 70000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ...NAMES,
    '0.0.0.0/0',
    '::/0',
    'tcp',
    '-1',
    'ENABLED',
    'FARGATE',
    'ip',
    'us-east-1a',
    'A.GroupId',
    'com.amazonaws.us-east-1.s3',
  ),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('node'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 5 }),
  ),
})).node;
const template = fc.dictionary(
  fc.constantFrom(...NAMES),
  fc.record({ Type: fc.constantFrom(...TYPES), Properties: value }, { requiredKeys: ['Type'] }),
  { minKeys: 1, maxKeys: 5 },
);

function check(doc: CfnTemplateDoc): void {
  for (const rule of RULES) {
    const out = runRule(rule, doc);
    expect(out.crash, `${rule.meta.id} on ${doc.file}: ${out.crash?.stack}`).toBeNull();
    for (const f of out.findings) expect(f.message, rule.meta.id).not.toMatch(/\{\{\w+\}\}/);
    if (out.checked !== null) expect(out.failed ?? 0).toBeLessThanOrEqual(out.checked);
  }
}

describe('SVC and VPC rules on arbitrary templates', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(template, (resources) => {
        const parsed = parseCloudFormation('template.json', JSON.stringify({ Resources: resources }));
        if (parsed.ok) check(parsed.doc);
      }),
      { numRuns: 400 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('SVC and VPC rules on the corpus of public templates', () => {
  const dir = path.join(SHARED, 'corpus', 'cfn');
  const files = HAS_SHARED ? fs.readdirSync(dir).filter((f) => /\.(ya?ml|json|template)$/.test(f)) : [];
  it.each(files)('%s', (name) => {
    const file = name.endsWith('.template') ? `${name}.json` : name;
    const parsed = parseCloudFormation(file, fs.readFileSync(path.join(dir, name), 'utf8'));
    if (parsed.ok) check(parsed.doc);
  });
});
