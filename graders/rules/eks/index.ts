// EKS rules (prefix EKS), sorted by id: Kubernetes manifests read as one set across documents and files (schema,
// replicas, resources, probes, security context, image, Service, autoscaler, disruption budget, network policy,
// Pod Security namespace, service account, no aws-auth), then the cluster definition in its two accepted forms,
// an eksctl ClusterConfig (yaml) and a CloudFormation AWS::EKS::Cluster (endpoint and access; logs and secrets
// encryption). model.ts, scaling.ts, cluster.ts and schemas.ts are shared helpers.
import manifestSchema from './manifest-schema.js';
import replicas from './replicas.js';
import resources from './resources.js';
import healthProbes from './health-probes.js';
import securityContext from './security-context.js';
import ecrImage from './ecr-image.js';
import serviceSelector from './service-selector.js';
import autoscaler from './autoscaler.js';
import disruptionBudget from './disruption-budget.js';
import networkPolicy from './network-policy.js';
import podSecurityNamespace from './pod-security-namespace.js';
import serviceAccount from './service-account.js';
import noAwsAuth from './no-aws-auth.js';
import eksctlClusterAccess from './eksctl-cluster-access.js';
import eksctlClusterAudit from './eksctl-cluster-audit.js';
import cfnClusterAccess from './cfn-cluster-access.js';
import cfnClusterAudit from './cfn-cluster-audit.js';

export const eksRules = [
  manifestSchema, // EKS001
  replicas, // EKS002
  resources, // EKS003
  healthProbes, // EKS004
  securityContext, // EKS005
  ecrImage, // EKS006
  serviceSelector, // EKS007
  autoscaler, // EKS008
  disruptionBudget, // EKS009
  networkPolicy, // EKS010
  podSecurityNamespace, // EKS011
  serviceAccount, // EKS012
  noAwsAuth, // EKS013
  eksctlClusterAccess, // EKS014
  eksctlClusterAudit, // EKS015
  cfnClusterAccess, // EKS016
  cfnClusterAudit, // EKS017
] as const;
