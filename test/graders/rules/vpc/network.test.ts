// The shared network model (graders/rules/vpc/util/network.ts) that VPC and ECS-service rules build on.
import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import {
  azKey,
  describePorts,
  distinctZones,
  flatten,
  ingressRules,
  isOpenCidr,
  loadBalancerGroups,
  portsOf,
  reaches,
  subnetRefs,
  subnetRouting,
  tierOf,
} from '../../../../graders/rules/vpc/util/network.js';
import { LAB03, LAB06 } from '../ecs-service/templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const parse = (text: string): CfnTemplate => {
  const r = parseCloudFormation('template.yaml', text);
  if (!r.ok) throw new Error(r.findings[0]!.message);
  return r.doc.template;
};
// Without the solutions (the published learner template) these are empty and the tests that use them skip.
const lab03 = HAS_SOLUTIONS ? parse(LAB03) : ({} as CfnTemplate);
const lab06 = HAS_SOLUTIONS ? parse(LAB06) : ({} as CfnTemplate);
const empty = parse(
  'Parameters:\n  Zones:\n    Type: CommaDelimitedList\n    Default: eu-west-1a,eu-west-1b\nResources:\n  X:\n    Type: AWS::SNS::Topic\n',
);

describe.skipIf(!HAS_SOLUTIONS)('subnets and routes', () => {
  it('classifies subnets by their route tables', () => {
    expect(subnetRouting(lab03, 'PublicSubnetA')).toEqual({
      internetGateway: true,
      natGateway: false,
      privateNatGateways: [],
      routeTables: ['PublicRouteTable'],
    });
    expect(subnetRouting(lab03, 'PrivateSubnetB')).toEqual({
      internetGateway: false,
      natGateway: true,
      privateNatGateways: [],
      routeTables: ['PrivateRouteTable'],
    });
    // A private NAT gateway is listed apart: it is no way to the internet.
    const privateNat = parse(
      LAB03.replace(
        '      AllocationId: !GetAtt NatAddress.AllocationId\n',
        '      ConnectivityType: private\n',
      ),
    );
    expect(subnetRouting(privateNat, 'PrivateSubnetA')).toEqual({
      internetGateway: false,
      natGateway: false,
      privateNatGateways: ['NatGateway'],
      routeTables: ['PrivateRouteTable'],
    });
    expect(subnetRouting(lab06, 'PrivateSubnetA')).toEqual({
      internetGateway: false,
      natGateway: false,
      privateNatGateways: [],
      routeTables: ['PrivateRouteTable'],
    });
  });
  it('reads subnet lists, list parameters and imports, and tiers them', () => {
    const refs = subnetRefs(
      lab03,
      [{ Ref: 'PrivateSubnetA' }, { 'Fn::ImportValue': 'net-PublicSubnet1' }, 'subnet-123'],
      ['S'],
    );
    expect(refs.map((r) => [r.kind, r.name, tierOf(lab03, r)])).toEqual([
      ['resource', 'PrivateSubnetA', 'private'],
      ['import', 'net-PublicSubnet1', 'public'],
      ['literal', 'subnet-123', 'unknown'],
    ]);
    expect(subnetRefs(empty, { Ref: 'Zones' }, []).map((r) => r.name)).toEqual(['Zones[0]', 'Zones[1]']);
    expect(subnetRefs(empty, { Ref: 'PrivateSubnets' }, []).map((r) => [r.kind, tierOf(empty, r)])).toEqual([
      ['parameter', 'private'],
    ]);
  });
  it('keys Availability Zones so equal zones compare equal', () => {
    expect(azKey(lab03, { AvailabilityZone: { 'Fn::Select': [1, { 'Fn::GetAZs': '' }] } })).toBe('getazs:1');
    expect(
      azKey(lab03, { AvailabilityZone: { 'Fn::Select': ['1', { 'Fn::GetAZs': { Ref: 'AWS::Region' } }] } }),
    ).toBe('getazs:1');
    expect(azKey(empty, { AvailabilityZone: { 'Fn::Select': [1, { Ref: 'Zones' }] } })).toBe(
      'name:eu-west-1b',
    );
    expect(azKey(lab03, { AvailabilityZone: 'us-east-1a' })).toBe('name:us-east-1a');
    expect(azKey(lab03, { AvailabilityZoneId: 'use1-az1' })).toBe('id:use1-az1');
    expect(azKey(lab03, {})).toBeUndefined();
    const refs = subnetRefs(lab03, [{ Ref: 'PublicSubnetA' }, { Ref: 'PrivateSubnetA' }], []);
    expect(distinctZones(lab03, refs, false)).toBe(1);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('security groups', () => {
  it('collects inline and separate ingress rules with their groups', () => {
    expect(ingressRules(lab03).map((r) => [r.group, r.standalone ?? null])).toEqual([
      ['FileSystemSecurityGroup', null],
      // HTTP (redirected) and HTTPS
      ['LoadBalancerSecurityGroup', null],
      ['LoadBalancerSecurityGroup', null],
      ['ServiceSecurityGroup', 'ServiceIngressFromLoadBalancer'],
    ]);
    expect([...loadBalancerGroups(lab03)]).toEqual(['LoadBalancerSecurityGroup']);
  });
  it('recognises the open CIDRs in their usual spellings', () => {
    expect(['0.0.0.0/0', '::/0', '0::/0', '::0/0', ' 0.0.0.0/0 '].map(isOpenCidr)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.0/16', '0.0.0.0/1', '2001:db8::/0', '::/1'].map(isOpenCidr)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
  it('reads port ranges', () => {
    expect(portsOf(lab03, { IpProtocol: '-1' })).toEqual({ protocol: 'all' });
    expect(portsOf(lab03, { IpProtocol: 'tcp', FromPort: 80, ToPort: '443' })).toEqual({
      protocol: 'tcp',
      from: 80,
      to: 443,
    });
    expect(portsOf(lab03, { IpProtocol: 'tcp', FromPort: -1, ToPort: -1 })).toEqual({ protocol: 'all' });
    expect(
      portsOf(lab03, {
        IpProtocol: 'tcp',
        FromPort: { Ref: 'ContainerPort' },
        ToPort: { Ref: 'ContainerPort' },
      }),
    ).toEqual({ protocol: 'tcp', from: 8080, to: 8080 });
    expect(portsOf(lab03, { IpProtocol: { 'Fn::ImportValue': 'p' } })).toBeUndefined();
    expect(reaches({ protocol: 'tcp', from: 0, to: 65535 }, 22)).toBe(true);
    expect(reaches({ protocol: 'icmp', from: -1, to: -1 }, 22)).toBe(false);
    expect(reaches(undefined, 22)).toBe(false);
    expect([
      describePorts({ protocol: 'tcp', from: 80, to: 80 }),
      describePorts({ protocol: 'udp', from: 1, to: 9 }),
      describePorts({ protocol: 'all' }),
    ]).toEqual(['TCP 80', 'UDP 1-9', 'all traffic']);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('flatten', () => {
  it('reads Sub and Join names with deploy-time parts as *', () => {
    expect(flatten(lab03, { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.ecr.api' })).toBe(
      'com.amazonaws.*.ecr.api',
    );
    expect(flatten(lab03, { 'Fn::Join': ['.', ['com', 'amazonaws', { Ref: 'AWS::Region' }, 'logs']] })).toBe(
      'com.amazonaws.*.logs',
    );
    expect(flatten(lab03, 'com.amazonaws.us-east-1.s3')).toBe('com.amazonaws.us-east-1.s3');
    expect(flatten(lab03, { 'Fn::If': ['c', 'a', 'b'] })).toBe('*');
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
