// The subnet-parameter helpers judge only what a template states about subnets it takes as parameters: the
// parameter's type, and the tier its name (or else its description) declares. A list whose values are chosen at
// deploy time has no count and no zones the grader may state.
import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import {
  declaredTier,
  describeSubnet,
  oncePerParameter,
  parameterName,
  subnetCount,
  zoneCount,
} from '../../../../graders/rules/ecs-service/util/subnet-parameters.js';
import { subnetRefs } from '../../../../graders/rules/vpc/util/network.js';
import { LAB03, LAB03_TYPED_NETWORK } from './templates.js';
import { HAS_SOLUTIONS, SOLUTIONS_SKIP_REASON } from '../../../helpers/tmp.js';

const PARAMETERS = `Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
  PublicSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
  PrivateSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
  TaskSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Private subnets for the tasks.
  EdgeSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Public subnets for the load balancer.
  Subnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Subnets to use.
  MixedSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Public and private subnets.
  PrivatePublicSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Private subnets.
  IsolatedSubnets:
    Type: List<AWS::EC2::Subnet::Id>
  PrivateSubnetA:
    Type: AWS::EC2::Subnet::Id
  TwoSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: subnet-0a,subnet-0b
  OneSubnet:
    Type: List<AWS::EC2::Subnet::Id>
    Default: subnet-0a
  SsmSubnets:
    Type: AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>
    Default: /network/private-subnets
Resources:
  Placeholder:
    Type: AWS::SNS::Topic
`;

const template = (text: string): CfnTemplate => {
  const r = parseCloudFormation('template.yaml', text);
  if (!r.ok) throw new Error('fixture did not parse');
  return r.doc.template;
};
const t = template(PARAMETERS);
const refsOf = (tpl: CfnTemplate, value: unknown) => subnetRefs(tpl, value, ['Subnets']);
const ref = (name: string) => ({ Ref: name });

describe.skipIf(!HAS_SOLUTIONS)('declaredTier', () => {
  it.each([
    ['PublicSubnetIds', 'public'],
    ['PrivateSubnetIds', 'private'],
    ['IsolatedSubnets', 'private'],
    ['PrivateSubnetA', 'private'],
    // The name says nothing, so the description decides.
    ['TaskSubnets', 'private'],
    ['EdgeSubnets', 'public'],
    // Neither says which tier, or the description says both: unknown, never a guess.
    ['Subnets', 'unknown'],
    ['MixedSubnets', 'unknown'],
    // The name says both, so the description decides.
    ['PrivatePublicSubnets', 'private'],
  ])("reads parameter '%s' as %s", (name, tier) => {
    const [first] = refsOf(t, ref(name));
    expect(declaredTier(t, first!)).toBe(tier);
  });

  it("classifies the template's own subnets by their routes, not their names", () => {
    const lab = template(LAB03);
    const [a, b] = refsOf(lab, [ref('PublicSubnetA'), ref('PrivateSubnetA')]);
    expect([declaredTier(lab, a!), declaredTier(lab, b!)]).toEqual(['public', 'private']);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('subnetCount and zoneCount never state a count the template does not', () => {
  it('a list parameter without a default: no count, no zones', () => {
    const refs = refsOf(t, ref('PrivateSubnetIds'));
    expect(subnetCount(t, refs)).toBeUndefined();
    expect(zoneCount(t, refs)).toBeUndefined();
  });

  it('a Systems Manager list parameter: its default names the SSM parameter, not the subnets', () => {
    expect(subnetCount(t, refsOf(t, ref('SsmSubnets')))).toBeUndefined();
  });

  it('a list default with two values: two subnets, each given the benefit of its own zone', () => {
    const refs = refsOf(t, ref('TwoSubnets'));
    expect(subnetCount(t, refs)).toBe(2);
    expect(zoneCount(t, refs)).toBe(2);
  });

  it('a list default with one value: one subnet', () => {
    expect(subnetCount(t, refsOf(t, ref('OneSubnet')))).toBe(1);
  });

  it('single subnet parameters are counted one each', () => {
    expect(subnetCount(t, refsOf(t, [ref('PrivateSubnetA')]))).toBe(1);
  });

  it("the template's own subnets are counted, and their zones read", () => {
    const lab = template(LAB03);
    const refs = refsOf(lab, [ref('PrivateSubnetA'), ref('PrivateSubnetB')]);
    expect([subnetCount(lab, refs), zoneCount(lab, refs)]).toEqual([2, 2]);
  });
});

describe.skipIf(!HAS_SOLUTIONS)('describeSubnet', () => {
  it('names a list parameter as subnets, without a number', () => {
    const [r] = refsOf(t, ref('PrivateSubnetIds'));
    expect(describeSubnet(t, r!)).toBe("the subnets of parameter 'PrivateSubnetIds'");
  });
  it('names a single subnet parameter as one subnet', () => {
    const [r] = refsOf(t, [ref('PrivateSubnetA')]);
    expect(describeSubnet(t, r!)).toBe("the subnet of parameter 'PrivateSubnetA'");
  });
  it('names a resource by its logical id and an import by its name', () => {
    const lab = template(LAB03);
    const [r] = refsOf(lab, [ref('PublicSubnetA')]);
    expect(describeSubnet(lab, r!)).toBe("'PublicSubnetA'");
    const [i] = refsOf(t, [{ 'Fn::ImportValue': 'network-PrivateSubnets' }]);
    expect(describeSubnet(t, i!)).toBe("the import 'network-PrivateSubnets'");
  });
});

describe.skipIf(!HAS_SOLUTIONS)('oncePerParameter', () => {
  it('reports a list default split into entries once, under the parameter name', () => {
    const refs = refsOf(t, ref('TwoSubnets'));
    expect(refs.map((r) => r.name)).toEqual(['TwoSubnets[0]', 'TwoSubnets[1]']);
    const once = oncePerParameter(refs);
    expect(once.map(parameterName)).toEqual(['TwoSubnets']);
  });
  it("keeps every one of the template's own subnets", () => {
    const lab = template(LAB03);
    expect(oncePerParameter(refsOf(lab, [ref('PrivateSubnetA'), ref('PrivateSubnetB')]))).toHaveLength(2);
  });
});

describe.skipIf(!HAS_SOLUTIONS)("lab 03's reference with its network from typed parameters", () => {
  it('states the tiers its parameters declare and no count', () => {
    const lab = template(LAB03_TYPED_NETWORK);
    const lb = refsOf(lab, ref('PublicSubnetIds'));
    const tasks = refsOf(lab, ref('PrivateSubnetIds'));
    expect([declaredTier(lab, lb[0]!), declaredTier(lab, tasks[0]!)]).toEqual(['public', 'private']);
    expect([subnetCount(lab, lb), subnetCount(lab, tasks)]).toEqual([undefined, undefined]);
  });
});

if (!HAS_SOLUTIONS) it.skip(SOLUTIONS_SKIP_REASON, () => {});
