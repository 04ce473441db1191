// Test helper (not a test file): the reference templates of labs 03 and 06, and a way to derive a variant
// by replacing exact snippets, so each rule case reads as "the solution, except …".
import fs from 'node:fs';
import path from 'node:path';
import { HAS_SOLUTIONS, REPO } from '../../../helpers/tmp.js';

// Without the solutions (the published learner template) a fixture reads as '' and the tests built on it skip.
const read = (rel: string): string =>
  HAS_SOLUTIONS || !rel.startsWith('test/fixtures/') ? fs.readFileSync(path.join(REPO, rel), 'utf8') : '';

/** Lab 03's reference template: network with a NAT gateway, ALB, service, EFS. */
export const LAB03 = read('test/fixtures/solutions/labs/03-ecs-service-alb/template.yaml');
/** Lab 06's reference template: network with VPC endpoints and flow logs, ALB, service. */
export const LAB06 = read('test/fixtures/solutions/labs/06-vpc-networking/template.yaml');

/** Replaces each snippet exactly once; throws when a snippet is missing, so a stale test fails loudly. */
export function edit(text: string, ...pairs: [from: string, to: string][]): string {
  let out = text;
  for (const [from, to] of pairs) {
    const at = out.indexOf(from);
    // Without the solutions the reference reads as '' (its tests skip): give '' rather than fail at import.
    if (at < 0 && !HAS_SOLUTIONS) return '';
    if (at < 0) throw new Error(`snippet not found in template:\n${from}`);
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

/** Removes the resources with these logical ids (their whole blocks) from a template. */
export function without(text: string, ...logicalIds: string[]): string {
  let lines = text.split('\n');
  for (const id of logicalIds) {
    const start = lines.indexOf(`  ${id}:`);
    if (start < 0 && !HAS_SOLUTIONS) return '';
    if (start < 0) throw new Error(`resource '${id}' not found`);
    let end = start + 1;
    while (end < lines.length && (lines[end] === '' || lines[end]!.startsWith('    '))) end++;
    lines = [...lines.slice(0, start), ...lines.slice(end)];
  }
  return lines.join('\n');
}

/** A template holding just these resources (YAML text indented by two spaces). */
export function resourcesOnly(resources: string): string {
  return `AWSTemplateFormatVersion: '2010-09-09'\nResources:\n${resources}`;
}

/** The network resources of lab 03's reference, which the typed-parameter variant takes as parameters instead. */
const LAB03_NETWORK = [
  'Vpc',
  'InternetGateway',
  'GatewayAttachment',
  'PublicSubnetA',
  'PublicSubnetB',
  'PrivateSubnetA',
  'PrivateSubnetB',
  'PublicRouteTable',
  'PublicDefaultRoute',
  'PublicSubnetARoutes',
  'PublicSubnetBRoutes',
  'NatAddress',
  'NatGateway',
  'PrivateRouteTable',
  'PrivateDefaultRoute',
  'PrivateSubnetARoutes',
  'PrivateSubnetBRoutes',
] as const;

const TYPED_NETWORK_PARAMETERS = `  VpcId:
    Type: AWS::EC2::VPC::Id
    Description: The VPC to run in.
  PublicSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Public subnets for the load balancer, one per Availability Zone.
  PrivateSubnetIds:
    Type: List<AWS::EC2::Subnet::Id>
    Description: Private subnets for the tasks and the EFS mount targets, one per Availability Zone.

Resources:`;

/**
 * Lab 03's reference rewritten in the style of AWS's reference architectures: the VPC and subnets come from
 * typed parameters (`AWS::EC2::VPC::Id`, `List<AWS::EC2::Subnet::Id>`) instead of being defined in the template.
 * The lab does not ask for the network itself, so this style keeps every point.
 */
export function withTypedNetwork(text: string): string {
  const stripped = without(text, ...LAB03_NETWORK).replace(/ {2}# -+\n {2}# Network \(given\)[^\n]*\n/, '');
  return edit(
    stripped.split('      VpcId: !Ref Vpc\n').join('      VpcId: !Ref VpcId\n'),
    ['\n\nResources:', `\n${TYPED_NETWORK_PARAMETERS}`],
    [
      '      Subnets:\n        - !Ref PublicSubnetA\n        - !Ref PublicSubnetB\n',
      '      Subnets: !Ref PublicSubnetIds\n',
    ],
    [
      '          Subnets:\n            - !Ref PrivateSubnetA\n            - !Ref PrivateSubnetB\n',
      '          Subnets: !Ref PrivateSubnetIds\n',
    ],
    ['      SubnetId: !Ref PrivateSubnetA\n', '      SubnetId: !Select [0, !Ref PrivateSubnetIds]\n'],
    ['      SubnetId: !Ref PrivateSubnetB\n', '      SubnetId: !Select [1, !Ref PrivateSubnetIds]\n'],
  );
}

/** Lab 03's reference with its network taken from typed parameters. */
export const LAB03_TYPED_NETWORK = withTypedNetwork(LAB03);
