import { describe, expect, it } from 'vitest';
import type { CfnTemplate } from '../../../../graders/engine/types.js';
import { parseCloudFormation } from '../../../../graders/engine/parsers/cloudformation.js';
import {
  attributeOf,
  get,
  literal,
  literalBool,
  literalList,
  literalNumber,
  parameter,
  parameterValueType,
  referencesIn,
  referrers,
  refersTo,
  resources,
  targetOf,
  targetResource,
} from '../../../../graders/rules/lib/cloudformation.js';

const src = `Parameters:
  Size:
    Type: Number
    Default: 2
  Subnets:
    Type: CommaDelimitedList
    Default: subnet-a,subnet-b
  Free:
    Type: String
Resources:
  AlbSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: alb
  SvcSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: svc
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 8080
          ToPort: 8080
          SourceSecurityGroupId: !GetAtt AlbSg.GroupId
  Svc:
    Type: AWS::ECS::Service
    Properties:
      DesiredCount: !Ref Size
      Name: !Sub '\${AWS::StackName}-\${Free}-svc'
      Role: !Sub '\${SvcSg.GroupId}'
      Enabled: 'true'
      Subnets: !Ref Subnets
`;
const t = (() => {
  const r = parseCloudFormation('template.yaml', src);
  if (!r.ok) throw new Error('fixture');
  return r.doc.template;
})() as CfnTemplate;

describe('cloudformation model', () => {
  it('lists resources by type in template order', () => {
    expect(resources(t, 'AWS::EC2::SecurityGroup').map((r) => r.name)).toEqual(['AlbSg', 'SvcSg']);
    expect(resources(t).map((r) => r.path)).toEqual([
      ['Resources', 'AlbSg'],
      ['Resources', 'SvcSg'],
      ['Resources', 'Svc'],
    ]);
  });
  it('follows Ref, GetAtt and single-reference Sub', () => {
    const ingress = get(t, [
      'Resources',
      'SvcSg',
      'Properties',
      'SecurityGroupIngress',
      0,
      'SourceSecurityGroupId',
    ]);
    expect(targetOf(ingress)).toBe('AlbSg');
    expect(attributeOf(ingress)).toBe('GroupId');
    expect(targetResource(t, ingress)?.resource.Type).toBe('AWS::EC2::SecurityGroup');
    expect(targetOf({ 'Fn::Sub': '${SvcSg.GroupId}' })).toBe('SvcSg');
    expect(targetOf({ 'Fn::Sub': 'x-${SvcSg}' })).toBeUndefined();
    expect(targetOf('sg-123')).toBeUndefined();
  });
  it('finds every reference inside a value, ignoring pseudo parameters', () => {
    expect([...referencesIn(t.Resources['Svc']!.Properties)].sort()).toEqual([
      'Free',
      'Size',
      'Subnets',
      'SvcSg',
    ]);
    expect(refersTo(t.Resources['SvcSg']!.Properties, 'AlbSg')).toBe(true);
    expect(referrers(t, 'AlbSg').map((r) => r.name)).toEqual(['SvcSg']);
  });
  it('reads literals, including parameter defaults, and refuses deploy-time values', () => {
    expect(literalNumber(t, { Ref: 'Size' })).toBe(2);
    expect(literalNumber(t, '1024')).toBe(1024);
    expect(literalNumber(t, { Ref: 'Free' })).toBeUndefined();
    expect(literal(t, { 'Fn::ImportValue': 'x' }).known).toBe(false);
    expect(literalBool(t, 'true')).toBe(true);
    expect(literalList(t, { Ref: 'Subnets' })).toEqual(['subnet-a', 'subnet-b']);
    expect(literalList(t, { 'Fn::Split': [',', 'a,b'] })).toBeUndefined();
  });
});

describe('parameters and their types', () => {
  it('reads a declared parameter: type as written, description, whether it has a default, where it is', () => {
    expect(parameter(t, 'Subnets')).toEqual({
      name: 'Subnets',
      type: 'CommaDelimitedList',
      description: undefined,
      hasDefault: true,
      path: ['Parameters', 'Subnets'],
    });
    expect(parameter(t, 'Free')).toMatchObject({ type: 'String', hasDefault: false });
  });
  it('returns nothing for a name that is not a parameter (a resource, or nothing at all)', () => {
    expect(parameter(t, 'Svc')).toBeUndefined();
    expect(parameter(t, 'Missing')).toBeUndefined();
  });
  it.each([
    ['List<AWS::EC2::Subnet::Id>', { list: true, awsType: 'AWS::EC2::Subnet::Id', ssm: false }],
    ['AWS::EC2::VPC::Id', { list: false, awsType: 'AWS::EC2::VPC::Id', ssm: false }],
    ['AWS::EC2::Subnet::Id', { list: false, awsType: 'AWS::EC2::Subnet::Id', ssm: false }],
    ['CommaDelimitedList', { list: true, awsType: undefined, ssm: false }],
    ['List<Number>', { list: true, awsType: undefined, ssm: false }],
    ['String', { list: false, awsType: undefined, ssm: false }],
    [
      'AWS::SSM::Parameter::Value<List<AWS::EC2::Subnet::Id>>',
      { list: true, awsType: 'AWS::EC2::Subnet::Id', ssm: true },
    ],
    ['AWS::SSM::Parameter::Value<String>', { list: false, awsType: undefined, ssm: true }],
    [' List< AWS::EC2::Subnet::Id > ', { list: true, awsType: 'AWS::EC2::Subnet::Id', ssm: false }],
    [undefined, { list: false, awsType: undefined, ssm: false }],
  ])('reads what %j holds', (type, expected) => {
    expect(parameterValueType(type)).toEqual(expected);
  });
});
