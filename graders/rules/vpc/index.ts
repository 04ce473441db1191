// VPC networking rules (prefix VPC), sorted by id: zones, subnet tiers, egress for private tasks, security
// group exposure, flow logs. Each file holds one rule; util/network.ts is the network model they share with
// the ECS-service rules.
import multiAzSubnets from './multi-az-subnets.js';
import subnetTiers from './subnet-tiers.js';
import privateEgress from './private-egress.js';
import noOpenIngress from './no-open-ingress.js';
import noRemoteAdminPorts from './no-remote-admin-ports.js';
import vpcFlowLogs from './vpc-flow-logs.js';
import noHardCodedAz from './no-hard-coded-az.js';

export const vpcRules = [
  multiAzSubnets, // VPC001
  subnetTiers, // VPC002
  privateEgress, // VPC003
  noOpenIngress, // VPC004
  noRemoteAdminPorts, // VPC005
  vpcFlowLogs, // VPC006
  noHardCodedAz, // VPC007
] as const;
