// VPC003: tasks in private subnets can still reach what they need to start: Amazon ECR (API and Docker
// registry), Amazon S3 (where ECR keeps image layers) and CloudWatch Logs. Either every private subnet's
// default route goes to a public NAT gateway (zonal in a public subnet, or regional), or the VPC has the four
// endpoints: interface endpoints for ecr.api, ecr.dkr and logs with private DNS, and an S3 gateway endpoint on
// the private route tables. A private NAT gateway ('ConnectivityType: private') is no way out: it reaches other
// networks through a transit or virtual private gateway, and an internet gateway drops its traffic
// (vpc-nat-gateway.html). Partial credit: each working endpoint counts.
import { defineRule } from '../../engine/define.js';
import {
  isRecord,
  literalBool,
  literalString,
  resource,
  resources,
  targetOf,
  type NamedResource,
} from '../lib/cloudformation.js';
import { SERVICE } from '../ecs-service/util/service.js';
import { countNoun } from '../../engine/plural.js';
import { flatten, isRegionalNatGateway, SUBNET, subnetRefs, subnetRouting } from './util/network.js';

interface Needed {
  key: string;
  /** How the service name ends: `com.amazonaws.<region>.<suffix>`. */
  pattern: RegExp;
  type: 'Interface' | 'Gateway';
  why: string;
}

export const ENDPOINTS: readonly Needed[] = [
  {
    key: 'ecr.api',
    pattern: /\.ecr\.api$/,
    type: 'Interface',
    why: 'ECS calls the ECR API to authenticate and find the image',
  },
  {
    key: 'ecr.dkr',
    pattern: /\.ecr\.dkr$/,
    type: 'Interface',
    why: 'the image is pulled from the ECR Docker registry',
  },
  { key: 's3', pattern: /\.s3$/, type: 'Gateway', why: 'ECR stores image layers in Amazon S3' },
  {
    key: 'logs',
    pattern: /\.logs$/,
    type: 'Interface',
    why: "the 'awslogs' driver sends container output to CloudWatch Logs",
  },
];

export default defineRule({
  meta: {
    id: 'VPC003',
    name: 'private-egress',
    target: 'cloudformation',
    severity: 'error',
    title: 'Give private subnets a NAT gateway or VPC endpoints',
    description:
      'Tasks in private subnets can pull images and send logs: every private subnet routes 0.0.0.0/0 to a public NAT gateway (zonal, in a public subnet, or regional), or the VPC has interface endpoints for ecr.api, ecr.dkr and logs (with private DNS) and an S3 gateway endpoint on the private route tables.',
    docsUrl: 'https://docs.aws.amazon.com/AmazonECR/latest/userguide/vpc-endpoints.html',
    evidence: ['SEC05-BP01'],
    messages: {
      noPrivateSubnets:
        'The template has no private subnet (one without a route to an internet gateway), so there is nothing for a NAT gateway or VPC endpoints to serve. Add private subnets for the tasks first.',
      natInPrivateSubnet:
        "NAT gateway '{{nat}}' sits in subnet '{{subnet}}', which has no route to the internet gateway, so traffic sent through it never reaches the internet. Put the NAT gateway in a public subnet.",
      privateNat:
        "The default route ('0.0.0.0/0') of {{subnets}} goes to NAT gateway '{{nat}}', which has 'ConnectivityType: private': a private NAT gateway reaches other VPCs and on-premises networks through a transit gateway or virtual private gateway, and an internet gateway drops its traffic, so it is no way to ECR, S3 or CloudWatch Logs. Remove 'ConnectivityType' (public is the default) and give the gateway an Elastic IP ('AllocationId') in a public subnet, or use a regional NAT gateway ('AvailabilityMode: regional'), or add the VPC endpoints.",
      missingEndpoint:
        "No route leads from {{subnets}} to a NAT gateway that reaches the internet, and the VPC has no endpoint for '{{service}}' ({{why}}), so tasks there cannot start. Add an 'AWS::EC2::VPCEndpoint' with 'ServiceName: !Sub com.amazonaws.${AWS::Region}.{{service}}' and 'VpcEndpointType: {{type}}', or route the subnets' '0.0.0.0/0' to a public NAT gateway.",
      notInterface:
        "VPC endpoint '{{endpoint}}' for '{{service}}' is a {{type}} endpoint (CloudFormation's default is 'Gateway'), but '{{service}}' is reached through an interface endpoint. Set 'VpcEndpointType: Interface' with the private subnets in 'SubnetIds' and a security group admitting HTTPS from the tasks.",
      privateDnsOff:
        "Interface endpoint '{{endpoint}}' for '{{service}}' does not turn on private DNS (CloudFormation's default is off), so the tasks still resolve the public '{{service}}' name and try to leave the VPC. Set 'PrivateDnsEnabled: true'.",
      vpcDnsOff:
        "VPC '{{vpc}}' does not turn on {{attribute}}, which interface endpoints with private DNS need (CloudFormation leaves 'EnableDnsHostnames' off by default). Set 'EnableDnsSupport: true' and 'EnableDnsHostnames: true'.",
      notGateway:
        "VPC endpoint '{{endpoint}}' for 's3' is an interface endpoint. Use a gateway endpoint ('VpcEndpointType: Gateway'): it costs nothing and serves the image layers ECR keeps in S3 through the private route tables.",
      notRouted:
        "S3 gateway endpoint '{{endpoint}}' is not associated with {{tables}}, so the subnets' traffic to S3 never uses it. List the tables in 'RouteTableIds'.",
    },
  },
  check(doc, ctx) {
    const t = doc.template;
    const subnets = resources(t, SUBNET);
    const privateSubnets = subnets.filter((s) => !subnetRouting(t, s.name).internetGateway);
    if (privateSubnets.length === 0) {
      ctx.report('noPrivateSubnets', {}, subnets[0] ? [...subnets[0].path] : ['Resources']);
      return;
    }
    // The subnets the tasks use, when services name them; otherwise every private subnet.
    const used = new Set(
      resources(t, SERVICE).flatMap((svc) => {
        const v = isRecord(svc.props['NetworkConfiguration'])
          ? svc.props['NetworkConfiguration']['AwsvpcConfiguration']
          : undefined;
        return isRecord(v) ? subnetRefs(t, v['Subnets'], []).map((r) => r.name) : [];
      }),
    );
    const taskSubnets = privateSubnets.some((s) => used.has(s.name))
      ? privateSubnets.filter((s) => used.has(s.name))
      : privateSubnets;

    let natProblem = false;
    for (const nat of resources(t, 'AWS::EC2::NatGateway')) {
      if (literalString(t, nat.props['ConnectivityType'])?.toLowerCase() === 'private') continue;
      // A regional NAT gateway has no subnet of its own: AWS places it in each zone with workloads.
      if (isRegionalNatGateway(t, nat.props)) continue;
      const subnet = targetOf(nat.props['SubnetId']);
      if (
        subnet !== undefined &&
        resource(t, subnet)?.resource.Type === SUBNET &&
        !subnetRouting(t, subnet).internetGateway
      ) {
        natProblem = true;
        ctx.report('natInPrivateSubnet', { nat: nat.name, subnet }, [...nat.path, 'Properties', 'SubnetId']);
      }
    }
    const withoutNat = taskSubnets.filter((s) => !subnetRouting(t, s.name).natGateway);
    if (withoutNat.length === 0) {
      ctx.tally(1, natProblem ? 1 : 0);
      return;
    }

    const endpoints = resources(t, 'AWS::EC2::VPCEndpoint');
    const tables = new Set(withoutNat.flatMap((s) => subnetRouting(t, s.name).routeTables));
    const names = `${countNoun(withoutNat.length, 'private subnet')} (${withoutNat.map((s) => `'${s.name}'`).join(', ')})`;
    let failures = 0;
    let dnsChecked = false;
    let dnsOk = true;
    for (const need of ENDPOINTS) {
      const ep = endpoints.find((e) => need.pattern.test(flatten(t, e.props['ServiceName'])));
      if (!ep) {
        failures++;
        const data = { subnets: names, service: need.key, why: need.why, type: need.type };
        ctx.report('missingEndpoint', data, withoutNat[0]!.path);
        continue;
      }
      const at = [...ep.path, 'Properties'];
      const type = literalString(t, ep.props['VpcEndpointType']) ?? 'Gateway';
      const data = { endpoint: ep.name, service: need.key, type: `'${type}'` };
      if (need.type === 'Interface') {
        if (type !== 'Interface') {
          failures++;
          ctx.report(
            'notInterface',
            data,
            ep.props['VpcEndpointType'] !== undefined ? [...at, 'VpcEndpointType'] : at,
          );
          continue;
        }
        if (literalBool(t, ep.props['PrivateDnsEnabled']) !== true) {
          failures++;
          ctx.report(
            'privateDnsOff',
            data,
            ep.props['PrivateDnsEnabled'] !== undefined ? [...at, 'PrivateDnsEnabled'] : at,
          );
          continue;
        }
        if (!dnsChecked) {
          dnsChecked = true;
          dnsOk = vpcDnsOk(t, ep, ctx);
        }
        if (!dnsOk) failures++;
      } else {
        if (type !== 'Gateway') {
          failures++;
          ctx.report('notGateway', data, [...at, 'VpcEndpointType']);
          continue;
        }
        const listed = Array.isArray(ep.props['RouteTableIds'])
          ? ep.props['RouteTableIds'].map((r) => targetOf(r))
          : [];
        const missing = [...tables].filter((rt) => !listed.includes(rt));
        if (missing.length > 0 || tables.size === 0) {
          failures++;
          const tablesText =
            missing.length > 0
              ? `${countNoun(missing.length, 'route table')} of the private subnets (${missing.map((m) => `'${m}'`).join(', ')})`
              : 'a route table of the private subnets (they use the main route table: give them one of their own)';
          ctx.report(
            'notRouted',
            { endpoint: ep.name, tables: tablesText },
            ep.props['RouteTableIds'] !== undefined ? [...at, 'RouteTableIds'] : at,
          );
        }
      }
    }
    // A private NAT gateway looks like a way out and is not one: when the endpoints fall short, say why it does
    // not count, once per gateway. With every endpoint in place it may well serve another network; no finding.
    const privateNats = new Map<string, string[]>();
    for (const s of failures > 0 ? withoutNat : []) {
      for (const nat of subnetRouting(t, s.name).privateNatGateways)
        privateNats.set(nat, [...(privateNats.get(nat) ?? []), s.name]);
    }
    for (const [nat, subnetNames] of privateNats) {
      const res = resource(t, nat);
      const where =
        res && res.props['ConnectivityType'] !== undefined
          ? [...res.path, 'Properties', 'ConnectivityType']
          : (res?.path ?? ['Resources']);
      const subject = `${countNoun(subnetNames.length, 'private subnet')} (${subnetNames.map((n) => `'${n}'`).join(', ')})`;
      ctx.report('privateNat', { subnets: subject, nat }, where);
    }
    ctx.tally(ENDPOINTS.length, Math.min(ENDPOINTS.length, failures + (natProblem ? 1 : 0)));

    function vpcDnsOk(tpl: typeof t, ep: NamedResource, c: typeof ctx): boolean {
      const vpc = resource(tpl, targetOf(ep.props['VpcId']) ?? '');
      if (!vpc || vpc.resource.Type !== 'AWS::EC2::VPC') return true;
      const support = literalBool(tpl, vpc.props['EnableDnsSupport']) !== false;
      const hostnames = literalBool(tpl, vpc.props['EnableDnsHostnames']) === true;
      if (support && hostnames) return true;
      const attribute =
        !support && !hostnames
          ? "'EnableDnsSupport' and 'EnableDnsHostnames'"
          : !support
            ? "'EnableDnsSupport'"
            : "'EnableDnsHostnames'";
      c.report('vpcDnsOff', { vpc: vpc.name, attribute }, [...vpc.path, 'Properties']);
      return false;
    }
  },
});
